<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="67"/>
        <source>About Thuisboek</source>
        <translation>About Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="71"/>
        <source>The home book for family-style child-welfare homes: daily logs, milestones and family contacts, kept encrypted on this computer. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>The home book for family-style child-welfare homes: daily logs, milestones and family contacts, kept encrypted on this computer. Licensed under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="82"/>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="85"/>
        <source>Component</source>
        <translation>Component</translation>
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
        <translation>Qt and PySide6 are used under the GNU Lesser General Public License v3: you may replace the Qt libraries of this installation with your own build. The CDC milestone checklists are used with credit; the CDC does not endorse Thuisboek.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="98"/>
        <source>The licence texts are in the folder %1.</source>
        <translation>The licence texts are in the folder %1.</translation>
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
        <location filename="../app/ui/application.py" line="114"/>
        <source>This computer was revoked</source>
        <translation>This computer was revoked</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="116"/>
        <source>The central office has revoked this computer. The home book is locked. Erase the records kept on this computer now?</source>
        <translation>The central office has revoked this computer. The home book is locked. Erase the records kept on this computer now?</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="338"/>
        <source>Ask for a follow-up</source>
        <translation>Ask for a follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="339"/>
        <source>&amp;What should the household follow up?</source>
        <translation>&amp;What should the household follow up?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="341"/>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="342"/>
        <source>&amp;Your question for the household:</source>
        <translation>&amp;Your question for the household:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="343"/>
        <source>&amp;Send (Ctrl+Enter)</source>
        <translation>&amp;Send (Ctrl+Enter)</translation>
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
    <name>ChildCard</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_charts.py" line="679"/>
        <location filename="../app/ui/pages/overview_charts.py" line="790"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_charts.py" line="680"/>
        <location filename="../app/ui/pages/overview_charts.py" line="791"/>
        <source>%n day(s) without a log</source>
        <translation>
            <numerusform>%n day without a log</numerusform>
            <numerusform>%n days without a log</numerusform>
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
        <translation>Daily log per week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="686"/>
        <source>Incidents per week</source>
        <translation>Incidents per week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="687"/>
        <source>Contacts per relative</source>
        <translation>Contacts per relative</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="688"/>
        <source>Milestones per area</source>
        <translation>Milestones per area</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="690"/>
        <source>No incidents in this period.</source>
        <translation>No incidents in this period.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="692"/>
        <source>No relatives recorded.</source>
        <translation>No relatives recorded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_charts.py" line="696"/>
        <source>None of the %n milestone(s) for this age is marked yet.</source>
        <translation>
            <numerusform>The milestone for this age is not marked yet.</numerusform>
            <numerusform>None of the %n milestones for this age is marked yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="698"/>
        <source>The catalog has no milestones for this age.</source>
        <translation>The catalog has no milestones for this age.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="722"/>
        <source>Contacts per relative of %1</source>
        <translation>Contacts per relative of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="723"/>
        <source>Milestones per area of %1</source>
        <translation>Milestones per area of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="737"/>
        <source>Daily log per week of %1</source>
        <translation>Daily log per week of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="740"/>
        <source>Incidents per week of %1</source>
        <translation>Incidents per week of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="748"/>
        <source>no contact on record</source>
        <translation>no contact on record</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="750"/>
        <source>seen today</source>
        <translation>seen today</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_charts.py" line="751"/>
        <source>last seen %n day(s) ago</source>
        <translation>
            <numerusform>last seen %n day ago</numerusform>
            <numerusform>last seen %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="759"/>
        <source>Together with %1.</source>
        <translation>Together with %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="768"/>
        <source>Apart from %1: %2.</source>
        <translation>Apart from %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="776"/>
        <source>No brothers or sisters recorded.</source>
        <translation>No brothers or sisters recorded.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="777"/>
        <source>Siblings:</source>
        <translation>Siblings:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="783"/>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="816"/>
        <source>next planned on %1</source>
        <translation>next planned on %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="825"/>
        <source>%1 of %2 reached, %3 emerging</source>
        <translation>%1 of %2 reached, %3 emerging</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_charts.py" line="829"/>
        <source>%n reached in this period</source>
        <translation>
            <numerusform>%n reached in this period</numerusform>
            <numerusform>%n reached in this period</numerusform>
        </translation>
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
        <location filename="../app/ui/pages/overview_charts.py" line="672"/>
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
    <name>ConflictFieldsModel</name>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="578"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="579"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="580"/>
        <source>Kept by the merge</source>
        <translation>Kept by the merge</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="581"/>
        <source>The other value</source>
        <translation>The other value</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../app/services/conflicts.py" line="186"/>
        <source>The record does not exist (any more).</source>
        <translation>The record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../app/services/conflicts.py" line="191"/>
        <source>Supervisors do not change the household&apos;s records: keep the current values and leave a note for the household.</source>
        <translation>Supervisors do not change the household&apos;s records: keep the current values and leave a note for the household.</translation>
    </message>
    <message>
        <location filename="../app/services/conflicts.py" line="198"/>
        <source>There are no values to take back.</source>
        <translation>There are no values to take back.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="539"/>
        <source>Noticed</source>
        <translation>Noticed</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="540"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="541"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="542"/>
        <source>Other value written by</source>
        <translation>Other value written by</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="163"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="175"/>
        <source>When two computers changed the same field before they synced, the later change was kept and the other value set aside here. Compare them and settle each one; your choice syncs like any change.</source>
        <translation>When two computers changed the same field before they synced, the later change was kept and the other value set aside here. Compare them and settle each one; your choice syncs like any change.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="179"/>
        <source>Conflicts to settle</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="180"/>
        <source>The fields in conflict</source>
        <translation>The fields in conflict</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="181"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="182"/>
        <source>Why you settled it this way (optional)</source>
        <translation>Why you settled it this way (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="183"/>
        <source>&amp;Keep current values</source>
        <translation>&amp;Keep current values</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="184"/>
        <source>&amp;Use the other values</source>
        <translation>&amp;Use the other values</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="199"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="199"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="200"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="201"/>
        <source>Placement start</source>
        <translation>Placement start</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="202"/>
        <source>Placement end</source>
        <translation>Placement end</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="202"/>
        <source>School or daycare</source>
        <translation>School or daycare</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="203"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="203"/>
        <source>Sibling group</source>
        <translation>Sibling group</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="204"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="205"/>
        <source>Lives where</source>
        <translation>Lives where</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="205"/>
        <source>Placed together</source>
        <translation>Placed together</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="206"/>
        <source>Contact arrangement</source>
        <translation>Contact arrangement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="206"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="207"/>
        <source>Kind of home</source>
        <translation>Kind of home</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="207"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="208"/>
        <source>Mood</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="208"/>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="208"/>
        <source>Eating</source>
        <translation>Eating</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="209"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="209"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="210"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="210"/>
        <source>Notable moments</source>
        <translation>Notable moments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="211"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="212"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="212"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="213"/>
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="213"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="214"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="214"/>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="215"/>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="215"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="216"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="216"/>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="217"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="217"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="218"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="218"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="219"/>
        <source>Relatives</source>
        <translation>Relatives</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="231"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="231"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="262"/>
        <source>%1 (no longer on this computer)</source>
        <translation>%1 (no longer on this computer)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="327"/>
        <source>Choose a household on the left.</source>
        <translation>Choose a household on the left.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/conflicts.py" line="331"/>
        <source>%n conflict(s) to settle.</source>
        <translation>
            <numerusform>%n conflict to settle.</numerusform>
            <numerusform>%n conflicts to settle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="333"/>
        <source>No conflicts: every change merged cleanly.</source>
        <translation>No conflicts: every change merged cleanly.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="358"/>
        <source>%1 — the other values were written by %2; noticed %3.</source>
        <translation>%1 — the other values were written by %2; noticed %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="399"/>
        <source>Conflict settled: the other values are used now.</source>
        <translation>Conflict settled: the other values are used now.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="401"/>
        <source>Conflict settled: the current values stay.</source>
        <translation>Conflict settled: the current values stay.</translation>
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
        <location filename="../app/ui/models/contacts.py" line="187"/>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="192"/>
        <source>As first written</source>
        <translation>As first written</translation>
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
        <location filename="../app/ui/pages/today_view.py" line="75"/>
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
        <location filename="../app/ui/pages/today_view.py" line="68"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="82"/>
        <source>no incident</source>
        <translation>no incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="90"/>
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
        <location filename="../app/ui/dialogs/enrol.py" line="195"/>
        <source>Connect to the central office</source>
        <translation>Connect to the central office</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="198"/>
        <source>Ask the central office for an enrolment code for this computer. What you wrote so far moves into the household the central office knows, and syncs.</source>
        <translation>Ask the central office for an enrolment code for this computer. What you wrote so far moves into the household the central office knows, and syncs.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="74"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="75"/>
        <source>&amp;Enrolment code:</source>
        <translation>&amp;Enrolment code:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="76"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="77"/>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="79"/>
        <source>for example https://thuisboek.example.org</source>
        <translation>for example https://thuisboek.example.org</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="82"/>
        <source>for example KX7PQ-M3RTA</source>
        <translation>for example KX7PQ-M3RTA</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="115"/>
        <source>This does not look like an enrolment code: it has letters and digits, for example KX7PQ-M3RTA.</source>
        <translation>This does not look like an enrolment code: it has letters and digits, for example KX7PQ-M3RTA.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="130"/>
        <source>Check the server address and this computer&apos;s network connection.</source>
        <translation>Check the server address and this computer&apos;s network connection.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="187"/>
        <source>Enrol this computer again</source>
        <translation>Enrol this computer again</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="190"/>
        <source>Ask the central office for a new enrolment code for you. The records on this computer are kept and sent to the central office again.</source>
        <translation>Ask the central office for a new enrolment code for you. The records on this computer are kept and sent to the central office again.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="202"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="111"/>
        <source>Please enter the enrolment code.</source>
        <translation>Please enter the enrolment code.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="225"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="125"/>
        <source>Could not connect (%1).</source>
        <translation>Could not connect (%1).</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="386"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="393"/>
        <source>Press Finish to make your encrypted home book on this computer and connect it to the central office below. Your household&apos;s records then come in by themselves.</source>
        <translation>Press Finish to make your encrypted home book on this computer and connect it to the central office below. Your household&apos;s records then come in by themselves.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="401"/>
        <source>Thuisboek works without a connection. Connecting this computer to the central office (enrolment) can be done later, from the settings. Press Finish to open your home book.</source>
        <translation>Thuisboek works without a connection. Connecting this computer to the central office (enrolment) can be done later, from the settings. Press Finish to open your home book.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/ui/first_run.py" line="441"/>
        <source>Thuisboek — first start</source>
        <translation>Thuisboek — first start</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="475"/>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="476"/>
        <source>My household</source>
        <translation>My household</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="481"/>
        <source>Making your home book and connecting it to the central office…</source>
        <translation>Making your home book and connecting it to the central office…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="496"/>
        <source>Making your home book…</source>
        <translation>Making your home book…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="525"/>
        <source>Nothing was kept on this computer. Correct the address or the code, or start on this computer only and connect later.</source>
        <translation>Nothing was kept on this computer. Correct the address or the code, or start on this computer only and connect later.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="536"/>
        <source>The profile could not be created (%1).</source>
        <translation>The profile could not be created (%1).</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="227"/>
        <source>Professional care family (Simba home)</source>
        <translation>Professional care family (Simba home)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="228"/>
        <source>SOS family in the children&apos;s village</source>
        <translation>SOS family in the children&apos;s village</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="229"/>
        <source>Small house for unaccompanied minors</source>
        <translation>Small house for unaccompanied minors</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="230"/>
        <source>Family support</source>
        <translation>Family support</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="234"/>
        <source>You and your household</source>
        <translation>You and your household</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="235"/>
        <source>The children are added once the home book is open.</source>
        <translation>The children are added once the home book is open.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="236"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="237"/>
        <source>&amp;Household name:</source>
        <translation>&amp;Household name:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="238"/>
        <source>&amp;Kind of home:</source>
        <translation>&amp;Kind of home:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="239"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="240"/>
        <source>Household name</source>
        <translation>Household name</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="241"/>
        <source>Kind of home</source>
        <translation>Kind of home</translation>
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
            <numerusform>%n missed contact</numerusform>
            <numerusform>%n missed contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/review_queue.py" line="190"/>
        <source>%n new answer(s)</source>
        <translation>
            <numerusform>%n new answer</numerusform>
            <numerusform>%n new answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/review_queue.py" line="192"/>
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n open question</numerusform>
            <numerusform>%n open questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/review_queue.py" line="195"/>
        <location filename="../app/ui/models/review_queue.py" line="206"/>
        <location filename="../app/ui/models/review_queue.py" line="208"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="195"/>
        <source>All read</source>
        <translation>All read</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="86"/>
        <source>Welcome to Thuisboek</source>
        <translation>Welcome to Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="88"/>
        <source>The home book for the children in your care. Choose your language.</source>
        <translation>The home book for the children in your care. Choose your language.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="90"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="91"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>LogCard</name>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="151"/>
        <source>Add amendment…</source>
        <translation>Add amendment…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="152"/>
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
        <location filename="../app/ui/main_window.py" line="542"/>
        <source>Thuisboek — %1</source>
        <translation>Thuisboek — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="565"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="573"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="574"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="693"/>
        <source>No households to review on this computer yet. Sync with the central office (F5) to bring in the households you supervise.</source>
        <translation>No households to review on this computer yet. Sync with the central office (F5) to bring in the households you supervise.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="702"/>
        <source>No children in this home book yet. Add the first one with Household ▸ Add a child… (Ctrl+Shift+N).</source>
        <translation>No children in this home book yet. Add the first one with Household ▸ Add a child… (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="827"/>
        <source>Sync held</source>
        <translation>Sync held</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="854"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>H&amp;ousehold</source>
        <translation>H&amp;ousehold</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Add a child…</source>
        <translation>&amp;Add a child…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Next household</source>
        <translation>&amp;Next household</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Previous household</source>
        <translation>&amp;Previous household</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Next child</source>
        <translation>&amp;Next child</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Previous child</source>
        <translation>&amp;Previous child</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>Ask a &amp;question…</source>
        <translation>Ask a &amp;question…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>Ask for a &amp;follow-up…</source>
        <translation>Ask for a &amp;follow-up…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Connect to the central office…</source>
        <translation>&amp;Connect to the central office…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>Re&amp;fused changes…</source>
        <translation>Re&amp;fused changes…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="1"/>
        <source>&amp;About Thuisboek</source>
        <translation>&amp;About Thuisboek</translation>
    </message>
</context>
<context>
    <name>QuestionsBanner</name>
    <message numerus="yes">
        <location filename="../app/ui/window/questions_banner.py" line="1"/>
        <source>Your supervisor asked %n question(s) that wait for your answer.</source>
        <translation>
            <numerusform>Your supervisor asked %n question that waits for your answer.</numerusform>
            <numerusform>Your supervisor asked %n questions that wait for your answer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/questions_banner.py" line="1"/>
        <source>Ans&amp;wer now</source>
        <translation>Ans&amp;wer now</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Working offline (not connected to a central office)</source>
        <translation>Working offline (not connected to a central office)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Syncing %1 of %2…</source>
        <translation>Syncing %1 of %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>This computer was revoked by the central office</source>
        <translation>This computer was revoked by the central office</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Sync held: confirm before records are removed</source>
        <translation>Sync held: confirm before records are removed</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="48"/>
        <source>Sync stopped: the central office needs Thuisboek %1 or newer</source>
        <translation>Sync stopped: the central office needs Thuisboek %1 or newer</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>synced at %1</source>
        <translation>synced at %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="58"/>
        <source>update recommended: Thuisboek %1</source>
        <translation>update recommended: Thuisboek %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflict to look at</numerusform>
            <numerusform>%n conflicts to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="1"/>
        <source>%n change(s) refused by the central office</source>
        <translation>
            <numerusform>%n change refused by the central office</numerusform>
            <numerusform>%n changes refused by the central office</numerusform>
        </translation>
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
    <name>OverviewCharts</name>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="479"/>
        <source>entries</source>
        <translation>entries</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="480"/>
        <source>days without a log</source>
        <translation>days without a log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="484"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="485"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="486"/>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="487"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="488"/>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="489"/>
        <source>emerging</source>
        <translation>emerging</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_charts.py" line="490"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../app/ui/pages/overview.py" line="382"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="384"/>
        <source>Last 4 weeks</source>
        <translation>Last 4 weeks</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="384"/>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="384"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="387"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="388"/>
        <location filename="../app/ui/pages/overview.py" line="389"/>
        <source>Where to look</source>
        <translation>Where to look</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="391"/>
        <source>Nothing stands out in the past %1 days.</source>
        <translation>Nothing stands out in the past %1 days.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="404"/>
        <location filename="../app/ui/pages/overview.py" line="414"/>
        <source>Household overview</source>
        <translation>Household overview</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="409"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="413"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="432"/>
        <source>Daily log:</source>
        <translation>Daily log:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="433"/>
        <source>Incidents:</source>
        <translation>Incidents:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="434"/>
        <source>Contacts:</source>
        <translation>Contacts:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="435"/>
        <source>Milestones:</source>
        <translation>Milestones:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="442"/>
        <source>The overview could not be read: %1</source>
        <translation>The overview could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="444"/>
        <source>Choose a household to see its overview.</source>
        <translation>Choose a household to see its overview.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="446"/>
        <source>Reading the household&apos;s records…</source>
        <translation>Reading the household&apos;s records…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="448"/>
        <source>No children were placed in this household in this period.</source>
        <translation>No children were placed in this household in this period.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="474"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="290"/>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="291"/>
        <source>It locks the home book on this computer.</source>
        <translation>It locks the home book on this computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="292"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="293"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="294"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="295"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="296"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="297"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="300"/>
        <source>Write it down and keep it somewhere safe. A forgotten passphrase cannot be recovered on this computer: without it the records here cannot be opened. What was synced stays safe at the central office.</source>
        <translation>Write it down and keep it somewhere safe. A forgotten passphrase cannot be recovered on this computer: without it the records here cannot be opened. What was synced stays safe at the central office.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="305"/>
        <source>&amp;Remember on this computer (no passphrase at start)</source>
        <translation>&amp;Remember on this computer (no passphrase at start)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="308"/>
        <source>The key is kept in this computer&apos;s secure keyring (%1).</source>
        <translation>The key is kept in this computer&apos;s secure keyring (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="322"/>
        <source>too short</source>
        <translation>too short</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="323"/>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="324"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="325"/>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/first_run.py" line="335"/>
        <source>Use at least %n characters; a few words are easy to remember.</source>
        <translation>
            <numerusform>Use at least %n character; a few words are easy to remember.</numerusform>
            <numerusform>Use at least %n characters; a few words are easy to remember.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="340"/>
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
    <message>
        <location filename="../app/services/profile.py" line="1"/>
        <source>The central office has revoked this computer. Its records stay closed until they are erased (thuisboek erase) or the office lifts the revocation.</source>
        <translation>The central office has revoked this computer. Its records stay closed until they are erased (thuisboek erase) or the office lifts the revocation.</translation>
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
    <name>QuestionsModel</name>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="420"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="420"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="462"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="463"/>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="464"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="465"/>
        <source>About</source>
        <translation>About</translation>
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
        <translation>Your questions to this household, with their answers. Answered records come back in the review queue until you mark them as reviewed.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="172"/>
        <source>Questions from your supervisor about the records of this home. Your answer goes to the central office with the next sync.</source>
        <translation>Questions from your supervisor about the records of this home. Your answer goes to the central office with the next sync.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="175"/>
        <source>Show &amp;answered questions too</source>
        <translation>Show &amp;answered questions too</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="177"/>
        <source>The question and the conversation about it</source>
        <translation>The question and the conversation about it</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="178"/>
        <source>Your a&amp;nswer:</source>
        <translation>Your a&amp;nswer:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="179"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="180"/>
        <source>Write your answer; Ctrl+Enter sends it.</source>
        <translation>Write your answer; Ctrl+Enter sends it.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="181"/>
        <source>Sen&amp;d answer (Ctrl+Enter)</source>
        <translation>Sen&amp;d answer (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="282"/>
        <source>Choose a household on the left.</source>
        <translation>Choose a household on the left.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/questions.py" line="287"/>
        <source>%n question(s) still open.</source>
        <translation>
            <numerusform>%n question still open.</numerusform>
            <numerusform>%n questions still open.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="289"/>
        <source>Every question has been answered.</source>
        <translation>Every question has been answered.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="291"/>
        <source>No questions asked in this household.</source>
        <translation>No questions asked in this household.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/questions.py" line="293"/>
        <source>%n question(s) wait for your answer.</source>
        <translation>
            <numerusform>%n question waits for your answer.</numerusform>
            <numerusform>%n questions wait for your answer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="295"/>
        <source>No open questions: everything has been answered.</source>
        <translation>No open questions: everything has been answered.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="338"/>
        <source>Choose a question to read it and the conversation.</source>
        <translation>Choose a question to read it and the conversation.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="362"/>
        <source>Not answered yet.</source>
        <translation>Not answered yet.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="364"/>
        <source>Waiting for your answer.</source>
        <translation>Waiting for your answer.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="367"/>
        <source>Answered.</source>
        <translation>Answered.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="371"/>
        <source>About:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="376"/>
        <source>The conversation about this record</source>
        <translation>The conversation about this record</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="405"/>
        <source>Answer saved; it goes to your supervisor with the next sync.</source>
        <translation>Answer saved; it goes to your supervisor with the next sync.</translation>
    </message>
</context>
<context>
    <name>QueueDetail</name>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="215"/>
        <source>The chosen record in full, with its reviews</source>
        <translation>The chosen record in full, with its reviews</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="255"/>
        <source>Reviews, questions and answers</source>
        <translation>Reviews, questions and answers</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="264"/>
        <source>written by %1</source>
        <translation>written by %1</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../app/ui/models/timeline.py" line="113"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="114"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="115"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="116"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="120"/>
        <source>Child profile</source>
        <translation>Child profile</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="121"/>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="122"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="123"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="124"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="127"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="128"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="129"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="132"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="133"/>
        <source>Supervised visit</source>
        <translation>Supervised visit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="134"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="135"/>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="136"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="139"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="140"/>
        <source>happened</source>
        <translation>happened</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="141"/>
        <source>✕ cancelled</source>
        <translation>✕ cancelled</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="142"/>
        <source>✕ no-show</source>
        <translation>✕ no-show</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="145"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="146"/>
        <source>emerging</source>
        <translation>emerging</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="147"/>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="150"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="151"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="152"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="153"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="156"/>
        <source>on a log</source>
        <translation>on a log</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="157"/>
        <source>on a milestone</source>
        <translation>on a milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="158"/>
        <source>on a contact</source>
        <translation>on a contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="159"/>
        <source>on a review</source>
        <translation>on a review</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="170"/>
        <source>Mood %1/5</source>
        <translation>Mood %1/5</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="174"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="175"/>
        <source>Incident (%1 severity)</source>
        <translation>Incident (%1 severity)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="178"/>
        <source>Amendment (%1)</source>
        <translation>Amendment (%1)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../app/services/records.py" line="60"/>
        <source>This record does not exist (any more).</source>
        <translation>This record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="96"/>
        <source>This record was deleted.</source>
        <translation>This record was deleted.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="103"/>
        <location filename="../app/services/records.py" line="171"/>
        <location filename="../app/services/records.py" line="270"/>
        <source>Supervisors add reviews; they do not change the household&apos;s records.</source>
        <translation>Supervisors add reviews; they do not change the household&apos;s records.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="113"/>
        <source>Only its author can change this review.</source>
        <translation>Only its author can change this review.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="123"/>
        <source>Only its author can change this entry. Add an amendment with a reason.</source>
        <translation>Only its author can change this entry. Add an amendment with a reason.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="135"/>
        <source>This entry is kept as it was written (it was synced or is more than a day old). Add an amendment with a reason instead.</source>
        <translation>This entry is kept as it was written (it was synced or is more than a day old). Add an amendment with a reason instead.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="198"/>
        <source>There is already a log of yours for this child on this day.</source>
        <translation>There is already a log of yours for this child on this day.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="249"/>
        <source>This deletion has been synced already and cannot be undone.</source>
        <translation>This deletion has been synced already and cannot be undone.</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="145"/>
        <location filename="../app/ui/dialogs/refused.py" line="152"/>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="147"/>
        <source>The central office did not accept these changes. They are kept on this computer, as they were written. Read the reason: once it has been put right, by the office or by correcting the record, send the change again. Nothing is deleted here.</source>
        <translation>The central office did not accept these changes. They are kept on this computer, as they were written. Read the reason: once it has been put right, by the office or by correcting the record, send the change again. Nothing is deleted here.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="153"/>
        <source>The chosen change and the reason in full</source>
        <translation>The chosen change and the reason in full</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="154"/>
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="156"/>
        <source>Put the chosen changes back in the queue for the next sync (Ctrl+Enter)</source>
        <translation>Put the chosen changes back in the queue for the next sync (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/refused.py" line="187"/>
        <source>%n change(s) refused.</source>
        <translation>
            <numerusform>%n change refused.</numerusform>
            <numerusform>%n changes refused.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="189"/>
        <source>No refused changes: the central office accepted every change it received.</source>
        <translation>No refused changes: the central office accepted every change it received.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="272"/>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="273"/>
        <source>The central office&apos;s reason:</source>
        <translation>The central office&apos;s reason:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/refused.py" line="296"/>
        <source>%n change(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n change will be sent again with the next sync.</numerusform>
            <numerusform>%n changes will be sent again with the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <location filename="../app/ui/models/refused.py" line="74"/>
        <source>%1 (deletion)</source>
        <translation>%1 (deletion)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="76"/>
        <source>%1 (amendment)</source>
        <translation>%1 (amendment)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="96"/>
        <source>Household: %1</source>
        <translation>Household: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="100"/>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="137"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="138"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="139"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="140"/>
        <source>Changed</source>
        <translation>Changed</translation>
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
    <name>Report</name>
    <message>
        <location filename="../app/services/report/errors.py" line="22"/>
        <source>No child in this profile is called or has the id “{child}”.</source>
        <translation>No child in this profile is called or has the id “{child}”.</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="33"/>
        <source>“{child}” could be more than one child: {matches}. Give the child&apos;s id.</source>
        <translation>“{child}” could be more than one child: {matches}. Give the child&apos;s id.</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="44"/>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>The period starts ({start}) after it ends ({end}).</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="53"/>
        <source>A report can be written in nl, fr or en, not “{lang}”.</source>
        <translation>A report can be written in nl, fr or en, not “{lang}”.</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="61"/>
        <source>The report cannot be written to {path}: {reason}.</source>
        <translation>The report cannot be written to {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="291"/>
        <source>Period report</source>
        <translation>Period report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="292"/>
        <source>&amp;Child:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="293"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="294"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="295"/>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="296"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="297"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="298"/>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="299"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="300"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="301"/>
        <source>First day of the report</source>
        <translation>First day of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="302"/>
        <source>Last day of the report</source>
        <translation>Last day of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="303"/>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="304"/>
        <source>File of the report</source>
        <translation>File of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="305"/>
        <source>Progress of the report</source>
        <translation>Progress of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="325"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="325"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="329"/>
        <source>Reading the children…</source>
        <translation>Reading the children…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="331"/>
        <source>No child was placed in this period</source>
        <translation>No child was placed in this period</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="345"/>
        <source>The period starts after it ends.</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="347"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="349"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="351"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>The report was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="551"/>
        <source>The report was not made: something went wrong (%1).</source>
        <translation>The report was not made: something went wrong (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/report.py" line="356"/>
        <source>The report is saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>The report is saved as %1 (%n page).</numerusform>
            <numerusform>The report is saved as %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="360"/>
        <source>Some letters may not print: %1</source>
        <translation>Some letters may not print: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="408"/>
        <source>The children could not be read: %1</source>
        <translation>The children could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="437"/>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="439"/>
        <source>Report %1 %2 to %3.pdf</source>
        <translation>Report %1 %2 to %3.pdf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="449"/>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="449"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="479"/>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="480"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../app/services/review.py" line="428"/>
        <source>Questions are answered by the household.</source>
        <translation>Questions are answered by the household.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="471"/>
        <source>Only supervisors review records.</source>
        <translation>Only supervisors review records.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="475"/>
        <source>This household is not one of yours.</source>
        <translation>This household is not one of yours.</translation>
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
        <translation>Contact did not happen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="299"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="305"/>
        <source>Answer received</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="307"/>
        <source>Question open</source>
        <translation>Question open</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="309"/>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="374"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="375"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="376"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="377"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="378"/>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="450"/>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="460"/>
        <source>Records to review</source>
        <translation>Records to review</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="462"/>
        <source>Space or Enter</source>
        <translation>Space or Enter</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="463"/>
        <source>Ask a &amp;question…</source>
        <translation>Ask a &amp;question…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="465"/>
        <source>Ask for a follow-&amp;up…</source>
        <translation>Ask for a follow-&amp;up…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="461"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="469"/>
        <source>Space or Enter: mark the selected as reviewed · Shift+↑↓: select more · Q: question · F: follow-up</source>
        <translation>Space or Enter: mark the selected as reviewed · Shift+↑↓: select more · Q: question · F: follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="565"/>
        <source>Choose a household on the left.</source>
        <translation>Choose a household on the left.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="567"/>
        <source>Reading the queue…</source>
        <translation>Reading the queue…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="569"/>
        <source>Everything in this household has been reviewed.</source>
        <translation>Everything in this household has been reviewed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="572"/>
        <source>%n record(s) to review: incidents first, then contacts that did not happen, then the rest by date.</source>
        <translation>
            <numerusform>%n record to review: incidents first, then contacts that did not happen, then the rest by date.</numerusform>
            <numerusform>%n records to review: incidents first, then contacts that did not happen, then the rest by date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="649"/>
        <source>%n entry(ies) marked as reviewed</source>
        <translation>
            <numerusform>%n entry marked as reviewed</numerusform>
            <numerusform>%n entries marked as reviewed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="700"/>
        <source>Follow-up asked; the household sees it after the next sync.</source>
        <translation>Follow-up asked; the household sees it after the next sync.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="702"/>
        <source>Question asked; the household sees it after the next sync.</source>
        <translation>Question asked; the household sees it after the next sync.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="116"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="117"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="118"/>
        <source>&amp;Lock after (minutes without use):</source>
        <translation>&amp;Lock after (minutes without use):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="119"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="120"/>
        <source>Minutes before the automatic lock</source>
        <translation>Minutes before the automatic lock</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="121"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="122"/>
        <source>&amp;Remember the key on this computer</source>
        <translation>&amp;Remember the key on this computer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="125"/>
        <source>Kept in this computer&apos;s secure keyring (%1).</source>
        <translation>Kept in this computer&apos;s secure keyring (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="131"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="143"/>
        <source>Thuisboek version:</source>
        <translation>Thuisboek version:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="132"/>
        <source>Central office</source>
        <translation>Central office</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="133"/>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="134"/>
        <source>This computer&apos;s id:</source>
        <translation>This computer&apos;s id:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="135"/>
        <source>Last successful sync:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="136"/>
        <source>C&amp;onnect…</source>
        <translation>C&amp;onnect…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="146"/>
        <source>This computer is not connected to a central office: the home book stays on this computer. Connect it with the enrolment code the central office gives you.</source>
        <translation>This computer is not connected to a central office: the home book stays on this computer. Connect it with the enrolment code the central office gives you.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="153"/>
        <source>The central office has revoked this computer: it no longer syncs.</source>
        <translation>The central office has revoked this computer: it no longer syncs.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="157"/>
        <source>This computer is connected to the central office and syncs with it.</source>
        <translation>This computer is connected to the central office and syncs with it.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="202"/>
        <source>This version (%1) is too old for the central office, which needs Thuisboek %2 or newer: it does not sync until it is updated. Your changes wait on this computer.</source>
        <translation>This version (%1) is too old for the central office, which needs Thuisboek %2 or newer: it does not sync until it is updated. Your changes wait on this computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="211"/>
        <source>The central office recommends Thuisboek %1 or newer (this is %2). This version keeps working; ask for the update.</source>
        <translation>The central office recommends Thuisboek %1 or newer (this is %2). This version keeps working; ask for the update.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="169"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="184"/>
        <source>This computer is now connected to the central office.</source>
        <translation>This computer is now connected to the central office.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="199"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="204"/>
        <source>Your passphrase, to confirm:</source>
        <translation>Your passphrase, to confirm:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="219"/>
        <source>This computer now remembers the key.</source>
        <translation>This computer now remembers the key.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="221"/>
        <source>This computer no longer remembers the key.</source>
        <translation>This computer no longer remembers the key.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="225"/>
        <source>Current passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/settings.py" line="229"/>
        <source>New passphrase (at least %n characters):</source>
        <translation>
            <numerusform>New passphrase (at least %n character):</numerusform>
            <numerusform>New passphrase (at least %n characters):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="233"/>
        <source>New passphrase again:</source>
        <translation>New passphrase again:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="235"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>The two passphrases differ; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="242"/>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
</context>
<context>
    <name>SignalsModel</name>
    <message>
        <location filename="../app/ui/pages/overview.py" line="199"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="205"/>
        <source>%1: %n incident(s) in the past %2 days, the last on %3.</source>
        <translation>
            <numerusform>%1: %n incident in the past %2 days, on %3.</numerusform>
            <numerusform>%1: %n incidents in the past %2 days, the last on %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="211"/>
        <source>Most serious: %1.</source>
        <translation>Most serious: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="215"/>
        <source>%1: no daily log on %n of the past %2 days.</source>
        <translation>
            <numerusform>%1: no daily log on %n of the past %2 days.</numerusform>
            <numerusform>%1: no daily log on %n of the past %2 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="219"/>
        <source>%1: the last %n contacts with %2 did not take place (cancelled or no-show).</source>
        <translation>
            <numerusform>%1: the last contact with %2 did not take place (cancelled or no-show).</numerusform>
            <numerusform>%1: the last %n contacts with %2 did not take place (cancelled or no-show).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="224"/>
        <source>%1: no contact on record with %2 (placed apart).</source>
        <translation>%1: no contact on record with %2 (placed apart).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="228"/>
        <source>%1: not seen %2 (placed apart) for %n day(s).</source>
        <translation>
            <numerusform>%1: not seen %2 (placed apart) for %n day.</numerusform>
            <numerusform>%1: not seen %2 (placed apart) for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="147"/>
        <source>How will you use Thuisboek?</source>
        <translation>How will you use Thuisboek?</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="150"/>
        <source>Thuisboek works without a connection. Connected to the central office, it syncs your household&apos;s records whenever there is a network.</source>
        <translation>Thuisboek works without a connection. Connected to the central office, it syncs your household&apos;s records whenever there is a network.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="154"/>
        <source>&amp;Connect with the central office now</source>
        <translation>&amp;Connect with the central office now</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="157"/>
        <source>Type the server address and the one-time enrolment code the central office gave you for this computer. Your name and your household come from the central office.</source>
        <translation>Type the server address and the one-time enrolment code the central office gave you for this computer. Your name and your household come from the central office.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="162"/>
        <source>Start on this computer &amp;only, and connect later</source>
        <translation>Start on this computer &amp;only, and connect later</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="165"/>
        <source>Everything stays on this computer. Connect it later from the settings: what you wrote until then goes along.</source>
        <translation>Everything stays on this computer. Connect it later from the settings: what you wrote until then goes along.</translation>
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
        <location filename="../app/sync/engine.py" line="66"/>
        <source>The central office holds {server} records of this household where this computer holds {local}. Nothing was removed; confirm to continue.</source>
        <translation>The central office holds {server} records of this household where this computer holds {local}. Nothing was removed; confirm to continue.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="150"/>
        <source>This Thuisboek ({version}) is too old for the central office, which needs version {minimum} or newer. Nothing was sent; your changes wait here. Install the new version, then sync again.</source>
        <translation>This Thuisboek ({version}) is too old for the central office, which needs version {minimum} or newer. Nothing was sent; your changes wait here. Install the new version, then sync again.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="43"/>
        <source>The central office cannot be reached.</source>
        <translation>The central office cannot be reached.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="55"/>
        <source>The central office had a problem (HTTP {status}). Nothing is lost: your changes wait here and are sent later.</source>
        <translation>The central office had a problem (HTTP {status}). Nothing is lost: your changes wait here and are sent later.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="71"/>
        <source>The address {url} is not secure: use https:// (http:// only for this computer).</source>
        <translation>The address {url} is not secure: use https:// (http:// only for this computer).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="113"/>
        <source>This computer does not trust the central office&apos;s certificate. Nothing was sent. Ask the office to install its certificate authority on this computer, or check the address.</source>
        <translation>This computer does not trust the central office&apos;s certificate. Nothing was sent. Ask the office to install its certificate authority on this computer, or check the address.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="86"/>
        <source>The central office has revoked this computer. The records on it are locked; you can erase them.</source>
        <translation>The central office has revoked this computer. The records on it are locked; you can erase them.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="100"/>
        <source>The central office does not recognise this computer. Enrol it again.</source>
        <translation>The central office does not recognise this computer. Enrol it again.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="112"/>
        <source>The enrolment code is not valid (mistyped, used already, or expired).</source>
        <translation>The enrolment code is not valid (mistyped, used already, or expired).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="125"/>
        <source>The central office was restored from a backup.</source>
        <translation>The central office was restored from a backup.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="135"/>
        <source>The central office refused the request ({status} {code}).</source>
        <translation>The central office refused the request ({status} {code}).</translation>
    </message>
    <message>
        <location filename="../app/sync/enroll.py" line="95"/>
        <source>This enrolment code is for someone else. Nothing was changed: ask the central office for a code for the person of this profile.</source>
        <translation>This enrolment code is for someone else. Nothing was changed: ask the central office for a code for the person of this profile.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="1"/>
        <source>The central office is refusing too many attempts; trying again at {time}.</source>
        <translation>The central office is refusing too many attempts; trying again at {time}.</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="272"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="274"/>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
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
        <location filename="../app/ui/pages/timeline_detail.py" line="190"/>
        <source>Choose an entry to read it in full.</source>
        <translation>Choose an entry to read it in full.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="213"/>
        <source>This is an amendment of the entry of %1.</source>
        <translation>This is an amendment of the entry of %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="214"/>
        <source>Show the original</source>
        <translation>Show the original</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="217"/>
        <source>This is an amendment of an entry this computer does not hold.</source>
        <translation>This is an amendment of an entry this computer does not hold.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="221"/>
        <source>About:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="230"/>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="234"/>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="240"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="257"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="281"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="281"/>
        <source>Child</source>
        <translation>Child</translation>
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
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="288"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="289"/>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="290"/>
        <source>Eating</source>
        <translation>Eating</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="291"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="292"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="293"/>
        <source>School or daycare</source>
        <translation>School or daycare</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="294"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="295"/>
        <source>Notable moments</source>
        <translation>Notable moments</translation>
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
        <translation>Relatives</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="304"/>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="305"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="319"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="306"/>
        <source>Duration</source>
        <translation>Duration</translation>
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
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="308"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="309"/>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="310"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="311"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="312"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="317"/>
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="318"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="320"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="324"/>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="325"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="337"/>
        <source>written by you</source>
        <translation>written by you</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="338"/>
        <source>written by someone else</source>
        <translation>written by someone else</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="344"/>
        <source>Written %1</source>
        <translation>Written %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="347"/>
        <source>waiting to sync</source>
        <translation>waiting to sync</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="350"/>
        <source>refused by the central office: %1</source>
        <translation>refused by the central office: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="353"/>
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
        <location filename="../app/ui/models/timeline.py" line="483"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="484"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="485"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="486"/>
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
        <location filename="../app/ui/unlock.py" line="83"/>
        <source>Thuisboek — locked</source>
        <translation>Thuisboek — locked</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="84"/>
        <source>Thuisboek is locked</source>
        <translation>Thuisboek is locked</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="85"/>
        <source>Enter your passphrase to open the home book.</source>
        <translation>Enter your passphrase to open the home book.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="86"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="87"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="88"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/unlock.py" line="106"/>
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="115"/>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="122"/>
        <source>Please enter your passphrase.</source>
        <translation>Please enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="125"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="142"/>
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
        <location filename="../app/domain/records.py" line="563"/>
        <source>A question, follow-up or answer needs a comment.</source>
        <translation>A question, follow-up or answer needs a comment.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="571"/>
        <source>An answer must answer a question.</source>
        <translation>An answer must answer a question.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="634"/>
        <source>Unknown record type “{kind}”.</source>
        <translation>Unknown record type “{kind}”.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="653"/>
        <source>The value of “{field}” is not valid.</source>
        <translation>The value of “{field}” is not valid.</translation>
    </message>
</context>
</TS>
