<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="57"/>
        <source>About Thuisboek</source>
        <translation>About Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="61"/>
        <source>The home book for family-style child-welfare homes: daily logs, milestones and family contacts, kept encrypted on this computer. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>The home book for family-style child-welfare homes: daily logs, milestones and family contacts, kept encrypted on this computer. Licensed under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="71"/>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="77"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3: you may replace the Qt libraries of this installation with your own build. The CDC milestone checklists are used with credit; the CDC does not endorse Thuisboek.</source>
        <translation>Qt and PySide6 are used under the GNU Lesser General Public License v3: you may replace the Qt libraries of this installation with your own build. The CDC milestone checklists are used with credit; the CDC does not endorse Thuisboek.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="91"/>
        <location filename="../app/ui/pages/today_amend.py" line="103"/>
        <source>Add amendment</source>
        <translation>Add amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="94"/>
        <source>The log of %1 by %2 stays as it was written. Your correction is kept beside it, with the reason, and both can be read later.</source>
        <translation>The log of %1 by %2 stays as it was written. Your correction is kept beside it, with the reason, and both can be read later.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="100"/>
        <source>R&amp;eason for the amendment (required)</source>
        <translation>R&amp;eason for the amendment (required)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="101"/>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="104"/>
        <source>Store the amendment (Ctrl+Enter)</source>
        <translation>Store the amendment (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="142"/>
        <source>The amendment could not be stored (%1).</source>
        <translation>The amendment could not be stored (%1).</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../app/ui/application.py" line="112"/>
        <source>This computer was revoked</source>
        <translation>This computer was revoked</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="114"/>
        <source>The central office has revoked this computer. The home book is locked. Erase the records kept on this computer now?</source>
        <translation>The central office has revoked this computer. The home book is locked. Erase the records kept on this computer now?</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="144"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="145"/>
        <source>&amp;Add amendment…</source>
        <translation>&amp;Add amendment…</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="355"/>
        <location filename="../app/ui/dialogs/child.py" line="369"/>
        <source>Add child</source>
        <translation>Add child</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="355"/>
        <location filename="../app/ui/dialogs/child.py" line="373"/>
        <source>Edit child</source>
        <translation>Edit child</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="218"/>
        <source>Fi&amp;rst name:</source>
        <translation>Fi&amp;rst name:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="219"/>
        <source>Famil&amp;y name:</source>
        <translation>Famil&amp;y name:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="220"/>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="221"/>
        <source>&amp;Placed since:</source>
        <translation>&amp;Placed since:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="222"/>
        <source>Placement en&amp;ded:</source>
        <translation>Placement en&amp;ded:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="223"/>
        <source>Sch&amp;ool or daycare:</source>
        <translation>Sch&amp;ool or daycare:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="224"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="225"/>
        <source>Sibling &amp;group:</source>
        <translation>Sibling &amp;group:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="226"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="230"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="231"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="232"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="233"/>
        <source>Placement start</source>
        <translation>Placement start</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="234"/>
        <source>ended on</source>
        <translation>ended on</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="235"/>
        <source>Placement ended</source>
        <translation>Placement ended</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="236"/>
        <source>Placement end</source>
        <translation>Placement end</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="237"/>
        <source>School or daycare</source>
        <translation>School or daycare</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="238"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="239"/>
        <source>Separated by commas, e.g. Dutch, Arabic</source>
        <translation>Separated by commas, e.g. Dutch, Arabic</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="240"/>
        <source>Sibling group</source>
        <translation>Sibling group</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="241"/>
        <source>The same name for siblings placed together</source>
        <translation>The same name for siblings placed together</translation>
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
        <translation>Whole household</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="58"/>
        <source>logged today</source>
        <translation>logged today</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="58"/>
        <source>no log yet today</source>
        <translation>no log yet today</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="61"/>
        <source>Today&apos;s log is still missing</source>
        <translation>Today&apos;s log is still missing</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/children.py" line="74"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/children.py" line="75"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactNoteDialog</name>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="258"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="352"/>
        <source>Record a contact</source>
        <translation>Record a contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="259"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="357"/>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="260"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="368"/>
        <source>Add amendment</source>
        <translation>Add amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="264"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
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
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="273"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="274"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="275"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="276"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="277"/>
        <source>&amp;With:</source>
        <translation>&amp;With:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="278"/>
        <source>C&amp;hildren:</source>
        <translation>C&amp;hildren:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="279"/>
        <source>&amp;Before</source>
        <translation>&amp;Before</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="280"/>
        <source>Du&amp;ring</source>
        <translation>Du&amp;ring</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="281"/>
        <source>&amp;After</source>
        <translation>&amp;After</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="282"/>
        <source>A&amp;greements</source>
        <translation>A&amp;greements</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="283"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="284"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="289"/>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="290"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="291"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="292"/>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="293"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="294"/>
        <source>Relatives at the contact</source>
        <translation>Relatives at the contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="295"/>
        <source>Children at the contact</source>
        <translation>Children at the contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="296"/>
        <source>How the child was before</source>
        <translation>How the child was before</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="297"/>
        <source>How the child was during</source>
        <translation>How the child was during</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="298"/>
        <source>How the child was after</source>
        <translation>How the child was after</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="299"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="300"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="301"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="305"/>
        <source>How was the child?</source>
        <translation>How was the child?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="306"/>
        <source>e.g. visiting centre, at home, park</source>
        <translation>e.g. visiting centre, at home, park</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="307"/>
        <source>What was agreed, and with whom</source>
        <translation>What was agreed, and with whom</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="308"/>
        <source>What needs doing next</source>
        <translation>What needs doing next</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="309"/>
        <source>R&amp;eason for the amendment:</source>
        <translation>R&amp;eason for the amendment:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="310"/>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="313"/>
        <source>The original stays on record beside your amendment.</source>
        <translation>The original stays on record beside your amendment.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="365"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ContactNotesModel</name>
    <message>
        <location filename="../app/ui/models/contacts.py" line="102"/>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="117"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="118"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="120"/>
        <location filename="../app/ui/models/contacts.py" line="208"/>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="121"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="122"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="137"/>
        <source>%1, amended</source>
        <translation>%1, amended</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/contacts.py" line="141"/>
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Amended %n time</numerusform>
            <numerusform>Amended %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="209"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="210"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="211"/>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="212"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="213"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="214"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
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
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="35"/>
        <source>Supervised visit</source>
        <translation>Supervised visit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="36"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="37"/>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="38"/>
        <source>Letter or message</source>
        <translation>Letter or message</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="45"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="46"/>
        <source>Happened</source>
        <translation>Happened</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="47"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="48"/>
        <source>No-show</source>
        <translation>No-show</translation>
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
        <translation>Family and agreed contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="198"/>
        <location filename="../app/ui/pages/contacts.py" line="213"/>
        <source>Contact notes</source>
        <translation>Contact notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="201"/>
        <source>Add &amp;relative…</source>
        <translation>Add &amp;relative…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="202"/>
        <source>Edit relat&amp;ive…</source>
        <translation>Edit relat&amp;ive…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="203"/>
        <source>Re&amp;move relative</source>
        <translation>Re&amp;move relative</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="204"/>
        <source>Record a &amp;contact…</source>
        <translation>Record a &amp;contact…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="205"/>
        <source>&amp;Delete contact</source>
        <translation>&amp;Delete contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="210"/>
        <source>Record a contact (%1)</source>
        <translation>Record a contact (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="212"/>
        <source>Relatives</source>
        <translation>Relatives</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="214"/>
        <source>About the chosen relative</source>
        <translation>About the chosen relative</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="215"/>
        <source>The chosen contact</source>
        <translation>The chosen contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="218"/>
        <source>No family recorded yet. Add the birth parents, brothers and sisters placed elsewhere, and anyone else the child keeps in touch with.</source>
        <translation>No family recorded yet. Add the birth parents, brothers and sisters placed elsewhere, and anyone else the child keeps in touch with.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="223"/>
        <source>No contacts recorded yet. “Record a contact…” (Ctrl+N) adds the first.</source>
        <translation>No contacts recorded yet. “Record a contact…” (Ctrl+N) adds the first.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="304"/>
        <source>Brothers and sisters living here too: %1</source>
        <translation>Brothers and sisters living here too: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="348"/>
        <source>Add &amp;amendment…</source>
        <translation>Add &amp;amendment…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="348"/>
        <source>Edi&amp;t contact…</source>
        <translation>Edi&amp;t contact…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="378"/>
        <source>%1 (sibling)</source>
        <translation>%1 (sibling)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="436"/>
        <location filename="../app/ui/pages/contacts.py" line="438"/>
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="463"/>
        <source>Remove relative</source>
        <translation>Remove relative</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <location filename="../app/crypto/backup.py" line="69"/>
        <source>There is no backup at {path}.</source>
        <translation>There is no backup at {path}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="74"/>
        <source>The file {path} is not a Thuisboek backup.</source>
        <translation>The file {path} is not a Thuisboek backup.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="79"/>
        <source>The backup {path} is incomplete or damaged at its end; it may not have been copied or written completely.</source>
        <translation>The backup {path} is incomplete or damaged at its end; it may not have been copied or written completely.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="88"/>
        <source>The backup {path} is damaged: {detail}.</source>
        <translation>The backup {path} is damaged: {detail}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="93"/>
        <source>The backup {path} has format version {version}, which this version of Thuisboek cannot read.</source>
        <translation>The backup {path} has format version {version}, which this version of Thuisboek cannot read.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="48"/>
        <source>The passphrase is not correct.</source>
        <translation>The passphrase is not correct.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="58"/>
        <source>There is no key file at {path}.</source>
        <translation>There is no key file at {path}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="74"/>
        <source>The key file {path} is not a Thuisboek key file.</source>
        <translation>The key file {path} is not a Thuisboek key file.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="79"/>
        <source>The key file {path} is damaged: {detail}.</source>
        <translation>The key file {path} is damaged: {detail}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="84"/>
        <source>The key file {path} has format version {version}, which this version of Thuisboek cannot read.</source>
        <translation>The key file {path} has format version {version}, which this version of Thuisboek cannot read.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="93"/>
        <source>The key file {path} asks for a weaker passphrase protection than Thuisboek allows ({detail}); it may have been tampered with.</source>
        <translation>The key file {path} asks for a weaker passphrase protection than Thuisboek allows ({detail}); it may have been tampered with.</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="58"/>
        <source>The keyring ({backend}) did not accept the key ({error}).</source>
        <translation>The keyring ({backend}) did not accept the key ({error}).</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="95"/>
        <source>The keyring ({backend}) could not remove the key ({error}).</source>
        <translation>The keyring ({backend}) could not remove the key ({error}).</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="132"/>
        <source>The only keyring on this computer ({backend}) stores secrets in a file without encryption; Thuisboek will not keep your key there and will ask for your passphrase each time.</source>
        <translation>The only keyring on this computer ({backend}) stores secrets in a file without encryption; Thuisboek will not keep your key there and will ask for your passphrase each time.</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="140"/>
        <source>The only keyring on this computer ({backend}) is not one Thuisboek trusts with your key; Thuisboek will ask for your passphrase each time.</source>
        <translation>The only keyring on this computer ({backend}) is not one Thuisboek trusts with your key; Thuisboek will ask for your passphrase each time.</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="170"/>
        <source>No secure keyring is available on this computer ({backend}); Thuisboek will ask for your passphrase each time.</source>
        <translation>No secure keyring is available on this computer ({backend}); Thuisboek will ask for your passphrase each time.</translation>
    </message>
</context>
<context>
    <name>DailyLog</name>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="23"/>
        <source>Mood</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="24"/>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="25"/>
        <source>Eating</source>
        <translation>Eating</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="26"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="27"/>
        <source>Medication given</source>
        <translation>Medication given</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="28"/>
        <source>School or daycare</source>
        <translation>School or daycare</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="29"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="30"/>
        <source>Notable moments</source>
        <translation>Notable moments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="31"/>
        <source>Other remarks</source>
        <translation>Other remarks</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="32"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="33"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="40"/>
        <source>Very sad</source>
        <translation>Very sad</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="41"/>
        <source>Sad</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="42"/>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="43"/>
        <source>Happy</source>
        <translation>Happy</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="44"/>
        <source>Very happy</source>
        <translation>Very happy</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="46"/>
        <source>Not noted</source>
        <translation>Not noted</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="51"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="52"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="53"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="80"/>
        <source>no incident</source>
        <translation>no incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="88"/>
        <source>Nothing was noted.</source>
        <translation>Nothing was noted.</translation>
    </message>
</context>
<context>
    <name>DayBar</name>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="83"/>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="84"/>
        <source>Day of the log</source>
        <translation>Day of the log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="85"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Previous day (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="86"/>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="87"/>
        <source>Next day (Alt+Right)</source>
        <translation>Next day (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="88"/>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="89"/>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="90"/>
        <source>Back to today (Alt+Home)</source>
        <translation>Back to today (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="91"/>
        <source>&amp;Previous entry</source>
        <translation>&amp;Previous entry</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="92"/>
        <source>Show or hide the child&apos;s previous log</source>
        <translation>Show or hide the child&apos;s previous log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="101"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="103"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/today_bars.py" line="105"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaySidePanel</name>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="43"/>
        <source>Previous entry</source>
        <translation>Previous entry</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="44"/>
        <source>There is no earlier entry for this child.</source>
        <translation>There is no earlier entry for this child.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="45"/>
        <source>Amendments to your log</source>
        <translation>Amendments to your log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="46"/>
        <source>Written by others on this day</source>
        <translation>Written by others on this day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="54"/>
        <source>another caregiver</source>
        <translation>another caregiver</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="75"/>
        <source>%1 · by %2</source>
        <translation>%1 · by %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="87"/>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="104"/>
        <source>Amendment by %1, %2</source>
        <translation>Amendment by %1, %2</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="56"/>
        <source>Connect to the central office</source>
        <translation>Connect to the central office</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="59"/>
        <source>Ask the central office for an enrolment code for this computer. What you wrote so far moves into the household the central office knows, and syncs.</source>
        <translation>Ask the central office for an enrolment code for this computer. What you wrote so far moves into the household the central office knows, and syncs.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="63"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="64"/>
        <source>&amp;Enrolment code:</source>
        <translation>&amp;Enrolment code:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="65"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="66"/>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="67"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="77"/>
        <source>Please enter the enrolment code.</source>
        <translation>Please enter the enrolment code.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="80"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="93"/>
        <source>Could not connect (%1).</source>
        <translation>Could not connect (%1).</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="246"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="249"/>
        <source>Thuisboek works without a connection. Connecting this computer to the central office (enrolment) can be done later, from the settings. Press Finish to open your home book.</source>
        <translation>Thuisboek works without a connection. Connecting this computer to the central office (enrolment) can be done later, from the settings. Press Finish to open your home book.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/ui/first_run.py" line="280"/>
        <source>Thuisboek — first start</source>
        <translation>Thuisboek — first start</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="325"/>
        <source>The profile could not be created (%1).</source>
        <translation>The profile could not be created (%1).</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="107"/>
        <source>Professional care family (Simba home)</source>
        <translation>Professional care family (Simba home)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="108"/>
        <source>SOS family in the children&apos;s village</source>
        <translation>SOS family in the children&apos;s village</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="109"/>
        <source>Small house for unaccompanied minors</source>
        <translation>Small house for unaccompanied minors</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="110"/>
        <source>Family support</source>
        <translation>Family support</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="114"/>
        <source>You and your household</source>
        <translation>You and your household</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="115"/>
        <source>The children are added once the home book is open.</source>
        <translation>The children are added once the home book is open.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="116"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="117"/>
        <source>&amp;Household name:</source>
        <translation>&amp;Household name:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="118"/>
        <source>&amp;Kind of home:</source>
        <translation>&amp;Kind of home:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="119"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="120"/>
        <source>Household name</source>
        <translation>Household name</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="121"/>
        <source>Kind of home</source>
        <translation>Kind of home</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="76"/>
        <source>Welcome to Thuisboek</source>
        <translation>Welcome to Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="78"/>
        <source>The home book for the children in your care. Choose your language.</source>
        <translation>The home book for the children in your care. Choose your language.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="81"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>LogCard</name>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="149"/>
        <source>Add amendment…</source>
        <translation>Add amendment…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="150"/>
        <source>Add an amendment to this log</source>
        <translation>Add an amendment to this log</translation>
    </message>
</context>
<context>
    <name>LogForm</name>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="182"/>
        <source>&amp;Mood</source>
        <translation>&amp;Mood</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="186"/>
        <location filename="../app/ui/pages/today_form.py" line="187"/>
        <source>Mood not noted</source>
        <translation>Mood not noted</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="189"/>
        <source>Mood: %1 (%2 of 5)</source>
        <translation>Mood: %1 (%2 of 5)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="193"/>
        <source>S&amp;leep</source>
        <translation>S&amp;leep</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="194"/>
        <source>Eatin&amp;g</source>
        <translation>Eatin&amp;g</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="195"/>
        <source>Heal&amp;th</source>
        <translation>Heal&amp;th</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="196"/>
        <source>Medi&amp;cation given</source>
        <translation>Medi&amp;cation given</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="197"/>
        <source>Sch&amp;ool or daycare</source>
        <translation>Sch&amp;ool or daycare</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="198"/>
        <source>Act&amp;ivities</source>
        <translation>Act&amp;ivities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="199"/>
        <source>Nota&amp;ble moments</source>
        <translation>Nota&amp;ble moments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="200"/>
        <source>Other &amp;remarks</source>
        <translation>Other &amp;remarks</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="206"/>
        <location filename="../app/ui/pages/today_form.py" line="283"/>
        <source>Anything else about the day</source>
        <translation>Anything else about the day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="207"/>
        <source>I&amp;ncident: flag this day for the supervisor</source>
        <translation>I&amp;ncident: flag this day for the supervisor</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="208"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="209"/>
        <source>Severity (required):</source>
        <translation>Severity (required):</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="211"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="212"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="213"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="217"/>
        <source>Severity: %1</source>
        <translation>Severity: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="327"/>
        <source>Choose a severity: an incident cannot be saved without one.</source>
        <translation>Choose a severity: an incident cannot be saved without one.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="243"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="244"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="245"/>
        <source>H&amp;ousehold</source>
        <translation>H&amp;ousehold</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="246"/>
        <source>&amp;Add a child…</source>
        <translation>&amp;Add a child…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="247"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="248"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="249"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="250"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="251"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="252"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="253"/>
        <source>&amp;Next child</source>
        <translation>&amp;Next child</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="254"/>
        <source>&amp;Previous child</source>
        <translation>&amp;Previous child</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="255"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="256"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="257"/>
        <source>&amp;Connect to the central office…</source>
        <translation>&amp;Connect to the central office…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="258"/>
        <source>&amp;About Thuisboek</source>
        <translation>&amp;About Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="259"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="260"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="309"/>
        <source>No children in this home book yet. Add the first one with Household ▸ Add a child… (Ctrl+Shift+N).</source>
        <translation>No children in this home book yet. Add the first one with Household ▸ Add a child… (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="360"/>
        <source>Working offline (not connected to a central office)</source>
        <translation>Working offline (not connected to a central office)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="363"/>
        <source>Syncing %1 of %2…</source>
        <translation>Syncing %1 of %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="366"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="368"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="370"/>
        <source>This computer was revoked by the central office</source>
        <translation>This computer was revoked by the central office</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="372"/>
        <source>Sync held: confirm before records are removed</source>
        <translation>Sync held: confirm before records are removed</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="374"/>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="378"/>
        <source>synced at %1</source>
        <translation>synced at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="380"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="382"/>
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflict to look at</numerusform>
            <numerusform>%n conflicts to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="384"/>
        <source>%n change(s) refused by the central office</source>
        <translation>
            <numerusform>%n change refused by the central office</numerusform>
            <numerusform>%n changes refused by the central office</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="398"/>
        <source>Sync held</source>
        <translation>Sync held</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="417"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
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
        <translation>This milestone is not in the catalog.</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <location filename="../app/ui/models/milestones.py" line="170"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="171"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="172"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="173"/>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="174"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="195"/>
        <source>%1 of %2 achieved</source>
        <translation>%1 of %2 achieved</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="242"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="243"/>
        <source>Emerging</source>
        <translation>Emerging</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="244"/>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="261"/>
        <source>%1–%2 months</source>
        <translation>%1–%2 months</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="269"/>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="270"/>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="275"/>
        <source>Nearly all children reach this by %1 months; talk it over with the child&apos;s doctor or your supervisor if you are unsure.</source>
        <translation>Nearly all children reach this by %1 months; talk it over with the child&apos;s doctor or your supervisor if you are unsure.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="280"/>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="285"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="180"/>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="188"/>
        <source>You can read the milestones here; the household records them.</source>
        <translation>You can read the milestones here; the household records them.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="193"/>
        <source>Choose a milestone and press 1 (not yet), 2 (emerging) or 3 (achieved) to record it on the date observed; press Enter to add a note. Ctrl+Z undoes.</source>
        <translation>Choose a milestone and press 1 (not yet), 2 (emerging) or 3 (achieved) to record it on the date observed; press Enter to add a note. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="198"/>
        <source>&amp;Hide what is achieved</source>
        <translation>&amp;Hide what is achieved</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="199"/>
        <source>Hide what is achieved</source>
        <translation>Hide what is achieved</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="200"/>
        <source>Milestones by area</source>
        <translation>Milestones by area</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="201"/>
        <source>About these lists</source>
        <translation>About these lists</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="209"/>
        <source>Choose a child to see their milestones.</source>
        <translation>Choose a child to see their milestones.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="213"/>
        <source>The catalog has no milestones for this age: it covers young children up to 6 years and teenagers from 12 years on.</source>
        <translation>The catalog has no milestones for this age: it covers young children up to 6 years and teenagers from 12 years on.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="334"/>
        <source>Change the note of “%1”</source>
        <translation>Change the note of “%1”</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="354"/>
        <source>Mark “%1” as %2</source>
        <translation>Mark “%1” as %2</translation>
    </message>
</context>
<context>
    <name>ObservationPanel</name>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="136"/>
        <source>Choose a milestone in the list.</source>
        <translation>Choose a milestone in the list.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="155"/>
        <source>Age: %1</source>
        <translation>Age: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="166"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/milestones_detail.py" line="173"/>
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… and %n earlier</numerusform>
            <numerusform>… and %n earlier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="175"/>
        <source>Not observed yet.</source>
        <translation>Not observed yet.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="190"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="195"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="196"/>
        <source>&amp;Date observed:</source>
        <translation>&amp;Date observed:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="197"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="198"/>
        <source>&amp;Record observation</source>
        <translation>&amp;Record observation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="199"/>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="200"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="201"/>
        <source>Date observed</source>
        <translation>Date observed</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="202"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="203"/>
        <source>What did you see? (optional)</source>
        <translation>What did you see? (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="204"/>
        <source>Record observation</source>
        <translation>Record observation</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="170"/>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="171"/>
        <source>It locks the home book on this computer.</source>
        <translation>It locks the home book on this computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="172"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="173"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="174"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="175"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="176"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="177"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="180"/>
        <source>Write it down and keep it somewhere safe. A forgotten passphrase cannot be recovered on this computer: without it the records here cannot be opened. What was synced stays safe at the central office.</source>
        <translation>Write it down and keep it somewhere safe. A forgotten passphrase cannot be recovered on this computer: without it the records here cannot be opened. What was synced stays safe at the central office.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="185"/>
        <source>&amp;Remember on this computer (no passphrase at start)</source>
        <translation>&amp;Remember on this computer (no passphrase at start)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="188"/>
        <source>The key is kept in this computer&apos;s secure keyring (%1).</source>
        <translation>The key is kept in this computer&apos;s secure keyring (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="202"/>
        <source>too short</source>
        <translation>too short</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="203"/>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="204"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="205"/>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/first_run.py" line="215"/>
        <source>Use at least %n characters; a few words are easy to remember.</source>
        <translation>
            <numerusform>Use at least %n character; a few words are easy to remember.</numerusform>
            <numerusform>Use at least %n characters; a few words are easy to remember.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="220"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/services/profile.py" line="41"/>
        <source>There is already a profile in {path}.</source>
        <translation>There is already a profile in {path}.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="53"/>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>Too many wrong passphrases. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="66"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="128"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="133"/>
        <source>&amp;Choose photo…</source>
        <translation>&amp;Choose photo…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="134"/>
        <source>Re&amp;move photo</source>
        <translation>Re&amp;move photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="135"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="137"/>
        <source>Each field is saved when you leave it or press Enter; Ctrl+Z undoes it.</source>
        <translation>Each field is saved when you leave it or press Enter; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="139"/>
        <source>Supervisors see the profile; the household keeps it up to date.</source>
        <translation>Supervisors see the profile; the household keeps it up to date.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="190"/>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="212"/>
        <source>Change profile</source>
        <translation>Change profile</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="239"/>
        <source>This file could not be read as a picture.</source>
        <translation>This file could not be read as a picture.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="242"/>
        <source>Change photo</source>
        <translation>Change photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="248"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="259"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="261"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="49"/>
        <source>Milestones achieved, by age</source>
        <translation>Milestones achieved, by age</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="50"/>
        <source>Age in months</source>
        <translation>Age in months</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="51"/>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="53"/>
        <source>The chart shows how the milestones achieved add up, once the first is marked.</source>
        <translation>The chart shows how the milestones achieved add up, once the first is marked.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="55"/>
        <source>Progress chart</source>
        <translation>Progress chart</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../app/ui/models/timeline.py" line="108"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="109"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="110"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="111"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="114"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="115"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="116"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="119"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="120"/>
        <source>Supervised visit</source>
        <translation>Supervised visit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="121"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="122"/>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="123"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="126"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="127"/>
        <source>happened</source>
        <translation>happened</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="128"/>
        <source>✕ cancelled</source>
        <translation>✕ cancelled</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="129"/>
        <source>✕ no-show</source>
        <translation>✕ no-show</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="132"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="133"/>
        <source>emerging</source>
        <translation>emerging</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="134"/>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="137"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="138"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="139"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="140"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="143"/>
        <source>on a log</source>
        <translation>on a log</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="144"/>
        <source>on a milestone</source>
        <translation>on a milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="145"/>
        <source>on a contact</source>
        <translation>on a contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="146"/>
        <source>on a review</source>
        <translation>on a review</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="153"/>
        <source>Mood %1/5</source>
        <translation>Mood %1/5</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="157"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="158"/>
        <source>Incident (%1 severity)</source>
        <translation>Incident (%1 severity)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="161"/>
        <source>Amendment (%1)</source>
        <translation>Amendment (%1)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../app/services/records.py" line="50"/>
        <source>This record does not exist (any more).</source>
        <translation>This record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="86"/>
        <source>This record was deleted.</source>
        <translation>This record was deleted.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="93"/>
        <location filename="../app/services/records.py" line="156"/>
        <location filename="../app/services/records.py" line="252"/>
        <source>Supervisors add reviews; they do not change the household&apos;s records.</source>
        <translation>Supervisors add reviews; they do not change the household&apos;s records.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="103"/>
        <source>Only its author can change this review.</source>
        <translation>Only its author can change this review.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="113"/>
        <source>Only its author can change this entry. Add an amendment with a reason.</source>
        <translation>Only its author can change this entry. Add an amendment with a reason.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="125"/>
        <source>This entry is kept as it was written (it was synced or is more than a day old). Add an amendment with a reason instead.</source>
        <translation>This entry is kept as it was written (it was synced or is more than a day old). Add an amendment with a reason instead.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="184"/>
        <source>There is already a log of yours for this child on this day.</source>
        <translation>There is already a log of yours for this child on this day.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="231"/>
        <source>This deletion has been synced already and cannot be undone.</source>
        <translation>This deletion has been synced already and cannot be undone.</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="136"/>
        <location filename="../app/ui/dialogs/relative.py" line="192"/>
        <source>Add relative</source>
        <translation>Add relative</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="136"/>
        <location filename="../app/ui/dialogs/relative.py" line="197"/>
        <source>Edit relative</source>
        <translation>Edit relative</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="141"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="142"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="143"/>
        <source>Family &amp;of:</source>
        <translation>Family &amp;of:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="144"/>
        <source>&amp;Lives:</source>
        <translation>&amp;Lives:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="145"/>
        <source>&amp;Agreed contact:</source>
        <translation>&amp;Agreed contact:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="146"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="147"/>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="148"/>
        <source>Placed &amp;together with the child</source>
        <translation>Placed &amp;together with the child</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="149"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="150"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="151"/>
        <source>Children this person is family of</source>
        <translation>Children this person is family of</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="152"/>
        <source>Where this person lives</source>
        <translation>Where this person lives</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="153"/>
        <source>e.g. with her grandmother in Ghent</source>
        <translation>e.g. with her grandmother in Ghent</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="154"/>
        <source>Placed together</source>
        <translation>Placed together</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="155"/>
        <source>Agreed contact arrangement</source>
        <translation>Agreed contact arrangement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="157"/>
        <source>e.g. every other Wednesday, two hours, supervised at the visiting centre</source>
        <translation>e.g. every other Wednesday, two hours, supervised at the visiting centre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="159"/>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="34"/>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="35"/>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="36"/>
        <source>Half-sibling</source>
        <translation>Half-sibling</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="37"/>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="38"/>
        <source>Aunt or uncle</source>
        <translation>Aunt or uncle</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="39"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RelativesModel</name>
    <message>
        <location filename="../app/ui/models/relatives.py" line="113"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="114"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="115"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="116"/>
        <source>Next planned</source>
        <translation>Next planned</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="117"/>
        <location filename="../app/ui/models/relatives.py" line="181"/>
        <source>Agreed contact</source>
        <translation>Agreed contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="118"/>
        <location filename="../app/ui/models/relatives.py" line="183"/>
        <source>Lives</source>
        <translation>Lives</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="137"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="161"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="169"/>
        <source>Placed together</source>
        <translation>Placed together</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="182"/>
        <source>Contacts so far</source>
        <translation>Contacts so far</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="184"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="185"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="192"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="194"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="195"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="198"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="200"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="202"/>
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n no-show</numerusform>
            <numerusform>%n no-shows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="83"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="85"/>
        <source>&amp;Lock after (minutes without use):</source>
        <translation>&amp;Lock after (minutes without use):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="86"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="87"/>
        <source>Minutes before the automatic lock</source>
        <translation>Minutes before the automatic lock</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="88"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="89"/>
        <source>&amp;Remember the key on this computer</source>
        <translation>&amp;Remember the key on this computer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="92"/>
        <source>Kept in this computer&apos;s secure keyring (%1).</source>
        <translation>Kept in this computer&apos;s secure keyring (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="98"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="112"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="117"/>
        <source>Your passphrase, to confirm:</source>
        <translation>Your passphrase, to confirm:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="132"/>
        <source>This computer now remembers the key.</source>
        <translation>This computer now remembers the key.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="134"/>
        <source>This computer no longer remembers the key.</source>
        <translation>This computer no longer remembers the key.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="138"/>
        <source>Current passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/settings.py" line="142"/>
        <source>New passphrase (at least %n characters):</source>
        <translation>
            <numerusform>New passphrase (at least %n character):</numerusform>
            <numerusform>New passphrase (at least %n characters):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="146"/>
        <source>New passphrase again:</source>
        <translation>New passphrase again:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="148"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>The two passphrases differ; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="155"/>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../app/storage/errors.py" line="21"/>
        <source>The database file {path} is missing.</source>
        <translation>The database file {path} is missing.</translation>
    </message>
    <message>
        <location filename="../app/storage/errors.py" line="32"/>
        <source>The database file {path} is truncated ({size} bytes): part of it is missing. Restore it from a backup; the file was left as it is.</source>
        <translation>The database file {path} is truncated ({size} bytes): part of it is missing. Restore it from a backup; the file was left as it is.</translation>
    </message>
    <message>
        <location filename="../app/storage/errors.py" line="47"/>
        <source>The database file {path} is damaged or was changed outside Thuisboek ({detail}). Restore it from a backup; the file was left as it is.</source>
        <translation>The database file {path} is damaged or was changed outside Thuisboek ({detail}). Restore it from a backup; the file was left as it is.</translation>
    </message>
    <message>
        <location filename="../app/storage/errors.py" line="62"/>
        <source>The file {path} is not a Thuisboek database of this profile; it was left as it is.</source>
        <translation>The file {path} is not a Thuisboek database of this profile; it was left as it is.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../app/sync/engine.py" line="50"/>
        <source>The central office holds {server} records of this household where this computer holds {local}. Nothing was removed; confirm to continue.</source>
        <translation>The central office holds {server} records of this household where this computer holds {local}. Nothing was removed; confirm to continue.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="41"/>
        <source>The central office cannot be reached.</source>
        <translation>The central office cannot be reached.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="51"/>
        <source>The address {url} is not secure: use https:// (http:// only for this computer).</source>
        <translation>The address {url} is not secure: use https:// (http:// only for this computer).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="66"/>
        <source>The central office has revoked this computer. The records on it are locked; you can erase them.</source>
        <translation>The central office has revoked this computer. The records on it are locked; you can erase them.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="80"/>
        <source>The central office does not recognise this computer. Enrol it again.</source>
        <translation>The central office does not recognise this computer. Enrol it again.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="92"/>
        <source>The enrolment code is not valid (mistyped, used already, or expired).</source>
        <translation>The enrolment code is not valid (mistyped, used already, or expired).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="105"/>
        <source>The central office was restored from a backup.</source>
        <translation>The central office was restored from a backup.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="115"/>
        <source>The central office refused the request ({status} {code}).</source>
        <translation>The central office refused the request ({status} {code}).</translation>
    </message>
</context>
<context>
    <name>TimelineDetail</name>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="128"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Delete entry</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="129"/>
        <source>Delete this entry</source>
        <translation>Delete this entry</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="130"/>
        <source>The chosen record in full</source>
        <translation>The chosen record in full</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="174"/>
        <source>This record could not be read.</source>
        <translation>This record could not be read.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="214"/>
        <source>This is an amendment of the entry of %1.</source>
        <translation>This is an amendment of the entry of %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="220"/>
        <source>This is an amendment of an entry this computer does not hold.</source>
        <translation>This is an amendment of an entry this computer does not hold.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="232"/>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="282"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="282"/>
        <source>Child</source>
        <translation>Child</translation>
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
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="289"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="290"/>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="291"/>
        <source>Eating</source>
        <translation>Eating</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="292"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="293"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="294"/>
        <source>School or daycare</source>
        <translation>School or daycare</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="295"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="296"/>
        <source>Notable moments</source>
        <translation>Notable moments</translation>
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
        <translation>Relatives</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="305"/>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="306"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="320"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="307"/>
        <source>Duration</source>
        <translation>Duration</translation>
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
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="309"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="310"/>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="311"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="312"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="313"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="318"/>
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="319"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="321"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="325"/>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="326"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="338"/>
        <source>written by you</source>
        <translation>written by you</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="339"/>
        <source>written by someone else</source>
        <translation>written by someone else</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="345"/>
        <source>Written %1</source>
        <translation>Written %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="348"/>
        <source>waiting to sync</source>
        <translation>waiting to sync</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="351"/>
        <source>refused by the central office: %1</source>
        <translation>refused by the central office: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="354"/>
        <source>synced</source>
        <translation>synced</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="134"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="136"/>
        <source>&amp;Logs</source>
        <translation>&amp;Logs</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="136"/>
        <source>Show daily logs</source>
        <translation>Show daily logs</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="137"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="137"/>
        <source>Show milestones</source>
        <translation>Show milestones</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="138"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="138"/>
        <source>Show contact notes</source>
        <translation>Show contact notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="139"/>
        <source>&amp;Reviews</source>
        <translation>&amp;Reviews</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="139"/>
        <source>Show reviews</source>
        <translation>Show reviews</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="145"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="146"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="147"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="148"/>
        <source>Between dates</source>
        <translation>Between dates</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="151"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="152"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="153"/>
        <source>Fr&amp;om:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="154"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="155"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="156"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="157"/>
        <source>Search the records… (Ctrl+F)</source>
        <translation>Search the records… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="158"/>
        <source>Search the records</source>
        <translation>Search the records</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="160"/>
        <source>Finds entries holding all the words (or words starting with them).</source>
        <translation>Finds entries holding all the words (or words starting with them).</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="468"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="469"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="159"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="165"/>
        <source>Records, newest first</source>
        <translation>Records, newest first</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="166"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Delete entry</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="167"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline.py" line="293"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="295"/>
        <source>Choose at least one kind of record to show.</source>
        <translation>Choose at least one kind of record to show.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="297"/>
        <source>Nothing recorded in this period.</source>
        <translation>Nothing recorded in this period.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline.py" line="374"/>
        <source>%n result(s) among the most recent matches; add a word to narrow it.</source>
        <translation>
            <numerusform>%n result among the most recent matches; add a word to narrow it.</numerusform>
            <numerusform>%n results among the most recent matches; add a word to narrow it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="407"/>
        <source>This entry cannot be deleted. %1</source>
        <translation>This entry cannot be deleted. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="413"/>
        <source>Delete %1 of %2</source>
        <translation>Delete %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="421"/>
        <source>Entry deleted. %1 brings it back.</source>
        <translation>Entry deleted. %1 brings it back.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../app/ui/pages/today.py" line="87"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="148"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="149"/>
        <source>Save the log (Ctrl+S)</source>
        <translation>Save the log (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="150"/>
        <source>Save the log</source>
        <translation>Save the log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="151"/>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="152"/>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="153"/>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="312"/>
        <source>Your unsaved draft of this day is kept: add it as an amendment, or discard it.</source>
        <translation>Your unsaved draft of this day is kept: add it as an amendment, or discard it.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="317"/>
        <source>Restored your unsaved draft. It is not saved yet: press Save (Ctrl+S) to keep it, or discard it.</source>
        <translation>Restored your unsaved draft. It is not saved yet: press Save (Ctrl+S) to keep it, or discard it.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="336"/>
        <source>Something went wrong (%1).</source>
        <translation>Something went wrong (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="384"/>
        <source>Not saved yet · draft kept at %1</source>
        <translation>Not saved yet · draft kept at %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="398"/>
        <source>Discard the draft of %1</source>
        <translation>Discard the draft of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="405"/>
        <source>Draft discarded. Edit › Undo brings it back.</source>
        <translation>Draft discarded. Edit › Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="414"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="425"/>
        <source>Nothing is written yet: choose a mood or write a few words first.</source>
        <translation>Nothing is written yet: choose a mood or write a few words first.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="431"/>
        <source>No changes to save.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="437"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="439"/>
        <source>Save the log of %1</source>
        <translation>Save the log of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="470"/>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="482"/>
        <source>The log was not saved: please look at the marked fields.</source>
        <translation>The log was not saved: please look at the marked fields.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="487"/>
        <source>Your text is kept as a draft.</source>
        <translation>Your text is kept as a draft.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="504"/>
        <source>another caregiver</source>
        <translation>another caregiver</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="517"/>
        <source>Amend the log of %1</source>
        <translation>Amend the log of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="519"/>
        <source>Amendment added at %1</source>
        <translation>Amendment added at %1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../app/ui/unlock.py" line="76"/>
        <source>Thuisboek — locked</source>
        <translation>Thuisboek — locked</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="77"/>
        <source>Thuisboek is locked</source>
        <translation>Thuisboek is locked</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="78"/>
        <source>Enter your passphrase to open the home book.</source>
        <translation>Enter your passphrase to open the home book.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="79"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="80"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="81"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/unlock.py" line="99"/>
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="108"/>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="115"/>
        <source>Please enter your passphrase.</source>
        <translation>Please enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="118"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="135"/>
        <source>The home book could not be opened (%1).</source>
        <translation>The home book could not be opened (%1).</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/domain/records.py" line="110"/>
        <source>This text is too long ({length} characters; at most {limit}).</source>
        <translation>This text is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="177"/>
        <source>An amendment needs a reason.</source>
        <translation>An amendment needs a reason.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="196"/>
        <source>The household needs a name.</source>
        <translation>The household needs a name.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="215"/>
        <source>The person needs a name.</source>
        <translation>The person needs a name.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="246"/>
        <source>The child needs a first name.</source>
        <translation>The child needs a first name.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="253"/>
        <source>The date of birth {date} lies in the future.</source>
        <translation>The date of birth {date} lies in the future.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="259"/>
        <source>The placement cannot start ({start}) before the child was born ({born}).</source>
        <translation>The placement cannot start ({start}) before the child was born ({born}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="271"/>
        <source>The placement cannot end before it started.</source>
        <translation>The placement cannot end before it started.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="278"/>
        <source>The list of languages is too long.</source>
        <translation>The list of languages is too long.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="319"/>
        <source>The relative needs a name.</source>
        <translation>The relative needs a name.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="325"/>
        <source>Choose the child or children this person is family of.</source>
        <translation>Choose the child or children this person is family of.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="371"/>
        <source>A daily log cannot be dated in the future ({date}).</source>
        <translation>A daily log cannot be dated in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="375"/>
        <source>Mood is a number from 1 to 5.</source>
        <translation>Mood is a number from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="380"/>
        <source>An incident needs a severity.</source>
        <translation>An incident needs a severity.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="425"/>
        <source>An observation cannot be dated in the future ({date}).</source>
        <translation>An observation cannot be dated in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="475"/>
        <source>Choose the kind of contact (visit, phone, letter…).</source>
        <translation>Choose the kind of contact (visit, phone, letter…).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="482"/>
        <source>Choose at least one child.</source>
        <translation>Choose at least one child.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="487"/>
        <source>Choose at least one relative.</source>
        <translation>Choose at least one relative.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="495"/>
        <source>A contact that took place cannot be dated in the future ({date}).</source>
        <translation>A contact that took place cannot be dated in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="507"/>
        <source>The duration is between 1 minute and 24 hours.</source>
        <translation>The duration is between 1 minute and 24 hours.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="560"/>
        <source>A question, follow-up or answer needs a comment.</source>
        <translation>A question, follow-up or answer needs a comment.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="568"/>
        <source>An answer must answer a question.</source>
        <translation>An answer must answer a question.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="631"/>
        <source>Unknown record type “{kind}”.</source>
        <translation>Unknown record type “{kind}”.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="650"/>
        <source>The value of “{field}” is not valid.</source>
        <translation>The value of “{field}” is not valid.</translation>
    </message>
</context>
</TS>
