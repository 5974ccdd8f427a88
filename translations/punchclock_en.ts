<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CliOutput</name>
    <message numerus="yes">
        <source>%n change(s) not sent yet
</source>
        <translation>
            <numerusform>%n change not sent yet
</numerusform>
            <numerusform>%n changes not sent yet
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectMatch</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::BulkEditController</name>
    <message numerus="yes">
        <source>Restoring %n entries…</source>
        <translation>
            <numerusform>Restoring %n entry…</numerusform>
            <numerusform>Restoring %n entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing %n entries…</source>
        <translation>
            <numerusform>Changing %n entry…</numerusform>
            <numerusform>Changing %n entries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n Entries</source>
        <translation>
            <numerusform>Edit %n Entry</numerusform>
            <numerusform>Edit %n Entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n entries</source>
        <translation>
            <numerusform>Edit %n entry</numerusform>
            <numerusform>Edit %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n entries</source>
        <translation>
            <numerusform>&amp;Apply to %n entry</numerusform>
            <numerusform>&amp;Apply to %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n entries…</source>
        <translation>
            <numerusform>&amp;Delete %n entry…</numerusform>
            <numerusform>&amp;Delete %n entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries with %1 of tracked time?</source>
        <translation>
            <numerusform>Delete %n entry with %1 of tracked time?</numerusform>
            <numerusform>Delete %n entries with %1 of tracked time?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n entries…</source>
        <translation>
            <numerusform>Saving %n entry…</numerusform>
            <numerusform>Saving %n entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n entries…</source>
        <translation>
            <numerusform>Deleting %n entry…</numerusform>
            <numerusform>Deleting %n entries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::BulkEditForm</name>
    <message numerus="yes">
        <source>The selected entries are in %n workspaces: a project can&apos;t be set for all of them.</source>
        <translation>
            <numerusform>The selected entries are in %n workspace: a project can&apos;t be set for all of them.</numerusform>
            <numerusform>The selected entries are in %n workspaces: a project can&apos;t be set for all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::BulkReportDialog</name>
    <message numerus="yes">
        <source>%n entries changed.</source>
        <translation>
            <numerusform>%n entry changed.</numerusform>
            <numerusform>%n entries changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries deleted.</source>
        <translation>
            <numerusform>%n entry deleted.</numerusform>
            <numerusform>%n entries deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries restored.</source>
        <translation>
            <numerusform>%n entry restored.</numerusform>
            <numerusform>%n entries restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n entries; they keep their previous values.</source>
        <translation>
            <numerusform>The server refused %n entry; it keeps its previous values.</numerusform>
            <numerusform>The server refused %n entries; they keep their previous values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were not sent (cancelled) and are unchanged.</source>
        <translation>
            <numerusform>%n entry was not sent (cancelled) and is unchanged.</numerusform>
            <numerusform>%n entries were not sent (cancelled) and are unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries got no answer; refresh to see their state.</source>
        <translation>
            <numerusform>%n entry got no answer; refresh to see its state.</numerusform>
            <numerusform>%n entries got no answer; refresh to see their state.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::DayGroupModel</name>
    <message numerus="yes">
        <source>%1, %n entries</source>
        <translation>
            <numerusform>%1, %n entry</numerusform>
            <numerusform>%1, %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::DesktopIntegration</name>
    <message numerus="yes">
        <source>Offline: %n change(s) will be sent when the server can be reached again.</source>
        <translation>
            <numerusform>Offline: %n change will be sent when the server can be reached again.</numerusform>
            <numerusform>Offline: %n changes will be sent when the server can be reached again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) not sent yet</source>
        <translation>
            <numerusform>Offline: %n change not sent yet</numerusform>
            <numerusform>Offline: %n changes not sent yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::EntriesView</name>
    <message numerus="yes">
        <source>Edit %n entr&amp;ies…</source>
        <translation>
            <numerusform>Edit %n entr&amp;y…</numerusform>
            <numerusform>Edit %n entr&amp;ies…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::FocusBulkDialog</name>
    <message numerus="yes">
        <source>Edit %n Focus Entries</source>
        <translation>
            <numerusform>Edit %n Focus Entry</numerusform>
            <numerusform>Edit %n Focus Entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Focus entries</source>
        <translation>
            <numerusform>Edit %n Focus entry</numerusform>
            <numerusform>Edit %n Focus entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n entries</source>
        <translation>
            <numerusform>&amp;Apply to %n entry</numerusform>
            <numerusform>&amp;Apply to %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n entries</source>
        <translation>
            <numerusform>&amp;Delete %n entry</numerusform>
            <numerusform>&amp;Delete %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Restore %n entries</source>
        <translation>
            <numerusform>&amp;Restore %n entry</numerusform>
            <numerusform>&amp;Restore %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::FocusSync</name>
    <message numerus="yes">
        <source>%n unsent Toggl Focus change(s) belong to another API key or organization (organization %1); they are kept and sent when you use it again.</source>
        <translation>
            <numerusform>%n unsent Toggl Focus change belongs to another API key or organization (organization %1); it is kept and sent when you use it again.</numerusform>
            <numerusform>%n unsent Toggl Focus changes belong to another API key or organization (organization %1); they are kept and sent when you use it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::FocusView</name>
    <message numerus="yes">
        <source>Edit %n entries…</source>
        <translation>
            <numerusform>Edit %n entry…</numerusform>
            <numerusform>Edit %n entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s) made in this organization with another API key, using the current key? Do this when you regenerated your own key: they are saved as the current key&apos;s user.</source>
        <translation>
            <numerusform>Send %n change made in this organization with another API key, using the current key? Do this when you regenerated your own key: it is saved as the current key&apos;s user.</numerusform>
            <numerusform>Send %n changes made in this organization with another API key, using the current key? Do this when you regenerated your own key: they are saved as the current key&apos;s user.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s) are sent with this key</source>
        <translation>
            <numerusform>%n waiting change is sent with this key</numerusform>
            <numerusform>%n waiting changes are sent with this key</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::HeadlessRunner</name>
    <message numerus="yes">
        <source>Offline: saved, %n change(s) waiting; they are sent by the next command or by Punchclock</source>
        <translation>
            <numerusform>Offline: saved, %n change waiting; they are sent by the next command or by Punchclock</numerusform>
            <numerusform>Offline: saved, %n changes waiting; they are sent by the next command or by Punchclock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::MainWindow</name>
    <message numerus="yes">
        <source>%n time entries loaded</source>
        <translation>
            <numerusform>%n time entry loaded</numerusform>
            <numerusform>%n time entries loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests left this hour</source>
        <translation>
            <numerusform>%n request left this hour</numerusform>
            <numerusform>%n requests left this hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n entries</source>
        <translation>
            <numerusform>Week of %1: %n entry</numerusform>
            <numerusform>Week of %1: %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::PomodoroTimer</name>
    <message numerus="yes">
        <source>Work for %n minute(s), until %1.</source>
        <translation>
            <numerusform>Work for %n minute, until %1.</numerusform>
            <numerusform>Work for %n minutes, until %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take a break of %n minute(s), until %1.</source>
        <translation>
            <numerusform>Take a break of %n minute, until %1.</numerusform>
            <numerusform>Take a break of %n minutes, until %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ReturnDialog</name>
    <message numerus="yes">
        <source>The computer slept from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>The computer slept from %1 to %2 (%n min) while %3 was running.</numerusform>
            <numerusform>The computer slept from %1 to %2 (%n min) while %3 was running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The screen was locked from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>The screen was locked from %1 to %2 (%n min) while %3 was running.</numerusform>
            <numerusform>The screen was locked from %1 to %2 (%n min) while %3 was running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The computer was shut down from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>The computer was shut down from %1 to %2 (%n min) while %3 was running.</numerusform>
            <numerusform>The computer was shut down from %1 to %2 (%n min) while %3 was running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You were idle from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>You were idle from %1 to %2 (%n min) while %3 was running.</numerusform>
            <numerusform>You were idle from %1 to %2 (%n min) while %3 was running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::SyncStatusLabel</name>
    <message numerus="yes">
        <source>Offline · %n change(s) not sent</source>
        <translation>
            <numerusform>Offline · %n change not sent</numerusform>
            <numerusform>Offline · %n changes not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::TrackSession</name>
    <message numerus="yes">
        <source>%n unsent change(s) belong to another account (%1); they are kept and sent when you sign in to it again.</source>
        <translation>
            <numerusform>%n unsent change belongs to another account (%1); it is kept and sent when you sign in to it again.</numerusform>
            <numerusform>%n unsent changes belong to another account (%1); they are kept and sent when you sign in to it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::TrackingReminder</name>
    <message numerus="yes">
        <source>The timer has run for over %n hour(s)</source>
        <translation>
            <numerusform>The timer has run for over %n hour</numerusform>
            <numerusform>The timer has run for over %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::UndoHistory</name>
    <message numerus="yes">
        <source>Add %n Entries</source>
        <translation>
            <numerusform>Add %n Entry</numerusform>
            <numerusform>Add %n Entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Edit of %n Entries</source>
        <translation>
            <numerusform>Bulk Edit of %n Entry</numerusform>
            <numerusform>Bulk Edit of %n Entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Entries</source>
        <translation>
            <numerusform>Delete %n Entry</numerusform>
            <numerusform>Delete %n Entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::WeeklyReportView</name>
    <message numerus="yes">
        <source>Total %1 · billable %2 · non-billable %3 · %n entries</source>
        <translation>
            <numerusform>Total %1 · billable %2 · non-billable %3 · %n entry</numerusform>
            <numerusform>Total %1 · billable %2 · non-billable %3 · %n entries</numerusform>
        </translation>
    </message>
</context>
</TS>
