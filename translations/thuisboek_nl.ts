<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="72"/>
        <source>About Thuisboek</source>
        <translation>Over Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="76"/>
        <source>The home book for family-style child-welfare homes: daily logs, milestones and family contacts, kept encrypted on this computer. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Het thuisboek voor gezinsgerichte opvang in de jeugdhulp: dagverslagen, mijlpalen en familiecontacten, versleuteld bewaard op deze computer. Uitgegeven onder de GNU General Public License, versie 3 of later.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="87"/>
        <source>Built with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="90"/>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="92"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="94"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="98"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3: you may replace the Qt libraries of this installation with your own build. The CDC milestone checklists are used with credit; the CDC does not endorse Thuisboek.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU Lesser General Public License v3: je mag de Qt-bibliotheken van deze installatie vervangen door je eigen build. De mijlpalenlijsten van het CDC worden gebruikt met bronvermelding; het CDC onderschrijft Thuisboek niet.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/about.py" line="103"/>
        <source>The licence texts are in the folder %1.</source>
        <translation>De licentieteksten staan in de map %1.</translation>
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
        <translation>Contact ging niet door</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="76"/>
        <location filename="../app/ui/pages/across_model.py" line="87"/>
        <source>Follow-up waiting for an answer</source>
        <translation>Opvolging wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="77"/>
        <location filename="../app/ui/pages/across_model.py" line="88"/>
        <source>Question waiting for an answer</source>
        <translation>Vraag wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="79"/>
        <location filename="../app/ui/pages/across_model.py" line="89"/>
        <source>Days without a log</source>
        <translation>Dagen zonder verslag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="80"/>
        <location filename="../app/ui/pages/across_model.py" line="90"/>
        <source>Sibling not seen</source>
        <translation>Broer of zus niet gezien</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="109"/>
        <source>about: %1</source>
        <translation>over: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="150"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="151"/>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="152"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="153"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across_model.py" line="154"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>AcrossPage</name>
    <message>
        <location filename="../app/ui/pages/across.py" line="147"/>
        <source>Across my households</source>
        <translation>Over mijn gezinnen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="156"/>
        <source>This week across my households</source>
        <translation>Deze week in al mijn gezinnen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="157"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Markeren als nagekeken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="158"/>
        <source>Space or Enter</source>
        <translation>Spatie of Enter</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="159"/>
        <source>Ask a &amp;question…</source>
        <translation>Een &amp;vraag stellen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="161"/>
        <source>Ask for a follow-&amp;up…</source>
        <translation>Om &amp;opvolging vragen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="163"/>
        <source>Open the &amp;household</source>
        <translation>&amp;Gezin openen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="164"/>
        <source>Double click</source>
        <translation>Dubbelklik</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="167"/>
        <source>Space or Enter: mark as reviewed · Q: question · F: follow-up · double click: open the household</source>
        <translation>Spatie of Enter: markeren als nagekeken · Q: vraag · F: opvolging · dubbelklik: gezin openen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="247"/>
        <source>Reading this week across your households…</source>
        <translation>Deze week in je gezinnen wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/across.py" line="249"/>
        <source>No households to review on this computer yet.</source>
        <translation>Nog geen gezinnen om na te kijken op deze computer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/across.py" line="251"/>
        <source>Nothing needs your attention this week in %n household(s).</source>
        <translation>
            <numerusform>Niets vraagt deze week je aandacht in %n gezin.</numerusform>
            <numerusform>Niets vraagt deze week je aandacht in %n gezinnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/across.py" line="255"/>
        <source>%n line(s) this week, from %1 to %2: incidents first, most serious first, then contacts that did not happen, questions waiting for an answer, days without a log and siblings not seen; each the newest first.</source>
        <translation>
            <numerusform>%n regel deze week, van %1 tot %2: eerst incidenten, de ernstigste eerst, dan contacten die niet doorgingen, vragen die op antwoord wachten, dagen zonder verslag en broers of zussen die niet gezien werden; telkens het nieuwste eerst.</numerusform>
            <numerusform>%n regels deze week, van %1 tot %2: eerst incidenten, de ernstigste eerst, dan contacten die niet doorgingen, vragen die op antwoord wachten, dagen zonder verslag en broers of zussen die niet gezien werden; telkens het nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/across.py" line="344"/>
        <source>%n entry(ies) marked as reviewed</source>
        <translation>
            <numerusform>%n item gemarkeerd als nagekeken</numerusform>
            <numerusform>%n items gemarkeerd als nagekeken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="120"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Vorige week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="121"/>
        <source>This &amp;week</source>
        <translation>&amp;Deze week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="122"/>
        <source>&amp;Next week ▶</source>
        <translation>Volge&amp;nde week ▶</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="123"/>
        <source>&amp;Add appointment…</source>
        <translation>&amp;Afspraak toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="124"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="125"/>
        <source>What &amp;happened…</source>
        <translation>Wat is er &amp;gebeurd…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="126"/>
        <source>&amp;Delete</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="127"/>
        <source>E&amp;xport calendar…</source>
        <translation>Agenda e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="128"/>
        <source>with the family&apos;s names</source>
        <translation>met de namen van de familie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="131"/>
        <source>The file for a phone leaves out the names of the birth family, and the title and place of family visits, unless you tick this.</source>
        <translation>Het bestand voor een telefoon laat de namen van de familie weg, en de titel en plaats van familiebezoeken, tenzij je dit aanvinkt.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="135"/>
        <source>Appointments of the week</source>
        <translation>Afspraken van de week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="175"/>
        <source>Week of %1 to %2</source>
        <translation>Week van %1 tot %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="191"/>
        <source>%1 (today)</source>
        <translation>%1 (vandaag)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="195"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="203"/>
        <source>what happened?</source>
        <translation>wat is er gebeurd?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="258"/>
        <source>Delete appointment</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="309"/>
        <location filename="../app/ui/pages/care_agenda.py" line="327"/>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="311"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_agenda.py" line="328"/>
        <source>The appointments were saved in %1.</source>
        <translation>De afspraken zijn bewaard in %1.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="121"/>
        <source>Throw away this amendment?</source>
        <translation>Deze correctie weggooien?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="122"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>Wat je hier schreef, is niet bewaard. Weggooien?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="134"/>
        <location filename="../app/ui/pages/today_amend.py" line="146"/>
        <source>Add amendment</source>
        <translation>Correctie toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="137"/>
        <source>The log of %1 by %2 stays as it was written. Your correction is kept beside it, with the reason, and both can be read later.</source>
        <translation>Het verslag van %1 door %2 blijft zoals het geschreven is. Je correctie wordt ernaast bewaard, met de reden, en allebei blijven ze later leesbaar.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="143"/>
        <source>R&amp;eason for the amendment (required)</source>
        <translation>&amp;Reden voor de correctie (verplicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="144"/>
        <source>Reason for the amendment</source>
        <translation>Reden voor de correctie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="147"/>
        <source>Store the amendment (Ctrl+Enter)</source>
        <translation>Correctie bewaren (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_amend.py" line="188"/>
        <source>The amendment could not be stored (%1).</source>
        <translation>De correctie kon niet bewaard worden (%1).</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="444"/>
        <source>Add appointment</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="444"/>
        <source>Edit appointment</source>
        <translation>Afspraak wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="449"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="450"/>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="451"/>
        <source>&amp;When:</source>
        <translation>Wa&amp;nneer:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="452"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="453"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="454"/>
        <source>Who &amp;goes:</source>
        <translation>Wie &amp;gaat mee:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="455"/>
        <source>&amp;Children:</source>
        <translation>&amp;Kinderen:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="456"/>
        <source>&amp;Family:</source>
        <translation>&amp;Familie:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="457"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Herinnering:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="458"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="462"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="463"/>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="464"/>
        <source> min before</source>
        <translation> min vooraf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="465"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="466"/>
        <source>e.g. check-up, parents&apos; evening</source>
        <translation>bv. controle, oudercontact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="467"/>
        <source>e.g. Anna and the guardian</source>
        <translation>bv. Anna en de voogd</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="490"/>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="121"/>
        <source>Follow-up asked; the household sees it after the next sync.</source>
        <translation>Opvolging gevraagd; het gezin ziet ze na de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="123"/>
        <source>Question asked; the household sees it after the next sync.</source>
        <translation>Vraag gesteld; het gezin ziet ze na de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="138"/>
        <source>Ask for a follow-up</source>
        <translation>Opvolging vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="139"/>
        <source>&amp;What should the household follow up?</source>
        <translation>&amp;Wat moet het gezin opvolgen?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="141"/>
        <source>Ask a question</source>
        <translation>Een vraag stellen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="142"/>
        <source>&amp;Your question for the household:</source>
        <translation>&amp;Je vraag aan het gezin:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_ask.py" line="143"/>
        <source>&amp;Send (Ctrl+Enter)</source>
        <translation>&amp;Versturen (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="311"/>
        <location filename="../app/ui/dialogs/attachments.py" line="312"/>
        <source>Photos and documents</source>
        <translation>Foto&apos;s en documenten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="314"/>
        <source>Enter opens the chosen one; F2 edits its caption; Delete removes it.</source>
        <translation>Enter opent de gekozen tegel; F2 bewerkt het bijschrift; Delete verwijdert hem.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="316"/>
        <source>Enter opens the chosen one.</source>
        <translation>Enter opent de gekozen tegel.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="318"/>
        <source>No photos or documents yet.</source>
        <translation>Nog geen foto&apos;s of documenten.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="319"/>
        <source>&amp;Attach…</source>
        <translation>Bij&amp;voegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="322"/>
        <source>Add photos (JPEG, PNG) or scans (PDF); several at once, or drop them from a folder onto the strip</source>
        <translation>Foto&apos;s (JPEG, PNG) of scans (PDF) toevoegen; meerdere tegelijk, of sleep ze vanuit een map naar de rij</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="326"/>
        <location filename="../app/ui/dialogs/attachments.py" line="604"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="328"/>
        <source>Document removed</source>
        <translation>Document verwijderd</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="328"/>
        <source>Photo removed</source>
        <translation>Foto verwijderd</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="330"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="331"/>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Terugzetten (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="340"/>
        <source>Up to %1 a file; %2 has %3 of %4.</source>
        <translation>Tot %1 per bestand; %2 heeft %3 van %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="462"/>
        <source>Attach photos or documents</source>
        <translation>Foto&apos;s of documenten bijvoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="464"/>
        <source>Photos and PDF documents (%1)</source>
        <translation>Foto&apos;s en PDF-documenten (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="486"/>
        <source>Adding %v of %m…</source>
        <translation>%v van %m toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="512"/>
        <source>This file could not be read.</source>
        <translation>Dit bestand kon niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="514"/>
        <source>%1 was not added: %2</source>
        <translation>%1 is niet toegevoegd: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="567"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="570"/>
        <source>Edit &amp;caption…</source>
        <translation>Bij&amp;schrift bewerken…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="583"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="605"/>
        <source>Remove %1? It is removed on every laptop at the next sync.</source>
        <translation>%1 verwijderen? Het verdwijnt bij de volgende synchronisatie van elke laptop.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="126"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="127"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="128"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Passend in venster</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="129"/>
        <source>◀ &amp;Previous page</source>
        <translation>◀ &amp;Vorige pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="130"/>
        <source>&amp;Next page ▶</source>
        <translation>Volge&amp;nde pagina ▶</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="131"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="132"/>
        <source>&amp;Edit caption…</source>
        <translation>&amp;Bijschrift bewerken…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="133"/>
        <source>Write the words shown under this photo or document</source>
        <translation>De woorden onder deze foto of dit document schrijven</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="135"/>
        <source>A page of %1</source>
        <translation>Een pagina van %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="137"/>
        <source>The photo %1</source>
        <translation>De foto %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="173"/>
        <source>This file cannot be shown.</source>
        <translation>Dit bestand kan niet getoond worden.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachment_viewer.py" line="253"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../app/services/attachments.py" line="104"/>
        <source>This file is too large ({size} MB); a file may hold at most {limit} MB.</source>
        <translation>Dit bestand is te groot ({size} MB); een bestand mag hoogstens {limit} MB zijn.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="114"/>
        <source>This picture cannot be read; it may be damaged or incomplete.</source>
        <translation>Deze afbeelding kan niet gelezen worden; ze is misschien beschadigd of onvolledig.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="177"/>
        <source>This picture is too large ({megapixels} megapixels; at most {limit}).</source>
        <translation>Deze afbeelding is te groot ({megapixels} megapixels; hoogstens {limit}).</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="218"/>
        <source>This file is empty.</source>
        <translation>Dit bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="222"/>
        <source>Only photos (JPEG, PNG) and PDF documents can be attached.</source>
        <translation>Alleen foto&apos;s (JPEG, PNG) en PDF-documenten kunnen toegevoegd worden.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="262"/>
        <source>This file cannot be opened.</source>
        <translation>Dit bestand kan niet geopend worden.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="513"/>
        <source>Write a caption of a few words (it is shown under the photo).</source>
        <translation>Schrijf een bijschrift van een paar woorden (het staat onder de foto).</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="527"/>
        <source>This caption is too long ({length} characters; at most {limit}).</source>
        <translation>Dit bijschrift is te lang ({length} tekens; hoogstens {limit}).</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="122"/>
        <source>This child&apos;s attachments would take more than {limit} MB together ({used} MB are used). Remove some first.</source>
        <translation>De bijlagen van dit kind zouden samen meer dan {limit} MB innemen ({used} MB is in gebruik). Verwijder er eerst enkele.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="334"/>
        <source>A file is attached to a child, or to a daily log, a milestone or a contact of that child.</source>
        <translation>Een bestand hoort bij een kind, of bij een dagverslag, een mijlpaal of een contact van dat kind.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="404"/>
        <source>This file is not on this laptop yet; it arrives with the next sync.</source>
        <translation>Dit bestand staat nog niet op deze laptop; het komt mee met de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/attachments.py" line="255"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/ui/models/attachments.py" line="257"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../app/ui/models/attachments.py" line="263"/>
        <source>Kept for the book.</source>
        <translation>Bewaard voor het boek.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/attachments.py" line="265"/>
        <source>Not yet on this laptop; it comes with the next sync.</source>
        <translation>Nog niet op deze laptop; het komt met de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="157"/>
        <source>Discard draft</source>
        <translation>Concept weggooien</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="158"/>
        <source>&amp;Add amendment…</source>
        <translation>&amp;Correctie toevoegen…</translation>
    </message>
</context>
<context>
    <name>BeforeDialog</name>
    <message>
        <location filename="../app/ui/pages/review_queue_backlog.py" line="60"/>
        <source>Mark the backlog as reviewed</source>
        <translation>De achterstand als nagekeken markeren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_backlog.py" line="63"/>
        <source>Every record of this household dated before this day will be marked as reviewed, in one step. You will see how many before anything is marked.</source>
        <translation>Elk verslag van dit gezin van vóór deze dag wordt in één stap als nagekeken gemarkeerd. Je ziet hoeveel het er zijn voor er iets gemarkeerd wordt.</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="100"/>
        <source>The book of {name}</source>
        <translation>Het boek van {name}</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="101"/>
        <source>&amp;Language of the book:</source>
        <translation>&amp;Taal van het boek:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="102"/>
        <source>◀ &amp;Previous page</source>
        <translation>◀ &amp;Vorige pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="103"/>
        <source>&amp;Next page ▶</source>
        <translation>Volge&amp;nde pagina ▶</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="104"/>
        <source>&amp;Save as PDF…</source>
        <translation>Be&amp;waren als pdf…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="105"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="106"/>
        <source>A page of the book</source>
        <translation>Een pagina van het boek</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="112"/>
        <source>Making the book…</source>
        <translation>Het boek wordt gemaakt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/lifebook.py" line="132"/>
        <source>%n page(s). Look through it, then save it where you want to keep it.</source>
        <translation>
            <numerusform>%n pagina. Blader het door en bewaar het waar je het wilt houden.</numerusform>
            <numerusform>%n pagina&apos;s. Blader het door en bewaar het waar je het wilt houden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="146"/>
        <source>The book could not be made.</source>
        <translation>Het boek kon niet gemaakt worden.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="165"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="172"/>
        <source>Book of {name}.pdf</source>
        <translation>Boek van {name}.pdf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="174"/>
        <source>Save the book</source>
        <translation>Het boek bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="174"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/lifebook.py" line="187"/>
        <source>The book was saved in %1.</source>
        <translation>Het boek is bewaard in %1.</translation>
    </message>
</context>
<context>
    <name>CaptionDialog</name>
    <message>
        <location filename="../app/ui/dialogs/caption.py" line="65"/>
        <location filename="../app/ui/dialogs/caption.py" line="91"/>
        <source>Edit caption</source>
        <translation>Bijschrift bewerken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/caption.py" line="67"/>
        <source>&amp;Caption of %1 (shown under the photo and in the book):</source>
        <translation>&amp;Bijschrift van %1 (onder de foto en in het boek):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/caption.py" line="71"/>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../app/ui/models/care.py" line="25"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="26"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="27"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="33"/>
        <source>Care</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="34"/>
        <source>Food security</source>
        <translation>Voedselzekerheid</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="35"/>
        <source>Accommodation</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="36"/>
        <source>Physical health</source>
        <translation>Lichamelijke gezondheid</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="37"/>
        <source>Education and skills</source>
        <translation>Onderwijs en vaardigheden</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="38"/>
        <source>Livelihood</source>
        <translation>Bestaanszekerheid</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="39"/>
        <source>Protection and social inclusion</source>
        <translation>Bescherming en sociale inclusie</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="42"/>
        <source>Social and emotional well-being</source>
        <translation>Sociaal en emotioneel welzijn</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="45"/>
        <source>Independent living</source>
        <translation>Zelfstandig wonen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="51"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="52"/>
        <source>Progressing</source>
        <translation>Op weg</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="53"/>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="54"/>
        <source>Dropped</source>
        <translation>Losgelaten</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="60"/>
        <source>Doctor</source>
        <translation>Arts</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="61"/>
        <source>Dentist</source>
        <translation>Tandarts</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="62"/>
        <source>Therapist</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="63"/>
        <source>School meeting</source>
        <translation>Gesprek op school</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="64"/>
        <source>Youth court</source>
        <translation>Jeugdrechter</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="65"/>
        <source>Family visit</source>
        <translation>Familiebezoek</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="66"/>
        <source>Other appointment</source>
        <translation>Andere afspraak</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="72"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="74"/>
        <source>Took place</source>
        <translation>Ging door</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="75"/>
        <source>Cancelled</source>
        <translation>Afgezegd</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="76"/>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="82"/>
        <source>Not recorded</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="84"/>
        <source>Applicant for international protection</source>
        <translation>Verzoeker internationale bescherming</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="87"/>
        <source>Recognised refugee</source>
        <translation>Erkend vluchteling</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="88"/>
        <source>Subsidiary protection</source>
        <translation>Subsidiaire bescherming</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="91"/>
        <source>Other residence permit</source>
        <translation>Andere verblijfsvergunning</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="92"/>
        <source>Application refused</source>
        <translation>Verzoek geweigerd</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="98"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="99"/>
        <source>Interview</source>
        <translation>Gehoor</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="100"/>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="101"/>
        <source>Appeal</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="102"/>
        <source>Residence permit</source>
        <translation>Verblijfsvergunning</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="108"/>
        <source>Beginner</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="109"/>
        <source>A1 (first words)</source>
        <translation>A1 (eerste woorden)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="110"/>
        <source>A2 (everyday sentences)</source>
        <translation>A2 (dagelijkse zinnen)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="111"/>
        <source>B1 (gets by)</source>
        <translation>B1 (redt zich)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="112"/>
        <source>B2 (at ease)</source>
        <translation>B2 (vlot)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="113"/>
        <source>Fluent</source>
        <translation>Vloeiend</translation>
    </message>
    <message>
        <location filename="../app/ui/models/care.py" line="114"/>
        <source>Mother tongue</source>
        <translation>Moedertaal</translation>
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
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="48"/>
        <source>Medication</source>
        <translation>Medicatie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="49"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="50"/>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care.py" line="51"/>
        <source>Procedure and languages</source>
        <translation>Procedure en talen</translation>
    </message>
</context>
<context>
    <name>CareWatchPage</name>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="69"/>
        <source>Care plans</source>
        <translation>Zorgplannen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="72"/>
        <source>Goals past their review date</source>
        <translation>Doelen voorbij hun evaluatiedatum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="74"/>
        <source>Doses missed or refused (last %1 days)</source>
        <translation>Gemiste of geweigerde dosissen (laatste %1 dagen)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <location filename="../app/ui/pages/care_watch.py" line="81"/>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <location filename="../app/ui/pages/care_watch.py" line="82"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <source>Review on</source>
        <translation>Evaluatie op</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="77"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="83"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="84"/>
        <source>Medicine</source>
        <translation>Geneesmiddel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="85"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="88"/>
        <source>No goal is past its review date.</source>
        <translation>Geen enkel doel is voorbij zijn evaluatiedatum.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="89"/>
        <source>No dose was missed or refused.</source>
        <translation>Er werd geen dosis gemist of geweigerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_watch.py" line="155"/>
        <source>Not noted</source>
        <translation>Niet genoteerd</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="256"/>
        <location filename="../app/ui/pages/overview_card.py" line="383"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="257"/>
        <location filename="../app/ui/pages/overview_card.py" line="384"/>
        <source>%n day(s) without a log</source>
        <translation>
            <numerusform>%n dag zonder verslag</numerusform>
            <numerusform>%n dagen zonder verslag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="258"/>
        <location filename="../app/ui/pages/overview_card.py" line="390"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="262"/>
        <source>Daily log per week</source>
        <translation>Dagverslagen per week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="263"/>
        <source>Incidents per week</source>
        <translation>Incidenten per week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="264"/>
        <source>Contacts per relative</source>
        <translation>Contacten per familielid</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="265"/>
        <source>Milestones per area</source>
        <translation>Mijlpalen per domein</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="267"/>
        <source>No incidents in this period.</source>
        <translation>Geen incidenten in deze periode.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="269"/>
        <source>No relatives recorded.</source>
        <translation>Geen familieleden genoteerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="273"/>
        <source>None of the %n milestone(s) for this age is marked yet.</source>
        <translation>
            <numerusform>De mijlpaal voor deze leeftijd is nog niet aangeduid.</numerusform>
            <numerusform>Geen van de %n mijlpalen voor deze leeftijd is al aangeduid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="275"/>
        <source>The catalog has no milestones for this age.</source>
        <translation>De catalogus heeft geen mijlpalen voor deze leeftijd.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="299"/>
        <source>Contacts per relative of %1</source>
        <translation>Contacten van %1 per familielid</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="300"/>
        <source>Milestones per area of %1</source>
        <translation>Mijlpalen van %1 per domein</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="330"/>
        <source>Daily log per week of %1</source>
        <translation>Dagverslagen van %1 per week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="333"/>
        <source>Incidents per week of %1</source>
        <translation>Incidenten van %1 per week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="341"/>
        <source>no contact on record</source>
        <translation>geen contact genoteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="343"/>
        <source>seen today</source>
        <translation>vandaag gezien</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="344"/>
        <source>last seen %n day(s) ago</source>
        <translation>
            <numerusform>laatst gezien %n dag geleden</numerusform>
            <numerusform>laatst gezien %n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="352"/>
        <source>Together with %1.</source>
        <translation>Samen geplaatst met %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="361"/>
        <source>Apart from %1: %2.</source>
        <translation>%1 woont elders: %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="369"/>
        <source>No brothers or sisters recorded.</source>
        <translation>Geen broers of zussen genoteerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="370"/>
        <source>Siblings:</source>
        <translation>Broers en zussen:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="376"/>
        <source>Week of %1</source>
        <translation>Week van %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="409"/>
        <source>next planned on %1</source>
        <translation>volgende gepland op %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="418"/>
        <source>%1 of %2 reached, %3 emerging</source>
        <translation>%1 van %2 bereikt, %3 in ontwikkeling</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_card.py" line="422"/>
        <source>%n reached in this period</source>
        <translation>
            <numerusform>%n bereikt in deze periode</numerusform>
            <numerusform>%n bereikt in deze periode</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="313"/>
        <source>Well-being check: none yet.</source>
        <translation>Welzijnscheck: nog geen.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="315"/>
        <source>Well-being check: last on %1.</source>
        <translation>Welzijnscheck: laatste op %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="319"/>
        <source>A new check is due.</source>
        <translation>Een nieuwe check is aan de beurt.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="322"/>
        <source>Mean rating (1–4), oldest first: %1</source>
        <translation>Gemiddelde score (1–4), oudste eerst: %1</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="399"/>
        <source>Throw away this child&apos;s details?</source>
        <translation>De gegevens van dit kind weggooien?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="400"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>Wat je hier schreef, is niet bewaard. Weggooien?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="415"/>
        <location filename="../app/ui/dialogs/child.py" line="429"/>
        <source>Add child</source>
        <translation>Kind toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="415"/>
        <location filename="../app/ui/dialogs/child.py" line="433"/>
        <source>Edit child</source>
        <translation>Kind bewerken</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="220"/>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="221"/>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Familienaam:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="222"/>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="223"/>
        <source>&amp;Placed since:</source>
        <translation>Geplaatst &amp;sinds:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="224"/>
        <source>Placement en&amp;ded:</source>
        <translation>Plaatsing &amp;beëindigd:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="225"/>
        <source>Sch&amp;ool or daycare:</source>
        <translation>S&amp;chool of kinderdagverblijf:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="226"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Talen:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="227"/>
        <source>Sibling &amp;group:</source>
        <translation>Broers-&amp;zussengroep:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="228"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="232"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="233"/>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="234"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="235"/>
        <source>Placement start</source>
        <translation>Begin van de plaatsing</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="236"/>
        <source>ended on</source>
        <translation>beëindigd op</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="237"/>
        <source>Placement ended</source>
        <translation>Plaatsing beëindigd</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="238"/>
        <source>Placement end</source>
        <translation>Einde van de plaatsing</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="239"/>
        <source>School or daycare</source>
        <translation>School of kinderdagverblijf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="240"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="241"/>
        <source>Separated by commas, e.g. Dutch, Arabic</source>
        <translation>Gescheiden door komma&apos;s, bv. Nederlands, Arabisch</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="242"/>
        <source>Sibling group</source>
        <translation>Broers-zussengroep</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="243"/>
        <source>The same name for siblings placed together</source>
        <translation>Dezelfde naam voor broers en zussen die samen geplaatst zijn</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/child.py" line="244"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>ChildrenModel</name>
    <message>
        <location filename="../app/ui/models/children.py" line="59"/>
        <source>Whole household</source>
        <translation>Heel het gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="72"/>
        <source>%1; the child leaves this laptop after the next syncs</source>
        <translation>%1; het kind verdwijnt van deze computer na de volgende synchronisaties</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="77"/>
        <source>logged today</source>
        <translation>vandaag ingevuld</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="77"/>
        <source>no log yet today</source>
        <translation>vandaag nog geen verslag</translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="80"/>
        <source>Today&apos;s log is still missing</source>
        <translation>Het verslag van vandaag ontbreekt nog</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/children.py" line="95"/>
        <location filename="../app/ui/pages/overview_card.py" line="249"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/children.py" line="96"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/children.py" line="100"/>
        <source>Left care on %1</source>
        <translation>Vertrokken op %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.py" line="95"/>
        <source>Household: {name}</source>
        <translation>Gezin: {name}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="97"/>
        <source>Child: {name}</source>
        <translation>Kind: {name}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="98"/>
        <source>Records: {count}</source>
        <translation>Gegevens: {count}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="130"/>
        <source>Backup written to {path}</source>
        <translation>Back-up geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="139"/>
        <source>Profile restored to {path}</source>
        <translation>Profiel teruggezet in {path}</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="177"/>
        <source>Report of {child} written to {path} ({pages} pages)</source>
        <translation>Rapport van {child} geschreven naar {path} ({pages} pagina&apos;s)</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="193"/>
        <source>The book of {child} written to {path} ({pages} pages)</source>
        <translation>Boek van {child} geschreven naar {path} ({pages} pagina&apos;s)</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="207"/>
        <source>The export for {child} written to {folder}:</source>
        <translation>De export voor {child} geschreven in {folder}:</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="274"/>
        <source>Profile in {path} erased.</source>
        <translation>Profiel in {path} gewist.</translation>
    </message>
</context>
<context>
    <name>ClosePlacementDialog</name>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="84"/>
        <source>Close the placement</source>
        <translation>Plaatsing afsluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="87"/>
        <source>{name} leaves the household. After the next sync the household&apos;s laptops send what they still hold about {name}, then erase the child; the central office keeps the file for the retention period.</source>
        <translation>{name} verlaat het gezin. Bij de volgende synchronisatie sturen de computers van het gezin door wat ze nog over {name} bewaren, en wissen dan het kind; de centrale dienst bewaart het dossier gedurende de bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="92"/>
        <source>&amp;Last day of the placement</source>
        <translation>&amp;Laatste dag van de plaatsing</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="93"/>
        <source>&amp;Where the child goes</source>
        <translation>&amp;Waar het kind naartoe gaat</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="107"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="108"/>
        <source>Now</source>
        <translation>Huidige waarde</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="109"/>
        <source>Kept by the merge</source>
        <translation>Behouden bij het samenvoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="110"/>
        <source>The other value</source>
        <translation>De andere waarde</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../app/services/conflicts.py" line="189"/>
        <source>The record does not exist (any more).</source>
        <translation>Het item bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../app/services/conflicts.py" line="194"/>
        <source>Supervisors do not change the household&apos;s records: keep the current values and leave a note for the household.</source>
        <translation>Begeleiders wijzigen de gegevens van het gezin niet: behoud de huidige waarden en laat een opmerking achter voor het gezin.</translation>
    </message>
    <message>
        <location filename="../app/services/conflicts.py" line="201"/>
        <source>There are no values to take back.</source>
        <translation>Er zijn geen waarden om terug te zetten.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="68"/>
        <source>Noticed</source>
        <translation>Opgemerkt</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="69"/>
        <source>Record</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="70"/>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location filename="../app/ui/models/conflicts.py" line="71"/>
        <source>Other value written by</source>
        <translation>Andere waarde geschreven door</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="149"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="161"/>
        <source>When two computers changed the same field before they synced, the later change was kept and the other value set aside here. Compare them and settle each one; your choice syncs like any change.</source>
        <translation>Als twee computers hetzelfde veld wijzigden voordat ze synchroniseerden, is de laatste wijziging behouden en de andere waarde hier opzijgezet. Vergelijk ze en los elk conflict op; je keuze wordt gesynchroniseerd zoals elke wijziging.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="165"/>
        <source>Conflicts to settle</source>
        <translation>Op te lossen conflicten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="166"/>
        <source>The fields in conflict</source>
        <translation>De velden in conflict</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="167"/>
        <source>&amp;Note:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="168"/>
        <source>Why you settled it this way (optional)</source>
        <translation>Waarom deze keuze (optioneel)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="169"/>
        <source>&amp;Keep current values</source>
        <translation>H&amp;uidige waarden behouden</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="170"/>
        <source>&amp;Use the other values</source>
        <translation>&amp;Andere waarden gebruiken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="187"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="187"/>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="188"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="189"/>
        <source>Placement start</source>
        <translation>Begin van de plaatsing</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="190"/>
        <source>Placement end</source>
        <translation>Einde van de plaatsing</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="190"/>
        <source>School or daycare</source>
        <translation>School of kinderdagverblijf</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="191"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="191"/>
        <source>Sibling group</source>
        <translation>Broers-zussengroep</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="192"/>
        <location filename="../app/ui/pages/conflicts.py" line="199"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="192"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="192"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="193"/>
        <source>Lives where</source>
        <translation>Woont</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="193"/>
        <source>Placed together</source>
        <translation>Samen geplaatst</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="194"/>
        <source>Contact arrangement</source>
        <translation>Contactregeling</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="194"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="195"/>
        <source>Kind of home</source>
        <translation>Soort opvang</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="195"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="196"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="196"/>
        <source>Sleep</source>
        <translation>Slaap</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="196"/>
        <source>Eating</source>
        <translation>Eten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="197"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="197"/>
        <source>Medication</source>
        <translation>Medicatie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="198"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="198"/>
        <source>Notable moments</source>
        <translation>Bijzondere momenten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="199"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="200"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="200"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="201"/>
        <source>Observed on</source>
        <translation>Waargenomen op</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="201"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="202"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="202"/>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="203"/>
        <source>Duration (minutes)</source>
        <translation>Duur (minuten)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="203"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="204"/>
        <source>Before</source>
        <translation>Vooraf</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="204"/>
        <source>During</source>
        <translation>Tijdens</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="205"/>
        <source>After</source>
        <translation>Achteraf</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="205"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="206"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="206"/>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="207"/>
        <source>Relatives</source>
        <translation>Familieleden</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="219"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="219"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="250"/>
        <source>%1 (no longer on this computer)</source>
        <translation>%1 (niet meer op deze computer)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="308"/>
        <source>Choose a household on the left.</source>
        <translation>Kies links een gezin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/conflicts.py" line="312"/>
        <source>%n conflict(s) to settle.</source>
        <translation>
            <numerusform>%n conflict om op te lossen.</numerusform>
            <numerusform>%n conflicten om op te lossen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="314"/>
        <source>No conflicts: every change merged cleanly.</source>
        <translation>Geen conflicten: alle wijzigingen zijn zonder problemen samengevoegd.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="339"/>
        <source>%1 — the other values were written by %2; noticed %3.</source>
        <translation>%1 — de andere waarden zijn geschreven door %2; opgemerkt op %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="380"/>
        <source>Conflict settled: the other values are used now.</source>
        <translation>Conflict opgelost: de andere waarden worden nu gebruikt.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/conflicts.py" line="382"/>
        <source>Conflict settled: the current values stay.</source>
        <translation>Conflict opgelost: de huidige waarden blijven.</translation>
    </message>
</context>
<context>
    <name>ContactNoteDialog</name>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="315"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="434"/>
        <source>Record a contact</source>
        <translation>Contact noteren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="316"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="439"/>
        <source>Edit contact</source>
        <translation>Contact bewerken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="317"/>
        <location filename="../app/ui/dialogs/contact_note.py" line="450"/>
        <source>Add amendment</source>
        <translation>Correctie toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="321"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
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
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="340"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="342"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="343"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="344"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="345"/>
        <source>&amp;With:</source>
        <translation>&amp;Met:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="346"/>
        <source>C&amp;hildren:</source>
        <translation>&amp;Kinderen:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="347"/>
        <source>&amp;Before</source>
        <translation>&amp;Vooraf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="348"/>
        <source>Du&amp;ring</source>
        <translation>T&amp;ijdens</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="349"/>
        <source>&amp;After</source>
        <translation>A&amp;chteraf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="350"/>
        <source>A&amp;greements</source>
        <translation>&amp;Afspraken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="351"/>
        <source>&amp;Follow-up</source>
        <translation>Opvol&amp;ging</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="352"/>
        <source>&amp;Notes</source>
        <translation>N&amp;otities</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="357"/>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="358"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="359"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="360"/>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="361"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="362"/>
        <source>Relatives at the contact</source>
        <translation>Familieleden bij het contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="363"/>
        <source>Children at the contact</source>
        <translation>Kinderen bij het contact</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="364"/>
        <source>How the child was before</source>
        <translation>Hoe het kind vooraf was</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="365"/>
        <source>How the child was during</source>
        <translation>Hoe het kind tijdens het contact was</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="366"/>
        <source>How the child was after</source>
        <translation>Hoe het kind achteraf was</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="367"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="368"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="369"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="374"/>
        <source>How was the child?</source>
        <translation>Hoe was het kind?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="375"/>
        <source>e.g. visiting centre, at home, park</source>
        <translation>bv. bezoekruimte, thuis, park</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="376"/>
        <source>What was agreed, and with whom</source>
        <translation>Wat werd afgesproken, en met wie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="377"/>
        <source>What needs doing next</source>
        <translation>Wat er nog moet gebeuren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="378"/>
        <source>Add a re&amp;lative…</source>
        <translation>Fami&amp;lielid toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="380"/>
        <source>Someone who is not in the list yet: add them here, they are ticked at once</source>
        <translation>Iemand die nog niet in de lijst staat: voeg die hier toe, en die wordt meteen aangevinkt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="383"/>
        <source>Restored what you wrote before. It is not stored yet: press OK to store it, or Cancel to throw it away.</source>
        <translation>Wat je eerder schreef, is teruggezet. Het is nog niet bewaard: druk op OK om het te bewaren, of op Annuleren om het weg te gooien.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="386"/>
        <source>R&amp;eason for the amendment:</source>
        <translation>&amp;Reden voor de correctie:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="387"/>
        <source>Reason for the amendment</source>
        <translation>Reden voor de correctie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="390"/>
        <source>The original stays on record beside your amendment.</source>
        <translation>Het origineel blijft bewaard naast je correctie.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="447"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="554"/>
        <source>Throw away this contact?</source>
        <translation>Dit contact weggooien?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="555"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>Wat je hier schreef, is niet bewaard. Weggooien?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="327"/>
        <source>Not recorded</source>
        <translation>Niet genoteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="328"/>
        <source>The family</source>
        <translation>Het gezin van herkomst</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="329"/>
        <source>The child</source>
        <translation>Het kind</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="330"/>
        <source>Our household</source>
        <translation>Ons gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="331"/>
        <source>The office</source>
        <translation>De dienst</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="332"/>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="341"/>
        <source>Cancelled b&amp;y:</source>
        <translation>Geannuleerd doo&amp;r:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/contact_note.py" line="373"/>
        <source>Who cancelled the contact</source>
        <translation>Wie het contact afzegde</translation>
    </message>
</context>
<context>
    <name>ContactNotesModel</name>
    <message>
        <location filename="../app/ui/models/contacts.py" line="92"/>
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="97"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="98"/>
        <source>Kind</source>
        <translation>Soort</translation>
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
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="101"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="102"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="116"/>
        <source>%1, amended</source>
        <translation>%1, gecorrigeerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/contacts.py" line="120"/>
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>%n keer gecorrigeerd</numerusform>
            <numerusform>%n keer gecorrigeerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="166"/>
        <source>Amendments</source>
        <translation>Correcties</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="171"/>
        <source>As first written</source>
        <translation>Zoals oorspronkelijk geschreven</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="188"/>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="189"/>
        <source>Before</source>
        <translation>Vooraf</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="190"/>
        <source>During</source>
        <translation>Tijdens</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="191"/>
        <source>After</source>
        <translation>Achteraf</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="192"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="193"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="194"/>
        <source>Notes</source>
        <translation>Notities</translation>
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
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="204"/>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../app/ui/models/contacts.py" line="34"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="35"/>
        <source>Supervised visit</source>
        <translation>Begeleid bezoek</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="36"/>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="37"/>
        <source>Video call</source>
        <translation>Videogesprek</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="38"/>
        <source>Letter or message</source>
        <translation>Brief of bericht</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="45"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="46"/>
        <source>Happened</source>
        <translation>Doorgegaan</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="47"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../app/ui/models/contacts.py" line="48"/>
        <source>No-show</source>
        <translation>Niet gekomen</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="225"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="228"/>
        <source>Family and agreed contact</source>
        <translation>Familie en afgesproken contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="229"/>
        <location filename="../app/ui/pages/contacts.py" line="244"/>
        <source>Contact notes</source>
        <translation>Contactverslagen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="232"/>
        <source>Add &amp;relative…</source>
        <translation>Familielid &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="233"/>
        <source>Edit relat&amp;ive…</source>
        <translation>Familielid &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="234"/>
        <source>Re&amp;move relative</source>
        <translation>Familielid &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="235"/>
        <source>Record a &amp;contact…</source>
        <translation>&amp;Contact noteren…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="236"/>
        <source>&amp;Delete contact</source>
        <translation>Contact ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="241"/>
        <source>Record a contact (%1)</source>
        <translation>Contact noteren (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="243"/>
        <source>Relatives</source>
        <translation>Familieleden</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="245"/>
        <source>About the chosen relative</source>
        <translation>Over het gekozen familielid</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="246"/>
        <source>The chosen contact</source>
        <translation>Het gekozen contact</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="249"/>
        <source>No family recorded yet. Add the birth parents, brothers and sisters placed elsewhere, and anyone else the child keeps in touch with.</source>
        <translation>Nog geen familie genoteerd. Voeg de ouders toe, broers en zussen die elders geplaatst zijn, en iedereen met wie het kind contact houdt.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="254"/>
        <source>No contacts recorded yet. “Record a contact…” (Ctrl+N) adds the first.</source>
        <translation>Nog geen contacten genoteerd. Met “Contact noteren…” (Ctrl+N) voeg je het eerste toe.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="338"/>
        <source>Brothers and sisters living here too: %1</source>
        <translation>Broers en zussen die hier ook wonen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="356"/>
        <source>Choose a relative in the list to read the agreed contact in full.</source>
        <translation>Kies een familielid in de lijst om de contactafspraak volledig te lezen.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="368"/>
        <source>Choose a contact in the list to read it in full: who was there, how it went, how the child reacted.</source>
        <translation>Kies een contact in de lijst om het volledig te lezen: wie er was, hoe het verliep, hoe het kind reageerde.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="397"/>
        <source>Add &amp;amendment…</source>
        <translation>C&amp;orrectie toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="397"/>
        <source>Edi&amp;t contact…</source>
        <translation>Contact bew&amp;erken…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="427"/>
        <source>%1 (sibling)</source>
        <translation>%1 (broer/zus)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="492"/>
        <location filename="../app/ui/pages/contacts.py" line="494"/>
        <source>Delete contact</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/contacts.py" line="519"/>
        <source>Remove relative</source>
        <translation>Familielid verwijderen</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <location filename="../app/crypto/backup.py" line="69"/>
        <source>There is no backup at {path}.</source>
        <translation>Er is geen back-up op {path}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="74"/>
        <source>The file {path} is not a Thuisboek backup.</source>
        <translation>Het bestand {path} is geen back-up van Thuisboek.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="79"/>
        <source>The backup {path} is incomplete or damaged at its end; it may not have been copied or written completely.</source>
        <translation>De back-up {path} is onvolledig of beschadigd aan het einde; misschien is hij niet volledig gekopieerd of weggeschreven.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="88"/>
        <source>The backup {path} is damaged: {detail}.</source>
        <translation>De back-up {path} is beschadigd: {detail}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/backup.py" line="93"/>
        <source>The backup {path} has format version {version}, which this version of Thuisboek cannot read.</source>
        <translation>De back-up {path} heeft formaatversie {version}, die deze versie van Thuisboek niet kan lezen.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="48"/>
        <source>The passphrase is not correct.</source>
        <translation>De wachtzin is niet juist.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="58"/>
        <source>There is no key file at {path}.</source>
        <translation>Er is geen sleutelbestand op {path}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="74"/>
        <source>The key file {path} is not a Thuisboek key file.</source>
        <translation>Het bestand {path} is geen sleutelbestand van Thuisboek.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="79"/>
        <source>The key file {path} is damaged: {detail}.</source>
        <translation>Het sleutelbestand {path} is beschadigd: {detail}.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="84"/>
        <source>The key file {path} has format version {version}, which this version of Thuisboek cannot read.</source>
        <translation>Het sleutelbestand {path} heeft formaatversie {version}, die deze versie van Thuisboek niet kan lezen.</translation>
    </message>
    <message>
        <location filename="../app/crypto/envelope.py" line="93"/>
        <source>The key file {path} asks for a weaker passphrase protection than Thuisboek allows ({detail}); it may have been tampered with.</source>
        <translation>Het sleutelbestand {path} vraagt een zwakkere beveiliging van de wachtzin dan Thuisboek toelaat ({detail}); er is misschien mee geknoeid.</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="58"/>
        <source>The keyring ({backend}) did not accept the key ({error}).</source>
        <translation>De sleutelbos ({backend}) aanvaardde de sleutel niet ({error}).</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="95"/>
        <source>The keyring ({backend}) could not remove the key ({error}).</source>
        <translation>De sleutelbos ({backend}) kon de sleutel niet verwijderen ({error}).</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="132"/>
        <source>The only keyring on this computer ({backend}) stores secrets in a file without encryption; Thuisboek will not keep your key there and will ask for your passphrase each time.</source>
        <translation>De enige sleutelbos op deze computer ({backend}) bewaart geheimen onversleuteld in een bestand; Thuisboek bewaart je sleutel daar niet en vraagt telkens om je wachtzin.</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="140"/>
        <source>The only keyring on this computer ({backend}) is not one Thuisboek trusts with your key; Thuisboek will ask for your passphrase each time.</source>
        <translation>De enige sleutelbos op deze computer ({backend}) is er geen waaraan Thuisboek je sleutel toevertrouwt; Thuisboek vraagt telkens om je wachtzin.</translation>
    </message>
    <message>
        <location filename="../app/crypto/keystore.py" line="170"/>
        <source>No secure keyring is available on this computer ({backend}); Thuisboek will ask for your passphrase each time.</source>
        <translation>Er is geen veilige sleutelbos beschikbaar op deze computer ({backend}); Thuisboek vraagt telkens om je wachtzin.</translation>
    </message>
</context>
<context>
    <name>DailyLog</name>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="25"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="26"/>
        <source>Sleep</source>
        <translation>Slaap</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="27"/>
        <source>Eating</source>
        <translation>Eten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="28"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="29"/>
        <source>Medication given</source>
        <translation>Medicatie gegeven</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="30"/>
        <source>School or daycare</source>
        <translation>School of kinderdagverblijf</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="31"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="32"/>
        <source>Notable moments</source>
        <translation>Bijzondere momenten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="33"/>
        <source>Other remarks</source>
        <translation>Andere opmerkingen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="34"/>
        <source>What happened</source>
        <translation>Wat is er gebeurd</translation>
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
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="97"/>
        <source>Very sad</source>
        <translation>Heel verdrietig</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="98"/>
        <source>Sad</source>
        <translation>Verdrietig</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="99"/>
        <source>Okay</source>
        <translation>Gaat wel</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="100"/>
        <source>Happy</source>
        <translation>Blij</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="101"/>
        <source>Very happy</source>
        <translation>Heel blij</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="103"/>
        <source>Not noted</source>
        <translation>Niet genoteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="43"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="44"/>
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="45"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="53"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="62"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="76"/>
        <source>no incident</source>
        <translation>geen incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="84"/>
        <source>Nothing was noted.</source>
        <translation>Er werd niets genoteerd.</translation>
    </message>
</context>
<context>
    <name>DayBar</name>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="84"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="85"/>
        <source>Day of the log</source>
        <translation>Dag van het verslag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="86"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorige dag (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="87"/>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="88"/>
        <source>Next day (Alt+Right)</source>
        <translation>Volgende dag (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="89"/>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="90"/>
        <source>Back to today</source>
        <translation>Terug naar vandaag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="91"/>
        <source>Back to today (Alt+Home)</source>
        <translation>Terug naar vandaag (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="92"/>
        <source>&amp;Previous entry</source>
        <translation>&amp;Vorige notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="93"/>
        <source>Show or hide the child&apos;s previous log</source>
        <translation>Het vorige verslag van het kind tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="114"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_bars.py" line="116"/>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/today_bars.py" line="118"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaySidePanel</name>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="43"/>
        <source>Previous entry</source>
        <translation>Vorige notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="44"/>
        <source>There is no earlier entry for this child.</source>
        <translation>Er is geen eerdere notitie voor dit kind.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="45"/>
        <source>Amendments to your log</source>
        <translation>Correcties op je verslag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="46"/>
        <source>Written by others on this day</source>
        <translation>Door anderen geschreven op deze dag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="54"/>
        <source>another caregiver</source>
        <translation>een andere opvoeder</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="75"/>
        <source>%1 · by %2</source>
        <translation>%1 · door %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="87"/>
        <source>By %1</source>
        <translation>Door %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_side.py" line="104"/>
        <source>Amendment by %1, %2</source>
        <translation>Correctie door %1, %2</translation>
    </message>
</context>
<context>
    <name>DoseChecklist</name>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="80"/>
        <source>&amp;Refused…</source>
        <translation>&amp;Geweigerd…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="81"/>
        <source>S&amp;kipped…</source>
        <translation>&amp;Overgeslagen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="82"/>
        <source>Today&apos;s doses</source>
        <translation>Dosissen van vandaag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="83"/>
        <source>No doses today.</source>
        <translation>Vandaag geen dosissen.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="129"/>
        <source>%1 at %2 by %3</source>
        <translation>%1 om %2 door %3</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="157"/>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="184"/>
        <source>Given twice?</source>
        <translation>Twee keer gegeven?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="186"/>
        <source>%1 was given already at %2, less than its interval ago. Note a second dose anyway?</source>
        <translation>%1 is al gegeven om %2, korter geleden dan de tijd tussen twee dosissen. Toch een tweede dosis noteren?</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="211"/>
        <source>Note a dose</source>
        <translation>Dosis noteren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="220"/>
        <source>Why was this dose %1?</source>
        <translation>Waarom is deze dosis %1?</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="226"/>
        <source>Connect to the central office</source>
        <translation>Verbinden met de centrale dienst</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="229"/>
        <source>Ask the central office for an enrolment code for this computer. What you wrote so far moves into the household the central office knows, and syncs.</source>
        <translation>Vraag de centrale dienst om een koppelcode voor deze computer. Wat je tot nu toe schreef, gaat over naar het gezin dat de centrale dienst kent, en wordt gesynchroniseerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="83"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradres:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="84"/>
        <source>&amp;Enrolment code:</source>
        <translation>&amp;Koppelcode:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="85"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="86"/>
        <source>Enrolment code</source>
        <translation>Koppelcode</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="88"/>
        <source>for example https://thuisboek.example.org</source>
        <translation>bv. https://thuisboek.example.org</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="91"/>
        <source>for example KX7PQ-M3RTA</source>
        <translation>bv. KX7PQ-M3RTA</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="93"/>
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Naam van deze computer:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="95"/>
        <source>Name of this computer</source>
        <translation>Naam van deze computer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="98"/>
        <source>How the central office lists this computer among yours</source>
        <translation>Hoe de centrale dienst deze computer tussen de jouwe vermeldt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="143"/>
        <source>This does not look like an enrolment code: it has letters and digits, for example KX7PQ-M3RTA.</source>
        <translation>Dit lijkt geen koppelcode: een koppelcode bestaat uit letters en cijfers, bijvoorbeeld KX7PQ-M3RTA.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="158"/>
        <source>Check the server address and this computer&apos;s network connection.</source>
        <translation>Kijk het serveradres en de netwerkverbinding van deze computer na.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="218"/>
        <source>Enrol this computer again</source>
        <translation>Deze computer opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="221"/>
        <source>Ask the central office for a new enrolment code for you. The records on this computer are kept and sent to the central office again.</source>
        <translation>Vraag de centrale dienst om een nieuwe koppelcode voor jou. De gegevens op deze computer blijven bewaard en worden opnieuw naar de centrale dienst gestuurd.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="233"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="139"/>
        <source>Please enter the enrolment code.</source>
        <translation>Vul de koppelcode in.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="257"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/enrol.py" line="153"/>
        <source>Could not connect (%1).</source>
        <translation>Verbinden is niet gelukt (%1).</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="373"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="380"/>
        <source>Press Finish to make your encrypted home book on this computer and connect it to the central office below. Your household&apos;s records then come in by themselves.</source>
        <translation>Druk op Voltooien om je versleutelde thuisboek op deze computer aan te maken en het te verbinden met de centrale dienst hieronder. De gegevens van je gezin komen daarna vanzelf binnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="388"/>
        <source>Thuisboek works without a connection. Connecting this computer to the central office (enrolment) can be done later, from the settings. Press Finish to open your home book.</source>
        <translation>Thuisboek werkt zonder verbinding. Deze computer koppelen aan de centrale dienst kan later, via de instellingen. Druk op Voltooien om je thuisboek te openen.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/ui/first_run.py" line="78"/>
        <source>Thuisboek — first start</source>
        <translation>Thuisboek — eerste start</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="116"/>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="117"/>
        <source>My household</source>
        <translation>Mijn gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="122"/>
        <source>Making your home book and connecting it to the central office…</source>
        <translation>Je thuisboek wordt aangemaakt en verbonden met de centrale dienst…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="137"/>
        <source>Making your home book…</source>
        <translation>Je thuisboek wordt aangemaakt…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="166"/>
        <source>Nothing was kept on this computer. Correct the address or the code, or start on this computer only and connect later.</source>
        <translation>Er is niets bewaard op deze computer. Verbeter het adres of de code, of begin alleen op deze computer en verbind later.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="177"/>
        <source>The profile could not be created (%1).</source>
        <translation>Het profiel kon niet aangemaakt worden (%1).</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="283"/>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="283"/>
        <source>Edit goal</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="287"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="288"/>
        <source>&amp;Area:</source>
        <translation>&amp;Domein:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="289"/>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="290"/>
        <source>&amp;Review on:</source>
        <translation>&amp;Evaluatie op:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="291"/>
        <source>&amp;Who sees to it:</source>
        <translation>&amp;Wie volgt het op:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="292"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="297"/>
        <source>In the family&apos;s words, e.g. “Louise sleeps in her own bed”</source>
        <translation>In de woorden van het gezin, bv. “Louise slaapt in haar eigen bed”</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="299"/>
        <location filename="../app/ui/dialogs/care.py" line="319"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
</context>
<context>
    <name>GoalLinkButton</name>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="329"/>
        <source>Moves a &amp;goal…</source>
        <translation>Brengt een &amp;doel verder…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="330"/>
        <source>Link this entry to a goal of the child&apos;s care plan</source>
        <translation>Dit verslag koppelen aan een doel van het zorgplan van het kind</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="105"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="106"/>
        <location filename="../app/ui/pages/care_goals.py" line="218"/>
        <source>Area</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="107"/>
        <location filename="../app/ui/pages/care_goals.py" line="220"/>
        <source>Review on</source>
        <translation>Evaluatie op</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="108"/>
        <location filename="../app/ui/pages/care_goals.py" line="221"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="109"/>
        <source>Who sees to it</source>
        <translation>Wie volgt het op</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="112"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="113"/>
        <source>History of the chosen goal</source>
        <translation>Verloop van het gekozen doel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="116"/>
        <source>No goals yet. Write the care plan&apos;s goals in the family&apos;s words, e.g. “Noah sees his sister every two weeks”.</source>
        <translation>Nog geen doelen. Schrijf de doelen van het zorgplan in de woorden van het gezin, bv. “Noah ziet zijn zus om de twee weken”.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="120"/>
        <source>&amp;Add goal…</source>
        <translation>Doel &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="121"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="122"/>
        <source>&amp;Status…</source>
        <translation>&amp;Stand…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="123"/>
        <source>This moves the goal: &amp;link…</source>
        <translation>Dit brengt het doel verder: &amp;koppelen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="124"/>
        <source>Link a daily log or contact note to the chosen goal</source>
        <translation>Een dagverslag of contactverslag aan het gekozen doel koppelen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="175"/>
        <source>%1 (past)</source>
        <translation>%1 (voorbij)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="196"/>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="201"/>
        <source>No logs or notes in the last 30 days</source>
        <translation>Geen verslagen in de laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="219"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="224"/>
        <source>Why dropped</source>
        <translation>Waarom losgelaten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="228"/>
        <source>History</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="231"/>
        <source>Nothing linked yet.</source>
        <translation>Nog niets gekoppeld.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="238"/>
        <source>Status: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="242"/>
        <source>Daily log</source>
        <translation>Dagverslag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_goals.py" line="244"/>
        <source>Contact note</source>
        <translation>Contactverslag</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../app/ui/dialogs/guide.py" line="40"/>
        <source>Thuisboek — user guide</source>
        <translation>Thuisboek — handleiding</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/guide.py" line="41"/>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../app/ui/models/shifts.py" line="12"/>
        <source>morning</source>
        <translation>ochtend</translation>
    </message>
    <message>
        <location filename="../app/ui/models/shifts.py" line="13"/>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <location filename="../app/ui/models/shifts.py" line="14"/>
        <source>evening</source>
        <translation>avond</translation>
    </message>
    <message>
        <location filename="../app/ui/models/shifts.py" line="15"/>
        <source>night</source>
        <translation>nacht</translation>
    </message>
</context>
<context>
    <name>HandoverBanner</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="114"/>
        <source>&amp;Mark read</source>
        <translation>Als &amp;gelezen markeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/handover.py" line="116"/>
        <source>What&apos;s &amp;new (%n)</source>
        <translation>
            <numerusform>&amp;Nieuw (%n)</numerusform>
            <numerusform>&amp;Nieuw (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="119"/>
        <source>Since you were last here</source>
        <translation>Sinds uw vorige keer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/handover.py" line="121"/>
        <source>Others wrote %n entry(ies) in this household since you were last here.</source>
        <translation>
            <numerusform>Anderen schreven %n notitie in dit gezin sinds uw vorige keer.</numerusform>
            <numerusform>Anderen schreven %n notities in dit gezin sinds uw vorige keer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="130"/>
        <source>Handover from %1 (%2, %3)</source>
        <translation>Overdracht van %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="131"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/handover.py" line="136"/>
        <source>%n more waiting</source>
        <translation>
            <numerusform>nog %n wacht</numerusform>
            <numerusform>nog %n wachten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="152"/>
        <source>Handover note</source>
        <translation>Overdrachtsnotitie</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="162"/>
        <source>What the next person must know, e.g. “Noah slept badly, check his ear; mother phoned, visit moved to Thursday”</source>
        <translation>Wat de volgende persoon moet weten, bv. “Noah sliep slecht, kijk zijn oor na; mama belde, bezoek verschoven naar donderdag”</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="170"/>
        <source>&amp;Shift:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="172"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="196"/>
        <source>Write what the next person must know.</source>
        <translation>Schrijf wat de volgende persoon moet weten.</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="199"/>
        <source>A handover note holds at most %1 characters.</source>
        <translation>Een overdrachtsnotitie bevat hoogstens %1 tekens.</translation>
    </message>
</context>
<context>
    <name>HandoverRoom</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="344"/>
        <source>Handover note saved for the next person.</source>
        <translation>Overdrachtsnotitie bewaard voor de volgende persoon.</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="356"/>
        <source>Write a &amp;handover note…</source>
        <translation>&amp;Overdrachtsnotitie schrijven…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="357"/>
        <source>&amp;Since you were last here…</source>
        <translation>&amp;Sinds uw vorige keer…</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="215"/>
        <source>Professional care family (Simba home)</source>
        <translation>Professioneel opvanggezin (Simba-huis)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="216"/>
        <source>SOS family in the children&apos;s village</source>
        <translation>SOS-gezin in het kinderdorp</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="217"/>
        <source>Small house for unaccompanied minors</source>
        <translation>Kleine woning voor niet-begeleide minderjarigen</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="218"/>
        <source>Family support</source>
        <translation>Gezinsondersteuning</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="222"/>
        <source>You and your household</source>
        <translation>Jij en je gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="223"/>
        <source>The children are added once the home book is open.</source>
        <translation>De kinderen voeg je toe zodra het thuisboek open is.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="224"/>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="225"/>
        <source>&amp;Household name:</source>
        <translation>Naam van het &amp;gezin:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="226"/>
        <source>&amp;Kind of home:</source>
        <translation>&amp;Soort opvang:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="227"/>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="228"/>
        <source>Household name</source>
        <translation>Naam van het gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="229"/>
        <source>Kind of home</source>
        <translation>Soort opvang</translation>
    </message>
</context>
<context>
    <name>HouseholdSwitcher</name>
    <message>
        <location filename="../app/ui/window/household_switcher.py" line="85"/>
        <source>(household not synced yet)</source>
        <translation>(gezin nog niet gesynchroniseerd)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/household_switcher.py" line="88"/>
        <source>%1 · %n log(s) to write today</source>
        <translation>
            <numerusform>%1 · %n verslag te schrijven vandaag</numerusform>
            <numerusform>%1 · %n verslagen te schrijven vandaag</numerusform>
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
        <translation>&amp;Gezin:</translation>
    </message>
    <message>
        <location filename="../app/ui/window/household_switcher.py" line="127"/>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
</context>
<context>
    <name>HouseholdsModel</name>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="63"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="65"/>
        <source>%n missed contact(s)</source>
        <translation>
            <numerusform>%n gemist contact</numerusform>
            <numerusform>%n gemiste contacten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="67"/>
        <source>%n new answer(s)</source>
        <translation>
            <numerusform>%n nieuw antwoord</numerusform>
            <numerusform>%n nieuwe antwoorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="69"/>
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n open vraag</numerusform>
            <numerusform>%n open vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/households.py" line="72"/>
        <location filename="../app/ui/models/households.py" line="83"/>
        <location filename="../app/ui/models/households.py" line="85"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n na te kijken</numerusform>
            <numerusform>%n na te kijken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/models/households.py" line="72"/>
        <source>All read</source>
        <translation>Alles nagekeken</translation>
    </message>
</context>
<context>
    <name>KeepButton</name>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="576"/>
        <location filename="../app/ui/dialogs/keep.py" line="127"/>
        <source>Kept for the &amp;book ✓</source>
        <translation>Bewaard voor het &amp;boek ✓</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/attachments.py" line="578"/>
        <location filename="../app/ui/dialogs/keep.py" line="127"/>
        <source>Keep for the &amp;book…</source>
        <translation>Bewaren voor het &amp;boek…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="129"/>
        <source>Keep this for the child&apos;s life-story book</source>
        <translation>Bewaar dit voor het levensboek van het kind</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="71"/>
        <source>Keep for the book</source>
        <translation>Bewaren voor het boek</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="74"/>
        <source>This goes in the child&apos;s life-story book. If you like, write a sentence for the child to read later (for example: You took your first steps in the garden, holding the dog&apos;s collar).</source>
        <translation>Dit komt in het levensboek van het kind. Schrijf als je wilt een zin die het kind later kan lezen (bijvoorbeeld: Je zette je eerste stapjes in de tuin, met de halsband van de hond in je hand).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="79"/>
        <source>A sentence for the child</source>
        <translation>Een zin voor het kind</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/keep.py" line="80"/>
        <source>&amp;Remove from the book</source>
        <translation>Uit het boek &amp;halen</translation>
    </message>
</context>
<context>
    <name>KeptPanel</name>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="121"/>
        <location filename="../app/ui/pages/child_story.py" line="128"/>
        <source>Kept for the book</source>
        <translation>Bewaard voor het boek</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="124"/>
        <source>Nothing is kept yet. On the Timeline, choose a day&apos;s moments, a milestone or a contact, or choose a photo, and press Keep for the book.</source>
        <translation>Nog niets bewaard. Kies op de Tijdlijn de momenten van een dag, een mijlpaal of een contact, of kies een foto, en druk op Bewaren voor het boek.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="129"/>
        <source>Add a page of &amp;my words…</source>
        <translation>Een pagina &amp;mijn woorden toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="130"/>
        <source>Take out of the book</source>
        <translation>Uit het boek halen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="131"/>
        <source>Make the &amp;book…</source>
        <translation>Het &amp;boek maken…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="171"/>
        <source>A day</source>
        <translation>Een dag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="172"/>
        <source>Something learned</source>
        <translation>Iets geleerd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="173"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="174"/>
        <source>A photo or document</source>
        <translation>Een foto of document</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="175"/>
        <source>My words</source>
        <translation>Mijn woorden</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../app/ui/keyring_text.py" line="31"/>
        <source>a file keyring</source>
        <translation>een sleutelbos in een bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/keyring_text.py" line="33"/>
        <source>none found</source>
        <translation>geen gevonden</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="74"/>
        <source>Welcome to Thuisboek</source>
        <translation>Welkom bij Thuisboek</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="76"/>
        <source>The home book for the children in your care. Choose your language.</source>
        <translation>Het thuisboek voor de kinderen die aan jou zijn toevertrouwd. Kies je taal.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="78"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="79"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>Leaving</name>
    <message>
        <location filename="../app/services/leaving.py" line="51"/>
        <source>A supervisor or the central office closes a placement.</source>
        <translation>Een begeleider of de centrale dienst sluit een plaatsing af.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="30"/>
        <source>Home to the parents</source>
        <translation>Terug naar de ouders</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="31"/>
        <source>With family or people close to the child</source>
        <translation>Bij familie of mensen dicht bij het kind</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="34"/>
        <source>Another placement</source>
        <translation>Een andere plaatsing</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="37"/>
        <source>Adoption</source>
        <translation>Adoptie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="38"/>
        <source>Living independently</source>
        <translation>Zelfstandig wonen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/leaving.py" line="41"/>
        <source>Somewhere else</source>
        <translation>Ergens anders</translation>
    </message>
</context>
<context>
    <name>LeavingOffersDialog</name>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="231"/>
        <source>{name} leaves care</source>
        <translation>{name} verlaat de zorg</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="234"/>
        <source>The placement of {name} is closed. Before {name} leaves the laptops, make the book and what {name} receives on leaving.</source>
        <translation>De plaatsing van {name} is afgesloten. Maak het boek en wat {name} bij het vertrek krijgt, voordat {name} van de computers verdwijnt.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="238"/>
        <source>Make the &amp;book…</source>
        <translation>Het &amp;boek maken…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="239"/>
        <source>&amp;Export for the young person…</source>
        <translation>&amp;Export voor de jongere…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="240"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/young_export.py" line="260"/>
        <source>%n change(s) about {name} still wait on this laptop to reach the central office; they go at the next sync.</source>
        <translation>
            <numerusform>%n wijziging over {name} wacht op deze computer nog om naar de centrale dienst te gaan; ze gaat mee bij de volgende synchronisatie.</numerusform>
            <numerusform>%n wijzigingen over {name} wachten op deze computer nog om naar de centrale dienst te gaan; ze gaan mee bij de volgende synchronisatie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="267"/>
        <source>Nothing about {name} waits on this laptop to reach the central office.</source>
        <translation>Niets over {name} wacht op deze computer nog om naar de centrale dienst te gaan.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="272"/>
        <source>{name} leaves this laptop at the first sync after {when}.</source>
        <translation>{name} verdwijnt van deze computer bij de eerste synchronisatie na {when}.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="278"/>
        <source>{name} leaves the household&apos;s laptops a day after the closing reaches them, once what they hold about {name} has reached the office: make the book and the export before then.</source>
        <translation>{name} verdwijnt van de computers van het gezin een dag nadat de afsluiting er aankomt, zodra wat ze over {name} bewaren de centrale dienst bereikte: maak het boek en de export vóór dan.</translation>
    </message>
</context>
<context>
    <name>LogCard</name>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="145"/>
        <source>Add amendment…</source>
        <translation>Correctie toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_view.py" line="146"/>
        <source>Add an amendment to this log</source>
        <translation>Een correctie toevoegen aan dit verslag</translation>
    </message>
</context>
<context>
    <name>LogForm</name>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="192"/>
        <source>&amp;Mood</source>
        <translation>&amp;Stemming</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="201"/>
        <location filename="../app/ui/pages/today_form.py" line="202"/>
        <source>Mood not noted</source>
        <translation>Stemming niet genoteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="204"/>
        <source>Mood: %1 (%2 of 5)</source>
        <translation>Stemming: %1 (%2 van 5)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="208"/>
        <source>S&amp;leep</source>
        <translation>S&amp;laap</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="209"/>
        <source>Eatin&amp;g</source>
        <translation>&amp;Eten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="210"/>
        <source>Heal&amp;th</source>
        <translation>&amp;Gezondheid</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="211"/>
        <source>Medi&amp;cation given</source>
        <translation>&amp;Medicatie gegeven</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="212"/>
        <source>Sch&amp;ool or daycare</source>
        <translation>Sc&amp;hool of kinderdagverblijf</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="213"/>
        <source>Act&amp;ivities</source>
        <translation>&amp;Activiteiten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="214"/>
        <source>Nota&amp;ble moments</source>
        <translation>&amp;Bijzondere momenten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="215"/>
        <source>What &amp;happened</source>
        <translation>Wat is er gebeu&amp;rd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="216"/>
        <source>Other &amp;remarks</source>
        <translation>Andere &amp;opmerkingen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="222"/>
        <location filename="../app/ui/pages/today_form.py" line="338"/>
        <source>Anything else about the day</source>
        <translation>Nog iets over de dag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="223"/>
        <source>I&amp;ncident: flag this day for the supervisor</source>
        <translation>&amp;Incident: markeer deze dag voor de begeleider</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="224"/>
        <source>Keys 1, 2, 3 flag the day as low, medium or high</source>
        <translation>Toetsen 1, 2, 3 markeren de dag als licht, matig of ernstig</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="225"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="226"/>
        <source>Severity (required):</source>
        <translation>Ernst (verplicht):</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="228"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="229"/>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="230"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="234"/>
        <source>Severity: %1</source>
        <translation>Ernst: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today_form.py" line="385"/>
        <source>Choose a severity: an incident cannot be saved without one.</source>
        <translation>Kies de ernst: zonder ernst kan een incident niet bewaard worden.</translation>
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
        <translation>Gezinnen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="352"/>
        <source>Thuisboek found damage in the file that holds this profile on this computer. Write nothing more here and ask the central office for help: what reached the office is safe there.</source>
        <translation>Thuisboek vond schade in het bestand dat dit profiel op deze computer bewaart. Schrijf hier niets meer en vraag de centrale dienst om hulp: wat de centrale dienst al bereikte, is daar veilig.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="356"/>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="357"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="451"/>
        <source>Now working in %1.</source>
        <translation>U werkt nu in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="468"/>
        <source>%n household(s) no longer yours: removed from this computer.</source>
        <translation>
            <numerusform>%n gezin is niet langer het uwe: van deze computer verwijderd.</numerusform>
            <numerusform>%n gezinnen zijn niet langer de uwe: van deze computer verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="489"/>
        <source>A household was taken away from you. Its records stay on this computer until its %n change(s) reach the central office (File ▸ Refused changes…); then they are removed.</source>
        <translation>
            <numerusform>Een gezin werd u ontnomen. De gegevens ervan blijven op deze computer tot de %n wijziging het centrale kantoor bereikt (Bestand ▸ Geweigerde wijzigingen…); daarna worden ze verwijderd.</numerusform>
            <numerusform>Een gezin werd u ontnomen. De gegevens ervan blijven op deze computer tot de %n wijzigingen het centrale kantoor bereiken (Bestand ▸ Geweigerde wijzigingen…); daarna worden ze verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="580"/>
        <source>Every child&apos;s log of today is written.</source>
        <translation>Het verslag van vandaag is voor elk kind geschreven.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="595"/>
        <source>No households to review on this computer yet. Sync with the central office (F5) to bring in the households you supervise.</source>
        <translation>Nog geen gezinnen om na te kijken op deze computer. Synchroniseer met de centrale dienst (F5) om de gezinnen binnen te halen die je begeleidt.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="607"/>
        <source>No children in this home book yet. Add the first one with Household ▸ Add a child… (%1).</source>
        <translation>Nog geen kinderen in dit thuisboek. Voeg het eerste kind toe met Gezin ▸ Kind toevoegen… (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="706"/>
        <source>Sync held</source>
        <translation>Synchronisatie gepauzeerd</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="733"/>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
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
        <translation>Dit geneesmiddel is al gegeven om {time}, korter geleden dan de tijd tussen twee dosissen.</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="193"/>
        <source>Add medication</source>
        <translation>Medicatie toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="193"/>
        <source>Edit medication</source>
        <translation>Medicatie wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="197"/>
        <source>Thuisboek is not a prescribing tool: copy what the doctor prescribed, and ask the doctor or pharmacist about any change.</source>
        <translation>Thuisboek schrijft geen medicatie voor: neem over wat de arts voorschreef, en vraag elke wijziging aan de arts of apotheker.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="202"/>
        <source>&amp;Medicine:</source>
        <translation>&amp;Geneesmiddel:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="203"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="204"/>
        <source>&amp;Times of day:</source>
        <translation>&amp;Tijdstippen:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="205"/>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="206"/>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="208"/>
        <source>&amp;Hours between doses:</source>
        <translation>&amp;Uren tussen dosissen:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="209"/>
        <source>&amp;Prescribed by:</source>
        <translation>&amp;Voorgeschreven door:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="210"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="214"/>
        <source>It stops on a set day</source>
        <translation>Stopt op een vaste dag</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="215"/>
        <source>e.g. 1 tablet of 5 mg</source>
        <translation>bv. 1 tablet van 5 mg</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="216"/>
        <source>e.g. 08:00 20:00</source>
        <translation>bv. 08:00 20:00</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="217"/>
        <source>as the times say</source>
        <translation>volgens de tijdstippen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="218"/>
        <source>Medicine</source>
        <translation>Geneesmiddel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="219"/>
        <source>Times of day</source>
        <translation>Tijdstippen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="240"/>
        <source>Medication</source>
        <translation>Medicatie</translation>
    </message>
</context>
<context>
    <name>MedicationPanel</name>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="276"/>
        <source>Not a prescribing tool: the list copies what the doctor prescribed, so that everyone gives it the same way and notes each dose.</source>
        <translation>Geen voorschrijfprogramma: de lijst neemt over wat de arts voorschreef, zodat iedereen het op dezelfde manier geeft en elke dosis noteert.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="280"/>
        <source>Today&apos;s doses — tick a dose when it is given</source>
        <translation>Dosissen van vandaag — vink een dosis aan als ze gegeven is</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="281"/>
        <location filename="../app/ui/pages/care_medication.py" line="294"/>
        <source>Medication list</source>
        <translation>Medicatielijst</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="282"/>
        <source>&amp;Add medication…</source>
        <translation>Medicatie &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="283"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="284"/>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="287"/>
        <source>Medicine</source>
        <translation>Geneesmiddel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="288"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="289"/>
        <source>Times</source>
        <translation>Tijdstippen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="290"/>
        <source>From – until</source>
        <translation>Van – tot</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="291"/>
        <source>Prescribed by</source>
        <translation>Voorgeschreven door</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="367"/>
        <source>Remove medication</source>
        <translation>Medicatie verwijderen</translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <location filename="../app/services/milestones.py" line="150"/>
        <source>This milestone is not in the catalog.</source>
        <translation>Deze mijlpaal staat niet in de catalogus.</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <location filename="../app/ui/models/milestones.py" line="170"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="171"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="172"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="173"/>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="174"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="195"/>
        <source>%1 of %2 achieved</source>
        <translation>%1 van %2 bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="242"/>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="243"/>
        <source>Emerging</source>
        <translation>In ontwikkeling</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="244"/>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="261"/>
        <source>%1–%2 months</source>
        <translation>%1–%2 maanden</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="269"/>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="270"/>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="275"/>
        <source>Nearly all children reach this by %1 months; talk it over with the child&apos;s doctor or your supervisor if you are unsure.</source>
        <translation>Bijna alle kinderen bereiken dit tegen %1 maanden; bespreek het met de arts van het kind of met je begeleider als je twijfelt.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="280"/>
        <source>Area: %1</source>
        <translation>Domein: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/models/milestones.py" line="285"/>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="202"/>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="216"/>
        <source>You can read the milestones here; the household records them.</source>
        <translation>Je kunt de mijlpalen hier lezen; het gezin noteert ze.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="221"/>
        <source>Choose a milestone and press 1 (not yet), 2 (emerging) or 3 (achieved) to record it on the date observed; press Enter to add a note. Ctrl+Z undoes.</source>
        <translation>Kies een mijlpaal en druk op 1 (nog niet), 2 (in ontwikkeling) of 3 (bereikt) om hem te noteren op de datum van waarneming; druk op Enter om een notitie toe te voegen. Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="226"/>
        <source>&amp;Hide what is achieved</source>
        <translation>&amp;Bereikte mijlpalen verbergen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="227"/>
        <source>Hide what is achieved</source>
        <translation>Bereikte mijlpalen verbergen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="228"/>
        <source>Milestones by area</source>
        <translation>Mijlpalen per domein</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="229"/>
        <source>About these lists</source>
        <translation>Over deze lijsten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="237"/>
        <source>Choose a child to see their milestones.</source>
        <translation>Kies een kind om de mijlpalen te zien.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="241"/>
        <source>The catalog has no milestones for this age: it covers young children up to 6 years and teenagers from 12 years on.</source>
        <translation>De catalogus heeft geen mijlpalen voor deze leeftijd: hij omvat jonge kinderen tot 6 jaar en jongeren vanaf 12 jaar.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="368"/>
        <source>Change the note of “%1”</source>
        <translation>Notitie bij “%1” wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones.py" line="388"/>
        <source>Mark “%1” as %2</source>
        <translation>“%1” markeren als %2</translation>
    </message>
</context>
<context>
    <name>MinorPanel</name>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="125"/>
        <source>For a young person who came alone: the procedure, the languages and school. Add the guardian and the lawyer on the Contacts page.</source>
        <translation>Voor een jongere die alleen kwam: de procedure, de talen en de school. Voeg de voogd en de advocaat toe op de pagina Contacten.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="131"/>
        <source>&amp;Legal status:</source>
        <translation>&amp;Verblijfsstatus:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="132"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="133"/>
        <source>&amp;Training:</source>
        <translation>&amp;Opleiding:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="134"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="135"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="136"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="136"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="136"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="137"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="139"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="139"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="139"/>
        <source>Learning here</source>
        <translation>Leert het hier</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="141"/>
        <source>Add &amp;step</source>
        <translation>&amp;Stap toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="142"/>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="143"/>
        <source>Add lan&amp;guage</source>
        <translation>&amp;Taal toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="144"/>
        <source>Remove language</source>
        <translation>Taal verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="145"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/care_minor.py" line="284"/>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
</context>
<context>
    <name>ObservationPanel</name>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="147"/>
        <source>Choose a milestone in the list.</source>
        <translation>Kies een mijlpaal in de lijst.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="167"/>
        <source>Age: %1</source>
        <translation>Leeftijd: %1</translation>
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
            <numerusform>… en %n eerdere</numerusform>
            <numerusform>… en %n eerdere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="187"/>
        <location filename="../app/ui/pages/milestones_detail.py" line="194"/>
        <source>Not observed yet.</source>
        <translation>Nog niet waargenomen.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="190"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="210"/>
        <source>Observation</source>
        <translation>Waarneming</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="211"/>
        <source>On record:</source>
        <translation>Nu genoteerd:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="216"/>
        <source>New s&amp;tatus:</source>
        <translation>Nieuwe s&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="217"/>
        <source>&amp;Date observed:</source>
        <translation>&amp;Datum van waarneming:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="218"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="219"/>
        <source>&amp;Record observation</source>
        <translation>Waarneming &amp;noteren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="220"/>
        <source>History:</source>
        <translation>Geschiedenis:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="221"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="222"/>
        <source>Date observed</source>
        <translation>Datum van waarneming</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="223"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="224"/>
        <source>What did you see? (optional)</source>
        <translation>Wat heb je gezien? (optioneel)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_detail.py" line="225"/>
        <source>Record observation</source>
        <translation>Waarneming noteren</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="513"/>
        <location filename="../app/ui/dialogs/care.py" line="526"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="516"/>
        <source>&amp;The appointment:</source>
        <translation>&amp;De afspraak:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="517"/>
        <source>&amp;What came of it:</source>
        <translation>&amp;Wat kwam eruit:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="518"/>
        <source>e.g. no cavities; next check-up in six months</source>
        <translation>bv. geen gaatjes; volgende controle over zes maanden</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="48"/>
        <source>entries</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="49"/>
        <source>days without a log</source>
        <translation>dagen zonder verslag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="53"/>
        <source>held</source>
        <translation>doorgegaan</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="54"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="55"/>
        <source>no-show</source>
        <translation>niet gekomen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="56"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="57"/>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="58"/>
        <source>emerging</source>
        <translation>in ontwikkeling</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_card.py" line="59"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../app/ui/pages/overview.py" line="192"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="194"/>
        <source>Last 4 weeks</source>
        <translation>Laatste 4 weken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="194"/>
        <source>Last 3 months</source>
        <translation>Laatste 3 maanden</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="194"/>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="197"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="198"/>
        <location filename="../app/ui/pages/overview.py" line="199"/>
        <source>Where to look</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="201"/>
        <source>Nothing stands out in the past %1 days.</source>
        <translation>Niets opvallends in de afgelopen %1 dagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="214"/>
        <location filename="../app/ui/pages/overview.py" line="224"/>
        <source>Household overview</source>
        <translation>Overzicht van het gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="219"/>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview.py" line="223"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinderen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="242"/>
        <source>Daily log:</source>
        <translation>Dagverslag:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="243"/>
        <source>Incidents:</source>
        <translation>Incidenten:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="244"/>
        <source>Contacts:</source>
        <translation>Contacten:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="245"/>
        <source>Milestones:</source>
        <translation>Mijlpalen:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="252"/>
        <source>The overview could not be read: %1</source>
        <translation>Het overzicht kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="254"/>
        <source>Choose a household to see its overview.</source>
        <translation>Kies een gezin om het overzicht te zien.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="256"/>
        <source>Reading the household&apos;s records…</source>
        <translation>De gegevens van het gezin worden gelezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="258"/>
        <source>No children were placed in this household in this period.</source>
        <translation>Er waren in deze periode geen kinderen in dit gezin geplaatst.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview.py" line="284"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="278"/>
        <source>Your passphrase</source>
        <translation>Je wachtzin</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="279"/>
        <source>It locks the home book on this computer.</source>
        <translation>Hiermee vergrendel je het thuisboek op deze computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="280"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="281"/>
        <source>&amp;Again:</source>
        <translation>&amp;Nog eens:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="282"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="283"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="284"/>
        <source>Passphrase again</source>
        <translation>Wachtzin nog eens</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="285"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="288"/>
        <source>Write it down and keep it somewhere safe. A forgotten passphrase cannot be recovered on this computer: without it the records here cannot be opened. What was synced stays safe at the central office.</source>
        <translation>Schrijf hem op en bewaar hem op een veilige plek. Een vergeten wachtzin kan op deze computer niet teruggehaald worden: zonder wachtzin kunnen de gegevens hier niet geopend worden. Wat gesynchroniseerd is, blijft veilig bij de centrale dienst.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="293"/>
        <source>&amp;Remember on this computer (no passphrase at start)</source>
        <translation>&amp;Onthouden op deze computer (geen wachtzin bij het opstarten)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="296"/>
        <source>The key is kept in this computer&apos;s secure keyring (%1).</source>
        <translation>De sleutel wordt bewaard in de veilige sleutelbos van deze computer (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="309"/>
        <source>too short</source>
        <translation>te kort</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="310"/>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="311"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="312"/>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/first_run_pages.py" line="322"/>
        <source>Use at least %n characters; a few words are easy to remember.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken; een paar woorden zijn makkelijk te onthouden.</numerusform>
            <numerusform>Gebruik minstens %n tekens; een paar woorden zijn makkelijk te onthouden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="327"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/services/profile.py" line="54"/>
        <source>There is already a profile in {path}.</source>
        <translation>Er is al een profiel in {path}.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="66"/>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>Te veel foute wachtzinnen. Probeer het opnieuw over {seconds} seconden.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="79"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>De wachtzin moet minstens {n} tekens hebben.</translation>
    </message>
    <message>
        <location filename="../app/services/profile.py" line="133"/>
        <source>The central office has revoked this computer. Its records stay closed until they are erased (thuisboek erase) or the office lifts the revocation.</source>
        <translation>De centrale dienst heeft deze computer ingetrokken. De gegevens erop blijven gesloten tot ze gewist zijn (thuisboek erase) of de dienst de intrekking opheft.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="181"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="186"/>
        <source>&amp;Choose photo…</source>
        <translation>Foto &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="187"/>
        <source>Re&amp;move photo</source>
        <translation>Foto &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="188"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="190"/>
        <source>Each field is saved when you leave it or press Enter; Ctrl+Z undoes it.</source>
        <translation>Elk veld wordt bewaard als je het verlaat of op Enter drukt; Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="192"/>
        <source>Supervisors see the profile; the household keeps it up to date.</source>
        <translation>Begeleiders zien het profiel; het gezin houdt het bij.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="194"/>
        <source>C&amp;lose the placement…</source>
        <translation>Plaatsing af&amp;sluiten…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="195"/>
        <source>Make the &amp;book…</source>
        <translation>Het &amp;boek maken…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="196"/>
        <source>&amp;Export for the young person…</source>
        <translation>&amp;Export voor de jongere…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="272"/>
        <source>No photo</source>
        <translation>Geen foto</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="299"/>
        <source>The placement ended on {date}: {outcome}.</source>
        <translation>De plaatsing eindigde op {date}: {outcome}.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="306"/>
        <source>The closing goes to the central office at the next sync.</source>
        <translation>De afsluiting gaat bij de volgende synchronisatie naar de centrale dienst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/child_profile.py" line="309"/>
        <source>%n change(s) about this child still go to the central office first; then the child&apos;s records leave this laptop.</source>
        <translation>
            <numerusform>Eerst gaat nog %n wijziging over dit kind naar de centrale dienst; daarna verdwijnen de gegevens van het kind van deze computer.</numerusform>
            <numerusform>Eerst gaan nog %n wijzigingen over dit kind naar de centrale dienst; daarna verdwijnen de gegevens van het kind van deze computer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="317"/>
        <source>The child&apos;s records leave this laptop at the first sync after {when}; make the book before then.</source>
        <translation>De gegevens van het kind verdwijnen van deze computer bij de eerste synchronisatie na {when}; maak het boek voor die tijd.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="323"/>
        <source>The child&apos;s records leave this laptop at the next sync.</source>
        <translation>De gegevens van het kind verdwijnen bij de volgende synchronisatie van deze computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="366"/>
        <source>Change profile</source>
        <translation>Profiel wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="393"/>
        <source>This file could not be read as a picture.</source>
        <translation>Dit bestand kon niet als afbeelding gelezen worden.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="396"/>
        <source>Change photo</source>
        <translation>Foto wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="402"/>
        <source>Remove photo</source>
        <translation>Foto verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="413"/>
        <source>Choose a photo</source>
        <translation>Kies een foto</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_profile.py" line="415"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="64"/>
        <source>Milestones achieved, by age</source>
        <translation>Bereikte mijlpalen, per leeftijd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="65"/>
        <source>Age in months</source>
        <translation>Leeftijd in maanden</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="66"/>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="68"/>
        <source>The chart shows how the milestones achieved add up, once the first is marked.</source>
        <translation>De grafiek toont hoe de bereikte mijlpalen oplopen, zodra de eerste is aangeduid.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/milestones_chart.py" line="70"/>
        <source>Progress chart</source>
        <translation>Voortgangsgrafiek</translation>
    </message>
</context>
<context>
    <name>QuestionsBanner</name>
    <message numerus="yes">
        <location filename="../app/ui/window/questions_banner.py" line="45"/>
        <source>Your supervisor asked %n question(s) that wait for your answer.</source>
        <translation>
            <numerusform>Je begeleider stelde %n vraag die op je antwoord wacht.</numerusform>
            <numerusform>Je begeleider stelde %n vragen die op je antwoord wachten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/questions_banner.py" line="48"/>
        <source>Ans&amp;wer now</source>
        <translation>Nu &amp;antwoorden</translation>
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
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="83"/>
        <source>Asked</source>
        <translation>Gevraagd op</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="84"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="85"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../app/ui/models/questions.py" line="86"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../app/ui/pages/questions.py" line="156"/>
        <location filename="../app/ui/pages/questions.py" line="177"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="168"/>
        <source>Your questions to this household, with their answers. Answered records come back in the review queue until you mark them as reviewed.</source>
        <translation>Je vragen aan dit gezin, met hun antwoorden. Items met een antwoord komen terug bij “Na te kijken”, tot je ze als nagekeken markeert.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="173"/>
        <source>Questions from your supervisor about the records of this home. Your answer goes to the central office with the next sync.</source>
        <translation>Vragen van je begeleider over de gegevens van dit gezin. Je antwoord gaat met de volgende synchronisatie naar de centrale dienst.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="176"/>
        <source>Show &amp;answered questions too</source>
        <translation>Ook beantwoorde vragen &amp;tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="178"/>
        <source>The question and the conversation about it</source>
        <translation>De vraag en het gesprek erover</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="179"/>
        <source>Your a&amp;nswer:</source>
        <translation>Je a&amp;ntwoord:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="180"/>
        <source>Your answer</source>
        <translation>Je antwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="181"/>
        <source>Write your answer; Ctrl+Enter sends it.</source>
        <translation>Schrijf je antwoord; met Ctrl+Enter verstuur je het.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="182"/>
        <source>Sen&amp;d answer (Ctrl+Enter)</source>
        <translation>Antwoord &amp;versturen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="278"/>
        <source>Choose a household on the left.</source>
        <translation>Kies links een gezin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/questions.py" line="283"/>
        <source>%n question(s) still open.</source>
        <translation>
            <numerusform>Nog %n open vraag.</numerusform>
            <numerusform>Nog %n open vragen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="285"/>
        <source>Every question has been answered.</source>
        <translation>Elke vraag is beantwoord.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="287"/>
        <source>No questions asked in this household.</source>
        <translation>Er zijn geen vragen gesteld aan dit gezin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/questions.py" line="289"/>
        <source>%n question(s) wait for your answer.</source>
        <translation>
            <numerusform>%n vraag wacht op je antwoord.</numerusform>
            <numerusform>%n vragen wachten op je antwoord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="291"/>
        <source>No open questions: everything has been answered.</source>
        <translation>Geen open vragen: alles is beantwoord.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="336"/>
        <source>Choose a question to read it and the conversation.</source>
        <translation>Kies een vraag om ze te lezen, samen met het gesprek erover.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="360"/>
        <source>Not answered yet.</source>
        <translation>Nog niet beantwoord.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="362"/>
        <source>Waiting for your answer.</source>
        <translation>Wacht op je antwoord.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="365"/>
        <source>Answered.</source>
        <translation>Beantwoord.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="369"/>
        <source>About:</source>
        <translation>Over:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="374"/>
        <source>The conversation about this record</source>
        <translation>Het gesprek over dit item</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/questions.py" line="407"/>
        <source>Answer saved; it goes to your supervisor with the next sync.</source>
        <translation>Antwoord bewaard; het gaat met de volgende synchronisatie naar je begeleider.</translation>
    </message>
</context>
<context>
    <name>QueueDetail</name>
    <message>
        <location filename="../app/ui/pages/review_queue_detail.py" line="84"/>
        <source>The chosen record in full, with its reviews</source>
        <translation>Het gekozen item volledig, met de nazichten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_detail.py" line="124"/>
        <source>Reviews, questions and answers</source>
        <translation>Nazichten, vragen en antwoorden</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue_detail.py" line="133"/>
        <source>written by %1</source>
        <translation>geschreven door %1</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../app/ui/models/timeline.py" line="148"/>
        <source>Log</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="149"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="150"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="151"/>
        <source>Review</source>
        <translation>Nazicht</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="152"/>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="156"/>
        <source>Child profile</source>
        <translation>Profiel van het kind</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="157"/>
        <source>Relative</source>
        <translation>Familielid</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="158"/>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="159"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="160"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="162"/>
        <source>Photo or document</source>
        <translation>Foto of document</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="163"/>
        <source>Kept for the book</source>
        <translation>Bewaard voor het boek</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="166"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="167"/>
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="168"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="171"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="172"/>
        <source>Supervised visit</source>
        <translation>Begeleid bezoek</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="173"/>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="174"/>
        <source>Video call</source>
        <translation>Videogesprek</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="175"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="178"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="179"/>
        <source>happened</source>
        <translation>doorgegaan</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="180"/>
        <source>✕ cancelled</source>
        <translation>✕ geannuleerd</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="181"/>
        <source>✕ no-show</source>
        <translation>✕ niet gekomen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="184"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="185"/>
        <source>emerging</source>
        <translation>in ontwikkeling</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="186"/>
        <source>achieved</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="189"/>
        <source>Reviewed</source>
        <translation>Nagekeken</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="190"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="191"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="192"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="195"/>
        <source>on a log</source>
        <translation>bij een verslag</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="196"/>
        <source>on a milestone</source>
        <translation>bij een mijlpaal</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="197"/>
        <source>on a contact</source>
        <translation>bij een contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="198"/>
        <source>on a review</source>
        <translation>bij een nazicht</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="214"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="215"/>
        <source>Incident (%1 severity)</source>
        <translation>Incident (ernst: %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="218"/>
        <source>Amendment (%1)</source>
        <translation>Correctie (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="161"/>
        <source>Well-being check</source>
        <translation>Welzijnscheck</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../app/services/records.py" line="69"/>
        <source>This record does not exist (any more).</source>
        <translation>Dit item bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="105"/>
        <source>This record was deleted.</source>
        <translation>Dit item werd verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="452"/>
        <location filename="../app/services/records.py" line="112"/>
        <location filename="../app/services/records.py" line="191"/>
        <location filename="../app/services/records.py" line="316"/>
        <source>Supervisors add reviews; they do not change the household&apos;s records.</source>
        <translation>Begeleiders voegen een nazicht toe; ze wijzigen de gegevens van het gezin niet.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="122"/>
        <source>Only its author can change this review.</source>
        <translation>Alleen wie dit nazicht schreef, kan het wijzigen.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="132"/>
        <source>Only its author can change this entry. Add an amendment with a reason.</source>
        <translation>Alleen wie deze notitie schreef, kan ze wijzigen. Voeg een correctie toe met een reden.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="144"/>
        <source>This entry is kept as it was written (it was synced or is more than a day old). Add an amendment with a reason instead.</source>
        <translation>Deze notitie blijft zoals ze geschreven is (ze is al gesynchroniseerd of ouder dan een dag). Voeg in de plaats een correctie toe met een reden.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="218"/>
        <source>There is already a log of yours for this child on this day.</source>
        <translation>Je hebt al een verslag voor dit kind op deze dag.</translation>
    </message>
    <message>
        <location filename="../app/services/records.py" line="289"/>
        <source>This deletion has been synced already and cannot be undone.</source>
        <translation>Deze verwijdering is al gesynchroniseerd en kan niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="142"/>
        <location filename="../app/ui/dialogs/refused.py" line="149"/>
        <source>Refused changes</source>
        <translation>Geweigerde wijzigingen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="144"/>
        <source>The central office did not accept these changes. They are kept on this computer, as they were written. Read the reason: once it has been put right, by the office or by correcting the record, send the change again. Nothing is deleted here.</source>
        <translation>De centrale dienst heeft deze wijzigingen niet aanvaard. Ze blijven bewaard op deze computer, zoals ze geschreven zijn. Lees de reden: is die rechtgezet, door de centrale dienst of door het item te verbeteren, verstuur de wijziging dan opnieuw. Hier wordt niets verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="150"/>
        <source>The chosen change and the reason in full</source>
        <translation>De gekozen wijziging en de volledige reden</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="151"/>
        <source>&amp;Send again</source>
        <translation>Opnieuw &amp;versturen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="153"/>
        <source>Put the chosen changes back in the queue for the next sync (Ctrl+Enter)</source>
        <translation>De gekozen wijzigingen opnieuw klaarzetten voor de volgende synchronisatie (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/refused.py" line="184"/>
        <source>%n change(s) refused.</source>
        <translation>
            <numerusform>%n wijziging geweigerd.</numerusform>
            <numerusform>%n wijzigingen geweigerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="186"/>
        <source>No refused changes: the central office accepted every change it received.</source>
        <translation>Geen geweigerde wijzigingen: de centrale dienst heeft elke wijziging aanvaard die ze ontving.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="270"/>
        <source>(no reason given)</source>
        <translation>(geen reden opgegeven)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/refused.py" line="271"/>
        <source>The central office&apos;s reason:</source>
        <translation>Reden van de centrale dienst:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/refused.py" line="295"/>
        <source>%n change(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n wijziging wordt met de volgende synchronisatie opnieuw verstuurd.</numerusform>
            <numerusform>%n wijzigingen worden met de volgende synchronisatie opnieuw verstuurd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <location filename="../app/ui/models/refused.py" line="60"/>
        <source>%1 (deletion)</source>
        <translation>%1 (verwijdering)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="62"/>
        <source>%1 (amendment)</source>
        <translation>%1 (correctie)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="82"/>
        <source>Household: %1</source>
        <translation>Gezin: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="86"/>
        <source>(no reason given)</source>
        <translation>(geen reden opgegeven)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="115"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="116"/>
        <source>Record</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="117"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../app/ui/models/refused.py" line="118"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="150"/>
        <location filename="../app/ui/dialogs/relative.py" line="254"/>
        <source>Add relative</source>
        <translation>Familielid toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="150"/>
        <location filename="../app/ui/dialogs/relative.py" line="259"/>
        <source>Edit relative</source>
        <translation>Familielid bewerken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="155"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="156"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Relatie:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="157"/>
        <source>Family &amp;of:</source>
        <translation>&amp;Familie van:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="158"/>
        <source>&amp;Lives:</source>
        <translation>&amp;Woont:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="159"/>
        <source>&amp;Agreed contact:</source>
        <translation>&amp;Afgesproken contact:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="160"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="161"/>
        <source>Not&amp;es:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="162"/>
        <source>Placed &amp;together with the child</source>
        <translation>&amp;Samen geplaatst met het kind</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="163"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="164"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="165"/>
        <source>Children this person is family of</source>
        <translation>Kinderen van wie deze persoon familie is</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="166"/>
        <source>Where this person lives</source>
        <translation>Waar deze persoon woont</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="167"/>
        <source>e.g. with her grandmother in Ghent</source>
        <translation>bv. bij haar grootmoeder in Gent</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="168"/>
        <source>Placed together</source>
        <translation>Samen geplaatst</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="169"/>
        <source>Agreed contact arrangement</source>
        <translation>Afgesproken contactregeling</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="171"/>
        <source>e.g. every other Wednesday, two hours, supervised at the visiting centre</source>
        <translation>bv. om de twee weken op woensdag, twee uur, begeleid in de bezoekruimte</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="173"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="174"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="238"/>
        <source>Throw away this relative?</source>
        <translation>Dit familielid weggooien?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/relative.py" line="239"/>
        <source>What you wrote here is not stored. Throw it away?</source>
        <translation>Wat je hier schreef, is niet bewaard. Weggooien?</translation>
    </message>
</context>
<context>
    <name>Relatives</name>
    <message>
        <location filename="../app/ui/models/relatives.py" line="25"/>
        <source>Mother</source>
        <translation>Moeder</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="26"/>
        <source>Father</source>
        <translation>Vader</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="27"/>
        <source>Sibling</source>
        <translation>Broer of zus</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="28"/>
        <source>Half-sibling</source>
        <translation>Halfbroer of halfzus</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="29"/>
        <source>Grandparent</source>
        <translation>Grootouder</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="30"/>
        <source>Aunt or uncle</source>
        <translation>Tante of oom</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="31"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="32"/>
        <source>Guardian</source>
        <translation>Voogd</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="33"/>
        <source>Lawyer</source>
        <translation>Advocaat</translation>
    </message>
</context>
<context>
    <name>RelativesModel</name>
    <message>
        <location filename="../app/ui/models/relatives.py" line="87"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="88"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="89"/>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="90"/>
        <source>Next planned</source>
        <translation>Volgende gepland</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="91"/>
        <location filename="../app/ui/models/relatives.py" line="154"/>
        <source>Agreed contact</source>
        <translation>Afgesproken contact</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="92"/>
        <location filename="../app/ui/models/relatives.py" line="156"/>
        <source>Lives</source>
        <translation>Woont</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="110"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="134"/>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="142"/>
        <source>Placed together</source>
        <translation>Samen geplaatst</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="155"/>
        <source>Contacts so far</source>
        <translation>Contacten tot nu toe</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="157"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="158"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../app/ui/models/relatives.py" line="165"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="167"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="168"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="171"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n doorgegaan</numerusform>
            <numerusform>%n doorgegaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="173"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n geannuleerd</numerusform>
            <numerusform>%n geannuleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/models/relatives.py" line="175"/>
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n keer niet gekomen</numerusform>
            <numerusform>%n keer niet gekomen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/services/report/errors.py" line="22"/>
        <source>No child in this profile is called or has the id “{child}”.</source>
        <translation>Geen enkel kind in dit profiel heet “{child}” of heeft dat als ID.</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="33"/>
        <source>“{child}” could be more than one child: {matches}. Give the child&apos;s id.</source>
        <translation>“{child}” kan meer dan één kind zijn: {matches}. Geef de ID van het kind op.</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="44"/>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>De begindatum ({start}) ligt na de einddatum ({end}).</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="53"/>
        <source>A report can be written in nl, fr or en, not “{lang}”.</source>
        <translation>Een rapport kan in nl, fr of en opgesteld worden, niet in “{lang}”.</translation>
    </message>
    <message>
        <location filename="../app/services/report/errors.py" line="61"/>
        <source>The report cannot be written to {path}: {reason}.</source>
        <translation>Het rapport kan niet naar {path} geschreven worden: {reason}.</translation>
    </message>
    <message>
        <location filename="../app/services/report/__init__.py" line="80"/>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <location filename="../app/services/report/__init__.py" line="82"/>
        <location filename="../app/services/young_export/__init__.py" line="157"/>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <location filename="../app/services/young_export/__init__.py" line="46"/>
        <source>The export cannot be written to {path}: {reason}.</source>
        <translation>De export kan niet geschreven worden in {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="256"/>
        <source>Period report</source>
        <translation>Perioderapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="257"/>
        <source>&amp;Child:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="258"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="259"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="260"/>
        <source>Report &amp;language:</source>
        <translation>Taa&amp;l van het rapport:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="261"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Bewaren in:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="262"/>
        <source>Save &amp;as…</source>
        <translation>Bewaren &amp;als…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="263"/>
        <source>C&amp;reate</source>
        <translation>Rapport &amp;maken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="264"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="265"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="266"/>
        <source>First day of the report</source>
        <translation>Eerste dag van het rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="267"/>
        <source>Last day of the report</source>
        <translation>Laatste dag van het rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="268"/>
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="269"/>
        <source>File of the report</source>
        <translation>Bestand van het rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="270"/>
        <source>Progress of the report</source>
        <translation>Voortgang van het rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="290"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="290"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="294"/>
        <source>Reading the children…</source>
        <translation>Kinderen ophalen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="296"/>
        <source>No child was placed in this period</source>
        <translation>Geen kind geplaatst in deze periode</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="310"/>
        <source>The period starts after it ends.</source>
        <translation>De begindatum ligt na de einddatum.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="312"/>
        <source>Writing the report…</source>
        <translation>Het rapport wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="314"/>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="316"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Het rapport is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="526"/>
        <source>The report was not made: something went wrong (%1).</source>
        <translation>Het rapport is niet gemaakt: er ging iets mis (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/report.py" line="321"/>
        <source>The report is saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>Het rapport is bewaard als %1 (%n pagina).</numerusform>
            <numerusform>Het rapport is bewaard als %1 (%n pagina&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="325"/>
        <source>Some letters may not print: %1</source>
        <translation>Sommige tekens worden misschien niet afgedrukt: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="377"/>
        <source>The children could not be read: %1</source>
        <translation>De kinderen konden niet gelezen worden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="413"/>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="415"/>
        <source>Report %1 %2 to %3.pdf</source>
        <translation>Rapport %1 %2 tot %3.pdf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="436"/>
        <source>Save the report as</source>
        <translation>Rapport bewaren als</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="436"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="471"/>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/report.py" line="472"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../app/services/review.py" line="567"/>
        <source>These marks were sent to the central office already; they can no longer be undone.</source>
        <translation>Deze markeringen zijn al naar de centrale dienst gestuurd; ze kunnen niet meer ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="609"/>
        <source>Questions are answered by the household.</source>
        <translation>Vragen worden door het gezin beantwoord.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="670"/>
        <source>Only supervisors review records.</source>
        <translation>Alleen begeleiders kijken de gegevens na.</translation>
    </message>
    <message>
        <location filename="../app/services/review.py" line="678"/>
        <source>This household is not one of yours.</source>
        <translation>Dit gezin valt niet onder jouw begeleiding.</translation>
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
        <translation>Contact niet doorgegaan</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="95"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="101"/>
        <source>Answer received</source>
        <translation>Antwoord ontvangen</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="103"/>
        <source>Question open</source>
        <translation>Vraag staat open</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="105"/>
        <source>Amendment</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="142"/>
        <source>Written by someone this computer does not know</source>
        <translation>Geschreven door iemand die deze computer niet kent</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="169"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="170"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="171"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="172"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_queue.py" line="173"/>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="195"/>
        <source>Review queue</source>
        <translation>Na te kijken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="205"/>
        <source>Records to review</source>
        <translation>Items om na te kijken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="207"/>
        <source>Space or Enter</source>
        <translation>Spatie of Enter</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="208"/>
        <source>Ask a &amp;question…</source>
        <translation>Een &amp;vraag stellen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="210"/>
        <source>Ask for a follow-&amp;up…</source>
        <translation>&amp;Opvolging vragen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="206"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Markeren als nagekeken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="214"/>
        <source>Space or Enter: mark the selected as reviewed · Shift+↑↓: select more · Q: question · F: follow-up</source>
        <translation>Spatie of Enter: selectie markeren als nagekeken · Shift+↑↓: meer selecteren · Q: vraag · F: opvolging</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="218"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="220"/>
        <source>All dates</source>
        <translation>Alle data</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="221"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="222"/>
        <source>The last 30 days</source>
        <translation>De laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="223"/>
        <source>Older than 30 days</source>
        <translation>Ouder dan 30 dagen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="227"/>
        <source>Mark all &amp;before…</source>
        <translation>Alles &amp;vóór… markeren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="229"/>
        <source>Mark every record before a day as reviewed, in one step (undo: Ctrl+Z)</source>
        <translation>Alles van vóór een dag in één stap als nagekeken markeren (ongedaan maken: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="357"/>
        <source>Choose a household on the left.</source>
        <translation>Kies links een gezin.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="359"/>
        <source>Reading the queue…</source>
        <translation>De lijst wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="361"/>
        <source>Everything in this household has been reviewed.</source>
        <translation>Alles in dit gezin is nagekeken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="364"/>
        <source>%n record(s) to review: incidents first, then contacts that did not happen, then the rest; each the newest first.</source>
        <translation>
            <numerusform>%n item na te kijken: eerst incidenten, dan contacten die niet doorgingen, dan de rest; telkens het nieuwste eerst.</numerusform>
            <numerusform>%n items na te kijken: eerst incidenten, dan contacten die niet doorgingen, dan de rest; telkens het nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="516"/>
        <source>Nothing waits for review before %1.</source>
        <translation>Niets wacht op nakijken vóór %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/review_queue.py" line="520"/>
        <source>Mark the backlog as reviewed</source>
        <translation>De achterstand als nagekeken markeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="522"/>
        <source>Mark %n record(s) dated before %1 as reviewed? This is kept in this computer&apos;s audit log. You can undo it (Ctrl+Z) until the next sync.</source>
        <translation>
            <numerusform>%n item van vóór %1 als nagekeken markeren? Dit wordt bijgehouden in het auditlogboek van deze computer. Je kunt het ongedaan maken (Ctrl+Z) tot de volgende synchronisatie.</numerusform>
            <numerusform>%n items van vóór %1 als nagekeken markeren? Dit wordt bijgehouden in het auditlogboek van deze computer. Je kunt het ongedaan maken (Ctrl+Z) tot de volgende synchronisatie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="536"/>
        <source>Mark %n record(s) as reviewed</source>
        <translation>
            <numerusform>%n item als nagekeken markeren</numerusform>
            <numerusform>%n items als nagekeken markeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="547"/>
        <source>%n record(s) marked as reviewed; Ctrl+Z undoes it until the next sync.</source>
        <translation>
            <numerusform>%n item gemarkeerd als nagekeken; Ctrl+Z maakt het ongedaan tot de volgende synchronisatie.</numerusform>
            <numerusform>%n items gemarkeerd als nagekeken; Ctrl+Z maakt het ongedaan tot de volgende synchronisatie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/review_queue.py" line="441"/>
        <source>%n entry(ies) marked as reviewed</source>
        <translation>
            <numerusform>%n notitie gemarkeerd als nagekeken</numerusform>
            <numerusform>%n notities gemarkeerd als nagekeken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokedBox</name>
    <message>
        <location filename="../app/ui/application.py" line="212"/>
        <source>This computer was revoked</source>
        <translation>Deze computer werd ingetrokken</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="213"/>
        <source>The central office has revoked this computer. The home book is locked.</source>
        <translation>De centrale dienst heeft deze computer ingetrokken. Het thuisboek is vergrendeld.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/application.py" line="216"/>
        <source>%n change(s) made here have not reached the central office: erasing loses them.</source>
        <translation>
            <numerusform>%n wijziging die hier gemaakt werd, is niet bij de centrale dienst aangekomen: wissen doet ze verloren gaan.</numerusform>
            <numerusform>%n wijzigingen die hier gemaakt werden, zijn niet bij de centrale dienst aangekomen: wissen doet ze verloren gaan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="221"/>
        <source>Call the central office before you erase anything. Erase the records kept on this computer now?</source>
        <translation>Bel de centrale dienst voor je iets wist. Nu de gegevens op deze computer wissen?</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="226"/>
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="227"/>
        <source>&amp;Keep and lock</source>
        <translation>&amp;Bewaren en vergrendelen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="161"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="162"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="163"/>
        <source>&amp;Lock after (minutes without use):</source>
        <translation>&amp;Vergrendelen na (minuten zonder gebruik):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="170"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="171"/>
        <source>Minutes before the automatic lock</source>
        <translation>Minuten tot de automatische vergrendeling</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="172"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="173"/>
        <source>&amp;Remember the key on this computer</source>
        <translation>&amp;Sleutel onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="189"/>
        <source>Kept in this computer&apos;s secure keyring (%1).</source>
        <translation>Bewaard in de veilige sleutelbos van deze computer (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="175"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Wachtzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="164"/>
        <source>Text si&amp;ze:</source>
        <translation>Tekst&amp;grootte:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="165"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="165"/>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="165"/>
        <source>Largest</source>
        <translation>Grootst</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="167"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="168"/>
        <source>&amp;High contrast (black on white)</source>
        <translation>&amp;Hoog contrast (zwart op wit)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="169"/>
        <source>Thuisboek version:</source>
        <translation>Versie van Thuisboek:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="176"/>
        <source>Central office</source>
        <translation>Centrale dienst</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="177"/>
        <source>Server address:</source>
        <translation>Serveradres:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="178"/>
        <source>This computer&apos;s id:</source>
        <translation>ID van deze computer:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="179"/>
        <source>Last successful sync:</source>
        <translation>Laatste geslaagde synchronisatie:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="180"/>
        <source>C&amp;onnect…</source>
        <translation>Ver&amp;binden…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="186"/>
        <source>Looking for this computer&apos;s keyring…</source>
        <translation>De sleutelbos van deze computer wordt gezocht…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="203"/>
        <source>This computer is not connected to a central office: the home book stays on this computer. Connect it with the enrolment code the central office gives you.</source>
        <translation>Deze computer is niet verbonden met een centrale dienst: het thuisboek blijft op deze computer. Verbind hem met de koppelcode die je van de centrale dienst krijgt.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="210"/>
        <source>The central office has revoked this computer: it no longer syncs.</source>
        <translation>De centrale dienst heeft de toegang van deze computer ingetrokken: hij synchroniseert niet meer.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="214"/>
        <source>This computer is connected to the central office and syncs with it.</source>
        <translation>Deze computer is verbonden met de centrale dienst en synchroniseert ermee.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="228"/>
        <source>This version (%1) is too old for the central office, which needs Thuisboek %2 or newer: it does not sync until it is updated. Your changes wait on this computer.</source>
        <translation>Deze versie (%1) is te oud voor de centrale dienst, die Thuisboek %2 of nieuwer vraagt: ze synchroniseert pas weer na een update. Je wijzigingen wachten op deze computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="237"/>
        <source>The central office recommends Thuisboek %1 or newer (this is %2). This version keeps working; ask for the update.</source>
        <translation>De centrale dienst raadt Thuisboek %1 of nieuwer aan (dit is %2). Deze versie blijft werken; vraag naar de update.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="250"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="265"/>
        <source>This computer is now connected to the central office.</source>
        <translation>Deze computer is nu verbonden met de centrale dienst.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="291"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="296"/>
        <source>Your passphrase, to confirm:</source>
        <translation>Je wachtzin, ter bevestiging:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="318"/>
        <source>This computer now remembers the key.</source>
        <translation>Deze computer onthoudt nu de sleutel.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="320"/>
        <source>This computer no longer remembers the key.</source>
        <translation>Deze computer onthoudt de sleutel niet meer.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="332"/>
        <source>Current passphrase:</source>
        <translation>Huidige wachtzin:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/dialogs/settings.py" line="336"/>
        <source>New passphrase (at least %n characters):</source>
        <translation>
            <numerusform>Nieuwe wachtzin (minstens %n teken):</numerusform>
            <numerusform>Nieuwe wachtzin (minstens %n tekens):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="340"/>
        <source>New passphrase again:</source>
        <translation>Nieuwe wachtzin nog eens:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="342"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>De twee wachtzinnen verschillen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="346"/>
        <source>Changing the passphrase…</source>
        <translation>De wachtzin wordt gewijzigd…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings.py" line="358"/>
        <source>The passphrase was changed.</source>
        <translation>De wachtzin is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SignalsModel</name>
    <message>
        <location filename="../app/ui/pages/overview_signals.py" line="135"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="141"/>
        <source>%1: %n incident(s) in the past %2 days, the last on %3.</source>
        <translation>
            <numerusform>%1: %n incident in de afgelopen %2 dagen, op %3.</numerusform>
            <numerusform>%1: %n incidenten in de afgelopen %2 dagen, het laatste op %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_signals.py" line="147"/>
        <source>Most serious: %1.</source>
        <translation>Hoogste ernst: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="151"/>
        <source>%1: no daily log on %n of the past %2 days.</source>
        <translation>
            <numerusform>%1: geen dagverslag op %n van de afgelopen %2 dagen.</numerusform>
            <numerusform>%1: geen dagverslag op %n van de afgelopen %2 dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="155"/>
        <source>%1: the last %n contacts with %2 did not take place (cancelled or no-show).</source>
        <translation>
            <numerusform>%1: het laatste contact met %2 ging niet door (geannuleerd of niet gekomen).</numerusform>
            <numerusform>%1: de laatste %n contacten met %2 gingen niet door (geannuleerd of niet gekomen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/overview_signals.py" line="160"/>
        <source>%1: no contact on record with %2 (placed apart).</source>
        <translation>%1: geen contact met %2 genoteerd (apart geplaatst).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/overview_signals.py" line="164"/>
        <source>%1: not seen %2 (placed apart) for %n day(s).</source>
        <translation>
            <numerusform>%1: %2 (apart geplaatst) al %n dag niet gezien.</numerusform>
            <numerusform>%1: %2 (apart geplaatst) al %n dagen niet gezien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SinceDialog</name>
    <message>
        <location filename="../app/ui/window/handover.py" line="216"/>
        <source>Since you were last here</source>
        <translation>Sinds uw vorige keer</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="220"/>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="220"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="220"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="221"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="234"/>
        <source>Nothing new from others since you were last here.</source>
        <translation>Niets nieuws van anderen sinds uw vorige keer.</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="246"/>
        <source>Handover (%1)</source>
        <translation>Overdracht (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="248"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="248"/>
        <source>Log</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="250"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/ui/window/handover.py" line="251"/>
        <source>Well-being check</source>
        <translation>Welzijnscheck</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="135"/>
        <source>How will you use Thuisboek?</source>
        <translation>Hoe ga je Thuisboek gebruiken?</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="138"/>
        <source>Thuisboek works without a connection. Connected to the central office, it syncs your household&apos;s records whenever there is a network.</source>
        <translation>Thuisboek werkt zonder verbinding. Verbonden met de centrale dienst synchroniseert het de gegevens van je gezin telkens als er netwerk is.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="142"/>
        <source>&amp;Connect with the central office now</source>
        <translation>&amp;Nu verbinden met de centrale dienst</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="145"/>
        <source>Type the server address and the one-time enrolment code the central office gave you for this computer. Your name and your household come from the central office.</source>
        <translation>Typ het serveradres en de eenmalige koppelcode die je van de centrale dienst voor deze computer kreeg. Je naam en je gezin komen van de centrale dienst.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="150"/>
        <source>Start on this computer &amp;only, and connect later</source>
        <translation>&amp;Alleen op deze computer beginnen, en later verbinden</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run_pages.py" line="153"/>
        <source>Everything stays on this computer. Connect it later from the settings: what you wrote until then goes along.</source>
        <translation>Alles blijft op deze computer. Verbind hem later via de instellingen: wat je tot dan schreef, gaat mee.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="338"/>
        <source>Status of the goal</source>
        <translation>Stand van het doel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="341"/>
        <source>&amp;Status:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/care.py" line="342"/>
        <source>&amp;Why, in a few words:</source>
        <translation>&amp;Waarom, in een paar woorden:</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../app/storage/errors.py" line="21"/>
        <source>The database file {path} is missing.</source>
        <translation>Het databasebestand {path} ontbreekt.</translation>
    </message>
    <message>
        <location filename="../app/storage/errors.py" line="32"/>
        <source>The database file {path} is truncated ({size} bytes): part of it is missing. Restore it from a backup; the file was left as it is.</source>
        <translation>Het databasebestand {path} is afgekapt ({size} bytes): een deel ervan ontbreekt. Zet het terug vanuit een back-up; het bestand is gelaten zoals het was.</translation>
    </message>
    <message>
        <location filename="../app/storage/errors.py" line="47"/>
        <source>The database file {path} is damaged or was changed outside Thuisboek ({detail}). Restore it from a backup; the file was left as it is.</source>
        <translation>Het databasebestand {path} is beschadigd of werd buiten Thuisboek gewijzigd ({detail}). Zet het terug vanuit een back-up; het bestand is gelaten zoals het was.</translation>
    </message>
    <message>
        <location filename="../app/storage/errors.py" line="62"/>
        <source>The file {path} is not a Thuisboek database of this profile; it was left as it is.</source>
        <translation>Het bestand {path} is geen Thuisboek-database van dit profiel; het is gelaten zoals het was.</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <location filename="../app/services/story.py" line="101"/>
        <source>Only a day&apos;s moments, a milestone, a contact or a photo can be kept for the book.</source>
        <translation>Alleen de momenten van een dag, een mijlpaal, een contact of een foto kunnen bewaard worden voor het boek.</translation>
    </message>
    <message>
        <location filename="../app/services/story.py" line="112"/>
        <source>An incident is not kept for the book; keep a moment instead.</source>
        <translation>Een incident wordt niet bewaard voor het boek; bewaar liever een moment.</translation>
    </message>
</context>
<context>
    <name>SupervisorTimelinePage</name>
    <message>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="92"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="100"/>
        <source>&amp;Whose story:</source>
        <translation>&amp;Wiens verhaal:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="102"/>
        <location filename="../app/ui/pages/supervisor_timeline.py" line="144"/>
        <source>The whole household</source>
        <translation>Het hele gezin</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../app/sync/engine.py" line="102"/>
        <source>The central office holds {server} records of this household where this computer holds {local}. Nothing was removed; confirm to continue.</source>
        <translation>De centrale dienst heeft {server} items van dit gezin, terwijl deze computer er {local} heeft. Er is niets verwijderd; bevestig om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="145"/>
        <source>The central office cannot be reached.</source>
        <translation>De centrale dienst is niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="175"/>
        <source>The central office had a problem (HTTP {status}). Nothing is lost: your changes wait here and are sent later.</source>
        <translation>De centrale dienst had een probleem (HTTP {status}). Er gaat niets verloren: je wijzigingen wachten hier en worden later verstuurd.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="191"/>
        <source>The address {url} is not secure: use https:// (http:// only for this computer).</source>
        <translation>Het adres {url} is niet veilig: gebruik https:// (http:// alleen voor deze computer zelf).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="208"/>
        <source>This computer does not trust the central office&apos;s certificate. Nothing was sent. Ask the office to install its certificate authority on this computer, or check the address.</source>
        <translation>Deze computer vertrouwt het certificaat van de centrale dienst niet. Er werd niets verstuurd. Vraag de dienst om zijn certificaatautoriteit op deze computer te installeren, of controleer het adres.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="244"/>
        <source>This Thuisboek ({version}) is too old for the central office, which needs version {minimum} or newer. Nothing was sent; your changes wait here. Install the new version, then sync again.</source>
        <translation>Deze Thuisboek ({version}) is te oud voor de centrale dienst, die versie {minimum} of nieuwer vraagt. Er werd niets verstuurd; je wijzigingen wachten hier. Installeer de nieuwe versie en synchroniseer dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="262"/>
        <source>The central office has revoked this computer. The records on it are locked; you can erase them.</source>
        <translation>De centrale dienst heeft de toegang van deze computer ingetrokken. De gegevens erop zijn vergrendeld; je kunt ze wissen.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="276"/>
        <source>The central office does not recognise this computer. Enrol it again.</source>
        <translation>De centrale dienst herkent deze computer niet. Koppel hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="288"/>
        <source>The enrolment code is not valid (mistyped, used already, or expired).</source>
        <translation>De koppelcode is niet geldig (verkeerd getypt, al gebruikt of verlopen).</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="301"/>
        <source>The central office was restored from a backup.</source>
        <translation>De centrale dienst werd teruggezet vanuit een back-up.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="311"/>
        <source>The central office refused the request ({status} {code}).</source>
        <translation>De centrale dienst weigerde het verzoek ({status} {code}).</translation>
    </message>
    <message>
        <location filename="../app/sync/enroll.py" line="127"/>
        <source>This enrolment code is for someone else. Nothing was changed: ask the central office for a code for the person of this profile.</source>
        <translation>Deze koppelcode is voor iemand anders. Er is niets gewijzigd: vraag de centrale dienst om een code voor de persoon van dit profiel.</translation>
    </message>
    <message>
        <location filename="../app/sync/transport.py" line="158"/>
        <source>The central office is refusing too many attempts; trying again at {time}.</source>
        <translation>De centrale dienst weigert te veel pogingen; opnieuw proberen om {time}.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="31"/>
        <source>Working offline (not connected to a central office)</source>
        <translation>Offline aan het werk (niet verbonden met een centrale dienst)</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="35"/>
        <source>Syncing %1 of %2…</source>
        <translation>Synchroniseren: %1 van %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="39"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="41"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="43"/>
        <source>This computer was revoked by the central office</source>
        <translation>De centrale dienst heeft de toegang van deze computer ingetrokken</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="45"/>
        <source>Sync held: confirm before records are removed</source>
        <translation>Synchronisatie gepauzeerd: bevestig voordat er gegevens verwijderd worden</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="47"/>
        <source>Sync failed</source>
        <translation>Synchronisatie mislukt</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="51"/>
        <source>Sync stopped: the central office needs Thuisboek %1 or newer</source>
        <translation>Synchronisatie gestopt: de centrale dienst vraagt Thuisboek %1 of nieuwer</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="58"/>
        <source>synced at %1</source>
        <translation>gesynchroniseerd om %1</translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="61"/>
        <source>update recommended: Thuisboek %1</source>
        <translation>update aangeraden: Thuisboek %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="65"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="67"/>
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflict om na te kijken</numerusform>
            <numerusform>%n conflicten om na te kijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/window/status_bar.py" line="70"/>
        <source>%n change(s) refused by the central office</source>
        <translation>
            <numerusform>%n wijziging geweigerd door de centrale dienst</numerusform>
            <numerusform>%n wijzigingen geweigerd door de centrale dienst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/window/status_bar.py" line="78"/>
        <source>Everything is kept, encrypted, on this computer. Once connected to a central office, what was written here is sent there too.</source>
        <translation>Alles blijft versleuteld op deze computer bewaard. Zodra je met een centrale dienst verbonden bent, gaat wat hier geschreven is ook daarheen.</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <location filename="../app/ui/widgets/review_thread.py" line="22"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_thread.py" line="24"/>
        <source>%1 (you)</source>
        <translation>%1 (jij)</translation>
    </message>
</context>
<context>
    <name>TimelineDetail</name>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="146"/>
        <source>&amp;Delete entry</source>
        <translation>Notitie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="147"/>
        <source>Delete this entry</source>
        <translation>Deze notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="148"/>
        <source>The chosen record in full</source>
        <translation>Het gekozen item volledig</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="204"/>
        <source>This record could not be read.</source>
        <translation>Dit item kon niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="220"/>
        <source>Choose an entry to read it in full.</source>
        <translation>Kies een notitie om ze volledig te lezen.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="243"/>
        <source>This is an amendment of the entry of %1.</source>
        <translation>Dit is een correctie op de notitie van %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="244"/>
        <source>Show the original</source>
        <translation>Het origineel tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="247"/>
        <source>This is an amendment of an entry this computer does not hold.</source>
        <translation>Dit is een correctie op een notitie die niet op deze computer staat.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="251"/>
        <source>About:</source>
        <translation>Over:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="260"/>
        <source>Reason for the amendment</source>
        <translation>Reden voor de correctie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="264"/>
        <source>Amendments</source>
        <translation>Correcties</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="270"/>
        <source>Reviews</source>
        <translation>Nazichten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="278"/>
        <source>Conflicts settled</source>
        <translation>Afgehandelde conflicten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="280"/>
        <source>Two computers changed this record at the same time; settled.</source>
        <translation>Twee computers wijzigden dit tegelijk; afgehandeld.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="294"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="318"/>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="318"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="323"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="340"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="324"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="325"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="326"/>
        <source>What happened</source>
        <translation>Wat is er gebeurd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="327"/>
        <source>Sleep</source>
        <translation>Slaap</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="328"/>
        <source>Eating</source>
        <translation>Eten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="329"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="330"/>
        <source>Medication</source>
        <translation>Medicatie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="331"/>
        <source>School or daycare</source>
        <translation>School of kinderdagverblijf</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="332"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="333"/>
        <source>Notable moments</source>
        <translation>Bijzondere momenten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="334"/>
        <location filename="../app/ui/pages/timeline_detail.py" line="351"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="341"/>
        <source>Relatives</source>
        <translation>Familieleden</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="342"/>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
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
        <translation>Duur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline_detail.py" line="344"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="345"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="346"/>
        <source>Before</source>
        <translation>Vooraf</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="347"/>
        <source>During</source>
        <translation>Tijdens</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="348"/>
        <source>After</source>
        <translation>Achteraf</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="349"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="350"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="355"/>
        <source>Observed on</source>
        <translation>Waargenomen op</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="356"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="358"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="362"/>
        <source>Mark</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="363"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="375"/>
        <source>written by you</source>
        <translation>door jou geschreven</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="376"/>
        <source>written by someone else</source>
        <translation>door iemand anders geschreven</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="382"/>
        <source>Written %1</source>
        <translation>Geschreven op %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="385"/>
        <source>waiting to sync</source>
        <translation>wacht op synchronisatie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="388"/>
        <source>refused by the central office: %1</source>
        <translation>geweigerd door de centrale dienst: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_detail.py" line="391"/>
        <source>synced</source>
        <translation>gesynchroniseerd</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="170"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="172"/>
        <source>&amp;Logs</source>
        <translation>&amp;Verslagen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="172"/>
        <source>Show daily logs</source>
        <translation>Dagverslagen tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="173"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Mijlpalen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="173"/>
        <source>Show milestones</source>
        <translation>Mijlpalen tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="174"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="174"/>
        <source>Show contact notes</source>
        <translation>Contactverslagen tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="175"/>
        <source>&amp;Reviews</source>
        <translation>&amp;Nazichten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="175"/>
        <source>Show reviews</source>
        <translation>Nazichten tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="176"/>
        <source>&amp;Handovers</source>
        <translation>&amp;Overdrachten</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="176"/>
        <source>Show handover notes</source>
        <translation>Overdrachtsnotities tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="184"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="185"/>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="186"/>
        <source>Last month</source>
        <translation>Laatste maand</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="187"/>
        <source>Between dates</source>
        <translation>Tussen twee datums</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="190"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="191"/>
        <source>Written b&amp;y:</source>
        <translation>Geschreven d&amp;oor:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="192"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="193"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="194"/>
        <source>Fr&amp;om:</source>
        <translation>V&amp;an:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="195"/>
        <source>From date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="196"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="197"/>
        <source>To date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="198"/>
        <source>Search the records… (Ctrl+F)</source>
        <translation>Zoeken in de gegevens… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="199"/>
        <source>Search the records</source>
        <translation>Zoeken in de gegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline_filters.py" line="201"/>
        <source>Finds entries holding all the words (or words starting with them).</source>
        <translation>Vindt notities met al deze woorden (of woorden die ermee beginnen).</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../app/ui/models/timeline.py" line="669"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="670"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="671"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/models/timeline.py" line="672"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="141"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="147"/>
        <source>Records, newest first</source>
        <translation>Gegevens, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="148"/>
        <source>&amp;Delete entry</source>
        <translation>Notitie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="149"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline.py" line="357"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="359"/>
        <source>Choose at least one kind of record to show.</source>
        <translation>Kies minstens één soort gegevens om te tonen.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="361"/>
        <source>Nothing recorded in this period.</source>
        <translation>Niets genoteerd in deze periode.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/timeline.py" line="439"/>
        <source>%n result(s) among the most recent matches; add a word to narrow it.</source>
        <translation>
            <numerusform>%n resultaat bij de meest recente treffers; voeg een woord toe om te verfijnen.</numerusform>
            <numerusform>%n resultaten bij de meest recente treffers; voeg een woord toe om te verfijnen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="486"/>
        <source>This entry cannot be deleted. %1</source>
        <translation>Deze notitie kan niet verwijderd worden. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="492"/>
        <source>Delete %1 of %2</source>
        <translation>%1 van %2 verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/timeline.py" line="500"/>
        <source>Entry deleted. %1 brings it back.</source>
        <translation>Notitie verwijderd. Met %1 zet je ze terug.</translation>
    </message>
</context>
<context>
    <name>TodayDoses</name>
    <message>
        <location filename="../app/ui/pages/care_medication.py" line="386"/>
        <source>Doses to give today</source>
        <translation>Te geven dosissen vandaag</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../app/ui/pages/today.py" line="93"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="171"/>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="173"/>
        <source>Save the log (%1); %2 saves and goes to the next child without a log</source>
        <translation>Het verslag bewaren (%1); %2 bewaart en gaat naar het volgende kind zonder verslag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="179"/>
        <source>Save the log</source>
        <translation>Verslag bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="180"/>
        <source>Save the log and go to the next child</source>
        <translation>Het verslag bewaren en naar het volgende kind gaan</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="181"/>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="182"/>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="183"/>
        <source>Back to today</source>
        <translation>Terug naar vandaag</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="351"/>
        <source>Your unsaved draft of this day is kept: add it as an amendment, or discard it.</source>
        <translation>Je niet-bewaarde concept van deze dag is bijgehouden: voeg het toe als correctie, of gooi het weg.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="356"/>
        <source>Restored your unsaved draft. It is not saved yet: press Save (Ctrl+S) to keep it, or discard it.</source>
        <translation>Je niet-bewaarde concept is teruggezet. Het is nog niet bewaard: druk op Bewaren (Ctrl+S) om het te houden, of gooi het weg.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="376"/>
        <source>Something went wrong (%1).</source>
        <translation>Er ging iets mis (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="426"/>
        <source>Not saved yet · draft kept at %1</source>
        <translation>Nog niet bewaard · concept bijgehouden om %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="440"/>
        <source>Discard the draft of %1</source>
        <translation>Concept van %1 weggooien</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="447"/>
        <source>Draft discarded. Edit › Undo brings it back.</source>
        <translation>Concept weggegooid. Met Bewerken › Ongedaan maken zet je het terug.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="456"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="487"/>
        <source>Nothing is written yet: choose a mood or write a few words first.</source>
        <translation>Er is nog niets geschreven: kies eerst een stemming of schrijf een paar woorden.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="493"/>
        <source>No changes to save.</source>
        <translation>Geen wijzigingen om te bewaren.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="499"/>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="501"/>
        <source>Save the log of %1</source>
        <translation>Verslag van %1 bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="533"/>
        <source>Saved at %1</source>
        <translation>Bewaard om %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="551"/>
        <source>The log was not saved: please look at the marked fields.</source>
        <translation>Het verslag is niet bewaard: kijk de gemarkeerde velden na.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="556"/>
        <source>Your text is kept as a draft.</source>
        <translation>Je tekst blijft bewaard als concept.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="573"/>
        <source>another caregiver</source>
        <translation>een andere opvoeder</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="586"/>
        <source>Amend the log of %1</source>
        <translation>Verslag van %1 corrigeren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/today.py" line="588"/>
        <source>Amendment added at %1</source>
        <translation>Correctie toegevoegd om %1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../app/ui/unlock.py" line="121"/>
        <source>Thuisboek — locked</source>
        <translation>Thuisboek — vergrendeld</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="122"/>
        <source>Thuisboek is locked</source>
        <translation>Thuisboek is vergrendeld</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="123"/>
        <source>Enter your passphrase to open the home book.</source>
        <translation>Geef je wachtzin in om het thuisboek te openen.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="125"/>
        <source>This computer was revoked</source>
        <translation>Deze computer werd ingetrokken</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="128"/>
        <source>The central office has revoked this computer: it no longer syncs, and changes made here do not reach the office. Call the central office. You can still open the home book to read it.</source>
        <translation>De centrale dienst heeft deze computer ingetrokken: hij synchroniseert niet meer en wijzigingen die hier gemaakt worden, bereiken de dienst niet. Bel de centrale dienst. Je kunt het thuisboek nog openen om het te lezen.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="133"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="134"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="135"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="136"/>
        <source>&amp;Who are you?</source>
        <translation>Wie &amp;ben je?</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="137"/>
        <source>People on this computer</source>
        <translation>Personen op deze computer</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="138"/>
        <source>&amp;Another person…</source>
        <translation>&amp;Iemand anders…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/unlock.py" line="176"/>
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel foute wachtzinnen. Je kunt het opnieuw proberen over %n seconde.</numerusform>
            <numerusform>Te veel foute wachtzinnen. Je kunt het opnieuw proberen over %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="185"/>
        <source>You can try again now.</source>
        <translation>Je kunt het nu opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="192"/>
        <source>Please enter your passphrase.</source>
        <translation>Geef je wachtzin in.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="195"/>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock.py" line="214"/>
        <source>The home book could not be opened (%1).</source>
        <translation>Het thuisboek kon niet geopend worden (%1).</translation>
    </message>
</context>
<context>
    <name>UpcomingAppointments</name>
    <message>
        <location filename="../app/ui/window/upcoming.py" line="60"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../app/ui/window/upcoming.py" line="61"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../app/ui/window/upcoming.py" line="69"/>
        <source>Today&apos;s and tomorrow&apos;s appointments</source>
        <translation>Afspraken van vandaag en morgen</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/domain/records.py" line="525"/>
        <location filename="../app/domain/validation.py" line="27"/>
        <source>This text is too long ({length} characters; at most {limit}).</source>
        <translation>Deze tekst is te lang ({length} tekens; hoogstens {limit}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="104"/>
        <source>An amendment needs a reason.</source>
        <translation>Een correctie heeft een reden nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="123"/>
        <source>The household needs a name.</source>
        <translation>Het gezin heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="141"/>
        <source>The person needs a name.</source>
        <translation>De persoon heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="174"/>
        <source>The child needs a first name.</source>
        <translation>Het kind heeft een voornaam nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="181"/>
        <source>The date of birth {date} lies in the future.</source>
        <translation>De geboortedatum {date} ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="187"/>
        <source>The placement cannot start ({start}) before the child was born ({born}).</source>
        <translation>De plaatsing kan niet beginnen ({start}) voordat het kind geboren is ({born}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="199"/>
        <source>The placement cannot end before it started.</source>
        <translation>De plaatsing kan niet eindigen voordat ze begonnen is.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="206"/>
        <source>A placement that ended needs the day it ended.</source>
        <translation>Een beëindigde plaatsing heeft een einddatum nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="215"/>
        <source>The list of languages is too long.</source>
        <translation>De lijst met talen is te lang.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="260"/>
        <source>The relative needs a name.</source>
        <translation>Het familielid heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="266"/>
        <source>Choose the child or children this person is family of.</source>
        <translation>Kies het kind of de kinderen van wie deze persoon familie is.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="314"/>
        <source>A daily log cannot be dated in the future ({date}).</source>
        <translation>Een dagverslag kan geen datum in de toekomst hebben ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="318"/>
        <source>Mood is a number from 1 to 5.</source>
        <translation>De stemming is een getal van 1 tot 5.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="323"/>
        <source>An incident needs a severity.</source>
        <translation>Een incident moet een ernst hebben.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="369"/>
        <source>An observation cannot be dated in the future ({date}).</source>
        <translation>Een waarneming kan geen datum in de toekomst hebben ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="420"/>
        <source>Choose the kind of contact (visit, phone, letter…).</source>
        <translation>Kies de soort contact (bezoek, telefoon, brief…).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="91"/>
        <source>The medication needs a name.</source>
        <translation>De medicatie heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="97"/>
        <location filename="../app/domain/care.py" line="175"/>
        <source>Give the times of day as hours and minutes (20:00).</source>
        <translation>Geef de tijdstippen als uren en minuten (20:00).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="106"/>
        <source>The medication cannot end before it starts.</source>
        <translation>De medicatie kan niet stoppen voor ze begint.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="113"/>
        <source>The hours between two doses are between 1 and 168.</source>
        <translation>De uren tussen twee dosissen liggen tussen 1 en 168.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="169"/>
        <source>A dose cannot be noted in the future ({date}).</source>
        <translation>Een dosis kan niet in de toekomst genoteerd worden ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="184"/>
        <source>Say why a dose was refused or skipped.</source>
        <translation>Zeg waarom een dosis geweigerd of overgeslagen werd.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="224"/>
        <source>Write the goal in a few words.</source>
        <translation>Schrijf het doel in een paar woorden.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="230"/>
        <source>The review cannot come before the start.</source>
        <translation>De evaluatie kan niet voor de start komen.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="237"/>
        <source>Say why the goal was dropped.</source>
        <translation>Zeg waarom het doel losgelaten werd.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="281"/>
        <source>A step of a goal cannot lie in the future ({date}).</source>
        <translation>Een stap van een doel kan niet in de toekomst liggen ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="287"/>
        <source>A step of a goal links an entry, a status or a note.</source>
        <translation>Een stap van een doel koppelt een verslag, een stand of een notitie.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="296"/>
        <source>A linked entry needs its kind.</source>
        <translation>Een gekoppeld verslag heeft zijn soort nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="343"/>
        <location filename="../app/domain/records.py" line="427"/>
        <source>Choose at least one child.</source>
        <translation>Kies minstens één kind.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="350"/>
        <source>What happened can be told after the appointment ({date}).</source>
        <translation>Wat er gebeurde kan pas na de afspraak ingevuld worden ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="373"/>
        <source>A reminder comes at most a week before the appointment.</source>
        <translation>Een herinnering komt ten hoogste een week voor de afspraak.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="441"/>
        <source>The list of procedure steps is too long.</source>
        <translation>De lijst met stappen van de procedure is te lang.</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="450"/>
        <source>Every language needs a name.</source>
        <translation>Elke taal heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="432"/>
        <source>Choose at least one relative.</source>
        <translation>Kies minstens één familielid.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="440"/>
        <source>A contact that took place cannot be dated in the future ({date}).</source>
        <translation>Een contact dat heeft plaatsgevonden, kan geen datum in de toekomst hebben ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/care.py" line="361"/>
        <location filename="../app/domain/records.py" line="452"/>
        <source>The duration is between 1 minute and 24 hours.</source>
        <translation>De duur ligt tussen 1 minuut en 24 uur.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="571"/>
        <source>A question, follow-up or answer needs a comment.</source>
        <translation>Een vraag, opvolging of antwoord heeft een opmerking nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="579"/>
        <source>An answer must answer a question.</source>
        <translation>Een antwoord moet op een vraag antwoorden.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="643"/>
        <source>Unknown record type “{kind}”.</source>
        <translation>Onbekend itemtype “{kind}”.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="687"/>
        <source>The value of “{field}” is not valid.</source>
        <translation>De waarde van “{field}” is niet geldig.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="503"/>
        <source>A well-being check cannot be dated in the future ({date}).</source>
        <translation>Een welzijnscheck kan niet in de toekomst gedateerd zijn ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="511"/>
        <source>A well-being rating is a number from 1 to 4.</source>
        <translation>Een welzijnsscore is een getal van 1 tot 4.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="518"/>
        <source>Rate at least one dimension.</source>
        <translation>Geef minstens één domein een score.</translation>
    </message>
    <message>
        <location filename="../app/domain/story.py" line="53"/>
        <source>A kept moment cannot be dated in the future ({date}).</source>
        <translation>Een bewaard moment kan niet in de toekomst liggen ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/story.py" line="61"/>
        <source>A page of the child&apos;s words needs words.</source>
        <translation>Een pagina met de woorden van het kind heeft woorden nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/story.py" line="68"/>
        <source>Only a daily log, a milestone, a contact or a photo can be kept for the book.</source>
        <translation>Alleen een dagverslag, een mijlpaal, een contact of een foto kan bewaard worden voor het boek.</translation>
    </message>
    <message>
        <location filename="../app/domain/handover.py" line="55"/>
        <source>A handover note needs a text.</source>
        <translation>Een overdrachtsnotitie heeft een tekst nodig.</translation>
    </message>
    <message>
        <location filename="../app/domain/handover.py" line="61"/>
        <source>A handover note cannot be dated in the future ({date}).</source>
        <translation>Een overdrachtsnotitie kan niet in de toekomst gedateerd zijn ({date}).</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="72"/>
        <source>Only photos (JPEG, PNG) and PDF documents can be attached.</source>
        <translation>Alleen foto&apos;s (JPEG, PNG) en PDF-documenten kunnen toegevoegd worden.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="81"/>
        <source>An attached file holds at most {limit} MB.</source>
        <translation>Een bijgevoegd bestand is hoogstens {limit} MB groot.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="89"/>
        <source>The attached file&apos;s fingerprint is not valid.</source>
        <translation>De vingerafdruk van het bijgevoegde bestand is niet geldig.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="98"/>
        <source>An attached file needs a name (no folder).</source>
        <translation>Een bijgevoegd bestand heeft een naam nodig (zonder map).</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="107"/>
        <source>A file is attached to a child, a daily log, a milestone or a contact.</source>
        <translation>Een bestand hoort bij een kind, een dagverslag, een mijlpaal of een contact.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="118"/>
        <source>The picture&apos;s size is not valid.</source>
        <translation>De afmetingen van de afbeelding zijn niet geldig.</translation>
    </message>
    <message>
        <location filename="../app/domain/attachments.py" line="125"/>
        <source>A photo cannot be taken in the future ({date}).</source>
        <translation>Een foto kan niet in de toekomst genomen zijn ({date}).</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="30"/>
        <source>Care</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="31"/>
        <source>Food security</source>
        <translation>Voedselzekerheid</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="32"/>
        <source>Accommodation</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="33"/>
        <source>Physical health</source>
        <translation>Lichamelijke gezondheid</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="34"/>
        <source>Education and skills</source>
        <translation>Onderwijs en vaardigheden</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="35"/>
        <source>Livelihood</source>
        <translation>Bestaanszekerheid</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="36"/>
        <source>Protection and social inclusion</source>
        <translation>Bescherming en sociale inclusie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="39"/>
        <source>Social and emotional well-being</source>
        <translation>Sociaal en emotioneel welzijn</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="45"/>
        <source>Not rated</source>
        <translation>Geen score</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="46"/>
        <source>1 – serious concern</source>
        <translation>1 – ernstige zorg</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="47"/>
        <source>2 – some concern</source>
        <translation>2 – enige zorg</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="48"/>
        <source>3 – good</source>
        <translation>3 – goed</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="49"/>
        <source>4 – very good</source>
        <translation>4 – zeer goed</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="50"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
</context>
<context>
    <name>WellbeingDialog</name>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="153"/>
        <location filename="../app/ui/dialogs/wellbeing.py" line="219"/>
        <source>Well-being check</source>
        <translation>Welzijnscheck</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="158"/>
        <source>How is %1 doing? Rate what you see now; leave out what you cannot judge.</source>
        <translation>Hoe gaat het met %1? Geef een score voor wat je nu ziet; laat weg wat je niet kunt beoordelen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="161"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="162"/>
        <source>Dimension</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="162"/>
        <source>Rating</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="162"/>
        <source>One sentence (optional)</source>
        <translation>Eén zin (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="166"/>
        <source>Previous check: none</source>
        <translation>Vorige check: geen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="172"/>
        <source>Previous check (%1)</source>
        <translation>Vorige check (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="181"/>
        <source>What makes you say so?</source>
        <translation>Waarom zeg je dat?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="153"/>
        <location filename="../app/ui/dialogs/wellbeing.py" line="222"/>
        <source>Correct a well-being check</source>
        <translation>Een welzijnscheck corrigeren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/wellbeing.py" line="155"/>
        <source>R&amp;eason for the correction:</source>
        <translation>R&amp;eden van de correctie:</translation>
    </message>
</context>
<context>
    <name>WellbeingPage</name>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="70"/>
        <source>Well-being</source>
        <translation>Welzijn</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="73"/>
        <source>&amp;New well-being check…</source>
        <translation>&amp;Nieuwe welzijnscheck…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="110"/>
        <source>Dimension</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="111"/>
        <source>Latest (%1)</source>
        <translation>Laatste (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="112"/>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="113"/>
        <source>Before (%1)</source>
        <translation>Ervoor (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="114"/>
        <source>Before</source>
        <translation>Ervoor</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="115"/>
        <source>Change and note</source>
        <translation>Verandering en notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="140"/>
        <source>No well-being check yet. One every three months helps to see how the child is doing.</source>
        <translation>Nog geen welzijnscheck. Eén om de drie maanden helpt om te zien hoe het met het kind gaat.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="144"/>
        <source>A well-being check is due: the last one was on %1.</source>
        <translation>Een welzijnscheck is aan de beurt: de laatste was op %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="146"/>
        <source>Last well-being check on %1; the next one around %2.</source>
        <translation>Laatste welzijnscheck op %1; de volgende rond %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/wellbeing.py" line="74"/>
        <source>&amp;Correct the latest…</source>
        <translation>De laatste &amp;corrigeren…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../app/ui/window/menus.py" line="124"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="125"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="126"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="127"/>
        <source>H&amp;ousehold</source>
        <translation>&amp;Gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="128"/>
        <source>&amp;Add a child…</source>
        <translation>Kind &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="129"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="130"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="131"/>
        <source>&amp;Lock</source>
        <translation>Ver&amp;grendelen</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="133"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="134"/>
        <source>&amp;Redo</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="136"/>
        <source>&amp;Next household</source>
        <translation>Volgend &amp;gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="137"/>
        <source>&amp;Previous household</source>
        <translation>Vo&amp;rig gezin</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="139"/>
        <source>&amp;Next child without today&apos;s log</source>
        <translation>Volge&amp;nd kind zonder verslag van vandaag</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="140"/>
        <source>&amp;Previous child</source>
        <translation>&amp;Vorig kind</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="141"/>
        <source>&amp;Review</source>
        <translation>&amp;Nazicht</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="142"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Markeren als nagekeken</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="143"/>
        <source>Ask a &amp;question…</source>
        <translation>Een &amp;vraag stellen…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="144"/>
        <source>Ask for a &amp;follow-up…</source>
        <translation>&amp;Opvolging vragen…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="146"/>
        <source>S&amp;ync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="147"/>
        <source>&amp;Connect to the central office…</source>
        <translation>&amp;Verbinden met de centrale dienst…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="148"/>
        <source>Re&amp;fused changes…</source>
        <translation>Geweigerde &amp;wijzigingen…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="149"/>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="150"/>
        <source>User &amp;guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../app/ui/window/menus.py" line="151"/>
        <source>&amp;About Thuisboek</source>
        <translation>&amp;Over Thuisboek</translation>
    </message>
</context>
<context>
    <name>WordsDialog</name>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="55"/>
        <source>My words</source>
        <translation>Mijn woorden</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="58"/>
        <source>Write down what {name} wants to say, in {name}&apos;s own words: what they like, who matters to them, what they are proud of. It goes on the My words page of the book.</source>
        <translation>Schrijf op wat {name} wil zeggen, in de eigen woorden van {name}: wat {name} fijn vindt, wie belangrijk is, waar {name} trots op is. Het komt op de pagina Mijn woorden van het boek.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/child_story.py" line="63"/>
        <source>The child&apos;s words</source>
        <translation>De woorden van het kind</translation>
    </message>
</context>
<context>
    <name>YoungExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="100"/>
        <source>Export for {name}</source>
        <translation>Export voor {name}</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="103"/>
        <source>What {name} receives on leaving: “My file”, a readable copy of what was written about {name} that is theirs to keep (decided per kind of record: no incidents, reviews, questions or professional notes), and the book. Two PDF files are written into the folder you choose, and nothing else. Hand them over and do not keep a copy.</source>
        <translation>Wat {name} bij het vertrek krijgt: “Mijn dossier”, een leesbare kopie van wat over {name} geschreven werd en van {name} is om te bewaren (per soort gegeven beslist: geen incidenten, nalezingen, vragen of professionele notities), en het boek. Twee PDF-bestanden worden geschreven in de map die je kiest, en verder niets. Geef ze af en bewaar geen kopie.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="110"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="111"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="112"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="113"/>
        <source>&amp;Make the export</source>
        <translation>Export &amp;maken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="114"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="117"/>
        <source>Choose the folder</source>
        <translation>Kies de map</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="141"/>
        <source>Making the export…</source>
        <translation>De export wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="167"/>
        <source>Written into {folder}:
{names}</source>
        <translation>Geschreven in {folder}:
{names}</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="179"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export werd geannuleerd; er werd niets geschreven.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/young_export.py" line="183"/>
        <source>The export could not be made; nothing was written.</source>
        <translation>De export kon niet gemaakt worden; er werd niets geschreven.</translation>
    </message>
</context>
</TS>
