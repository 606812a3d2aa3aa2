<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="67"/>
        <source>About Thuisboek</source>
        <translation>À propos de Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="71"/>
        <source>The home book for family-style child-welfare homes: daily logs, milestones and family contacts, kept encrypted on this computer. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Le carnet de la maison pour les lieux d’accueil familiaux de l’aide à la jeunesse&#xa0;: journaux du jour, étapes du développement et contacts avec la famille, conservés chiffrés sur cet ordinateur. Distribué sous la licence publique générale GNU (GPL), version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="82"/>
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="85"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="87"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="89"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="93"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3: you may replace the Qt libraries of this installation with your own build. The CDC milestone checklists are used with credit; the CDC does not endorse Thuisboek.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence publique générale limitée GNU (LGPL) v3&#xa0;: vous pouvez remplacer les bibliothèques Qt de cette installation par votre propre compilation. Les listes d’étapes du développement des CDC sont utilisées avec mention de leur source&#xa0;; les CDC ne cautionnent pas Thuisboek.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="98"/>
        <source>The licence texts are in the folder %1.</source>
        <translation>Les textes des licences se trouvent dans le dossier %1.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="91"/>
        <location filename="../app/ui/pages/today_amend.py" line="103"/>
        <source>Add amendment</source>
        <translation>Ajouter une correction</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="94"/>
        <source>The log of %1 by %2 stays as it was written. Your correction is kept beside it, with the reason, and both can be read later.</source>
        <translation>Le journal du %1 écrit par %2 reste tel qu’il a été écrit. Votre correction est conservée à côté, avec son motif, et les deux pourront être relus plus tard.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="100"/>
        <source>R&amp;eason for the amendment (required)</source>
        <translation>&amp;Motif de la correction (obligatoire)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="101"/>
        <source>Reason for the amendment</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="104"/>
        <source>Store the amendment (Ctrl+Enter)</source>
        <translation>Enregistrer la correction (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="142"/>
        <source>The amendment could not be stored (%1).</source>
        <translation>La correction n’a pas pu être enregistrée (%1).</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../app/ui/application.py" line="114"/>
        <source>This computer was revoked</source>
        <translation>Cet ordinateur a été révoqué</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="116"/>
        <source>The central office has revoked this computer. The home book is locked. Erase the records kept on this computer now?</source>
        <translation>Le service central a révoqué cet ordinateur. Le carnet de la maison est verrouillé. Effacer maintenant les données conservées sur cet ordinateur&#xa0;?</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="338"/>
        <source>Ask for a follow-up</source>
        <translation>Demander un suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="339"/>
        <source>&amp;What should the household follow up?</source>
        <translation>&amp;Quel suivi demandez-vous au foyer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="341"/>
        <source>Ask a question</source>
        <translation>Poser une question</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="342"/>
        <source>&amp;Your question for the household:</source>
        <translation>&amp;Votre question pour le foyer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="343"/>
        <source>&amp;Send (Ctrl+Enter)</source>
        <translation>&amp;Envoyer (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="144"/>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="145"/>
        <source>&amp;Add amendment…</source>
        <translation>Ajouter une correc&amp;tion…</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_charts.py" line="679"/>
        <location filename="../app/ui/pages/overview_charts.py" line="790"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_charts.py" line="680"/>
        <location filename="../app/ui/pages/overview_charts.py" line="791"/>
        <source>%n day(s) without a log</source>
        <translation>
            <numerusform>%n jour sans journal</numerusform>
            <numerusform>%n jours sans journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_charts.py" line="681"/>
        <location filename="../app/ui/pages/overview_charts.py" line="797"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="685"/>
        <source>Daily log per week</source>
        <translation>Journaux du jour par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="686"/>
        <source>Incidents per week</source>
        <translation>Incidents par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="687"/>
        <source>Contacts per relative</source>
        <translation>Contacts par proche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="688"/>
        <source>Milestones per area</source>
        <translation>Étapes du développement par domaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="690"/>
        <source>No incidents in this period.</source>
        <translation>Aucun incident pendant cette période.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="692"/>
        <source>No relatives recorded.</source>
        <translation>Aucun proche noté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_charts.py" line="696"/>
        <source>None of the %n milestone(s) for this age is marked yet.</source>
        <translation>
            <numerusform>L’étape du développement prévue pour cet âge n’est pas encore notée.</numerusform>
            <numerusform>Aucune des %n étapes du développement prévues pour cet âge n’est encore notée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="698"/>
        <source>The catalog has no milestones for this age.</source>
        <translation>Le catalogue n’a pas d’étapes pour cet âge.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="722"/>
        <source>Contacts per relative of %1</source>
        <translation>Contacts de %1, par proche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="723"/>
        <source>Milestones per area of %1</source>
        <translation>Étapes du développement de %1, par domaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="737"/>
        <source>Daily log per week of %1</source>
        <translation>Journaux du jour de %1, par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="740"/>
        <source>Incidents per week of %1</source>
        <translation>Incidents de %1, par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="748"/>
        <source>no contact on record</source>
        <translation>aucun contact noté</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="750"/>
        <source>seen today</source>
        <translation>dernier contact aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_charts.py" line="751"/>
        <source>last seen %n day(s) ago</source>
        <translation>
            <numerusform>dernier contact il y a %n jour</numerusform>
            <numerusform>dernier contact il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="759"/>
        <source>Together with %1.</source>
        <translation>Placé(e) avec %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="768"/>
        <source>Apart from %1: %2.</source>
        <translation>%1 vit ailleurs&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="776"/>
        <source>No brothers or sisters recorded.</source>
        <translation>Aucun frère ni aucune sœur noté.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="777"/>
        <source>Siblings:</source>
        <translation>Frères et sœurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="783"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="816"/>
        <source>next planned on %1</source>
        <translation>prochain prévu le %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="825"/>
        <source>%1 of %2 reached, %3 emerging</source>
        <translation>%1 sur %2 acquises, %3 en cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_charts.py" line="829"/>
        <source>%n reached in this period</source>
        <translation>
            <numerusform>%n acquise pendant cette période</numerusform>
            <numerusform>%n acquises pendant cette période</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="355"/>
        <location filename="../app/ui/dialogs/child.py" line="369"/>
        <source>Add child</source>
        <translation>Ajouter un enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="355"/>
        <location filename="../app/ui/dialogs/child.py" line="373"/>
        <source>Edit child</source>
        <translation>Modifier l’enfant</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="218"/>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="219"/>
        <source>Famil&amp;y name:</source>
        <translation>No&amp;m de famille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="220"/>
        <source>Date of &amp;birth:</source>
        <translation>Date de &amp;naissance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="221"/>
        <source>&amp;Placed since:</source>
        <translation>Placé(e) &amp;depuis le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="222"/>
        <source>Placement en&amp;ded:</source>
        <translation>&amp;Fin du placement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="223"/>
        <source>Sch&amp;ool or daycare:</source>
        <translation>É&amp;cole ou crèche&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="224"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="225"/>
        <source>Sibling &amp;group:</source>
        <translation>&amp;Groupe de fratrie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="226"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="230"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="231"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="232"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="233"/>
        <source>Placement start</source>
        <translation>Début du placement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="234"/>
        <source>ended on</source>
        <translation>terminé le</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="235"/>
        <source>Placement ended</source>
        <translation>Placement terminé</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="236"/>
        <source>Placement end</source>
        <translation>Fin du placement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="237"/>
        <source>School or daycare</source>
        <translation>École ou crèche</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="238"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="239"/>
        <source>Separated by commas, e.g. Dutch, Arabic</source>
        <translation>Séparées par des virgules, par ex. néerlandais, arabe</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="240"/>
        <source>Sibling group</source>
        <translation>Groupe de fratrie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="241"/>
        <source>The same name for siblings placed together</source>
        <translation>Le même nom pour les frères et sœurs placés ensemble</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="242"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ChildrenModel</name>
    <message>
        <location filename="../app/ui/models/children.py" line="50"/>
        <source>Whole household</source>
        <translation>Tout le foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="58"/>
        <source>logged today</source>
        <translation>journal rempli aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="58"/>
        <source>no log yet today</source>
        <translation>pas encore de journal aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="61"/>
        <source>Today&apos;s log is still missing</source>
        <translation>Le journal du jour manque encore</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/children.py" line="74"/>
        <location filename="../app/ui/pages/overview_charts.py" line="672"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/children.py" line="75"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="578"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="579"/>
        <source>Now</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="580"/>
        <source>Kept by the merge</source>
        <translation>Retenue lors de la fusion</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="581"/>
        <source>The other value</source>
        <translation>L’autre valeur</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../app/services/conflicts.py" line="186"/>
        <source>The record does not exist (any more).</source>
        <translation>L’élément n’existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../app/services/conflicts.py" line="191"/>
        <source>Supervisors do not change the household&apos;s records: keep the current values and leave a note for the household.</source>
        <translation>Les superviseurs ne modifient pas les notes du foyer&#xa0;: gardez les valeurs actuelles et laissez une remarque au foyer.</translation>
    </message>
    <message>
        <location filename="../app/services/conflicts.py" line="198"/>
        <source>There are no values to take back.</source>
        <translation>Il n’y a aucune valeur à rétablir.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="539"/>
        <source>Noticed</source>
        <translation>Constaté le</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="540"/>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="541"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="542"/>
        <source>Other value written by</source>
        <translation>Autre valeur écrite par</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="163"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="175"/>
        <source>When two computers changed the same field before they synced, the later change was kept and the other value set aside here. Compare them and settle each one; your choice syncs like any change.</source>
        <translation>Quand deux ordinateurs ont modifié le même champ avant de se synchroniser, la modification la plus récente a été gardée et l’autre valeur mise de côté ici. Comparez-les et résolvez chaque conflit&#xa0;; votre choix se synchronise comme toute autre modification.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="179"/>
        <source>Conflicts to settle</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="180"/>
        <source>The fields in conflict</source>
        <translation>Les champs en conflit</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="181"/>
        <source>&amp;Note:</source>
        <translation>Re&amp;marque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="182"/>
        <source>Why you settled it this way (optional)</source>
        <translation>Pourquoi ce choix (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="183"/>
        <source>&amp;Keep current values</source>
        <translation>&amp;Garder les valeurs actuelles</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="184"/>
        <source>&amp;Use the other values</source>
        <translation>&amp;Utiliser les autres valeurs</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="199"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="199"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="200"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="201"/>
        <source>Placement start</source>
        <translation>Début du placement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="202"/>
        <source>Placement end</source>
        <translation>Fin du placement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="202"/>
        <source>School or daycare</source>
        <translation>École ou crèche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="203"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="203"/>
        <source>Sibling group</source>
        <translation>Groupe de fratrie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="204"/>
        <location filename="../app/ui/pages/conflicts.py" line="211"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="204"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="204"/>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="205"/>
        <source>Lives where</source>
        <translation>Lieu de vie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="205"/>
        <source>Placed together</source>
        <translation>Placé(e) ensemble</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="206"/>
        <source>Contact arrangement</source>
        <translation>Modalités de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="206"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="207"/>
        <source>Kind of home</source>
        <translation>Type d’accueil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="207"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="208"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="208"/>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="208"/>
        <source>Eating</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="209"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="209"/>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="210"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="210"/>
        <source>Notable moments</source>
        <translation>Moments marquants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="211"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="212"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="212"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="213"/>
        <source>Observed on</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="213"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="214"/>
        <source>Milestone</source>
        <translation>Étape du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="214"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="215"/>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="215"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="216"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="216"/>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="217"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="217"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="218"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="218"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="219"/>
        <source>Relatives</source>
        <translation>Proches</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="231"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="231"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="262"/>
        <source>%1 (no longer on this computer)</source>
        <translation>%1 (ne se trouve plus sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="327"/>
        <source>Choose a household on the left.</source>
        <translation>Choisissez un foyer à gauche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/conflicts.py" line="331"/>
        <source>%n conflict(s) to settle.</source>
        <translation>
            <numerusform>%n conflit à résoudre.</numerusform>
            <numerusform>%n conflits à résoudre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="333"/>
        <source>No conflicts: every change merged cleanly.</source>
        <translation>Aucun conflit&#xa0;: toutes les modifications ont été fusionnées sans problème.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="358"/>
        <source>%1 — the other values were written by %2; noticed %3.</source>
        <translation>%1 — les autres valeurs ont été écrites par %2&#xa0;; constaté le %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="399"/>
        <source>Conflict settled: the other values are used now.</source>
        <translation>Conflit résolu&#xa0;: les autres valeurs sont maintenant utilisées.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="401"/>
        <source>Conflict settled: the current values stay.</source>
        <translation>Conflit résolu&#xa0;: les valeurs actuelles sont conservées.</translation>
    </message>
</context>
<context>
    <name>ContactNoteDialog</name>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="258"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="352"/>
        <source>Record a contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="259"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="357"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="260"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="368"/>
        <source>Add amendment</source>
        <translation>Ajouter une correction</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="264"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="269"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="270"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="272"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="273"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="274"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="275"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="276"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="277"/>
        <source>&amp;With:</source>
        <translation>A&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="278"/>
        <source>C&amp;hildren:</source>
        <translation>&amp;Enfants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="279"/>
        <source>&amp;Before</source>
        <translation>Ava&amp;nt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="280"/>
        <source>Du&amp;ring</source>
        <translation>&amp;Pendant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="281"/>
        <source>&amp;After</source>
        <translation>Ap&amp;rès</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="282"/>
        <source>A&amp;greements</source>
        <translation>A&amp;ccords</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="283"/>
        <source>&amp;Follow-up</source>
        <translation>Su&amp;ivi</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="284"/>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="289"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="290"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="291"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="292"/>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="293"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="294"/>
        <source>Relatives at the contact</source>
        <translation>Proches présents au contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="295"/>
        <source>Children at the contact</source>
        <translation>Enfants présents au contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="296"/>
        <source>How the child was before</source>
        <translation>Comment allait l’enfant avant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="297"/>
        <source>How the child was during</source>
        <translation>Comment allait l’enfant pendant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="298"/>
        <source>How the child was after</source>
        <translation>Comment allait l’enfant après</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="299"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="300"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="301"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="305"/>
        <source>How was the child?</source>
        <translation>Comment allait l’enfant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="306"/>
        <source>e.g. visiting centre, at home, park</source>
        <translation>par ex. espace-rencontre, à la maison, parc</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="307"/>
        <source>What was agreed, and with whom</source>
        <translation>Ce qui a été convenu, et avec qui</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="308"/>
        <source>What needs doing next</source>
        <translation>Ce qu’il reste à faire</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="309"/>
        <source>R&amp;eason for the amendment:</source>
        <translation>&amp;Motif de la correction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="310"/>
        <source>Reason for the amendment</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="313"/>
        <source>The original stays on record beside your amendment.</source>
        <translation>L’original reste conservé à côté de votre correction.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="365"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ContactNotesModel</name>
    <message>
        <location filename="../app/ui/models/contacts.py" line="102"/>
        <source>(removed)</source>
        <translation>(retiré)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="117"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="118"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="119"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="120"/>
        <location filename="../app/ui/models/contacts.py" line="208"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="121"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="122"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="137"/>
        <source>%1, amended</source>
        <translation>%1, corrigé</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/contacts.py" line="141"/>
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Corrigé %n fois</numerusform>
            <numerusform>Corrigé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="187"/>
        <source>Amendments</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="192"/>
        <source>As first written</source>
        <translation>Tel qu’écrit à l’origine</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="209"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="210"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="211"/>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="212"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="213"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="214"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="215"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/contacts.py" line="222"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/contacts.py" line="224"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="225"/>
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
        <location filename="../app/ui/pages/contacts.py" line="194"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="197"/>
        <source>Family and agreed contact</source>
        <translation>Famille et contacts convenus</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="198"/>
        <location filename="../app/ui/pages/contacts.py" line="213"/>
        <source>Contact notes</source>
        <translation>Comptes rendus de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="201"/>
        <source>Add &amp;relative…</source>
        <translation>A&amp;jouter un proche…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="202"/>
        <source>Edit relat&amp;ive…</source>
        <translation>&amp;Modifier le proche…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="203"/>
        <source>Re&amp;move relative</source>
        <translation>&amp;Retirer le proche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="204"/>
        <source>Record a &amp;contact…</source>
        <translation>&amp;Noter un contact…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="205"/>
        <source>&amp;Delete contact</source>
        <translation>&amp;Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="210"/>
        <source>Record a contact (%1)</source>
        <translation>Noter un contact (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="212"/>
        <source>Relatives</source>
        <translation>Proches</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="214"/>
        <source>About the chosen relative</source>
        <translation>À propos du proche choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="215"/>
        <source>The chosen contact</source>
        <translation>Le contact choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="218"/>
        <source>No family recorded yet. Add the birth parents, brothers and sisters placed elsewhere, and anyone else the child keeps in touch with.</source>
        <translation>Aucune famille notée pour l’instant. Ajoutez les parents, les frères et sœurs placés ailleurs, et toute autre personne avec qui l’enfant garde le contact.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="223"/>
        <source>No contacts recorded yet. “Record a contact…” (Ctrl+N) adds the first.</source>
        <translation>Aucun contact noté pour l’instant. «&#xa0;Noter un contact…&#xa0;» (Ctrl+N) ajoute le premier.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="304"/>
        <source>Brothers and sisters living here too: %1</source>
        <translation>Frères et sœurs qui vivent aussi ici&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="348"/>
        <source>Add &amp;amendment…</source>
        <translation>Ajouter une correc&amp;tion…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="348"/>
        <source>Edi&amp;t contact…</source>
        <translation>Modifier le &amp;contact…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="378"/>
        <source>%1 (sibling)</source>
        <translation>%1 (frère ou sœur)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="436"/>
        <location filename="../app/ui/pages/contacts.py" line="438"/>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="463"/>
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
        <location filename="../app/ui/pages/today_view.py" line="23"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="24"/>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="25"/>
        <source>Eating</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="26"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="27"/>
        <source>Medication given</source>
        <translation>Médicaments donnés</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="28"/>
        <source>School or daycare</source>
        <translation>École ou crèche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="29"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="30"/>
        <source>Notable moments</source>
        <translation>Moments marquants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="31"/>
        <source>Other remarks</source>
        <translation>Autres remarques</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="32"/>
        <location filename="../app/ui/pages/today_view.py" line="75"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="33"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="40"/>
        <source>Very sad</source>
        <translation>Très triste</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="41"/>
        <source>Sad</source>
        <translation>Triste</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="42"/>
        <source>Okay</source>
        <translation>Ça va</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="43"/>
        <source>Happy</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="44"/>
        <source>Very happy</source>
        <translation>Très content</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="46"/>
        <source>Not noted</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="51"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="52"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="53"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="68"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="82"/>
        <source>no incident</source>
        <translation>aucun incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="90"/>
        <source>Nothing was noted.</source>
        <translation>Rien n’a été noté.</translation>
    </message>
</context>
<context>
    <name>DayBar</name>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="83"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="84"/>
        <source>Day of the log</source>
        <translation>Jour du journal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="85"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Jour précédent (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="86"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="87"/>
        <source>Next day (Alt+Right)</source>
        <translation>Jour suivant (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="88"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="89"/>
        <source>Back to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="90"/>
        <source>Back to today (Alt+Home)</source>
        <translation>Revenir à aujourd’hui (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="91"/>
        <source>&amp;Previous entry</source>
        <translation>&amp;Note précédente</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="92"/>
        <source>Show or hide the child&apos;s previous log</source>
        <translation>Afficher ou masquer le journal précédent de l’enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="101"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="103"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/today_bars.py" line="105"/>
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
    <name>EnrolDialog</name>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="195"/>
        <source>Connect to the central office</source>
        <translation>Se connecter au service central</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="198"/>
        <source>Ask the central office for an enrolment code for this computer. What you wrote so far moves into the household the central office knows, and syncs.</source>
        <translation>Demandez au service central un code d’inscription pour cet ordinateur. Ce que vous avez déjà écrit passe dans le foyer connu du service central, et se synchronise.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="74"/>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="75"/>
        <source>&amp;Enrolment code:</source>
        <translation>&amp;Code d’inscription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="76"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="77"/>
        <source>Enrolment code</source>
        <translation>Code d’inscription</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="79"/>
        <source>for example https://thuisboek.example.org</source>
        <translation>par ex. https://thuisboek.example.org</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="82"/>
        <source>for example KX7PQ-M3RTA</source>
        <translation>par ex. KX7PQ-M3RTA</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="115"/>
        <source>This does not look like an enrolment code: it has letters and digits, for example KX7PQ-M3RTA.</source>
        <translation>Cela ne ressemble pas à un code d’inscription&#xa0;: il se compose de lettres et de chiffres, par exemple KX7PQ-M3RTA.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="130"/>
        <source>Check the server address and this computer&apos;s network connection.</source>
        <translation>Vérifiez l’adresse du serveur et la connexion réseau de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="187"/>
        <source>Enrol this computer again</source>
        <translation>Inscrire à nouveau cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="190"/>
        <source>Ask the central office for a new enrolment code for you. The records on this computer are kept and sent to the central office again.</source>
        <translation>Demandez au service central un nouveau code d’inscription à votre nom. Les données de cet ordinateur sont conservées et envoyées à nouveau au service central.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="202"/>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="111"/>
        <source>Please enter the enrolment code.</source>
        <translation>Veuillez saisir le code d’inscription.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="225"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="125"/>
        <source>Could not connect (%1).</source>
        <translation>Connexion impossible (%1).</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="386"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="393"/>
        <source>Press Finish to make your encrypted home book on this computer and connect it to the central office below. Your household&apos;s records then come in by themselves.</source>
        <translation>Appuyez sur Terminer pour créer votre carnet de la maison chiffré sur cet ordinateur et le connecter au service central ci-dessous. Les données de votre foyer arriveront ensuite d’elles-mêmes.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="401"/>
        <source>Thuisboek works without a connection. Connecting this computer to the central office (enrolment) can be done later, from the settings. Press Finish to open your home book.</source>
        <translation>Thuisboek fonctionne sans connexion. Vous pourrez connecter cet ordinateur au service central (inscription) plus tard, depuis les paramètres. Appuyez sur Terminer pour ouvrir votre carnet de la maison.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/ui/first_run.py" line="441"/>
        <source>Thuisboek — first start</source>
        <translation>Thuisboek — premier démarrage</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="475"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="476"/>
        <source>My household</source>
        <translation>Mon foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="481"/>
        <source>Making your home book and connecting it to the central office…</source>
        <translation>Création de votre carnet de la maison et connexion au service central…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="496"/>
        <source>Making your home book…</source>
        <translation>Création de votre carnet de la maison…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="525"/>
        <source>Nothing was kept on this computer. Correct the address or the code, or start on this computer only and connect later.</source>
        <translation>Rien n’a été conservé sur cet ordinateur. Corrigez l’adresse ou le code, ou commencez uniquement sur cet ordinateur et connectez-vous plus tard.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="536"/>
        <source>The profile could not be created (%1).</source>
        <translation>Le profil n’a pas pu être créé (%1).</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="227"/>
        <source>Professional care family (Simba home)</source>
        <translation>Famille d’accueil professionnelle (maison Simba)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="228"/>
        <source>SOS family in the children&apos;s village</source>
        <translation>Famille SOS au village d’enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="229"/>
        <source>Small house for unaccompanied minors</source>
        <translation>Petite maison pour mineurs non accompagnés</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="230"/>
        <source>Family support</source>
        <translation>Soutien aux familles</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="234"/>
        <source>You and your household</source>
        <translation>Vous et votre foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="235"/>
        <source>The children are added once the home book is open.</source>
        <translation>Les enfants seront ajoutés une fois le carnet de la maison ouvert.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="236"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="237"/>
        <source>&amp;Household name:</source>
        <translation>Nom du &amp;foyer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="238"/>
        <source>&amp;Kind of home:</source>
        <translation>&amp;Type d’accueil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="239"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="240"/>
        <source>Household name</source>
        <translation>Nom du foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="241"/>
        <source>Kind of home</source>
        <translation>Type d’accueil</translation>
    </message>
</context>
<context>
    <name>HouseholdsModel</name>
    <message numerus="yes">
        <location filename="../app/ui/models/review_queue.py" line="186"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/review_queue.py" line="188"/>
        <source>%n missed contact(s)</source>
        <translation>
            <numerusform>%n contact manqué</numerusform>
            <numerusform>%n contacts manqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/review_queue.py" line="190"/>
        <source>%n new answer(s)</source>
        <translation>
            <numerusform>%n nouvelle réponse</numerusform>
            <numerusform>%n nouvelles réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/review_queue.py" line="192"/>
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n question sans réponse</numerusform>
            <numerusform>%n questions sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/review_queue.py" line="195"/>
        <location filename="../app/ui/models/review_queue.py" line="206"/>
        <location filename="../app/ui/models/review_queue.py" line="208"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n à relire</numerusform>
            <numerusform>%n à relire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="195"/>
        <source>All read</source>
        <translation>Tout est relu</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="86"/>
        <source>Welcome to Thuisboek</source>
        <translation>Bienvenue dans Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="88"/>
        <source>The home book for the children in your care. Choose your language.</source>
        <translation>Le carnet de la maison pour les enfants que vous accueillez. Choisissez votre langue.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="90"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="91"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LogCard</name>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="151"/>
        <source>Add amendment…</source>
        <translation>Ajouter une correction…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="152"/>
        <source>Add an amendment to this log</source>
        <translation>Ajouter une correction à ce journal</translation>
    </message>
</context>
<context>
    <name>LogForm</name>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="182"/>
        <source>&amp;Mood</source>
        <translation>&amp;Humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="186"/>
        <location filename="../app/ui/pages/today_form.py" line="187"/>
        <source>Mood not noted</source>
        <translation>Humeur non notée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="189"/>
        <source>Mood: %1 (%2 of 5)</source>
        <translation>Humeur&#xa0;: %1 (%2 sur 5)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="193"/>
        <source>S&amp;leep</source>
        <translation>Sommei&amp;l</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="194"/>
        <source>Eatin&amp;g</source>
        <translation>&amp;Repas</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="195"/>
        <source>Heal&amp;th</source>
        <translation>&amp;Santé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="196"/>
        <source>Medi&amp;cation given</source>
        <translation>&amp;Médicaments donnés</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="197"/>
        <source>Sch&amp;ool or daycare</source>
        <translation>École ou &amp;crèche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="198"/>
        <source>Act&amp;ivities</source>
        <translation>Acti&amp;vités</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="199"/>
        <source>Nota&amp;ble moments</source>
        <translation>Moments mar&amp;quants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="200"/>
        <source>Other &amp;remarks</source>
        <translation>A&amp;utres remarques</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="206"/>
        <location filename="../app/ui/pages/today_form.py" line="283"/>
        <source>Anything else about the day</source>
        <translation>Autre chose sur la journée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="207"/>
        <source>I&amp;ncident: flag this day for the supervisor</source>
        <translation>&amp;Incident&#xa0;: signaler cette journée au superviseur</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="208"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="209"/>
        <source>Severity (required):</source>
        <translation>Gravité (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="211"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="212"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="213"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="217"/>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="327"/>
        <source>Choose a severity: an incident cannot be saved without one.</source>
        <translation>Choisissez une gravité&#xa0;: un incident ne peut pas être enregistré sans elle.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="542"/>
        <source>Thuisboek — %1</source>
        <translation>Thuisboek — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="565"/>
        <source>Households</source>
        <translation>Foyers</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="573"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="574"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="693"/>
        <source>No households to review on this computer yet. Sync with the central office (F5) to bring in the households you supervise.</source>
        <translation>Aucun foyer à relire sur cet ordinateur pour l’instant. Synchronisez avec le service central (F5) pour récupérer les foyers que vous suivez.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="702"/>
        <source>No children in this home book yet. Add the first one with Household ▸ Add a child… (Ctrl+Shift+N).</source>
        <translation>Pas encore d’enfant dans ce carnet de la maison. Ajoutez le premier avec Foyer ▸ Ajouter un enfant… (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="827"/>
        <source>Sync held</source>
        <translation>Synchronisation suspendue</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="854"/>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="855"/>
        <source>Thuisboek</source>
        <translation>Thuisboek</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>H&amp;ousehold</source>
        <translation>F&amp;oyer</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Add a child…</source>
        <translation>Ajouter un &amp;enfant…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Next household</source>
        <translation>Foyer sui&amp;vant</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Previous household</source>
        <translation>Foyer pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Next child</source>
        <translation>Enfant &amp;suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Previous child</source>
        <translation>Enfant pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Marquer comme relu</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>Ask a &amp;question…</source>
        <translation>Poser une &amp;question…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>Ask for a &amp;follow-up…</source>
        <translation>Demander un &amp;suivi…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Connect to the central office…</source>
        <translation>Se connecter au service ce&amp;ntral…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>Re&amp;fused changes…</source>
        <translation>Modifications re&amp;fusées…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;About Thuisboek</source>
        <translation>À pr&amp;opos de Thuisboek</translation>
    </message>
</context>
<context>
    <name>QuestionsBanner</name>
    <message numerus="yes">
        <location filename="../app/ui/window/questions_banner.py" line="1"/>
        <source>Your supervisor asked %n question(s) that wait for your answer.</source>
        <translation>
            <numerusform>Votre superviseur vous a posé %n question qui attend votre réponse.</numerusform>
            <numerusform>Votre superviseur vous a posé %n questions qui attendent votre réponse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/questions_banner.py" line="1"/>
        <source>Ans&amp;wer now</source>
        <translation>Répondre &amp;maintenant</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Working offline (not connected to a central office)</source>
        <translation>Travail hors ligne (pas connecté à un service central)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Syncing %1 of %2…</source>
        <translation>Synchronisation %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>This computer was revoked by the central office</source>
        <translation>Cet ordinateur a été révoqué par le service central</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Sync held: confirm before records are removed</source>
        <translation>Synchronisation suspendue&#xa0;: confirmez avant que des données soient retirées</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="48"/>
        <source>Sync stopped: the central office needs Thuisboek %1 or newer</source>
        <translation>Synchronisation arrêtée&#xa0;: le service central demande Thuisboek %1 ou plus récent</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>synced at %1</source>
        <translation>synchronisé à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="58"/>
        <source>update recommended: Thuisboek %1</source>
        <translation>mise à jour recommandée&#xa0;: Thuisboek %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflit à examiner</numerusform>
            <numerusform>%n conflits à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>%n change(s) refused by the central office</source>
        <translation>
            <numerusform>%n modification refusée par le service central</numerusform>
            <numerusform>%n modifications refusées par le service central</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <location filename="../app/services/milestones.py" line="149"/>
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
        <location filename="../app/ui/pages/milestones.py" line="180"/>
        <source>Milestones</source>
        <translation>Étapes du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="188"/>
        <source>You can read the milestones here; the household records them.</source>
        <translation>Vous pouvez lire les étapes du développement ici&#xa0;; le foyer les note.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="193"/>
        <source>Choose a milestone and press 1 (not yet), 2 (emerging) or 3 (achieved) to record it on the date observed; press Enter to add a note. Ctrl+Z undoes.</source>
        <translation>Choisissez une étape et appuyez sur 1 (pas encore), 2 (en cours) ou 3 (acquis) pour la noter à la date d’observation&#xa0;; appuyez sur Entrée pour ajouter une note. Ctrl+Z annule.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="198"/>
        <source>&amp;Hide what is achieved</source>
        <translation>&amp;Masquer les étapes acquises</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="199"/>
        <source>Hide what is achieved</source>
        <translation>Masquer les étapes acquises</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="200"/>
        <source>Milestones by area</source>
        <translation>Étapes du développement par domaine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="201"/>
        <source>About these lists</source>
        <translation>À propos de ces listes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="209"/>
        <source>Choose a child to see their milestones.</source>
        <translation>Choisissez un enfant pour voir ses étapes du développement.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="213"/>
        <source>The catalog has no milestones for this age: it covers young children up to 6 years and teenagers from 12 years on.</source>
        <translation>Le catalogue n’a pas d’étapes pour cet âge&#xa0;: il couvre les jeunes enfants jusqu’à 6 ans et les adolescents à partir de 12 ans.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="334"/>
        <source>Change the note of “%1”</source>
        <translation>Modifier la note de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="354"/>
        <source>Mark “%1” as %2</source>
        <translation>Marquer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ObservationPanel</name>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="136"/>
        <source>Choose a milestone in the list.</source>
        <translation>Choisissez une étape dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="155"/>
        <source>Age: %1</source>
        <translation>Âge&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="166"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/milestones_detail.py" line="173"/>
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… et %n plus ancienne</numerusform>
            <numerusform>… et %n plus anciennes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="175"/>
        <source>Not observed yet.</source>
        <translation>Pas encore observé.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="190"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="195"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="196"/>
        <source>&amp;Date observed:</source>
        <translation>Date d’o&amp;bservation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="197"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="198"/>
        <source>&amp;Record observation</source>
        <translation>En&amp;registrer l’observation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="199"/>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="200"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="201"/>
        <source>Date observed</source>
        <translation>Date d’observation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="202"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="203"/>
        <source>What did you see? (optional)</source>
        <translation>Qu’avez-vous vu&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="204"/>
        <source>Record observation</source>
        <translation>Enregistrer l’observation</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="479"/>
        <source>entries</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="480"/>
        <source>days without a log</source>
        <translation>jours sans journal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="484"/>
        <source>held</source>
        <translation>ont eu lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="485"/>
        <source>cancelled</source>
        <translation>annulés</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="486"/>
        <source>no-show</source>
        <translation>absences sans prévenir</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="487"/>
        <source>planned</source>
        <translation>prévus</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="488"/>
        <source>reached</source>
        <translation>acquises</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="489"/>
        <source>emerging</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="490"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../app/ui/pages/overview.py" line="382"/>
        <source>&amp;Period:</source>
        <translation>Pér&amp;iode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="384"/>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="384"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="384"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="387"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="388"/>
        <location filename="../app/ui/pages/overview.py" line="389"/>
        <source>Where to look</source>
        <translation>Points d’attention</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="391"/>
        <source>Nothing stands out in the past %1 days.</source>
        <translation>Rien de particulier ces %1 derniers jours.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="404"/>
        <location filename="../app/ui/pages/overview.py" line="414"/>
        <source>Household overview</source>
        <translation>Vue d’ensemble du foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="409"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="413"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="432"/>
        <source>Daily log:</source>
        <translation>Journal du jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="433"/>
        <source>Incidents:</source>
        <translation>Incidents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="434"/>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="435"/>
        <source>Milestones:</source>
        <translation>Étapes du développement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="442"/>
        <source>The overview could not be read: %1</source>
        <translation>La vue d’ensemble n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="444"/>
        <source>Choose a household to see its overview.</source>
        <translation>Choisissez un foyer pour voir sa vue d’ensemble.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="446"/>
        <source>Reading the household&apos;s records…</source>
        <translation>Lecture des notes du foyer…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="448"/>
        <source>No children were placed in this household in this period.</source>
        <translation>Aucun enfant n’était placé dans ce foyer pendant cette période.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="474"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="290"/>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="291"/>
        <source>It locks the home book on this computer.</source>
        <translation>Elle verrouille le carnet de la maison sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="292"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="293"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="294"/>
        <source>Strength:</source>
        <translation>Solidité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="295"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="296"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="297"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="300"/>
        <source>Write it down and keep it somewhere safe. A forgotten passphrase cannot be recovered on this computer: without it the records here cannot be opened. What was synced stays safe at the central office.</source>
        <translation>Notez-la et gardez-la en lieu sûr. Une phrase secrète oubliée ne peut pas être récupérée sur cet ordinateur&#xa0;: sans elle, les données qui s’y trouvent ne peuvent pas être ouvertes. Ce qui a été synchronisé reste en sécurité au service central.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="305"/>
        <source>&amp;Remember on this computer (no passphrase at start)</source>
        <translation>&amp;Mémoriser sur cet ordinateur (pas de phrase secrète au démarrage)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="308"/>
        <source>The key is kept in this computer&apos;s secure keyring (%1).</source>
        <translation>La clé est conservée dans le trousseau de clés sécurisé de cet ordinateur (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="322"/>
        <source>too short</source>
        <translation>trop courte</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="323"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="324"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="325"/>
        <source>strong</source>
        <translation>solide</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/first_run.py" line="335"/>
        <source>Use at least %n characters; a few words are easy to remember.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère&#xa0;; quelques mots sont faciles à retenir.</numerusform>
            <numerusform>Utilisez au moins %n caractères&#xa0;; quelques mots sont faciles à retenir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="340"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/services/profile.py" line="41"/>
        <source>There is already a profile in {path}.</source>
        <translation>Il existe déjà un profil dans {path}.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="53"/>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>Trop de phrases secrètes erronées. Réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="66"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La phrase secrète doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="1"/>
        <source>The central office has revoked this computer. Its records stay closed until they are erased (thuisboek erase) or the office lifts the revocation.</source>
        <translation>Le service central a révoqué cet ordinateur. Ses données restent fermées jusqu’à leur effacement (thuisboek erase) ou jusqu’à ce que le service lève la révocation.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="128"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="133"/>
        <source>&amp;Choose photo…</source>
        <translation>&amp;Choisir une photo…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="134"/>
        <source>Re&amp;move photo</source>
        <translation>&amp;Retirer la photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="135"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="137"/>
        <source>Each field is saved when you leave it or press Enter; Ctrl+Z undoes it.</source>
        <translation>Chaque champ est enregistré quand vous le quittez ou appuyez sur Entrée&#xa0;; Ctrl+Z annule.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="139"/>
        <source>Supervisors see the profile; the household keeps it up to date.</source>
        <translation>Les superviseurs voient le profil&#xa0;; le foyer le tient à jour.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="190"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="212"/>
        <source>Change profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="239"/>
        <source>This file could not be read as a picture.</source>
        <translation>Ce fichier n’a pas pu être lu comme une image.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="242"/>
        <source>Change photo</source>
        <translation>Changer la photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="248"/>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="259"/>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="261"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="49"/>
        <source>Milestones achieved, by age</source>
        <translation>Étapes acquises, par âge</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="50"/>
        <source>Age in months</source>
        <translation>Âge en mois</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="51"/>
        <source>Achieved</source>
        <translation>Étapes acquises</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="53"/>
        <source>The chart shows how the milestones achieved add up, once the first is marked.</source>
        <translation>Le graphique montre comment les étapes acquises s’additionnent, dès que la première est notée.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="55"/>
        <source>Progress chart</source>
        <translation>Graphique des progrès</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="420"/>
        <source>open</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="420"/>
        <source>answered</source>
        <translation>réponse reçue</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="462"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="463"/>
        <source>Asked</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="464"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="465"/>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="466"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../app/ui/pages/questions.py" line="155"/>
        <location filename="../app/ui/pages/questions.py" line="176"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="167"/>
        <source>Your questions to this household, with their answers. Answered records come back in the review queue until you mark them as reviewed.</source>
        <translation>Vos questions à ce foyer, avec leurs réponses. Les éléments qui ont reçu une réponse reviennent dans «&#xa0;À relire&#xa0;» jusqu’à ce que vous les marquiez comme relus.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="172"/>
        <source>Questions from your supervisor about the records of this home. Your answer goes to the central office with the next sync.</source>
        <translation>Questions de votre superviseur sur les notes de ce foyer. Votre réponse sera transmise au service central à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="175"/>
        <source>Show &amp;answered questions too</source>
        <translation>Afficher a&amp;ussi les questions ayant une réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="177"/>
        <source>The question and the conversation about it</source>
        <translation>La question et l’échange à son sujet</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="178"/>
        <source>Your a&amp;nswer:</source>
        <translation>&amp;Votre réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="179"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="180"/>
        <source>Write your answer; Ctrl+Enter sends it.</source>
        <translation>Écrivez votre réponse&#xa0;; Ctrl+Enter l’envoie.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="181"/>
        <source>Sen&amp;d answer (Ctrl+Enter)</source>
        <translation>E&amp;nvoyer la réponse (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="282"/>
        <source>Choose a household on the left.</source>
        <translation>Choisissez un foyer à gauche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/questions.py" line="287"/>
        <source>%n question(s) still open.</source>
        <translation>
            <numerusform>%n question toujours sans réponse.</numerusform>
            <numerusform>%n questions toujours sans réponse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="289"/>
        <source>Every question has been answered.</source>
        <translation>Toutes les questions ont reçu une réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="291"/>
        <source>No questions asked in this household.</source>
        <translation>Aucune question posée à ce foyer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/questions.py" line="293"/>
        <source>%n question(s) wait for your answer.</source>
        <translation>
            <numerusform>%n question attend votre réponse.</numerusform>
            <numerusform>%n questions attendent votre réponse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="295"/>
        <source>No open questions: everything has been answered.</source>
        <translation>Aucune question en attente&#xa0;: tout a reçu une réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="338"/>
        <source>Choose a question to read it and the conversation.</source>
        <translation>Choisissez une question pour la lire, avec l’échange à son sujet.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="362"/>
        <source>Not answered yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="364"/>
        <source>Waiting for your answer.</source>
        <translation>En attente de votre réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="367"/>
        <source>Answered.</source>
        <translation>Réponse donnée.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="371"/>
        <source>About:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="376"/>
        <source>The conversation about this record</source>
        <translation>L’échange au sujet de cet élément</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="405"/>
        <source>Answer saved; it goes to your supervisor with the next sync.</source>
        <translation>Réponse enregistrée&#xa0;; elle sera transmise à votre superviseur à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>QueueDetail</name>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="215"/>
        <source>The chosen record in full, with its reviews</source>
        <translation>L’élément choisi en entier, avec ses relectures</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="255"/>
        <source>Reviews, questions and answers</source>
        <translation>Relectures, questions et réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="264"/>
        <source>written by %1</source>
        <translation>écrit par %1</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../app/ui/models/timeline.py" line="113"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="114"/>
        <source>Milestone</source>
        <translation>Étape du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="115"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="116"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="120"/>
        <source>Child profile</source>
        <translation>Profil de l’enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="121"/>
        <source>Relative</source>
        <translation>Proche</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="122"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="123"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="124"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="127"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="128"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="129"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="132"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="133"/>
        <source>Supervised visit</source>
        <translation>Visite encadrée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="134"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="135"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="136"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="139"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="140"/>
        <source>happened</source>
        <translation>a eu lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="141"/>
        <source>✕ cancelled</source>
        <translation>✕ annulé</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="142"/>
        <source>✕ no-show</source>
        <translation>✕ absent (sans prévenir)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="145"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="146"/>
        <source>emerging</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="147"/>
        <source>achieved</source>
        <translation>acquis</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="150"/>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="151"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="152"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="153"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="156"/>
        <source>on a log</source>
        <translation>sur un journal</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="157"/>
        <source>on a milestone</source>
        <translation>sur une étape du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="158"/>
        <source>on a contact</source>
        <translation>sur un contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="159"/>
        <source>on a review</source>
        <translation>sur une relecture</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="170"/>
        <source>Mood %1/5</source>
        <translation>Humeur %1/5</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="174"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="175"/>
        <source>Incident (%1 severity)</source>
        <translation>Incident (gravité %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="178"/>
        <source>Amendment (%1)</source>
        <translation>Correction (%1)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../app/services/records.py" line="60"/>
        <source>This record does not exist (any more).</source>
        <translation>Cet élément n’existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="96"/>
        <source>This record was deleted.</source>
        <translation>Cet élément a été supprimé.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="103"/>
        <location filename="../app/services/records.py" line="171"/>
        <location filename="../app/services/records.py" line="270"/>
        <source>Supervisors add reviews; they do not change the household&apos;s records.</source>
        <translation>Les superviseurs ajoutent des relectures&#xa0;; ils ne modifient pas les notes du foyer.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="113"/>
        <source>Only its author can change this review.</source>
        <translation>Seul son auteur peut modifier cette relecture.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="123"/>
        <source>Only its author can change this entry. Add an amendment with a reason.</source>
        <translation>Seul son auteur peut modifier cette note. Ajoutez une correction avec un motif.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="135"/>
        <source>This entry is kept as it was written (it was synced or is more than a day old). Add an amendment with a reason instead.</source>
        <translation>Cette note est conservée telle qu’elle a été écrite (elle a été synchronisée ou date de plus d’un jour). Ajoutez plutôt une correction avec un motif.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="198"/>
        <source>There is already a log of yours for this child on this day.</source>
        <translation>Vous avez déjà un journal pour cet enfant ce jour-là.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="249"/>
        <source>This deletion has been synced already and cannot be undone.</source>
        <translation>Cette suppression a déjà été synchronisée et ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="145"/>
        <location filename="../app/ui/dialogs/refused.py" line="152"/>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="147"/>
        <source>The central office did not accept these changes. They are kept on this computer, as they were written. Read the reason: once it has been put right, by the office or by correcting the record, send the change again. Nothing is deleted here.</source>
        <translation>Le service central n’a pas accepté ces modifications. Elles sont conservées sur cet ordinateur, telles qu’elles ont été écrites. Lisez le motif&#xa0;: une fois le problème réglé, par le service central ou en corrigeant l’élément, renvoyez la modification. Rien n’est supprimé ici.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="153"/>
        <source>The chosen change and the reason in full</source>
        <translation>La modification choisie et le motif complet</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="154"/>
        <source>&amp;Send again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="156"/>
        <source>Put the chosen changes back in the queue for the next sync (Ctrl+Enter)</source>
        <translation>Remettre les modifications choisies en file d’attente pour la prochaine synchronisation (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/refused.py" line="187"/>
        <source>%n change(s) refused.</source>
        <translation>
            <numerusform>%n modification refusée.</numerusform>
            <numerusform>%n modifications refusées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="189"/>
        <source>No refused changes: the central office accepted every change it received.</source>
        <translation>Aucune modification refusée&#xa0;: le service central a accepté toutes les modifications qu’il a reçues.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="272"/>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="273"/>
        <source>The central office&apos;s reason:</source>
        <translation>Motif du service central&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/refused.py" line="296"/>
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
        <location filename="../app/ui/models/refused.py" line="74"/>
        <source>%1 (deletion)</source>
        <translation>%1 (suppression)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="76"/>
        <source>%1 (amendment)</source>
        <translation>%1 (correction)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="96"/>
        <source>Household: %1</source>
        <translation>Foyer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="100"/>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="137"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="138"/>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="139"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="140"/>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="136"/>
        <location filename="../app/ui/dialogs/relative.py" line="192"/>
        <source>Add relative</source>
        <translation>Ajouter un proche</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="136"/>
        <location filename="../app/ui/dialogs/relative.py" line="197"/>
        <source>Edit relative</source>
        <translation>Modifier le proche</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="141"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="142"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="143"/>
        <source>Family &amp;of:</source>
        <translation>Proche &amp;de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="144"/>
        <source>&amp;Lives:</source>
        <translation>Lieu de &amp;vie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="145"/>
        <source>&amp;Agreed contact:</source>
        <translation>Contact &amp;convenu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="146"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="147"/>
        <source>Not&amp;es:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="148"/>
        <source>Placed &amp;together with the child</source>
        <translation>Placé(e) &amp;avec l’enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="149"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="150"/>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="151"/>
        <source>Children this person is family of</source>
        <translation>Enfants dont cette personne est un proche</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="152"/>
        <source>Where this person lives</source>
        <translation>Où vit cette personne</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="153"/>
        <source>e.g. with her grandmother in Ghent</source>
        <translation>par ex. chez sa grand-mère à Gand</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="154"/>
        <source>Placed together</source>
        <translation>Placé(e) ensemble</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="155"/>
        <source>Agreed contact arrangement</source>
        <translation>Modalités de contact convenues</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="157"/>
        <source>e.g. every other Wednesday, two hours, supervised at the visiting centre</source>
        <translation>par ex. un mercredi sur deux, deux heures, en visite encadrée à l’espace-rencontre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="159"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="160"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Relatives</name>
    <message>
        <location filename="../app/ui/models/relatives.py" line="33"/>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="34"/>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="35"/>
        <source>Sibling</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="36"/>
        <source>Half-sibling</source>
        <translation>Demi-frère ou demi-sœur</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="37"/>
        <source>Grandparent</source>
        <translation>Grand-parent</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="38"/>
        <source>Aunt or uncle</source>
        <translation>Tante ou oncle</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="39"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>RelativesModel</name>
    <message>
        <location filename="../app/ui/models/relatives.py" line="113"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="114"/>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="115"/>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="116"/>
        <source>Next planned</source>
        <translation>Prochain prévu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="117"/>
        <location filename="../app/ui/models/relatives.py" line="181"/>
        <source>Agreed contact</source>
        <translation>Contact convenu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="118"/>
        <location filename="../app/ui/models/relatives.py" line="183"/>
        <source>Lives</source>
        <translation>Lieu de vie</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="137"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="161"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="169"/>
        <source>Placed together</source>
        <translation>Placé(e) ensemble</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="182"/>
        <source>Contacts so far</source>
        <translation>Contacts jusqu’ici</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="184"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="185"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="192"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="194"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="195"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="198"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n a eu lieu</numerusform>
            <numerusform>%n ont eu lieu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="200"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="202"/>
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
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="291"/>
        <source>Period report</source>
        <translation>Rapport sur une période</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="292"/>
        <source>&amp;Child:</source>
        <translation>&amp;Enfant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="293"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="294"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="295"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="296"/>
        <source>&amp;Save to:</source>
        <translation>En&amp;registrer dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="297"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="298"/>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="299"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="300"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="301"/>
        <source>First day of the report</source>
        <translation>Premier jour du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="302"/>
        <source>Last day of the report</source>
        <translation>Dernier jour du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="303"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="304"/>
        <source>File of the report</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="305"/>
        <source>Progress of the report</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="325"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="325"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="329"/>
        <source>Reading the children…</source>
        <translation>Chargement des enfants…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="331"/>
        <source>No child was placed in this period</source>
        <translation>Aucun enfant placé pendant cette période</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="345"/>
        <source>The period starts after it ends.</source>
        <translation>La date de début est postérieure à la date de fin.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="347"/>
        <source>Writing the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="349"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="351"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Le rapport a été annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="551"/>
        <source>The report was not made: something went wrong (%1).</source>
        <translation>Le rapport n’a pas été créé&#xa0;: un problème est survenu (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/report.py" line="356"/>
        <source>The report is saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>Le rapport est enregistré sous %1 (%n page).</numerusform>
            <numerusform>Le rapport est enregistré sous %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="360"/>
        <source>Some letters may not print: %1</source>
        <translation>Certains caractères risquent de ne pas s’imprimer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="408"/>
        <source>The children could not be read: %1</source>
        <translation>La liste des enfants n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="437"/>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="439"/>
        <source>Report %1 %2 to %3.pdf</source>
        <translation>Rapport %1 du %2 au %3.pdf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="449"/>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="449"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="479"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="480"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../app/services/review.py" line="428"/>
        <source>Questions are answered by the household.</source>
        <translation>C’est le foyer qui répond aux questions.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="471"/>
        <source>Only supervisors review records.</source>
        <translation>Seuls les superviseurs relisent les notes.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="475"/>
        <source>This household is not one of yours.</source>
        <translation>Ce foyer ne fait pas partie de ceux que vous suivez.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="294"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="298"/>
        <source>Contact did not happen</source>
        <translation>Contact qui n’a pas eu lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="299"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="305"/>
        <source>Answer received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="307"/>
        <source>Question open</source>
        <translation>Question en attente</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="309"/>
        <source>Amendment</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="374"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="375"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="376"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="377"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="378"/>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="450"/>
        <source>Review queue</source>
        <translation>À relire</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="460"/>
        <source>Records to review</source>
        <translation>Éléments à relire</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="462"/>
        <source>Space or Enter</source>
        <translation>Espace ou Entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="463"/>
        <source>Ask a &amp;question…</source>
        <translation>Poser une &amp;question…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="465"/>
        <source>Ask for a follow-&amp;up…</source>
        <translation>Demander un &amp;suivi…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="461"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Marquer comme relu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="469"/>
        <source>Space or Enter: mark the selected as reviewed · Shift+↑↓: select more · Q: question · F: follow-up</source>
        <translation>Espace ou Entrée&#xa0;: marquer la sélection comme relue · Maj+↑↓&#xa0;: sélectionner davantage · Q&#xa0;: question · F&#xa0;: suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="565"/>
        <source>Choose a household on the left.</source>
        <translation>Choisissez un foyer à gauche.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="567"/>
        <source>Reading the queue…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="569"/>
        <source>Everything in this household has been reviewed.</source>
        <translation>Tout a été relu dans ce foyer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="572"/>
        <source>%n record(s) to review: incidents first, then contacts that did not happen, then the rest by date.</source>
        <translation>
            <numerusform>%n élément à relire&#xa0;: d’abord les incidents, puis les contacts qui n’ont pas eu lieu, puis le reste par date.</numerusform>
            <numerusform>%n éléments à relire&#xa0;: d’abord les incidents, puis les contacts qui n’ont pas eu lieu, puis le reste par date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="649"/>
        <source>%n entry(ies) marked as reviewed</source>
        <translation>
            <numerusform>%n note marquée comme relue</numerusform>
            <numerusform>%n notes marquées comme relues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="700"/>
        <source>Follow-up asked; the household sees it after the next sync.</source>
        <translation>Suivi demandé&#xa0;; le foyer le verra après la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="702"/>
        <source>Question asked; the household sees it after the next sync.</source>
        <translation>Question posée&#xa0;; le foyer la verra après la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="116"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="117"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="118"/>
        <source>&amp;Lock after (minutes without use):</source>
        <translation>&amp;Verrouiller après (minutes sans utilisation)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="119"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="120"/>
        <source>Minutes before the automatic lock</source>
        <translation>Minutes avant le verrouillage automatique</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="121"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="122"/>
        <source>&amp;Remember the key on this computer</source>
        <translation>&amp;Mémoriser la clé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="125"/>
        <source>Kept in this computer&apos;s secure keyring (%1).</source>
        <translation>Conservée dans le trousseau de clés sécurisé de cet ordinateur (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="131"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="143"/>
        <source>Thuisboek version:</source>
        <translation>Version de Thuisboek&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="132"/>
        <source>Central office</source>
        <translation>Service central</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="133"/>
        <source>Server address:</source>
        <translation>Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="134"/>
        <source>This computer&apos;s id:</source>
        <translation>Identifiant de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="135"/>
        <source>Last successful sync:</source>
        <translation>Dernière synchronisation réussie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="136"/>
        <source>C&amp;onnect…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="146"/>
        <source>This computer is not connected to a central office: the home book stays on this computer. Connect it with the enrolment code the central office gives you.</source>
        <translation>Cet ordinateur n’est pas connecté à un service central&#xa0;: le carnet de la maison reste sur cet ordinateur. Connectez-le avec le code d’inscription que le service central vous donne.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="153"/>
        <source>The central office has revoked this computer: it no longer syncs.</source>
        <translation>Le service central a révoqué cet ordinateur&#xa0;: il ne se synchronise plus.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="157"/>
        <source>This computer is connected to the central office and syncs with it.</source>
        <translation>Cet ordinateur est connecté au service central et se synchronise avec lui.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="202"/>
        <source>This version (%1) is too old for the central office, which needs Thuisboek %2 or newer: it does not sync until it is updated. Your changes wait on this computer.</source>
        <translation>Cette version (%1) est trop ancienne pour le service central, qui demande Thuisboek %2 ou plus récent&#xa0;: elle ne se synchronise plus avant d’être mise à jour. Vos modifications attendent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="211"/>
        <source>The central office recommends Thuisboek %1 or newer (this is %2). This version keeps working; ask for the update.</source>
        <translation>Le service central recommande Thuisboek %1 ou plus récent (celui-ci est en %2). Cette version continue de fonctionner&#xa0;; demandez la mise à jour.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="169"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="184"/>
        <source>This computer is now connected to the central office.</source>
        <translation>Cet ordinateur est maintenant connecté au service central.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="199"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="204"/>
        <source>Your passphrase, to confirm:</source>
        <translation>Votre phrase secrète, pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="219"/>
        <source>This computer now remembers the key.</source>
        <translation>Cet ordinateur mémorise désormais la clé.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="221"/>
        <source>This computer no longer remembers the key.</source>
        <translation>Cet ordinateur ne mémorise plus la clé.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="225"/>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/settings.py" line="229"/>
        <source>New passphrase (at least %n characters):</source>
        <translation>
            <numerusform>Nouvelle phrase secrète (au moins %n caractère)&#xa0;:</numerusform>
            <numerusform>Nouvelle phrase secrète (au moins %n caractères)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="233"/>
        <source>New passphrase again:</source>
        <translation>Nouvelle phrase secrète (confirmation)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="235"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes sont différentes&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="242"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
</context>
<context>
    <name>SignalsModel</name>
    <message>
        <location filename="../app/ui/pages/overview.py" line="199"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="205"/>
        <source>%1: %n incident(s) in the past %2 days, the last on %3.</source>
        <translation>
            <numerusform>%1&#xa0;: %n incident ces %2 derniers jours, le %3.</numerusform>
            <numerusform>%1&#xa0;: %n incidents ces %2 derniers jours, le dernier le %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="211"/>
        <source>Most serious: %1.</source>
        <translation>Gravité maximale&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="215"/>
        <source>%1: no daily log on %n of the past %2 days.</source>
        <translation>
            <numerusform>%1&#xa0;: pas de journal du jour pendant %n des %2 derniers jours.</numerusform>
            <numerusform>%1&#xa0;: pas de journal du jour pendant %n des %2 derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="219"/>
        <source>%1: the last %n contacts with %2 did not take place (cancelled or no-show).</source>
        <translation>
            <numerusform>%1&#xa0;: le dernier contact avec %2 n’a pas eu lieu (annulé ou absence sans prévenir).</numerusform>
            <numerusform>%1&#xa0;: les %n derniers contacts avec %2 n’ont pas eu lieu (annulés ou absences sans prévenir).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="224"/>
        <source>%1: no contact on record with %2 (placed apart).</source>
        <translation>%1&#xa0;: aucun contact noté avec %2 (placés séparément).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="228"/>
        <source>%1: not seen %2 (placed apart) for %n day(s).</source>
        <translation>
            <numerusform>%1&#xa0;: pas vu %2 (placés séparément) depuis %n jour.</numerusform>
            <numerusform>%1&#xa0;: pas vu %2 (placés séparément) depuis %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="147"/>
        <source>How will you use Thuisboek?</source>
        <translation>Comment allez-vous utiliser Thuisboek&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="150"/>
        <source>Thuisboek works without a connection. Connected to the central office, it syncs your household&apos;s records whenever there is a network.</source>
        <translation>Thuisboek fonctionne sans connexion. Connecté au service central, il synchronise les données de votre foyer dès qu’un réseau est disponible.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="154"/>
        <source>&amp;Connect with the central office now</source>
        <translation>Se connecter &amp;maintenant au service central</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="157"/>
        <source>Type the server address and the one-time enrolment code the central office gave you for this computer. Your name and your household come from the central office.</source>
        <translation>Saisissez l’adresse du serveur et le code d’inscription à usage unique que le service central vous a donné pour cet ordinateur. Votre nom et votre foyer viennent du service central.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="162"/>
        <source>Start on this computer &amp;only, and connect later</source>
        <translation>Commencer &amp;uniquement sur cet ordinateur, et se connecter plus tard</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="165"/>
        <source>Everything stays on this computer. Connect it later from the settings: what you wrote until then goes along.</source>
        <translation>Tout reste sur cet ordinateur. Connectez-le plus tard depuis les paramètres&#xa0;: ce que vous aurez écrit d’ici là suivra.</translation>
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
    <name>Sync</name>
    <message>
        <location filename="../app/sync/engine.py" line="66"/>
        <source>The central office holds {server} records of this household where this computer holds {local}. Nothing was removed; confirm to continue.</source>
        <translation>Le service central détient {server} éléments de ce foyer alors que cet ordinateur en détient {local}. Rien n’a été retiré&#xa0;; confirmez pour continuer.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="150"/>
        <source>This Thuisboek ({version}) is too old for the central office, which needs version {minimum} or newer. Nothing was sent; your changes wait here. Install the new version, then sync again.</source>
        <translation>Ce Thuisboek ({version}) est trop ancien pour le service central, qui demande la version {minimum} ou plus récente. Rien n’a été envoyé&#xa0;; vos modifications attendent ici. Installez la nouvelle version, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="43"/>
        <source>The central office cannot be reached.</source>
        <translation>Le service central est injoignable.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="55"/>
        <source>The central office had a problem (HTTP {status}). Nothing is lost: your changes wait here and are sent later.</source>
        <translation>Le service central a rencontré un problème (HTTP {status}). Rien n’est perdu&#xa0;: vos modifications attendent ici et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="71"/>
        <source>The address {url} is not secure: use https:// (http:// only for this computer).</source>
        <translation>L’adresse {url} n’est pas sécurisée&#xa0;: utilisez https:// (http:// uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="113"/>
        <source>This computer does not trust the central office&apos;s certificate. Nothing was sent. Ask the office to install its certificate authority on this computer, or check the address.</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat du service central. Rien n’a été envoyé. Demandez au service d’installer son autorité de certification sur cet ordinateur, ou vérifiez l’adresse.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="86"/>
        <source>The central office has revoked this computer. The records on it are locked; you can erase them.</source>
        <translation>Le service central a révoqué cet ordinateur. Les données qui s’y trouvent sont verrouillées&#xa0;; vous pouvez les effacer.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="100"/>
        <source>The central office does not recognise this computer. Enrol it again.</source>
        <translation>Le service central ne reconnaît pas cet ordinateur. Inscrivez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="112"/>
        <source>The enrolment code is not valid (mistyped, used already, or expired).</source>
        <translation>Le code d’inscription n’est pas valable (faute de frappe, déjà utilisé ou expiré).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="125"/>
        <source>The central office was restored from a backup.</source>
        <translation>Le service central a été restauré à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="135"/>
        <source>The central office refused the request ({status} {code}).</source>
        <translation>Le service central a refusé la demande ({status} {code}).</translation>
    </message>
    <message>
        <location filename="../app/sync/enroll.py" line="95"/>
        <source>This enrolment code is for someone else. Nothing was changed: ask the central office for a code for the person of this profile.</source>
        <translation>Ce code d’inscription est destiné à une autre personne. Rien n’a été modifié&#xa0;: demandez au service central un code pour la personne de ce profil.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="1"/>
        <source>The central office is refusing too many attempts; trying again at {time}.</source>
        <translation>Le service central refuse trop de tentatives&#xa0;; nouvel essai à {time}.</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="272"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="274"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
</context>
<context>
    <name>TimelineDetail</name>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="128"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="129"/>
        <source>Delete this entry</source>
        <translation>Supprimer cette note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="130"/>
        <source>The chosen record in full</source>
        <translation>L’élément choisi en entier</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="174"/>
        <source>This record could not be read.</source>
        <translation>Cet élément n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="190"/>
        <source>Choose an entry to read it in full.</source>
        <translation>Choisissez une note pour la lire en entier.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="213"/>
        <source>This is an amendment of the entry of %1.</source>
        <translation>Ceci est une correction de la note du %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="214"/>
        <source>Show the original</source>
        <translation>Afficher l’original</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="217"/>
        <source>This is an amendment of an entry this computer does not hold.</source>
        <translation>Ceci est une correction d’une note que cet ordinateur ne détient pas.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="221"/>
        <source>About:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="230"/>
        <source>Reason for the amendment</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="234"/>
        <source>Amendments</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="240"/>
        <source>Reviews</source>
        <translation>Relectures</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="257"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="281"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="281"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="286"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="302"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="287"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="288"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="289"/>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="290"/>
        <source>Eating</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="291"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="292"/>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="293"/>
        <source>School or daycare</source>
        <translation>École ou crèche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="294"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="295"/>
        <source>Notable moments</source>
        <translation>Moments marquants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="296"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="313"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="303"/>
        <source>Relatives</source>
        <translation>Proches</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="304"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="305"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="319"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="306"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline_detail.py" line="306"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="307"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="308"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="309"/>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="310"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="311"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="312"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="317"/>
        <source>Observed on</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="318"/>
        <source>Milestone</source>
        <translation>Étape du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="320"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="324"/>
        <source>Mark</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="325"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="337"/>
        <source>written by you</source>
        <translation>écrit par vous</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="338"/>
        <source>written by someone else</source>
        <translation>écrit par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="344"/>
        <source>Written %1</source>
        <translation>Écrit le %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="347"/>
        <source>waiting to sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="350"/>
        <source>refused by the central office: %1</source>
        <translation>refusé par le service central&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="353"/>
        <source>synced</source>
        <translation>synchronisé</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="134"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="136"/>
        <source>&amp;Logs</source>
        <translation>&amp;Journaux</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="136"/>
        <source>Show daily logs</source>
        <translation>Afficher les journaux du jour</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="137"/>
        <source>&amp;Milestones</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="137"/>
        <source>Show milestones</source>
        <translation>Afficher les étapes du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="138"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="138"/>
        <source>Show contact notes</source>
        <translation>Afficher les comptes rendus de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="139"/>
        <source>&amp;Reviews</source>
        <translation>&amp;Relectures</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="139"/>
        <source>Show reviews</source>
        <translation>Afficher les relectures</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="145"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="146"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="147"/>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="148"/>
        <source>Between dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="151"/>
        <source>&amp;Period:</source>
        <translation>Pér&amp;iode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="152"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="153"/>
        <source>Fr&amp;om:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="154"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="155"/>
        <source>&amp;To:</source>
        <translation>Jus&amp;qu’au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="156"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="157"/>
        <source>Search the records… (Ctrl+F)</source>
        <translation>Rechercher dans les notes… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="158"/>
        <source>Search the records</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="160"/>
        <source>Finds entries holding all the words (or words starting with them).</source>
        <translation>Trouve les notes qui contiennent tous les mots (ou des mots qui commencent par eux).</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../app/ui/models/timeline.py" line="483"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="484"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="485"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="486"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="159"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="165"/>
        <source>Records, newest first</source>
        <translation>Notes, les plus récentes d’abord</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="166"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="167"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline.py" line="293"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="295"/>
        <source>Choose at least one kind of record to show.</source>
        <translation>Choisissez au moins un type de note à afficher.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="297"/>
        <source>Nothing recorded in this period.</source>
        <translation>Rien n’a été noté pendant cette période.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline.py" line="374"/>
        <source>%n result(s) among the most recent matches; add a word to narrow it.</source>
        <translation>
            <numerusform>%n résultat parmi les correspondances les plus récentes&#xa0;; ajoutez un mot pour affiner.</numerusform>
            <numerusform>%n résultats parmi les correspondances les plus récentes&#xa0;; ajoutez un mot pour affiner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="407"/>
        <source>This entry cannot be deleted. %1</source>
        <translation>Cette note ne peut pas être supprimée. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="413"/>
        <source>Delete %1 of %2</source>
        <translation>Supprimer&#xa0;: %1 du %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="421"/>
        <source>Entry deleted. %1 brings it back.</source>
        <translation>Note supprimée. %1 la rétablit.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../app/ui/pages/today.py" line="87"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="148"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="149"/>
        <source>Save the log (Ctrl+S)</source>
        <translation>Enregistrer le journal (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="150"/>
        <source>Save the log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="151"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="152"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="153"/>
        <source>Back to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="312"/>
        <source>Your unsaved draft of this day is kept: add it as an amendment, or discard it.</source>
        <translation>Votre brouillon non enregistré de ce jour est conservé&#xa0;: ajoutez-le comme correction, ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="317"/>
        <source>Restored your unsaved draft. It is not saved yet: press Save (Ctrl+S) to keep it, or discard it.</source>
        <translation>Votre brouillon non enregistré a été restauré. Il n’est pas encore enregistré&#xa0;: appuyez sur Enregistrer (Ctrl+S) pour le garder, ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="336"/>
        <source>Something went wrong (%1).</source>
        <translation>Un problème est survenu (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="384"/>
        <source>Not saved yet · draft kept at %1</source>
        <translation>Pas encore enregistré · brouillon conservé à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="398"/>
        <source>Discard the draft of %1</source>
        <translation>Supprimer le brouillon de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="405"/>
        <source>Draft discarded. Edit › Undo brings it back.</source>
        <translation>Brouillon supprimé. Édition › Annuler le rétablit.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="414"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="425"/>
        <source>Nothing is written yet: choose a mood or write a few words first.</source>
        <translation>Rien n’est encore écrit&#xa0;: choisissez d’abord une humeur ou écrivez quelques mots.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="431"/>
        <source>No changes to save.</source>
        <translation>Aucune modification à enregistrer.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="437"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="439"/>
        <source>Save the log of %1</source>
        <translation>Enregistrer le journal de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="470"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="482"/>
        <source>The log was not saved: please look at the marked fields.</source>
        <translation>Le journal n’a pas été enregistré&#xa0;: veuillez vérifier les champs signalés.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="487"/>
        <source>Your text is kept as a draft.</source>
        <translation>Votre texte est conservé comme brouillon.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="504"/>
        <source>another caregiver</source>
        <translation>un autre accueillant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="517"/>
        <source>Amend the log of %1</source>
        <translation>Corriger le journal de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="519"/>
        <source>Amendment added at %1</source>
        <translation>Correction ajoutée à %1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../app/ui/unlock.py" line="83"/>
        <source>Thuisboek — locked</source>
        <translation>Thuisboek — verrouillé</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="84"/>
        <source>Thuisboek is locked</source>
        <translation>Thuisboek est verrouillé</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="85"/>
        <source>Enter your passphrase to open the home book.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir le carnet de la maison.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="86"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="87"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="88"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/unlock.py" line="106"/>
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de phrases secrètes erronées. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop de phrases secrètes erronées. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="115"/>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="122"/>
        <source>Please enter your passphrase.</source>
        <translation>Veuillez saisir votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="125"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="142"/>
        <source>The home book could not be opened (%1).</source>
        <translation>Le carnet de la maison n’a pas pu être ouvert (%1).</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/domain/records.py" line="110"/>
        <source>This text is too long ({length} characters; at most {limit}).</source>
        <translation>Ce texte est trop long ({length} caractères&#xa0;; {limit} au maximum).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="177"/>
        <source>An amendment needs a reason.</source>
        <translation>Une correction doit avoir un motif.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="196"/>
        <source>The household needs a name.</source>
        <translation>Le foyer doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="215"/>
        <source>The person needs a name.</source>
        <translation>La personne doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="246"/>
        <source>The child needs a first name.</source>
        <translation>L’enfant doit avoir un prénom.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="253"/>
        <source>The date of birth {date} lies in the future.</source>
        <translation>La date de naissance {date} est dans le futur.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="259"/>
        <source>The placement cannot start ({start}) before the child was born ({born}).</source>
        <translation>Le placement ne peut pas commencer ({start}) avant la naissance de l’enfant ({born}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="271"/>
        <source>The placement cannot end before it started.</source>
        <translation>Le placement ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="278"/>
        <source>The list of languages is too long.</source>
        <translation>La liste des langues est trop longue.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="319"/>
        <source>The relative needs a name.</source>
        <translation>Le proche doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="325"/>
        <source>Choose the child or children this person is family of.</source>
        <translation>Choisissez le ou les enfants dont cette personne est un proche.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="371"/>
        <source>A daily log cannot be dated in the future ({date}).</source>
        <translation>Un journal du jour ne peut pas être daté dans le futur ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="375"/>
        <source>Mood is a number from 1 to 5.</source>
        <translation>L’humeur est un nombre de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="380"/>
        <source>An incident needs a severity.</source>
        <translation>Un incident doit avoir une gravité.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="425"/>
        <source>An observation cannot be dated in the future ({date}).</source>
        <translation>Une observation ne peut pas être datée dans le futur ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="475"/>
        <source>Choose the kind of contact (visit, phone, letter…).</source>
        <translation>Choisissez le type de contact (visite, téléphone, lettre…).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="482"/>
        <source>Choose at least one child.</source>
        <translation>Choisissez au moins un enfant.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="487"/>
        <source>Choose at least one relative.</source>
        <translation>Choisissez au moins un proche.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="495"/>
        <source>A contact that took place cannot be dated in the future ({date}).</source>
        <translation>Un contact qui a eu lieu ne peut pas être daté dans le futur ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="507"/>
        <source>The duration is between 1 minute and 24 hours.</source>
        <translation>La durée est comprise entre 1 minute et 24 heures.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="563"/>
        <source>A question, follow-up or answer needs a comment.</source>
        <translation>Une question, un suivi ou une réponse doit avoir un commentaire.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="571"/>
        <source>An answer must answer a question.</source>
        <translation>Une réponse doit répondre à une question.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="634"/>
        <source>Unknown record type “{kind}”.</source>
        <translation>Type d’élément inconnu «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="653"/>
        <source>The value of “{field}” is not valid.</source>
        <translation>La valeur de «&#xa0;{field}&#xa0;» n’est pas valable.</translation>
    </message>
</context>
</TS>
