<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="57"/>
        <source>About Thuisboek</source>
        <translation>À propos de Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="61"/>
        <source>The home book for family-style child-welfare homes: daily logs, milestones and family contacts, kept encrypted on this computer. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Le carnet de la maison pour les lieux d’accueil familiaux de l’aide à la jeunesse&#xa0;: journaux du jour, étapes du développement et contacts avec la famille, conservés chiffrés sur cet ordinateur. Distribué sous la licence publique générale GNU (GPL), version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="71"/>
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="77"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3: you may replace the Qt libraries of this installation with your own build. The CDC milestone checklists are used with credit; the CDC does not endorse Thuisboek.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence publique générale limitée GNU (LGPL) v3&#xa0;: vous pouvez remplacer les bibliothèques Qt de cette installation par votre propre compilation. Les listes d’étapes du développement des CDC sont utilisées avec mention de leur source&#xa0;; les CDC ne cautionnent pas Thuisboek.</translation>
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
        <location filename="../app/ui/application.py" line="112"/>
        <source>This computer was revoked</source>
        <translation>Cet ordinateur a été révoqué</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="114"/>
        <source>The central office has revoked this computer. The home book is locked. Erase the records kept on this computer now?</source>
        <translation>Le service central a révoqué cet ordinateur. Le carnet de la maison est verrouillé. Effacer maintenant les données conservées sur cet ordinateur&#xa0;?</translation>
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
        <location filename="../app/ui/pages/today_view.py" line="80"/>
        <source>no incident</source>
        <translation>aucun incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="88"/>
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
        <location filename="../app/ui/dialogs/enrol.py" line="56"/>
        <source>Connect to the central office</source>
        <translation>Se connecter au service central</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="59"/>
        <source>Ask the central office for an enrolment code for this computer. What you wrote so far moves into the household the central office knows, and syncs.</source>
        <translation>Demandez au service central un code d’inscription pour cet ordinateur. Ce que vous avez déjà écrit passe dans le foyer connu du service central, et se synchronise.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="63"/>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="64"/>
        <source>&amp;Enrolment code:</source>
        <translation>&amp;Code d’inscription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="65"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="66"/>
        <source>Enrolment code</source>
        <translation>Code d’inscription</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="67"/>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="77"/>
        <source>Please enter the enrolment code.</source>
        <translation>Veuillez saisir le code d’inscription.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="80"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="93"/>
        <source>Could not connect (%1).</source>
        <translation>Connexion impossible (%1).</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="246"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="249"/>
        <source>Thuisboek works without a connection. Connecting this computer to the central office (enrolment) can be done later, from the settings. Press Finish to open your home book.</source>
        <translation>Thuisboek fonctionne sans connexion. Vous pourrez connecter cet ordinateur au service central (inscription) plus tard, depuis les paramètres. Appuyez sur Terminer pour ouvrir votre carnet de la maison.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/ui/first_run.py" line="280"/>
        <source>Thuisboek — first start</source>
        <translation>Thuisboek — premier démarrage</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="325"/>
        <source>The profile could not be created (%1).</source>
        <translation>Le profil n’a pas pu être créé (%1).</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="107"/>
        <source>Professional care family (Simba home)</source>
        <translation>Famille d’accueil professionnelle (maison Simba)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="108"/>
        <source>SOS family in the children&apos;s village</source>
        <translation>Famille SOS au village d’enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="109"/>
        <source>Small house for unaccompanied minors</source>
        <translation>Petite maison pour mineurs non accompagnés</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="110"/>
        <source>Family support</source>
        <translation>Soutien aux familles</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="114"/>
        <source>You and your household</source>
        <translation>Vous et votre foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="115"/>
        <source>The children are added once the home book is open.</source>
        <translation>Les enfants seront ajoutés une fois le carnet de la maison ouvert.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="116"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="117"/>
        <source>&amp;Household name:</source>
        <translation>Nom du &amp;foyer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="118"/>
        <source>&amp;Kind of home:</source>
        <translation>&amp;Type d’accueil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="119"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="120"/>
        <source>Household name</source>
        <translation>Nom du foyer</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="121"/>
        <source>Kind of home</source>
        <translation>Type d’accueil</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="76"/>
        <source>Welcome to Thuisboek</source>
        <translation>Bienvenue dans Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="78"/>
        <source>The home book for the children in your care. Choose your language.</source>
        <translation>Le carnet de la maison pour les enfants que vous accueillez. Choisissez votre langue.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="81"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LogCard</name>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="149"/>
        <source>Add amendment…</source>
        <translation>Ajouter une correction…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="150"/>
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
        <location filename="../app/ui/main_window.py" line="240"/>
        <source>Thuisboek — %1</source>
        <translation>Thuisboek — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="242"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="243"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="244"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="245"/>
        <source>H&amp;ousehold</source>
        <translation>F&amp;oyer</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="246"/>
        <source>&amp;Add a child…</source>
        <translation>Ajouter un &amp;enfant…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="247"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="248"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="249"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="250"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="251"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="252"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="253"/>
        <source>&amp;Next child</source>
        <translation>Enfant &amp;suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="254"/>
        <source>&amp;Previous child</source>
        <translation>Enfant pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="255"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="256"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="257"/>
        <source>&amp;Connect to the central office…</source>
        <translation>Se connecter au service ce&amp;ntral…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="258"/>
        <source>&amp;About Thuisboek</source>
        <translation>À pr&amp;opos de Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="259"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="260"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="309"/>
        <source>No children in this home book yet. Add the first one with Household ▸ Add a child… (Ctrl+Shift+N).</source>
        <translation>Pas encore d’enfant dans ce carnet de la maison. Ajoutez le premier avec Foyer ▸ Ajouter un enfant… (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="360"/>
        <source>Working offline (not connected to a central office)</source>
        <translation>Travail hors ligne (pas connecté à un service central)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="363"/>
        <source>Syncing %1 of %2…</source>
        <translation>Synchronisation %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="366"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="368"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="370"/>
        <source>This computer was revoked by the central office</source>
        <translation>Cet ordinateur a été révoqué par le service central</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="372"/>
        <source>Sync held: confirm before records are removed</source>
        <translation>Synchronisation suspendue&#xa0;: confirmez avant que des données soient retirées</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="374"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="378"/>
        <source>synced at %1</source>
        <translation>synchronisé à %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="380"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="382"/>
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflit à examiner</numerusform>
            <numerusform>%n conflits à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="384"/>
        <source>%n change(s) refused by the central office</source>
        <translation>
            <numerusform>%n modification refusée par le service central</numerusform>
            <numerusform>%n modifications refusées par le service central</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="398"/>
        <source>Sync held</source>
        <translation>Synchronisation suspendue</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="417"/>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="418"/>
        <source>Thuisboek</source>
        <translation>Thuisboek</translation>
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
    <name>PassphrasePage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="170"/>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="171"/>
        <source>It locks the home book on this computer.</source>
        <translation>Elle verrouille le carnet de la maison sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="172"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="173"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="174"/>
        <source>Strength:</source>
        <translation>Solidité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="175"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="176"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="177"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="180"/>
        <source>Write it down and keep it somewhere safe. A forgotten passphrase cannot be recovered on this computer: without it the records here cannot be opened. What was synced stays safe at the central office.</source>
        <translation>Notez-la et gardez-la en lieu sûr. Une phrase secrète oubliée ne peut pas être récupérée sur cet ordinateur&#xa0;: sans elle, les données qui s’y trouvent ne peuvent pas être ouvertes. Ce qui a été synchronisé reste en sécurité au service central.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="185"/>
        <source>&amp;Remember on this computer (no passphrase at start)</source>
        <translation>&amp;Mémoriser sur cet ordinateur (pas de phrase secrète au démarrage)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="188"/>
        <source>The key is kept in this computer&apos;s secure keyring (%1).</source>
        <translation>La clé est conservée dans le trousseau de clés sécurisé de cet ordinateur (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="202"/>
        <source>too short</source>
        <translation>trop courte</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="203"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="204"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="205"/>
        <source>strong</source>
        <translation>solide</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/first_run.py" line="215"/>
        <source>Use at least %n characters; a few words are easy to remember.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère&#xa0;; quelques mots sont faciles à retenir.</numerusform>
            <numerusform>Utilisez au moins %n caractères&#xa0;; quelques mots sont faciles à retenir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="220"/>
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
    <name>RecordLabels</name>
    <message>
        <location filename="../app/ui/models/timeline.py" line="108"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="109"/>
        <source>Milestone</source>
        <translation>Étape du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="110"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="111"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="114"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="115"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="116"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="119"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="120"/>
        <source>Supervised visit</source>
        <translation>Visite encadrée</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="121"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="122"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="123"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="126"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="127"/>
        <source>happened</source>
        <translation>a eu lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="128"/>
        <source>✕ cancelled</source>
        <translation>✕ annulé</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="129"/>
        <source>✕ no-show</source>
        <translation>✕ absent (sans prévenir)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="132"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="133"/>
        <source>emerging</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="134"/>
        <source>achieved</source>
        <translation>acquis</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="137"/>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="138"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="139"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="140"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="143"/>
        <source>on a log</source>
        <translation>sur un journal</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="144"/>
        <source>on a milestone</source>
        <translation>sur une étape du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="145"/>
        <source>on a contact</source>
        <translation>sur un contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="146"/>
        <source>on a review</source>
        <translation>sur une relecture</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="153"/>
        <source>Mood %1/5</source>
        <translation>Humeur %1/5</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="157"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="158"/>
        <source>Incident (%1 severity)</source>
        <translation>Incident (gravité %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="161"/>
        <source>Amendment (%1)</source>
        <translation>Correction (%1)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../app/services/records.py" line="50"/>
        <source>This record does not exist (any more).</source>
        <translation>Cet élément n’existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="86"/>
        <source>This record was deleted.</source>
        <translation>Cet élément a été supprimé.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="93"/>
        <location filename="../app/services/records.py" line="156"/>
        <location filename="../app/services/records.py" line="252"/>
        <source>Supervisors add reviews; they do not change the household&apos;s records.</source>
        <translation>Les superviseurs ajoutent des relectures&#xa0;; ils ne modifient pas les notes du foyer.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="103"/>
        <source>Only its author can change this review.</source>
        <translation>Seul son auteur peut modifier cette relecture.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="113"/>
        <source>Only its author can change this entry. Add an amendment with a reason.</source>
        <translation>Seul son auteur peut modifier cette note. Ajoutez une correction avec un motif.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="125"/>
        <source>This entry is kept as it was written (it was synced or is more than a day old). Add an amendment with a reason instead.</source>
        <translation>Cette note est conservée telle qu’elle a été écrite (elle a été synchronisée ou date de plus d’un jour). Ajoutez plutôt une correction avec un motif.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="184"/>
        <source>There is already a log of yours for this child on this day.</source>
        <translation>Vous avez déjà un journal pour cet enfant ce jour-là.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="231"/>
        <source>This deletion has been synced already and cannot be undone.</source>
        <translation>Cette suppression a déjà été synchronisée et ne peut pas être annulée.</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="83"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="85"/>
        <source>&amp;Lock after (minutes without use):</source>
        <translation>&amp;Verrouiller après (minutes sans utilisation)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="86"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="87"/>
        <source>Minutes before the automatic lock</source>
        <translation>Minutes avant le verrouillage automatique</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="88"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="89"/>
        <source>&amp;Remember the key on this computer</source>
        <translation>&amp;Mémoriser la clé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="92"/>
        <source>Kept in this computer&apos;s secure keyring (%1).</source>
        <translation>Conservée dans le trousseau de clés sécurisé de cet ordinateur (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="98"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="112"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="117"/>
        <source>Your passphrase, to confirm:</source>
        <translation>Votre phrase secrète, pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="132"/>
        <source>This computer now remembers the key.</source>
        <translation>Cet ordinateur mémorise désormais la clé.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="134"/>
        <source>This computer no longer remembers the key.</source>
        <translation>Cet ordinateur ne mémorise plus la clé.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="138"/>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/settings.py" line="142"/>
        <source>New passphrase (at least %n characters):</source>
        <translation>
            <numerusform>Nouvelle phrase secrète (au moins %n caractère)&#xa0;:</numerusform>
            <numerusform>Nouvelle phrase secrète (au moins %n caractères)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="146"/>
        <source>New passphrase again:</source>
        <translation>Nouvelle phrase secrète (confirmation)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="148"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes sont différentes&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="155"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
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
        <location filename="../app/sync/engine.py" line="50"/>
        <source>The central office holds {server} records of this household where this computer holds {local}. Nothing was removed; confirm to continue.</source>
        <translation>Le service central détient {server} éléments de ce foyer alors que cet ordinateur en détient {local}. Rien n’a été retiré&#xa0;; confirmez pour continuer.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="41"/>
        <source>The central office cannot be reached.</source>
        <translation>Le service central est injoignable.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="51"/>
        <source>The address {url} is not secure: use https:// (http:// only for this computer).</source>
        <translation>L’adresse {url} n’est pas sécurisée&#xa0;: utilisez https:// (http:// uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="66"/>
        <source>The central office has revoked this computer. The records on it are locked; you can erase them.</source>
        <translation>Le service central a révoqué cet ordinateur. Les données qui s’y trouvent sont verrouillées&#xa0;; vous pouvez les effacer.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="80"/>
        <source>The central office does not recognise this computer. Enrol it again.</source>
        <translation>Le service central ne reconnaît pas cet ordinateur. Inscrivez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="92"/>
        <source>The enrolment code is not valid (mistyped, used already, or expired).</source>
        <translation>Le code d’inscription n’est pas valable (faute de frappe, déjà utilisé ou expiré).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="105"/>
        <source>The central office was restored from a backup.</source>
        <translation>Le service central a été restauré à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="115"/>
        <source>The central office refused the request ({status} {code}).</source>
        <translation>Le service central a refusé la demande ({status} {code}).</translation>
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
        <location filename="../app/ui/pages/timeline_detail.py" line="214"/>
        <source>This is an amendment of the entry of %1.</source>
        <translation>Ceci est une correction de la note du %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="220"/>
        <source>This is an amendment of an entry this computer does not hold.</source>
        <translation>Ceci est une correction d’une note que cet ordinateur ne détient pas.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="232"/>
        <source>Reason for the amendment</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="282"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="282"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="287"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="303"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="288"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="289"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="290"/>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="291"/>
        <source>Eating</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="292"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="293"/>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="294"/>
        <source>School or daycare</source>
        <translation>École ou crèche</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="295"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="296"/>
        <source>Notable moments</source>
        <translation>Moments marquants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="297"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="314"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="304"/>
        <source>Relatives</source>
        <translation>Proches</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="305"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="306"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="320"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="307"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline_detail.py" line="307"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="308"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="309"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="310"/>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="311"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="312"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="313"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="318"/>
        <source>Observed on</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="319"/>
        <source>Milestone</source>
        <translation>Étape du développement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="321"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="325"/>
        <source>Mark</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="326"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="338"/>
        <source>written by you</source>
        <translation>écrit par vous</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="339"/>
        <source>written by someone else</source>
        <translation>écrit par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="345"/>
        <source>Written %1</source>
        <translation>Écrit le %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="348"/>
        <source>waiting to sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="351"/>
        <source>refused by the central office: %1</source>
        <translation>refusé par le service central&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="354"/>
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
        <location filename="../app/ui/models/timeline.py" line="466"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="467"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="468"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="469"/>
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
        <location filename="../app/ui/unlock.py" line="76"/>
        <source>Thuisboek — locked</source>
        <translation>Thuisboek — verrouillé</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="77"/>
        <source>Thuisboek is locked</source>
        <translation>Thuisboek est verrouillé</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="78"/>
        <source>Enter your passphrase to open the home book.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir le carnet de la maison.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="79"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="80"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="81"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/unlock.py" line="99"/>
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de phrases secrètes erronées. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop de phrases secrètes erronées. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="108"/>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="115"/>
        <source>Please enter your passphrase.</source>
        <translation>Veuillez saisir votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="118"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="135"/>
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
        <location filename="../app/domain/records.py" line="560"/>
        <source>A question, follow-up or answer needs a comment.</source>
        <translation>Une question, un suivi ou une réponse doit avoir un commentaire.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="568"/>
        <source>An answer must answer a question.</source>
        <translation>Une réponse doit répondre à une question.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="631"/>
        <source>Unknown record type “{kind}”.</source>
        <translation>Type d’élément inconnu «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="650"/>
        <source>The value of “{field}” is not valid.</source>
        <translation>La valeur de «&#xa0;{field}&#xa0;» n’est pas valable.</translation>
    </message>
</context>
</TS>
