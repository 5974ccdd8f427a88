<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CliOutput</name>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Running %1  %2
</source>
        <translation>Läuft %1  %2
</translation>
    </message>
    <message>
        <source>Stopped
</source>
        <translation>Gestoppt
</translation>
    </message>
    <message>
        <source>Today %1
</source>
        <translation>Heute %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet
</source>
        <translation>
            <numerusform>%n Änderung noch nicht gesendet
</numerusform>
            <numerusform>%n Änderungen noch nicht gesendet
</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>No entries
</source>
        <translation>Keine Einträge
</translation>
    </message>
    <message>
        <source>Total %1
</source>
        <translation>Gesamt %1
</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Punchclock is running but does not answer on D-Bus (no session bus?): use its window</source>
        <translation>Punchclock läuft, antwortet aber nicht über D-Bus (kein Sitzungsbus?): verwenden Sie sein Fenster</translation>
    </message>
</context>
<context>
    <name>ProjectMatch</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Project “%1” is ambiguous: %2</source>
        <translation>Projekt „%1“ ist nicht eindeutig: %2</translation>
    </message>
    <message>
        <source>Unknown project “%1”: there are no projects</source>
        <translation>Unbekanntes Projekt „%1“: es gibt keine Projekte</translation>
    </message>
    <message>
        <source>Unknown project “%1”; projects: %2</source>
        <translation>Unbekanntes Projekt „%1“; Projekte: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Toggl-compatible server to use (default: %1).</source>
        <translation>Zu verwendender Toggl-kompatibler Server (Standard: %1).</translation>
    </message>
    <message>
        <source>Toggl Focus organization ID (the Focus API key comes from PUNCHCLOCK_FOCUS_KEY).</source>
        <translation>Organisations-ID für Toggl Focus (der Focus-API-Schlüssel kommt aus PUNCHCLOCK_FOCUS_KEY).</translation>
    </message>
    <message>
        <source>&amp;Focus</source>
        <translation>&amp;Focus</translation>
    </message>
    <message>
        <source>Punchclock</source>
        <translation>Punchclock</translation>
    </message>
    <message>
        <source>start: the project (its name, any case).</source>
        <translation>start: das Projekt (sein Name, Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>start: a tag (repeat for more).</source>
        <translation>start: ein Schlagwort (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>status, today, list: print JSON instead of text.</source>
        <translation>status, today, list: JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>list: this week&apos;s entries (the default).</source>
        <translation>list: die Einträge dieser Woche (Standard).</translation>
    </message>
    <message>
        <source>Desktop timer for Toggl Track.

Without a command it opens the window. With one, it drives the timer: through the running app when there is one, else on its own, without a window.
Exit status: 0 done, 1 failed, 2 usage error, 3 saved offline (sent later).</source>
        <translation>Desktop-Timer für Toggl Track.

Ohne Befehl öffnet es das Fenster. Mit einem steuert es den Timer: über die laufende Anwendung, wenn es eine gibt, sonst allein, ohne Fenster.
Rückgabewert: 0 erledigt, 1 fehlgeschlagen, 2 Aufruffehler, 3 offline gespeichert (später gesendet).</translation>
    </message>
    <message>
        <source>start [description], stop, toggle, continue, status, today or list.</source>
        <translation>start [Beschreibung], stop, toggle, continue, status, today oder list.</translation>
    </message>
    <message>
        <source>-p, -t, --json and --week go with a command (see --help).</source>
        <translation>-p, -t, --json und --week gehören zu einem Befehl (siehe --help).</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use one of %2.</source>
        <translation>Unbekannter Befehl „%1“: verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments (got “%2”).</source>
        <translation>„%1“ nimmt keine Argumente (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>-p and -t go with “start” only.</source>
        <translation>-p und -t gehören nur zu „start“.</translation>
    </message>
    <message>
        <source>--json goes with “status”, “today” and “list” only.</source>
        <translation>--json gehört nur zu „status“, „today“ und „list“.</translation>
    </message>
    <message>
        <source>--week goes with “list” only.</source>
        <translation>--week gehört nur zu „list“.</translation>
    </message>
    <message>
        <source>-p names one project.</source>
        <translation>-p nennt ein Projekt.</translation>
    </message>
    <message>
        <source>-t needs a tag name.</source>
        <translation>-t braucht einen Schlagwortnamen.</translation>
    </message>
</context>
<context>
    <name>punchclock::AboutDialog</name>
    <message>
        <source>About Punchclock</source>
        <translation>Über Punchclock</translation>
    </message>
    <message>
        <source>A fast, native desktop timer for Toggl Track and Toggl Focus.</source>
        <translation>Ein schneller, nativer Desktop-Timer für Toggl Track und Toggl Focus.</translation>
    </message>
    <message>
        <source>Punchclock is free software: you can redistribute it and modify it under the terms of the %1, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Punchclock ist freie Software: Sie können es unter den Bedingungen der %1, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern. Es wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
    <message>
        <source>Website and source code</source>
        <translation>Website und Quellcode</translation>
    </message>
    <message>
        <source>About Toggl Track</source>
        <translation>Über Toggl Track</translation>
    </message>
    <message>
        <source>Punchclock is not affiliated with Toggl. Built with Qt %1.</source>
        <translation>Punchclock steht in keiner Verbindung zu Toggl. Erstellt mit Qt %1.</translation>
    </message>
</context>
<context>
    <name>punchclock::ApiError</name>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Not signed in: credentials missing or rejected</source>
        <translation>Nicht angemeldet: Zugangsdaten fehlen oder wurden abgelehnt</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Bezahlung erforderlich</translation>
    </message>
    <message>
        <source>Access denied: check the API token</source>
        <translation>Zugriff verweigert: Prüfen Sie den API-Token</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Request quota used up</source>
        <translation>Anfragekontingent aufgebraucht</translation>
    </message>
    <message>
        <source>Premium feature</source>
        <translation>Premium-Funktion</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Zu viele Anfragen in kurzer Zeit</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Malformed answer</source>
        <translation>Fehlerhafte Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Insecure server address</source>
        <translation>Unsichere Serveradresse</translation>
    </message>
</context>
<context>
    <name>punchclock::ApiTransport</name>
    <message>
        <source>Not a usable server address: %1</source>
        <translation>Keine verwendbare Serveradresse: %1</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1: only https is allowed (plain http only to this computer)</source>
        <translation>Zugangsdaten werden nicht an %1 gesendet: Nur https ist erlaubt (unverschlüsseltes http nur zu diesem Computer)</translation>
    </message>
    <message>
        <source>The hourly request quota is used up; it resets at %1</source>
        <translation>Das stündliche Anfragekontingent ist aufgebraucht; es wird um %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The connection closed before the answer arrived; the server may have it</source>
        <translation>Die Verbindung wurde vor der Antwort geschlossen; der Server hat die Änderung möglicherweise erhalten</translation>
    </message>
</context>
<context>
    <name>punchclock::ApplicationService</name>
    <message>
        <source>Unknown action “%1”: use toggle, stop, continue or show</source>
        <translation>Unbekannte Aktion „%1“: verwenden Sie toggle, stop, continue oder show</translation>
    </message>
</context>
<context>
    <name>punchclock::AwayBanner</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Timer gestoppt</translation>
    </message>
    <message>
        <source>Why the timer stopped</source>
        <translation>Warum der Timer gestoppt wurde</translation>
    </message>
    <message>
        <source>Continue the stopped entry</source>
        <translation>Den gestoppten Eintrag fortsetzen</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>The timer was stopped at %1 when the computer went to sleep.</source>
        <translation>Der Timer wurde um %1 gestoppt, als der Computer in den Ruhezustand ging.</translation>
    </message>
    <message>
        <source>The timer was stopped at %1 when the screen was locked.</source>
        <translation>Der Timer wurde um %1 gestoppt, als der Bildschirm gesperrt wurde.</translation>
    </message>
    <message>
        <source>The timer was stopped at %1 when the computer shut down.</source>
        <translation>Der Timer wurde um %1 gestoppt, als der Computer heruntergefahren wurde.</translation>
    </message>
    <message>
        <source>The timer was stopped at %1 when you went idle.</source>
        <translation>Der Timer wurde um %1 gestoppt, als Sie inaktiv wurden.</translation>
    </message>
</context>
<context>
    <name>punchclock::BulkEditController</name>
    <message numerus="yes">
        <source>Restoring %n entries…</source>
        <translation>
            <numerusform>%n Eintrag wird wiederhergestellt …</numerusform>
            <numerusform>%n Einträge werden wiederhergestellt …</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Massenbearbeitung rückgängig machen</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Fortschritt des Rückgängigmachens</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n entries…</source>
        <translation>
            <numerusform>Ändere %n Eintrag…</numerusform>
            <numerusform>Ändere %n Einträge…</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo Bulk Edit</source>
        <translation>Massenbearbeitung wiederholen</translation>
    </message>
</context>
<context>
    <name>punchclock::BulkEditDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Entries</source>
        <translation>
            <numerusform>%n Eintrag bearbeiten</numerusform>
            <numerusform>%n Einträge bearbeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n entries</source>
        <translation>
            <numerusform>%n Eintrag bearbeiten</numerusform>
            <numerusform>%n Einträge bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 tracked</source>
        <translation>%1 · %2 erfasst</translation>
    </message>
    <message>
        <source>Selection summary</source>
        <translation>Zusammenfassung der Auswahl</translation>
    </message>
    <message>
        <source>Only the checked fields change; everything else stays as it is.</source>
        <translation>Nur die markierten Felder werden geändert, alles andere bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n entries</source>
        <translation>
            <numerusform>Auf %n Eintrag a&amp;nwenden</numerusform>
            <numerusform>Auf %n Einträge a&amp;nwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the checked changes</source>
        <translation>Die markierten Änderungen übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n entries…</source>
        <translation>
            <numerusform>%n Eintrag &amp;löschen …</numerusform>
            <numerusform>%n Einträge &amp;löschen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all selected entries</source>
        <translation>Alle ausgewählten Einträge löschen</translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation>Einträge löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted Track entries cannot be brought back.</source>
        <translation>Gelöschte Track-Einträge lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries with %1 of tracked time?</source>
        <translation>
            <numerusform>%n Eintrag mit %1 erfasster Zeit löschen?</numerusform>
            <numerusform>%n Einträge mit %1 erfasster Zeit löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n entries…</source>
        <translation>
            <numerusform>%n Eintrag wird gespeichert …</numerusform>
            <numerusform>%n Einträge werden gespeichert …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n entries…</source>
        <translation>
            <numerusform>%n Eintrag wird gelöscht …</numerusform>
            <numerusform>%n Einträge werden gelöscht …</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current request…</source>
        <translation>Wird nach der laufenden Anfrage gestoppt …</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop after the current request</source>
        <translation>Nach der laufenden Anfrage stoppen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>punchclock::BulkEditForm</name>
    <message>
        <source>New description for every entry</source>
        <translation>Neue Beschreibung für jeden Eintrag</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>What to do with the tags</source>
        <translation>Was mit den Tags geschehen soll</translation>
    </message>
    <message>
        <source>tag, another tag</source>
        <translation>Tag, weiteres Tag</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Nicht abrechenbar</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Abrechenbar</translation>
    </message>
    <message>
        <source>Task ID (empty: no task)</source>
        <translation>Aufgaben-ID (leer: keine Aufgabe)</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>Auf&amp;gabe</translation>
    </message>
    <message>
        <source>Later by</source>
        <translation>Später um</translation>
    </message>
    <message>
        <source>Earlier by</source>
        <translation>Früher um</translation>
    </message>
    <message>
        <source>Move later or earlier</source>
        <translation>Nach später oder früher verschieben</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days to move</source>
        <translation>Zu verschiebende Tage</translation>
    </message>
    <message>
        <source>Hours and minutes to move</source>
        <translation>Zu verschiebende Stunden und Minuten</translation>
    </message>
    <message>
        <source>&amp;Move start and stop</source>
        <translation>Start und Ende &amp;verschieben</translation>
    </message>
    <message>
        <source>Change this field on every selected entry</source>
        <translation>Dieses Feld in jedem ausgewählten Eintrag ändern</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>The selected entries are in %n workspaces: a project can&apos;t be set for all of them.</source>
        <translation>
            <numerusform>Die ausgewählten Einträge liegen in %n Arbeitsbereich: ein Projekt kann nicht für alle gesetzt werden.</numerusform>
            <numerusform>Die ausgewählten Einträge liegen in %n Arbeitsbereichen: ein Projekt kann nicht für alle gesetzt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::BulkReportDialog</name>
    <message numerus="yes">
        <source>%n entries changed.</source>
        <translation>
            <numerusform>%n Eintrag geändert.</numerusform>
            <numerusform>%n Einträge geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries deleted.</source>
        <translation>
            <numerusform>%n Eintrag gelöscht.</numerusform>
            <numerusform>%n Einträge gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries restored.</source>
        <translation>
            <numerusform>%n Eintrag wiederhergestellt.</numerusform>
            <numerusform>%n Einträge wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk Edit Report</source>
        <translation>Bericht zur Massenbearbeitung</translation>
    </message>
    <message>
        <source>Bulk edit report</source>
        <translation>Bericht zur Massenbearbeitung</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n entries; they keep their previous values.</source>
        <translation>
            <numerusform>Der Server hat %n Eintrag abgelehnt; er behält seine vorherigen Werte.</numerusform>
            <numerusform>Der Server hat %n Einträge abgelehnt; sie behalten ihre vorherigen Werte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were not sent (cancelled) and are unchanged.</source>
        <translation>
            <numerusform>%n Eintrag wurde nicht gesendet (abgebrochen) und ist unverändert.</numerusform>
            <numerusform>%n Einträge wurden nicht gesendet (abgebrochen) und sind unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries got no answer; refresh to see their state.</source>
        <translation>
            <numerusform>Für %n Eintrag kam keine Antwort; aktualisieren Sie, um seinen Stand zu sehen.</numerusform>
            <numerusform>Für %n Einträge kam keine Antwort; aktualisieren Sie, um ihren Stand zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by an error: %1</source>
        <translation>Durch einen Fehler gestoppt: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Entries the server refused</source>
        <translation>Vom Server abgelehnte Einträge</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Meldung des Servers</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>Bericht schließen</translation>
    </message>
</context>
<context>
    <name>punchclock::ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Text löschen</translation>
    </message>
</context>
<context>
    <name>punchclock::CredentialStore</name>
    <message>
        <source>The keychain entry is empty.</source>
        <translation>Der Eintrag im Schlüsselbund ist leer.</translation>
    </message>
    <message>
        <source>No saved sign-in to keep the key with.</source>
        <translation>Keine gespeicherte Anmeldung, bei der der Schlüssel abgelegt werden kann.</translation>
    </message>
    <message>
        <source>The saved sign-in changed.</source>
        <translation>Die gespeicherte Anmeldung hat sich geändert.</translation>
    </message>
</context>
<context>
    <name>punchclock::DBusIdleSource</name>
    <message>
        <source>KDE (org.freedesktop.ScreenSaver)</source>
        <translation>KDE (org.freedesktop.ScreenSaver)</translation>
    </message>
    <message>
        <source>GNOME (Mutter idle monitor)</source>
        <translation>GNOME (Mutter-Leerlaufmonitor)</translation>
    </message>
    <message>
        <source>No session bus</source>
        <translation>Kein Sitzungsbus</translation>
    </message>
    <message>
        <source>Unexpected answer from %1</source>
        <translation>Unerwartete Antwort von %1</translation>
    </message>
</context>
<context>
    <name>punchclock::DayGroupModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n entries</source>
        <translation>
            <numerusform>%1, %n Eintrag</numerusform>
            <numerusform>%1, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>day heading format, this year</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <comment>day heading format, other years</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>punchclock::DesktopIntegration</name>
    <message>
        <source>There is no system tray: Punchclock was minimised instead of closed. Quit from the File menu.</source>
        <translation>Es gibt keinen Infobereich: Punchclock wurde minimiert statt geschlossen. Beenden Sie es über das Menü „Datei“.</translation>
    </message>
    <message>
        <source>Punchclock is still running</source>
        <translation>Punchclock läuft weiter</translation>
    </message>
    <message>
        <source>The timer keeps going in the tray. To quit when the window closes, turn off “Close to tray” in the tray menu.</source>
        <translation>Der Timer läuft im Infobereich weiter. Soll Punchclock beim Schließen des Fensters beendet werden, schalten Sie „Beim Schließen in den Infobereich“ im Menü des Infobereichs aus.</translation>
    </message>
    <message>
        <source>Punchclock</source>
        <translation>Punchclock</translation>
    </message>
    <message>
        <source>Punchclock — no timer running</source>
        <translation>Punchclock – kein Timer läuft</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) will be sent when the server can be reached again.</source>
        <translation>
            <numerusform>Offline: %n Änderung wird gesendet, sobald der Server wieder erreichbar ist.</numerusform>
            <numerusform>Offline: %n Änderungen werden gesendet, sobald der Server wieder erreichbar ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) not sent yet</source>
        <translation>
            <numerusform>Offline: %n Änderung noch nicht gesendet</numerusform>
            <numerusform>Offline: %n Änderungen noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>No timer running · %1</source>
        <translation>Kein Timer läuft · %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>punchclock::EntriesView</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Zeiteinträge</translation>
    </message>
    <message>
        <source>Start a new timer like this entry</source>
        <translation>Einen neuen Timer wie diesen Eintrag starten</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Entry actions</source>
        <translation>Aktionen für Einträge</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten …</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n entr&amp;ies…</source>
        <translation>
            <numerusform>%n Eintrag &amp;bearbeiten …</numerusform>
            <numerusform>%n Einträge &amp;bearbeiten …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::EntryColumns</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Fit Columns to Window</source>
        <translation>Spalten an Fenster anpassen</translation>
    </message>
    <message>
        <source>Hide the less important columns when the window is narrow</source>
        <translation>Weniger wichtige Spalten ausblenden, wenn das Fenster schmal ist</translation>
    </message>
    <message>
        <source>Default Order (Newest First)</source>
        <translation>Standardreihenfolge (neueste zuerst)</translation>
    </message>
</context>
<context>
    <name>punchclock::EntryDelegate</name>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stop time</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>1:30, 1:30:15, 90m, 1h 30m or 1.5h</source>
        <translation>1:30, 1:30:15, 90m, 1h 30m oder 1.5h</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Not a duration. Try 1:30, 1:30:15, 90m, 1h 30m or 1.5h.</source>
        <translation>Keine gültige Dauer. Versuchen Sie 1:30, 1:30:15, 90m, 1h 30m oder 1.5h.</translation>
    </message>
    <message>
        <source>%1 The old value is kept.</source>
        <translation>%1 Der alte Wert bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>punchclock::EntryDialog</name>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Abrechenbar</translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit Entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>e.g. 1h 30m or 1:30</source>
        <translation>z. B. 1h 30m oder 1:30</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>St&amp;op:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Ende: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::EntryEdit</name>
    <message>
        <source>Unknown project.</source>
        <translation>Unbekanntes Projekt.</translation>
    </message>
    <message>
        <source>Not a valid start time.</source>
        <translation>Keine gültige Startzeit.</translation>
    </message>
    <message>
        <source>A running entry cannot start in the future.</source>
        <translation>Ein laufender Eintrag kann nicht in der Zukunft beginnen.</translation>
    </message>
    <message>
        <source>Not a valid stop time.</source>
        <translation>Keine gültige Endzeit.</translation>
    </message>
    <message>
        <source>Stop must not be before start.</source>
        <translation>Das Ende darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Not a duration. Try 1:30, 1:30:15, 90m, 1h 30m or 1.5h.</source>
        <translation>Keine gültige Dauer. Versuchen Sie 1:30, 1:30:15, 90m, 1h 30m oder 1.5h.</translation>
    </message>
    <message>
        <source>That project is in another workspace.</source>
        <translation>Dieses Projekt gehört zu einem anderen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusBulkDialog</name>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Move to &amp;task</source>
        <translation>In andere &amp;Aufgabe verschieben</translation>
    </message>
    <message>
        <source>&amp;Move start</source>
        <translation>Start &amp;verschieben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Focus Entries</source>
        <translation>
            <numerusform>%n Focus-Eintrag bearbeiten</numerusform>
            <numerusform>%n Focus-Einträge bearbeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Focus entries</source>
        <translation>
            <numerusform>%n Focus-Eintrag bearbeiten</numerusform>
            <numerusform>%n Focus-Einträge bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the checked fields change; everything else stays as it is.</source>
        <translation>Nur die markierten Felder werden geändert, alles andere bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>Aufgaben-ID</translation>
    </message>
    <message>
        <source>Later by</source>
        <translation>Später um</translation>
    </message>
    <message>
        <source>Earlier by</source>
        <translation>Früher um</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Change the type</source>
        <translation>Den Typ ändern</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Move to another task</source>
        <translation>In eine andere Aufgabe verschieben</translation>
    </message>
    <message>
        <source>Move the start times</source>
        <translation>Die Startzeiten verschieben</translation>
    </message>
    <message>
        <source>Move later or earlier</source>
        <translation>Nach später oder früher verschieben</translation>
    </message>
    <message>
        <source>Days to move</source>
        <translation>Zu verschiebende Tage</translation>
    </message>
    <message>
        <source>Hours and minutes to move</source>
        <translation>Zu verschiebende Stunden und Minuten</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n entries</source>
        <translation>
            <numerusform>Auf %n Eintrag a&amp;nwenden</numerusform>
            <numerusform>Auf %n Einträge a&amp;nwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the checked changes</source>
        <translation>Die markierten Änderungen übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n entries</source>
        <translation>
            <numerusform>%n Eintrag &amp;löschen</numerusform>
            <numerusform>%n Einträge &amp;löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected entries</source>
        <translation>Die ausgewählten Einträge löschen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Restore %n entries</source>
        <translation>
            <numerusform>%n Eintrag &amp;wiederherstellen</numerusform>
            <numerusform>%n Einträge &amp;wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the selected deleted entries</source>
        <translation>Die ausgewählten gelöschten Einträge wiederherstellen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Focus entry %1</source>
        <translation>Focus-Eintrag %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stopping after the current request…</source>
        <translation>Wird nach der laufenden Anfrage gestoppt …</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusConnectionTest</name>
    <message>
        <source>Enter your Focus API key first.</source>
        <translation>Geben Sie zuerst Ihren Focus-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the organization ID first: the number after /organizations/ in the Focus web app&apos;s address.</source>
        <translation>Geben Sie zuerst die Organisations-ID ein: die Zahl nach /organizations/ in der Adresse der Focus-Web-App.</translation>
    </message>
    <message>
        <source>Checking the API key…</source>
        <translation>API-Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>%1 answered, but not like Toggl Focus: check the server address.</source>
        <translation>%1 hat geantwortet, aber nicht wie Toggl Focus: Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The API key works, but your Focus account has no current workspace: open Toggl Focus once and choose one.</source>
        <translation>Der API-Schlüssel funktioniert, aber Ihr Focus-Konto hat keinen aktuellen Arbeitsbereich: Öffnen Sie Toggl Focus einmal und wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>Checking organization %1…</source>
        <translation>Organisation %1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 answered the task list, but not like Toggl Focus: check the server address.</source>
        <translation>%1 hat die Aufgabenliste beantwortet, aber nicht wie Toggl Focus: Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>Connected: organization %1, workspace %2. Tasks: %3.</source>
        <translation>Verbunden: Organisation %1, Arbeitsbereich %2. Aufgaben: %3.</translation>
    </message>
    <message>
        <source>Connected: organization %1, workspace %2.</source>
        <translation>Verbunden: Organisation %1, Arbeitsbereich %2.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the network connection and the server address.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Netzwerkverbindung und die Serveradresse.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the network connection, then try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Focus server had an error (HTTP %1). Try again later.</source>
        <translation>Beim Focus-Server ist ein Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The Focus API key was refused. Copy it again from your Toggl Focus profile.</source>
        <translation>Der Focus-API-Schlüssel wurde abgelehnt. Kopieren Sie ihn erneut aus Ihrem Toggl-Focus-Profil.</translation>
    </message>
    <message>
        <source>The API key works, but has no access to organization %1 (workspace %2). Check the organization ID: it is the number after /organizations/ in the Focus web app&apos;s address.</source>
        <translation>Der API-Schlüssel funktioniert, hat aber keinen Zugriff auf Organisation %1 (Arbeitsbereich %2). Prüfen Sie die Organisations-ID: Es ist die Zahl nach /organizations/ in der Adresse der Focus-Web-App.</translation>
    </message>
    <message>
        <source>Organization %1 or its workspace %2 was not found. Check the organization ID: it is the number after /organizations/ in the Focus web app&apos;s address.</source>
        <translation>Organisation %1 oder ihr Arbeitsbereich %2 wurde nicht gefunden. Prüfen Sie die Organisations-ID: Es ist die Zahl nach /organizations/ in der Adresse der Focus-Web-App.</translation>
    </message>
    <message>
        <source>%1 does not serve the Toggl Focus API: check the server address.</source>
        <translation>%1 bietet die Toggl-Focus-API nicht an: Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>Toggl Focus refused the test: %1</source>
        <translation>Toggl Focus hat den Test abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusPage</name>
    <message>
        <source>Toggl Focus is not set up</source>
        <translation>Toggl Focus ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>Add your Focus API key and organization ID in Settings to see your Focus tasks here and track time on them.</source>
        <translation>Tragen Sie in den Einstellungen Ihren Focus-API-Schlüssel und Ihre Organisations-ID ein, um Ihre Focus-Aufgaben hier zu sehen und Zeit darauf zu erfassen.</translation>
    </message>
    <message>
        <source>How to set up Toggl Focus</source>
        <translation>So richten Sie Toggl Focus ein</translation>
    </message>
    <message>
        <source>Set &amp;up Toggl Focus…</source>
        <translation>Toggl Focus e&amp;inrichten…</translation>
    </message>
    <message>
        <source>Open the Toggl Focus settings</source>
        <translation>Die Einstellungen für Toggl Focus öffnen</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusSession</name>
    <message>
        <source>Toggl Focus needs an API key and an organization ID</source>
        <translation>Toggl Focus braucht einen API-Schlüssel und eine Organisations-ID</translation>
    </message>
    <message>
        <source>Toggl Focus did not name a current workspace</source>
        <translation>Toggl Focus hat keinen aktuellen Workspace genannt</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusSettingsSection</name>
    <message>
        <source>S&amp;how key</source>
        <translation>Schlüssel an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Focus API key</source>
        <translation>Focus-API-Schlüssel</translation>
    </message>
    <message>
        <source>Empty: Focus is off</source>
        <translation>Leer: Focus ist aus</translation>
    </message>
    <message>
        <source>Show the Focus API key</source>
        <translation>Den Focus-API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Focus organization ID</source>
        <translation>Focus-Organisations-ID</translation>
    </message>
    <message>
        <source>A number, e.g. 123456</source>
        <translation>Eine Zahl, z. B. 123456</translation>
    </message>
    <message>
        <source>Test the Focus connection</source>
        <translation>Die Focus-Verbindung testen</translation>
    </message>
    <message>
        <source>Focus connection status</source>
        <translation>Status der Focus-Verbindung</translation>
    </message>
    <message>
        <source>Find the API key in Toggl Focus under your profile; the organization ID is the number after /organizations/ in the Focus web app&apos;s address. The key is kept in the system keychain with your sign-in.</source>
        <translation>Den API-Schlüssel finden Sie in Toggl Focus unter Ihrem Profil; die Organisations-ID ist die Zahl nach /organizations/ in der Adresse der Focus-Web-App. Der Schlüssel wird mit Ihrer Anmeldung im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Where to find the Focus API key and organization ID</source>
        <translation>Wo Sie den Focus-API-Schlüssel und die Organisations-ID finden</translation>
    </message>
    <message>
        <source>Focus &amp;API key:</source>
        <translation>Focus-&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>O&amp;rganization ID:</source>
        <translation>Organisations-&amp;ID:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusSetup</name>
    <message>
        <source>Punchclock is not signed in with a saved account (for example, it runs with PUNCHCLOCK_TOKEN), so the Focus key is used until Punchclock quits.</source>
        <translation>Punchclock ist nicht mit einem gespeicherten Konto angemeldet (es läuft zum Beispiel mit PUNCHCLOCK_TOKEN), daher wird der Focus-Schlüssel nur verwendet, bis Punchclock beendet wird.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the Focus key is used until Punchclock quits.</source>
        <translation>Kein Schlüsselbund verfügbar (%1), daher wird der Focus-Schlüssel nur verwendet, bis Punchclock beendet wird.</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer in the keychain, so the Focus key is used until Punchclock quits.</source>
        <translation>Die gespeicherte Anmeldung ist nicht mehr im Schlüsselbund, daher wird der Focus-Schlüssel nur verwendet, bis Punchclock beendet wird.</translation>
    </message>
    <message>
        <source>The keychain did not store the Focus key (%1), so it is used until Punchclock quits.</source>
        <translation>Der Schlüsselbund hat den Focus-Schlüssel nicht gespeichert (%1), daher wird er nur verwendet, bis Punchclock beendet wird.</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusSync</name>
    <message numerus="yes">
        <source>%n unsent Toggl Focus change(s) belong to another API key or organization (organization %1); they are kept and sent when you use it again.</source>
        <translation>
            <numerusform>%n nicht gesendete Toggl-Focus-Änderung gehört zu einem anderen API-Schlüssel oder einer anderen Organisation (Organisation %1); sie wird aufbewahrt und gesendet, sobald Sie diese wieder verwenden.</numerusform>
            <numerusform>%n nicht gesendete Toggl-Focus-Änderungen gehören zu einem anderen API-Schlüssel oder einer anderen Organisation (Organisation %1); sie werden aufbewahrt und gesendet, sobald Sie diese wieder verwenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::FocusTaskModel</name>
    <message>
        <source>%1 of %2 tracked (%3%)</source>
        <translation>%1 von %2 erfasst (%3 %)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusTaskTimer</name>
    <message>
        <source>Not connected to Toggl Focus: the timer keeps running</source>
        <translation>Nicht mit Toggl Focus verbunden: Der Timer läuft weiter</translation>
    </message>
    <message>
        <source>Could not save the Focus entry (the timer keeps running): %1</source>
        <translation>Der Focus-Eintrag konnte nicht gespeichert werden (der Timer läuft weiter): %1</translation>
    </message>
    <message>
        <source>Could not save the Focus entry locally (the timer keeps running)</source>
        <translation>Der Focus-Eintrag konnte nicht lokal gespeichert werden (der Timer läuft weiter)</translation>
    </message>
    <message>
        <source>Toggl Focus refused the timed entry: %1</source>
        <translation>Toggl Focus hat den gestoppten Eintrag abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusTimeEntryModel</name>
    <message>
        <source>Not connected to Toggl Focus</source>
        <translation>Nicht mit Toggl Focus verbunden</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Could not save the change locally</source>
        <translation>Die Änderung konnte nicht lokal gespeichert werden</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusView</name>
    <message>
        <source>Focus tasks</source>
        <translation>Focus-Aufgaben</translation>
    </message>
    <message>
        <source>Time entries of the selected task</source>
        <translation>Zeiteinträge der ausgewählten Aufgabe</translation>
    </message>
    <message>
        <source>Focus status</source>
        <translation>Focus-Status</translation>
    </message>
    <message>
        <source>Tasks loaded</source>
        <translation>Aufgaben geladen</translation>
    </message>
    <message>
        <source>Saved %1 on the task</source>
        <translation>%1 auf der Aufgabe gespeichert</translation>
    </message>
    <message>
        <source>Filter tasks by status</source>
        <translation>Aufgaben nach Status filtern</translation>
    </message>
    <message>
        <source>Filter tasks by project</source>
        <translation>Aufgaben nach Projekt filtern</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Search tasks, projects, statuses</source>
        <translation>Aufgaben, Projekte, Status durchsuchen</translation>
    </message>
    <message>
        <source>Archived tasks</source>
        <translation>Archivierte Aufgaben</translation>
    </message>
    <message>
        <source>Show archived tasks</source>
        <translation>Archivierte Aufgaben anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the Focus tasks</source>
        <translation>Die Focus-Aufgaben neu laden</translation>
    </message>
    <message>
        <source>Focus timer</source>
        <translation>Focus-Timer</translation>
    </message>
    <message>
        <source>Start timer on task</source>
        <translation>Timer für Aufgabe starten</translation>
    </message>
    <message>
        <source>Start a timer on the selected task</source>
        <translation>Einen Timer für die ausgewählte Aufgabe starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the Focus timer and save the entry</source>
        <translation>Den Focus-Timer stoppen und den Eintrag speichern</translation>
    </message>
    <message>
        <source>Timer started on %1</source>
        <translation>Timer für %1 gestartet</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archive the selected entries</source>
        <translation>Die ausgewählten Einträge archivieren</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Wiederherstellen aus Archiv</translation>
    </message>
    <message>
        <source>Unarchive the selected entries</source>
        <translation>Die ausgewählten Einträge aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected deleted entries</source>
        <translation>Die ausgewählten gelöschten Einträge wiederherstellen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entries</source>
        <translation>Die ausgewählten Einträge löschen</translation>
    </message>
    <message>
        <source>Archived and deleted</source>
        <translation>Archivierte und gelöschte</translation>
    </message>
    <message>
        <source>Show archived and deleted entries</source>
        <translation>Archivierte und gelöschte Einträge anzeigen</translation>
    </message>
    <message>
        <source>Edit entries…</source>
        <translation>Einträge bearbeiten …</translation>
    </message>
    <message>
        <source>Edit or delete the selected entries at once</source>
        <translation>Die ausgewählten Einträge auf einmal bearbeiten oder löschen</translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Massenbearbeitung rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the last bulk edit</source>
        <translation>Die letzte Massenbearbeitung rückgängig machen</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No Focus timer running</source>
        <translation>Kein Focus-Timer läuft</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n entries…</source>
        <translation>
            <numerusform>%n Eintrag bearbeiten …</numerusform>
            <numerusform>%n Einträge bearbeiten …</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsent changes of another Focus account</source>
        <translation>Nicht gesendete Änderungen eines anderen Focus-Kontos</translation>
    </message>
    <message>
        <source>Send with &amp;This Key…</source>
        <translation>Mit &amp;diesem Schlüssel senden …</translation>
    </message>
    <message>
        <source>Send the waiting changes with this key</source>
        <translation>Die wartenden Änderungen mit diesem Schlüssel senden</translation>
    </message>
    <message>
        <source>For a key you regenerated: send the changes made in this organization with your previous key using this one</source>
        <translation>Für einen neu erzeugten Schlüssel: die mit Ihrem vorherigen Schlüssel in dieser Organisation gemachten Änderungen mit diesem senden</translation>
    </message>
    <message>
        <source>Send with This Key</source>
        <translation>Mit diesem Schlüssel senden</translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s) made in this organization with another API key, using the current key? Do this when you regenerated your own key: they are saved as the current key&apos;s user.</source>
        <translation>
            <numerusform>%n Änderung, die in dieser Organisation mit einem anderen API-Schlüssel gemacht wurde, mit dem aktuellen Schlüssel senden? Tun Sie das, wenn Sie Ihren eigenen Schlüssel neu erzeugt haben: sie wird als Benutzer des aktuellen Schlüssels gespeichert.</numerusform>
            <numerusform>%n Änderungen, die in dieser Organisation mit einem anderen API-Schlüssel gemacht wurden, mit dem aktuellen Schlüssel senden? Tun Sie das, wenn Sie Ihren eigenen Schlüssel neu erzeugt haben: sie werden als Benutzer des aktuellen Schlüssels gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s) are sent with this key</source>
        <translation>
            <numerusform>%n wartende Änderung wird mit diesem Schlüssel gesendet</numerusform>
            <numerusform>%n wartende Änderungen werden mit diesem Schlüssel gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>One timer runs at a time: starting this stops the Track timer.</source>
        <translation>Es läuft immer nur ein Timer: Dieser Start stoppt den Track-Timer.</translation>
    </message>
</context>
<context>
    <name>punchclock::GlobalShortcuts</name>
    <message>
        <source>No session bus</source>
        <translation>Kein Sitzungsbus</translation>
    </message>
    <message>
        <source>The portal refused a shortcuts session (%1)</source>
        <translation>Das Portal hat eine Tastenkürzel-Sitzung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Start or stop the timer</source>
        <translation>Timer starten oder stoppen</translation>
    </message>
    <message>
        <source>Show Punchclock</source>
        <translation>Punchclock anzeigen</translation>
    </message>
    <message>
        <source>Continue the last entry</source>
        <translation>Den letzten Eintrag fortsetzen</translation>
    </message>
    <message>
        <source>The shortcuts were not bound (%1)</source>
        <translation>Die Tastenkürzel wurden nicht gebunden (%1)</translation>
    </message>
</context>
<context>
    <name>punchclock::GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <source>&amp;Show the entries of:</source>
        <translation>&amp;Einträge zeigen vom:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Los</translation>
    </message>
    <message>
        <source>Go to this date</source>
        <translation>Zu diesem Datum gehen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>punchclock::HeadlessRunner</name>
    <message>
        <source>Not signed in: start Punchclock and sign in, or set PUNCHCLOCK_TOKEN</source>
        <translation>Nicht angemeldet: starten Sie Punchclock und melden Sie sich an, oder setzen Sie PUNCHCLOCK_TOKEN</translation>
    </message>
    <message>
        <source>The server refused the credentials: %1</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline: saved, %n change(s) waiting; they are sent by the next command or by Punchclock</source>
        <translation>
            <numerusform>Offline: gespeichert, %n Änderung wartet; sie wird vom nächsten Befehl oder von Punchclock gesendet</numerusform>
            <numerusform>Offline: gespeichert, %n Änderungen warten; sie werden vom nächsten Befehl oder von Punchclock gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::HistoryFooter</name>
    <message>
        <source>Older entries</source>
        <translation>Ältere Einträge</translation>
    </message>
    <message>
        <source>Loading older entries</source>
        <translation>Ältere Einträge werden geladen</translation>
    </message>
    <message>
        <source>Older entries status</source>
        <translation>Stand der älteren Einträge</translation>
    </message>
    <message>
        <source>Load earlier week</source>
        <translation>Frühere Woche laden</translation>
    </message>
    <message>
        <source>Read the entries of the week of %1 from the server</source>
        <translation>Die Einträge der Woche vom %1 vom Server lesen</translation>
    </message>
    <message>
        <source>Loading the week of %1…</source>
        <translation>Woche vom %1 wird geladen …</translation>
    </message>
    <message>
        <source>Loaded back to the week of %1</source>
        <translation>Geladen bis zurück zur Woche vom %1</translation>
    </message>
    <message>
        <source>Load Earlier &amp;Week</source>
        <translation>Frühere &amp;Woche laden</translation>
    </message>
</context>
<context>
    <name>punchclock::HistoryLoader</name>
    <message>
        <source>the hourly request quota is used up; it resets at %1</source>
        <translation>das stündliche Anfragekontingent ist aufgebraucht; es wird um %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>the hourly request quota is used up</source>
        <translation>das stündliche Anfragekontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the server refused it as a paid feature (402)</source>
        <translation>der Server hat es als kostenpflichtige Funktion abgelehnt (402)</translation>
    </message>
    <message>
        <source>the server asks to slow down (429); try again in a minute</source>
        <translation>der Server bittet um weniger Anfragen (429); in einer Minute erneut versuchen</translation>
    </message>
    <message>
        <source>offline, or the server did not answer (%1)</source>
        <translation>offline, oder der Server hat nicht geantwortet (%1)</translation>
    </message>
    <message>
        <source>Could not load the week of %1: %2</source>
        <translation>Die Woche vom %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>not signed in yet</source>
        <translation>noch nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>punchclock::KIdleTimeSource</name>
    <message>
        <source>KDE Frameworks (KIdleTime)</source>
        <translation>KDE Frameworks (KIdleTime)</translation>
    </message>
    <message>
        <source>KIdleTime has no backend here</source>
        <translation>KIdleTime hat hier kein Backend</translation>
    </message>
</context>
<context>
    <name>punchclock::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Punchclock</source>
        <translation>Punchclock</translation>
    </message>
    <message>
        <source>Search description, project or tags</source>
        <translation>Beschreibung, Projekt oder Tags suchen</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Time entries</source>
        <translation>&amp;Zeiteinträge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Start or Stop</source>
        <translation>&amp;Starten oder stoppen</translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation>&amp;Neuer Eintrag …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Punchclock</source>
        <translation>&amp;Über Punchclock</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Remaining requests</source>
        <translation>Verbleibende Anfragen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time entries loaded</source>
        <translation>
            <numerusform>%n Zeiteintrag geladen</numerusform>
            <numerusform>%n Zeiteinträge geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests left this hour</source>
        <translation>
            <numerusform>Noch %n Anfrage in dieser Stunde</numerusform>
            <numerusform>Noch %n Anfragen in dieser Stunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Eintrag gelöscht</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry loading entries</source>
        <translation>Einträge erneut laden</translation>
    </message>
    <message>
        <source>Entries state</source>
        <translation>Zustand der Einträge</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>&amp;Add Entry…</source>
        <translation>Eintrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>Einträge werden geladen …</translation>
    </message>
    <message>
        <source>No entries yet — start the timer</source>
        <translation>Noch keine Einträge – starten Sie den Timer</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload the entries from the server</source>
        <translation>Einträge neu vom Server laden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Gehe zu Datum …</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n entries</source>
        <translation>
            <numerusform>Woche vom %1: %n Eintrag</numerusform>
            <numerusform>Woche vom %1: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries on %1</source>
        <translation>Keine Einträge am %1</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>%1 wird angezeigt</translation>
    </message>
    <message>
        <source>Retry loading that week</source>
        <translation>Diese Woche erneut laden</translation>
    </message>
    <message>
        <source>Load &amp;Earlier Week</source>
        <translation>&amp;Frühere Woche laden</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Be&amp;richte</translation>
    </message>
    <message>
        <source>&amp;Weekly Report…</source>
        <translation>&amp;Wochenbericht …</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>The entries as a list</source>
        <translation>Die Einträge als Liste</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>A day on a timeline</source>
        <translation>Ein Tag auf der Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>A week on a timeline</source>
        <translation>Eine Woche auf der Zeitleiste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Mini Timer</source>
        <translation>&amp;Mini-Timer</translation>
    </message>
</context>
<context>
    <name>punchclock::MiniTimer</name>
    <message>
        <source>Punchclock Mini Timer</source>
        <translation>Punchclock Mini-Timer</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Mini-Timer</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Das Hauptfenster anzeigen</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>No entries yet</source>
        <translation>Noch keine Einträge</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Stop “%1”</source>
        <translation>„%1“ stoppen</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>„%1“ fortsetzen</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
</context>
<context>
    <name>punchclock::Outbox</name>
    <message>
        <source>Could not write the local database: %1</source>
        <translation>Die lokale Datenbank konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not save the change locally: %1</source>
        <translation>Die Änderung konnte nicht lokal gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not record a sent change: %1</source>
        <translation>Eine gesendete Änderung konnte nicht vermerkt werden: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::OutboxBatchRun</name>
    <message>
        <source>The change could not be saved locally</source>
        <translation>Die Änderung konnte nicht lokal gespeichert werden</translation>
    </message>
    <message>
        <source>The change is saved and will be sent once you are signed in</source>
        <translation>Die Änderung ist gespeichert und wird gesendet, sobald Sie angemeldet sind</translation>
    </message>
    <message>
        <source>%1 — the change is saved and will be sent when the server answers again</source>
        <translation>%1 – die Änderung ist gespeichert und wird gesendet, sobald der Server wieder antwortet</translation>
    </message>
</context>
<context>
    <name>punchclock::PomodoroActions</name>
    <message>
        <source>Stop &amp;Pomodoro</source>
        <translation>&amp;Pomodoro stoppen</translation>
    </message>
    <message>
        <source>Start &amp;Pomodoro</source>
        <translation>&amp;Pomodoro starten</translation>
    </message>
    <message>
        <source>S&amp;kip to the Break</source>
        <translation>Zur Pa&amp;use springen</translation>
    </message>
    <message>
        <source>S&amp;kip the Break</source>
        <translation>Pa&amp;use überspringen</translation>
    </message>
</context>
<context>
    <name>punchclock::PomodoroSettingsSection</name>
    <message>
        <source>Work minutes</source>
        <translation>Arbeitsminuten</translation>
    </message>
    <message>
        <source>Short break minutes</source>
        <translation>Minuten der kurzen Pause</translation>
    </message>
    <message>
        <source>Long break minutes</source>
        <translation>Minuten der langen Pause</translation>
    </message>
    <message>
        <source>&amp;Stop the Toggl timer during breaks and continue it after</source>
        <translation>Toggl-Timer in den Pausen &amp;stoppen und danach fortsetzen</translation>
    </message>
    <message>
        <source>Play a so&amp;und at each change</source>
        <translation>Bei jedem Wechsel einen &amp;Ton abspielen</translation>
    </message>
    <message>
        <source>Work phases before a long break</source>
        <translation>Arbeitsphasen vor einer langen Pause</translation>
    </message>
    <message>
        <source>Stop the Toggl timer during breaks and continue it after</source>
        <translation>Toggl-Timer in den Pausen stoppen und danach fortsetzen</translation>
    </message>
    <message>
        <source>Play a sound at each change</source>
        <translation>Bei jedem Wechsel einen Ton abspielen</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>&amp;Arbeit:</translation>
    </message>
    <message>
        <source>S&amp;hort break:</source>
        <translation>&amp;Kurze Pause:</translation>
    </message>
    <message>
        <source>&amp;Long break:</source>
        <translation>&amp;Lange Pause:</translation>
    </message>
    <message>
        <source>Long break &amp;after:</source>
        <translation>Lange Pause &amp;nach:</translation>
    </message>
    <message>
        <source> work phases</source>
        <translation> Arbeitsphasen</translation>
    </message>
    <message>
        <source>Start the Pomodoro from the Timer menu (Ctrl+Shift+P) or the tray.</source>
        <translation>Starten Sie den Pomodoro im Menü Timer (Strg+Umschalt+P) oder im Systembereich.</translation>
    </message>
    <message>
        <source>How to start the Pomodoro</source>
        <translation>Wie der Pomodoro gestartet wird</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>punchclock::PomodoroStatusLabel</name>
    <message>
        <source>Pomodoro</source>
        <translation>Pomodoro</translation>
    </message>
    <message>
        <source>Pomodoro: %1</source>
        <translation>Pomodoro: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::PomodoroTimer</name>
    <message>
        <source>Pomodoro off</source>
        <translation>Pomodoro aus</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Kurze Pause</translation>
    </message>
    <message>
        <source>Long break</source>
        <translation>Lange Pause</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Pomodoro phase, remaining time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pomodoro: work</source>
        <translation>Pomodoro: Arbeit</translation>
    </message>
    <message numerus="yes">
        <source>Work for %n minute(s), until %1.</source>
        <translation>
            <numerusform>Arbeiten Sie %n Minute, bis %1.</numerusform>
            <numerusform>Arbeiten Sie %n Minuten, bis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pomodoro: long break</source>
        <translation>Pomodoro: lange Pause</translation>
    </message>
    <message>
        <source>Pomodoro: short break</source>
        <translation>Pomodoro: kurze Pause</translation>
    </message>
    <message numerus="yes">
        <source>Take a break of %n minute(s), until %1.</source>
        <translation>
            <numerusform>Machen Sie %n Minute Pause, bis %1.</numerusform>
            <numerusform>Machen Sie %n Minuten Pause, bis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The timer was stopped and continues after the break.</source>
        <translation>Der Timer wurde gestoppt und läuft nach der Pause weiter.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stop Pomodoro</source>
        <translation>Pomodoro stoppen</translation>
    </message>
</context>
<context>
    <name>punchclock::PresenceSettingsSection</name>
    <message>
        <source>Stop the timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Ask when I am back</source>
        <translation>Fragen, wenn ich zurück bin</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>&amp;Ask about idle time</source>
        <translation>Nach Leerlaufzeit &amp;fragen</translation>
    </message>
    <message>
        <source>While a timer runs and there is no input, ask on return what to do with that time</source>
        <translation>Wenn ein Timer läuft und keine Eingabe erfolgt, bei der Rückkehr fragen, was mit dieser Zeit geschehen soll</translation>
    </message>
    <message>
        <source>Idle after minutes</source>
        <translation>Leerlauf nach Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>Leerlaufquelle</translation>
    </message>
    <message>
        <source>When the computer sleeps</source>
        <translation>Wenn der Computer in den Ruhezustand geht</translation>
    </message>
    <message>
        <source>When the computer shuts down</source>
        <translation>Wenn der Computer herunterfährt</translation>
    </message>
    <message>
        <source>When the screen locks</source>
        <translation>Wenn der Bildschirm gesperrt wird</translation>
    </message>
    <message>
        <source>Idle &amp;after:</source>
        <translation>Leerlauf &amp;nach:</translation>
    </message>
    <message>
        <source>When the computer &amp;sleeps:</source>
        <translation>Wenn der Computer &amp;ruht:</translation>
    </message>
    <message>
        <source>When it s&amp;huts down:</source>
        <translation>Wenn er &amp;herunterfährt:</translation>
    </message>
    <message>
        <source>When the screen &amp;locks:</source>
        <translation>Wenn der Bildschirm &amp;sperrt:</translation>
    </message>
    <message>
        <source>Idle time comes from: %1</source>
        <translation>Leerlaufzeit kommt von: %1</translation>
    </message>
    <message>
        <source>No idle time source was found on this desktop: idle time cannot be detected.</source>
        <translation>Auf diesem Desktop wurde keine Leerlaufquelle gefunden: Leerlaufzeit kann nicht erkannt werden.</translation>
    </message>
    <message>
        <source>Looking for an idle time source…</source>
        <translation>Suche nach einer Leerlaufquelle …</translation>
    </message>
</context>
<context>
    <name>punchclock::ProjectPicker</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Project: type to find or create one</source>
        <translation>Projekt: tippen, um eines zu finden oder anzulegen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>punchclock::ProjectPickerModel</name>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Create project &quot;%1&quot;…</source>
        <translation>Projekt „%1“ anlegen…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>punchclock::ProjectPickerPopup</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Find or create a project</source>
        <translation>Projekt finden oder anlegen</translation>
    </message>
    <message>
        <source>Find or create a project…</source>
        <translation>Projekt finden oder anlegen…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Projects of this workspace</source>
        <translation>Projekte dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>A saved entry stays in its workspace: only its projects are listed</source>
        <translation>Ein gespeicherter Eintrag bleibt in seinem Arbeitsbereich: nur dessen Projekte stehen zur Wahl</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>Projekt wird angelegt…</translation>
    </message>
</context>
<context>
    <name>punchclock::ReminderSettingsSection</name>
    <message>
        <source>Remind me to &amp;track when no timer runs during working hours</source>
        <translation>An das &amp;Erfassen erinnern, wenn während der Arbeitszeit kein Timer läuft</translation>
    </message>
    <message>
        <source>Remind me when a timer has run &amp;longer than</source>
        <translation>Erinnern, wenn ein Timer &amp;länger läuft als</translation>
    </message>
    <message>
        <source>Remind me to track when no timer runs during working hours</source>
        <translation>An das Erfassen erinnern, wenn während der Arbeitszeit kein Timer läuft</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minuten zwischen Erinnerungen</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>One or more time ranges, separated by commas, e.g. 9:00–12:00, 13:00–17:00</source>
        <translation>Ein oder mehrere Zeiträume, durch Kommas getrennt, z. B. 9:00–12:00, 13:00–17:00</translation>
    </message>
    <message>
        <source>Working hours error</source>
        <translation>Fehler in der Arbeitszeit</translation>
    </message>
    <message>
        <source>Type the hours as ranges, e.g. 9:00–12:00, 13:00–17:00.</source>
        <translation>Geben Sie die Zeiten als Zeiträume ein, z. B. 9:00–12:00, 13:00–17:00.</translation>
    </message>
    <message>
        <source>Remind me when a timer has run longer than</source>
        <translation>Erinnern, wenn ein Timer länger läuft als</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours before the long-running reminder</source>
        <translation>Stunden bis zur Erinnerung an einen lang laufenden Timer</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Zeiten:</translation>
    </message>
</context>
<context>
    <name>punchclock::ReportFilterBar</name>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>Show the time of this project</source>
        <translation>Die Zeit dieses Projekts zeigen</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Show the time of this client&apos;s projects</source>
        <translation>Die Zeit der Projekte dieses Kunden zeigen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Show the time of entries with this tag</source>
        <translation>Die Zeit der Einträge mit diesem Tag zeigen</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>project (client)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Kein Kunde</translation>
    </message>
</context>
<context>
    <name>punchclock::ReturnDialog</name>
    <message>
        <source>the timer</source>
        <translation>der Timer</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>The computer slept from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>Der Computer ruhte von %1 bis %2 (%n Min.), während %3 lief.</numerusform>
            <numerusform>Der Computer ruhte von %1 bis %2 (%n Min.), während %3 lief.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The screen was locked from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>Der Bildschirm war von %1 bis %2 (%n Min.) gesperrt, während %3 lief.</numerusform>
            <numerusform>Der Bildschirm war von %1 bis %2 (%n Min.) gesperrt, während %3 lief.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The computer was shut down from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>Der Computer war von %1 bis %2 (%n Min.) ausgeschaltet, während %3 lief.</numerusform>
            <numerusform>Der Computer war von %1 bis %2 (%n Min.) ausgeschaltet, während %3 lief.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You were idle from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>Sie waren von %1 bis %2 (%n Min.) inaktiv, während %3 lief.</numerusform>
            <numerusform>Sie waren von %1 bis %2 (%n Min.) inaktiv, während %3 lief.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome Back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>&amp;Discard idle time and continue</source>
        <translation>Leerlaufzeit &amp;verwerfen und fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard time away and continue</source>
        <translation>Abwesenheit &amp;verwerfen und fortsetzen</translation>
    </message>
    <message>
        <source>Discard idle time and &amp;stop</source>
        <translation>Leerlaufzeit verwerfen und &amp;stoppen</translation>
    </message>
    <message>
        <source>Discard time away and &amp;stop</source>
        <translation>Abwesenheit verwerfen und &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Keep idle time</source>
        <translation>Leerlaufzeit &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Keep time away</source>
        <translation>Abwesenheit &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Add idle time as a new entry…</source>
        <translation>Leerlaufzeit als neuen Eintrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Add time away as a new entry…</source>
        <translation>Abwesenheit als neuen Eintrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Description of %1–%2:</source>
        <translation>&amp;Beschreibung für %1–%2:</translation>
    </message>
    <message>
        <source>Description of the new entry</source>
        <translation>Beschreibung des neuen Eintrags</translation>
    </message>
    <message>
        <source>Add &amp;Entry</source>
        <translation>&amp;Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>punchclock::ReturnNotification</name>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Discard idle time and continue</source>
        <translation>Leerlaufzeit verwerfen und fortsetzen</translation>
    </message>
    <message>
        <source>Discard time away and continue</source>
        <translation>Abwesenheit verwerfen und fortsetzen</translation>
    </message>
    <message>
        <source>Discard idle time and stop</source>
        <translation>Leerlaufzeit verwerfen und stoppen</translation>
    </message>
    <message>
        <source>Discard time away and stop</source>
        <translation>Abwesenheit verwerfen und stoppen</translation>
    </message>
    <message>
        <source>Keep idle time</source>
        <translation>Leerlaufzeit behalten</translation>
    </message>
    <message>
        <source>Keep time away</source>
        <translation>Abwesenheit behalten</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Timer gestoppt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>punchclock::SettingsDialog</name>
    <message>
        <source>&amp;Close to tray</source>
        <translation>Beim Schließen in den &amp;Infobereich</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes the next time Punchclock starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Punchclock.</translation>
    </message>
    <message>
        <source>Closing the window keeps Punchclock running in the tray</source>
        <translation>Beim Schließen des Fensters läuft Punchclock im Infobereich weiter</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>Toggl &amp;Focus</source>
        <translation>Toggl &amp;Focus</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Idle &amp;&amp; Sleep</source>
        <translation>&amp;Leerlauf &amp;&amp; Ruhezustand</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Pomodoro</source>
        <translation>&amp;Pomodoro</translation>
    </message>
    <message>
        <source>Global shortcuts:</source>
        <translation>Globale Tastenkürzel:</translation>
    </message>
</context>
<context>
    <name>punchclock::Shell</name>
    <message>
        <source>Pomodoro: %1</source>
        <translation>Pomodoro: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::ShortcutsNote</name>
    <message>
        <source>Global shortcuts</source>
        <translation>Globale Tastenkürzel</translation>
    </message>
    <message>
        <source>Bind this command to a key in your desktop&apos;s keyboard settings:</source>
        <translation>Binden Sie diesen Befehl in den Tastatureinstellungen Ihres Desktops an eine Taste:</translation>
    </message>
    <message>
        <source>Registered with your desktop: “Start or stop the timer”, “Show Punchclock” and “Continue the last entry”. Choose their keys in the desktop&apos;s settings.</source>
        <translation>Bei Ihrem Desktop registriert: „Timer starten oder stoppen“, „Punchclock anzeigen“ und „Den letzten Eintrag fortsetzen“. Wählen Sie die Tasten in den Einstellungen des Desktops.</translation>
    </message>
    <message>
        <source>Asking the desktop for global shortcuts…</source>
        <translation>Der Desktop wird nach globalen Tastenkürzeln gefragt …</translation>
    </message>
    <message>
        <source>Your desktop offers no global shortcuts portal.</source>
        <translation>Ihr Desktop bietet kein Portal für globale Tastenkürzel.</translation>
    </message>
    <message>
        <source>The desktop did not register the shortcuts.</source>
        <translation>Der Desktop hat die Tastenkürzel nicht registriert.</translation>
    </message>
</context>
<context>
    <name>punchclock::SignInDialog</name>
    <message>
        <source>Sign in – Punchclock</source>
        <translation>Anmelden – Punchclock</translation>
    </message>
    <message>
        <source>Sign in to Toggl Track</source>
        <translation>Bei Toggl Track anmelden</translation>
    </message>
    <message>
        <source>Use your Track API token, or your email and password.</source>
        <translation>Verwenden Sie Ihren Track-API-Token oder Ihre E-Mail-Adresse und Ihr Passwort.</translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation>Über die Anmeldung</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API-&amp;Token</translation>
    </message>
    <message>
        <source>Sign in with an API token</source>
        <translation>Mit einem API-Token anmelden</translation>
    </message>
    <message>
        <source>&amp;Email and password</source>
        <translation>&amp;E-Mail und Passwort</translation>
    </message>
    <message>
        <source>Sign in with email and password</source>
        <translation>Mit E-Mail-Adresse und Passwort anmelden</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>32 letters and digits</source>
        <translation>32 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>API t&amp;oken:</source>
        <translation>API-T&amp;oken:</translation>
    </message>
    <message>
        <source>Find it in Toggl Track → Profile settings → API Token, at the bottom of the page.</source>
        <translation>Sie finden ihn in Toggl Track → Profile settings → API Token, unten auf der Seite.</translation>
    </message>
    <message>
        <source>Where to find your API token</source>
        <translation>Wo Sie Ihren API-Token finden</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Your password is used once to fetch your API token; it is not kept.</source>
        <translation>Ihr Passwort wird nur einmal verwendet, um Ihren API-Token abzurufen, und nicht gespeichert.</translation>
    </message>
    <message>
        <source>About your password</source>
        <translation>Über Ihr Passwort</translation>
    </message>
    <message>
        <source>&amp;Advanced: server and Focus</source>
        <translation>Er&amp;weitert: Server und Focus</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Erweiterte Optionen anzeigen</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Leave empty for Toggl Track. https only; plain http only to this computer (the sandbox).</source>
        <translation>Für Toggl Track leer lassen. Nur https; unverschlüsseltes http nur zu diesem Computer (der Sandbox).</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>Focus API key (optional)</source>
        <translation>Focus-API-Schlüssel (optional)</translation>
    </message>
    <message>
        <source>&amp;Focus API key:</source>
        <translation>&amp;Focus-API-Schlüssel:</translation>
    </message>
    <message>
        <source>Focus organization ID (optional)</source>
        <translation>Focus-Organisations-ID (optional)</translation>
    </message>
    <message>
        <source>Focus &amp;organization ID:</source>
        <translation>Focus-Or&amp;ganisations-ID:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation>Wird beim Server geprüft …</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Fortschritt der Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Hide advanced options</source>
        <translation>Erweiterte Optionen ausblenden</translation>
    </message>
    <message>
        <source>&amp;Sign in for this session only</source>
        <translation>Nur für diese &amp;Sitzung anmelden</translation>
    </message>
    <message>
        <source>Sign in for this session only</source>
        <translation>Nur für diese Sitzung anmelden</translation>
    </message>
</context>
<context>
    <name>punchclock::SignInFlow</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Wieder angemeldet.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Use your Track API token, or your email and password.</source>
        <translation>Verwenden Sie Ihren Track-API-Token oder Ihre E-Mail-Adresse und Ihr Passwort.</translation>
    </message>
    <message>
        <source>Your saved sign-in for %1 could not be read from the keychain. Please sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung für %1 konnte nicht aus dem Schlüsselbund gelesen werden. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 no longer accepts your API token (it may have been reset). Enter the new one to continue: your running timer and unsent changes are kept.</source>
        <translation>%1 akzeptiert Ihren API-Token nicht mehr (vielleicht wurde er zurückgesetzt). Geben Sie den neuen ein, um fortzufahren: Ihr laufender Timer und nicht gesendete Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again, or cancel to quit.</source>
        <translation>Sie sind abgemeldet. Melden Sie sich erneut an oder brechen Sie ab, um Punchclock zu beenden.</translation>
    </message>
    <message>
        <source>Punchclock was started with PUNCHCLOCK_TOKEN, so this sign-in is used for this session only and nothing is saved.</source>
        <translation>Punchclock wurde mit PUNCHCLOCK_TOKEN gestartet. Diese Anmeldung gilt daher nur für diese Sitzung, und nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; (no Secret Service is running), so Punchclock cannot remember this sign-in. It never writes credentials to disk: you can sign in for this session only, or start a keyring such as GNOME Keyring or KWallet and restart Punchclock.</source>
        <translation>&lt;b&gt;Kein Schlüsselbund verfügbar&lt;/b&gt; (kein Secret Service läuft), daher kann sich Punchclock diese Anmeldung nicht merken. Zugangsdaten werden nie auf die Festplatte geschrieben: Sie können sich nur für diese Sitzung anmelden oder einen Schlüsselbund wie GNOME Keyring oder KWallet starten und Punchclock neu starten.</translation>
    </message>
    <message>
        <source>Signed in for this session only</source>
        <translation>Nur für diese Sitzung angemeldet</translation>
    </message>
    <message>
        <source>You are signed in, but the keychain could not save your credentials, so you will be asked again next time. Nothing was written to disk.</source>
        <translation>Sie sind angemeldet, aber der Schlüsselbund konnte Ihre Zugangsdaten nicht speichern. Beim nächsten Mal werden Sie daher erneut gefragt. Es wurde nichts auf die Festplatte geschrieben.</translation>
    </message>
</context>
<context>
    <name>punchclock::SignInVerifier</name>
    <message>
        <source>Enter your email and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Enter your API token.</source>
        <translation>Geben Sie Ihren API-Token ein.</translation>
    </message>
    <message>
        <source>The server accepted the sign-in but sent no API token.</source>
        <translation>Der Server hat die Anmeldung angenommen, aber keinen API-Token gesendet.</translation>
    </message>
    <message>
        <source>The email or password is wrong (the server answered %1).</source>
        <translation>E-Mail-Adresse oder Passwort sind falsch (Antwort des Servers: %1).</translation>
    </message>
    <message>
        <source>The server rejected this API token (it answered %1). Copy it again from Toggl Track → Profile settings → API Token.</source>
        <translation>Der Server hat diesen API-Token abgelehnt (Antwort: %1). Kopieren Sie ihn erneut aus Toggl Track → Profile settings → API Token.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Use the form https://server.example.com.</source>
        <translation>„%1“ ist keine Serveradresse. Verwenden Sie die Form https://server.example.com.</translation>
    </message>
    <message>
        <source>%1 is not a secure address: only https:// servers are allowed (plain http:// only to this computer, such as the sandbox).</source>
        <translation>%1 ist keine sichere Adresse: Nur https://-Server sind erlaubt (unverschlüsseltes http:// nur zu diesem Computer, etwa zur Sandbox).</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your network connection and the server address.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung und die Serveradresse.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection, then try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 has a problem right now (server error %2). Try again in a few minutes.</source>
        <translation>%1 hat gerade ein Problem (Serverfehler %2). Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>%1 asks to wait before signing in again (too many requests). Try again later.</source>
        <translation>%1 bittet um eine Pause vor der nächsten Anmeldung (zu viele Anfragen). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 does not look like a Toggl Track server (no /api/v9/me). Check the server address.</source>
        <translation>%1 scheint kein Toggl-Track-Server zu sein (kein /api/v9/me). Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::SleepWatcher</name>
    <message>
        <source>Stopping the running timer</source>
        <translation>Der laufende Timer wird gestoppt</translation>
    </message>
</context>
<context>
    <name>punchclock::SyncEngine</name>
    <message>
        <source>No workspace known yet</source>
        <translation>Noch kein Workspace bekannt</translation>
    </message>
    <message>
        <source>The entry was never created on the server</source>
        <translation>Der Eintrag wurde nie auf dem Server angelegt</translation>
    </message>
    <message>
        <source>Not connected to Toggl Focus yet</source>
        <translation>Noch nicht mit Toggl Focus verbunden</translation>
    </message>
    <message>
        <source>No way to send this change yet</source>
        <translation>Diese Änderung kann noch nicht gesendet werden</translation>
    </message>
</context>
<context>
    <name>punchclock::SyncStatusLabel</name>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) not sent</source>
        <translation>
            <numerusform>Offline · %n Änderung nicht gesendet</numerusform>
            <numerusform>Offline · %n Änderungen nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden</numerusform>
            <numerusform>%n Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes are saved on this computer and are sent when it answers again.</source>
        <translation>Der Server ist nicht erreichbar. Ihre Änderungen sind auf diesem Computer gespeichert und werden gesendet, sobald er wieder antwortet.</translation>
    </message>
</context>
<context>
    <name>punchclock::TagsEdit</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags, comma separated</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>punchclock::TimeEntryModel</name>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Nicht abrechenbar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>start/stop time format (QDateTime::toString)</comment>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>punchclock::TimeOfDayEdit</name>
    <message>
        <source>13:20, 1:20pm, 9 (for 9:00) or -10m (ten minutes ago)</source>
        <translation>13:20, 1:20pm, 9 (für 9:00) oder -10m (vor zehn Minuten)</translation>
    </message>
    <message>
        <source>Not a time. Try 13:20, 1:20pm, 9 or -10m.</source>
        <translation>Keine gültige Uhrzeit. Versuchen Sie 13:20, 1:20pm, 9 oder -10m.</translation>
    </message>
</context>
<context>
    <name>punchclock::TimelineCanvas</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten …</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Start a new timer like this entry</source>
        <translation>Einen neuen Timer wie diesen Eintrag starten</translation>
    </message>
    <message>
        <source>Entry actions</source>
        <translation>Aktionen für Einträge</translation>
    </message>
    <message>
        <source>&amp;Add Entry…</source>
        <translation>Eintrag &amp;hinzufügen …</translation>
    </message>
</context>
<context>
    <name>punchclock::TimelineEditor</name>
    <message>
        <source>A running entry stops when you stop its timer.</source>
        <translation>Ein laufender Eintrag endet, wenn Sie seinen Timer stoppen.</translation>
    </message>
</context>
<context>
    <name>punchclock::TimelineSurface</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>punchclock::TimelineTexts</name>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>now</source>
        <comment>a running entry&apos;s end</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>ddd</source>
        <comment>weekday before the times of an entry over midnight</comment>
        <translation>ddd</translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>overlaps another entry</source>
        <translation>überschneidet sich mit einem anderen Eintrag</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>timeline day header date format</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>ddd d</source>
        <comment>timeline week header date format</comment>
        <translation>ddd d.</translation>
    </message>
    <message>
        <source>d</source>
        <comment>timeline narrow week header date format</comment>
        <translation>d.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>a day&apos;s total hours in the timeline header</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 untracked</source>
        <comment>time between two entries</comment>
        <translation>%1 nicht erfasst</translation>
    </message>
    <message>
        <source>No entries on this day. Drag on the hours, or press Insert, to add one.</source>
        <translation>Keine Einträge an diesem Tag. Ziehen Sie über die Stunden oder drücken Sie Einfg, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>No entries this week. Drag on the hours, or press Insert, to add one.</source>
        <translation>Keine Einträge in dieser Woche. Ziehen Sie über die Stunden oder drücken Sie Einfg, um einen hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>punchclock::TimelineView</name>
    <message>
        <source>&amp;Previous Day</source>
        <translation>&amp;Vorheriger Tag</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>&amp;Vorherige Woche</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>&amp;Nächster Tag</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute</translation>
    </message>
    <message>
        <source>Go to this week</source>
        <translation>Zu dieser Woche</translation>
    </message>
    <message>
        <source>Timeline, %1</source>
        <translation>Zeitleiste, %1</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>timeline day, short date format</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>timeline week&apos;s first day</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>timeline week&apos;s last day</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>week from %1 to %2</source>
        <translation>Woche vom %1 bis %2</translation>
    </message>
</context>
<context>
    <name>punchclock::TimerBar</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation>Woran arbeiten Sie gerade?</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Stop the running timer</source>
        <translation>Den laufenden Timer stoppen</translation>
    </message>
    <message>
        <source>Start a timer (Enter in the description). One timer runs at a time: starting stops the Focus task timer.</source>
        <translation>Einen Timer starten (Eingabetaste in der Beschreibung). Es läuft immer nur ein Timer: Der Start stoppt den Focus-Aufgabentimer.</translation>
    </message>
</context>
<context>
    <name>punchclock::TimerCommands</name>
    <message>
        <source>Not signed in: sign in in Punchclock&apos;s window, or set PUNCHCLOCK_TOKEN</source>
        <translation>Nicht angemeldet: melden Sie sich im Fenster von Punchclock an, oder setzen Sie PUNCHCLOCK_TOKEN</translation>
    </message>
    <message>
        <source>The timer is busy with the last change: try again</source>
        <translation>Der Timer ist mit der letzten Änderung beschäftigt: versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>No timer is running</source>
        <translation>Es läuft kein Timer</translation>
    </message>
    <message>
        <source>There is no entry to continue</source>
        <translation>Es gibt keinen Eintrag zum Fortsetzen</translation>
    </message>
</context>
<context>
    <name>punchclock::TimerController</name>
    <message>
        <source>Could not stop the running timer: %1</source>
        <translation>Der laufende Timer konnte nicht gestoppt werden: %1</translation>
    </message>
    <message>
        <source>Could not start the timer: %1</source>
        <translation>Der Timer konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Could not stop the timer: %1</source>
        <translation>Der Timer konnte nicht gestoppt werden: %1</translation>
    </message>
    <message>
        <source>Stopped the Track timer “%1”: the Focus timer on “%2” started, and one timer runs at a time.</source>
        <translation>Track-Timer „%1“ gestoppt: Der Focus-Timer für „%2“ wurde gestartet, und es läuft immer nur ein Timer.</translation>
    </message>
    <message>
        <source>Stopped the Focus timer on “%1”: one timer runs at a time.</source>
        <translation>Focus-Timer für „%1“ gestoppt: Es läuft immer nur ein Timer.</translation>
    </message>
    <message>
        <source>The running entry is no longer in the list</source>
        <translation>Der laufende Eintrag ist nicht mehr in der Liste</translation>
    </message>
</context>
<context>
    <name>punchclock::TimerService</name>
    <message>
        <source>Unknown period “%1”: use “today” or “week”</source>
        <translation>Unbekannter Zeitraum „%1“: verwenden Sie „today“ oder „week“</translation>
    </message>
</context>
<context>
    <name>punchclock::TrackSession</name>
    <message>
        <source>Could not save “%1”: the local database refused it</source>
        <translation>„%1“ konnte nicht gespeichert werden: Die lokale Datenbank hat es abgelehnt</translation>
    </message>
    <message>
        <source>The change could not be saved locally</source>
        <translation>Die Änderung konnte nicht lokal gespeichert werden</translation>
    </message>
    <message>
        <source>The server refused the new entry “%1”: %2</source>
        <translation>Der Server hat den neuen Eintrag „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not stop “%1”: %2</source>
        <translation>„%1“ konnte nicht gestoppt werden: %2</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) belong to another account (%1); they are kept and sent when you sign in to it again.</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung gehört zu einem anderen Konto (%1); sie bleibt erhalten und wird gesendet, sobald Sie sich wieder bei diesem anmelden.</numerusform>
            <numerusform>%n nicht gesendete Änderungen gehören zu einem anderen Konto (%1); sie bleiben erhalten und werden gesendet, sobald Sie sich wieder bei diesem anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t create a project while offline</source>
        <translation>Ohne Verbindung kann kein Projekt angelegt werden</translation>
    </message>
</context>
<context>
    <name>punchclock::TrackingReminder</name>
    <message>
        <source>No timer is running</source>
        <translation>Es läuft kein Timer</translation>
    </message>
    <message>
        <source>It is working time and nothing is being tracked.</source>
        <translation>Es ist Arbeitszeit, und nichts wird erfasst.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>„%1“ fortsetzen</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 Std. schlummern</translation>
    </message>
    <message>
        <source>Open Punchclock</source>
        <translation>Punchclock öffnen</translation>
    </message>
    <message numerus="yes">
        <source>The timer has run for over %n hour(s)</source>
        <translation>
            <numerusform>Der Timer läuft seit über %n Stunde</numerusform>
            <numerusform>Der Timer läuft seit über %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” started at %2. Still working on it?</source>
        <translation>„%1“ wurde um %2 gestartet. Arbeiten Sie noch daran?</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
</context>
<context>
    <name>punchclock::TrayMenu</name>
    <message>
        <source>Punchclock tray menu</source>
        <translation>Punchclock-Menü im Infobereich</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue a recent entry</source>
        <translation>Einen kürzlichen Eintrag fortsetzen</translation>
    </message>
    <message>
        <source>Start on a &amp;Focus task</source>
        <translation>Mit Focus-&amp;Aufgabe starten</translation>
    </message>
    <message>
        <source>Start on a Focus task</source>
        <translation>Mit einer Focus-Aufgabe starten</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>Fenster an&amp;zeigen</translation>
    </message>
    <message>
        <source>C&amp;lose to tray</source>
        <translation>Beim Schließen in den &amp;Infobereich</translation>
    </message>
    <message>
        <source>Closing the window keeps Punchclock running in the tray</source>
        <translation>Beim Schließen des Fensters läuft Punchclock im Infobereich weiter</translation>
    </message>
    <message>
        <source>&amp;Quit Punchclock</source>
        <translation>Punchclock &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>Fenster aus&amp;blenden</translation>
    </message>
    <message>
        <source>S&amp;top timer</source>
        <translation>Timer s&amp;toppen</translation>
    </message>
    <message>
        <source>S&amp;top “%1”</source>
        <translation>„%1“ s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>Timer &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Start “%1”</source>
        <translation>„%1“ &amp;starten</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
</context>
<context>
    <name>punchclock::UndoHistory</name>
    <message>
        <source>Add Entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Entries</source>
        <translation>
            <numerusform>%n Eintrag hinzufügen</numerusform>
            <numerusform>%n Einträge hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Edit of %n Entries</source>
        <translation>
            <numerusform>Massenbearbeitung von %n Eintrag</numerusform>
            <numerusform>Massenbearbeitung von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Entries</source>
        <translation>
            <numerusform>%n Eintrag löschen</numerusform>
            <numerusform>%n Einträge löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>Change Project</source>
        <translation>Projekt ändern</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>Tags ändern</translation>
    </message>
    <message>
        <source>Change Billable</source>
        <translation>Abrechenbar ändern</translation>
    </message>
    <message>
        <source>Change Start</source>
        <translation>Beginn ändern</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>Edit Entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: the entry “%2” is no longer there (deleted here or elsewhere).</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: Der Eintrag „%2“ existiert nicht mehr (hier oder anderswo gelöscht).</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: the entry “%2” is no longer there (deleted here or elsewhere).</source>
        <translation>„%1“ kann nicht wiederholt werden: Der Eintrag „%2“ existiert nicht mehr (hier oder anderswo gelöscht).</translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Stop Timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: “%2” is running, and one timer runs at a time.</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: „%2“ läuft, und es läuft immer nur ein Timer.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>punchclock::WeekChart</name>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Stunden pro Tag</translation>
    </message>
    <message>
        <source>No time tracked from %1 to %2.</source>
        <translation>Vom %1 bis zum %2 keine Zeit erfasst.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day name, its hours and minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week total %1, billable %2, non-billable %3. %4. Most time: %5, %6.</source>
        <translation>Woche gesamt %1, abrechenbar %2, nicht abrechenbar %3. %4. Meiste Zeit: %5, %6.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours on the chart&apos;s axis</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>No time tracked in this week</source>
        <translation>In dieser Woche keine Zeit erfasst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>punchclock::WeekNavigator</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Show the week of today</source>
        <translation>Die Woche von heute zeigen</translation>
    </message>
    <message>
        <source>Week shown: %1</source>
        <translation>Angezeigte Woche: %1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>first day of a week in another year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>first day of a week in another month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>first day of a week in the same month</comment>
        <translation>d.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>week range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>last day of a week</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>punchclock::WeekReportExport</name>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>%1 (hours)</source>
        <comment>CSV column header</comment>
        <translation>%1 (Stunden)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Non-billable</source>
        <translation>Nicht abrechenbar</translation>
    </message>
    <message>
        <source>Total (h:mm)</source>
        <translation>Gesamt (h:mm)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>punchclock::WeekReportModel</name>
    <message>
        <source>No client</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Non-billable</source>
        <translation>Nicht abrechenbar</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>The billable part of the total</source>
        <translation>Der abrechenbare Teil der Gesamtzeit</translation>
    </message>
    <message>
        <source>%1
Client: %2</source>
        <translation>%1
Kunde: %2</translation>
    </message>
</context>
<context>
    <name>punchclock::WeeklyReportDialog</name>
    <message>
        <source>Weekly Report</source>
        <translation>Wochenbericht</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>punchclock::WeeklyReportView</name>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Hours per project and day</source>
        <translation>Stunden pro Projekt und Tag</translation>
    </message>
    <message>
        <source>Week totals</source>
        <translation>Wochensummen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Copy the table, tab-separated, to paste it into a spreadsheet</source>
        <translation>Die Tabelle tabulatorgetrennt kopieren, um sie in eine Tabellenkalkulation einzufügen</translation>
    </message>
    <message>
        <source>Save the table as a CSV file (UTF-8, decimal hours)</source>
        <translation>Die Tabelle als CSV-Datei speichern (UTF-8, Dezimalstunden)</translation>
    </message>
    <message numerus="yes">
        <source>Total %1 · billable %2 · non-billable %3 · %n entries</source>
        <translation>
            <numerusform>Gesamt %1 · abrechenbar %2 · nicht abrechenbar %3 · %n Eintrag</numerusform>
            <numerusform>Gesamt %1 · abrechenbar %2 · nicht abrechenbar %3 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Copied the week of %1</source>
        <translation>Woche %1 kopiert</translation>
    </message>
</context>
<context>
    <name>punchclock::XScreenSaverIdleSource</name>
    <message>
        <source>X11 (XScreenSaver)</source>
        <translation>X11 (XScreenSaver)</translation>
    </message>
    <message>
        <source>A Wayland session</source>
        <translation>Eine Wayland-Sitzung</translation>
    </message>
    <message>
        <source>No X11 display with XScreenSaver</source>
        <translation>Keine X11-Anzeige mit XScreenSaver</translation>
    </message>
    <message>
        <source>XScreenSaver did not answer</source>
        <translation>XScreenSaver hat nicht geantwortet</translation>
    </message>
</context>
</TS>
