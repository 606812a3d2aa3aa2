<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="72"/>
        <source>About Thuisboek</source>
        <translation>About Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="76"/>
        <source>The home book for family-style child-welfare homes: daily logs, milestones and family contacts, kept encrypted on this computer. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>The home book for family-style child-welfare homes: daily logs, milestones and family contacts, kept encrypted on this computer. Licensed under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="87"/>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="90"/>
        <source>Component</source>
        <translation>Component</translation>
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
        <translation>Qt and PySide6 are used under the GNU Lesser General Public License v3: you may replace the Qt libraries of this installation with your own build. The CDC milestone checklists are used with credit; the CDC does not endorse Thuisboek.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="103"/>
        <source>The licence texts are in the folder %1.</source>
        <translation>The licence texts are in the folder %1.</translation>
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
        <translation>Contact did not happen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="76"/>
        <location filename="../app/ui/pages/across_model.py" line="87"/>
        <source>Follow-up waiting for an answer</source>
        <translation>Follow-up waiting for an answer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="77"/>
        <location filename="../app/ui/pages/across_model.py" line="88"/>
        <source>Question waiting for an answer</source>
        <translation>Question waiting for an answer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="79"/>
        <location filename="../app/ui/pages/across_model.py" line="89"/>
        <source>Days without a log</source>
        <translation>Days without a log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="80"/>
        <location filename="../app/ui/pages/across_model.py" line="90"/>
        <source>Sibling not seen</source>
        <translation>Sibling not seen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="109"/>
        <source>about: %1</source>
        <translation>about: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="150"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="151"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="152"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="153"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="154"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>AcrossPage</name>
    <message>
        <location filename="../app/ui/pages/across.py" line="147"/>
        <source>Across my households</source>
        <translation>Across my households</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="156"/>
        <source>This week across my households</source>
        <translation>This week across my households</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="157"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="158"/>
        <source>Space or Enter</source>
        <translation>Space or Enter</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="159"/>
        <source>Ask a &amp;question…</source>
        <translation>Ask a &amp;question…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="161"/>
        <source>Ask for a follow-&amp;up…</source>
        <translation>Ask for a follow-&amp;up…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="163"/>
        <source>Open the &amp;household</source>
        <translation>Open the &amp;household</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="164"/>
        <source>Double click</source>
        <translation>Double click</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="167"/>
        <source>Space or Enter: mark as reviewed · Q: question · F: follow-up · double click: open the household</source>
        <translation>Space or Enter: mark as reviewed · Q: question · F: follow-up · double click: open the household</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="247"/>
        <source>Reading this week across your households…</source>
        <translation>Reading this week across your households…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="249"/>
        <source>No households to review on this computer yet.</source>
        <translation>No households to review on this computer yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/across.py" line="251"/>
        <source>Nothing needs your attention this week in %n household(s).</source>
        <translation>
            <numerusform>Nothing needs your attention this week in %n household.</numerusform>
            <numerusform>Nothing needs your attention this week in %n households.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/across.py" line="255"/>
        <source>%n line(s) this week, from %1 to %2: incidents first, most serious first, then contacts that did not happen, questions waiting for an answer, days without a log and siblings not seen; each the newest first.</source>
        <translation>
            <numerusform>%n line this week, from %1 to %2: incidents first, most serious first, then contacts that did not happen, questions waiting for an answer, days without a log and siblings not seen; each the newest first.</numerusform>
            <numerusform>%n lines this week, from %1 to %2: incidents first, most serious first, then contacts that did not happen, questions waiting for an answer, days without a log and siblings not seen; each the newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/across.py" line="344"/>
        <source>%n entry(ies) marked as reviewed</source>
        <translation>
            <numerusform>%n entry marked as reviewed</numerusform>
            <numerusform>%n entries marked as reviewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="120"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Previous week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="121"/>
        <source>This &amp;week</source>
        <translation>This &amp;week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="122"/>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Next week ▶</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="123"/>
        <source>&amp;Add appointment…</source>
        <translation>&amp;Add appointment…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="124"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="125"/>
        <source>What &amp;happened…</source>
        <translation>What &amp;happened…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="126"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="127"/>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xport calendar…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="128"/>
        <source>with the family&apos;s names</source>
        <translation>with the family&apos;s names</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="131"/>
        <source>The file for a phone leaves out the names of the birth family, and the title and place of family visits, unless you tick this.</source>
        <translation>The file for a phone leaves out the names of the birth family, and the title and place of family visits, unless you tick this.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="135"/>
        <source>Appointments of the week</source>
        <translation>Appointments of the week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="175"/>
        <source>Week of %1 to %2</source>
        <translation>Week of %1 to %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="191"/>
        <source>%1 (today)</source>
        <translation>%1 (today)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="195"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="203"/>
        <source>what happened?</source>
        <translation>what happened?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="258"/>
        <source>Delete appointment</source>
        <translation>Delete appointment</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="309"/>
        <location filename="../app/ui/pages/care_agenda.py" line="327"/>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="311"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="328"/>
        <source>The appointments were saved in %1.</source>
        <translation>The appointments were saved in %1.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="121"/>
        <source>Throw away this amendment?</source>
        <translation>Throw away this amendment?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="122"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>What you wrote here is not stored. Throw it away?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="134"/>
        <location filename="../app/ui/pages/today_amend.py" line="146"/>
        <source>Add amendment</source>
        <translation>Add amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="137"/>
        <source>The log of %1 by %2 stays as it was written. Your correction is kept beside it, with the reason, and both can be read later.</source>
        <translation>The log of %1 by %2 stays as it was written. Your correction is kept beside it, with the reason, and both can be read later.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="143"/>
        <source>R&amp;eason for the amendment (required)</source>
        <translation>R&amp;eason for the amendment (required)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="144"/>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="147"/>
        <source>Store the amendment (Ctrl+Enter)</source>
        <translation>Store the amendment (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="188"/>
        <source>The amendment could not be stored (%1).</source>
        <translation>The amendment could not be stored (%1).</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="444"/>
        <source>Add appointment</source>
        <translation>Add appointment</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="444"/>
        <source>Edit appointment</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="449"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="450"/>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="451"/>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="452"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="453"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="454"/>
        <source>Who &amp;goes:</source>
        <translation>Who &amp;goes:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="455"/>
        <source>&amp;Children:</source>
        <translation>&amp;Children:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="456"/>
        <source>&amp;Family:</source>
        <translation>&amp;Family:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="457"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Reminder:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="458"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="462"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="463"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="464"/>
        <source> min before</source>
        <translation> min before</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="465"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="466"/>
        <source>e.g. check-up, parents&apos; evening</source>
        <translation>e.g. check-up, parents&apos; evening</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="467"/>
        <source>e.g. Anna and the guardian</source>
        <translation>e.g. Anna and the guardian</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="490"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="121"/>
        <source>Follow-up asked; the household sees it after the next sync.</source>
        <translation>Follow-up asked; the household sees it after the next sync.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="123"/>
        <source>Question asked; the household sees it after the next sync.</source>
        <translation>Question asked; the household sees it after the next sync.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="138"/>
        <source>Ask for a follow-up</source>
        <translation>Ask for a follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="139"/>
        <source>&amp;What should the household follow up?</source>
        <translation>&amp;What should the household follow up?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="141"/>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="142"/>
        <source>&amp;Your question for the household:</source>
        <translation>&amp;Your question for the household:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="143"/>
        <source>&amp;Send (Ctrl+Enter)</source>
        <translation>&amp;Send (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="311"/>
        <location filename="../app/ui/dialogs/attachments.py" line="312"/>
        <source>Photos and documents</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="314"/>
        <source>Enter opens the chosen one; F2 edits its caption; Delete removes it.</source>
        <translation>Enter opens the chosen one; F2 edits its caption; Delete removes it.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="316"/>
        <source>Enter opens the chosen one.</source>
        <translation>Enter opens the chosen one.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="318"/>
        <source>No photos or documents yet.</source>
        <translation>No photos or documents yet.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="319"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="322"/>
        <source>Add photos (JPEG, PNG) or scans (PDF); several at once, or drop them from a folder onto the strip</source>
        <translation>Add photos (JPEG, PNG) or scans (PDF); several at once, or drop them from a folder onto the strip</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="326"/>
        <location filename="../app/ui/dialogs/attachments.py" line="604"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="328"/>
        <source>Document removed</source>
        <translation>Document removed</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="328"/>
        <source>Photo removed</source>
        <translation>Photo removed</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="330"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="331"/>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Bring it back (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="340"/>
        <source>Up to %1 a file; %2 has %3 of %4.</source>
        <translation>Up to %1 a file; %2 has %3 of %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="462"/>
        <source>Attach photos or documents</source>
        <translation>Attach photos or documents</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="464"/>
        <source>Photos and PDF documents (%1)</source>
        <translation>Photos and PDF documents (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="486"/>
        <source>Adding %v of %m…</source>
        <translation>Adding %v of %m…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="512"/>
        <source>This file could not be read.</source>
        <translation>This file could not be read.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="514"/>
        <source>%1 was not added: %2</source>
        <translation>%1 was not added: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="567"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="570"/>
        <source>Edit &amp;caption…</source>
        <translation>Edit &amp;caption…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="583"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="605"/>
        <source>Remove %1? It is removed on every laptop at the next sync.</source>
        <translation>Remove %1? It is removed on every laptop at the next sync.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="126"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="127"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="128"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="129"/>
        <source>◀ &amp;Previous page</source>
        <translation>◀ &amp;Previous page</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="130"/>
        <source>&amp;Next page ▶</source>
        <translation>&amp;Next page ▶</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="131"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="132"/>
        <source>&amp;Edit caption…</source>
        <translation>&amp;Edit caption…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="133"/>
        <source>Write the words shown under this photo or document</source>
        <translation>Write the words shown under this photo or document</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="135"/>
        <source>A page of %1</source>
        <translation>A page of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="137"/>
        <source>The photo %1</source>
        <translation>The photo %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="173"/>
        <source>This file cannot be shown.</source>
        <translation>This file cannot be shown.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="253"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../app/services/attachments.py" line="104"/>
        <source>This file is too large ({size} MB); a file may hold at most {limit} MB.</source>
        <translation>This file is too large ({size} MB); a file may hold at most {limit} MB.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="114"/>
        <source>This picture cannot be read; it may be damaged or incomplete.</source>
        <translation>This picture cannot be read; it may be damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="177"/>
        <source>This picture is too large ({megapixels} megapixels; at most {limit}).</source>
        <translation>This picture is too large ({megapixels} megapixels; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="218"/>
        <source>This file is empty.</source>
        <translation>This file is empty.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="222"/>
        <source>Only photos (JPEG, PNG) and PDF documents can be attached.</source>
        <translation>Only photos (JPEG, PNG) and PDF documents can be attached.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="262"/>
        <source>This file cannot be opened.</source>
        <translation>This file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="513"/>
        <source>Write a caption of a few words (it is shown under the photo).</source>
        <translation>Write a caption of a few words (it is shown under the photo).</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="527"/>
        <source>This caption is too long ({length} characters; at most {limit}).</source>
        <translation>This caption is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="122"/>
        <source>This child&apos;s attachments would take more than {limit} MB together ({used} MB are used). Remove some first.</source>
        <translation>This child&apos;s attachments would take more than {limit} MB together ({used} MB are used). Remove some first.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="334"/>
        <source>A file is attached to a child, or to a daily log, a milestone or a contact of that child.</source>
        <translation>A file is attached to a child, or to a daily log, a milestone or a contact of that child.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="404"/>
        <source>This file is not on this laptop yet; it arrives with the next sync.</source>
        <translation>This file is not on this laptop yet; it arrives with the next sync.</translation>
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
        <translation>Kept for the book.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/attachments.py" line="265"/>
        <source>Not yet on this laptop; it comes with the next sync.</source>
        <translation>Not yet on this laptop; it comes with the next sync.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="157"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="158"/>
        <source>&amp;Add amendment…</source>
        <translation>&amp;Add amendment…</translation>
    </message>
</context>
<context>
    <name>BeforeDialog</name>
    <message>
        <location filename="../app/ui/pages/review_queue_backlog.py" line="60"/>
        <source>Mark the backlog as reviewed</source>
        <translation>Mark the backlog as reviewed</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_backlog.py" line="63"/>
        <source>Every record of this household dated before this day will be marked as reviewed, in one step. You will see how many before anything is marked.</source>
        <translation>Every record of this household dated before this day will be marked as reviewed, in one step. You will see how many before anything is marked.</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="100"/>
        <source>The book of {name}</source>
        <translation>The book of {name}</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="101"/>
        <source>&amp;Language of the book:</source>
        <translation>&amp;Language of the book:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="102"/>
        <source>◀ &amp;Previous page</source>
        <translation>◀ &amp;Previous page</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="103"/>
        <source>&amp;Next page ▶</source>
        <translation>&amp;Next page ▶</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="104"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="105"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="106"/>
        <source>A page of the book</source>
        <translation>A page of the book</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="112"/>
        <source>Making the book…</source>
        <translation>Making the book…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/lifebook.py" line="132"/>
        <source>%n page(s). Look through it, then save it where you want to keep it.</source>
        <translation>
            <numerusform>%n page. Look through it, then save it where you want to keep it.</numerusform>
            <numerusform>%n pages. Look through it, then save it where you want to keep it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="146"/>
        <source>The book could not be made.</source>
        <translation>The book could not be made.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="165"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="172"/>
        <source>Book of {name}.pdf</source>
        <translation>Book of {name}.pdf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="174"/>
        <source>Save the book</source>
        <translation>Save the book</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="174"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="187"/>
        <source>The book was saved in %1.</source>
        <translation>The book was saved in %1.</translation>
    </message>
</context>
<context>
    <name>CaptionDialog</name>
    <message>
        <location filename="../app/ui/dialogs/caption.py" line="65"/>
        <location filename="../app/ui/dialogs/caption.py" line="91"/>
        <source>Edit caption</source>
        <translation>Edit caption</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/caption.py" line="67"/>
        <source>&amp;Caption of %1 (shown under the photo and in the book):</source>
        <translation>&amp;Caption of %1 (shown under the photo and in the book):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/caption.py" line="71"/>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../app/ui/models/care.py" line="25"/>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="26"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="27"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="33"/>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="34"/>
        <source>Food security</source>
        <translation>Food security</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="35"/>
        <source>Accommodation</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="36"/>
        <source>Physical health</source>
        <translation>Physical health</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="37"/>
        <source>Education and skills</source>
        <translation>Education and skills</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="38"/>
        <source>Livelihood</source>
        <translation>Livelihood</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="39"/>
        <source>Protection and social inclusion</source>
        <translation>Protection and social inclusion</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="42"/>
        <source>Social and emotional well-being</source>
        <translation>Social and emotional well-being</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="45"/>
        <source>Independent living</source>
        <translation>Independent living</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="51"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="52"/>
        <source>Progressing</source>
        <translation>Progressing</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="53"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="54"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="60"/>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="61"/>
        <source>Dentist</source>
        <translation>Dentist</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="62"/>
        <source>Therapist</source>
        <translation>Therapist</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="63"/>
        <source>School meeting</source>
        <translation>School meeting</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="64"/>
        <source>Youth court</source>
        <translation>Youth court</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="65"/>
        <source>Family visit</source>
        <translation>Family visit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="66"/>
        <source>Other appointment</source>
        <translation>Other appointment</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="72"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="74"/>
        <source>Took place</source>
        <translation>Took place</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="75"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="76"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="82"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="84"/>
        <source>Applicant for international protection</source>
        <translation>Applicant for international protection</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="87"/>
        <source>Recognised refugee</source>
        <translation>Recognised refugee</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="88"/>
        <source>Subsidiary protection</source>
        <translation>Subsidiary protection</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="91"/>
        <source>Other residence permit</source>
        <translation>Other residence permit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="92"/>
        <source>Application refused</source>
        <translation>Application refused</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="98"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="99"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="100"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="101"/>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="102"/>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="108"/>
        <source>Beginner</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="109"/>
        <source>A1 (first words)</source>
        <translation>A1 (first words)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="110"/>
        <source>A2 (everyday sentences)</source>
        <translation>A2 (everyday sentences)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="111"/>
        <source>B1 (gets by)</source>
        <translation>B1 (gets by)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="112"/>
        <source>B2 (at ease)</source>
        <translation>B2 (at ease)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="113"/>
        <source>Fluent</source>
        <translation>Fluent</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="114"/>
        <source>Mother tongue</source>
        <translation>Mother tongue</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="120"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../app/ui/pages/care.py" line="44"/>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="48"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="49"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="50"/>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="51"/>
        <source>Procedure and languages</source>
        <translation>Procedure and languages</translation>
    </message>
</context>
<context>
    <name>CareWatchPage</name>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="69"/>
        <source>Care plans</source>
        <translation>Care plans</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="72"/>
        <source>Goals past their review date</source>
        <translation>Goals past their review date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="74"/>
        <source>Doses missed or refused (last %1 days)</source>
        <translation>Doses missed or refused (last %1 days)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <location filename="../app/ui/pages/care_watch.py" line="81"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <location filename="../app/ui/pages/care_watch.py" line="82"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="83"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="84"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="85"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="88"/>
        <source>No goal is past its review date.</source>
        <translation>No goal is past its review date.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="89"/>
        <source>No dose was missed or refused.</source>
        <translation>No dose was missed or refused.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="155"/>
        <source>Not noted</source>
        <translation>Not noted</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="256"/>
        <location filename="../app/ui/pages/overview_card.py" line="383"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="257"/>
        <location filename="../app/ui/pages/overview_card.py" line="384"/>
        <source>%n day(s) without a log</source>
        <translation>
            <numerusform>%n day without a log</numerusform>
            <numerusform>%n days without a log</numerusform>
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
        <translation>Daily log per week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="263"/>
        <source>Incidents per week</source>
        <translation>Incidents per week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="264"/>
        <source>Contacts per relative</source>
        <translation>Contacts per relative</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="265"/>
        <source>Milestones per area</source>
        <translation>Milestones per area</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="267"/>
        <source>No incidents in this period.</source>
        <translation>No incidents in this period.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="269"/>
        <source>No relatives recorded.</source>
        <translation>No relatives recorded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="273"/>
        <source>None of the %n milestone(s) for this age is marked yet.</source>
        <translation>
            <numerusform>The milestone for this age is not marked yet.</numerusform>
            <numerusform>None of the %n milestones for this age is marked yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="275"/>
        <source>The catalog has no milestones for this age.</source>
        <translation>The catalog has no milestones for this age.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="299"/>
        <source>Contacts per relative of %1</source>
        <translation>Contacts per relative of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="300"/>
        <source>Milestones per area of %1</source>
        <translation>Milestones per area of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="330"/>
        <source>Daily log per week of %1</source>
        <translation>Daily log per week of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="333"/>
        <source>Incidents per week of %1</source>
        <translation>Incidents per week of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="341"/>
        <source>no contact on record</source>
        <translation>no contact on record</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="343"/>
        <source>seen today</source>
        <translation>seen today</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="344"/>
        <source>last seen %n day(s) ago</source>
        <translation>
            <numerusform>last seen %n day ago</numerusform>
            <numerusform>last seen %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="352"/>
        <source>Together with %1.</source>
        <translation>Together with %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="361"/>
        <source>Apart from %1: %2.</source>
        <translation>Apart from %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="369"/>
        <source>No brothers or sisters recorded.</source>
        <translation>No brothers or sisters recorded.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="370"/>
        <source>Siblings:</source>
        <translation>Siblings:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="376"/>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="409"/>
        <source>next planned on %1</source>
        <translation>next planned on %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="418"/>
        <source>%1 of %2 reached, %3 emerging</source>
        <translation>%1 of %2 reached, %3 emerging</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="422"/>
        <source>%n reached in this period</source>
        <translation>
            <numerusform>%n reached in this period</numerusform>
            <numerusform>%n reached in this period</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="313"/>
        <source>Well-being check: none yet.</source>
        <translation>Well-being check: none yet.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="315"/>
        <source>Well-being check: last on %1.</source>
        <translation>Well-being check: last on %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="319"/>
        <source>A new check is due.</source>
        <translation>A new check is due.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="322"/>
        <source>Mean rating (1–4), oldest first: %1</source>
        <translation>Mean rating (1–4), oldest first: %1</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="399"/>
        <source>Throw away this child&apos;s details?</source>
        <translation>Throw away this child&apos;s details?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="400"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>What you wrote here is not stored. Throw it away?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="415"/>
        <location filename="../app/ui/dialogs/child.py" line="429"/>
        <source>Add child</source>
        <translation>Add child</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="415"/>
        <location filename="../app/ui/dialogs/child.py" line="433"/>
        <source>Edit child</source>
        <translation>Edit child</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="220"/>
        <source>Fi&amp;rst name:</source>
        <translation>Fi&amp;rst name:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="221"/>
        <source>Famil&amp;y name:</source>
        <translation>Famil&amp;y name:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="222"/>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="223"/>
        <source>&amp;Placed since:</source>
        <translation>&amp;Placed since:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="224"/>
        <source>Placement en&amp;ded:</source>
        <translation>Placement en&amp;ded:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="225"/>
        <source>Sch&amp;ool or daycare:</source>
        <translation>Sch&amp;ool or daycare:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="226"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="227"/>
        <source>Sibling &amp;group:</source>
        <translation>Sibling &amp;group:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="228"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="232"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="233"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="234"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="235"/>
        <source>Placement start</source>
        <translation>Placement start</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="236"/>
        <source>ended on</source>
        <translation>ended on</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="237"/>
        <source>Placement ended</source>
        <translation>Placement ended</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="238"/>
        <source>Placement end</source>
        <translation>Placement end</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="239"/>
        <source>School or daycare</source>
        <translation>School or daycare</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="240"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="241"/>
        <source>Separated by commas, e.g. Dutch, Arabic</source>
        <translation>Separated by commas, e.g. Dutch, Arabic</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="242"/>
        <source>Sibling group</source>
        <translation>Sibling group</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="243"/>
        <source>The same name for siblings placed together</source>
        <translation>The same name for siblings placed together</translation>
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
        <translation>Whole household</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="72"/>
        <source>%1; the child leaves this laptop after the next syncs</source>
        <translation>%1; the child leaves this laptop after the next syncs</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="77"/>
        <source>logged today</source>
        <translation>logged today</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="77"/>
        <source>no log yet today</source>
        <translation>no log yet today</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="80"/>
        <source>Today&apos;s log is still missing</source>
        <translation>Today&apos;s log is still missing</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/children.py" line="95"/>
        <location filename="../app/ui/pages/overview_card.py" line="249"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/children.py" line="96"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="100"/>
        <source>Left care on %1</source>
        <translation>Left care on %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.py" line="95"/>
        <source>Household: {name}</source>
        <translation>Household: {name}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="97"/>
        <source>Child: {name}</source>
        <translation>Child: {name}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="98"/>
        <source>Records: {count}</source>
        <translation>Records: {count}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="130"/>
        <source>Backup written to {path}</source>
        <translation>Backup written to {path}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="139"/>
        <source>Profile restored to {path}</source>
        <translation>Profile restored to {path}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="177"/>
        <source>Report of {child} written to {path} ({pages} pages)</source>
        <translation>Report of {child} written to {path} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="193"/>
        <source>The book of {child} written to {path} ({pages} pages)</source>
        <translation>The book of {child} written to {path} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="207"/>
        <source>The export for {child} written to {folder}:</source>
        <translation>The export for {child} written to {folder}:</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="274"/>
        <source>Profile in {path} erased.</source>
        <translation>Profile in {path} erased.</translation>
    </message>
</context>
<context>
    <name>ClosePlacementDialog</name>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="84"/>
        <source>Close the placement</source>
        <translation>Close the placement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="87"/>
        <source>{name} leaves the household. After the next sync the household&apos;s laptops send what they still hold about {name}, then erase the child; the central office keeps the file for the retention period.</source>
        <translation>{name} leaves the household. After the next sync the household&apos;s laptops send what they still hold about {name}, then erase the child; the central office keeps the file for the retention period.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="92"/>
        <source>&amp;Last day of the placement</source>
        <translation>&amp;Last day of the placement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="93"/>
        <source>&amp;Where the child goes</source>
        <translation>&amp;Where the child goes</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="107"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="108"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="109"/>
        <source>Kept by the merge</source>
        <translation>Kept by the merge</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="110"/>
        <source>The other value</source>
        <translation>The other value</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../app/services/conflicts.py" line="189"/>
        <source>The record does not exist (any more).</source>
        <translation>The record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../app/services/conflicts.py" line="194"/>
        <source>Supervisors do not change the household&apos;s records: keep the current values and leave a note for the household.</source>
        <translation>Supervisors do not change the household&apos;s records: keep the current values and leave a note for the household.</translation>
    </message>
    <message>
        <location filename="../app/services/conflicts.py" line="201"/>
        <source>There are no values to take back.</source>
        <translation>There are no values to take back.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="68"/>
        <source>Noticed</source>
        <translation>Noticed</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="69"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="70"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="71"/>
        <source>Other value written by</source>
        <translation>Other value written by</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="149"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="161"/>
        <source>When two computers changed the same field before they synced, the later change was kept and the other value set aside here. Compare them and settle each one; your choice syncs like any change.</source>
        <translation>When two computers changed the same field before they synced, the later change was kept and the other value set aside here. Compare them and settle each one; your choice syncs like any change.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="165"/>
        <source>Conflicts to settle</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="166"/>
        <source>The fields in conflict</source>
        <translation>The fields in conflict</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="167"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="168"/>
        <source>Why you settled it this way (optional)</source>
        <translation>Why you settled it this way (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="169"/>
        <source>&amp;Keep current values</source>
        <translation>&amp;Keep current values</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="170"/>
        <source>&amp;Use the other values</source>
        <translation>&amp;Use the other values</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="187"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="187"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="188"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="189"/>
        <source>Placement start</source>
        <translation>Placement start</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="190"/>
        <source>Placement end</source>
        <translation>Placement end</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="190"/>
        <source>School or daycare</source>
        <translation>School or daycare</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="191"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="191"/>
        <source>Sibling group</source>
        <translation>Sibling group</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="192"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="193"/>
        <source>Lives where</source>
        <translation>Lives where</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="193"/>
        <source>Placed together</source>
        <translation>Placed together</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="194"/>
        <source>Contact arrangement</source>
        <translation>Contact arrangement</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="194"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="195"/>
        <source>Kind of home</source>
        <translation>Kind of home</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="195"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="196"/>
        <source>Mood</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="196"/>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="196"/>
        <source>Eating</source>
        <translation>Eating</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="197"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="197"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="198"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="198"/>
        <source>Notable moments</source>
        <translation>Notable moments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="199"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="200"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="200"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="201"/>
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="201"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="202"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="202"/>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="203"/>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="203"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="204"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="204"/>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="205"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="205"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="206"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="206"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="207"/>
        <source>Relatives</source>
        <translation>Relatives</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="219"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="219"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="250"/>
        <source>%1 (no longer on this computer)</source>
        <translation>%1 (no longer on this computer)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="308"/>
        <source>Choose a household on the left.</source>
        <translation>Choose a household on the left.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/conflicts.py" line="312"/>
        <source>%n conflict(s) to settle.</source>
        <translation>
            <numerusform>%n conflict to settle.</numerusform>
            <numerusform>%n conflicts to settle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="314"/>
        <source>No conflicts: every change merged cleanly.</source>
        <translation>No conflicts: every change merged cleanly.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="339"/>
        <source>%1 — the other values were written by %2; noticed %3.</source>
        <translation>%1 — the other values were written by %2; noticed %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="380"/>
        <source>Conflict settled: the other values are used now.</source>
        <translation>Conflict settled: the other values are used now.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="382"/>
        <source>Conflict settled: the current values stay.</source>
        <translation>Conflict settled: the current values stay.</translation>
    </message>
</context>
<context>
    <name>ContactNoteDialog</name>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="315"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="434"/>
        <source>Record a contact</source>
        <translation>Record a contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="316"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="439"/>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="317"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="450"/>
        <source>Add amendment</source>
        <translation>Add amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="321"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
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
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="340"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="342"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="343"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="344"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="345"/>
        <source>&amp;With:</source>
        <translation>&amp;With:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="346"/>
        <source>C&amp;hildren:</source>
        <translation>C&amp;hildren:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="347"/>
        <source>&amp;Before</source>
        <translation>&amp;Before</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="348"/>
        <source>Du&amp;ring</source>
        <translation>Du&amp;ring</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="349"/>
        <source>&amp;After</source>
        <translation>&amp;After</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="350"/>
        <source>A&amp;greements</source>
        <translation>A&amp;greements</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="351"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="352"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="357"/>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="358"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="359"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="360"/>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="361"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="362"/>
        <source>Relatives at the contact</source>
        <translation>Relatives at the contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="363"/>
        <source>Children at the contact</source>
        <translation>Children at the contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="364"/>
        <source>How the child was before</source>
        <translation>How the child was before</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="365"/>
        <source>How the child was during</source>
        <translation>How the child was during</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="366"/>
        <source>How the child was after</source>
        <translation>How the child was after</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="367"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="368"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="369"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="374"/>
        <source>How was the child?</source>
        <translation>How was the child?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="375"/>
        <source>e.g. visiting centre, at home, park</source>
        <translation>e.g. visiting centre, at home, park</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="376"/>
        <source>What was agreed, and with whom</source>
        <translation>What was agreed, and with whom</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="377"/>
        <source>What needs doing next</source>
        <translation>What needs doing next</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="378"/>
        <source>Add a re&amp;lative…</source>
        <translation>Add a re&amp;lative…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="380"/>
        <source>Someone who is not in the list yet: add them here, they are ticked at once</source>
        <translation>Someone who is not in the list yet: add them here, they are ticked at once</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="383"/>
        <source>Restored what you wrote before. It is not stored yet: press OK to store it, or Cancel to throw it away.</source>
        <translation>Restored what you wrote before. It is not stored yet: press OK to store it, or Cancel to throw it away.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="386"/>
        <source>R&amp;eason for the amendment:</source>
        <translation>R&amp;eason for the amendment:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="387"/>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="390"/>
        <source>The original stays on record beside your amendment.</source>
        <translation>The original stays on record beside your amendment.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="447"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="554"/>
        <source>Throw away this contact?</source>
        <translation>Throw away this contact?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="555"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>What you wrote here is not stored. Throw it away?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="327"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="328"/>
        <source>The family</source>
        <translation>The family</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="329"/>
        <source>The child</source>
        <translation>The child</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="330"/>
        <source>Our household</source>
        <translation>Our household</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="331"/>
        <source>The office</source>
        <translation>The office</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="332"/>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="341"/>
        <source>Cancelled b&amp;y:</source>
        <translation>Cancelled b&amp;y:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="373"/>
        <source>Who cancelled the contact</source>
        <translation>Who cancelled the contact</translation>
    </message>
</context>
<context>
    <name>ContactNotesModel</name>
    <message>
        <location filename="../app/ui/models/contacts.py" line="92"/>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="97"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="98"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="100"/>
        <location filename="../app/ui/models/contacts.py" line="187"/>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="101"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="102"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="116"/>
        <source>%1, amended</source>
        <translation>%1, amended</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/contacts.py" line="120"/>
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Amended %n time</numerusform>
            <numerusform>Amended %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="166"/>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="171"/>
        <source>As first written</source>
        <translation>As first written</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="188"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="189"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="190"/>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="191"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="192"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="193"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
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
        <location filename="../app/ui/pages/contacts.py" line="225"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="228"/>
        <source>Family and agreed contact</source>
        <translation>Family and agreed contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="229"/>
        <location filename="../app/ui/pages/contacts.py" line="244"/>
        <source>Contact notes</source>
        <translation>Contact notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="232"/>
        <source>Add &amp;relative…</source>
        <translation>Add &amp;relative…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="233"/>
        <source>Edit relat&amp;ive…</source>
        <translation>Edit relat&amp;ive…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="234"/>
        <source>Re&amp;move relative</source>
        <translation>Re&amp;move relative</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="235"/>
        <source>Record a &amp;contact…</source>
        <translation>Record a &amp;contact…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="236"/>
        <source>&amp;Delete contact</source>
        <translation>&amp;Delete contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="241"/>
        <source>Record a contact (%1)</source>
        <translation>Record a contact (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="243"/>
        <source>Relatives</source>
        <translation>Relatives</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="245"/>
        <source>About the chosen relative</source>
        <translation>About the chosen relative</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="246"/>
        <source>The chosen contact</source>
        <translation>The chosen contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="249"/>
        <source>No family recorded yet. Add the birth parents, brothers and sisters placed elsewhere, and anyone else the child keeps in touch with.</source>
        <translation>No family recorded yet. Add the birth parents, brothers and sisters placed elsewhere, and anyone else the child keeps in touch with.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="254"/>
        <source>No contacts recorded yet. “Record a contact…” (Ctrl+N) adds the first.</source>
        <translation>No contacts recorded yet. “Record a contact…” (Ctrl+N) adds the first.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="338"/>
        <source>Brothers and sisters living here too: %1</source>
        <translation>Brothers and sisters living here too: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="356"/>
        <source>Choose a relative in the list to read the agreed contact in full.</source>
        <translation>Choose a relative in the list to read the agreed contact in full.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="368"/>
        <source>Choose a contact in the list to read it in full: who was there, how it went, how the child reacted.</source>
        <translation>Choose a contact in the list to read it in full: who was there, how it went, how the child reacted.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="397"/>
        <source>Add &amp;amendment…</source>
        <translation>Add &amp;amendment…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="397"/>
        <source>Edi&amp;t contact…</source>
        <translation>Edi&amp;t contact…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="427"/>
        <source>%1 (sibling)</source>
        <translation>%1 (sibling)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="492"/>
        <location filename="../app/ui/pages/contacts.py" line="494"/>
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="519"/>
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
        <location filename="../app/ui/pages/today_view.py" line="25"/>
        <source>Mood</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="26"/>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="27"/>
        <source>Eating</source>
        <translation>Eating</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="28"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="29"/>
        <source>Medication given</source>
        <translation>Medication given</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="30"/>
        <source>School or daycare</source>
        <translation>School or daycare</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="31"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="32"/>
        <source>Notable moments</source>
        <translation>Notable moments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="33"/>
        <source>Other remarks</source>
        <translation>Other remarks</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="34"/>
        <source>What happened</source>
        <translation>What happened</translation>
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
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="97"/>
        <source>Very sad</source>
        <translation>Very sad</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="98"/>
        <source>Sad</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="99"/>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="100"/>
        <source>Happy</source>
        <translation>Happy</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="101"/>
        <source>Very happy</source>
        <translation>Very happy</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="103"/>
        <source>Not noted</source>
        <translation>Not noted</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="43"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="44"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="45"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="53"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="62"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="76"/>
        <source>no incident</source>
        <translation>no incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="84"/>
        <source>Nothing was noted.</source>
        <translation>Nothing was noted.</translation>
    </message>
</context>
<context>
    <name>DayBar</name>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="84"/>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="85"/>
        <source>Day of the log</source>
        <translation>Day of the log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="86"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Previous day (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="87"/>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="88"/>
        <source>Next day (Alt+Right)</source>
        <translation>Next day (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="89"/>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="90"/>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="91"/>
        <source>Back to today (Alt+Home)</source>
        <translation>Back to today (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="92"/>
        <source>&amp;Previous entry</source>
        <translation>&amp;Previous entry</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="93"/>
        <source>Show or hide the child&apos;s previous log</source>
        <translation>Show or hide the child&apos;s previous log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="114"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="116"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/today_bars.py" line="118"/>
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
    <name>DoseChecklist</name>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="80"/>
        <source>&amp;Refused…</source>
        <translation>&amp;Refused…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="81"/>
        <source>S&amp;kipped…</source>
        <translation>S&amp;kipped…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="82"/>
        <source>Today&apos;s doses</source>
        <translation>Today&apos;s doses</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="83"/>
        <source>No doses today.</source>
        <translation>No doses today.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="129"/>
        <source>%1 at %2 by %3</source>
        <translation>%1 at %2 by %3</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="157"/>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="184"/>
        <source>Given twice?</source>
        <translation>Given twice?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="186"/>
        <source>%1 was given already at %2, less than its interval ago. Note a second dose anyway?</source>
        <translation>%1 was given already at %2, less than its interval ago. Note a second dose anyway?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="211"/>
        <source>Note a dose</source>
        <translation>Note a dose</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="220"/>
        <source>Why was this dose %1?</source>
        <translation>Why was this dose %1?</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="226"/>
        <source>Connect to the central office</source>
        <translation>Connect to the central office</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="229"/>
        <source>Ask the central office for an enrolment code for this computer. What you wrote so far moves into the household the central office knows, and syncs.</source>
        <translation>Ask the central office for an enrolment code for this computer. What you wrote so far moves into the household the central office knows, and syncs.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="83"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="84"/>
        <source>&amp;Enrolment code:</source>
        <translation>&amp;Enrolment code:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="85"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="86"/>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="88"/>
        <source>for example https://thuisboek.example.org</source>
        <translation>for example https://thuisboek.example.org</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="91"/>
        <source>for example KX7PQ-M3RTA</source>
        <translation>for example KX7PQ-M3RTA</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="93"/>
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Name of this computer:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="95"/>
        <source>Name of this computer</source>
        <translation>Name of this computer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="98"/>
        <source>How the central office lists this computer among yours</source>
        <translation>How the central office lists this computer among yours</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="143"/>
        <source>This does not look like an enrolment code: it has letters and digits, for example KX7PQ-M3RTA.</source>
        <translation>This does not look like an enrolment code: it has letters and digits, for example KX7PQ-M3RTA.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="158"/>
        <source>Check the server address and this computer&apos;s network connection.</source>
        <translation>Check the server address and this computer&apos;s network connection.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="218"/>
        <source>Enrol this computer again</source>
        <translation>Enrol this computer again</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="221"/>
        <source>Ask the central office for a new enrolment code for you. The records on this computer are kept and sent to the central office again.</source>
        <translation>Ask the central office for a new enrolment code for you. The records on this computer are kept and sent to the central office again.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="233"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="139"/>
        <source>Please enter the enrolment code.</source>
        <translation>Please enter the enrolment code.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="257"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="153"/>
        <source>Could not connect (%1).</source>
        <translation>Could not connect (%1).</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="373"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="380"/>
        <source>Press Finish to make your encrypted home book on this computer and connect it to the central office below. Your household&apos;s records then come in by themselves.</source>
        <translation>Press Finish to make your encrypted home book on this computer and connect it to the central office below. Your household&apos;s records then come in by themselves.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="388"/>
        <source>Thuisboek works without a connection. Connecting this computer to the central office (enrolment) can be done later, from the settings. Press Finish to open your home book.</source>
        <translation>Thuisboek works without a connection. Connecting this computer to the central office (enrolment) can be done later, from the settings. Press Finish to open your home book.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/ui/first_run.py" line="78"/>
        <source>Thuisboek — first start</source>
        <translation>Thuisboek — first start</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="116"/>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="117"/>
        <source>My household</source>
        <translation>My household</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="122"/>
        <source>Making your home book and connecting it to the central office…</source>
        <translation>Making your home book and connecting it to the central office…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="137"/>
        <source>Making your home book…</source>
        <translation>Making your home book…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="166"/>
        <source>Nothing was kept on this computer. Correct the address or the code, or start on this computer only and connect later.</source>
        <translation>Nothing was kept on this computer. Correct the address or the code, or start on this computer only and connect later.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="177"/>
        <source>The profile could not be created (%1).</source>
        <translation>The profile could not be created (%1).</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="283"/>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="283"/>
        <source>Edit goal</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="287"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="288"/>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="289"/>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="290"/>
        <source>&amp;Review on:</source>
        <translation>&amp;Review on:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="291"/>
        <source>&amp;Who sees to it:</source>
        <translation>&amp;Who sees to it:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="292"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="297"/>
        <source>In the family&apos;s words, e.g. “Louise sleeps in her own bed”</source>
        <translation>In the family&apos;s words, e.g. “Louise sleeps in her own bed”</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="299"/>
        <location filename="../app/ui/dialogs/care.py" line="319"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
</context>
<context>
    <name>GoalLinkButton</name>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="329"/>
        <source>Moves a &amp;goal…</source>
        <translation>Moves a &amp;goal…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="330"/>
        <source>Link this entry to a goal of the child&apos;s care plan</source>
        <translation>Link this entry to a goal of the child&apos;s care plan</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="105"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="106"/>
        <location filename="../app/ui/pages/care_goals.py" line="218"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="107"/>
        <location filename="../app/ui/pages/care_goals.py" line="220"/>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="108"/>
        <location filename="../app/ui/pages/care_goals.py" line="221"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="109"/>
        <source>Who sees to it</source>
        <translation>Who sees to it</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="112"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="113"/>
        <source>History of the chosen goal</source>
        <translation>History of the chosen goal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="116"/>
        <source>No goals yet. Write the care plan&apos;s goals in the family&apos;s words, e.g. “Noah sees his sister every two weeks”.</source>
        <translation>No goals yet. Write the care plan&apos;s goals in the family&apos;s words, e.g. “Noah sees his sister every two weeks”.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="120"/>
        <source>&amp;Add goal…</source>
        <translation>&amp;Add goal…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="121"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="122"/>
        <source>&amp;Status…</source>
        <translation>&amp;Status…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="123"/>
        <source>This moves the goal: &amp;link…</source>
        <translation>This moves the goal: &amp;link…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="124"/>
        <source>Link a daily log or contact note to the chosen goal</source>
        <translation>Link a daily log or contact note to the chosen goal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="175"/>
        <source>%1 (past)</source>
        <translation>%1 (past)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="196"/>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="201"/>
        <source>No logs or notes in the last 30 days</source>
        <translation>No logs or notes in the last 30 days</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="219"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="224"/>
        <source>Why dropped</source>
        <translation>Why dropped</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="228"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="231"/>
        <source>Nothing linked yet.</source>
        <translation>Nothing linked yet.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="238"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="242"/>
        <source>Daily log</source>
        <translation>Daily log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="244"/>
        <source>Contact note</source>
        <translation>Contact note</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../app/ui/dialogs/guide.py" line="40"/>
        <source>Thuisboek — user guide</source>
        <translation>Thuisboek — user guide</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/guide.py" line="41"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../app/ui/models/shifts.py" line="12"/>
        <source>morning</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../app/ui/models/shifts.py" line="13"/>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <location filename="../app/ui/models/shifts.py" line="14"/>
        <source>evening</source>
        <translation>evening</translation>
    </message>
    <message>
        <location filename="../app/ui/models/shifts.py" line="15"/>
        <source>night</source>
        <translation>night</translation>
    </message>
</context>
<context>
    <name>HandoverBanner</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="114"/>
        <source>&amp;Mark read</source>
        <translation>&amp;Mark read</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/handover.py" line="116"/>
        <source>What&apos;s &amp;new (%n)</source>
        <translation>
            <numerusform>What&apos;s &amp;new (%n)</numerusform>
            <numerusform>What&apos;s &amp;new (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="119"/>
        <source>Since you were last here</source>
        <translation>Since you were last here</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/handover.py" line="121"/>
        <source>Others wrote %n entry(ies) in this household since you were last here.</source>
        <translation>
            <numerusform>Others wrote %n entry in this household since you were last here.</numerusform>
            <numerusform>Others wrote %n entries in this household since you were last here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="130"/>
        <source>Handover from %1 (%2, %3)</source>
        <translation>Handover from %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="131"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/handover.py" line="136"/>
        <source>%n more waiting</source>
        <translation>
            <numerusform>%n more waiting</numerusform>
            <numerusform>%n more waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="152"/>
        <source>Handover note</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="162"/>
        <source>What the next person must know, e.g. “Noah slept badly, check his ear; mother phoned, visit moved to Thursday”</source>
        <translation>What the next person must know, e.g. “Noah slept badly, check his ear; mother phoned, visit moved to Thursday”</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="170"/>
        <source>&amp;Shift:</source>
        <translation>&amp;Shift:</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="172"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="196"/>
        <source>Write what the next person must know.</source>
        <translation>Write what the next person must know.</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="199"/>
        <source>A handover note holds at most %1 characters.</source>
        <translation>A handover note holds at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>HandoverRoom</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="344"/>
        <source>Handover note saved for the next person.</source>
        <translation>Handover note saved for the next person.</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="356"/>
        <source>Write a &amp;handover note…</source>
        <translation>Write a &amp;handover note…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="357"/>
        <source>&amp;Since you were last here…</source>
        <translation>&amp;Since you were last here…</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="215"/>
        <source>Professional care family (Simba home)</source>
        <translation>Professional care family (Simba home)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="216"/>
        <source>SOS family in the children&apos;s village</source>
        <translation>SOS family in the children&apos;s village</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="217"/>
        <source>Small house for unaccompanied minors</source>
        <translation>Small house for unaccompanied minors</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="218"/>
        <source>Family support</source>
        <translation>Family support</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="222"/>
        <source>You and your household</source>
        <translation>You and your household</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="223"/>
        <source>The children are added once the home book is open.</source>
        <translation>The children are added once the home book is open.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="224"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="225"/>
        <source>&amp;Household name:</source>
        <translation>&amp;Household name:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="226"/>
        <source>&amp;Kind of home:</source>
        <translation>&amp;Kind of home:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="227"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="228"/>
        <source>Household name</source>
        <translation>Household name</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="229"/>
        <source>Kind of home</source>
        <translation>Kind of home</translation>
    </message>
</context>
<context>
    <name>HouseholdSwitcher</name>
    <message>
        <location filename="../app/ui/window/household_switcher.py" line="85"/>
        <source>(household not synced yet)</source>
        <translation>(household not synced yet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/household_switcher.py" line="88"/>
        <source>%1 · %n log(s) to write today</source>
        <translation>
            <numerusform>%1 · %n log to write today</numerusform>
            <numerusform>%1 · %n logs to write today</numerusform>
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
        <translation>&amp;Household:</translation>
    </message>
    <message>
        <location filename="../app/ui/window/household_switcher.py" line="127"/>
        <source>Household</source>
        <translation>Household</translation>
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
            <numerusform>%n missed contact</numerusform>
            <numerusform>%n missed contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="67"/>
        <source>%n new answer(s)</source>
        <translation>
            <numerusform>%n new answer</numerusform>
            <numerusform>%n new answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="69"/>
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n open question</numerusform>
            <numerusform>%n open questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="72"/>
        <location filename="../app/ui/models/households.py" line="83"/>
        <location filename="../app/ui/models/households.py" line="85"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/households.py" line="72"/>
        <source>All read</source>
        <translation>All read</translation>
    </message>
</context>
<context>
    <name>KeepButton</name>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="576"/>
        <location filename="../app/ui/dialogs/keep.py" line="127"/>
        <source>Kept for the &amp;book ✓</source>
        <translation>Kept for the &amp;book ✓</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="578"/>
        <location filename="../app/ui/dialogs/keep.py" line="127"/>
        <source>Keep for the &amp;book…</source>
        <translation>Keep for the &amp;book…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="129"/>
        <source>Keep this for the child&apos;s life-story book</source>
        <translation>Keep this for the child&apos;s life-story book</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="71"/>
        <source>Keep for the book</source>
        <translation>Keep for the book</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="74"/>
        <source>This goes in the child&apos;s life-story book. If you like, write a sentence for the child to read later (for example: You took your first steps in the garden, holding the dog&apos;s collar).</source>
        <translation>This goes in the child&apos;s life-story book. If you like, write a sentence for the child to read later (for example: You took your first steps in the garden, holding the dog&apos;s collar).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="79"/>
        <source>A sentence for the child</source>
        <translation>A sentence for the child</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="80"/>
        <source>&amp;Remove from the book</source>
        <translation>&amp;Remove from the book</translation>
    </message>
</context>
<context>
    <name>KeptPanel</name>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="121"/>
        <location filename="../app/ui/pages/child_story.py" line="128"/>
        <source>Kept for the book</source>
        <translation>Kept for the book</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="124"/>
        <source>Nothing is kept yet. On the Timeline, choose a day&apos;s moments, a milestone or a contact, or choose a photo, and press Keep for the book.</source>
        <translation>Nothing is kept yet. On the Timeline, choose a day&apos;s moments, a milestone or a contact, or choose a photo, and press Keep for the book.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="129"/>
        <source>Add a page of &amp;my words…</source>
        <translation>Add a page of &amp;my words…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="130"/>
        <source>Take out of the book</source>
        <translation>Take out of the book</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="131"/>
        <source>Make the &amp;book…</source>
        <translation>Make the &amp;book…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="171"/>
        <source>A day</source>
        <translation>A day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="172"/>
        <source>Something learned</source>
        <translation>Something learned</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="173"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="174"/>
        <source>A photo or document</source>
        <translation>A photo or document</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="175"/>
        <source>My words</source>
        <translation>My words</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../app/ui/keyring_text.py" line="31"/>
        <source>a file keyring</source>
        <translation>a file keyring</translation>
    </message>
    <message>
        <location filename="../app/ui/keyring_text.py" line="33"/>
        <source>none found</source>
        <translation>none found</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="74"/>
        <source>Welcome to Thuisboek</source>
        <translation>Welcome to Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="76"/>
        <source>The home book for the children in your care. Choose your language.</source>
        <translation>The home book for the children in your care. Choose your language.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="78"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="79"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Leaving</name>
    <message>
        <location filename="../app/services/leaving.py" line="51"/>
        <source>A supervisor or the central office closes a placement.</source>
        <translation>A supervisor or the central office closes a placement.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="30"/>
        <source>Home to the parents</source>
        <translation>Home to the parents</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="31"/>
        <source>With family or people close to the child</source>
        <translation>With family or people close to the child</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="34"/>
        <source>Another placement</source>
        <translation>Another placement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="37"/>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="38"/>
        <source>Living independently</source>
        <translation>Living independently</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="41"/>
        <source>Somewhere else</source>
        <translation>Somewhere else</translation>
    </message>
</context>
<context>
    <name>LeavingOffersDialog</name>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="231"/>
        <source>{name} leaves care</source>
        <translation>{name} leaves care</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="234"/>
        <source>The placement of {name} is closed. Before {name} leaves the laptops, make the book and what {name} receives on leaving.</source>
        <translation>The placement of {name} is closed. Before {name} leaves the laptops, make the book and what {name} receives on leaving.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="238"/>
        <source>Make the &amp;book…</source>
        <translation>Make the &amp;book…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="239"/>
        <source>&amp;Export for the young person…</source>
        <translation>&amp;Export for the young person…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="240"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/young_export.py" line="260"/>
        <source>%n change(s) about {name} still wait on this laptop to reach the central office; they go at the next sync.</source>
        <translation>
            <numerusform>%n change about {name} still waits on this laptop to reach the central office; it goes at the next sync.</numerusform>
            <numerusform>%n changes about {name} still wait on this laptop to reach the central office; they go at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="267"/>
        <source>Nothing about {name} waits on this laptop to reach the central office.</source>
        <translation>Nothing about {name} waits on this laptop to reach the central office.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="272"/>
        <source>{name} leaves this laptop at the first sync after {when}.</source>
        <translation>{name} leaves this laptop at the first sync after {when}.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="278"/>
        <source>{name} leaves the household&apos;s laptops a day after the closing reaches them, once what they hold about {name} has reached the office: make the book and the export before then.</source>
        <translation>{name} leaves the household&apos;s laptops a day after the closing reaches them, once what they hold about {name} has reached the office: make the book and the export before then.</translation>
    </message>
</context>
<context>
    <name>LogCard</name>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="145"/>
        <source>Add amendment…</source>
        <translation>Add amendment…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="146"/>
        <source>Add an amendment to this log</source>
        <translation>Add an amendment to this log</translation>
    </message>
</context>
<context>
    <name>LogForm</name>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="192"/>
        <source>&amp;Mood</source>
        <translation>&amp;Mood</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="201"/>
        <location filename="../app/ui/pages/today_form.py" line="202"/>
        <source>Mood not noted</source>
        <translation>Mood not noted</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="204"/>
        <source>Mood: %1 (%2 of 5)</source>
        <translation>Mood: %1 (%2 of 5)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="208"/>
        <source>S&amp;leep</source>
        <translation>S&amp;leep</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="209"/>
        <source>Eatin&amp;g</source>
        <translation>Eatin&amp;g</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="210"/>
        <source>Heal&amp;th</source>
        <translation>Heal&amp;th</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="211"/>
        <source>Medi&amp;cation given</source>
        <translation>Medi&amp;cation given</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="212"/>
        <source>Sch&amp;ool or daycare</source>
        <translation>Sch&amp;ool or daycare</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="213"/>
        <source>Act&amp;ivities</source>
        <translation>Act&amp;ivities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="214"/>
        <source>Nota&amp;ble moments</source>
        <translation>Nota&amp;ble moments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="215"/>
        <source>What &amp;happened</source>
        <translation>What &amp;happened</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="216"/>
        <source>Other &amp;remarks</source>
        <translation>Other &amp;remarks</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="222"/>
        <location filename="../app/ui/pages/today_form.py" line="338"/>
        <source>Anything else about the day</source>
        <translation>Anything else about the day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="223"/>
        <source>I&amp;ncident: flag this day for the supervisor</source>
        <translation>I&amp;ncident: flag this day for the supervisor</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="224"/>
        <source>Keys 1, 2, 3 flag the day as low, medium or high</source>
        <translation>Keys 1, 2, 3 flag the day as low, medium or high</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="225"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="226"/>
        <source>Severity (required):</source>
        <translation>Severity (required):</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="228"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="229"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="230"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="234"/>
        <source>Severity: %1</source>
        <translation>Severity: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="385"/>
        <source>Choose a severity: an incident cannot be saved without one.</source>
        <translation>Choose a severity: an incident cannot be saved without one.</translation>
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
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="352"/>
        <source>Thuisboek found damage in the file that holds this profile on this computer. Write nothing more here and ask the central office for help: what reached the office is safe there.</source>
        <translation>Thuisboek found damage in the file that holds this profile on this computer. Write nothing more here and ask the central office for help: what reached the office is safe there.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="356"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="357"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="451"/>
        <source>Now working in %1.</source>
        <translation>Now working in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="468"/>
        <source>%n household(s) no longer yours: removed from this computer.</source>
        <translation>
            <numerusform>%n household no longer yours: removed from this computer.</numerusform>
            <numerusform>%n households no longer yours: removed from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="489"/>
        <source>A household was taken away from you. Its records stay on this computer until its %n change(s) reach the central office (File ▸ Refused changes…); then they are removed.</source>
        <translation>
            <numerusform>A household was taken away from you. Its records stay on this computer until its %n change reaches the central office (File ▸ Refused changes…); then they are removed.</numerusform>
            <numerusform>A household was taken away from you. Its records stay on this computer until its %n changes reach the central office (File ▸ Refused changes…); then they are removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="580"/>
        <source>Every child&apos;s log of today is written.</source>
        <translation>Every child&apos;s log of today is written.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="595"/>
        <source>No households to review on this computer yet. Sync with the central office (F5) to bring in the households you supervise.</source>
        <translation>No households to review on this computer yet. Sync with the central office (F5) to bring in the households you supervise.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="607"/>
        <source>No children in this home book yet. Add the first one with Household ▸ Add a child… (%1).</source>
        <translation>No children in this home book yet. Add the first one with Household ▸ Add a child… (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="706"/>
        <source>Sync held</source>
        <translation>Sync held</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="733"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
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
        <translation>This medicine was given already at {time}, less than its interval ago.</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="193"/>
        <source>Add medication</source>
        <translation>Add medication</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="193"/>
        <source>Edit medication</source>
        <translation>Edit medication</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="197"/>
        <source>Thuisboek is not a prescribing tool: copy what the doctor prescribed, and ask the doctor or pharmacist about any change.</source>
        <translation>Thuisboek is not a prescribing tool: copy what the doctor prescribed, and ask the doctor or pharmacist about any change.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="202"/>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicine:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="203"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dose:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="204"/>
        <source>&amp;Times of day:</source>
        <translation>&amp;Times of day:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="205"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="206"/>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="208"/>
        <source>&amp;Hours between doses:</source>
        <translation>&amp;Hours between doses:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="209"/>
        <source>&amp;Prescribed by:</source>
        <translation>&amp;Prescribed by:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="210"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="214"/>
        <source>It stops on a set day</source>
        <translation>It stops on a set day</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="215"/>
        <source>e.g. 1 tablet of 5 mg</source>
        <translation>e.g. 1 tablet of 5 mg</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="216"/>
        <source>e.g. 08:00 20:00</source>
        <translation>e.g. 08:00 20:00</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="217"/>
        <source>as the times say</source>
        <translation>as the times say</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="218"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="219"/>
        <source>Times of day</source>
        <translation>Times of day</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="240"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
</context>
<context>
    <name>MedicationPanel</name>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="276"/>
        <source>Not a prescribing tool: the list copies what the doctor prescribed, so that everyone gives it the same way and notes each dose.</source>
        <translation>Not a prescribing tool: the list copies what the doctor prescribed, so that everyone gives it the same way and notes each dose.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="280"/>
        <source>Today&apos;s doses — tick a dose when it is given</source>
        <translation>Today&apos;s doses — tick a dose when it is given</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="281"/>
        <location filename="../app/ui/pages/care_medication.py" line="294"/>
        <source>Medication list</source>
        <translation>Medication list</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="282"/>
        <source>&amp;Add medication…</source>
        <translation>&amp;Add medication…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="283"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="284"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="287"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="288"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="289"/>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="290"/>
        <source>From – until</source>
        <translation>From – until</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="291"/>
        <source>Prescribed by</source>
        <translation>Prescribed by</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="367"/>
        <source>Remove medication</source>
        <translation>Remove medication</translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <location filename="../app/services/milestones.py" line="150"/>
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
        <location filename="../app/ui/pages/milestones.py" line="202"/>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="216"/>
        <source>You can read the milestones here; the household records them.</source>
        <translation>You can read the milestones here; the household records them.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="221"/>
        <source>Choose a milestone and press 1 (not yet), 2 (emerging) or 3 (achieved) to record it on the date observed; press Enter to add a note. Ctrl+Z undoes.</source>
        <translation>Choose a milestone and press 1 (not yet), 2 (emerging) or 3 (achieved) to record it on the date observed; press Enter to add a note. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="226"/>
        <source>&amp;Hide what is achieved</source>
        <translation>&amp;Hide what is achieved</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="227"/>
        <source>Hide what is achieved</source>
        <translation>Hide what is achieved</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="228"/>
        <source>Milestones by area</source>
        <translation>Milestones by area</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="229"/>
        <source>About these lists</source>
        <translation>About these lists</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="237"/>
        <source>Choose a child to see their milestones.</source>
        <translation>Choose a child to see their milestones.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="241"/>
        <source>The catalog has no milestones for this age: it covers young children up to 6 years and teenagers from 12 years on.</source>
        <translation>The catalog has no milestones for this age: it covers young children up to 6 years and teenagers from 12 years on.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="368"/>
        <source>Change the note of “%1”</source>
        <translation>Change the note of “%1”</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="388"/>
        <source>Mark “%1” as %2</source>
        <translation>Mark “%1” as %2</translation>
    </message>
</context>
<context>
    <name>MinorPanel</name>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="125"/>
        <source>For a young person who came alone: the procedure, the languages and school. Add the guardian and the lawyer on the Contacts page.</source>
        <translation>For a young person who came alone: the procedure, the languages and school. Add the guardian and the lawyer on the Contacts page.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="131"/>
        <source>&amp;Legal status:</source>
        <translation>&amp;Legal status:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="132"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="133"/>
        <source>&amp;Training:</source>
        <translation>&amp;Training:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="134"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="135"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="136"/>
        <source>Step</source>
        <translation>Step</translation>
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
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="139"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="139"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="139"/>
        <source>Learning here</source>
        <translation>Learning here</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="141"/>
        <source>Add &amp;step</source>
        <translation>Add &amp;step</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="142"/>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="143"/>
        <source>Add lan&amp;guage</source>
        <translation>Add lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="144"/>
        <source>Remove language</source>
        <translation>Remove language</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="145"/>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="284"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ObservationPanel</name>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="147"/>
        <source>Choose a milestone in the list.</source>
        <translation>Choose a milestone in the list.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="167"/>
        <source>Age: %1</source>
        <translation>Age: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="178"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/milestones_detail.py" line="185"/>
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… and %n earlier</numerusform>
            <numerusform>… and %n earlier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="187"/>
        <location filename="../app/ui/pages/milestones_detail.py" line="194"/>
        <source>Not observed yet.</source>
        <translation>Not observed yet.</translation>
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
        <translation>On record:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="216"/>
        <source>New s&amp;tatus:</source>
        <translation>New s&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="217"/>
        <source>&amp;Date observed:</source>
        <translation>&amp;Date observed:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="218"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="219"/>
        <source>&amp;Record observation</source>
        <translation>&amp;Record observation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="220"/>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="221"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="222"/>
        <source>Date observed</source>
        <translation>Date observed</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="223"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="224"/>
        <source>What did you see? (optional)</source>
        <translation>What did you see? (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="225"/>
        <source>Record observation</source>
        <translation>Record observation</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="513"/>
        <location filename="../app/ui/dialogs/care.py" line="526"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="516"/>
        <source>&amp;The appointment:</source>
        <translation>&amp;The appointment:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="517"/>
        <source>&amp;What came of it:</source>
        <translation>&amp;What came of it:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="518"/>
        <source>e.g. no cavities; next check-up in six months</source>
        <translation>e.g. no cavities; next check-up in six months</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="48"/>
        <source>entries</source>
        <translation>entries</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="49"/>
        <source>days without a log</source>
        <translation>days without a log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="53"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="54"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="55"/>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="56"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="57"/>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="58"/>
        <source>emerging</source>
        <translation>emerging</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="59"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../app/ui/pages/overview.py" line="192"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="194"/>
        <source>Last 4 weeks</source>
        <translation>Last 4 weeks</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="194"/>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="194"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="197"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="198"/>
        <location filename="../app/ui/pages/overview.py" line="199"/>
        <source>Where to look</source>
        <translation>Where to look</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="201"/>
        <source>Nothing stands out in the past %1 days.</source>
        <translation>Nothing stands out in the past %1 days.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="214"/>
        <location filename="../app/ui/pages/overview.py" line="224"/>
        <source>Household overview</source>
        <translation>Household overview</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="219"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="223"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="242"/>
        <source>Daily log:</source>
        <translation>Daily log:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="243"/>
        <source>Incidents:</source>
        <translation>Incidents:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="244"/>
        <source>Contacts:</source>
        <translation>Contacts:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="245"/>
        <source>Milestones:</source>
        <translation>Milestones:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="252"/>
        <source>The overview could not be read: %1</source>
        <translation>The overview could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="254"/>
        <source>Choose a household to see its overview.</source>
        <translation>Choose a household to see its overview.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="256"/>
        <source>Reading the household&apos;s records…</source>
        <translation>Reading the household&apos;s records…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="258"/>
        <source>No children were placed in this household in this period.</source>
        <translation>No children were placed in this household in this period.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="284"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="278"/>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="279"/>
        <source>It locks the home book on this computer.</source>
        <translation>It locks the home book on this computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="280"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="281"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="282"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="283"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="284"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="285"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="288"/>
        <source>Write it down and keep it somewhere safe. A forgotten passphrase cannot be recovered on this computer: without it the records here cannot be opened. What was synced stays safe at the central office.</source>
        <translation>Write it down and keep it somewhere safe. A forgotten passphrase cannot be recovered on this computer: without it the records here cannot be opened. What was synced stays safe at the central office.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="293"/>
        <source>&amp;Remember on this computer (no passphrase at start)</source>
        <translation>&amp;Remember on this computer (no passphrase at start)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="296"/>
        <source>The key is kept in this computer&apos;s secure keyring (%1).</source>
        <translation>The key is kept in this computer&apos;s secure keyring (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="309"/>
        <source>too short</source>
        <translation>too short</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="310"/>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="311"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="312"/>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/first_run_pages.py" line="322"/>
        <source>Use at least %n characters; a few words are easy to remember.</source>
        <translation>
            <numerusform>Use at least %n character; a few words are easy to remember.</numerusform>
            <numerusform>Use at least %n characters; a few words are easy to remember.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="327"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/services/profile.py" line="54"/>
        <source>There is already a profile in {path}.</source>
        <translation>There is already a profile in {path}.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="66"/>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>Too many wrong passphrases. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="79"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="133"/>
        <source>The central office has revoked this computer. Its records stay closed until they are erased (thuisboek erase) or the office lifts the revocation.</source>
        <translation>The central office has revoked this computer. Its records stay closed until they are erased (thuisboek erase) or the office lifts the revocation.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="181"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="186"/>
        <source>&amp;Choose photo…</source>
        <translation>&amp;Choose photo…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="187"/>
        <source>Re&amp;move photo</source>
        <translation>Re&amp;move photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="188"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="190"/>
        <source>Each field is saved when you leave it or press Enter; Ctrl+Z undoes it.</source>
        <translation>Each field is saved when you leave it or press Enter; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="192"/>
        <source>Supervisors see the profile; the household keeps it up to date.</source>
        <translation>Supervisors see the profile; the household keeps it up to date.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="194"/>
        <source>C&amp;lose the placement…</source>
        <translation>C&amp;lose the placement…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="195"/>
        <source>Make the &amp;book…</source>
        <translation>Make the &amp;book…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="196"/>
        <source>&amp;Export for the young person…</source>
        <translation>&amp;Export for the young person…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="272"/>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="299"/>
        <source>The placement ended on {date}: {outcome}.</source>
        <translation>The placement ended on {date}: {outcome}.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="306"/>
        <source>The closing goes to the central office at the next sync.</source>
        <translation>The closing goes to the central office at the next sync.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/child_profile.py" line="309"/>
        <source>%n change(s) about this child still go to the central office first; then the child&apos;s records leave this laptop.</source>
        <translation>
            <numerusform>%n change about this child still goes to the central office first; then the child&apos;s records leave this laptop.</numerusform>
            <numerusform>%n changes about this child still go to the central office first; then the child&apos;s records leave this laptop.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="317"/>
        <source>The child&apos;s records leave this laptop at the first sync after {when}; make the book before then.</source>
        <translation>The child&apos;s records leave this laptop at the first sync after {when}; make the book before then.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="323"/>
        <source>The child&apos;s records leave this laptop at the next sync.</source>
        <translation>The child&apos;s records leave this laptop at the next sync.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="366"/>
        <source>Change profile</source>
        <translation>Change profile</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="393"/>
        <source>This file could not be read as a picture.</source>
        <translation>This file could not be read as a picture.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="396"/>
        <source>Change photo</source>
        <translation>Change photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="402"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="413"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="415"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="64"/>
        <source>Milestones achieved, by age</source>
        <translation>Milestones achieved, by age</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="65"/>
        <source>Age in months</source>
        <translation>Age in months</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="66"/>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="68"/>
        <source>The chart shows how the milestones achieved add up, once the first is marked.</source>
        <translation>The chart shows how the milestones achieved add up, once the first is marked.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="70"/>
        <source>Progress chart</source>
        <translation>Progress chart</translation>
    </message>
</context>
<context>
    <name>QuestionsBanner</name>
    <message numerus="yes">
        <location filename="../app/ui/window/questions_banner.py" line="45"/>
        <source>Your supervisor asked %n question(s) that wait for your answer.</source>
        <translation>
            <numerusform>Your supervisor asked %n question that waits for your answer.</numerusform>
            <numerusform>Your supervisor asked %n questions that wait for your answer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/questions_banner.py" line="48"/>
        <source>Ans&amp;wer now</source>
        <translation>Ans&amp;wer now</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../app/ui/models/questions.py" line="48"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="48"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="83"/>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="84"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="85"/>
        <source>About</source>
        <translation>About</translation>
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
        <translation>Your questions to this household, with their answers. Answered records come back in the review queue until you mark them as reviewed.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="173"/>
        <source>Questions from your supervisor about the records of this home. Your answer goes to the central office with the next sync.</source>
        <translation>Questions from your supervisor about the records of this home. Your answer goes to the central office with the next sync.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="176"/>
        <source>Show &amp;answered questions too</source>
        <translation>Show &amp;answered questions too</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="178"/>
        <source>The question and the conversation about it</source>
        <translation>The question and the conversation about it</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="179"/>
        <source>Your a&amp;nswer:</source>
        <translation>Your a&amp;nswer:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="180"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="181"/>
        <source>Write your answer; Ctrl+Enter sends it.</source>
        <translation>Write your answer; Ctrl+Enter sends it.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="182"/>
        <source>Sen&amp;d answer (Ctrl+Enter)</source>
        <translation>Sen&amp;d answer (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="278"/>
        <source>Choose a household on the left.</source>
        <translation>Choose a household on the left.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/questions.py" line="283"/>
        <source>%n question(s) still open.</source>
        <translation>
            <numerusform>%n question still open.</numerusform>
            <numerusform>%n questions still open.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="285"/>
        <source>Every question has been answered.</source>
        <translation>Every question has been answered.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="287"/>
        <source>No questions asked in this household.</source>
        <translation>No questions asked in this household.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/questions.py" line="289"/>
        <source>%n question(s) wait for your answer.</source>
        <translation>
            <numerusform>%n question waits for your answer.</numerusform>
            <numerusform>%n questions wait for your answer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="291"/>
        <source>No open questions: everything has been answered.</source>
        <translation>No open questions: everything has been answered.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="336"/>
        <source>Choose a question to read it and the conversation.</source>
        <translation>Choose a question to read it and the conversation.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="360"/>
        <source>Not answered yet.</source>
        <translation>Not answered yet.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="362"/>
        <source>Waiting for your answer.</source>
        <translation>Waiting for your answer.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="365"/>
        <source>Answered.</source>
        <translation>Answered.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="369"/>
        <source>About:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="374"/>
        <source>The conversation about this record</source>
        <translation>The conversation about this record</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="407"/>
        <source>Answer saved; it goes to your supervisor with the next sync.</source>
        <translation>Answer saved; it goes to your supervisor with the next sync.</translation>
    </message>
</context>
<context>
    <name>QueueDetail</name>
    <message>
        <location filename="../app/ui/pages/review_queue_detail.py" line="84"/>
        <source>The chosen record in full, with its reviews</source>
        <translation>The chosen record in full, with its reviews</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_detail.py" line="124"/>
        <source>Reviews, questions and answers</source>
        <translation>Reviews, questions and answers</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_detail.py" line="133"/>
        <source>written by %1</source>
        <translation>written by %1</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../app/ui/models/timeline.py" line="148"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="149"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="150"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="151"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="152"/>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="156"/>
        <source>Child profile</source>
        <translation>Child profile</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="157"/>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="158"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="159"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="160"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="162"/>
        <source>Photo or document</source>
        <translation>Photo or document</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="163"/>
        <source>Kept for the book</source>
        <translation>Kept for the book</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="166"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="167"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="168"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="171"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="172"/>
        <source>Supervised visit</source>
        <translation>Supervised visit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="173"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="174"/>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="175"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="178"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="179"/>
        <source>happened</source>
        <translation>happened</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="180"/>
        <source>✕ cancelled</source>
        <translation>✕ cancelled</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="181"/>
        <source>✕ no-show</source>
        <translation>✕ no-show</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="184"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="185"/>
        <source>emerging</source>
        <translation>emerging</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="186"/>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="189"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="190"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="191"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="192"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="195"/>
        <source>on a log</source>
        <translation>on a log</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="196"/>
        <source>on a milestone</source>
        <translation>on a milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="197"/>
        <source>on a contact</source>
        <translation>on a contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="198"/>
        <source>on a review</source>
        <translation>on a review</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="214"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="215"/>
        <source>Incident (%1 severity)</source>
        <translation>Incident (%1 severity)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="218"/>
        <source>Amendment (%1)</source>
        <translation>Amendment (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="161"/>
        <source>Well-being check</source>
        <translation>Well-being check</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../app/services/records.py" line="69"/>
        <source>This record does not exist (any more).</source>
        <translation>This record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="105"/>
        <source>This record was deleted.</source>
        <translation>This record was deleted.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="452"/>
        <location filename="../app/services/records.py" line="112"/>
        <location filename="../app/services/records.py" line="191"/>
        <location filename="../app/services/records.py" line="316"/>
        <source>Supervisors add reviews; they do not change the household&apos;s records.</source>
        <translation>Supervisors add reviews; they do not change the household&apos;s records.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="122"/>
        <source>Only its author can change this review.</source>
        <translation>Only its author can change this review.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="132"/>
        <source>Only its author can change this entry. Add an amendment with a reason.</source>
        <translation>Only its author can change this entry. Add an amendment with a reason.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="144"/>
        <source>This entry is kept as it was written (it was synced or is more than a day old). Add an amendment with a reason instead.</source>
        <translation>This entry is kept as it was written (it was synced or is more than a day old). Add an amendment with a reason instead.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="218"/>
        <source>There is already a log of yours for this child on this day.</source>
        <translation>There is already a log of yours for this child on this day.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="289"/>
        <source>This deletion has been synced already and cannot be undone.</source>
        <translation>This deletion has been synced already and cannot be undone.</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="142"/>
        <location filename="../app/ui/dialogs/refused.py" line="149"/>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="144"/>
        <source>The central office did not accept these changes. They are kept on this computer, as they were written. Read the reason: once it has been put right, by the office or by correcting the record, send the change again. Nothing is deleted here.</source>
        <translation>The central office did not accept these changes. They are kept on this computer, as they were written. Read the reason: once it has been put right, by the office or by correcting the record, send the change again. Nothing is deleted here.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="150"/>
        <source>The chosen change and the reason in full</source>
        <translation>The chosen change and the reason in full</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="151"/>
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="153"/>
        <source>Put the chosen changes back in the queue for the next sync (Ctrl+Enter)</source>
        <translation>Put the chosen changes back in the queue for the next sync (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/refused.py" line="184"/>
        <source>%n change(s) refused.</source>
        <translation>
            <numerusform>%n change refused.</numerusform>
            <numerusform>%n changes refused.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="186"/>
        <source>No refused changes: the central office accepted every change it received.</source>
        <translation>No refused changes: the central office accepted every change it received.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="270"/>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="271"/>
        <source>The central office&apos;s reason:</source>
        <translation>The central office&apos;s reason:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/refused.py" line="295"/>
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
        <location filename="../app/ui/models/refused.py" line="60"/>
        <source>%1 (deletion)</source>
        <translation>%1 (deletion)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="62"/>
        <source>%1 (amendment)</source>
        <translation>%1 (amendment)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="82"/>
        <source>Household: %1</source>
        <translation>Household: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="86"/>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="115"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="116"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="117"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="118"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="150"/>
        <location filename="../app/ui/dialogs/relative.py" line="254"/>
        <source>Add relative</source>
        <translation>Add relative</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="150"/>
        <location filename="../app/ui/dialogs/relative.py" line="259"/>
        <source>Edit relative</source>
        <translation>Edit relative</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="155"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="156"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="157"/>
        <source>Family &amp;of:</source>
        <translation>Family &amp;of:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="158"/>
        <source>&amp;Lives:</source>
        <translation>&amp;Lives:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="159"/>
        <source>&amp;Agreed contact:</source>
        <translation>&amp;Agreed contact:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="160"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="161"/>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="162"/>
        <source>Placed &amp;together with the child</source>
        <translation>Placed &amp;together with the child</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="163"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="164"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="165"/>
        <source>Children this person is family of</source>
        <translation>Children this person is family of</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="166"/>
        <source>Where this person lives</source>
        <translation>Where this person lives</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="167"/>
        <source>e.g. with her grandmother in Ghent</source>
        <translation>e.g. with her grandmother in Ghent</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="168"/>
        <source>Placed together</source>
        <translation>Placed together</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="169"/>
        <source>Agreed contact arrangement</source>
        <translation>Agreed contact arrangement</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="171"/>
        <source>e.g. every other Wednesday, two hours, supervised at the visiting centre</source>
        <translation>e.g. every other Wednesday, two hours, supervised at the visiting centre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="173"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="174"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="238"/>
        <source>Throw away this relative?</source>
        <translation>Throw away this relative?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="239"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>What you wrote here is not stored. Throw it away?</translation>
    </message>
</context>
<context>
    <name>Relatives</name>
    <message>
        <location filename="../app/ui/models/relatives.py" line="25"/>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="26"/>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="27"/>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="28"/>
        <source>Half-sibling</source>
        <translation>Half-sibling</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="29"/>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="30"/>
        <source>Aunt or uncle</source>
        <translation>Aunt or uncle</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="31"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="32"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="33"/>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
</context>
<context>
    <name>RelativesModel</name>
    <message>
        <location filename="../app/ui/models/relatives.py" line="87"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="88"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="89"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="90"/>
        <source>Next planned</source>
        <translation>Next planned</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="91"/>
        <location filename="../app/ui/models/relatives.py" line="154"/>
        <source>Agreed contact</source>
        <translation>Agreed contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="92"/>
        <location filename="../app/ui/models/relatives.py" line="156"/>
        <source>Lives</source>
        <translation>Lives</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="110"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="134"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="142"/>
        <source>Placed together</source>
        <translation>Placed together</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="155"/>
        <source>Contacts so far</source>
        <translation>Contacts so far</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="157"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="158"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="165"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="167"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="168"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="171"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="173"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="175"/>
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
    <message>
        <location filename="../app/services/report/__init__.py" line="80"/>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location filename="../app/services/report/__init__.py" line="82"/>
        <location filename="../app/services/young_export/__init__.py" line="157"/>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../app/services/young_export/__init__.py" line="46"/>
        <source>The export cannot be written to {path}: {reason}.</source>
        <translation>The export cannot be written to {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="256"/>
        <source>Period report</source>
        <translation>Period report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="257"/>
        <source>&amp;Child:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="258"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="259"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="260"/>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="261"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="262"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="263"/>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="264"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="265"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="266"/>
        <source>First day of the report</source>
        <translation>First day of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="267"/>
        <source>Last day of the report</source>
        <translation>Last day of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="268"/>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="269"/>
        <source>File of the report</source>
        <translation>File of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="270"/>
        <source>Progress of the report</source>
        <translation>Progress of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="290"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="290"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="294"/>
        <source>Reading the children…</source>
        <translation>Reading the children…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="296"/>
        <source>No child was placed in this period</source>
        <translation>No child was placed in this period</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="310"/>
        <source>The period starts after it ends.</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="312"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="314"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="316"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>The report was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="526"/>
        <source>The report was not made: something went wrong (%1).</source>
        <translation>The report was not made: something went wrong (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/report.py" line="321"/>
        <source>The report is saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>The report is saved as %1 (%n page).</numerusform>
            <numerusform>The report is saved as %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="325"/>
        <source>Some letters may not print: %1</source>
        <translation>Some letters may not print: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="377"/>
        <source>The children could not be read: %1</source>
        <translation>The children could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="413"/>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="415"/>
        <source>Report %1 %2 to %3.pdf</source>
        <translation>Report %1 %2 to %3.pdf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="436"/>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="436"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="471"/>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="472"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../app/services/review.py" line="567"/>
        <source>These marks were sent to the central office already; they can no longer be undone.</source>
        <translation>These marks were sent to the central office already; they can no longer be undone.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="609"/>
        <source>Questions are answered by the household.</source>
        <translation>Questions are answered by the household.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="670"/>
        <source>Only supervisors review records.</source>
        <translation>Only supervisors review records.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="678"/>
        <source>This household is not one of yours.</source>
        <translation>This household is not one of yours.</translation>
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
        <translation>Contact did not happen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="95"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="101"/>
        <source>Answer received</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="103"/>
        <source>Question open</source>
        <translation>Question open</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="105"/>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="142"/>
        <source>Written by someone this computer does not know</source>
        <translation>Written by someone this computer does not know</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="169"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="170"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="171"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="172"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="173"/>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="195"/>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="205"/>
        <source>Records to review</source>
        <translation>Records to review</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="207"/>
        <source>Space or Enter</source>
        <translation>Space or Enter</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="208"/>
        <source>Ask a &amp;question…</source>
        <translation>Ask a &amp;question…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="210"/>
        <source>Ask for a follow-&amp;up…</source>
        <translation>Ask for a follow-&amp;up…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="206"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="214"/>
        <source>Space or Enter: mark the selected as reviewed · Shift+↑↓: select more · Q: question · F: follow-up</source>
        <translation>Space or Enter: mark the selected as reviewed · Shift+↑↓: select more · Q: question · F: follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="218"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="220"/>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="221"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="222"/>
        <source>The last 30 days</source>
        <translation>The last 30 days</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="223"/>
        <source>Older than 30 days</source>
        <translation>Older than 30 days</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="227"/>
        <source>Mark all &amp;before…</source>
        <translation>Mark all &amp;before…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="229"/>
        <source>Mark every record before a day as reviewed, in one step (undo: Ctrl+Z)</source>
        <translation>Mark every record before a day as reviewed, in one step (undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="357"/>
        <source>Choose a household on the left.</source>
        <translation>Choose a household on the left.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="359"/>
        <source>Reading the queue…</source>
        <translation>Reading the queue…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="361"/>
        <source>Everything in this household has been reviewed.</source>
        <translation>Everything in this household has been reviewed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="364"/>
        <source>%n record(s) to review: incidents first, then contacts that did not happen, then the rest; each the newest first.</source>
        <translation>
            <numerusform>%n record to review: incidents first, then contacts that did not happen, then the rest; each the newest first.</numerusform>
            <numerusform>%n records to review: incidents first, then contacts that did not happen, then the rest; each the newest first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="516"/>
        <source>Nothing waits for review before %1.</source>
        <translation>Nothing waits for review before %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="520"/>
        <source>Mark the backlog as reviewed</source>
        <translation>Mark the backlog as reviewed</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="522"/>
        <source>Mark %n record(s) dated before %1 as reviewed? This is kept in this computer&apos;s audit log. You can undo it (Ctrl+Z) until the next sync.</source>
        <translation>
            <numerusform>Mark %n record dated before %1 as reviewed? This is kept in this computer&apos;s audit log. You can undo it (Ctrl+Z) until the next sync.</numerusform>
            <numerusform>Mark %n records dated before %1 as reviewed? This is kept in this computer&apos;s audit log. You can undo it (Ctrl+Z) until the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="536"/>
        <source>Mark %n record(s) as reviewed</source>
        <translation>
            <numerusform>Mark %n record as reviewed</numerusform>
            <numerusform>Mark %n records as reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="547"/>
        <source>%n record(s) marked as reviewed; Ctrl+Z undoes it until the next sync.</source>
        <translation>
            <numerusform>%n record marked as reviewed; Ctrl+Z undoes it until the next sync.</numerusform>
            <numerusform>%n records marked as reviewed; Ctrl+Z undoes it until the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="441"/>
        <source>%n entry(ies) marked as reviewed</source>
        <translation>
            <numerusform>%n entry marked as reviewed</numerusform>
            <numerusform>%n entries marked as reviewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokedBox</name>
    <message>
        <location filename="../app/ui/application.py" line="212"/>
        <source>This computer was revoked</source>
        <translation>This computer was revoked</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="213"/>
        <source>The central office has revoked this computer. The home book is locked.</source>
        <translation>The central office has revoked this computer. The home book is locked.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/application.py" line="216"/>
        <source>%n change(s) made here have not reached the central office: erasing loses them.</source>
        <translation>
            <numerusform>%n change made here has not reached the central office: erasing loses it.</numerusform>
            <numerusform>%n changes made here have not reached the central office: erasing loses them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="221"/>
        <source>Call the central office before you erase anything. Erase the records kept on this computer now?</source>
        <translation>Call the central office before you erase anything. Erase the records kept on this computer now?</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="226"/>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="227"/>
        <source>&amp;Keep and lock</source>
        <translation>&amp;Keep and lock</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="161"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="162"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="163"/>
        <source>&amp;Lock after (minutes without use):</source>
        <translation>&amp;Lock after (minutes without use):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="170"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="171"/>
        <source>Minutes before the automatic lock</source>
        <translation>Minutes before the automatic lock</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="172"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="173"/>
        <source>&amp;Remember the key on this computer</source>
        <translation>&amp;Remember the key on this computer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="189"/>
        <source>Kept in this computer&apos;s secure keyring (%1).</source>
        <translation>Kept in this computer&apos;s secure keyring (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="175"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="164"/>
        <source>Text si&amp;ze:</source>
        <translation>Text si&amp;ze:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="165"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="165"/>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="165"/>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="167"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="168"/>
        <source>&amp;High contrast (black on white)</source>
        <translation>&amp;High contrast (black on white)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="169"/>
        <source>Thuisboek version:</source>
        <translation>Thuisboek version:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="176"/>
        <source>Central office</source>
        <translation>Central office</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="177"/>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="178"/>
        <source>This computer&apos;s id:</source>
        <translation>This computer&apos;s id:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="179"/>
        <source>Last successful sync:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="180"/>
        <source>C&amp;onnect…</source>
        <translation>C&amp;onnect…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="186"/>
        <source>Looking for this computer&apos;s keyring…</source>
        <translation>Looking for this computer&apos;s keyring…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="203"/>
        <source>This computer is not connected to a central office: the home book stays on this computer. Connect it with the enrolment code the central office gives you.</source>
        <translation>This computer is not connected to a central office: the home book stays on this computer. Connect it with the enrolment code the central office gives you.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="210"/>
        <source>The central office has revoked this computer: it no longer syncs.</source>
        <translation>The central office has revoked this computer: it no longer syncs.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="214"/>
        <source>This computer is connected to the central office and syncs with it.</source>
        <translation>This computer is connected to the central office and syncs with it.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="228"/>
        <source>This version (%1) is too old for the central office, which needs Thuisboek %2 or newer: it does not sync until it is updated. Your changes wait on this computer.</source>
        <translation>This version (%1) is too old for the central office, which needs Thuisboek %2 or newer: it does not sync until it is updated. Your changes wait on this computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="237"/>
        <source>The central office recommends Thuisboek %1 or newer (this is %2). This version keeps working; ask for the update.</source>
        <translation>The central office recommends Thuisboek %1 or newer (this is %2). This version keeps working; ask for the update.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="250"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="265"/>
        <source>This computer is now connected to the central office.</source>
        <translation>This computer is now connected to the central office.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="291"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="296"/>
        <source>Your passphrase, to confirm:</source>
        <translation>Your passphrase, to confirm:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="318"/>
        <source>This computer now remembers the key.</source>
        <translation>This computer now remembers the key.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="320"/>
        <source>This computer no longer remembers the key.</source>
        <translation>This computer no longer remembers the key.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="332"/>
        <source>Current passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/settings.py" line="336"/>
        <source>New passphrase (at least %n characters):</source>
        <translation>
            <numerusform>New passphrase (at least %n character):</numerusform>
            <numerusform>New passphrase (at least %n characters):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="340"/>
        <source>New passphrase again:</source>
        <translation>New passphrase again:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="342"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>The two passphrases differ; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="346"/>
        <source>Changing the passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="358"/>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
</context>
<context>
    <name>SignalsModel</name>
    <message>
        <location filename="../app/ui/pages/overview_signals.py" line="135"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="141"/>
        <source>%1: %n incident(s) in the past %2 days, the last on %3.</source>
        <translation>
            <numerusform>%1: %n incident in the past %2 days, on %3.</numerusform>
            <numerusform>%1: %n incidents in the past %2 days, the last on %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_signals.py" line="147"/>
        <source>Most serious: %1.</source>
        <translation>Most serious: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="151"/>
        <source>%1: no daily log on %n of the past %2 days.</source>
        <translation>
            <numerusform>%1: no daily log on %n of the past %2 days.</numerusform>
            <numerusform>%1: no daily log on %n of the past %2 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="155"/>
        <source>%1: the last %n contacts with %2 did not take place (cancelled or no-show).</source>
        <translation>
            <numerusform>%1: the last contact with %2 did not take place (cancelled or no-show).</numerusform>
            <numerusform>%1: the last %n contacts with %2 did not take place (cancelled or no-show).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_signals.py" line="160"/>
        <source>%1: no contact on record with %2 (placed apart).</source>
        <translation>%1: no contact on record with %2 (placed apart).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="164"/>
        <source>%1: not seen %2 (placed apart) for %n day(s).</source>
        <translation>
            <numerusform>%1: not seen %2 (placed apart) for %n day.</numerusform>
            <numerusform>%1: not seen %2 (placed apart) for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SinceDialog</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="216"/>
        <source>Since you were last here</source>
        <translation>Since you were last here</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="220"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="220"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="220"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="221"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="234"/>
        <source>Nothing new from others since you were last here.</source>
        <translation>Nothing new from others since you were last here.</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="246"/>
        <source>Handover (%1)</source>
        <translation>Handover (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="248"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="248"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="250"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="251"/>
        <source>Well-being check</source>
        <translation>Well-being check</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="135"/>
        <source>How will you use Thuisboek?</source>
        <translation>How will you use Thuisboek?</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="138"/>
        <source>Thuisboek works without a connection. Connected to the central office, it syncs your household&apos;s records whenever there is a network.</source>
        <translation>Thuisboek works without a connection. Connected to the central office, it syncs your household&apos;s records whenever there is a network.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="142"/>
        <source>&amp;Connect with the central office now</source>
        <translation>&amp;Connect with the central office now</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="145"/>
        <source>Type the server address and the one-time enrolment code the central office gave you for this computer. Your name and your household come from the central office.</source>
        <translation>Type the server address and the one-time enrolment code the central office gave you for this computer. Your name and your household come from the central office.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="150"/>
        <source>Start on this computer &amp;only, and connect later</source>
        <translation>Start on this computer &amp;only, and connect later</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="153"/>
        <source>Everything stays on this computer. Connect it later from the settings: what you wrote until then goes along.</source>
        <translation>Everything stays on this computer. Connect it later from the settings: what you wrote until then goes along.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="338"/>
        <source>Status of the goal</source>
        <translation>Status of the goal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="341"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="342"/>
        <source>&amp;Why, in a few words:</source>
        <translation>&amp;Why, in a few words:</translation>
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
    <name>Story</name>
    <message>
        <location filename="../app/services/story.py" line="101"/>
        <source>Only a day&apos;s moments, a milestone, a contact or a photo can be kept for the book.</source>
        <translation>Only a day&apos;s moments, a milestone, a contact or a photo can be kept for the book.</translation>
    </message>
    <message>
        <location filename="../app/services/story.py" line="112"/>
        <source>An incident is not kept for the book; keep a moment instead.</source>
        <translation>An incident is not kept for the book; keep a moment instead.</translation>
    </message>
</context>
<context>
    <name>SupervisorTimelinePage</name>
    <message>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="92"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="100"/>
        <source>&amp;Whose story:</source>
        <translation>&amp;Whose story:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="102"/>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="144"/>
        <source>The whole household</source>
        <translation>The whole household</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../app/sync/engine.py" line="102"/>
        <source>The central office holds {server} records of this household where this computer holds {local}. Nothing was removed; confirm to continue.</source>
        <translation>The central office holds {server} records of this household where this computer holds {local}. Nothing was removed; confirm to continue.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="145"/>
        <source>The central office cannot be reached.</source>
        <translation>The central office cannot be reached.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="175"/>
        <source>The central office had a problem (HTTP {status}). Nothing is lost: your changes wait here and are sent later.</source>
        <translation>The central office had a problem (HTTP {status}). Nothing is lost: your changes wait here and are sent later.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="191"/>
        <source>The address {url} is not secure: use https:// (http:// only for this computer).</source>
        <translation>The address {url} is not secure: use https:// (http:// only for this computer).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="208"/>
        <source>This computer does not trust the central office&apos;s certificate. Nothing was sent. Ask the office to install its certificate authority on this computer, or check the address.</source>
        <translation>This computer does not trust the central office&apos;s certificate. Nothing was sent. Ask the office to install its certificate authority on this computer, or check the address.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="244"/>
        <source>This Thuisboek ({version}) is too old for the central office, which needs version {minimum} or newer. Nothing was sent; your changes wait here. Install the new version, then sync again.</source>
        <translation>This Thuisboek ({version}) is too old for the central office, which needs version {minimum} or newer. Nothing was sent; your changes wait here. Install the new version, then sync again.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="262"/>
        <source>The central office has revoked this computer. The records on it are locked; you can erase them.</source>
        <translation>The central office has revoked this computer. The records on it are locked; you can erase them.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="276"/>
        <source>The central office does not recognise this computer. Enrol it again.</source>
        <translation>The central office does not recognise this computer. Enrol it again.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="288"/>
        <source>The enrolment code is not valid (mistyped, used already, or expired).</source>
        <translation>The enrolment code is not valid (mistyped, used already, or expired).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="301"/>
        <source>The central office was restored from a backup.</source>
        <translation>The central office was restored from a backup.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="311"/>
        <source>The central office refused the request ({status} {code}).</source>
        <translation>The central office refused the request ({status} {code}).</translation>
    </message>
    <message>
        <location filename="../app/sync/enroll.py" line="127"/>
        <source>This enrolment code is for someone else. Nothing was changed: ask the central office for a code for the person of this profile.</source>
        <translation>This enrolment code is for someone else. Nothing was changed: ask the central office for a code for the person of this profile.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="158"/>
        <source>The central office is refusing too many attempts; trying again at {time}.</source>
        <translation>The central office is refusing too many attempts; trying again at {time}.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="31"/>
        <source>Working offline (not connected to a central office)</source>
        <translation>Working offline (not connected to a central office)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="35"/>
        <source>Syncing %1 of %2…</source>
        <translation>Syncing %1 of %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="39"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="41"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="43"/>
        <source>This computer was revoked by the central office</source>
        <translation>This computer was revoked by the central office</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="45"/>
        <source>Sync held: confirm before records are removed</source>
        <translation>Sync held: confirm before records are removed</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="47"/>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="51"/>
        <source>Sync stopped: the central office needs Thuisboek %1 or newer</source>
        <translation>Sync stopped: the central office needs Thuisboek %1 or newer</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="58"/>
        <source>synced at %1</source>
        <translation>synced at %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="61"/>
        <source>update recommended: Thuisboek %1</source>
        <translation>update recommended: Thuisboek %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="65"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="67"/>
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflict to look at</numerusform>
            <numerusform>%n conflicts to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="70"/>
        <source>%n change(s) refused by the central office</source>
        <translation>
            <numerusform>%n change refused by the central office</numerusform>
            <numerusform>%n changes refused by the central office</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="78"/>
        <source>Everything is kept, encrypted, on this computer. Once connected to a central office, what was written here is sent there too.</source>
        <translation>Everything is kept, encrypted, on this computer. Once connected to a central office, what was written here is sent there too.</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <location filename="../app/ui/widgets/review_thread.py" line="22"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_thread.py" line="24"/>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
</context>
<context>
    <name>TimelineDetail</name>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="146"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Delete entry</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="147"/>
        <source>Delete this entry</source>
        <translation>Delete this entry</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="148"/>
        <source>The chosen record in full</source>
        <translation>The chosen record in full</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="204"/>
        <source>This record could not be read.</source>
        <translation>This record could not be read.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="220"/>
        <source>Choose an entry to read it in full.</source>
        <translation>Choose an entry to read it in full.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="243"/>
        <source>This is an amendment of the entry of %1.</source>
        <translation>This is an amendment of the entry of %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="244"/>
        <source>Show the original</source>
        <translation>Show the original</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="247"/>
        <source>This is an amendment of an entry this computer does not hold.</source>
        <translation>This is an amendment of an entry this computer does not hold.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="251"/>
        <source>About:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="260"/>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="264"/>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="270"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="278"/>
        <source>Conflicts settled</source>
        <translation>Conflicts settled</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="280"/>
        <source>Two computers changed this record at the same time; settled.</source>
        <translation>Two computers changed this record at the same time; settled.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="294"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="318"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="318"/>
        <source>Child</source>
        <translation>Child</translation>
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
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="325"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="326"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="327"/>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="328"/>
        <source>Eating</source>
        <translation>Eating</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="329"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="330"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="331"/>
        <source>School or daycare</source>
        <translation>School or daycare</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="332"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="333"/>
        <source>Notable moments</source>
        <translation>Notable moments</translation>
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
        <translation>Relatives</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="342"/>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="343"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="357"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="344"/>
        <source>Duration</source>
        <translation>Duration</translation>
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
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="346"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="347"/>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="348"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="349"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="350"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="355"/>
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="356"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="358"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="362"/>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="363"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="375"/>
        <source>written by you</source>
        <translation>written by you</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="376"/>
        <source>written by someone else</source>
        <translation>written by someone else</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="382"/>
        <source>Written %1</source>
        <translation>Written %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="385"/>
        <source>waiting to sync</source>
        <translation>waiting to sync</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="388"/>
        <source>refused by the central office: %1</source>
        <translation>refused by the central office: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="391"/>
        <source>synced</source>
        <translation>synced</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="170"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="172"/>
        <source>&amp;Logs</source>
        <translation>&amp;Logs</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="172"/>
        <source>Show daily logs</source>
        <translation>Show daily logs</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="173"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="173"/>
        <source>Show milestones</source>
        <translation>Show milestones</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="174"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="174"/>
        <source>Show contact notes</source>
        <translation>Show contact notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="175"/>
        <source>&amp;Reviews</source>
        <translation>&amp;Reviews</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="175"/>
        <source>Show reviews</source>
        <translation>Show reviews</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="176"/>
        <source>&amp;Handovers</source>
        <translation>&amp;Handovers</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="176"/>
        <source>Show handover notes</source>
        <translation>Show handover notes</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="184"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="185"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="186"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="187"/>
        <source>Between dates</source>
        <translation>Between dates</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="190"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="191"/>
        <source>Written b&amp;y:</source>
        <translation>Written b&amp;y:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="192"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="193"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="194"/>
        <source>Fr&amp;om:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="195"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="196"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="197"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="198"/>
        <source>Search the records… (Ctrl+F)</source>
        <translation>Search the records… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="199"/>
        <source>Search the records</source>
        <translation>Search the records</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="201"/>
        <source>Finds entries holding all the words (or words starting with them).</source>
        <translation>Finds entries holding all the words (or words starting with them).</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="671"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="672"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="141"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="147"/>
        <source>Records, newest first</source>
        <translation>Records, newest first</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="148"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Delete entry</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="149"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline.py" line="357"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="359"/>
        <source>Choose at least one kind of record to show.</source>
        <translation>Choose at least one kind of record to show.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="361"/>
        <source>Nothing recorded in this period.</source>
        <translation>Nothing recorded in this period.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline.py" line="439"/>
        <source>%n result(s) among the most recent matches; add a word to narrow it.</source>
        <translation>
            <numerusform>%n result among the most recent matches; add a word to narrow it.</numerusform>
            <numerusform>%n results among the most recent matches; add a word to narrow it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="486"/>
        <source>This entry cannot be deleted. %1</source>
        <translation>This entry cannot be deleted. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="492"/>
        <source>Delete %1 of %2</source>
        <translation>Delete %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="500"/>
        <source>Entry deleted. %1 brings it back.</source>
        <translation>Entry deleted. %1 brings it back.</translation>
    </message>
</context>
<context>
    <name>TodayDoses</name>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="386"/>
        <source>Doses to give today</source>
        <translation>Doses to give today</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../app/ui/pages/today.py" line="93"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="171"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="173"/>
        <source>Save the log (%1); %2 saves and goes to the next child without a log</source>
        <translation>Save the log (%1); %2 saves and goes to the next child without a log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="179"/>
        <source>Save the log</source>
        <translation>Save the log</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="180"/>
        <source>Save the log and go to the next child</source>
        <translation>Save the log and go to the next child</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="181"/>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="182"/>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="183"/>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="351"/>
        <source>Your unsaved draft of this day is kept: add it as an amendment, or discard it.</source>
        <translation>Your unsaved draft of this day is kept: add it as an amendment, or discard it.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="356"/>
        <source>Restored your unsaved draft. It is not saved yet: press Save (Ctrl+S) to keep it, or discard it.</source>
        <translation>Restored your unsaved draft. It is not saved yet: press Save (Ctrl+S) to keep it, or discard it.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="376"/>
        <source>Something went wrong (%1).</source>
        <translation>Something went wrong (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="426"/>
        <source>Not saved yet · draft kept at %1</source>
        <translation>Not saved yet · draft kept at %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="440"/>
        <source>Discard the draft of %1</source>
        <translation>Discard the draft of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="447"/>
        <source>Draft discarded. Edit › Undo brings it back.</source>
        <translation>Draft discarded. Edit › Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="456"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="487"/>
        <source>Nothing is written yet: choose a mood or write a few words first.</source>
        <translation>Nothing is written yet: choose a mood or write a few words first.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="493"/>
        <source>No changes to save.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="499"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="501"/>
        <source>Save the log of %1</source>
        <translation>Save the log of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="533"/>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="551"/>
        <source>The log was not saved: please look at the marked fields.</source>
        <translation>The log was not saved: please look at the marked fields.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="556"/>
        <source>Your text is kept as a draft.</source>
        <translation>Your text is kept as a draft.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="573"/>
        <source>another caregiver</source>
        <translation>another caregiver</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="586"/>
        <source>Amend the log of %1</source>
        <translation>Amend the log of %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="588"/>
        <source>Amendment added at %1</source>
        <translation>Amendment added at %1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../app/ui/unlock.py" line="121"/>
        <source>Thuisboek — locked</source>
        <translation>Thuisboek — locked</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="122"/>
        <source>Thuisboek is locked</source>
        <translation>Thuisboek is locked</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="123"/>
        <source>Enter your passphrase to open the home book.</source>
        <translation>Enter your passphrase to open the home book.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="125"/>
        <source>This computer was revoked</source>
        <translation>This computer was revoked</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="128"/>
        <source>The central office has revoked this computer: it no longer syncs, and changes made here do not reach the office. Call the central office. You can still open the home book to read it.</source>
        <translation>The central office has revoked this computer: it no longer syncs, and changes made here do not reach the office. Call the central office. You can still open the home book to read it.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="133"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="134"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="135"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="136"/>
        <source>&amp;Who are you?</source>
        <translation>&amp;Who are you?</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="137"/>
        <source>People on this computer</source>
        <translation>People on this computer</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="138"/>
        <source>&amp;Another person…</source>
        <translation>&amp;Another person…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/unlock.py" line="176"/>
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="185"/>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="192"/>
        <source>Please enter your passphrase.</source>
        <translation>Please enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="195"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="214"/>
        <source>The home book could not be opened (%1).</source>
        <translation>The home book could not be opened (%1).</translation>
    </message>
</context>
<context>
    <name>UpcomingAppointments</name>
    <message>
        <location filename="../app/ui/window/upcoming.py" line="60"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/ui/window/upcoming.py" line="61"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../app/ui/window/upcoming.py" line="69"/>
        <source>Today&apos;s and tomorrow&apos;s appointments</source>
        <translation>Today&apos;s and tomorrow&apos;s appointments</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/domain/records.py" line="525"/>
        <location filename="../app/domain/validation.py" line="27"/>
        <source>This text is too long ({length} characters; at most {limit}).</source>
        <translation>This text is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="104"/>
        <source>An amendment needs a reason.</source>
        <translation>An amendment needs a reason.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="123"/>
        <source>The household needs a name.</source>
        <translation>The household needs a name.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="141"/>
        <source>The person needs a name.</source>
        <translation>The person needs a name.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="174"/>
        <source>The child needs a first name.</source>
        <translation>The child needs a first name.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="181"/>
        <source>The date of birth {date} lies in the future.</source>
        <translation>The date of birth {date} lies in the future.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="187"/>
        <source>The placement cannot start ({start}) before the child was born ({born}).</source>
        <translation>The placement cannot start ({start}) before the child was born ({born}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="199"/>
        <source>The placement cannot end before it started.</source>
        <translation>The placement cannot end before it started.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="206"/>
        <source>A placement that ended needs the day it ended.</source>
        <translation>A placement that ended needs the day it ended.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="215"/>
        <source>The list of languages is too long.</source>
        <translation>The list of languages is too long.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="260"/>
        <source>The relative needs a name.</source>
        <translation>The relative needs a name.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="266"/>
        <source>Choose the child or children this person is family of.</source>
        <translation>Choose the child or children this person is family of.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="314"/>
        <source>A daily log cannot be dated in the future ({date}).</source>
        <translation>A daily log cannot be dated in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="318"/>
        <source>Mood is a number from 1 to 5.</source>
        <translation>Mood is a number from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="323"/>
        <source>An incident needs a severity.</source>
        <translation>An incident needs a severity.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="369"/>
        <source>An observation cannot be dated in the future ({date}).</source>
        <translation>An observation cannot be dated in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="420"/>
        <source>Choose the kind of contact (visit, phone, letter…).</source>
        <translation>Choose the kind of contact (visit, phone, letter…).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="91"/>
        <source>The medication needs a name.</source>
        <translation>The medication needs a name.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="97"/>
        <location filename="../app/domain/care.py" line="175"/>
        <source>Give the times of day as hours and minutes (20:00).</source>
        <translation>Give the times of day as hours and minutes (20:00).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="106"/>
        <source>The medication cannot end before it starts.</source>
        <translation>The medication cannot end before it starts.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="113"/>
        <source>The hours between two doses are between 1 and 168.</source>
        <translation>The hours between two doses are between 1 and 168.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="169"/>
        <source>A dose cannot be noted in the future ({date}).</source>
        <translation>A dose cannot be noted in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="184"/>
        <source>Say why a dose was refused or skipped.</source>
        <translation>Say why a dose was refused or skipped.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="224"/>
        <source>Write the goal in a few words.</source>
        <translation>Write the goal in a few words.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="230"/>
        <source>The review cannot come before the start.</source>
        <translation>The review cannot come before the start.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="237"/>
        <source>Say why the goal was dropped.</source>
        <translation>Say why the goal was dropped.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="281"/>
        <source>A step of a goal cannot lie in the future ({date}).</source>
        <translation>A step of a goal cannot lie in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="287"/>
        <source>A step of a goal links an entry, a status or a note.</source>
        <translation>A step of a goal links an entry, a status or a note.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="296"/>
        <source>A linked entry needs its kind.</source>
        <translation>A linked entry needs its kind.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="343"/>
        <location filename="../app/domain/records.py" line="427"/>
        <source>Choose at least one child.</source>
        <translation>Choose at least one child.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="350"/>
        <source>What happened can be told after the appointment ({date}).</source>
        <translation>What happened can be told after the appointment ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="373"/>
        <source>A reminder comes at most a week before the appointment.</source>
        <translation>A reminder comes at most a week before the appointment.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="441"/>
        <source>The list of procedure steps is too long.</source>
        <translation>The list of procedure steps is too long.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="450"/>
        <source>Every language needs a name.</source>
        <translation>Every language needs a name.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="432"/>
        <source>Choose at least one relative.</source>
        <translation>Choose at least one relative.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="440"/>
        <source>A contact that took place cannot be dated in the future ({date}).</source>
        <translation>A contact that took place cannot be dated in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="361"/>
        <location filename="../app/domain/records.py" line="452"/>
        <source>The duration is between 1 minute and 24 hours.</source>
        <translation>The duration is between 1 minute and 24 hours.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="571"/>
        <source>A question, follow-up or answer needs a comment.</source>
        <translation>A question, follow-up or answer needs a comment.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="579"/>
        <source>An answer must answer a question.</source>
        <translation>An answer must answer a question.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="643"/>
        <source>Unknown record type “{kind}”.</source>
        <translation>Unknown record type “{kind}”.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="687"/>
        <source>The value of “{field}” is not valid.</source>
        <translation>The value of “{field}” is not valid.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="503"/>
        <source>A well-being check cannot be dated in the future ({date}).</source>
        <translation>A well-being check cannot be dated in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="511"/>
        <source>A well-being rating is a number from 1 to 4.</source>
        <translation>A well-being rating is a number from 1 to 4.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="518"/>
        <source>Rate at least one dimension.</source>
        <translation>Rate at least one dimension.</translation>
    </message>
    <message>
        <location filename="../app/domain/story.py" line="53"/>
        <source>A kept moment cannot be dated in the future ({date}).</source>
        <translation>A kept moment cannot be dated in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/story.py" line="61"/>
        <source>A page of the child&apos;s words needs words.</source>
        <translation>A page of the child&apos;s words needs words.</translation>
    </message>
    <message>
        <location filename="../app/domain/story.py" line="68"/>
        <source>Only a daily log, a milestone, a contact or a photo can be kept for the book.</source>
        <translation>Only a daily log, a milestone, a contact or a photo can be kept for the book.</translation>
    </message>
    <message>
        <location filename="../app/domain/handover.py" line="55"/>
        <source>A handover note needs a text.</source>
        <translation>A handover note needs a text.</translation>
    </message>
    <message>
        <location filename="../app/domain/handover.py" line="61"/>
        <source>A handover note cannot be dated in the future ({date}).</source>
        <translation>A handover note cannot be dated in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="72"/>
        <source>Only photos (JPEG, PNG) and PDF documents can be attached.</source>
        <translation>Only photos (JPEG, PNG) and PDF documents can be attached.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="81"/>
        <source>An attached file holds at most {limit} MB.</source>
        <translation>An attached file holds at most {limit} MB.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="89"/>
        <source>The attached file&apos;s fingerprint is not valid.</source>
        <translation>The attached file&apos;s fingerprint is not valid.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="98"/>
        <source>An attached file needs a name (no folder).</source>
        <translation>An attached file needs a name (no folder).</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="107"/>
        <source>A file is attached to a child, a daily log, a milestone or a contact.</source>
        <translation>A file is attached to a child, a daily log, a milestone or a contact.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="118"/>
        <source>The picture&apos;s size is not valid.</source>
        <translation>The picture&apos;s size is not valid.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="125"/>
        <source>A photo cannot be taken in the future ({date}).</source>
        <translation>A photo cannot be taken in the future ({date}).</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="30"/>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="31"/>
        <source>Food security</source>
        <translation>Food security</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="32"/>
        <source>Accommodation</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="33"/>
        <source>Physical health</source>
        <translation>Physical health</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="34"/>
        <source>Education and skills</source>
        <translation>Education and skills</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="35"/>
        <source>Livelihood</source>
        <translation>Livelihood</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="36"/>
        <source>Protection and social inclusion</source>
        <translation>Protection and social inclusion</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="39"/>
        <source>Social and emotional well-being</source>
        <translation>Social and emotional well-being</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="45"/>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="46"/>
        <source>1 – serious concern</source>
        <translation>1 – serious concern</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="47"/>
        <source>2 – some concern</source>
        <translation>2 – some concern</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="48"/>
        <source>3 – good</source>
        <translation>3 – good</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="49"/>
        <source>4 – very good</source>
        <translation>4 – very good</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="50"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>WellbeingDialog</name>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="153"/>
        <location filename="../app/ui/dialogs/wellbeing.py" line="219"/>
        <source>Well-being check</source>
        <translation>Well-being check</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="158"/>
        <source>How is %1 doing? Rate what you see now; leave out what you cannot judge.</source>
        <translation>How is %1 doing? Rate what you see now; leave out what you cannot judge.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="161"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="162"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="162"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="162"/>
        <source>One sentence (optional)</source>
        <translation>One sentence (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="166"/>
        <source>Previous check: none</source>
        <translation>Previous check: none</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="172"/>
        <source>Previous check (%1)</source>
        <translation>Previous check (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="181"/>
        <source>What makes you say so?</source>
        <translation>What makes you say so?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="153"/>
        <location filename="../app/ui/dialogs/wellbeing.py" line="222"/>
        <source>Correct a well-being check</source>
        <translation>Correct a well-being check</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="155"/>
        <source>R&amp;eason for the correction:</source>
        <translation>R&amp;eason for the correction:</translation>
    </message>
</context>
<context>
    <name>WellbeingPage</name>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="70"/>
        <source>Well-being</source>
        <translation>Well-being</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="73"/>
        <source>&amp;New well-being check…</source>
        <translation>&amp;New well-being check…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="110"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="111"/>
        <source>Latest (%1)</source>
        <translation>Latest (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="112"/>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="113"/>
        <source>Before (%1)</source>
        <translation>Before (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="114"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="115"/>
        <source>Change and note</source>
        <translation>Change and note</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="140"/>
        <source>No well-being check yet. One every three months helps to see how the child is doing.</source>
        <translation>No well-being check yet. One every three months helps to see how the child is doing.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="144"/>
        <source>A well-being check is due: the last one was on %1.</source>
        <translation>A well-being check is due: the last one was on %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="146"/>
        <source>Last well-being check on %1; the next one around %2.</source>
        <translation>Last well-being check on %1; the next one around %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="74"/>
        <source>&amp;Correct the latest…</source>
        <translation>&amp;Correct the latest…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../app/ui/window/menus.py" line="124"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="125"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="126"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="127"/>
        <source>H&amp;ousehold</source>
        <translation>H&amp;ousehold</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="128"/>
        <source>&amp;Add a child…</source>
        <translation>&amp;Add a child…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="129"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="130"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="131"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="133"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="134"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="136"/>
        <source>&amp;Next household</source>
        <translation>&amp;Next household</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="137"/>
        <source>&amp;Previous household</source>
        <translation>&amp;Previous household</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="139"/>
        <source>&amp;Next child without today&apos;s log</source>
        <translation>&amp;Next child without today&apos;s log</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="140"/>
        <source>&amp;Previous child</source>
        <translation>&amp;Previous child</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="141"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="142"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="143"/>
        <source>Ask a &amp;question…</source>
        <translation>Ask a &amp;question…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="144"/>
        <source>Ask for a &amp;follow-up…</source>
        <translation>Ask for a &amp;follow-up…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="146"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="147"/>
        <source>&amp;Connect to the central office…</source>
        <translation>&amp;Connect to the central office…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="148"/>
        <source>Re&amp;fused changes…</source>
        <translation>Re&amp;fused changes…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="149"/>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="150"/>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="151"/>
        <source>&amp;About Thuisboek</source>
        <translation>&amp;About Thuisboek</translation>
    </message>
</context>
<context>
    <name>WordsDialog</name>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="55"/>
        <source>My words</source>
        <translation>My words</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="58"/>
        <source>Write down what {name} wants to say, in {name}&apos;s own words: what they like, who matters to them, what they are proud of. It goes on the My words page of the book.</source>
        <translation>Write down what {name} wants to say, in {name}&apos;s own words: what they like, who matters to them, what they are proud of. It goes on the My words page of the book.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="63"/>
        <source>The child&apos;s words</source>
        <translation>The child&apos;s words</translation>
    </message>
</context>
<context>
    <name>YoungExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="100"/>
        <source>Export for {name}</source>
        <translation>Export for {name}</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="103"/>
        <source>What {name} receives on leaving: “My file”, a readable copy of what was written about {name} that is theirs to keep (decided per kind of record: no incidents, reviews, questions or professional notes), and the book. Two PDF files are written into the folder you choose, and nothing else. Hand them over and do not keep a copy.</source>
        <translation>What {name} receives on leaving: “My file”, a readable copy of what was written about {name} that is theirs to keep (decided per kind of record: no incidents, reviews, questions or professional notes), and the book. Two PDF files are written into the folder you choose, and nothing else. Hand them over and do not keep a copy.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="110"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="111"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="112"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="113"/>
        <source>&amp;Make the export</source>
        <translation>&amp;Make the export</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="114"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="117"/>
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="141"/>
        <source>Making the export…</source>
        <translation>Making the export…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="167"/>
        <source>Written into {folder}:
{names}</source>
        <translation>Written into {folder}:
{names}</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="179"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="183"/>
        <source>The export could not be made; nothing was written.</source>
        <translation>The export could not be made; nothing was written.</translation>
    </message>
</context>
</TS>
