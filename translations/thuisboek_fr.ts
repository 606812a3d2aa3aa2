<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="72"/>
        <source>About Thuisboek</source>
        <translation>À propos de Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="76"/>
        <source>The home book for family-style child-welfare homes: daily logs, milestones and family contacts, kept encrypted on this computer. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Le carnet de la maison pour les lieux d’accueil familiaux de l’aide à la jeunesse&#xa0;: journaux du jour, étapes du développement et contacts avec la famille, conservés chiffrés sur cet ordinateur. Distribué sous la licence publique générale GNU (GPL), version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="87"/>
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="90"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="92"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="94"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="98"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3: you may replace the Qt libraries of this installation with your own build. The CDC milestone checklists are used with credit; the CDC does not endorse Thuisboek.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence publique générale limitée GNU (LGPL) v3&#xa0;: vous pouvez remplacer les bibliothèques Qt de cette installation par votre propre compilation. Les listes d’étapes du développement des CDC sont utilisées avec mention de leur source&#xa0;; les CDC ne cautionnent pas Thuisboek.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="103"/>
        <source>The licence texts are in the folder %1.</source>
        <translation>Les textes des licences se trouvent dans le dossier %1.</translation>
    </message>
</context>
<context>
    <name>AcrossModel</name>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="69"/>
        <location filename="../app/ui/pages/across_model.py" line="85"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="73"/>
        <location filename="../app/ui/pages/across_model.py" line="86"/>
        <source>Contact did not happen</source>
        <translation>Contact n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="76"/>
        <location filename="../app/ui/pages/across_model.py" line="87"/>
        <source>Follow-up waiting for an answer</source>
        <translation>Suivi en attente de réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="77"/>
        <location filename="../app/ui/pages/across_model.py" line="88"/>
        <source>Question waiting for an answer</source>
        <translation>Question en attente de réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="79"/>
        <location filename="../app/ui/pages/across_model.py" line="89"/>
        <source>Days without a log</source>
        <translation>Jours sans journal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="80"/>
        <location filename="../app/ui/pages/across_model.py" line="90"/>
        <source>Sibling not seen</source>
        <translation>Frère ou sœur pas vu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="109"/>
        <source>about: %1</source>
        <translation>à propos de : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="150"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="151"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="152"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="153"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="154"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>AcrossPage</name>
    <message>
        <location filename="../app/ui/pages/across.py" line="147"/>
        <source>Across my households</source>
        <translation>Tous mes foyers</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="156"/>
        <source>This week across my households</source>
        <translation>Cette semaine dans tous mes foyers</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="157"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Marquer comme relu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="158"/>
        <source>Space or Enter</source>
        <translation>Espace ou Entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="159"/>
        <source>Ask a &amp;question…</source>
        <translation>Poser une &amp;question…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="161"/>
        <source>Ask for a follow-&amp;up…</source>
        <translation>Demander un &amp;suivi…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="163"/>
        <source>Open the &amp;household</source>
        <translation>Ouvrir le &amp;foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="164"/>
        <source>Double click</source>
        <translation>Double clic</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="167"/>
        <source>Space or Enter: mark as reviewed · Q: question · F: follow-up · double click: open the household</source>
        <translation>Espace ou Entrée : marquer comme relu · Q : question · F : suivi · double clic : ouvrir le foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="247"/>
        <source>Reading this week across your households…</source>
        <translation>Lecture de la semaine dans vos foyers…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="249"/>
        <source>No households to review on this computer yet.</source>
        <translation>Pas encore de foyers à relire sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/across.py" line="251"/>
        <source>Nothing needs your attention this week in %n household(s).</source>
        <translation>
            <numerusform>Rien ne demande votre attention cette semaine dans %n foyer.</numerusform>
            <numerusform>Rien ne demande votre attention cette semaine dans %n foyers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/across.py" line="255"/>
        <source>%n line(s) this week, from %1 to %2: incidents first, most serious first, then contacts that did not happen, questions waiting for an answer, days without a log and siblings not seen; each the newest first.</source>
        <translation>
            <numerusform>%n ligne cette semaine, du %1 au %2 : d&apos;abord les incidents, les plus graves d&apos;abord, puis les contacts qui n&apos;ont pas eu lieu, les questions en attente de réponse, les jours sans journal et les frères et sœurs pas vus ; chaque fois le plus récent d&apos;abord.</numerusform>
            <numerusform>%n lignes cette semaine, du %1 au %2 : d&apos;abord les incidents, les plus graves d&apos;abord, puis les contacts qui n&apos;ont pas eu lieu, les questions en attente de réponse, les jours sans journal et les frères et sœurs pas vus ; chaque fois le plus récent d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/across.py" line="344"/>
        <source>%n entry(ies) marked as reviewed</source>
        <translation>
            <numerusform>%n élément marqué comme relu</numerusform>
            <numerusform>%n éléments marqués comme relus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="120"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semaine &amp;précédente</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="121"/>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="122"/>
        <source>&amp;Next week ▶</source>
        <translation>Semaine &amp;suivante ▶</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="123"/>
        <source>&amp;Add appointment…</source>
        <translation>&amp;Ajouter un rendez-vous…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="124"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="125"/>
        <source>What &amp;happened…</source>
        <translation>Ce qui s’est &amp;passé…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="126"/>
        <source>&amp;Delete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="127"/>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xporter l’agenda…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="128"/>
        <source>with the family&apos;s names</source>
        <translation>avec les noms de la famille</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="131"/>
        <source>The file for a phone leaves out the names of the birth family, and the title and place of family visits, unless you tick this.</source>
        <translation>Le fichier pour un téléphone omet les noms de la famille d’origine, ainsi que le titre et le lieu des visites familiales, sauf si vous cochez ceci.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="135"/>
        <source>Appointments of the week</source>
        <translation>Rendez-vous de la semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="175"/>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="191"/>
        <source>%1 (today)</source>
        <translation>%1 (aujourd’hui)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="195"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="203"/>
        <source>what happened?</source>
        <translation>qu’est-ce qui s’est passé ?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="258"/>
        <source>Delete appointment</source>
        <translation>Supprimer le rendez-vous</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="309"/>
        <location filename="../app/ui/pages/care_agenda.py" line="327"/>
        <source>Export calendar</source>
        <translation>Exporter l’agenda</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="311"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="328"/>
        <source>The appointments were saved in %1.</source>
        <translation>Les rendez-vous ont été enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="121"/>
        <source>Throw away this amendment?</source>
        <translation>Abandonner cette correction&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="122"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>Ce que vous avez écrit ici n’est pas enregistré. L’abandonner&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="134"/>
        <location filename="../app/ui/pages/today_amend.py" line="146"/>
        <source>Add amendment</source>
        <translation>Ajouter une correction</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="137"/>
        <source>The log of %1 by %2 stays as it was written. Your correction is kept beside it, with the reason, and both can be read later.</source>
        <translation>Le journal du %1 écrit par %2 reste tel qu’il a été écrit. Votre correction est conservée à côté, avec son motif, et les deux pourront être relus plus tard.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="143"/>
        <source>R&amp;eason for the amendment (required)</source>
        <translation>&amp;Motif de la correction (obligatoire)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="144"/>
        <source>Reason for the amendment</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="147"/>
        <source>Store the amendment (Ctrl+Enter)</source>
        <translation>Enregistrer la correction (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="188"/>
        <source>The amendment could not be stored (%1).</source>
        <translation>La correction n’a pas pu être enregistrée (%1).</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="444"/>
        <source>Add appointment</source>
        <translation>Ajouter un rendez-vous</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="444"/>
        <source>Edit appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="449"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="450"/>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="451"/>
        <source>&amp;When:</source>
        <translation>Qua&amp;nd :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="452"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="453"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="454"/>
        <source>Who &amp;goes:</source>
        <translation>Qui &amp;accompagne :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="455"/>
        <source>&amp;Children:</source>
        <translation>&amp;Enfants :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="456"/>
        <source>&amp;Family:</source>
        <translation>&amp;Famille :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="457"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Rappel :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="458"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="462"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="463"/>
        <source>not set</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="464"/>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="465"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="466"/>
        <source>e.g. check-up, parents&apos; evening</source>
        <translation>p. ex. contrôle, réunion de parents</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="467"/>
        <source>e.g. Anna and the guardian</source>
        <translation>p. ex. Anna et le tuteur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="490"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="121"/>
        <source>Follow-up asked; the household sees it after the next sync.</source>
        <translation>Suivi demandé&#xa0;; le foyer le verra après la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="123"/>
        <source>Question asked; the household sees it after the next sync.</source>
        <translation>Question posée&#xa0;; le foyer la verra après la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="138"/>
        <source>Ask for a follow-up</source>
        <translation>Demander un suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="139"/>
        <source>&amp;What should the household follow up?</source>
        <translation>&amp;Quel suivi demandez-vous au foyer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="141"/>
        <source>Ask a question</source>
        <translation>Poser une question</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="142"/>
        <source>&amp;Your question for the household:</source>
        <translation>&amp;Votre question pour le foyer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="143"/>
        <source>&amp;Send (Ctrl+Enter)</source>
        <translation>&amp;Envoyer (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="311"/>
        <location filename="../app/ui/dialogs/attachments.py" line="312"/>
        <source>Photos and documents</source>
        <translation>Photos et documents</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="314"/>
        <source>Enter opens the chosen one; F2 edits its caption; Delete removes it.</source>
        <translation>Entrée ouvre la vignette choisie ; F2 modifie sa légende ; Suppr la retire.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="316"/>
        <source>Enter opens the chosen one.</source>
        <translation>Entrée ouvre la vignette choisie.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="318"/>
        <source>No photos or documents yet.</source>
        <translation>Pas encore de photos ni de documents.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="319"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="322"/>
        <source>Add photos (JPEG, PNG) or scans (PDF); several at once, or drop them from a folder onto the strip</source>
        <translation>Ajouter des photos (JPEG, PNG) ou des scans (PDF) ; plusieurs à la fois, ou glissez-les depuis un dossier sur la rangée</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="326"/>
        <location filename="../app/ui/dialogs/attachments.py" line="604"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="328"/>
        <source>Document removed</source>
        <translation>Document retiré</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="328"/>
        <source>Photo removed</source>
        <translation>Photo retirée</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="330"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="331"/>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>La remettre (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="340"/>
        <source>Up to %1 a file; %2 has %3 of %4.</source>
        <translation>Jusqu’à %1 par fichier ; %2 a %3 sur %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="462"/>
        <source>Attach photos or documents</source>
        <translation>Joindre des photos ou des documents</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="464"/>
        <source>Photos and PDF documents (%1)</source>
        <translation>Photos et documents PDF (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="486"/>
        <source>Adding %v of %m…</source>
        <translation>Ajout de %v sur %m…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="512"/>
        <source>This file could not be read.</source>
        <translation>Ce fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="514"/>
        <source>%1 was not added: %2</source>
        <translation>%1 n’a pas été ajouté : %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="567"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="570"/>
        <source>Edit &amp;caption…</source>
        <translation>&amp;Modifier la légende…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="583"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="605"/>
        <source>Remove %1? It is removed on every laptop at the next sync.</source>
        <translation>Retirer %1 ? Il disparaît de chaque ordinateur à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="126"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="127"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="128"/>
        <source>&amp;Fit to window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="129"/>
        <source>◀ &amp;Previous page</source>
        <translation>◀ Page &amp;précédente</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="130"/>
        <source>&amp;Next page ▶</source>
        <translation>Page &amp;suivante ▶</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="131"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="132"/>
        <source>&amp;Edit caption…</source>
        <translation>Modifier la &amp;légende…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="133"/>
        <source>Write the words shown under this photo or document</source>
        <translation>Écrire les mots affichés sous cette photo ou ce document</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="135"/>
        <source>A page of %1</source>
        <translation>Une page de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="137"/>
        <source>The photo %1</source>
        <translation>La photo %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="173"/>
        <source>This file cannot be shown.</source>
        <translation>Ce fichier ne peut pas être affiché.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="253"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../app/services/attachments.py" line="104"/>
        <source>This file is too large ({size} MB); a file may hold at most {limit} MB.</source>
        <translation>Ce fichier est trop volumineux ({size} Mo) ; un fichier peut faire au plus {limit} Mo.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="114"/>
        <source>This picture cannot be read; it may be damaged or incomplete.</source>
        <translation>Cette image ne peut pas être lue ; elle est peut-être endommagée ou incomplète.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="177"/>
        <source>This picture is too large ({megapixels} megapixels; at most {limit}).</source>
        <translation>Cette image est trop grande ({megapixels} mégapixels ; au plus {limit}).</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="218"/>
        <source>This file is empty.</source>
        <translation>Ce fichier est vide.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="222"/>
        <source>Only photos (JPEG, PNG) and PDF documents can be attached.</source>
        <translation>Seules les photos (JPEG, PNG) et les documents PDF peuvent être joints.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="262"/>
        <source>This file cannot be opened.</source>
        <translation>Ce fichier ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="513"/>
        <source>Write a caption of a few words (it is shown under the photo).</source>
        <translation>Écrivez une légende de quelques mots (elle s’affiche sous la photo).</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="527"/>
        <source>This caption is too long ({length} characters; at most {limit}).</source>
        <translation>Cette légende est trop longue ({length} caractères ; au plus {limit}).</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="122"/>
        <source>This child&apos;s attachments would take more than {limit} MB together ({used} MB are used). Remove some first.</source>
        <translation>Les pièces jointes de cet enfant dépasseraient ensemble {limit} Mo ({used} Mo utilisés). Retirez-en d&apos;abord quelques-unes.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="334"/>
        <source>A file is attached to a child, or to a daily log, a milestone or a contact of that child.</source>
        <translation>Un fichier est joint à un enfant, ou à un journal du jour, une étape ou un contact de cet enfant.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="404"/>
        <source>This file is not on this laptop yet; it arrives with the next sync.</source>
        <translation>Ce fichier n&apos;est pas encore sur cet ordinateur ; il arrivera avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/attachments.py" line="255"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/ui/models/attachments.py" line="257"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../app/ui/models/attachments.py" line="263"/>
        <source>Kept for the book.</source>
        <translation>Gardé pour le livre.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/attachments.py" line="265"/>
        <source>Not yet on this laptop; it comes with the next sync.</source>
        <translation>Pas encore sur cet ordinateur ; il arrive avec la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="157"/>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="158"/>
        <source>&amp;Add amendment…</source>
        <translation>Ajouter une correc&amp;tion…</translation>
    </message>
</context>
<context>
    <name>BeforeDialog</name>
    <message>
        <location filename="../app/ui/pages/review_queue_backlog.py" line="60"/>
        <source>Mark the backlog as reviewed</source>
        <translation>Marquer l&apos;arriéré comme relu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_backlog.py" line="63"/>
        <source>Every record of this household dated before this day will be marked as reviewed, in one step. You will see how many before anything is marked.</source>
        <translation>Chaque entrée de ce foyer datée d&apos;avant ce jour sera marquée comme relue, en une seule fois. Vous verrez combien avant que rien ne soit marqué.</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="100"/>
        <source>The book of {name}</source>
        <translation>Le livre de {name}</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="101"/>
        <source>&amp;Language of the book:</source>
        <translation>&amp;Langue du livre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="102"/>
        <source>◀ &amp;Previous page</source>
        <translation>◀ Page &amp;précédente</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="103"/>
        <source>&amp;Next page ▶</source>
        <translation>Page &amp;suivante ▶</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="104"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="105"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="106"/>
        <source>A page of the book</source>
        <translation>Une page du livre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="112"/>
        <source>Making the book…</source>
        <translation>Le livre se prépare…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/lifebook.py" line="132"/>
        <source>%n page(s). Look through it, then save it where you want to keep it.</source>
        <translation>
            <numerusform>%n page. Feuilletez-le, puis enregistrez-le là où vous voulez le garder.</numerusform>
            <numerusform>%n pages. Feuilletez-le, puis enregistrez-le là où vous voulez le garder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="146"/>
        <source>The book could not be made.</source>
        <translation>Le livre n’a pas pu être fait.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="165"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="172"/>
        <source>Book of {name}.pdf</source>
        <translation>Livre de {name}.pdf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="174"/>
        <source>Save the book</source>
        <translation>Enregistrer le livre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="174"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="187"/>
        <source>The book was saved in %1.</source>
        <translation>Le livre est enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>CaptionDialog</name>
    <message>
        <location filename="../app/ui/dialogs/caption.py" line="65"/>
        <location filename="../app/ui/dialogs/caption.py" line="91"/>
        <source>Edit caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/caption.py" line="67"/>
        <source>&amp;Caption of %1 (shown under the photo and in the book):</source>
        <translation>&amp;Légende de %1 (affichée sous la photo et dans le livre) :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/caption.py" line="71"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../app/ui/models/care.py" line="25"/>
        <source>Given</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="26"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="27"/>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="33"/>
        <source>Care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="34"/>
        <source>Food security</source>
        <translation>Sécurité alimentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="35"/>
        <source>Accommodation</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="36"/>
        <source>Physical health</source>
        <translation>Santé physique</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="37"/>
        <source>Education and skills</source>
        <translation>Éducation et compétences</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="38"/>
        <source>Livelihood</source>
        <translation>Moyens de subsistance</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="39"/>
        <source>Protection and social inclusion</source>
        <translation>Protection et inclusion sociale</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="42"/>
        <source>Social and emotional well-being</source>
        <translation>Bien-être social et émotionnel</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="45"/>
        <source>Independent living</source>
        <translation>Vie autonome</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="51"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="52"/>
        <source>Progressing</source>
        <translation>En progrès</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="53"/>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="54"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="60"/>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="61"/>
        <source>Dentist</source>
        <translation>Dentiste</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="62"/>
        <source>Therapist</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="63"/>
        <source>School meeting</source>
        <translation>Réunion à l’école</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="64"/>
        <source>Youth court</source>
        <translation>Juge de la jeunesse</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="65"/>
        <source>Family visit</source>
        <translation>Visite familiale</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="66"/>
        <source>Other appointment</source>
        <translation>Autre rendez-vous</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="72"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="74"/>
        <source>Took place</source>
        <translation>A eu lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="75"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="76"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="82"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="84"/>
        <source>Applicant for international protection</source>
        <translation>Demandeur de protection internationale</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="87"/>
        <source>Recognised refugee</source>
        <translation>Réfugié reconnu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="88"/>
        <source>Subsidiary protection</source>
        <translation>Protection subsidiaire</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="91"/>
        <source>Other residence permit</source>
        <translation>Autre titre de séjour</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="92"/>
        <source>Application refused</source>
        <translation>Demande refusée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="98"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="99"/>
        <source>Interview</source>
        <translation>Audition</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="100"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="101"/>
        <source>Appeal</source>
        <translation>Recours</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="102"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="108"/>
        <source>Beginner</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="109"/>
        <source>A1 (first words)</source>
        <translation>A1 (premiers mots)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="110"/>
        <source>A2 (everyday sentences)</source>
        <translation>A2 (phrases courantes)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="111"/>
        <source>B1 (gets by)</source>
        <translation>B1 (se débrouille)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="112"/>
        <source>B2 (at ease)</source>
        <translation>B2 (à l’aise)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="113"/>
        <source>Fluent</source>
        <translation>Courant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="114"/>
        <source>Mother tongue</source>
        <translation>Langue maternelle</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="120"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../app/ui/pages/care.py" line="44"/>
        <source>Care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="48"/>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="49"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="50"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="51"/>
        <source>Procedure and languages</source>
        <translation>Procédure et langues</translation>
    </message>
</context>
<context>
    <name>CareWatchPage</name>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="69"/>
        <source>Care plans</source>
        <translation>Plans de soins</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="72"/>
        <source>Goals past their review date</source>
        <translation>Objectifs dont la date d’évaluation est passée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="74"/>
        <source>Doses missed or refused (last %1 days)</source>
        <translation>Doses manquées ou refusées (%1 derniers jours)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <location filename="../app/ui/pages/care_watch.py" line="81"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <location filename="../app/ui/pages/care_watch.py" line="82"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <source>Review on</source>
        <translation>Évaluation le</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="83"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="84"/>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="85"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="88"/>
        <source>No goal is past its review date.</source>
        <translation>Aucun objectif n’a dépassé sa date d’évaluation.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="89"/>
        <source>No dose was missed or refused.</source>
        <translation>Aucune dose n’a été manquée ni refusée.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="155"/>
        <source>Not noted</source>
        <translation>Non notée</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="256"/>
        <location filename="../app/ui/pages/overview_card.py" line="383"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="257"/>
        <location filename="../app/ui/pages/overview_card.py" line="384"/>
        <source>%n day(s) without a log</source>
        <translation>
            <numerusform>%n jour sans journal</numerusform>
            <numerusform>%n jours sans journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="258"/>
        <location filename="../app/ui/pages/overview_card.py" line="390"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="262"/>
        <source>Daily log per week</source>
        <translation>Journaux du jour par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="263"/>
        <source>Incidents per week</source>
        <translation>Incidents par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="264"/>
        <source>Contacts per relative</source>
        <translation>Contacts par proche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="265"/>
        <source>Milestones per area</source>
        <translation>Étapes du développement par domaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="267"/>
        <source>No incidents in this period.</source>
        <translation>Aucun incident pendant cette période.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="269"/>
        <source>No relatives recorded.</source>
        <translation>Aucun proche noté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="273"/>
        <source>None of the %n milestone(s) for this age is marked yet.</source>
        <translation>
            <numerusform>L’étape du développement prévue pour cet âge n’est pas encore notée.</numerusform>
            <numerusform>Aucune des %n étapes du développement prévues pour cet âge n’est encore notée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="275"/>
        <source>The catalog has no milestones for this age.</source>
        <translation>Le catalogue n’a pas d’étapes pour cet âge.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="299"/>
        <source>Contacts per relative of %1</source>
        <translation>Contacts de %1, par proche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="300"/>
        <source>Milestones per area of %1</source>
        <translation>Étapes du développement de %1, par domaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="330"/>
        <source>Daily log per week of %1</source>
        <translation>Journaux du jour de %1, par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="333"/>
        <source>Incidents per week of %1</source>
        <translation>Incidents de %1, par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="341"/>
        <source>no contact on record</source>
        <translation>aucun contact noté</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="343"/>
        <source>seen today</source>
        <translation>dernier contact aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="344"/>
        <source>last seen %n day(s) ago</source>
        <translation>
            <numerusform>dernier contact il y a %n jour</numerusform>
            <numerusform>dernier contact il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="352"/>
        <source>Together with %1.</source>
        <translation>Placé(e) avec %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="361"/>
        <source>Apart from %1: %2.</source>
        <translation>%1 vit ailleurs&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="369"/>
        <source>No brothers or sisters recorded.</source>
        <translation>Aucun frère ni aucune sœur noté.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="370"/>
        <source>Siblings:</source>
        <translation>Frères et sœurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="376"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="409"/>
        <source>next planned on %1</source>
        <translation>prochain prévu le %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="418"/>
        <source>%1 of %2 reached, %3 emerging</source>
        <translation>%1 sur %2 acquises, %3 en cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="422"/>
        <source>%n reached in this period</source>
        <translation>
            <numerusform>%n acquise pendant cette période</numerusform>
            <numerusform>%n acquises pendant cette période</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="313"/>
        <source>Well-being check: none yet.</source>
        <translation>Bilan de bien-être : aucun pour l’instant.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="315"/>
        <source>Well-being check: last on %1.</source>
        <translation>Bilan de bien-être : le dernier le %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="319"/>
        <source>A new check is due.</source>
        <translation>Un nouveau bilan est à faire.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="322"/>
        <source>Mean rating (1–4), oldest first: %1</source>
        <translation>Note moyenne (1–4), la plus ancienne d’abord : %1</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="399"/>
        <source>Throw away this child&apos;s details?</source>
        <translation>Abandonner les renseignements de cet enfant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="400"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>Ce que vous avez écrit ici n’est pas enregistré. L’abandonner&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="415"/>
        <location filename="../app/ui/dialogs/child.py" line="429"/>
        <source>Add child</source>
        <translation>Ajouter un enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="415"/>
        <location filename="../app/ui/dialogs/child.py" line="433"/>
        <source>Edit child</source>
        <translation>Modifier l’enfant</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="220"/>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="221"/>
        <source>Famil&amp;y name:</source>
        <translation>No&amp;m de famille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="222"/>
        <source>Date of &amp;birth:</source>
        <translation>Date de &amp;naissance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="223"/>
        <source>&amp;Placed since:</source>
        <translation>Placé(e) &amp;depuis le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="224"/>
        <source>Placement en&amp;ded:</source>
        <translation>&amp;Fin du placement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="225"/>
        <source>Sch&amp;ool or daycare:</source>
        <translation>É&amp;cole ou crèche&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="226"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="227"/>
        <source>Sibling &amp;group:</source>
        <translation>&amp;Groupe de fratrie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="228"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="232"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="233"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="234"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="235"/>
        <source>Placement start</source>
        <translation>Début du placement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="236"/>
        <source>ended on</source>
        <translation>terminé le</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="237"/>
        <source>Placement ended</source>
        <translation>Placement terminé</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="238"/>
        <source>Placement end</source>
        <translation>Fin du placement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="239"/>
        <source>School or daycare</source>
        <translation>École ou crèche</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="240"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="241"/>
        <source>Separated by commas, e.g. Dutch, Arabic</source>
        <translation>Séparées par des virgules, par ex. néerlandais, arabe</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="242"/>
        <source>Sibling group</source>
        <translation>Groupe de fratrie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="243"/>
        <source>The same name for siblings placed together</source>
        <translation>Le même nom pour les frères et sœurs placés ensemble</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="244"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ChildrenModel</name>
    <message>
        <location filename="../app/ui/models/children.py" line="59"/>
        <source>Whole household</source>
        <translation>Tout le foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="72"/>
        <source>%1; the child leaves this laptop after the next syncs</source>
        <translation>%1 ; l’enfant quittera cet ordinateur après les prochaines synchronisations</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="77"/>
        <source>logged today</source>
        <translation>journal rempli aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="77"/>
        <source>no log yet today</source>
        <translation>pas encore de journal aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="80"/>
        <source>Today&apos;s log is still missing</source>
        <translation>Le journal du jour manque encore</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/children.py" line="95"/>
        <location filename="../app/ui/pages/overview_card.py" line="249"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/children.py" line="96"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="100"/>
        <source>Left care on %1</source>
        <translation>Parti le %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.py" line="95"/>
        <source>Household: {name}</source>
        <translation>Foyer&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="97"/>
        <source>Child: {name}</source>
        <translation>Enfant&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="98"/>
        <source>Records: {count}</source>
        <translation>Notes&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="130"/>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="139"/>
        <source>Profile restored to {path}</source>
        <translation>Profil restauré dans {path}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="177"/>
        <source>Report of {child} written to {path} ({pages} pages)</source>
        <translation>Rapport de {child} écrit dans {path} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="193"/>
        <source>The book of {child} written to {path} ({pages} pages)</source>
        <translation>Livre de {child} écrit dans {path} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="207"/>
        <source>The export for {child} written to {folder}:</source>
        <translation>L’export pour {child} écrit dans {folder}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="274"/>
        <source>Profile in {path} erased.</source>
        <translation>Profil dans {path} effacé.</translation>
    </message>
</context>
<context>
    <name>ClosePlacementDialog</name>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="84"/>
        <source>Close the placement</source>
        <translation>Clôturer le placement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="87"/>
        <source>{name} leaves the household. After the next sync the household&apos;s laptops send what they still hold about {name}, then erase the child; the central office keeps the file for the retention period.</source>
        <translation>{name} quitte le foyer. À la prochaine synchronisation, les ordinateurs du foyer envoient ce qu’ils gardent encore sur {name}, puis effacent l’enfant&#xa0;; le service central conserve le dossier pendant la durée de conservation.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="92"/>
        <source>&amp;Last day of the placement</source>
        <translation>&amp;Dernier jour du placement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="93"/>
        <source>&amp;Where the child goes</source>
        <translation>&amp;Où va l’enfant</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="107"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="108"/>
        <source>Now</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="109"/>
        <source>Kept by the merge</source>
        <translation>Retenue lors de la fusion</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="110"/>
        <source>The other value</source>
        <translation>L’autre valeur</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../app/services/conflicts.py" line="189"/>
        <source>The record does not exist (any more).</source>
        <translation>L’élément n’existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../app/services/conflicts.py" line="194"/>
        <source>Supervisors do not change the household&apos;s records: keep the current values and leave a note for the household.</source>
        <translation>Les superviseurs ne modifient pas les notes du foyer&#xa0;: gardez les valeurs actuelles et laissez une remarque au foyer.</translation>
    </message>
    <message>
        <location filename="../app/services/conflicts.py" line="201"/>
        <source>There are no values to take back.</source>
        <translation>Il n’y a aucune valeur à rétablir.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="68"/>
        <source>Noticed</source>
        <translation>Constaté le</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="69"/>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="70"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="71"/>
        <source>Other value written by</source>
        <translation>Autre valeur écrite par</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="149"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="161"/>
        <source>When two computers changed the same field before they synced, the later change was kept and the other value set aside here. Compare them and settle each one; your choice syncs like any change.</source>
        <translation>Quand deux ordinateurs ont modifié le même champ avant de se synchroniser, la modification la plus récente a été gardée et l’autre valeur mise de côté ici. Comparez-les et résolvez chaque conflit&#xa0;; votre choix se synchronise comme toute autre modification.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="165"/>
        <source>Conflicts to settle</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="166"/>
        <source>The fields in conflict</source>
        <translation>Les champs en conflit</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="167"/>
        <source>&amp;Note:</source>
        <translation>Re&amp;marque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="168"/>
        <source>Why you settled it this way (optional)</source>
        <translation>Pourquoi ce choix (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="169"/>
        <source>&amp;Keep current values</source>
        <translation>&amp;Garder les valeurs actuelles</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="170"/>
        <source>&amp;Use the other values</source>
        <translation>&amp;Utiliser les autres valeurs</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="187"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="187"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="188"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="189"/>
        <source>Placement start</source>
        <translation>Début du placement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="190"/>
        <source>Placement end</source>
        <translation>Fin du placement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="190"/>
        <source>School or daycare</source>
        <translation>École ou crèche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="191"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="191"/>
        <source>Sibling group</source>
        <translation>Groupe de fratrie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="192"/>
        <location filename="../app/ui/pages/conflicts.py" line="199"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="192"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="192"/>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="193"/>
        <source>Lives where</source>
        <translation>Lieu de vie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="193"/>
        <source>Placed together</source>
        <translation>Placé(e) ensemble</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="194"/>
        <source>Contact arrangement</source>
        <translation>Modalités de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="194"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="195"/>
        <source>Kind of home</source>
        <translation>Type d’accueil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="195"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="196"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="196"/>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="196"/>
        <source>Eating</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="197"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="197"/>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="198"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="198"/>
        <source>Notable moments</source>
        <translation>Moments marquants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="199"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="200"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="200"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="201"/>
        <source>Observed on</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="201"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="202"/>
        <source>Milestone</source>
        <translation>Étape du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="202"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="203"/>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="203"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="204"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="204"/>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="205"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="205"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="206"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="206"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="207"/>
        <source>Relatives</source>
        <translation>Proches</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="219"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="219"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="250"/>
        <source>%1 (no longer on this computer)</source>
        <translation>%1 (ne se trouve plus sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="308"/>
        <source>Choose a household on the left.</source>
        <translation>Choisissez un foyer à gauche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/conflicts.py" line="312"/>
        <source>%n conflict(s) to settle.</source>
        <translation>
            <numerusform>%n conflit à résoudre.</numerusform>
            <numerusform>%n conflits à résoudre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="314"/>
        <source>No conflicts: every change merged cleanly.</source>
        <translation>Aucun conflit&#xa0;: toutes les modifications ont été fusionnées sans problème.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="339"/>
        <source>%1 — the other values were written by %2; noticed %3.</source>
        <translation>%1 — les autres valeurs ont été écrites par %2&#xa0;; constaté le %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="380"/>
        <source>Conflict settled: the other values are used now.</source>
        <translation>Conflit résolu&#xa0;: les autres valeurs sont maintenant utilisées.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="382"/>
        <source>Conflict settled: the current values stay.</source>
        <translation>Conflit résolu&#xa0;: les valeurs actuelles sont conservées.</translation>
    </message>
</context>
<context>
    <name>ContactNoteDialog</name>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="315"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="434"/>
        <source>Record a contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="316"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="439"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="317"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="450"/>
        <source>Add amendment</source>
        <translation>Ajouter une correction</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="321"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="336"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="337"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="339"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="340"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="342"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="343"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="344"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="345"/>
        <source>&amp;With:</source>
        <translation>A&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="346"/>
        <source>C&amp;hildren:</source>
        <translation>&amp;Enfants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="347"/>
        <source>&amp;Before</source>
        <translation>Ava&amp;nt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="348"/>
        <source>Du&amp;ring</source>
        <translation>&amp;Pendant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="349"/>
        <source>&amp;After</source>
        <translation>Ap&amp;rès</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="350"/>
        <source>A&amp;greements</source>
        <translation>A&amp;ccords</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="351"/>
        <source>&amp;Follow-up</source>
        <translation>Su&amp;ivi</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="352"/>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="357"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="358"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="359"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="360"/>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="361"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="362"/>
        <source>Relatives at the contact</source>
        <translation>Proches présents au contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="363"/>
        <source>Children at the contact</source>
        <translation>Enfants présents au contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="364"/>
        <source>How the child was before</source>
        <translation>Comment allait l’enfant avant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="365"/>
        <source>How the child was during</source>
        <translation>Comment allait l’enfant pendant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="366"/>
        <source>How the child was after</source>
        <translation>Comment allait l’enfant après</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="367"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="368"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="369"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="374"/>
        <source>How was the child?</source>
        <translation>Comment allait l’enfant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="375"/>
        <source>e.g. visiting centre, at home, park</source>
        <translation>par ex. espace-rencontre, à la maison, parc</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="376"/>
        <source>What was agreed, and with whom</source>
        <translation>Ce qui a été convenu, et avec qui</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="377"/>
        <source>What needs doing next</source>
        <translation>Ce qu’il reste à faire</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="378"/>
        <source>Add a re&amp;lative…</source>
        <translation>&amp;Ajouter un proche…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="380"/>
        <source>Someone who is not in the list yet: add them here, they are ticked at once</source>
        <translation>Quelqu’un qui n’est pas encore dans la liste&#xa0;: ajoutez-le ici, il est coché aussitôt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="383"/>
        <source>Restored what you wrote before. It is not stored yet: press OK to store it, or Cancel to throw it away.</source>
        <translation>Ce que vous aviez écrit est rétabli. Ce n’est pas encore enregistré&#xa0;: appuyez sur OK pour l’enregistrer, ou sur Annuler pour l’abandonner.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="386"/>
        <source>R&amp;eason for the amendment:</source>
        <translation>&amp;Motif de la correction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="387"/>
        <source>Reason for the amendment</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="390"/>
        <source>The original stays on record beside your amendment.</source>
        <translation>L’original reste conservé à côté de votre correction.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="447"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="554"/>
        <source>Throw away this contact?</source>
        <translation>Abandonner ce contact&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="555"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>Ce que vous avez écrit ici n’est pas enregistré. L’abandonner&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="327"/>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="328"/>
        <source>The family</source>
        <translation>La famille</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="329"/>
        <source>The child</source>
        <translation>L’enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="330"/>
        <source>Our household</source>
        <translation>Notre foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="331"/>
        <source>The office</source>
        <translation>Le service</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="332"/>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="341"/>
        <source>Cancelled b&amp;y:</source>
        <translation>Annulé pa&amp;r :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="373"/>
        <source>Who cancelled the contact</source>
        <translation>Qui a annulé le contact</translation>
    </message>
</context>
<context>
    <name>ContactNotesModel</name>
    <message>
        <location filename="../app/ui/models/contacts.py" line="92"/>
        <source>(removed)</source>
        <translation>(retiré)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="97"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="98"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="99"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="100"/>
        <location filename="../app/ui/models/contacts.py" line="187"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="101"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="102"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="116"/>
        <source>%1, amended</source>
        <translation>%1, corrigé</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/contacts.py" line="120"/>
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Corrigé %n fois</numerusform>
            <numerusform>Corrigé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="166"/>
        <source>Amendments</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="171"/>
        <source>As first written</source>
        <translation>Tel qu’écrit à l’origine</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="188"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="189"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="190"/>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="191"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="192"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="193"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="194"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/contacts.py" line="201"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/contacts.py" line="203"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="204"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../app/ui/models/contacts.py" line="34"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="35"/>
        <source>Supervised visit</source>
        <translation>Visite encadrée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="36"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="37"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="38"/>
        <source>Letter or message</source>
        <translation>Lettre ou message</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="45"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="46"/>
        <source>Happened</source>
        <translation>A eu lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="47"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="48"/>
        <source>No-show</source>
        <translation>Absent (sans prévenir)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="225"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="228"/>
        <source>Family and agreed contact</source>
        <translation>Famille et contacts convenus</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="229"/>
        <location filename="../app/ui/pages/contacts.py" line="244"/>
        <source>Contact notes</source>
        <translation>Comptes rendus de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="232"/>
        <source>Add &amp;relative…</source>
        <translation>A&amp;jouter un proche…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="233"/>
        <source>Edit relat&amp;ive…</source>
        <translation>&amp;Modifier le proche…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="234"/>
        <source>Re&amp;move relative</source>
        <translation>&amp;Retirer le proche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="235"/>
        <source>Record a &amp;contact…</source>
        <translation>&amp;Noter un contact…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="236"/>
        <source>&amp;Delete contact</source>
        <translation>&amp;Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="241"/>
        <source>Record a contact (%1)</source>
        <translation>Noter un contact (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="243"/>
        <source>Relatives</source>
        <translation>Proches</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="245"/>
        <source>About the chosen relative</source>
        <translation>À propos du proche choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="246"/>
        <source>The chosen contact</source>
        <translation>Le contact choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="249"/>
        <source>No family recorded yet. Add the birth parents, brothers and sisters placed elsewhere, and anyone else the child keeps in touch with.</source>
        <translation>Aucune famille notée pour l’instant. Ajoutez les parents, les frères et sœurs placés ailleurs, et toute autre personne avec qui l’enfant garde le contact.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="254"/>
        <source>No contacts recorded yet. “Record a contact…” (Ctrl+N) adds the first.</source>
        <translation>Aucun contact noté pour l’instant. «&#xa0;Noter un contact…&#xa0;» (Ctrl+N) ajoute le premier.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="338"/>
        <source>Brothers and sisters living here too: %1</source>
        <translation>Frères et sœurs qui vivent aussi ici&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="356"/>
        <source>Choose a relative in the list to read the agreed contact in full.</source>
        <translation>Choisissez un proche dans la liste pour lire en entier le contact convenu.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="368"/>
        <source>Choose a contact in the list to read it in full: who was there, how it went, how the child reacted.</source>
        <translation>Choisissez un contact dans la liste pour le lire en entier&#xa0;: qui était là, comment cela s’est passé, comment l’enfant a réagi.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="397"/>
        <source>Add &amp;amendment…</source>
        <translation>Ajouter une correc&amp;tion…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="397"/>
        <source>Edi&amp;t contact…</source>
        <translation>Modifier le &amp;contact…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="427"/>
        <source>%1 (sibling)</source>
        <translation>%1 (frère ou sœur)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="492"/>
        <location filename="../app/ui/pages/contacts.py" line="494"/>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="519"/>
        <source>Remove relative</source>
        <translation>Retirer le proche</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <location filename="../app/crypto/backup.py" line="69"/>
        <source>There is no backup at {path}.</source>
        <translation>Il n’y a pas de sauvegarde à l’emplacement {path}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="74"/>
        <source>The file {path} is not a Thuisboek backup.</source>
        <translation>Le fichier {path} n’est pas une sauvegarde Thuisboek.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="79"/>
        <source>The backup {path} is incomplete or damaged at its end; it may not have been copied or written completely.</source>
        <translation>La sauvegarde {path} est incomplète ou endommagée à la fin&#xa0;; elle n’a peut-être pas été copiée ou écrite entièrement.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="88"/>
        <source>The backup {path} is damaged: {detail}.</source>
        <translation>La sauvegarde {path} est endommagée&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="93"/>
        <source>The backup {path} has format version {version}, which this version of Thuisboek cannot read.</source>
        <translation>La sauvegarde {path} est au format version {version}, que cette version de Thuisboek ne sait pas lire.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="48"/>
        <source>The passphrase is not correct.</source>
        <translation>La phrase secrète n’est pas correcte.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="58"/>
        <source>There is no key file at {path}.</source>
        <translation>Il n’y a pas de fichier de clé à l’emplacement {path}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="74"/>
        <source>The key file {path} is not a Thuisboek key file.</source>
        <translation>Le fichier {path} n’est pas un fichier de clé Thuisboek.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="79"/>
        <source>The key file {path} is damaged: {detail}.</source>
        <translation>Le fichier de clé {path} est endommagé&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="84"/>
        <source>The key file {path} has format version {version}, which this version of Thuisboek cannot read.</source>
        <translation>Le fichier de clé {path} est au format version {version}, que cette version de Thuisboek ne sait pas lire.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="93"/>
        <source>The key file {path} asks for a weaker passphrase protection than Thuisboek allows ({detail}); it may have been tampered with.</source>
        <translation>Le fichier de clé {path} demande une protection de la phrase secrète plus faible que ce que Thuisboek permet ({detail})&#xa0;; il a peut-être été falsifié.</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="58"/>
        <source>The keyring ({backend}) did not accept the key ({error}).</source>
        <translation>Le trousseau de clés ({backend}) n’a pas accepté la clé ({error}).</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="95"/>
        <source>The keyring ({backend}) could not remove the key ({error}).</source>
        <translation>Le trousseau de clés ({backend}) n’a pas pu retirer la clé ({error}).</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="132"/>
        <source>The only keyring on this computer ({backend}) stores secrets in a file without encryption; Thuisboek will not keep your key there and will ask for your passphrase each time.</source>
        <translation>Le seul trousseau de clés de cet ordinateur ({backend}) conserve les secrets dans un fichier non chiffré&#xa0;; Thuisboek n’y gardera pas votre clé et vous demandera votre phrase secrète à chaque fois.</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="140"/>
        <source>The only keyring on this computer ({backend}) is not one Thuisboek trusts with your key; Thuisboek will ask for your passphrase each time.</source>
        <translation>Thuisboek ne confie pas votre clé au seul trousseau de clés de cet ordinateur ({backend})&#xa0;; Thuisboek vous demandera votre phrase secrète à chaque fois.</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="170"/>
        <source>No secure keyring is available on this computer ({backend}); Thuisboek will ask for your passphrase each time.</source>
        <translation>Aucun trousseau de clés sécurisé n’est disponible sur cet ordinateur ({backend})&#xa0;; Thuisboek vous demandera votre phrase secrète à chaque fois.</translation>
    </message>
</context>
<context>
    <name>DailyLog</name>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="25"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="26"/>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="27"/>
        <source>Eating</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="28"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="29"/>
        <source>Medication given</source>
        <translation>Médicaments donnés</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="30"/>
        <source>School or daycare</source>
        <translation>École ou crèche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="31"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="32"/>
        <source>Notable moments</source>
        <translation>Moments marquants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="33"/>
        <source>Other remarks</source>
        <translation>Autres remarques</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="34"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="35"/>
        <location filename="../app/ui/pages/today_view.py" line="69"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="36"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="97"/>
        <source>Very sad</source>
        <translation>Très triste</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="98"/>
        <source>Sad</source>
        <translation>Triste</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="99"/>
        <source>Okay</source>
        <translation>Ça va</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="100"/>
        <source>Happy</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="101"/>
        <source>Very happy</source>
        <translation>Très content</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="103"/>
        <source>Not noted</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="43"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="44"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="45"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="53"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="62"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="76"/>
        <source>no incident</source>
        <translation>aucun incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="84"/>
        <source>Nothing was noted.</source>
        <translation>Rien n’a été noté.</translation>
    </message>
</context>
<context>
    <name>DayBar</name>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="84"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="85"/>
        <source>Day of the log</source>
        <translation>Jour du journal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="86"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Jour précédent (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="87"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="88"/>
        <source>Next day (Alt+Right)</source>
        <translation>Jour suivant (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="89"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="90"/>
        <source>Back to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="91"/>
        <source>Back to today (Alt+Home)</source>
        <translation>Revenir à aujourd’hui (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="92"/>
        <source>&amp;Previous entry</source>
        <translation>&amp;Note précédente</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="93"/>
        <source>Show or hide the child&apos;s previous log</source>
        <translation>Afficher ou masquer le journal précédent de l’enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="114"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="116"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/today_bars.py" line="118"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaySidePanel</name>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="43"/>
        <source>Previous entry</source>
        <translation>Note précédente</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="44"/>
        <source>There is no earlier entry for this child.</source>
        <translation>Il n’y a pas de note plus ancienne pour cet enfant.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="45"/>
        <source>Amendments to your log</source>
        <translation>Corrections de votre journal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="46"/>
        <source>Written by others on this day</source>
        <translation>Écrit par d’autres ce jour-là</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="54"/>
        <source>another caregiver</source>
        <translation>un autre accueillant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="75"/>
        <source>%1 · by %2</source>
        <translation>%1 · par %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="87"/>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="104"/>
        <source>Amendment by %1, %2</source>
        <translation>Correction par %1, %2</translation>
    </message>
</context>
<context>
    <name>DoseChecklist</name>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="80"/>
        <source>&amp;Refused…</source>
        <translation>&amp;Refusée…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="81"/>
        <source>S&amp;kipped…</source>
        <translation>&amp;Sautée…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="82"/>
        <source>Today&apos;s doses</source>
        <translation>Doses du jour</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="83"/>
        <source>No doses today.</source>
        <translation>Pas de doses aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="129"/>
        <source>%1 at %2 by %3</source>
        <translation>%1 à %2 par %3</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="157"/>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="184"/>
        <source>Given twice?</source>
        <translation>Donné deux fois ?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="186"/>
        <source>%1 was given already at %2, less than its interval ago. Note a second dose anyway?</source>
        <translation>%1 a déjà été donné à %2, il y a moins que l’intervalle prévu. Noter quand même une deuxième dose ?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="211"/>
        <source>Note a dose</source>
        <translation>Noter une dose</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="220"/>
        <source>Why was this dose %1?</source>
        <translation>Pourquoi cette dose a-t-elle été %1 ?</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="226"/>
        <source>Connect to the central office</source>
        <translation>Se connecter au service central</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="229"/>
        <source>Ask the central office for an enrolment code for this computer. What you wrote so far moves into the household the central office knows, and syncs.</source>
        <translation>Demandez au service central un code d’inscription pour cet ordinateur. Ce que vous avez déjà écrit passe dans le foyer connu du service central, et se synchronise.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="83"/>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="84"/>
        <source>&amp;Enrolment code:</source>
        <translation>&amp;Code d’inscription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="85"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="86"/>
        <source>Enrolment code</source>
        <translation>Code d’inscription</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="88"/>
        <source>for example https://thuisboek.example.org</source>
        <translation>par ex. https://thuisboek.example.org</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="91"/>
        <source>for example KX7PQ-M3RTA</source>
        <translation>par ex. KX7PQ-M3RTA</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="93"/>
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Nom de cet ordinateur :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="95"/>
        <source>Name of this computer</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="98"/>
        <source>How the central office lists this computer among yours</source>
        <translation>Comment le bureau central liste cet ordinateur parmi les vôtres</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="143"/>
        <source>This does not look like an enrolment code: it has letters and digits, for example KX7PQ-M3RTA.</source>
        <translation>Cela ne ressemble pas à un code d’inscription&#xa0;: il se compose de lettres et de chiffres, par exemple KX7PQ-M3RTA.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="158"/>
        <source>Check the server address and this computer&apos;s network connection.</source>
        <translation>Vérifiez l’adresse du serveur et la connexion réseau de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="218"/>
        <source>Enrol this computer again</source>
        <translation>Inscrire à nouveau cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="221"/>
        <source>Ask the central office for a new enrolment code for you. The records on this computer are kept and sent to the central office again.</source>
        <translation>Demandez au service central un nouveau code d’inscription à votre nom. Les données de cet ordinateur sont conservées et envoyées à nouveau au service central.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="233"/>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="139"/>
        <source>Please enter the enrolment code.</source>
        <translation>Veuillez saisir le code d’inscription.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="257"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="153"/>
        <source>Could not connect (%1).</source>
        <translation>Connexion impossible (%1).</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="373"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="380"/>
        <source>Press Finish to make your encrypted home book on this computer and connect it to the central office below. Your household&apos;s records then come in by themselves.</source>
        <translation>Appuyez sur Terminer pour créer votre carnet de la maison chiffré sur cet ordinateur et le connecter au service central ci-dessous. Les données de votre foyer arriveront ensuite d’elles-mêmes.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="388"/>
        <source>Thuisboek works without a connection. Connecting this computer to the central office (enrolment) can be done later, from the settings. Press Finish to open your home book.</source>
        <translation>Thuisboek fonctionne sans connexion. Vous pourrez connecter cet ordinateur au service central (inscription) plus tard, depuis les paramètres. Appuyez sur Terminer pour ouvrir votre carnet de la maison.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/ui/first_run.py" line="78"/>
        <source>Thuisboek — first start</source>
        <translation>Thuisboek — premier démarrage</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="116"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="117"/>
        <source>My household</source>
        <translation>Mon foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="122"/>
        <source>Making your home book and connecting it to the central office…</source>
        <translation>Création de votre carnet de la maison et connexion au service central…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="137"/>
        <source>Making your home book…</source>
        <translation>Création de votre carnet de la maison…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="166"/>
        <source>Nothing was kept on this computer. Correct the address or the code, or start on this computer only and connect later.</source>
        <translation>Rien n’a été conservé sur cet ordinateur. Corrigez l’adresse ou le code, ou commencez uniquement sur cet ordinateur et connectez-vous plus tard.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="177"/>
        <source>The profile could not be created (%1).</source>
        <translation>Le profil n’a pas pu être créé (%1).</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="283"/>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="283"/>
        <source>Edit goal</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="287"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="288"/>
        <source>&amp;Area:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="289"/>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="290"/>
        <source>&amp;Review on:</source>
        <translation>&amp;Évaluation le :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="291"/>
        <source>&amp;Who sees to it:</source>
        <translation>&amp;Qui s’en occupe :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="292"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="297"/>
        <source>In the family&apos;s words, e.g. “Louise sleeps in her own bed”</source>
        <translation>Avec les mots de la famille, p. ex. « Louise dort dans son propre lit »</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="299"/>
        <location filename="../app/ui/dialogs/care.py" line="319"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
</context>
<context>
    <name>GoalLinkButton</name>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="329"/>
        <source>Moves a &amp;goal…</source>
        <translation>Fait avancer un &amp;objectif…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="330"/>
        <source>Link this entry to a goal of the child&apos;s care plan</source>
        <translation>Lier cette note à un objectif du plan de soins de l’enfant</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="105"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="106"/>
        <location filename="../app/ui/pages/care_goals.py" line="218"/>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="107"/>
        <location filename="../app/ui/pages/care_goals.py" line="220"/>
        <source>Review on</source>
        <translation>Évaluation le</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="108"/>
        <location filename="../app/ui/pages/care_goals.py" line="221"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="109"/>
        <source>Who sees to it</source>
        <translation>Qui s’en occupe</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="112"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="113"/>
        <source>History of the chosen goal</source>
        <translation>Historique de l’objectif choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="116"/>
        <source>No goals yet. Write the care plan&apos;s goals in the family&apos;s words, e.g. “Noah sees his sister every two weeks”.</source>
        <translation>Pas encore d’objectifs. Écrivez les objectifs du plan de soins avec les mots de la famille, p. ex. « Noah voit sa sœur toutes les deux semaines ».</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="120"/>
        <source>&amp;Add goal…</source>
        <translation>&amp;Ajouter un objectif…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="121"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="122"/>
        <source>&amp;Status…</source>
        <translation>É&amp;tat…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="123"/>
        <source>This moves the goal: &amp;link…</source>
        <translation>Ceci fait avancer l’objectif : &amp;lier…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="124"/>
        <source>Link a daily log or contact note to the chosen goal</source>
        <translation>Lier un journal du jour ou une note de contact à l’objectif choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="175"/>
        <source>%1 (past)</source>
        <translation>%1 (dépassée)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="196"/>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="201"/>
        <source>No logs or notes in the last 30 days</source>
        <translation>Aucun journal ni note ces 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="219"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="224"/>
        <source>Why dropped</source>
        <translation>Pourquoi abandonné</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="228"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="231"/>
        <source>Nothing linked yet.</source>
        <translation>Rien de lié pour l’instant.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="238"/>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="242"/>
        <source>Daily log</source>
        <translation>Journal du jour</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="244"/>
        <source>Contact note</source>
        <translation>Note de contact</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../app/ui/dialogs/guide.py" line="40"/>
        <source>Thuisboek — user guide</source>
        <translation>Thuisboek — guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/guide.py" line="41"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../app/ui/models/shifts.py" line="12"/>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <location filename="../app/ui/models/shifts.py" line="13"/>
        <source>day</source>
        <translation>journée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/shifts.py" line="14"/>
        <source>evening</source>
        <translation>soirée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/shifts.py" line="15"/>
        <source>night</source>
        <translation>nuit</translation>
    </message>
</context>
<context>
    <name>HandoverBanner</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="114"/>
        <source>&amp;Mark read</source>
        <translation>&amp;Marquer comme lu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/handover.py" line="116"/>
        <source>What&apos;s &amp;new (%n)</source>
        <translation>
            <numerusform>&amp;Nouveautés (%n)</numerusform>
            <numerusform>&amp;Nouveautés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="119"/>
        <source>Since you were last here</source>
        <translation>Depuis votre dernier passage</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/handover.py" line="121"/>
        <source>Others wrote %n entry(ies) in this household since you were last here.</source>
        <translation>
            <numerusform>D’autres ont écrit %n note dans ce foyer depuis votre dernier passage.</numerusform>
            <numerusform>D’autres ont écrit %n notes dans ce foyer depuis votre dernier passage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="130"/>
        <source>Handover from %1 (%2, %3)</source>
        <translation>Transmission de %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="131"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/handover.py" line="136"/>
        <source>%n more waiting</source>
        <translation>
            <numerusform>%n autre en attente</numerusform>
            <numerusform>%n autres en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="152"/>
        <source>Handover note</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="162"/>
        <source>What the next person must know, e.g. “Noah slept badly, check his ear; mother phoned, visit moved to Thursday”</source>
        <translation>Ce que la personne suivante doit savoir, p. ex. «&#xa0;Noah a mal dormi, vérifier son oreille&#xa0;; maman a appelé, visite déplacée à jeudi&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="170"/>
        <source>&amp;Shift:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="172"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="196"/>
        <source>Write what the next person must know.</source>
        <translation>Écrivez ce que la personne suivante doit savoir.</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="199"/>
        <source>A handover note holds at most %1 characters.</source>
        <translation>Une transmission contient au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>HandoverRoom</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="344"/>
        <source>Handover note saved for the next person.</source>
        <translation>Transmission enregistrée pour la personne suivante.</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="356"/>
        <source>Write a &amp;handover note…</source>
        <translation>Écrire une &amp;transmission…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="357"/>
        <source>&amp;Since you were last here…</source>
        <translation>&amp;Depuis votre dernier passage…</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="215"/>
        <source>Professional care family (Simba home)</source>
        <translation>Famille d’accueil professionnelle (maison Simba)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="216"/>
        <source>SOS family in the children&apos;s village</source>
        <translation>Famille SOS au village d’enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="217"/>
        <source>Small house for unaccompanied minors</source>
        <translation>Petite maison pour mineurs non accompagnés</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="218"/>
        <source>Family support</source>
        <translation>Soutien aux familles</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="222"/>
        <source>You and your household</source>
        <translation>Vous et votre foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="223"/>
        <source>The children are added once the home book is open.</source>
        <translation>Les enfants seront ajoutés une fois le carnet de la maison ouvert.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="224"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="225"/>
        <source>&amp;Household name:</source>
        <translation>Nom du &amp;foyer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="226"/>
        <source>&amp;Kind of home:</source>
        <translation>&amp;Type d’accueil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="227"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="228"/>
        <source>Household name</source>
        <translation>Nom du foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="229"/>
        <source>Kind of home</source>
        <translation>Type d’accueil</translation>
    </message>
</context>
<context>
    <name>HouseholdSwitcher</name>
    <message>
        <location filename="../app/ui/window/household_switcher.py" line="85"/>
        <source>(household not synced yet)</source>
        <translation>(foyer pas encore synchronisé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/household_switcher.py" line="88"/>
        <source>%1 · %n log(s) to write today</source>
        <translation>
            <numerusform>%1 · %n journal à écrire aujourd’hui</numerusform>
            <numerusform>%1 · %n journaux à écrire aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/household_switcher.py" line="94"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/household_switcher.py" line="126"/>
        <source>&amp;Household:</source>
        <translation>&amp;Foyer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/window/household_switcher.py" line="127"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
</context>
<context>
    <name>HouseholdsModel</name>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="63"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="65"/>
        <source>%n missed contact(s)</source>
        <translation>
            <numerusform>%n contact manqué</numerusform>
            <numerusform>%n contacts manqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="67"/>
        <source>%n new answer(s)</source>
        <translation>
            <numerusform>%n nouvelle réponse</numerusform>
            <numerusform>%n nouvelles réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="69"/>
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n question sans réponse</numerusform>
            <numerusform>%n questions sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="72"/>
        <location filename="../app/ui/models/households.py" line="83"/>
        <location filename="../app/ui/models/households.py" line="85"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n à relire</numerusform>
            <numerusform>%n à relire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/households.py" line="72"/>
        <source>All read</source>
        <translation>Tout est relu</translation>
    </message>
</context>
<context>
    <name>KeepButton</name>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="576"/>
        <location filename="../app/ui/dialogs/keep.py" line="127"/>
        <source>Kept for the &amp;book ✓</source>
        <translation>Gardé pour le &amp;livre ✓</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="578"/>
        <location filename="../app/ui/dialogs/keep.py" line="127"/>
        <source>Keep for the &amp;book…</source>
        <translation>Garder pour le &amp;livre…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="129"/>
        <source>Keep this for the child&apos;s life-story book</source>
        <translation>Garder ceci pour le livre de vie de l’enfant</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="71"/>
        <source>Keep for the book</source>
        <translation>Garder pour le livre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="74"/>
        <source>This goes in the child&apos;s life-story book. If you like, write a sentence for the child to read later (for example: You took your first steps in the garden, holding the dog&apos;s collar).</source>
        <translation>Ceci va dans le livre de vie de l’enfant. Si vous le souhaitez, écrivez une phrase que l’enfant lira plus tard (par exemple&#xa0;: Tu as fait tes premiers pas dans le jardin, en tenant le collier du chien).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="79"/>
        <source>A sentence for the child</source>
        <translation>Une phrase pour l’enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="80"/>
        <source>&amp;Remove from the book</source>
        <translation>&amp;Retirer du livre</translation>
    </message>
</context>
<context>
    <name>KeptPanel</name>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="121"/>
        <location filename="../app/ui/pages/child_story.py" line="128"/>
        <source>Kept for the book</source>
        <translation>Gardé pour le livre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="124"/>
        <source>Nothing is kept yet. On the Timeline, choose a day&apos;s moments, a milestone or a contact, or choose a photo, and press Keep for the book.</source>
        <translation>Rien n’est encore gardé. Sur la Chronologie, choisissez les moments d’une journée, une étape ou un contact, ou choisissez une photo, et appuyez sur Garder pour le livre.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="129"/>
        <source>Add a page of &amp;my words…</source>
        <translation>Ajouter une page de &amp;mes mots…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="130"/>
        <source>Take out of the book</source>
        <translation>Retirer du livre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="131"/>
        <source>Make the &amp;book…</source>
        <translation>Faire le &amp;livre…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="171"/>
        <source>A day</source>
        <translation>Une journée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="172"/>
        <source>Something learned</source>
        <translation>Quelque chose d’appris</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="173"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="174"/>
        <source>A photo or document</source>
        <translation>Une photo ou un document</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="175"/>
        <source>My words</source>
        <translation>Mes mots</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../app/ui/keyring_text.py" line="31"/>
        <source>a file keyring</source>
        <translation>un trousseau dans un fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/keyring_text.py" line="33"/>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="74"/>
        <source>Welcome to Thuisboek</source>
        <translation>Bienvenue dans Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="76"/>
        <source>The home book for the children in your care. Choose your language.</source>
        <translation>Le carnet de la maison pour les enfants que vous accueillez. Choisissez votre langue.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="78"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="79"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Leaving</name>
    <message>
        <location filename="../app/services/leaving.py" line="51"/>
        <source>A supervisor or the central office closes a placement.</source>
        <translation>Un superviseur ou le service central clôture un placement.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="30"/>
        <source>Home to the parents</source>
        <translation>Retour chez les parents</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="31"/>
        <source>With family or people close to the child</source>
        <translation>Dans la famille ou chez des proches de l’enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="34"/>
        <source>Another placement</source>
        <translation>Un autre placement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="37"/>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="38"/>
        <source>Living independently</source>
        <translation>Vie autonome</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="41"/>
        <source>Somewhere else</source>
        <translation>Ailleurs</translation>
    </message>
</context>
<context>
    <name>LeavingOffersDialog</name>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="231"/>
        <source>{name} leaves care</source>
        <translation>{name} quitte le placement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="234"/>
        <source>The placement of {name} is closed. Before {name} leaves the laptops, make the book and what {name} receives on leaving.</source>
        <translation>Le placement de {name} est clôturé. Avant que {name} ne quitte les ordinateurs, faites le livre et ce que {name} reçoit en partant.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="238"/>
        <source>Make the &amp;book…</source>
        <translation>Faire le &amp;livre…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="239"/>
        <source>&amp;Export for the young person…</source>
        <translation>&amp;Export pour le jeune…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="240"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/young_export.py" line="260"/>
        <source>%n change(s) about {name} still wait on this laptop to reach the central office; they go at the next sync.</source>
        <translation>
            <numerusform>%n modification sur {name} attend encore sur cet ordinateur d’arriver au service central&#xa0;; elle part à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications sur {name} attendent encore sur cet ordinateur d’arriver au service central&#xa0;; elles partent à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="267"/>
        <source>Nothing about {name} waits on this laptop to reach the central office.</source>
        <translation>Rien sur {name} n’attend plus sur cet ordinateur d’arriver au service central.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="272"/>
        <source>{name} leaves this laptop at the first sync after {when}.</source>
        <translation>{name} quitte cet ordinateur à la première synchronisation après le {when}.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="278"/>
        <source>{name} leaves the household&apos;s laptops a day after the closing reaches them, once what they hold about {name} has reached the office: make the book and the export before then.</source>
        <translation>{name} quitte les ordinateurs du foyer un jour après que la clôture leur est parvenue, une fois que ce qu’ils gardent sur {name} est arrivé au service central&#xa0;: faites le livre et l’export avant.</translation>
    </message>
</context>
<context>
    <name>LogCard</name>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="145"/>
        <source>Add amendment…</source>
        <translation>Ajouter une correction…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="146"/>
        <source>Add an amendment to this log</source>
        <translation>Ajouter une correction à ce journal</translation>
    </message>
</context>
<context>
    <name>LogForm</name>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="192"/>
        <source>&amp;Mood</source>
        <translation>&amp;Humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="201"/>
        <location filename="../app/ui/pages/today_form.py" line="202"/>
        <source>Mood not noted</source>
        <translation>Humeur non notée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="204"/>
        <source>Mood: %1 (%2 of 5)</source>
        <translation>Humeur&#xa0;: %1 (%2 sur 5)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="208"/>
        <source>S&amp;leep</source>
        <translation>Sommei&amp;l</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="209"/>
        <source>Eatin&amp;g</source>
        <translation>&amp;Repas</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="210"/>
        <source>Heal&amp;th</source>
        <translation>&amp;Santé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="211"/>
        <source>Medi&amp;cation given</source>
        <translation>&amp;Médicaments donnés</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="212"/>
        <source>Sch&amp;ool or daycare</source>
        <translation>École ou &amp;crèche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="213"/>
        <source>Act&amp;ivities</source>
        <translation>Acti&amp;vités</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="214"/>
        <source>Nota&amp;ble moments</source>
        <translation>Moments mar&amp;quants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="215"/>
        <source>What &amp;happened</source>
        <translation>Ce qui s’est &amp;passé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="216"/>
        <source>Other &amp;remarks</source>
        <translation>A&amp;utres remarques</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="222"/>
        <location filename="../app/ui/pages/today_form.py" line="338"/>
        <source>Anything else about the day</source>
        <translation>Autre chose sur la journée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="223"/>
        <source>I&amp;ncident: flag this day for the supervisor</source>
        <translation>&amp;Incident&#xa0;: signaler cette journée au superviseur</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="224"/>
        <source>Keys 1, 2, 3 flag the day as low, medium or high</source>
        <translation>Les touches 1, 2, 3 signalent la journée comme faible, moyenne ou élevée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="225"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="226"/>
        <source>Severity (required):</source>
        <translation>Gravité (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="228"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="229"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="230"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="234"/>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="385"/>
        <source>Choose a severity: an incident cannot be saved without one.</source>
        <translation>Choisissez une gravité&#xa0;: un incident ne peut pas être enregistré sans elle.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="344"/>
        <source>Thuisboek — %1</source>
        <translation>Thuisboek — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="347"/>
        <source>Households</source>
        <translation>Foyers</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="352"/>
        <source>Thuisboek found damage in the file that holds this profile on this computer. Write nothing more here and ask the central office for help: what reached the office is safe there.</source>
        <translation>Thuisboek a trouvé des dommages dans le fichier qui garde ce profil sur cet ordinateur. N’écrivez plus rien ici et demandez de l’aide au service central : ce qui y est arrivé y est en sécurité.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="356"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="357"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="451"/>
        <source>Now working in %1.</source>
        <translation>Vous travaillez maintenant dans %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="468"/>
        <source>%n household(s) no longer yours: removed from this computer.</source>
        <translation>
            <numerusform>%n foyer ne vous est plus confié&#xa0;: retiré de cet ordinateur.</numerusform>
            <numerusform>%n foyers ne vous sont plus confiés&#xa0;: retirés de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="489"/>
        <source>A household was taken away from you. Its records stay on this computer until its %n change(s) reach the central office (File ▸ Refused changes…); then they are removed.</source>
        <translation>
            <numerusform>Un foyer ne vous est plus confié. Ses données restent sur cet ordinateur jusqu’à ce que sa %n modification parvienne au bureau central (Fichier ▸ Modifications refusées…)&#xa0;; elles sont ensuite retirées.</numerusform>
            <numerusform>Un foyer ne vous est plus confié. Ses données restent sur cet ordinateur jusqu’à ce que ses %n modifications parviennent au bureau central (Fichier ▸ Modifications refusées…)&#xa0;; elles sont ensuite retirées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="580"/>
        <source>Every child&apos;s log of today is written.</source>
        <translation>Le journal d’aujourd’hui est écrit pour chaque enfant.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="595"/>
        <source>No households to review on this computer yet. Sync with the central office (F5) to bring in the households you supervise.</source>
        <translation>Aucun foyer à relire sur cet ordinateur pour l’instant. Synchronisez avec le service central (F5) pour récupérer les foyers que vous suivez.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="607"/>
        <source>No children in this home book yet. Add the first one with Household ▸ Add a child… (%1).</source>
        <translation>Pas encore d’enfant dans ce carnet de la maison. Ajoutez le premier avec Foyer ▸ Ajouter un enfant… (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="706"/>
        <source>Sync held</source>
        <translation>Synchronisation suspendue</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="733"/>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="734"/>
        <source>Thuisboek</source>
        <translation>Thuisboek</translation>
    </message>
</context>
<context>
    <name>Medication</name>
    <message>
        <location filename="../app/services/medication.py" line="64"/>
        <source>This medicine was given already at {time}, less than its interval ago.</source>
        <translation>Ce médicament a déjà été donné à {time}, il y a moins que l’intervalle prévu.</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="193"/>
        <source>Add medication</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="193"/>
        <source>Edit medication</source>
        <translation>Modifier le médicament</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="197"/>
        <source>Thuisboek is not a prescribing tool: copy what the doctor prescribed, and ask the doctor or pharmacist about any change.</source>
        <translation>Thuisboek ne prescrit rien : recopiez ce que le médecin a prescrit, et demandez tout changement au médecin ou au pharmacien.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="202"/>
        <source>&amp;Medicine:</source>
        <translation>&amp;Médicament :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="203"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dose :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="204"/>
        <source>&amp;Times of day:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="205"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="206"/>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu’au :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="208"/>
        <source>&amp;Hours between doses:</source>
        <translation>&amp;Heures entre deux doses :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="209"/>
        <source>&amp;Prescribed by:</source>
        <translation>&amp;Prescrit par :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="210"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="214"/>
        <source>It stops on a set day</source>
        <translation>S’arrête à une date fixée</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="215"/>
        <source>e.g. 1 tablet of 5 mg</source>
        <translation>p. ex. 1 comprimé de 5 mg</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="216"/>
        <source>e.g. 08:00 20:00</source>
        <translation>p. ex. 08:00 20:00</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="217"/>
        <source>as the times say</source>
        <translation>selon les heures</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="218"/>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="219"/>
        <source>Times of day</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="240"/>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
</context>
<context>
    <name>MedicationPanel</name>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="276"/>
        <source>Not a prescribing tool: the list copies what the doctor prescribed, so that everyone gives it the same way and notes each dose.</source>
        <translation>Ce n’est pas un outil de prescription : la liste recopie ce que le médecin a prescrit, pour que chacun le donne de la même façon et note chaque dose.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="280"/>
        <source>Today&apos;s doses — tick a dose when it is given</source>
        <translation>Doses du jour — cochez une dose quand elle est donnée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="281"/>
        <location filename="../app/ui/pages/care_medication.py" line="294"/>
        <source>Medication list</source>
        <translation>Liste des médicaments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="282"/>
        <source>&amp;Add medication…</source>
        <translation>&amp;Ajouter un médicament…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="283"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="284"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="287"/>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="288"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="289"/>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="290"/>
        <source>From – until</source>
        <translation>Du – au</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="291"/>
        <source>Prescribed by</source>
        <translation>Prescrit par</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="367"/>
        <source>Remove medication</source>
        <translation>Retirer le médicament</translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <location filename="../app/services/milestones.py" line="150"/>
        <source>This milestone is not in the catalog.</source>
        <translation>Cette étape du développement n’est pas dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <location filename="../app/ui/models/milestones.py" line="170"/>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="171"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="172"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="173"/>
        <source>Observed</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="174"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="195"/>
        <source>%1 of %2 achieved</source>
        <translation>%1 sur %2 acquises</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="242"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="243"/>
        <source>Emerging</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="244"/>
        <source>Achieved</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="261"/>
        <source>%1–%2 months</source>
        <translation>%1–%2 mois</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="269"/>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="270"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="275"/>
        <source>Nearly all children reach this by %1 months; talk it over with the child&apos;s doctor or your supervisor if you are unsure.</source>
        <translation>Presque tous les enfants y arrivent avant %1 mois&#xa0;; en cas de doute, parlez-en au médecin de l’enfant ou à votre superviseur.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="280"/>
        <source>Area: %1</source>
        <translation>Domaine&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="285"/>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="202"/>
        <source>Milestones</source>
        <translation>Étapes du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="216"/>
        <source>You can read the milestones here; the household records them.</source>
        <translation>Vous pouvez lire les étapes du développement ici&#xa0;; le foyer les note.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="221"/>
        <source>Choose a milestone and press 1 (not yet), 2 (emerging) or 3 (achieved) to record it on the date observed; press Enter to add a note. Ctrl+Z undoes.</source>
        <translation>Choisissez une étape et appuyez sur 1 (pas encore), 2 (en cours) ou 3 (acquis) pour la noter à la date d’observation&#xa0;; appuyez sur Entrée pour ajouter une note. Ctrl+Z annule.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="226"/>
        <source>&amp;Hide what is achieved</source>
        <translation>&amp;Masquer les étapes acquises</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="227"/>
        <source>Hide what is achieved</source>
        <translation>Masquer les étapes acquises</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="228"/>
        <source>Milestones by area</source>
        <translation>Étapes du développement par domaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="229"/>
        <source>About these lists</source>
        <translation>À propos de ces listes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="237"/>
        <source>Choose a child to see their milestones.</source>
        <translation>Choisissez un enfant pour voir ses étapes du développement.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="241"/>
        <source>The catalog has no milestones for this age: it covers young children up to 6 years and teenagers from 12 years on.</source>
        <translation>Le catalogue n’a pas d’étapes pour cet âge&#xa0;: il couvre les jeunes enfants jusqu’à 6 ans et les adolescents à partir de 12 ans.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="368"/>
        <source>Change the note of “%1”</source>
        <translation>Modifier la note de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="388"/>
        <source>Mark “%1” as %2</source>
        <translation>Marquer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MinorPanel</name>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="125"/>
        <source>For a young person who came alone: the procedure, the languages and school. Add the guardian and the lawyer on the Contacts page.</source>
        <translation>Pour un jeune arrivé seul : la procédure, les langues et l’école. Ajoutez le tuteur et l’avocat sur la page Contacts.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="131"/>
        <source>&amp;Legal status:</source>
        <translation>&amp;Statut de séjour :</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="132"/>
        <source>&amp;School:</source>
        <translation>&amp;École :</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="133"/>
        <source>&amp;Training:</source>
        <translation>&amp;Formation :</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="134"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="135"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="136"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="136"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="136"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="137"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="139"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="139"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="139"/>
        <source>Learning here</source>
        <translation>L’apprend ici</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="141"/>
        <source>Add &amp;step</source>
        <translation>Ajouter une é&amp;tape</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="142"/>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="143"/>
        <source>Add lan&amp;guage</source>
        <translation>Ajouter une &amp;langue</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="144"/>
        <source>Remove language</source>
        <translation>Retirer la langue</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="145"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="284"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ObservationPanel</name>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="147"/>
        <source>Choose a milestone in the list.</source>
        <translation>Choisissez une étape dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="167"/>
        <source>Age: %1</source>
        <translation>Âge&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="178"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/milestones_detail.py" line="185"/>
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… et %n plus ancienne</numerusform>
            <numerusform>… et %n plus anciennes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="187"/>
        <location filename="../app/ui/pages/milestones_detail.py" line="194"/>
        <source>Not observed yet.</source>
        <translation>Pas encore observé.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="190"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="210"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="211"/>
        <source>On record:</source>
        <translation>Noté à ce jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="216"/>
        <source>New s&amp;tatus:</source>
        <translation>Nouveau s&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="217"/>
        <source>&amp;Date observed:</source>
        <translation>Date d’o&amp;bservation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="218"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="219"/>
        <source>&amp;Record observation</source>
        <translation>En&amp;registrer l’observation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="220"/>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="221"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="222"/>
        <source>Date observed</source>
        <translation>Date d’observation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="223"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="224"/>
        <source>What did you see? (optional)</source>
        <translation>Qu’avez-vous vu&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="225"/>
        <source>Record observation</source>
        <translation>Enregistrer l’observation</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="513"/>
        <location filename="../app/ui/dialogs/care.py" line="526"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="516"/>
        <source>&amp;The appointment:</source>
        <translation>&amp;Le rendez-vous :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="517"/>
        <source>&amp;What came of it:</source>
        <translation>&amp;Ce qui en est sorti :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="518"/>
        <source>e.g. no cavities; next check-up in six months</source>
        <translation>p. ex. pas de carie ; prochain contrôle dans six mois</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="48"/>
        <source>entries</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="49"/>
        <source>days without a log</source>
        <translation>jours sans journal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="53"/>
        <source>held</source>
        <translation>ont eu lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="54"/>
        <source>cancelled</source>
        <translation>annulés</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="55"/>
        <source>no-show</source>
        <translation>absences sans prévenir</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="56"/>
        <source>planned</source>
        <translation>prévus</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="57"/>
        <source>reached</source>
        <translation>acquises</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="58"/>
        <source>emerging</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="59"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../app/ui/pages/overview.py" line="192"/>
        <source>&amp;Period:</source>
        <translation>Pér&amp;iode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="194"/>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="194"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="194"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="197"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="198"/>
        <location filename="../app/ui/pages/overview.py" line="199"/>
        <source>Where to look</source>
        <translation>Points d’attention</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="201"/>
        <source>Nothing stands out in the past %1 days.</source>
        <translation>Rien de particulier ces %1 derniers jours.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="214"/>
        <location filename="../app/ui/pages/overview.py" line="224"/>
        <source>Household overview</source>
        <translation>Vue d’ensemble du foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="219"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="223"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="242"/>
        <source>Daily log:</source>
        <translation>Journal du jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="243"/>
        <source>Incidents:</source>
        <translation>Incidents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="244"/>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="245"/>
        <source>Milestones:</source>
        <translation>Étapes du développement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="252"/>
        <source>The overview could not be read: %1</source>
        <translation>La vue d’ensemble n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="254"/>
        <source>Choose a household to see its overview.</source>
        <translation>Choisissez un foyer pour voir sa vue d’ensemble.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="256"/>
        <source>Reading the household&apos;s records…</source>
        <translation>Lecture des notes du foyer…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="258"/>
        <source>No children were placed in this household in this period.</source>
        <translation>Aucun enfant n’était placé dans ce foyer pendant cette période.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="284"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="278"/>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="279"/>
        <source>It locks the home book on this computer.</source>
        <translation>Elle verrouille le carnet de la maison sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="280"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="281"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="282"/>
        <source>Strength:</source>
        <translation>Solidité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="283"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="284"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="285"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="288"/>
        <source>Write it down and keep it somewhere safe. A forgotten passphrase cannot be recovered on this computer: without it the records here cannot be opened. What was synced stays safe at the central office.</source>
        <translation>Notez-la et gardez-la en lieu sûr. Une phrase secrète oubliée ne peut pas être récupérée sur cet ordinateur&#xa0;: sans elle, les données qui s’y trouvent ne peuvent pas être ouvertes. Ce qui a été synchronisé reste en sécurité au service central.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="293"/>
        <source>&amp;Remember on this computer (no passphrase at start)</source>
        <translation>&amp;Mémoriser sur cet ordinateur (pas de phrase secrète au démarrage)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="296"/>
        <source>The key is kept in this computer&apos;s secure keyring (%1).</source>
        <translation>La clé est conservée dans le trousseau de clés sécurisé de cet ordinateur (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="309"/>
        <source>too short</source>
        <translation>trop courte</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="310"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="311"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="312"/>
        <source>strong</source>
        <translation>solide</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/first_run_pages.py" line="322"/>
        <source>Use at least %n characters; a few words are easy to remember.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère&#xa0;; quelques mots sont faciles à retenir.</numerusform>
            <numerusform>Utilisez au moins %n caractères&#xa0;; quelques mots sont faciles à retenir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="327"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/services/profile.py" line="54"/>
        <source>There is already a profile in {path}.</source>
        <translation>Il existe déjà un profil dans {path}.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="66"/>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>Trop de phrases secrètes erronées. Réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="79"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La phrase secrète doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="133"/>
        <source>The central office has revoked this computer. Its records stay closed until they are erased (thuisboek erase) or the office lifts the revocation.</source>
        <translation>Le service central a révoqué cet ordinateur. Ses données restent fermées jusqu’à leur effacement (thuisboek erase) ou jusqu’à ce que le service lève la révocation.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="181"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="186"/>
        <source>&amp;Choose photo…</source>
        <translation>&amp;Choisir une photo…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="187"/>
        <source>Re&amp;move photo</source>
        <translation>&amp;Retirer la photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="188"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="190"/>
        <source>Each field is saved when you leave it or press Enter; Ctrl+Z undoes it.</source>
        <translation>Chaque champ est enregistré quand vous le quittez ou appuyez sur Entrée&#xa0;; Ctrl+Z annule.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="192"/>
        <source>Supervisors see the profile; the household keeps it up to date.</source>
        <translation>Les superviseurs voient le profil&#xa0;; le foyer le tient à jour.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="194"/>
        <source>C&amp;lose the placement…</source>
        <translation>C&amp;lôturer le placement…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="195"/>
        <source>Make the &amp;book…</source>
        <translation>Faire le &amp;livre…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="196"/>
        <source>&amp;Export for the young person…</source>
        <translation>&amp;Export pour le jeune…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="272"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="299"/>
        <source>The placement ended on {date}: {outcome}.</source>
        <translation>Le placement a pris fin le {date}&#xa0;: {outcome}.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="306"/>
        <source>The closing goes to the central office at the next sync.</source>
        <translation>La clôture part au service central à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/child_profile.py" line="309"/>
        <source>%n change(s) about this child still go to the central office first; then the child&apos;s records leave this laptop.</source>
        <translation>
            <numerusform>%n modification concernant cet enfant part d’abord au service central&#xa0;; ensuite les données de l’enfant quittent cet ordinateur.</numerusform>
            <numerusform>%n modifications concernant cet enfant partent d’abord au service central&#xa0;; ensuite les données de l’enfant quittent cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="317"/>
        <source>The child&apos;s records leave this laptop at the first sync after {when}; make the book before then.</source>
        <translation>Les données de l’enfant quittent cet ordinateur à la première synchronisation après le {when}&#xa0;; faites le livre avant.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="323"/>
        <source>The child&apos;s records leave this laptop at the next sync.</source>
        <translation>Les données de l’enfant quittent cet ordinateur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="366"/>
        <source>Change profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="393"/>
        <source>This file could not be read as a picture.</source>
        <translation>Ce fichier n’a pas pu être lu comme une image.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="396"/>
        <source>Change photo</source>
        <translation>Changer la photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="402"/>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="413"/>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="415"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="64"/>
        <source>Milestones achieved, by age</source>
        <translation>Étapes acquises, par âge</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="65"/>
        <source>Age in months</source>
        <translation>Âge en mois</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="66"/>
        <source>Achieved</source>
        <translation>Étapes acquises</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="68"/>
        <source>The chart shows how the milestones achieved add up, once the first is marked.</source>
        <translation>Le graphique montre comment les étapes acquises s’additionnent, dès que la première est notée.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="70"/>
        <source>Progress chart</source>
        <translation>Graphique des progrès</translation>
    </message>
</context>
<context>
    <name>QuestionsBanner</name>
    <message numerus="yes">
        <location filename="../app/ui/window/questions_banner.py" line="45"/>
        <source>Your supervisor asked %n question(s) that wait for your answer.</source>
        <translation>
            <numerusform>Votre superviseur vous a posé %n question qui attend votre réponse.</numerusform>
            <numerusform>Votre superviseur vous a posé %n questions qui attendent votre réponse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/questions_banner.py" line="48"/>
        <source>Ans&amp;wer now</source>
        <translation>Répondre &amp;maintenant</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../app/ui/models/questions.py" line="48"/>
        <source>open</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="48"/>
        <source>answered</source>
        <translation>réponse reçue</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="82"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="83"/>
        <source>Asked</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="84"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="85"/>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="86"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../app/ui/pages/questions.py" line="156"/>
        <location filename="../app/ui/pages/questions.py" line="177"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="168"/>
        <source>Your questions to this household, with their answers. Answered records come back in the review queue until you mark them as reviewed.</source>
        <translation>Vos questions à ce foyer, avec leurs réponses. Les éléments qui ont reçu une réponse reviennent dans «&#xa0;À relire&#xa0;» jusqu’à ce que vous les marquiez comme relus.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="173"/>
        <source>Questions from your supervisor about the records of this home. Your answer goes to the central office with the next sync.</source>
        <translation>Questions de votre superviseur sur les notes de ce foyer. Votre réponse sera transmise au service central à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="176"/>
        <source>Show &amp;answered questions too</source>
        <translation>Afficher a&amp;ussi les questions ayant une réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="178"/>
        <source>The question and the conversation about it</source>
        <translation>La question et l’échange à son sujet</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="179"/>
        <source>Your a&amp;nswer:</source>
        <translation>&amp;Votre réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="180"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="181"/>
        <source>Write your answer; Ctrl+Enter sends it.</source>
        <translation>Écrivez votre réponse&#xa0;; Ctrl+Enter l’envoie.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="182"/>
        <source>Sen&amp;d answer (Ctrl+Enter)</source>
        <translation>E&amp;nvoyer la réponse (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="278"/>
        <source>Choose a household on the left.</source>
        <translation>Choisissez un foyer à gauche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/questions.py" line="283"/>
        <source>%n question(s) still open.</source>
        <translation>
            <numerusform>%n question toujours sans réponse.</numerusform>
            <numerusform>%n questions toujours sans réponse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="285"/>
        <source>Every question has been answered.</source>
        <translation>Toutes les questions ont reçu une réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="287"/>
        <source>No questions asked in this household.</source>
        <translation>Aucune question posée à ce foyer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/questions.py" line="289"/>
        <source>%n question(s) wait for your answer.</source>
        <translation>
            <numerusform>%n question attend votre réponse.</numerusform>
            <numerusform>%n questions attendent votre réponse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="291"/>
        <source>No open questions: everything has been answered.</source>
        <translation>Aucune question en attente&#xa0;: tout a reçu une réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="336"/>
        <source>Choose a question to read it and the conversation.</source>
        <translation>Choisissez une question pour la lire, avec l’échange à son sujet.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="360"/>
        <source>Not answered yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="362"/>
        <source>Waiting for your answer.</source>
        <translation>En attente de votre réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="365"/>
        <source>Answered.</source>
        <translation>Réponse donnée.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="369"/>
        <source>About:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="374"/>
        <source>The conversation about this record</source>
        <translation>L’échange au sujet de cet élément</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="407"/>
        <source>Answer saved; it goes to your supervisor with the next sync.</source>
        <translation>Réponse enregistrée&#xa0;; elle sera transmise à votre superviseur à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>QueueDetail</name>
    <message>
        <location filename="../app/ui/pages/review_queue_detail.py" line="84"/>
        <source>The chosen record in full, with its reviews</source>
        <translation>L’élément choisi en entier, avec ses relectures</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_detail.py" line="124"/>
        <source>Reviews, questions and answers</source>
        <translation>Relectures, questions et réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_detail.py" line="133"/>
        <source>written by %1</source>
        <translation>écrit par %1</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../app/ui/models/timeline.py" line="148"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="149"/>
        <source>Milestone</source>
        <translation>Étape du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="150"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="151"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="152"/>
        <source>Handover</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="156"/>
        <source>Child profile</source>
        <translation>Profil de l’enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="157"/>
        <source>Relative</source>
        <translation>Proche</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="158"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="159"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="160"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="162"/>
        <source>Photo or document</source>
        <translation>Photo ou document</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="163"/>
        <source>Kept for the book</source>
        <translation>Gardé pour le livre</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="166"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="167"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="168"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="171"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="172"/>
        <source>Supervised visit</source>
        <translation>Visite encadrée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="173"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="174"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="175"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="178"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="179"/>
        <source>happened</source>
        <translation>a eu lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="180"/>
        <source>✕ cancelled</source>
        <translation>✕ annulé</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="181"/>
        <source>✕ no-show</source>
        <translation>✕ absent (sans prévenir)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="184"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="185"/>
        <source>emerging</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="186"/>
        <source>achieved</source>
        <translation>acquis</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="189"/>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="190"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="191"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="192"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="195"/>
        <source>on a log</source>
        <translation>sur un journal</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="196"/>
        <source>on a milestone</source>
        <translation>sur une étape du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="197"/>
        <source>on a contact</source>
        <translation>sur un contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="198"/>
        <source>on a review</source>
        <translation>sur une relecture</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="214"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="215"/>
        <source>Incident (%1 severity)</source>
        <translation>Incident (gravité %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="218"/>
        <source>Amendment (%1)</source>
        <translation>Correction (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="161"/>
        <source>Well-being check</source>
        <translation>Bilan de bien-être</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../app/services/records.py" line="69"/>
        <source>This record does not exist (any more).</source>
        <translation>Cet élément n’existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="105"/>
        <source>This record was deleted.</source>
        <translation>Cet élément a été supprimé.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="452"/>
        <location filename="../app/services/records.py" line="112"/>
        <location filename="../app/services/records.py" line="191"/>
        <location filename="../app/services/records.py" line="316"/>
        <source>Supervisors add reviews; they do not change the household&apos;s records.</source>
        <translation>Les superviseurs ajoutent des relectures&#xa0;; ils ne modifient pas les notes du foyer.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="122"/>
        <source>Only its author can change this review.</source>
        <translation>Seul son auteur peut modifier cette relecture.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="132"/>
        <source>Only its author can change this entry. Add an amendment with a reason.</source>
        <translation>Seul son auteur peut modifier cette note. Ajoutez une correction avec un motif.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="144"/>
        <source>This entry is kept as it was written (it was synced or is more than a day old). Add an amendment with a reason instead.</source>
        <translation>Cette note est conservée telle qu’elle a été écrite (elle a été synchronisée ou date de plus d’un jour). Ajoutez plutôt une correction avec un motif.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="218"/>
        <source>There is already a log of yours for this child on this day.</source>
        <translation>Vous avez déjà un journal pour cet enfant ce jour-là.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="289"/>
        <source>This deletion has been synced already and cannot be undone.</source>
        <translation>Cette suppression a déjà été synchronisée et ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="142"/>
        <location filename="../app/ui/dialogs/refused.py" line="149"/>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="144"/>
        <source>The central office did not accept these changes. They are kept on this computer, as they were written. Read the reason: once it has been put right, by the office or by correcting the record, send the change again. Nothing is deleted here.</source>
        <translation>Le service central n’a pas accepté ces modifications. Elles sont conservées sur cet ordinateur, telles qu’elles ont été écrites. Lisez le motif&#xa0;: une fois le problème réglé, par le service central ou en corrigeant l’élément, renvoyez la modification. Rien n’est supprimé ici.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="150"/>
        <source>The chosen change and the reason in full</source>
        <translation>La modification choisie et le motif complet</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="151"/>
        <source>&amp;Send again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="153"/>
        <source>Put the chosen changes back in the queue for the next sync (Ctrl+Enter)</source>
        <translation>Remettre les modifications choisies en file d’attente pour la prochaine synchronisation (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/refused.py" line="184"/>
        <source>%n change(s) refused.</source>
        <translation>
            <numerusform>%n modification refusée.</numerusform>
            <numerusform>%n modifications refusées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="186"/>
        <source>No refused changes: the central office accepted every change it received.</source>
        <translation>Aucune modification refusée&#xa0;: le service central a accepté toutes les modifications qu’il a reçues.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="270"/>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="271"/>
        <source>The central office&apos;s reason:</source>
        <translation>Motif du service central&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/refused.py" line="295"/>
        <source>%n change(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n modification sera renvoyée à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications seront renvoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <location filename="../app/ui/models/refused.py" line="60"/>
        <source>%1 (deletion)</source>
        <translation>%1 (suppression)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="62"/>
        <source>%1 (amendment)</source>
        <translation>%1 (correction)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="82"/>
        <source>Household: %1</source>
        <translation>Foyer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="86"/>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="115"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="116"/>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="117"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="118"/>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="150"/>
        <location filename="../app/ui/dialogs/relative.py" line="254"/>
        <source>Add relative</source>
        <translation>Ajouter un proche</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="150"/>
        <location filename="../app/ui/dialogs/relative.py" line="259"/>
        <source>Edit relative</source>
        <translation>Modifier le proche</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="155"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="156"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="157"/>
        <source>Family &amp;of:</source>
        <translation>Proche &amp;de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="158"/>
        <source>&amp;Lives:</source>
        <translation>Lieu de &amp;vie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="159"/>
        <source>&amp;Agreed contact:</source>
        <translation>Contact &amp;convenu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="160"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="161"/>
        <source>Not&amp;es:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="162"/>
        <source>Placed &amp;together with the child</source>
        <translation>Placé(e) &amp;avec l’enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="163"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="164"/>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="165"/>
        <source>Children this person is family of</source>
        <translation>Enfants dont cette personne est un proche</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="166"/>
        <source>Where this person lives</source>
        <translation>Où vit cette personne</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="167"/>
        <source>e.g. with her grandmother in Ghent</source>
        <translation>par ex. chez sa grand-mère à Gand</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="168"/>
        <source>Placed together</source>
        <translation>Placé(e) ensemble</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="169"/>
        <source>Agreed contact arrangement</source>
        <translation>Modalités de contact convenues</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="171"/>
        <source>e.g. every other Wednesday, two hours, supervised at the visiting centre</source>
        <translation>par ex. un mercredi sur deux, deux heures, en visite encadrée à l’espace-rencontre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="173"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="174"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="238"/>
        <source>Throw away this relative?</source>
        <translation>Abandonner ce proche&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="239"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>Ce que vous avez écrit ici n’est pas enregistré. L’abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Relatives</name>
    <message>
        <location filename="../app/ui/models/relatives.py" line="25"/>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="26"/>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="27"/>
        <source>Sibling</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="28"/>
        <source>Half-sibling</source>
        <translation>Demi-frère ou demi-sœur</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="29"/>
        <source>Grandparent</source>
        <translation>Grand-parent</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="30"/>
        <source>Aunt or uncle</source>
        <translation>Tante ou oncle</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="31"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="32"/>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="33"/>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
</context>
<context>
    <name>RelativesModel</name>
    <message>
        <location filename="../app/ui/models/relatives.py" line="87"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="88"/>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="89"/>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="90"/>
        <source>Next planned</source>
        <translation>Prochain prévu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="91"/>
        <location filename="../app/ui/models/relatives.py" line="154"/>
        <source>Agreed contact</source>
        <translation>Contact convenu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="92"/>
        <location filename="../app/ui/models/relatives.py" line="156"/>
        <source>Lives</source>
        <translation>Lieu de vie</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="110"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="134"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="142"/>
        <source>Placed together</source>
        <translation>Placé(e) ensemble</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="155"/>
        <source>Contacts so far</source>
        <translation>Contacts jusqu’ici</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="157"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="158"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="165"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="167"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="168"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="171"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n a eu lieu</numerusform>
            <numerusform>%n ont eu lieu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="173"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="175"/>
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n absence sans prévenir</numerusform>
            <numerusform>%n absences sans prévenir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/services/report/errors.py" line="22"/>
        <source>No child in this profile is called or has the id “{child}”.</source>
        <translation>Aucun enfant de ce profil ne s’appelle «&#xa0;{child}&#xa0;» ni n’a cet identifiant.</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="33"/>
        <source>“{child}” could be more than one child: {matches}. Give the child&apos;s id.</source>
        <translation>«&#xa0;{child}&#xa0;» peut désigner plus d’un enfant&#xa0;: {matches}. Indiquez l’identifiant de l’enfant.</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="44"/>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>La date de début ({start}) est postérieure à la date de fin ({end}).</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="53"/>
        <source>A report can be written in nl, fr or en, not “{lang}”.</source>
        <translation>Un rapport peut être rédigé en nl, fr ou en, pas en «&#xa0;{lang}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="61"/>
        <source>The report cannot be written to {path}: {reason}.</source>
        <translation>Le rapport ne peut pas être écrit à l’emplacement {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../app/services/report/__init__.py" line="80"/>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location filename="../app/services/report/__init__.py" line="82"/>
        <location filename="../app/services/young_export/__init__.py" line="157"/>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <location filename="../app/services/young_export/__init__.py" line="46"/>
        <source>The export cannot be written to {path}: {reason}.</source>
        <translation>L’export ne peut pas être écrit dans {path}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="256"/>
        <source>Period report</source>
        <translation>Rapport sur une période</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="257"/>
        <source>&amp;Child:</source>
        <translation>&amp;Enfant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="258"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="259"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="260"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="261"/>
        <source>&amp;Save to:</source>
        <translation>En&amp;registrer dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="262"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="263"/>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="264"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="265"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="266"/>
        <source>First day of the report</source>
        <translation>Premier jour du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="267"/>
        <source>Last day of the report</source>
        <translation>Dernier jour du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="268"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="269"/>
        <source>File of the report</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="270"/>
        <source>Progress of the report</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="290"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="290"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="294"/>
        <source>Reading the children…</source>
        <translation>Chargement des enfants…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="296"/>
        <source>No child was placed in this period</source>
        <translation>Aucun enfant placé pendant cette période</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="310"/>
        <source>The period starts after it ends.</source>
        <translation>La date de début est postérieure à la date de fin.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="312"/>
        <source>Writing the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="314"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="316"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Le rapport a été annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="526"/>
        <source>The report was not made: something went wrong (%1).</source>
        <translation>Le rapport n’a pas été créé&#xa0;: un problème est survenu (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/report.py" line="321"/>
        <source>The report is saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>Le rapport est enregistré sous %1 (%n page).</numerusform>
            <numerusform>Le rapport est enregistré sous %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="325"/>
        <source>Some letters may not print: %1</source>
        <translation>Certains caractères risquent de ne pas s’imprimer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="377"/>
        <source>The children could not be read: %1</source>
        <translation>La liste des enfants n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="413"/>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="415"/>
        <source>Report %1 %2 to %3.pdf</source>
        <translation>Rapport %1 du %2 au %3.pdf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="436"/>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="436"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="471"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="472"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../app/services/review.py" line="567"/>
        <source>These marks were sent to the central office already; they can no longer be undone.</source>
        <translation>Ces marques ont déjà été envoyées au bureau central ; elles ne peuvent plus être annulées.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="609"/>
        <source>Questions are answered by the household.</source>
        <translation>C’est le foyer qui répond aux questions.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="670"/>
        <source>Only supervisors review records.</source>
        <translation>Seuls les superviseurs relisent les notes.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="678"/>
        <source>This household is not one of yours.</source>
        <translation>Ce foyer ne fait pas partie de ceux que vous suivez.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="90"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="94"/>
        <source>Contact did not happen</source>
        <translation>Contact qui n’a pas eu lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="95"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="101"/>
        <source>Answer received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="103"/>
        <source>Question open</source>
        <translation>Question en attente</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="105"/>
        <source>Amendment</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="142"/>
        <source>Written by someone this computer does not know</source>
        <translation>Écrit par quelqu&apos;un que cet ordinateur ne connaît pas</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="169"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="170"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="171"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="172"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="173"/>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="195"/>
        <source>Review queue</source>
        <translation>À relire</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="205"/>
        <source>Records to review</source>
        <translation>Éléments à relire</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="207"/>
        <source>Space or Enter</source>
        <translation>Espace ou Entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="208"/>
        <source>Ask a &amp;question…</source>
        <translation>Poser une &amp;question…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="210"/>
        <source>Ask for a follow-&amp;up…</source>
        <translation>Demander un &amp;suivi…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="206"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Marquer comme relu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="214"/>
        <source>Space or Enter: mark the selected as reviewed · Shift+↑↓: select more · Q: question · F: follow-up</source>
        <translation>Espace ou Entrée&#xa0;: marquer la sélection comme relue · Maj+↑↓&#xa0;: sélectionner davantage · Q&#xa0;: question · F&#xa0;: suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="218"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="220"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="221"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="222"/>
        <source>The last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="223"/>
        <source>Older than 30 days</source>
        <translation>Plus de 30 jours</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="227"/>
        <source>Mark all &amp;before…</source>
        <translation>Tout marquer &amp;avant…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="229"/>
        <source>Mark every record before a day as reviewed, in one step (undo: Ctrl+Z)</source>
        <translation>Marquer comme relu tout ce qui précède un jour, en une fois (annuler : Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="357"/>
        <source>Choose a household on the left.</source>
        <translation>Choisissez un foyer à gauche.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="359"/>
        <source>Reading the queue…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="361"/>
        <source>Everything in this household has been reviewed.</source>
        <translation>Tout a été relu dans ce foyer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="364"/>
        <source>%n record(s) to review: incidents first, then contacts that did not happen, then the rest; each the newest first.</source>
        <translation>
            <numerusform>%n élément à relire : d&apos;abord les incidents, puis les contacts qui n&apos;ont pas eu lieu, puis le reste ; chaque fois le plus récent d&apos;abord.</numerusform>
            <numerusform>%n éléments à relire : d&apos;abord les incidents, puis les contacts qui n&apos;ont pas eu lieu, puis le reste ; chaque fois le plus récent d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="516"/>
        <source>Nothing waits for review before %1.</source>
        <translation>Rien n&apos;attend d&apos;être relu avant le %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="520"/>
        <source>Mark the backlog as reviewed</source>
        <translation>Marquer l&apos;arriéré comme relu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="522"/>
        <source>Mark %n record(s) dated before %1 as reviewed? This is kept in this computer&apos;s audit log. You can undo it (Ctrl+Z) until the next sync.</source>
        <translation>
            <numerusform>Marquer comme relu %n élément daté d&apos;avant le %1 ? C&apos;est noté dans le journal d&apos;audit de cet ordinateur. Vous pouvez l&apos;annuler (Ctrl+Z) jusqu&apos;à la prochaine synchronisation.</numerusform>
            <numerusform>Marquer comme relus %n éléments datés d&apos;avant le %1 ? C&apos;est noté dans le journal d&apos;audit de cet ordinateur. Vous pouvez l&apos;annuler (Ctrl+Z) jusqu&apos;à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="536"/>
        <source>Mark %n record(s) as reviewed</source>
        <translation>
            <numerusform>Marquer %n élément comme relu</numerusform>
            <numerusform>Marquer %n éléments comme relus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="547"/>
        <source>%n record(s) marked as reviewed; Ctrl+Z undoes it until the next sync.</source>
        <translation>
            <numerusform>%n élément marqué comme relu ; Ctrl+Z l&apos;annule jusqu&apos;à la prochaine synchronisation.</numerusform>
            <numerusform>%n éléments marqués comme relus ; Ctrl+Z l&apos;annule jusqu&apos;à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="441"/>
        <source>%n entry(ies) marked as reviewed</source>
        <translation>
            <numerusform>%n note marquée comme relue</numerusform>
            <numerusform>%n notes marquées comme relues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokedBox</name>
    <message>
        <location filename="../app/ui/application.py" line="212"/>
        <source>This computer was revoked</source>
        <translation>Cet ordinateur a été révoqué</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="213"/>
        <source>The central office has revoked this computer. The home book is locked.</source>
        <translation>Le bureau central a révoqué cet ordinateur. Le carnet est verrouillé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/application.py" line="216"/>
        <source>%n change(s) made here have not reached the central office: erasing loses them.</source>
        <translation>
            <numerusform>%n modification faite ici n&apos;a pas atteint le bureau central : effacer la fait perdre.</numerusform>
            <numerusform>%n modifications faites ici n&apos;ont pas atteint le bureau central : effacer les fait perdre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="221"/>
        <source>Call the central office before you erase anything. Erase the records kept on this computer now?</source>
        <translation>Appelez le bureau central avant d&apos;effacer quoi que ce soit. Effacer maintenant les données gardées sur cet ordinateur ?</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="226"/>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="227"/>
        <source>&amp;Keep and lock</source>
        <translation>&amp;Garder et verrouiller</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="161"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="162"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="163"/>
        <source>&amp;Lock after (minutes without use):</source>
        <translation>&amp;Verrouiller après (minutes sans utilisation)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="170"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="171"/>
        <source>Minutes before the automatic lock</source>
        <translation>Minutes avant le verrouillage automatique</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="172"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="173"/>
        <source>&amp;Remember the key on this computer</source>
        <translation>&amp;Mémoriser la clé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="189"/>
        <source>Kept in this computer&apos;s secure keyring (%1).</source>
        <translation>Conservée dans le trousseau de clés sécurisé de cet ordinateur (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="175"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="164"/>
        <source>Text si&amp;ze:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="165"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="165"/>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="165"/>
        <source>Largest</source>
        <translation>Très grand</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="167"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="168"/>
        <source>&amp;High contrast (black on white)</source>
        <translation>Contraste é&amp;levé (noir sur blanc)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="169"/>
        <source>Thuisboek version:</source>
        <translation>Version de Thuisboek&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="176"/>
        <source>Central office</source>
        <translation>Service central</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="177"/>
        <source>Server address:</source>
        <translation>Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="178"/>
        <source>This computer&apos;s id:</source>
        <translation>Identifiant de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="179"/>
        <source>Last successful sync:</source>
        <translation>Dernière synchronisation réussie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="180"/>
        <source>C&amp;onnect…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="186"/>
        <source>Looking for this computer&apos;s keyring…</source>
        <translation>Recherche du trousseau de clés de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="203"/>
        <source>This computer is not connected to a central office: the home book stays on this computer. Connect it with the enrolment code the central office gives you.</source>
        <translation>Cet ordinateur n’est pas connecté à un service central&#xa0;: le carnet de la maison reste sur cet ordinateur. Connectez-le avec le code d’inscription que le service central vous donne.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="210"/>
        <source>The central office has revoked this computer: it no longer syncs.</source>
        <translation>Le service central a révoqué cet ordinateur&#xa0;: il ne se synchronise plus.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="214"/>
        <source>This computer is connected to the central office and syncs with it.</source>
        <translation>Cet ordinateur est connecté au service central et se synchronise avec lui.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="228"/>
        <source>This version (%1) is too old for the central office, which needs Thuisboek %2 or newer: it does not sync until it is updated. Your changes wait on this computer.</source>
        <translation>Cette version (%1) est trop ancienne pour le service central, qui demande Thuisboek %2 ou plus récent&#xa0;: elle ne se synchronise plus avant d’être mise à jour. Vos modifications attendent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="237"/>
        <source>The central office recommends Thuisboek %1 or newer (this is %2). This version keeps working; ask for the update.</source>
        <translation>Le service central recommande Thuisboek %1 ou plus récent (celui-ci est en %2). Cette version continue de fonctionner&#xa0;; demandez la mise à jour.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="250"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="265"/>
        <source>This computer is now connected to the central office.</source>
        <translation>Cet ordinateur est maintenant connecté au service central.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="291"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="296"/>
        <source>Your passphrase, to confirm:</source>
        <translation>Votre phrase secrète, pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="318"/>
        <source>This computer now remembers the key.</source>
        <translation>Cet ordinateur mémorise désormais la clé.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="320"/>
        <source>This computer no longer remembers the key.</source>
        <translation>Cet ordinateur ne mémorise plus la clé.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="332"/>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/settings.py" line="336"/>
        <source>New passphrase (at least %n characters):</source>
        <translation>
            <numerusform>Nouvelle phrase secrète (au moins %n caractère)&#xa0;:</numerusform>
            <numerusform>Nouvelle phrase secrète (au moins %n caractères)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="340"/>
        <source>New passphrase again:</source>
        <translation>Nouvelle phrase secrète (confirmation)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="342"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes sont différentes&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="346"/>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="358"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
</context>
<context>
    <name>SignalsModel</name>
    <message>
        <location filename="../app/ui/pages/overview_signals.py" line="135"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="141"/>
        <source>%1: %n incident(s) in the past %2 days, the last on %3.</source>
        <translation>
            <numerusform>%1&#xa0;: %n incident ces %2 derniers jours, le %3.</numerusform>
            <numerusform>%1&#xa0;: %n incidents ces %2 derniers jours, le dernier le %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_signals.py" line="147"/>
        <source>Most serious: %1.</source>
        <translation>Gravité maximale&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="151"/>
        <source>%1: no daily log on %n of the past %2 days.</source>
        <translation>
            <numerusform>%1&#xa0;: pas de journal du jour pendant %n des %2 derniers jours.</numerusform>
            <numerusform>%1&#xa0;: pas de journal du jour pendant %n des %2 derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="155"/>
        <source>%1: the last %n contacts with %2 did not take place (cancelled or no-show).</source>
        <translation>
            <numerusform>%1&#xa0;: le dernier contact avec %2 n’a pas eu lieu (annulé ou absence sans prévenir).</numerusform>
            <numerusform>%1&#xa0;: les %n derniers contacts avec %2 n’ont pas eu lieu (annulés ou absences sans prévenir).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_signals.py" line="160"/>
        <source>%1: no contact on record with %2 (placed apart).</source>
        <translation>%1&#xa0;: aucun contact noté avec %2 (placés séparément).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="164"/>
        <source>%1: not seen %2 (placed apart) for %n day(s).</source>
        <translation>
            <numerusform>%1&#xa0;: pas vu %2 (placés séparément) depuis %n jour.</numerusform>
            <numerusform>%1&#xa0;: pas vu %2 (placés séparément) depuis %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SinceDialog</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="216"/>
        <source>Since you were last here</source>
        <translation>Depuis votre dernier passage</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="220"/>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="220"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="220"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="221"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="234"/>
        <source>Nothing new from others since you were last here.</source>
        <translation>Rien de neuf des autres depuis votre dernier passage.</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="246"/>
        <source>Handover (%1)</source>
        <translation>Transmission (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="248"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="248"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="250"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="251"/>
        <source>Well-being check</source>
        <translation>Bilan de bien-être</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="135"/>
        <source>How will you use Thuisboek?</source>
        <translation>Comment allez-vous utiliser Thuisboek&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="138"/>
        <source>Thuisboek works without a connection. Connected to the central office, it syncs your household&apos;s records whenever there is a network.</source>
        <translation>Thuisboek fonctionne sans connexion. Connecté au service central, il synchronise les données de votre foyer dès qu’un réseau est disponible.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="142"/>
        <source>&amp;Connect with the central office now</source>
        <translation>Se connecter &amp;maintenant au service central</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="145"/>
        <source>Type the server address and the one-time enrolment code the central office gave you for this computer. Your name and your household come from the central office.</source>
        <translation>Saisissez l’adresse du serveur et le code d’inscription à usage unique que le service central vous a donné pour cet ordinateur. Votre nom et votre foyer viennent du service central.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="150"/>
        <source>Start on this computer &amp;only, and connect later</source>
        <translation>Commencer &amp;uniquement sur cet ordinateur, et se connecter plus tard</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="153"/>
        <source>Everything stays on this computer. Connect it later from the settings: what you wrote until then goes along.</source>
        <translation>Tout reste sur cet ordinateur. Connectez-le plus tard depuis les paramètres&#xa0;: ce que vous aurez écrit d’ici là suivra.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="338"/>
        <source>Status of the goal</source>
        <translation>État de l’objectif</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="341"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="342"/>
        <source>&amp;Why, in a few words:</source>
        <translation>&amp;Pourquoi, en quelques mots :</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../app/storage/errors.py" line="21"/>
        <source>The database file {path} is missing.</source>
        <translation>Le fichier de base de données {path} est introuvable.</translation>
    </message>
    <message>
        <location filename="../app/storage/errors.py" line="32"/>
        <source>The database file {path} is truncated ({size} bytes): part of it is missing. Restore it from a backup; the file was left as it is.</source>
        <translation>Le fichier de base de données {path} est tronqué ({size} octets)&#xa0;: une partie manque. Restaurez-le à partir d’une sauvegarde&#xa0;; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../app/storage/errors.py" line="47"/>
        <source>The database file {path} is damaged or was changed outside Thuisboek ({detail}). Restore it from a backup; the file was left as it is.</source>
        <translation>Le fichier de base de données {path} est endommagé ou a été modifié en dehors de Thuisboek ({detail}). Restaurez-le à partir d’une sauvegarde&#xa0;; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../app/storage/errors.py" line="62"/>
        <source>The file {path} is not a Thuisboek database of this profile; it was left as it is.</source>
        <translation>Le fichier {path} n’est pas une base de données Thuisboek de ce profil&#xa0;; il a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <location filename="../app/services/story.py" line="101"/>
        <source>Only a day&apos;s moments, a milestone, a contact or a photo can be kept for the book.</source>
        <translation>Seuls les moments d’une journée, une étape, un contact ou une photo peuvent être gardés pour le livre.</translation>
    </message>
    <message>
        <location filename="../app/services/story.py" line="112"/>
        <source>An incident is not kept for the book; keep a moment instead.</source>
        <translation>Un incident n’est pas gardé pour le livre&#xa0;; gardez plutôt un moment.</translation>
    </message>
</context>
<context>
    <name>SupervisorTimelinePage</name>
    <message>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="92"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="100"/>
        <source>&amp;Whose story:</source>
        <translation>&amp;Histoire de :</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="102"/>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="144"/>
        <source>The whole household</source>
        <translation>Tout le foyer</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../app/sync/engine.py" line="102"/>
        <source>The central office holds {server} records of this household where this computer holds {local}. Nothing was removed; confirm to continue.</source>
        <translation>Le service central détient {server} éléments de ce foyer alors que cet ordinateur en détient {local}. Rien n’a été retiré&#xa0;; confirmez pour continuer.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="145"/>
        <source>The central office cannot be reached.</source>
        <translation>Le service central est injoignable.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="175"/>
        <source>The central office had a problem (HTTP {status}). Nothing is lost: your changes wait here and are sent later.</source>
        <translation>Le service central a rencontré un problème (HTTP {status}). Rien n’est perdu&#xa0;: vos modifications attendent ici et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="191"/>
        <source>The address {url} is not secure: use https:// (http:// only for this computer).</source>
        <translation>L’adresse {url} n’est pas sécurisée&#xa0;: utilisez https:// (http:// uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="208"/>
        <source>This computer does not trust the central office&apos;s certificate. Nothing was sent. Ask the office to install its certificate authority on this computer, or check the address.</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat du service central. Rien n’a été envoyé. Demandez au service d’installer son autorité de certification sur cet ordinateur, ou vérifiez l’adresse.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="244"/>
        <source>This Thuisboek ({version}) is too old for the central office, which needs version {minimum} or newer. Nothing was sent; your changes wait here. Install the new version, then sync again.</source>
        <translation>Ce Thuisboek ({version}) est trop ancien pour le service central, qui demande la version {minimum} ou plus récente. Rien n’a été envoyé&#xa0;; vos modifications attendent ici. Installez la nouvelle version, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="262"/>
        <source>The central office has revoked this computer. The records on it are locked; you can erase them.</source>
        <translation>Le service central a révoqué cet ordinateur. Les données qui s’y trouvent sont verrouillées&#xa0;; vous pouvez les effacer.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="276"/>
        <source>The central office does not recognise this computer. Enrol it again.</source>
        <translation>Le service central ne reconnaît pas cet ordinateur. Inscrivez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="288"/>
        <source>The enrolment code is not valid (mistyped, used already, or expired).</source>
        <translation>Le code d’inscription n’est pas valable (faute de frappe, déjà utilisé ou expiré).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="301"/>
        <source>The central office was restored from a backup.</source>
        <translation>Le service central a été restauré à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="311"/>
        <source>The central office refused the request ({status} {code}).</source>
        <translation>Le service central a refusé la demande ({status} {code}).</translation>
    </message>
    <message>
        <location filename="../app/sync/enroll.py" line="127"/>
        <source>This enrolment code is for someone else. Nothing was changed: ask the central office for a code for the person of this profile.</source>
        <translation>Ce code d’inscription est destiné à une autre personne. Rien n’a été modifié&#xa0;: demandez au service central un code pour la personne de ce profil.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="158"/>
        <source>The central office is refusing too many attempts; trying again at {time}.</source>
        <translation>Le service central refuse trop de tentatives&#xa0;; nouvel essai à {time}.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="31"/>
        <source>Working offline (not connected to a central office)</source>
        <translation>Travail hors ligne (pas connecté à un service central)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="35"/>
        <source>Syncing %1 of %2…</source>
        <translation>Synchronisation %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="39"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="41"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="43"/>
        <source>This computer was revoked by the central office</source>
        <translation>Cet ordinateur a été révoqué par le service central</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="45"/>
        <source>Sync held: confirm before records are removed</source>
        <translation>Synchronisation suspendue&#xa0;: confirmez avant que des données soient retirées</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="47"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="51"/>
        <source>Sync stopped: the central office needs Thuisboek %1 or newer</source>
        <translation>Synchronisation arrêtée&#xa0;: le service central demande Thuisboek %1 ou plus récent</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="58"/>
        <source>synced at %1</source>
        <translation>synchronisé à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="61"/>
        <source>update recommended: Thuisboek %1</source>
        <translation>mise à jour recommandée&#xa0;: Thuisboek %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="65"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="67"/>
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflit à examiner</numerusform>
            <numerusform>%n conflits à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="70"/>
        <source>%n change(s) refused by the central office</source>
        <translation>
            <numerusform>%n modification refusée par le service central</numerusform>
            <numerusform>%n modifications refusées par le service central</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="78"/>
        <source>Everything is kept, encrypted, on this computer. Once connected to a central office, what was written here is sent there too.</source>
        <translation>Tout est conservé, chiffré, sur cet ordinateur. Une fois connecté à un service central, ce qui a été écrit ici y est aussi envoyé.</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <location filename="../app/ui/widgets/review_thread.py" line="22"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_thread.py" line="24"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
</context>
<context>
    <name>TimelineDetail</name>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="146"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="147"/>
        <source>Delete this entry</source>
        <translation>Supprimer cette note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="148"/>
        <source>The chosen record in full</source>
        <translation>L’élément choisi en entier</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="204"/>
        <source>This record could not be read.</source>
        <translation>Cet élément n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="220"/>
        <source>Choose an entry to read it in full.</source>
        <translation>Choisissez une note pour la lire en entier.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="243"/>
        <source>This is an amendment of the entry of %1.</source>
        <translation>Ceci est une correction de la note du %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="244"/>
        <source>Show the original</source>
        <translation>Afficher l’original</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="247"/>
        <source>This is an amendment of an entry this computer does not hold.</source>
        <translation>Ceci est une correction d’une note que cet ordinateur ne détient pas.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="251"/>
        <source>About:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="260"/>
        <source>Reason for the amendment</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="264"/>
        <source>Amendments</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="270"/>
        <source>Reviews</source>
        <translation>Relectures</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="278"/>
        <source>Conflicts settled</source>
        <translation>Conflits réglés</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="280"/>
        <source>Two computers changed this record at the same time; settled.</source>
        <translation>Deux ordinateurs ont modifié ceci en même temps ; réglé.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="294"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="318"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="318"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="323"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="340"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="324"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="325"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="326"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="327"/>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="328"/>
        <source>Eating</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="329"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="330"/>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="331"/>
        <source>School or daycare</source>
        <translation>École ou crèche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="332"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="333"/>
        <source>Notable moments</source>
        <translation>Moments marquants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="334"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="351"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="341"/>
        <source>Relatives</source>
        <translation>Proches</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="342"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="343"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="357"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="344"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline_detail.py" line="344"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="345"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="346"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="347"/>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="348"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="349"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="350"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="355"/>
        <source>Observed on</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="356"/>
        <source>Milestone</source>
        <translation>Étape du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="358"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="362"/>
        <source>Mark</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="363"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="375"/>
        <source>written by you</source>
        <translation>écrit par vous</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="376"/>
        <source>written by someone else</source>
        <translation>écrit par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="382"/>
        <source>Written %1</source>
        <translation>Écrit le %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="385"/>
        <source>waiting to sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="388"/>
        <source>refused by the central office: %1</source>
        <translation>refusé par le service central&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="391"/>
        <source>synced</source>
        <translation>synchronisé</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="170"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="172"/>
        <source>&amp;Logs</source>
        <translation>&amp;Journaux</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="172"/>
        <source>Show daily logs</source>
        <translation>Afficher les journaux du jour</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="173"/>
        <source>&amp;Milestones</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="173"/>
        <source>Show milestones</source>
        <translation>Afficher les étapes du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="174"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="174"/>
        <source>Show contact notes</source>
        <translation>Afficher les comptes rendus de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="175"/>
        <source>&amp;Reviews</source>
        <translation>&amp;Relectures</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="175"/>
        <source>Show reviews</source>
        <translation>Afficher les relectures</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="176"/>
        <source>&amp;Handovers</source>
        <translation>&amp;Transmissions</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="176"/>
        <source>Show handover notes</source>
        <translation>Afficher les transmissions</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="184"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="185"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="186"/>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="187"/>
        <source>Between dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="190"/>
        <source>&amp;Period:</source>
        <translation>Pér&amp;iode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="191"/>
        <source>Written b&amp;y:</source>
        <translation>Écrit pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="192"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="193"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="194"/>
        <source>Fr&amp;om:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="195"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="196"/>
        <source>&amp;To:</source>
        <translation>Jus&amp;qu’au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="197"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="198"/>
        <source>Search the records… (Ctrl+F)</source>
        <translation>Rechercher dans les notes… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="199"/>
        <source>Search the records</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="201"/>
        <source>Finds entries holding all the words (or words starting with them).</source>
        <translation>Trouve les notes qui contiennent tous les mots (ou des mots qui commencent par eux).</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../app/ui/models/timeline.py" line="669"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="670"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="671"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="672"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="141"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="147"/>
        <source>Records, newest first</source>
        <translation>Notes, les plus récentes d’abord</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="148"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="149"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline.py" line="357"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="359"/>
        <source>Choose at least one kind of record to show.</source>
        <translation>Choisissez au moins un type de note à afficher.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="361"/>
        <source>Nothing recorded in this period.</source>
        <translation>Rien n’a été noté pendant cette période.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline.py" line="439"/>
        <source>%n result(s) among the most recent matches; add a word to narrow it.</source>
        <translation>
            <numerusform>%n résultat parmi les correspondances les plus récentes&#xa0;; ajoutez un mot pour affiner.</numerusform>
            <numerusform>%n résultats parmi les correspondances les plus récentes&#xa0;; ajoutez un mot pour affiner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="486"/>
        <source>This entry cannot be deleted. %1</source>
        <translation>Cette note ne peut pas être supprimée. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="492"/>
        <source>Delete %1 of %2</source>
        <translation>Supprimer&#xa0;: %1 du %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="500"/>
        <source>Entry deleted. %1 brings it back.</source>
        <translation>Note supprimée. %1 la rétablit.</translation>
    </message>
</context>
<context>
    <name>TodayDoses</name>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="386"/>
        <source>Doses to give today</source>
        <translation>Doses à donner aujourd’hui</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../app/ui/pages/today.py" line="93"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="171"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="173"/>
        <source>Save the log (%1); %2 saves and goes to the next child without a log</source>
        <translation>Enregistrer le journal (%1)&#xa0;; %2 enregistre et passe à l’enfant suivant sans journal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="179"/>
        <source>Save the log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="180"/>
        <source>Save the log and go to the next child</source>
        <translation>Enregistrer le journal et passer à l’enfant suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="181"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="182"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="183"/>
        <source>Back to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="351"/>
        <source>Your unsaved draft of this day is kept: add it as an amendment, or discard it.</source>
        <translation>Votre brouillon non enregistré de ce jour est conservé&#xa0;: ajoutez-le comme correction, ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="356"/>
        <source>Restored your unsaved draft. It is not saved yet: press Save (Ctrl+S) to keep it, or discard it.</source>
        <translation>Votre brouillon non enregistré a été restauré. Il n’est pas encore enregistré&#xa0;: appuyez sur Enregistrer (Ctrl+S) pour le garder, ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="376"/>
        <source>Something went wrong (%1).</source>
        <translation>Un problème est survenu (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="426"/>
        <source>Not saved yet · draft kept at %1</source>
        <translation>Pas encore enregistré · brouillon conservé à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="440"/>
        <source>Discard the draft of %1</source>
        <translation>Supprimer le brouillon de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="447"/>
        <source>Draft discarded. Edit › Undo brings it back.</source>
        <translation>Brouillon supprimé. Édition › Annuler le rétablit.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="456"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="487"/>
        <source>Nothing is written yet: choose a mood or write a few words first.</source>
        <translation>Rien n’est encore écrit&#xa0;: choisissez d’abord une humeur ou écrivez quelques mots.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="493"/>
        <source>No changes to save.</source>
        <translation>Aucune modification à enregistrer.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="499"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="501"/>
        <source>Save the log of %1</source>
        <translation>Enregistrer le journal de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="533"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="551"/>
        <source>The log was not saved: please look at the marked fields.</source>
        <translation>Le journal n’a pas été enregistré&#xa0;: veuillez vérifier les champs signalés.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="556"/>
        <source>Your text is kept as a draft.</source>
        <translation>Votre texte est conservé comme brouillon.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="573"/>
        <source>another caregiver</source>
        <translation>un autre accueillant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="586"/>
        <source>Amend the log of %1</source>
        <translation>Corriger le journal de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="588"/>
        <source>Amendment added at %1</source>
        <translation>Correction ajoutée à %1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../app/ui/unlock.py" line="121"/>
        <source>Thuisboek — locked</source>
        <translation>Thuisboek — verrouillé</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="122"/>
        <source>Thuisboek is locked</source>
        <translation>Thuisboek est verrouillé</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="123"/>
        <source>Enter your passphrase to open the home book.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir le carnet de la maison.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="125"/>
        <source>This computer was revoked</source>
        <translation>Cet ordinateur a été révoqué</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="128"/>
        <source>The central office has revoked this computer: it no longer syncs, and changes made here do not reach the office. Call the central office. You can still open the home book to read it.</source>
        <translation>Le bureau central a révoqué cet ordinateur : il ne se synchronise plus et les modifications faites ici n&apos;atteignent pas le bureau. Appelez le bureau central. Vous pouvez encore ouvrir le carnet pour le lire.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="133"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="134"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="135"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="136"/>
        <source>&amp;Who are you?</source>
        <translation>&amp;Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="137"/>
        <source>People on this computer</source>
        <translation>Personnes sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="138"/>
        <source>&amp;Another person…</source>
        <translation>Une &amp;autre personne…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/unlock.py" line="176"/>
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de phrases secrètes erronées. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop de phrases secrètes erronées. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="185"/>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="192"/>
        <source>Please enter your passphrase.</source>
        <translation>Veuillez saisir votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="195"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="214"/>
        <source>The home book could not be opened (%1).</source>
        <translation>Le carnet de la maison n’a pas pu être ouvert (%1).</translation>
    </message>
</context>
<context>
    <name>UpcomingAppointments</name>
    <message>
        <location filename="../app/ui/window/upcoming.py" line="60"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/window/upcoming.py" line="61"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../app/ui/window/upcoming.py" line="69"/>
        <source>Today&apos;s and tomorrow&apos;s appointments</source>
        <translation>Rendez-vous d’aujourd’hui et de demain</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/domain/records.py" line="525"/>
        <location filename="../app/domain/validation.py" line="27"/>
        <source>This text is too long ({length} characters; at most {limit}).</source>
        <translation>Ce texte est trop long ({length} caractères&#xa0;; {limit} au maximum).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="104"/>
        <source>An amendment needs a reason.</source>
        <translation>Une correction doit avoir un motif.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="123"/>
        <source>The household needs a name.</source>
        <translation>Le foyer doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="141"/>
        <source>The person needs a name.</source>
        <translation>La personne doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="174"/>
        <source>The child needs a first name.</source>
        <translation>L’enfant doit avoir un prénom.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="181"/>
        <source>The date of birth {date} lies in the future.</source>
        <translation>La date de naissance {date} est dans le futur.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="187"/>
        <source>The placement cannot start ({start}) before the child was born ({born}).</source>
        <translation>Le placement ne peut pas commencer ({start}) avant la naissance de l’enfant ({born}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="199"/>
        <source>The placement cannot end before it started.</source>
        <translation>Le placement ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="206"/>
        <source>A placement that ended needs the day it ended.</source>
        <translation>Un placement terminé a besoin de sa date de fin.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="215"/>
        <source>The list of languages is too long.</source>
        <translation>La liste des langues est trop longue.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="260"/>
        <source>The relative needs a name.</source>
        <translation>Le proche doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="266"/>
        <source>Choose the child or children this person is family of.</source>
        <translation>Choisissez le ou les enfants dont cette personne est un proche.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="314"/>
        <source>A daily log cannot be dated in the future ({date}).</source>
        <translation>Un journal du jour ne peut pas être daté dans le futur ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="318"/>
        <source>Mood is a number from 1 to 5.</source>
        <translation>L’humeur est un nombre de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="323"/>
        <source>An incident needs a severity.</source>
        <translation>Un incident doit avoir une gravité.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="369"/>
        <source>An observation cannot be dated in the future ({date}).</source>
        <translation>Une observation ne peut pas être datée dans le futur ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="420"/>
        <source>Choose the kind of contact (visit, phone, letter…).</source>
        <translation>Choisissez le type de contact (visite, téléphone, lettre…).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="91"/>
        <source>The medication needs a name.</source>
        <translation>Le médicament doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="97"/>
        <location filename="../app/domain/care.py" line="175"/>
        <source>Give the times of day as hours and minutes (20:00).</source>
        <translation>Indiquez les heures en heures et minutes (20:00).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="106"/>
        <source>The medication cannot end before it starts.</source>
        <translation>Le médicament ne peut pas s’arrêter avant de commencer.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="113"/>
        <source>The hours between two doses are between 1 and 168.</source>
        <translation>Les heures entre deux doses sont comprises entre 1 et 168.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="169"/>
        <source>A dose cannot be noted in the future ({date}).</source>
        <translation>Une dose ne peut pas être notée dans le futur ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="184"/>
        <source>Say why a dose was refused or skipped.</source>
        <translation>Dites pourquoi une dose a été refusée ou sautée.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="224"/>
        <source>Write the goal in a few words.</source>
        <translation>Écrivez l’objectif en quelques mots.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="230"/>
        <source>The review cannot come before the start.</source>
        <translation>L’évaluation ne peut pas précéder le début.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="237"/>
        <source>Say why the goal was dropped.</source>
        <translation>Dites pourquoi l’objectif a été abandonné.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="281"/>
        <source>A step of a goal cannot lie in the future ({date}).</source>
        <translation>Une étape d’un objectif ne peut pas être dans le futur ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="287"/>
        <source>A step of a goal links an entry, a status or a note.</source>
        <translation>Une étape d’un objectif lie une note, un état ou un commentaire.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="296"/>
        <source>A linked entry needs its kind.</source>
        <translation>Une note liée doit indiquer son type.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="343"/>
        <location filename="../app/domain/records.py" line="427"/>
        <source>Choose at least one child.</source>
        <translation>Choisissez au moins un enfant.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="350"/>
        <source>What happened can be told after the appointment ({date}).</source>
        <translation>Ce qui s’est passé ne peut être noté qu’après le rendez-vous ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="373"/>
        <source>A reminder comes at most a week before the appointment.</source>
        <translation>Un rappel vient au plus une semaine avant le rendez-vous.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="441"/>
        <source>The list of procedure steps is too long.</source>
        <translation>La liste des étapes de la procédure est trop longue.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="450"/>
        <source>Every language needs a name.</source>
        <translation>Chaque langue doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="432"/>
        <source>Choose at least one relative.</source>
        <translation>Choisissez au moins un proche.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="440"/>
        <source>A contact that took place cannot be dated in the future ({date}).</source>
        <translation>Un contact qui a eu lieu ne peut pas être daté dans le futur ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="361"/>
        <location filename="../app/domain/records.py" line="452"/>
        <source>The duration is between 1 minute and 24 hours.</source>
        <translation>La durée est comprise entre 1 minute et 24 heures.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="571"/>
        <source>A question, follow-up or answer needs a comment.</source>
        <translation>Une question, un suivi ou une réponse doit avoir un commentaire.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="579"/>
        <source>An answer must answer a question.</source>
        <translation>Une réponse doit répondre à une question.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="643"/>
        <source>Unknown record type “{kind}”.</source>
        <translation>Type d’élément inconnu «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="687"/>
        <source>The value of “{field}” is not valid.</source>
        <translation>La valeur de «&#xa0;{field}&#xa0;» n’est pas valable.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="503"/>
        <source>A well-being check cannot be dated in the future ({date}).</source>
        <translation>Un bilan de bien-être ne peut pas être daté dans le futur ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="511"/>
        <source>A well-being rating is a number from 1 to 4.</source>
        <translation>Une note de bien-être est un nombre de 1 à 4.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="518"/>
        <source>Rate at least one dimension.</source>
        <translation>Notez au moins une dimension.</translation>
    </message>
    <message>
        <location filename="../app/domain/story.py" line="53"/>
        <source>A kept moment cannot be dated in the future ({date}).</source>
        <translation>Un moment gardé ne peut pas être daté dans le futur ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/story.py" line="61"/>
        <source>A page of the child&apos;s words needs words.</source>
        <translation>Une page des mots de l’enfant a besoin de mots.</translation>
    </message>
    <message>
        <location filename="../app/domain/story.py" line="68"/>
        <source>Only a daily log, a milestone, a contact or a photo can be kept for the book.</source>
        <translation>Seuls un journal du jour, une étape, un contact ou une photo peuvent être gardés pour le livre.</translation>
    </message>
    <message>
        <location filename="../app/domain/handover.py" line="55"/>
        <source>A handover note needs a text.</source>
        <translation>Une transmission a besoin d’un texte.</translation>
    </message>
    <message>
        <location filename="../app/domain/handover.py" line="61"/>
        <source>A handover note cannot be dated in the future ({date}).</source>
        <translation>Une transmission ne peut pas être datée dans le futur ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="72"/>
        <source>Only photos (JPEG, PNG) and PDF documents can be attached.</source>
        <translation>Seules les photos (JPEG, PNG) et les documents PDF peuvent être joints.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="81"/>
        <source>An attached file holds at most {limit} MB.</source>
        <translation>Un fichier joint fait au plus {limit} Mo.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="89"/>
        <source>The attached file&apos;s fingerprint is not valid.</source>
        <translation>L&apos;empreinte du fichier joint n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="98"/>
        <source>An attached file needs a name (no folder).</source>
        <translation>Un fichier joint doit avoir un nom (sans dossier).</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="107"/>
        <source>A file is attached to a child, a daily log, a milestone or a contact.</source>
        <translation>Un fichier est joint à un enfant, un journal du jour, une étape ou un contact.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="118"/>
        <source>The picture&apos;s size is not valid.</source>
        <translation>Les dimensions de l&apos;image ne sont pas valides.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="125"/>
        <source>A photo cannot be taken in the future ({date}).</source>
        <translation>Une photo ne peut pas avoir été prise dans le futur ({date}).</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="30"/>
        <source>Care</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="31"/>
        <source>Food security</source>
        <translation>Sécurité alimentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="32"/>
        <source>Accommodation</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="33"/>
        <source>Physical health</source>
        <translation>Santé physique</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="34"/>
        <source>Education and skills</source>
        <translation>Éducation et compétences</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="35"/>
        <source>Livelihood</source>
        <translation>Moyens de subsistance</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="36"/>
        <source>Protection and social inclusion</source>
        <translation>Protection et inclusion sociale</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="39"/>
        <source>Social and emotional well-being</source>
        <translation>Bien-être social et émotionnel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="45"/>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="46"/>
        <source>1 – serious concern</source>
        <translation>1 – préoccupation sérieuse</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="47"/>
        <source>2 – some concern</source>
        <translation>2 – quelque préoccupation</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="48"/>
        <source>3 – good</source>
        <translation>3 – bien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="49"/>
        <source>4 – very good</source>
        <translation>4 – très bien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="50"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>WellbeingDialog</name>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="153"/>
        <location filename="../app/ui/dialogs/wellbeing.py" line="219"/>
        <source>Well-being check</source>
        <translation>Bilan de bien-être</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="158"/>
        <source>How is %1 doing? Rate what you see now; leave out what you cannot judge.</source>
        <translation>Comment va %1 ? Notez ce que vous voyez maintenant ; laissez de côté ce que vous ne pouvez pas juger.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="161"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="162"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="162"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="162"/>
        <source>One sentence (optional)</source>
        <translation>Une phrase (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="166"/>
        <source>Previous check: none</source>
        <translation>Bilan précédent : aucun</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="172"/>
        <source>Previous check (%1)</source>
        <translation>Bilan précédent (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="181"/>
        <source>What makes you say so?</source>
        <translation>Qu’est-ce qui vous le fait dire ?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="153"/>
        <location filename="../app/ui/dialogs/wellbeing.py" line="222"/>
        <source>Correct a well-being check</source>
        <translation>Corriger un bilan de bien-être</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="155"/>
        <source>R&amp;eason for the correction:</source>
        <translation>Rais&amp;on de la correction :</translation>
    </message>
</context>
<context>
    <name>WellbeingPage</name>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="70"/>
        <source>Well-being</source>
        <translation>Bien-être</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="73"/>
        <source>&amp;New well-being check…</source>
        <translation>&amp;Nouveau bilan de bien-être…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="110"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="111"/>
        <source>Latest (%1)</source>
        <translation>Dernier (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="112"/>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="113"/>
        <source>Before (%1)</source>
        <translation>Avant (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="114"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="115"/>
        <source>Change and note</source>
        <translation>Évolution et remarque</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="140"/>
        <source>No well-being check yet. One every three months helps to see how the child is doing.</source>
        <translation>Pas encore de bilan de bien-être. Un tous les trois mois aide à voir comment va l’enfant.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="144"/>
        <source>A well-being check is due: the last one was on %1.</source>
        <translation>Un bilan de bien-être est à faire : le dernier date du %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="146"/>
        <source>Last well-being check on %1; the next one around %2.</source>
        <translation>Dernier bilan de bien-être le %1 ; le prochain vers le %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="74"/>
        <source>&amp;Correct the latest…</source>
        <translation>&amp;Corriger le dernier…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../app/ui/window/menus.py" line="124"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="125"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="126"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="127"/>
        <source>H&amp;ousehold</source>
        <translation>F&amp;oyer</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="128"/>
        <source>&amp;Add a child…</source>
        <translation>Ajouter un &amp;enfant…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="129"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="130"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="131"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="133"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="134"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="136"/>
        <source>&amp;Next household</source>
        <translation>Foyer sui&amp;vant</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="137"/>
        <source>&amp;Previous household</source>
        <translation>Foyer pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="139"/>
        <source>&amp;Next child without today&apos;s log</source>
        <translation>Enfant &amp;suivant sans journal d’aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="140"/>
        <source>&amp;Previous child</source>
        <translation>Enfant pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="141"/>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="142"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Marquer comme relu</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="143"/>
        <source>Ask a &amp;question…</source>
        <translation>Poser une &amp;question…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="144"/>
        <source>Ask for a &amp;follow-up…</source>
        <translation>Demander un &amp;suivi…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="146"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="147"/>
        <source>&amp;Connect to the central office…</source>
        <translation>Se connecter au service ce&amp;ntral…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="148"/>
        <source>Re&amp;fused changes…</source>
        <translation>Modifications re&amp;fusées…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="149"/>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="150"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="151"/>
        <source>&amp;About Thuisboek</source>
        <translation>À pr&amp;opos de Thuisboek</translation>
    </message>
</context>
<context>
    <name>WordsDialog</name>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="55"/>
        <source>My words</source>
        <translation>Mes mots</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="58"/>
        <source>Write down what {name} wants to say, in {name}&apos;s own words: what they like, who matters to them, what they are proud of. It goes on the My words page of the book.</source>
        <translation>Écrivez ce que {name} veut dire, avec ses propres mots&#xa0;: ce que {name} aime, qui compte, ce dont {name} est fier ou fière. Cela va sur la page Mes mots du livre.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="63"/>
        <source>The child&apos;s words</source>
        <translation>Les mots de l’enfant</translation>
    </message>
</context>
<context>
    <name>YoungExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="100"/>
        <source>Export for {name}</source>
        <translation>Export pour {name}</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="103"/>
        <source>What {name} receives on leaving: “My file”, a readable copy of what was written about {name} that is theirs to keep (decided per kind of record: no incidents, reviews, questions or professional notes), and the book. Two PDF files are written into the folder you choose, and nothing else. Hand them over and do not keep a copy.</source>
        <translation>Ce que {name} reçoit en partant&#xa0;: «&#xa0;Mon dossier&#xa0;», une copie lisible de ce qui a été écrit sur {name} et qui lui revient (décidé par type de donnée&#xa0;: ni incidents, ni relectures, ni questions, ni notes professionnelles), et le livre. Deux fichiers PDF sont écrits dans le dossier que vous choisissez, et rien d’autre. Remettez-les et n’en gardez pas de copie.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="110"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="111"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="112"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="113"/>
        <source>&amp;Make the export</source>
        <translation>&amp;Faire l’export</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="114"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="117"/>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="141"/>
        <source>Making the export…</source>
        <translation>L’export est en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="167"/>
        <source>Written into {folder}:
{names}</source>
        <translation>Écrit dans {folder}&#xa0;:
{names}</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="179"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L’export a été annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="183"/>
        <source>The export could not be made; nothing was written.</source>
        <translation>L’export n’a pas pu être fait&#xa0;; rien n’a été écrit.</translation>
    </message>
</context>
</TS>
