<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArchiveError</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The transfer stopped before the archive was complete.</source>
        <translation>Die Übertragung endete, bevor das Archiv vollständig war.</translation>
    </message>
    <message>
        <source>The transfer stopped: %1</source>
        <translation>Die Übertragung wurde angehalten: %1</translation>
    </message>
    <message>
        <source>“%1” does not exist (any more). Choose the files again.</source>
        <translation>„%1“ existiert nicht (mehr). Wählen Sie die Dateien erneut aus.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2. Check that you may read it, then try again.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being packed. Try again when nothing is writing to it.</source>
        <translation>„%1“ hat sich beim Packen geändert. Versuchen Sie es erneut, wenn nichts mehr hineinschreibt.</translation>
    </message>
    <message>
        <source>Two of the chosen items are called “%1”. Rename one of them or send them one at a time.</source>
        <translation>Zwei der ausgewählten Elemente heißen „%1“. Benennen Sie eines um oder senden Sie sie einzeln.</translation>
    </message>
    <message>
        <source>Could not pack “%1”: %2.</source>
        <translation>„%1“ konnte nicht gepackt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot extract into “%1”: %2. Choose another folder.</source>
        <translation>In „%1“ kann nicht entpackt werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, which points outside the download folder; nothing was extracted.</source>
        <translation>Das Archiv enthält „%1“, das außerhalb des Download-Ordners zeigt; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, a device, pipe or socket, which is never extracted; nothing was extracted.</source>
        <translation>Das Archiv enthält „%1“, ein Gerät, eine Pipe oder einen Socket, was nie entpackt wird; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, a name too long for this disk; nothing was extracted.</source>
        <translation>Das Archiv enthält „%1“, einen für dieses Laufwerk zu langen Namen; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The archive contains an entry with an unusable name (“%1”); nothing was extracted.</source>
        <translation>Das Archiv enthält einen Eintrag mit unbrauchbarem Namen („%1“); es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, a hard link to “%2”, which is not a file extracted before it; nothing was extracted.</source>
        <translation>Das Archiv enthält „%1“, einen harten Link auf „%2“, das keine zuvor entpackte Datei ist; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, which would be written through a symbolic link; nothing was extracted.</source>
        <translation>Das Archiv enthält „%1“, das über einen symbolischen Link geschrieben würde; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The archive contains “%1” twice; nothing was extracted.</source>
        <translation>Das Archiv enthält „%1“ zweimal; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete (%1); nothing was extracted. Try the download again.</source>
        <translation>Das Archiv ist beschädigt oder unvollständig (%1); es wurde nichts entpackt. Laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>The archive is incomplete (%1); nothing was extracted. Try the download again.</source>
        <translation>Das Archiv ist unvollständig (%1); es wurde nichts entpackt. Laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2; nothing was extracted. Check the free space and the permissions of the download folder.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2; es wurde nichts entpackt. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Download-Ordners.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, which was not asked for; nothing was extracted. The server sent more than the chosen items: tell your hub&apos;s administrators.</source>
        <translation>Das Archiv enthält „%1“, was nicht angefordert wurde; es wurde nichts entpackt. Der Server hat mehr als die gewählten Elemente gesendet: Informieren Sie die Administratoren Ihres Hubs.</translation>
    </message>
    <message>
        <source>The archive holds %1 (at “%2”); extraction stopped there and nothing was extracted. Try the download again; if it happens again, tell your hub&apos;s administrators.</source>
        <translation>Das Archiv enthält %1 (bei „%2“); das Entpacken wurde dort abgebrochen, und es wurde nichts entpackt. Versuchen Sie den Download erneut; passiert es wieder, informieren Sie die Administratoren Ihres Hubs.</translation>
    </message>
    <message>
        <source>“%1” arrived with different contents than the server has (SHA-256); nothing was extracted. Download again.</source>
        <translation>„%1“ ist mit anderem Inhalt angekommen, als der Server hat (SHA-256); es wurde nichts entpackt. Laden Sie es erneut herunter.</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Options of %1:</source>
        <translation>Optionen von %1:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Optionen aller Befehle:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The hub to use: the address you open in a browser (default: $FORNAX_HUB, else the Fornax Science Console).</source>
        <translation>Der zu verwendende Hub: die Adresse, die Sie im Browser öffnen (Standard: $FORNAX_HUB, sonst die Fornax Science Console).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the API token from this file (else $FORNAX_TOKEN, else the token saved in the keychain by signing in with the app).</source>
        <translation>Das API-Token aus dieser Datei lesen (sonst $FORNAX_TOKEN, sonst das Token, das die Anmeldung in der App im Schlüsselbund gespeichert hat).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print results as JSON, for scripts.</source>
        <translation>Ergebnisse als JSON ausgeben, für Skripte.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Fornax Desktop: a desktop client for the Fornax Science Console and any JupyterHub.
Without a command it opens the window.</source>
        <translation>Fornax Desktop: ein Desktop-Client für die Fornax Science Console und jeden JupyterHub.
Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>Optional command to run without a window (below).</source>
        <translation>Optionaler Befehl, der ohne Fenster ausgeführt wird (siehe unten).</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[Befehl]</translation>
    </message>
    <message>
        <source>--%1 belongs to a command; run with --help to see which.</source>
        <translation>--%1 gehört zu einem Befehl; rufen Sie --help auf, um zu sehen, zu welchem.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run with --help to see what is available.</source>
        <translation>Unbekannter Befehl „%1“. Rufen Sie --help auf, um die verfügbaren Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Use a hub on another computer even over plain http:// (your token then crosses the network unencrypted, readable by anyone on the way).</source>
        <translation>Einen Hub auf einem anderen Computer auch über einfaches http:// verwenden (Ihr Token geht dann unverschlüsselt über das Netzwerk, lesbar für jeden auf dem Weg).</translation>
    </message>
    <message>
        <source>Also print the app&apos;s log lines (on stderr), e.g. for a bug report.</source>
        <translation>Zusätzlich die Protokollzeilen der App ausgeben (auf stderr), z. B. für einen Fehlerbericht.</translation>
    </message>
    <message>
        <source>“help” takes one command, e.g. “help upload”, but got “%1”.</source>
        <translation>„help“ erwartet einen Befehl, z. B. „help upload“, erhielt aber „%1“.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 belongs to %2, but no command was given. Run with --help to see the commands.</source>
        <translation>%1 gehört zu %2, aber es wurde kein Befehl angegeben. Mit --help werden die Befehle angezeigt.</translation>
    </message>
    <message>
        <source>“%1” has no option %2. Run “fornax-desktop help %1” to see what “%1” takes.</source>
        <translation>„%1“ hat keine Option %2. „fornax-desktop help %1“ zeigt, was „%1“ annimmt.</translation>
    </message>
    <message>
        <source>“%1” has no option %2: it belongs to %3; options only apply to the commands they belong to. Run “fornax-desktop help %1” to see what “%1” takes.</source>
        <translation>„%1“ hat keine Option %2: Sie gehört zu %3; Optionen gelten nur für die Befehle, zu denen sie gehören. „fornax-desktop help %1“ zeigt, was „%1“ annimmt.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>Show what COMMAND does, its arguments and its options (also: COMMAND --help).</source>
        <translation>Anzeigen, was BEFEHL tut, seine Argumente und Optionen (auch: BEFEHL --help).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  the hub refused or the operation failed (the message says why)
  2  wrong arguments
  3  not signed in, the sign-in expired, or it lacks a permission: sign in with the app or give a new token
  4  the hub cannot be reached (network, name lookup, TLS, timeout, gateway)
  5  the server is not running
  6  a download was refused: over the monthly budget, or above the warning size with no terminal to ask and no --yes
  7  completed with skips: everything else was copied, but entries the app never copies were left out and named (links pointing outside what was chosen; sockets, fifos, devices)
  130  interrupted (Ctrl+C), after removing what the command had left on the server
</source>
        <translation>Exit-Codes:
  0  Erfolg
  1  der Hub hat abgelehnt oder der Vorgang ist fehlgeschlagen (die Meldung nennt den Grund)
  2  falsche Argumente
  3  nicht angemeldet, Anmeldung abgelaufen oder eine Berechtigung fehlt: in der App anmelden oder ein neues Token angeben
  4  der Hub ist nicht erreichbar (Netzwerk, Namensauflösung, TLS, Zeitüberschreitung, Gateway)
  5  der Server läuft nicht
  6  ein Download wurde abgelehnt: über dem Monatsbudget, oder über der Warngröße ohne Terminal für die Rückfrage und ohne --yes
  7  mit Auslassungen abgeschlossen: alles andere wurde kopiert, aber Einträge, die die App nie kopiert, wurden ausgelassen und genannt (Links, die aus der Auswahl hinaus zeigen; Sockets, FIFOs, Geräte)
  130  unterbrochen (Ctrl+C), nachdem entfernt wurde, was der Befehl auf dem Server hinterlassen hatte
</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a command&apos;s name, quoted</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>CostMeter</name>
    <message>
        <source>Estimated cost: %1 this session, %2 this month</source>
        <translation>Geschätzte Kosten: %1 in dieser Sitzung, %2 in diesem Monat</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (Schätzung)</translation>
    </message>
</context>
<context>
    <name>CreditYear</name>
    <message>
        <source>This year (since %1): %2 of %3 %4 used</source>
        <translation>Dieses Jahr (seit %1): %2 von %3 %4 verbraucht</translation>
    </message>
    <message>
        <source>%1: the allotment is used up until it is renewed on %2.</source>
        <translation>%1: Das Kontingent ist aufgebraucht, bis es am %2 erneuert wird.</translation>
    </message>
    <message>
        <source>%1; at this rate they run out on %2.</source>
        <translation>%1; in diesem Tempo sind sie am %2 aufgebraucht.</translation>
    </message>
    <message>
        <source>%1; at this rate they last until they are renewed on %2.</source>
        <translation>%1; in diesem Tempo reichen sie bis zur Erneuerung am %2.</translation>
    </message>
    <message>
        <source>%1; they are renewed on %2.</source>
        <translation>%1; sie werden am %2 erneuert.</translation>
    </message>
    <message>
        <source>Storage is not counted: the app has not yet seen how much your home folder holds.</source>
        <translation>Speicher ist nicht mitgezählt: Die App hat noch nicht gesehen, wie viel Ihr Home-Ordner belegt.</translation>
    </message>
    <message>
        <source>Storage is counted from %1, when the app first saw how much your home folder holds.</source>
        <translation>Speicher ist ab dem %1 mitgezählt, als die App zum ersten Mal sah, wie viel Ihr Home-Ordner belegt.</translation>
    </message>
    <message>
        <source>Alert: %1 % of the year&apos;s %2 used.</source>
        <translation>Warnung: %1 % der %2 dieses Jahres verbraucht.</translation>
    </message>
    <message>
        <source>Alert: %1 % of this month&apos;s budget used.</source>
        <translation>Warnung: %1 % des Budgets dieses Monats verbraucht.</translation>
    </message>
    <message>
        <source>This year&apos;s %1 are used up</source>
        <translation>Die %1 dieses Jahres sind aufgebraucht</translation>
    </message>
    <message>
        <source>%1 % of this year&apos;s %2 used</source>
        <translation>%1 % der %2 dieses Jahres verbraucht</translation>
    </message>
    <message>
        <source>This month&apos;s budget is used up</source>
        <translation>Das Budget dieses Monats ist aufgebraucht</translation>
    </message>
    <message>
        <source>%1 % of this month&apos;s budget used</source>
        <translation>%1 % des Budgets dieses Monats verbraucht</translation>
    </message>
    <message>
        <source>About %1 of %2 spent this month (an estimate; the hub&apos;s bill is the truth).</source>
        <translation>Etwa %1 von %2 in diesem Monat ausgegeben (eine Schätzung; maßgeblich ist die Abrechnung des Hubs).</translation>
    </message>
    <message>
        <source>Home folder: at least %1 (measured %2); the rates have no storage price.</source>
        <translation>Home-Ordner: mindestens %1 (gemessen %2); die Tarife enthalten keinen Speicherpreis.</translation>
    </message>
    <message>
        <source>Home folder: %1 (measured %2); the rates have no storage price.</source>
        <translation>Home-Ordner: %1 (gemessen %2); die Tarife enthalten keinen Speicherpreis.</translation>
    </message>
    <message>
        <source>Home folder: at least %1 (measured %2); storage costs at least %3 a month.</source>
        <translation>Home-Ordner: mindestens %1 (gemessen %2); der Speicher kostet mindestens %3 im Monat.</translation>
    </message>
    <message>
        <source>Home folder: %1 (measured %2); storage costs %3 a month.</source>
        <translation>Home-Ordner: %1 (gemessen %2); der Speicher kostet %3 im Monat.</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EgressPolicy</name>
    <message>
        <source>this download</source>
        <translation>dieser Download</translation>
    </message>
    <message>
        <source>Every byte that leaves the console is billed to the mission. Where you can, analyse the data in the cloud and download only the results.</source>
        <translation>Jedes Byte, das die Konsole verlässt, wird der Mission berechnet. Analysieren Sie die Daten wo möglich in der Cloud und laden Sie nur die Ergebnisse herunter.</translation>
    </message>
    <message>
        <source>of unknown size</source>
        <translation>unbekannter Größe</translation>
    </message>
    <message>
        <source>Download over your monthly budget</source>
        <translation>Download über Ihrem Monatsbudget</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download a large file?</source>
        <translation>Eine große Datei herunterladen?</translation>
    </message>
    <message>
        <source>Downloading “%1” (%2) would cost %3, but only %4 of your monthly budget of %5 is left (%6 used this month; all figures are estimates). Raise the budget in Settings ▸ Rates and budget to download it.</source>
        <translation>Das Herunterladen von „%1“ (%2) würde %3 kosten, aber von Ihrem Monatsbudget von %5 sind nur noch %4 übrig (%6 in diesem Monat verbraucht; alle Zahlen sind Schätzungen). Erhöhen Sie das Budget unter Einstellungen ▸ Preise und Budget, um es herunterzuladen.</translation>
    </message>
    <message>
        <source>Your monthly budget of %1 is used up (%2 this month; an estimate), and the size of “%3” is not known. Raise the budget in Settings ▸ Rates and budget to download it.</source>
        <translation>Ihr Monatsbudget von %1 ist aufgebraucht (%2 in diesem Monat; eine Schätzung), und die Größe von „%3“ ist nicht bekannt. Erhöhen Sie das Budget unter Einstellungen ▸ Preise und Budget, um es herunterzuladen.</translation>
    </message>
    <message>
        <source>“%1” (%2) costs %3 to download (an estimate).</source>
        <translation>Das Herunterladen von „%1“ (%2) kostet %3 (eine Schätzung).</translation>
    </message>
    <message>
        <source>“%1” is %2, more than %3. Downloading it costs %4 (an estimate). This month so far: %5.</source>
        <translation>„%1“ ist %2 groß, mehr als %3. Das Herunterladen kostet %4 (eine Schätzung). Bisher in diesem Monat: %5.</translation>
    </message>
    <message>
        <source>The size of “%1” is not known before it downloads, so its cost cannot be estimated (%2 per GB). This month so far: %3.</source>
        <translation>Die Größe von „%1“ ist vor dem Download nicht bekannt, daher lassen sich die Kosten nicht schätzen (%2 pro GB). Bisher in diesem Monat: %3.</translation>
    </message>
</context>
<context>
    <name>EgressPrompt</name>
    <message>
        <source>--yes does not override the monthly budget.</source>
        <translation>--yes setzt das Monatsbudget nicht außer Kraft.</translation>
    </message>
    <message>
        <source>Not downloading: there is no terminal to ask. Run it in a terminal, or add --yes to accept the cost.</source>
        <translation>Kein Download: Es gibt kein Terminal für die Rückfrage. Führen Sie es in einem Terminal aus oder geben Sie --yes an, um die Kosten zu akzeptieren.</translation>
    </message>
    <message>
        <source>Download it anyway? [y/N]</source>
        <translation>Trotzdem herunterladen? [j/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>EventStreamParser</name>
    <message>
        <source>The hub sent an event larger than %1, far more than progress reports need; the rest of the stream is ignored.</source>
        <translation>Der Hub hat ein Ereignis gesendet, das größer als %1 ist, weit mehr, als Fortschrittsmeldungen brauchen; der Rest des Datenstroms wird ignoriert.</translation>
    </message>
</context>
<context>
    <name>HomeFacts</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>This session&apos;s cost is not known: the hub does not say which size runs.</source>
        <translation>Die Kosten dieser Sitzung sind unbekannt: Der Hub gibt nicht an, welche Größe läuft.</translation>
    </message>
    <message>
        <source>This session&apos;s cost is not known: there is no rate for %1 (Settings ▸ Rates and budget).</source>
        <translation>Die Kosten dieser Sitzung sind unbekannt: Für %1 ist kein Tarif hinterlegt (Einstellungen ▸ Tarife und Budget).</translation>
    </message>
    <message>
        <source>This session so far: %1</source>
        <translation>Diese Sitzung bisher: %1</translation>
    </message>
    <message>
        <source>Kept from stopping when idle until %1</source>
        <translation>Bis %1 vor dem Stoppen bei Leerlauf geschützt</translation>
    </message>
    <message>
        <source>When the hub stops an idle server is not known.</source>
        <translation>Wann der Hub einen ungenutzten Server stoppt, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Stops after %1 without use (the hub has not said when it was last used).</source>
        <translation>Stoppt nach %1 ohne Nutzung (der Hub hat nicht angegeben, wann er zuletzt genutzt wurde).</translation>
    </message>
    <message>
        <source>Stops when idle at %1 (in %2)</source>
        <translation>Stoppt bei Leerlauf um %1 (in %2)</translation>
    </message>
    <message>
        <source>Idle for the hub&apos;s %1: it may stop the server any moment.</source>
        <translation>Leerlaufgrenze des Hubs (%1) erreicht: Er kann den Server jederzeit stoppen.</translation>
    </message>
    <message>
        <source>The hub&apos;s time limit for a server is not known.</source>
        <translation>Das Zeitlimit des Hubs für Server ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Stops %1 after it started (the hub has not said when that was).</source>
        <translation>Stoppt %1 nach dem Start (der Hub hat nicht angegeben, wann das war).</translation>
    </message>
    <message>
        <source>Stops at its %1 limit at %2 (in %3)</source>
        <translation>Stoppt beim Limit von %1 um %2 (in %3)</translation>
    </message>
    <message>
        <source>No yearly allotment is known for this hub (Settings ▸ Rates and budget).</source>
        <translation>Für diesen Hub ist kein Jahreskontingent bekannt (Einstellungen ▸ Tarife und Budget).</translation>
    </message>
    <message>
        <source>%1 of %2 %3 used since %4</source>
        <translation>%1 von %2 %3 seit %4 verbraucht</translation>
    </message>
    <message>
        <source>%1 %2 left until %3</source>
        <translation>%1 %2 übrig bis %3</translation>
    </message>
    <message>
        <source>Used up until they are renewed on %1.</source>
        <translation>Aufgebraucht bis zur Erneuerung am %1.</translation>
    </message>
    <message>
        <source>At this rate they run out on %1.</source>
        <translation>Bei diesem Verbrauch sind sie am %1 aufgebraucht.</translation>
    </message>
    <message>
        <source>At this rate they last until they are renewed.</source>
        <translation>Bei diesem Verbrauch reichen sie bis zur Erneuerung.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing used in the last %n day(s): no forecast.</source>
        <translation>
            <numerusform>Seit %n Tag nichts verbraucht: keine Prognose.</numerusform>
            <numerusform>Seit %n Tagen nichts verbraucht: keine Prognose.</numerusform>
        </translation>
    </message>
    <message>
        <source>size not known</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>cost not known</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>last seen running %1</source>
        <translation>zuletzt laufend gesehen %1</translation>
    </message>
    <message>
        <source>%1, %2, %3; %4.</source>
        <translation>%1, %2, %3; %4.</translation>
    </message>
    <message>
        <source>Not measured yet: the app measures it while your server runs.</source>
        <translation>Noch nicht gemessen: Die App misst ihn, während Ihr Server läuft.</translation>
    </message>
    <message>
        <source>At least %1, measured %2</source>
        <translation>Mindestens %1, gemessen %2</translation>
    </message>
    <message>
        <source>%1, measured %2</source>
        <translation>%1, gemessen %2</translation>
    </message>
    <message>
        <source>At least %1, measured %2; at least %3 a month</source>
        <translation>Mindestens %1, gemessen %2; mindestens %3 im Monat</translation>
    </message>
    <message>
        <source>%1, measured %2; %3 a month</source>
        <translation>%1, gemessen %2; %3 im Monat</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <source>The hub&apos;s address could not be found (%1). Check the address in the settings and your internet connection.</source>
        <translation>Die Adresse des Hubs wurde nicht gefunden (%1). Prüfen Sie die Adresse in den Einstellungen und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check your internet connection; if it works, the hub may be down for maintenance: try again later.</source>
        <translation>Der Hub ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung; funktioniert sie, wird der Hub vielleicht gerade gewartet: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The hub&apos;s secure connection could not be verified, so nothing was sent. The network may be intercepting traffic: try another network, or ask the hub&apos;s administrators.</source>
        <translation>Die sichere Verbindung zum Hub konnte nicht überprüft werden, daher wurde nichts gesendet. Möglicherweise fängt das Netzwerk Datenverkehr ab: Versuchen Sie ein anderes Netzwerk oder fragen Sie die Administratoren des Hubs.</translation>
    </message>
    <message>
        <source>The hub did not answer in time. Try again; if it keeps happening, the hub may be overloaded.</source>
        <translation>Der Hub hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut; passiert das öfter, ist der Hub vielleicht überlastet.</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the hub failed. This is usually temporary: try again in a minute.</source>
        <translation>Ein Proxy oder Gateway vor dem Hub ist ausgefallen. Das ist meist vorübergehend: Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>This address does not belong to a JupyterHub. Check it: it should be the address you open in a browser to reach your hub.</source>
        <translation>Diese Adresse gehört zu keinem JupyterHub. Prüfen Sie sie: Es sollte die Adresse sein, die Sie im Browser öffnen, um Ihren Hub zu erreichen.</translation>
    </message>
    <message>
        <source>The hub does not know this user or server. Check the account in the settings.</source>
        <translation>Der Hub kennt diesen Benutzer oder Server nicht. Prüfen Sie das Konto in den Einstellungen.</translation>
    </message>
    <message>
        <source>Your server is already running.</source>
        <translation>Ihr Server läuft bereits.</translation>
    </message>
    <message>
        <source>Your server is already starting or stopping. Wait for it to finish.</source>
        <translation>Ihr Server startet oder stoppt bereits. Warten Sie, bis das abgeschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <source>The hub is starting too many servers at once. It asks to try again in %n second(s).</source>
        <translation>
            <numerusform>Der Hub startet zu viele Server gleichzeitig. Er bittet, es in %n Sekunde erneut zu versuchen.</numerusform>
            <numerusform>Der Hub startet zu viele Server gleichzeitig. Er bittet, es in %n Sekunden erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub reported an error. Try again; if it keeps happening, tell the hub&apos;s administrators.</source>
        <translation>Der Hub hat einen Fehler gemeldet. Versuchen Sie es erneut; passiert das öfter, informieren Sie die Administratoren des Hubs.</translation>
    </message>
    <message>
        <source>The hub sent a reply this app cannot understand. The hub may be a version this app does not support yet.</source>
        <translation>Der Hub hat eine Antwort gesendet, die diese App nicht versteht. Vielleicht hat der Hub eine Version, die diese App noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The hub said: %1</source>
        <translation>Der Hub meldet: %1</translation>
    </message>
    <message>
        <source>The hub sent more than %1 in one reply, far more than such an answer holds, so the app stopped reading it. Nothing was changed. If this keeps happening, tell the hub&apos;s administrators.</source>
        <translation>Der Hub hat mehr als %1 in einer Antwort gesendet, weit mehr, als eine solche Antwort enthält, daher hat die App aufgehört, sie zu lesen. Es wurde nichts geändert. Passiert das öfter, informieren Sie die Administratoren des Hubs.</translation>
    </message>
    <message>
        <source>The request was redirected to %1, where your sign-in must not go (another site, or another part of the hub). It was stopped there, so nothing was sent to it.</source>
        <translation>Die Anfrage wurde an %1 umgeleitet, wohin Ihre Anmeldung nicht gelangen darf (eine andere Website oder ein anderer Teil des Hubs). Sie wurde an dieser Stelle gestoppt, daher wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>The hub refused this request: the sign-in this app uses is not allowed to do it. A token made on the hub&apos;s token page may lack a permission (scope) the hub names below: sign in again with the app, or make a token with that scope. If your account itself may not do this, ask the hub&apos;s administrators.</source>
        <translation>Der Hub hat diese Anfrage abgelehnt: Die Anmeldung, die diese App verwendet, darf das nicht. Einem auf der Token-Seite des Hubs erstellten Token fehlt womöglich eine Berechtigung (Scope), die der Hub unten nennt: Melden Sie sich erneut mit der App an, oder erstellen Sie ein Token mit diesem Scope. Darf Ihr Konto selbst das nicht, wenden Sie sich an die Administratoren des Hubs.</translation>
    </message>
    <message>
        <source>This hub does not offer named servers: leave out --server to use your one server.</source>
        <translation>Dieser Hub bietet keine benannten Server an: Lassen Sie --server weg, um Ihren einen Server zu verwenden.</translation>
    </message>
    <message>
        <source>The hub refused this request as it stands; sending it again will not change that.</source>
        <translation>Der Hub hat diese Anfrage in dieser Form abgelehnt; sie erneut zu senden, ändert daran nichts.</translation>
    </message>
    <message>
        <source>If the hub&apos;s reason below does not say what to change, tell the hub&apos;s administrators.</source>
        <translation>Wenn der unten genannte Grund des Hubs nicht sagt, was zu ändern ist, wenden Sie sich an die Administratoren des Hubs.</translation>
    </message>
    <message>
        <source>Your server sent more than %1 in one reply, far more than such an answer holds, so the app stopped reading it. Nothing was changed. Software on your server may be misbehaving: if this keeps happening, restart your server.</source>
        <translation>Ihr Server hat in einer Antwort mehr als %1 gesendet, weit mehr, als eine solche Antwort enthält, daher hat die App aufgehört, sie zu lesen. Es wurde nichts geändert. Möglicherweise arbeitet Software auf Ihrem Server fehlerhaft: Wenn das wieder vorkommt, starten Sie Ihren Server neu.</translation>
    </message>
    <message>
        <source>The hub does not accept this sign-in: it expired, was revoked, or (for a token you gave) was never valid. Sign in again with the app, or make a new token on the hub&apos;s token page.</source>
        <translation>Der Hub akzeptiert diese Anmeldung nicht: Sie ist abgelaufen, wurde widerrufen oder war (bei einem selbst angegebenen Token) nie gültig. Melden Sie sich mit der App erneut an oder erstellen Sie auf der Token-Seite des Hubs ein neues Token.</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>stopped at its time limit</source>
        <translation>am Zeitlimit gestoppt</translation>
    </message>
    <message>
        <source>server stopped during the job</source>
        <translation>Server während des Jobs gestoppt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>LocalPlacement</name>
    <message>
        <source>it could not be moved to the trash</source>
        <translation>es konnte nicht in den Papierkorb verschoben werden</translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <source>credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>AWS public price for data transfer out to the internet</source>
        <translation>Öffentlicher AWS-Preis für Datenübertragung ins Internet</translation>
    </message>
    <message>
        <source>%1 %2 per hour</source>
        <translation>%1 %2 pro Stunde</translation>
    </message>
    <message>
        <source>AWS public price for data transfer out to the internet, up to 10 TB a month</source>
        <translation>Öffentlicher AWS-Preis für ausgehende Datenübertragung ins Internet, bis 10 TB im Monat</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>less than %1 %2</source>
        <translation>weniger als %1 %2</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026)</source>
        <translation>Fornax, „User resource allotments and costs“ V1.3 (Juli 2026)</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026) and documentation server_options.md</source>
        <translation>Fornax, „User resource allotments and costs“ V1.3 (Juli 2026) und Dokumentation, server_options.md</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026) and documentation data_storage.md</source>
        <translation>Fornax, „User resource allotments and costs“ V1.3 (Juli 2026) und Dokumentation, data_storage.md</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): 1000 credits a year per user, renewed on 1 October</source>
        <translation>Fornax, „User resource allotments and costs“ V1.3 (Juli 2026): 1000 Credits pro Jahr und Benutzer, erneuert am 1. Oktober</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): credits are renewed on 1 October</source>
        <translation>Fornax, „User resource allotments and costs“ V1.3 (Juli 2026): Credits werden am 1. Oktober erneuert</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): home (FSx) 0.090 credit per GB-month of use</source>
        <translation>Fornax, „User resource allotments and costs“ V1.3 (Juli 2026): Home (FSx) 0,090 Credits pro GB-Monat Nutzung</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): /scratch (EBS) 0.080 credit per GB-month allocated</source>
        <translation>Fornax, „User resource allotments and costs“ V1.3 (Juli 2026): /scratch (EBS) 0,080 Credits pro zugeteiltem GB-Monat</translation>
    </message>
    <message>
        <source>Fornax documentation data_storage.md: the home folder holds up to 200 GB</source>
        <translation>Fornax-Dokumentation data_storage.md: Der Home-Ordner fasst bis zu 200 GB</translation>
    </message>
</context>
<context>
    <name>ReplyBudget</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceSample</name>
    <message>
        <source>CPU %1 of %2</source>
        <translation>CPU %1 von %2</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Memory %1 of %2 GB</source>
        <translation>Arbeitsspeicher %1 von %2 GB</translation>
    </message>
    <message>
        <source>Memory %1 GB</source>
        <translation>Arbeitsspeicher %1 GB</translation>
    </message>
    <message>
        <source>Home %1 of %2 GB</source>
        <translation>Home %1 von %2 GB</translation>
    </message>
    <message>
        <source>Home %1 GB</source>
        <translation>Home %1 GB</translation>
    </message>
    <message>
        <source>Scratch %1 of %2 GB</source>
        <translation>Scratch %1 von %2 GB</translation>
    </message>
    <message>
        <source>Scratch %1 GB</source>
        <translation>Scratch %1 GB</translation>
    </message>
    <message>
        <source>Your server is using %1 % of its memory (%2 of %3 GB): when it runs out, the kernel doing the work is killed or the server stops. Save your work, and restart busy kernels or choose a larger size.</source>
        <translation>Ihr Server nutzt %1 % seines Arbeitsspeichers (%2 von %3 GB): Ist er voll, wird der arbeitende Kernel beendet oder der Server stoppt. Speichern Sie Ihre Arbeit und starten Sie ausgelastete Kernel neu oder wählen Sie eine größere Servergröße.</translation>
    </message>
    <message>
        <source>Your home folder is %1 % full (%2 of %3 GB): when it is full, saving files and notebooks fails. Delete or download what you no longer need there.</source>
        <translation>Ihr Home-Ordner ist zu %1 % voll (%2 von %3 GB): Ist er voll, schlägt das Speichern von Dateien und Notebooks fehl. Löschen Sie dort, was Sie nicht mehr brauchen, oder laden Sie es herunter.</translation>
    </message>
    <message>
        <source>/scratch is %1 % full (%2 of %3 GB): when it is full, writing there fails. Delete what you no longer need there, or ask for more scratch space.</source>
        <translation>/scratch ist zu %1 % voll (%2 von %3 GB): Ist es voll, schlägt das Schreiben dort fehl. Löschen Sie dort, was Sie nicht mehr brauchen, oder bitten Sie um mehr Scratch-Speicher.</translation>
    </message>
    <message>
        <source>Memory %1</source>
        <translation>Arbeitsspeicher %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>Home %1</translation>
    </message>
    <message>
        <source>Scratch %1</source>
        <translation>Scratch %1</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Starting (%1%)</source>
        <translation>Startet (%1 %)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird gestoppt</translation>
    </message>
    <message>
        <source>Failed to start</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SizeAdvice</name>
    <message numerus="yes">
        <source>Your last %n sessions on %1 peaked at %2 GB and %3 CPUs</source>
        <translation>
            <numerusform>Ihre letzte %n Sitzung auf %1 erreichte höchstens %2 GB und %3 CPUs</numerusform>
            <numerusform>Ihre letzten %n Sitzungen auf %1 erreichten höchstens %2 GB und %3 CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 would do, saving %3.</source>
        <translation>%1: %2 würde reichen und %3 sparen.</translation>
    </message>
    <message>
        <source>%1: %2 would do.</source>
        <translation>%1: %2 würde reichen.</translation>
    </message>
</context>
<context>
    <name>SpawnForm</name>
    <message>
        <source>Server size %1</source>
        <translation>Servergröße %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Default server</source>
        <translation>Standardserver</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Enter the SSH server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des SSH-Servers ein.</translation>
    </message>
    <message>
        <source>The SSH port must be a number from 1 to 65535.</source>
        <translation>Der SSH-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Enter your user name on the SSH server.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem SSH-Server ein.</translation>
    </message>
    <message>
        <source>Choose the private key file to sign in with.</source>
        <translation>Wählen Sie die private Schlüsseldatei für die Anmeldung.</translation>
    </message>
</context>
<context>
    <name>SshError</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The SSH server of %1 could not be found. Check the host name in the hub&apos;s SSH settings, and your network connection.</source>
        <translation>Der SSH-Server von %1 wurde nicht gefunden. Prüfen Sie den Hostnamen in den SSH-Einstellungen des Hubs und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 refused the SSH connection. Check the port in the hub&apos;s SSH settings and that the server runs SSH.</source>
        <translation>%1 hat die SSH-Verbindung abgelehnt. Prüfen Sie den Port in den SSH-Einstellungen des Hubs und ob auf dem Server SSH läuft.</translation>
    </message>
    <message>
        <source>%1 cannot be reached over SSH. Check your network connection or VPN.</source>
        <translation>%1 ist über SSH nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung oder Ihr VPN.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the host and port in the hub&apos;s SSH settings, and your network or VPN.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Host und Port in den SSH-Einstellungen des Hubs sowie Ihr Netzwerk oder VPN.</translation>
    </message>
    <message>
        <source>You did not trust the host key of %1, so no connection was made.</source>
        <translation>Sie haben dem Hostschlüssel von %1 nicht vertraut, daher wurde keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 is not the one it had before. Someone may be intercepting the connection, or the server was reinstalled. The connection was refused. Ask the server&apos;s administrators for its new fingerprint; only if it matches, remove the old key for this server from %2 and connect again.</source>
        <translation>WARNUNG: Der Hostschlüssel von %1 ist nicht mehr derselbe wie zuvor. Möglicherweise fängt jemand die Verbindung ab, oder der Server wurde neu installiert. Die Verbindung wurde abgelehnt. Fragen Sie die Administratoren des Servers nach seinem neuen Fingerabdruck; nur wenn er übereinstimmt, entfernen Sie den alten Schlüssel dieses Servers aus %2 und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The host key of %1 could not be checked, so no connection was made.</source>
        <translation>Der Hostschlüssel von %1 konnte nicht geprüft werden, daher wurde keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read. Check the path in the hub&apos;s SSH settings.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden. Prüfen Sie den Pfad in den SSH-Einstellungen des Hubs.</translation>
    </message>
    <message>
        <source>%1 is not a private key that can be used. Choose the private key file (not the .pub file) in the hub&apos;s SSH settings.</source>
        <translation>%1 ist kein verwendbarer privater Schlüssel. Wählen Sie in den SSH-Einstellungen des Hubs die private Schlüsseldatei (nicht die .pub-Datei).</translation>
    </message>
    <message>
        <source>The key file %1 is protected by a passphrase. Enter the passphrase to sign in.</source>
        <translation>Die Schlüsseldatei %1 ist durch eine Passphrase geschützt. Geben Sie die Passphrase ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The passphrase for the key file %1 is wrong. Enter it again.</source>
        <translation>Die Passphrase für die Schlüsseldatei %1 ist falsch. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>%1 did not accept the key %2. Check the user name, and that the public key is in ~/.ssh/authorized_keys on the server.</source>
        <translation>%1 hat den Schlüssel %2 nicht akzeptiert. Prüfen Sie den Benutzernamen und ob der öffentliche Schlüssel auf dem Server in ~/.ssh/authorized_keys steht.</translation>
    </message>
    <message>
        <source>No SSH agent is running (SSH_AUTH_SOCK is not set or does not answer). Start one and add your key with ssh-add, or choose a key file in the hub&apos;s SSH settings.</source>
        <translation>Es läuft kein SSH-Agent (SSH_AUTH_SOCK ist nicht gesetzt oder antwortet nicht). Starten Sie einen und fügen Sie Ihren Schlüssel mit ssh-add hinzu, oder wählen Sie in den SSH-Einstellungen des Hubs eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 accepted none of the SSH agent&apos;s keys. Add the right key with ssh-add, or choose a key file in the hub&apos;s SSH settings.</source>
        <translation>%1 hat keinen der Schlüssel des SSH-Agenten akzeptiert. Fügen Sie den richtigen Schlüssel mit ssh-add hinzu, oder wählen Sie in den SSH-Einstellungen des Hubs eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>A password is needed to sign in to %1. Enter it in the hub&apos;s SSH settings.</source>
        <translation>Für die Anmeldung bei %1 wird ein Passwort benötigt. Geben Sie es in den SSH-Einstellungen des Hubs ein.</translation>
    </message>
    <message>
        <source>%1 did not accept the password. Check the user name and enter the password again.</source>
        <translation>%1 hat das Passwort nicht akzeptiert. Prüfen Sie den Benutzernamen und geben Sie das Passwort erneut ein.</translation>
    </message>
    <message>
        <source>%1 does not allow this way of signing in (it offers: %2). Choose another one in the hub&apos;s SSH settings.</source>
        <translation>%1 erlaubt diese Anmeldeart nicht (angeboten wird: %2). Wählen Sie in den SSH-Einstellungen des Hubs eine andere.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost. Nothing incomplete was kept; try again.</source>
        <translation>Die SSH-Verbindung zu %1 wurde unterbrochen. Nichts Unvollständiges wurde behalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 refused to run a command over SSH. The server may not allow commands for this user.</source>
        <translation>%1 hat es abgelehnt, einen Befehl über SSH auszuführen. Der Server erlaubt diesem Benutzer möglicherweise keine Befehle.</translation>
    </message>
    <message>
        <source>The command on %1 was stopped before it ended.</source>
        <translation>Der Befehl auf %1 wurde beendet, bevor er fertig war.</translation>
    </message>
    <message>
        <source>The command on %1 failed (exit status %2).</source>
        <translation>Der Befehl auf %1 ist fehlgeschlagen (Exit-Status %2).</translation>
    </message>
    <message>
        <source>The command on %1 did not finish in time and was stopped.</source>
        <translation>Der Befehl auf %1 wurde nicht rechtzeitig fertig und wurde beendet.</translation>
    </message>
    <message>
        <source>The command on %1 printed more than expected and was stopped.</source>
        <translation>Der Befehl auf %1 hat mehr ausgegeben als erwartet und wurde beendet.</translation>
    </message>
    <message>
        <source>The transfer stopped.</source>
        <translation>Die Übertragung wurde angehalten.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed.</source>
        <translation>Die SSH-Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>WARNING: %1 offered a host key of another type (%2) than the one known for it in %3. Someone may be intercepting the connection, or the server&apos;s keys were changed. The connection was refused. Ask the server&apos;s administrators for its fingerprint; only if it matches, remove the old key for this server from %3 and connect again.</source>
        <translation>WARNUNG: %1 hat einen Hostschlüssel eines anderen Typs (%2) angeboten als den, der in %3 für ihn bekannt ist. Möglicherweise fängt jemand die Verbindung ab, oder die Schlüssel des Servers wurden geändert. Die Verbindung wurde abgelehnt. Fragen Sie die Administratoren des Servers nach seinem Fingerabdruck; nur wenn er übereinstimmt, entfernen Sie den alten Schlüssel dieses Servers aus %3 und verbinden Sie sich erneut.</translation>
    </message>
</context>
<context>
    <name>StopDiagnosis</name>
    <message>
        <source>Your server was stopped because it reached the hub&apos;s time limit: it had run for %1, and servers here are stopped after %2 whether in use or not.</source>
        <translation>Ihr Server wurde gestoppt, weil er das Zeitlimit des Hubs erreicht hat: Er lief bereits seit %1, und Server werden hier nach %2 gestoppt, ob sie in Gebrauch sind oder nicht.</translation>
    </message>
    <message>
        <source>Your server was stopped by someone else, or by the cloud: it was not idle (it was being kept alive) and had not reached a time limit. It may have been stopped from a browser or by an administrator, or its machine may have run out of memory or been reclaimed.</source>
        <translation>Ihr Server wurde von jemand anderem oder von der Cloud gestoppt: Er war nicht inaktiv (er wurde am Laufen gehalten) und hatte kein Zeitlimit erreicht. Möglicherweise wurde er aus einem Browser oder von einem Administrator gestoppt, oder seiner Maschine ist der Arbeitsspeicher ausgegangen, oder sie wurde zurückgefordert.</translation>
    </message>
    <message>
        <source>Your server was stopped outside this app: by the hub, from a browser, or by an administrator.</source>
        <translation>Ihr Server wurde außerhalb dieser App gestoppt: vom Hub, aus einem Browser oder von einem Administrator.</translation>
    </message>
    <message>
        <source>Your server was stopped for inactivity: nothing had used it for %1, and the hub stops servers after %2 without activity.</source>
        <translation>Ihr Server wurde wegen Inaktivität gestoppt: Er war seit %1 nicht genutzt worden, und der Hub stoppt Server nach %2 ohne Aktivität.</translation>
    </message>
    <message>
        <source>Your server was stopped by someone else, or by the cloud: it had been in use %1 before, sooner than the hub&apos;s idle limit of %2. It may have been stopped from a browser or by an administrator, or its machine may have run out of memory or been reclaimed.</source>
        <translation>Ihr Server wurde von jemand anderem oder von der Cloud gestoppt: Er wurde noch %1 vor dem Stopp genutzt, also vor Ablauf der Inaktivitätsgrenze des Hubs von %2. Möglicherweise wurde er aus einem Browser oder von einem Administrator gestoppt, oder seiner Maschine ist der Arbeitsspeicher ausgegangen, oder sie wurde zurückgefordert.</translation>
    </message>
    <message>
        <source>Your server was most likely stopped for inactivity: nothing had used it for %1.</source>
        <translation>Ihr Server wurde sehr wahrscheinlich wegen Inaktivität gestoppt: Er war seit %1 nicht genutzt worden.</translation>
    </message>
    <message>
        <source>Your server was stopped outside this app: by the hub, from a browser, or by an administrator. It was last in use %1 before.</source>
        <translation>Ihr Server wurde außerhalb dieser App gestoppt: vom Hub, aus einem Browser oder von einem Administrator. Zuletzt genutzt wurde er %1 vor dem Stopp.</translation>
    </message>
    <message numerus="yes">
        <source>%n kernel(s) were running</source>
        <translation>
            <numerusform>%n Kernel lief</numerusform>
            <numerusform>%n Kernel liefen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n busy)</source>
        <translation>
            <numerusform> (%n ausgelastet)</numerusform>
            <numerusform> (%n ausgelastet)</numerusform>
        </translation>
    </message>
    <message>
        <source>no kernel was running</source>
        <translation>kein Kernel lief</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>%n terminal(s) were open</source>
        <translation>
            <numerusform>%n Terminal war geöffnet</numerusform>
            <numerusform>%n Terminals waren geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Your server probably ran out of memory: when last measured it used %1 of its %2 GB (%3 %).</source>
        <translation>Ihrem Server ging vermutlich der Arbeitsspeicher aus: Bei der letzten Messung nutzte er %1 von %2 GB (%3 %).</translation>
    </message>
    <message>
        <source>At that time %1.</source>
        <translation>Zu diesem Zeitpunkt: %1.</translation>
    </message>
    <message>
        <source>Choose a larger size next time, or use less memory at once (smaller chunks of data, fewer kernels).</source>
        <translation>Wählen Sie beim nächsten Mal eine größere Servergröße oder nutzen Sie weniger Arbeitsspeicher auf einmal (kleinere Datenblöcke, weniger Kernel).</translation>
    </message>
    <message>
        <source>Your server was stopped through the hub, from a browser or by an administrator: the hub was seen stopping it, and it had been in use %1 before, sooner than the hub&apos;s idle limit of %2.</source>
        <translation>Ihr Server wurde über den Hub gestoppt, aus einem Browser oder von einem Administrator: Der Hub wurde beim Stoppen beobachtet, und der Server war %1 zuvor noch in Gebrauch – früher als die Leerlaufgrenze des Hubs von %2.</translation>
    </message>
</context>
<context>
    <name>StopReason</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageWalk</name>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %1 in %n file(s)</source>
        <translation>
            <numerusform>mindestens %1 in %n Datei</numerusform>
            <numerusform>mindestens %1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The measurement stopped after %n folder(s), so as not to load the server.</source>
        <translation>
            <numerusform>Die Messung wurde nach %n Ordner beendet, um den Server nicht zu belasten.</numerusform>
            <numerusform>Die Messung wurde nach %n Ordnern beendet, um den Server nicht zu belasten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The measurement stopped after its time limit, so as not to load the server.</source>
        <translation>Die Messung wurde nach Ablauf ihres Zeitlimits beendet, um den Server nicht zu belasten.</translation>
    </message>
    <message>
        <source>The measurement was stopped before it ended.</source>
        <translation>Die Messung wurde vor ihrem Ende abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) nested too deep were not entered.</source>
        <translation>
            <numerusform>%n zu tief verschachtelter Ordner wurde nicht durchsucht.</numerusform>
            <numerusform>%n zu tief verschachtelte Ordner wurden nicht durchsucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read by the server and are not counted.</source>
        <translation>
            <numerusform>%n Ordner konnte vom Server nicht gelesen werden und wird nicht mitgezählt.</numerusform>
            <numerusform>%n Ordner konnten vom Server nicht gelesen werden und werden nicht mitgezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) leading back to a folder above them were not followed.</source>
        <translation>
            <numerusform>%n Verknüpfung, die zurück auf einen übergeordneten Ordner zeigt, wurde nicht verfolgt.</numerusform>
            <numerusform>%n Verknüpfungen, die zurück auf einen übergeordneten Ordner zeigen, wurden nicht verfolgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted, as they are storage of their own: %1.</source>
        <translation>Nicht mitgezählt, da sie eigener Speicher sind: %1.</translation>
    </message>
    <message>
        <source>The scratch folder holds %1, counted apart: /scratch is billed by the space allocated to it, which the server does not report.</source>
        <translation>Der Scratch-Ordner enthält %1, separat gezählt: /scratch wird nach dem ihm zugewiesenen Speicherplatz abgerechnet, den der Server nicht meldet.</translation>
    </message>
    <message>
        <source>Hidden files and folders (names starting with a dot, such as .conda) and folders the server may not read are not shown by the server, so they are not counted.</source>
        <translation>Versteckte Dateien und Ordner (Namen, die mit einem Punkt beginnen, etwa .conda) sowie Ordner, die der Server nicht lesen darf, zeigt der Server nicht an; sie werden daher nicht mitgezählt.</translation>
    </message>
</context>
<context>
    <name>TokenScopes</name>
    <message>
        <source>see which account is signed in</source>
        <translation>sehen, welches Konto angemeldet ist</translation>
    </message>
    <message>
        <source>show how long your server may stay idle before the hub stops it</source>
        <translation>anzeigen, wie lange Ihr Server inaktiv sein darf, bevor der Hub ihn stoppt</translation>
    </message>
    <message>
        <source>start, stop and watch your server</source>
        <translation>Ihren Server starten, stoppen und überwachen</translation>
    </message>
    <message>
        <source>give your server a sign-in of its own that cannot reach the hub, and cancel the app&apos;s sign-ins on the hub when you sign out</source>
        <translation>Ihrem Server eine eigene Anmeldung geben, die nicht auf den Hub zugreifen kann, und die Anmeldungen der App auf dem Hub widerrufen, wenn Sie sich abmelden</translation>
    </message>
    <message>
        <source>open your files and terminals on your server (the file browser, uploads and downloads)</source>
        <translation>Ihre Dateien und Terminals auf Ihrem Server öffnen (Dateibrowser, Uploads und Downloads)</translation>
    </message>
    <message>
        <source>Can: %1</source>
        <translation>Kann: %1</translation>
    </message>
    <message>
        <source>Cannot: %1</source>
        <translation>Kann nicht: %1</translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <source>Cannot read the token file %1: %2.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The token file %1 must hold the token alone on one line.</source>
        <translation>Die Token-Datei %1 darf nur das Token allein in einer Zeile enthalten.</translation>
    </message>
    <message>
        <source>Warning: %1 can be read by other users; protect it with “chmod 600 %1”.</source>
        <translation>Warnung: %1 ist für andere Benutzer lesbar; schützen Sie die Datei mit „chmod 600 %1“.</translation>
    </message>
</context>
<context>
    <name>TransferConflict</name>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Skip identical</source>
        <translation>Überspringen, wenn gleich</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace: the folder on your server, with %1 that exist only there, is renamed “%2 (replaced &lt;date&gt;)” and kept; nothing is deleted.</source>
        <translation>Ersetzen: Der Ordner auf Ihrem Server, mit %1, die nur dort vorhanden sind, wird in „%2 (replaced &lt;Datum&gt;)“ umbenannt und behalten; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Replace: the folder on this computer, with %1 that exist only here, moves to the trash; nothing is deleted.</source>
        <translation>Ersetzen: Der Ordner auf diesem Computer, mit %1, die nur hier vorhanden sind, wird in den Papierkorb verschoben; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Replace: the file on your server is renamed “%1 (replaced &lt;date&gt;)” and kept; nothing is deleted.</source>
        <translation>Ersetzen: Die Datei auf Ihrem Server wird in „%1 (replaced &lt;Datum&gt;)“ umbenannt und behalten; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Replace: the file on this computer moves to the trash; nothing is deleted.</source>
        <translation>Ersetzen: Die Datei auf diesem Computer wird in den Papierkorb verschoben; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Replace (keep the old one aside)</source>
        <translation>Ersetzen (das alte beiseitelegen)</translation>
    </message>
</context>
<context>
    <name>TransferHolds</name>
    <message>
        <source>upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>download</source>
        <translation>Download</translation>
    </message>
</context>
<context>
    <name>TransferMethod</name>
    <message>
        <source>--method direct is for downloads in this version; the upload goes as one archive.</source>
        <translation>--method direct gilt in dieser Version nur für Downloads; der Upload erfolgt als ein Archiv.</translation>
    </message>
    <message>
        <source>Uploads go as one archive, unpacked on the server while it arrives.</source>
        <translation>Uploads erfolgen als ein Archiv, das auf dem Server schon während des Empfangs entpackt wird.</translation>
    </message>
    <message>
        <source>--method archive asked for the archive.</source>
        <translation>--method archive hat das Archiv angefordert.</translation>
    </message>
    <message>
        <source>--method direct cannot be honoured over SSH, which streams one archive; the archive is used.</source>
        <translation>--method direct ist über SSH nicht möglich, da dort ein einziges Archiv gestreamt wird; das Archiv wird verwendet.</translation>
    </message>
    <message>
        <source>Over SSH the archive streams straight out of the server&apos;s tar.</source>
        <translation>Über SSH wird das Archiv direkt aus dem tar des Servers gestreamt.</translation>
    </message>
    <message>
        <source>--method direct takes files only; folders and links go in the archive.</source>
        <translation>--method direct überträgt nur Dateien; Ordner und Verknüpfungen kommen ins Archiv.</translation>
    </message>
    <message>
        <source>--method direct asked for the direct way.</source>
        <translation>--method direct hat den direkten Weg angefordert.</translation>
    </message>
    <message>
        <source>Folders and links go as one archive, which keeps them whole.</source>
        <translation>Ordner und Verknüpfungen werden als ein Archiv übertragen, das sie vollständig erhält.</translation>
    </message>
    <message numerus="yes">
        <source>%n files: one archive saves a request per file.</source>
        <translation>
            <numerusform>%n Datei: Ein Archiv spart eine Anfrage pro Datei.</numerusform>
            <numerusform>%n Dateien: Ein Archiv spart eine Anfrage pro Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data compresses and the link is slow (%1 ms round trip): the archive sends fewer bytes.</source>
        <translation>Die Daten lassen sich komprimieren und die Verbindung ist langsam (%1 ms Umlaufzeit): Das Archiv überträgt weniger Bytes.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), no folders: fetched as they are, without packing on the server first.</source>
        <translation>
            <numerusform>%n Datei, keine Ordner: wird unverändert abgerufen, ohne vorheriges Packen auf dem Server.</numerusform>
            <numerusform>%n Dateien, keine Ordner: werden unverändert abgerufen, ohne vorheriges Packen auf dem Server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustPrompt</name>
    <message>
        <source>Unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>%1 is reached over plain http://, without encryption.</source>
        <translation>%1 wird über einfaches http:// erreicht, ohne Verschlüsselung.</translation>
    </message>
    <message>
        <source>Your password, your session and the app&apos;s sign-in would cross the network readable by anyone on the way (a shared Wi-Fi, a proxy), who could then act as you on this hub. Use its https:// address if it has one. Continue only on a network you trust.</source>
        <translation>Ihr Passwort, Ihre Sitzung und die Anmeldung der App würden unverschlüsselt über das Netzwerk gehen, lesbar für jeden auf dem Weg (ein gemeinsam genutztes WLAN, ein Proxy); wer sie mitliest, könnte dann auf diesem Hub in Ihrem Namen handeln. Verwenden Sie die https://-Adresse des Hubs, falls es eine gibt. Fahren Sie nur in einem Netzwerk fort, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Use it without encryption</source>
        <translation>&amp;Ohne Verschlüsselung verwenden</translation>
    </message>
    <message>
        <source>The hub is somewhere else</source>
        <translation>Der Hub befindet sich woanders</translation>
    </message>
    <message>
        <source>%1 sent the app on to %2.</source>
        <translation>%1 hat die App an %2 weitergeleitet.</translation>
    </message>
    <message>
        <source>Signing in there sends your password and the app&apos;s sign-in to %1. Continue only if you know that %1 is your hub; if you did not expect this, someone may be redirecting you.</source>
        <translation>Wenn Sie sich dort anmelden, gehen Ihr Passwort und die Anmeldung der App an %1. Fahren Sie nur fort, wenn Sie wissen, dass %1 Ihr Hub ist; wenn Sie das nicht erwartet haben, leitet Sie möglicherweise jemand um.</translation>
    </message>
    <message>
        <source>&amp;Continue to %1</source>
        <translation>&amp;Weiter zu %1</translation>
    </message>
    <message>
        <source>The hub would not give the app a sign-in limited to your server, so files, transfers and terminals cannot work.</source>
        <translation>Der Hub wollte der App keine auf Ihren Server beschränkte Anmeldung geben, daher können Dateien, Übertragungen und Terminals nicht funktionieren.</translation>
    </message>
    <message>
        <source>The hub would not give the app a sign-in limited to what it needs.</source>
        <translation>Der Hub wollte der App keine Anmeldung geben, die auf das Nötige beschränkt ist.</translation>
    </message>
    <message>
        <source>The app can ask instead for a sign-in with every permission your account has (for an administrator: everything on the hub), valid as long as the usual one.</source>
        <translation>Die App kann stattdessen eine Anmeldung mit allen Berechtigungen Ihres Kontos anfordern (für Administratoren: alles auf dem Hub), so lange gültig wie die übliche.</translation>
    </message>
    <message>
        <source>It would be sent to your server, where any software running there could read it and act as you on the hub.</source>
        <translation>Sie würde an Ihren Server gesendet, wo jede dort laufende Software sie lesen und auf dem Hub in Ihrem Namen handeln könnte.</translation>
    </message>
    <message>
        <source>A sign-in with every permission?</source>
        <translation>Eine Anmeldung mit allen Berechtigungen?</translation>
    </message>
    <message>
        <source>The hub said: %1</source>
        <translation>Der Hub meldet: %1</translation>
    </message>
    <message>
        <source>&amp;Allow every permission</source>
        <translation>Alle Berechtigungen &amp;erlauben</translation>
    </message>
    <message>
        <source>Signed in with limits</source>
        <translation>Mit Einschränkungen angemeldet</translation>
    </message>
    <message>
        <source>The hub gave the app less than it asked for. Signed in; this is what the app can and cannot do with it:</source>
        <translation>Der Hub hat der App weniger gegeben, als sie angefordert hat. Sie sind angemeldet; Folgendes kann die App damit tun und Folgendes nicht:</translation>
    </message>
</context>
<context>
    <name>UsageLedger</name>
    <message>
        <source>The usage record %1 could not be written: %2</source>
        <translation>Der Nutzungsnachweis %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The usage record %1 could not be read: %2</source>
        <translation>Der Nutzungsnachweis %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The usage record %1 could not be read and was set aside as %2. Usage estimates start afresh from now.</source>
        <translation>Der Nutzungsnachweis %1 war nicht lesbar und wurde als %2 beiseitegelegt. Die Nutzungsschätzungen beginnen ab jetzt neu.</translation>
    </message>
    <message>
        <source>The usage record %1 could not be read, nor set aside. Usage estimates leave it out; move the file away to start afresh.</source>
        <translation>Der Nutzungsnachweis %1 war nicht lesbar und konnte nicht beiseitegelegt werden. Die Nutzungsschätzungen lassen ihn aus; verschieben Sie die Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The last usage record was cut short (the app stopped while writing it) and was left out.</source>
        <translation>Der letzte Nutzungseintrag war abgeschnitten (die App wurde beim Schreiben beendet) und wurde ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged usage record(s) were left out.</source>
        <translation>
            <numerusform>%n beschädigter Nutzungseintrag wurde ausgelassen.</numerusform>
            <numerusform>%n beschädigte Nutzungseinträge wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usage record(s) written by a newer version of this app are kept but not counted here.</source>
        <translation>
            <numerusform>%n Nutzungseintrag, von einer neueren Version dieser App geschrieben, wird aufbewahrt, hier aber nicht gezählt.</numerusform>
            <numerusform>%n Nutzungseinträge, von einer neueren Version dieser App geschrieben, werden aufbewahrt, hier aber nicht gezählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ActivityHolder</name>
    <message>
        <source>%1, %2 %</source>
        <translation>%1, %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ArchiveExtractor</name>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>das ist kein Ordner</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>received %1, expected %2</source>
        <translation>%1 erhalten, %2 erwartet</translation>
    </message>
    <message numerus="yes">
        <source>more entries than the %n announced</source>
        <translation>
            <numerusform>mehr Einträge als angekündigt (%n)</numerusform>
            <numerusform>mehr Einträge als angekündigt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>more than the %1 bytes announced</source>
        <translation>mehr als die angekündigten %1 Bytes</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>benannte Pipe</translation>
    </message>
</context>
<context>
    <name>fornax::ArchiveWriter</name>
    <message>
        <source>a whole disk cannot be sent as one item</source>
        <translation>ein ganzes Laufwerk kann nicht als ein Element gesendet werden</translation>
    </message>
    <message>
        <source>unknown error in the archive library</source>
        <translation>unbekannter Fehler in der Archivbibliothek</translation>
    </message>
</context>
<context>
    <name>fornax::Autostart</name>
    <message>
        <source>Starting at login is not supported on this system yet.</source>
        <translation>Start bei der Anmeldung wird auf diesem System noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Cannot set up starting at login: no configuration folder is known. Set HOME or XDG_CONFIG_HOME and try again.</source>
        <translation>Start bei der Anmeldung kann nicht eingerichtet werden: Es ist kein Konfigurationsordner bekannt. Setzen Sie HOME oder XDG_CONFIG_HOME und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot turn on starting at login: the folder %1 cannot be created. Check that it is not a file and that you may write to it.</source>
        <translation>Start bei der Anmeldung kann nicht eingeschaltet werden: Der Ordner %1 kann nicht angelegt werden. Prüfen Sie, dass er keine Datei ist und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot turn on starting at login: writing %1 failed (%2). Check that you may write to that folder.</source>
        <translation>Start bei der Anmeldung kann nicht eingeschaltet werden: Schreiben von %1 fehlgeschlagen (%2). Prüfen Sie, ob Sie in diesen Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot turn off starting at login: removing %1 failed (%2). Remove that file by hand to stop Fornax Desktop from starting at login.</source>
        <translation>Start bei der Anmeldung kann nicht ausgeschaltet werden: Entfernen von %1 fehlgeschlagen (%2). Löschen Sie die Datei von Hand, damit Fornax Desktop nicht mehr bei der Anmeldung startet.</translation>
    </message>
</context>
<context>
    <name>fornax::ContentsTransport</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The upload stopped because the archive could not be made: %1</source>
        <translation>Das Hochladen wurde angehalten, weil das Archiv nicht erstellt werden konnte: %1</translation>
    </message>
    <message>
        <source>The server holds %1 bytes of %2 where %3 were sent. Another program may be writing the same file; try the transfer again.</source>
        <translation>Der Server hat %1 Bytes von %2, gesendet wurden aber %3. Vielleicht schreibt ein anderes Programm in dieselbe Datei; versuchen Sie die Übertragung erneut.</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>Das Hochladen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection broke while %1 was being written, and the file on the server is incomplete (%2 bytes where %3 or %4 were expected). Start the upload again.</source>
        <translation>Die Verbindung brach ab, während %1 geschrieben wurde, und die Datei auf dem Server ist unvollständig (%2 Bytes statt %3 oder %4). Starten Sie das Hochladen erneut.</translation>
    </message>
    <message>
        <source>The server resumed the download of %1 at the wrong place.</source>
        <translation>Der Server hat das Herunterladen von %1 an der falschen Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 on the server has %2 bytes, not the %3 expected. It may have changed; start the download again.</source>
        <translation>%1 auf dem Server hat %2 Bytes statt der erwarteten %3. Die Datei hat sich vielleicht geändert; starten Sie das Herunterladen erneut.</translation>
    </message>
    <message>
        <source>The download stopped because the archive could not be unpacked: %1</source>
        <translation>Das Herunterladen wurde angehalten, weil das Archiv nicht entpackt werden konnte: %1</translation>
    </message>
    <message>
        <source>The download stopped because its receiver was closed.</source>
        <translation>Das Herunterladen wurde angehalten, weil der Empfänger geschlossen wurde.</translation>
    </message>
    <message>
        <source>The connection ended early.</source>
        <translation>Die Verbindung endete vorzeitig.</translation>
    </message>
    <message>
        <source>The server sent more of %1 than expected (%2 bytes, not %3). Start the download again.</source>
        <translation>Der Server hat mehr von %1 gesendet als erwartet (%2 Bytes statt %3). Starten Sie das Herunterladen erneut.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Das Herunterladen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server refuses uploads even in pieces of %1 (HTTP 413, request too large). A proxy in front of it limits request sizes; ask the administrators to raise that limit.</source>
        <translation>Der Server lehnt Uploads selbst in Teilen von %1 ab (HTTP 413, Anfrage zu groß). Ein vorgeschalteter Proxy begrenzt die Größe von Anfragen; bitten Sie die Administratoren, diese Grenze anzuheben.</translation>
    </message>
    <message>
        <source>The server sent more of %1 than it announced (%2 bytes, not %3), so the download was stopped and nothing was kept. If the file is still being written on the server, download it once that is finished.</source>
        <translation>Der Server hat von %1 mehr gesendet als angekündigt (%2 Bytes statt %3), daher wurde der Download abgebrochen und nichts behalten. Falls die Datei auf dem Server noch geschrieben wird, laden Sie sie herunter, sobald das abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>fornax::CredentialStore</name>
    <message>
        <source>Nothing was stored: the account or its token is missing.</source>
        <translation>Es wurde nichts gespeichert: Das Konto oder sein Token fehlt.</translation>
    </message>
    <message>
        <source>No token can be read for an account without a hub or user.</source>
        <translation>Für ein Konto ohne Hub oder Benutzer kann kein Token gelesen werden.</translation>
    </message>
    <message>
        <source>No token can be deleted for an account without a hub or user.</source>
        <translation>Für ein Konto ohne Hub oder Benutzer kann kein Token gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). If it asks for a password, unlock it and try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Wenn er nach einem Passwort fragt, entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Wenn er nach einem Passwort fragt, entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring refused access. Unlock it (or allow Fornax Desktop to use it) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Entsperren Sie ihn (oder erlauben Sie Fornax Desktop den Zugriff) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>Your system keyring is not available, so Fornax Desktop cannot save your sign-in. You stay signed in until you quit the app; after that you will have to sign in again. To stay signed in, install or unlock a keyring (such as GNOME Keyring or KWallet) and restart the app.</source>
        <translation>Ihr System-Schlüsselbund ist nicht verfügbar, daher kann Fornax Desktop Ihre Anmeldung nicht speichern. Sie bleiben angemeldet, bis Sie die App beenden; danach müssen Sie sich erneut anmelden. Um angemeldet zu bleiben, installieren oder entsperren Sie einen Schlüsselbund (etwa GNOME Keyring oder KWallet) und starten Sie die App neu.</translation>
    </message>
    <message>
        <source>(The keyring said: %1)</source>
        <translation>(Der Schlüsselbund meldet: %1)</translation>
    </message>
    <message>
        <source>Nothing was stored: the name or the secret is missing.</source>
        <translation>Es wurde nichts gespeichert: Der Name oder das Geheimnis fehlt.</translation>
    </message>
</context>
<context>
    <name>fornax::DownloadJob</name>
    <message>
        <source>“%1” cannot be downloaded on its own: choose the files or folders inside it.</source>
        <translation>„%1“ kann nicht als Ganzes heruntergeladen werden: Wählen Sie die Dateien oder Ordner darin aus.</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>Ihr Home-Ordner</translation>
    </message>
    <message>
        <source>Could not prepare your server for the download.</source>
        <translation>Ihr Server konnte nicht für den Download vorbereitet werden.</translation>
    </message>
    <message>
        <source>Your server did not answer the transfer&apos;s questions (free space, tar). Check that a terminal can be opened in JupyterLab.</source>
        <translation>Ihr Server hat die Abfragen der Übertragung (freier Speicherplatz, tar) nicht beantwortet. Prüfen Sie, ob sich in JupyterLab ein Terminal öffnen lässt.</translation>
    </message>
    <message>
        <source>Could not measure the items on your server.</source>
        <translation>Die Größe der Elemente auf Ihrem Server konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>“%1” does not exist on your server. Check the name (paths start in your home folder).</source>
        <translation>„%1“ existiert nicht auf Ihrem Server. Prüfen Sie den Namen (Pfade beginnen in Ihrem Home-Ordner).</translation>
    </message>
    <message>
        <source>“%1” on your server is not a file or folder and cannot be downloaded.</source>
        <translation>„%1“ auf Ihrem Server ist weder eine Datei noch ein Ordner und kann nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”. Check that you may write there.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>This download needs %1 in “%2”, but only %3 is free there. Free some space (or download less) and try again.</source>
        <translation>Dieser Download braucht %1 in „%2“, dort sind aber nur %3 frei. Schaffen Sie Platz (oder laden Sie weniger herunter) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Packing the items on your server failed.</source>
        <translation>Das Packen der Elemente auf Ihrem Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Computing checksums on your server failed.</source>
        <translation>Das Berechnen der Prüfsummen auf Ihrem Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>Der Download wurde angehalten.</translation>
    </message>
    <message>
        <source>Your server packed the items but did not say how big the archive is, so nothing was downloaded (the size is checked against your budget first). The server&apos;s tools may be broken; if this happens again, tell your hub&apos;s administrators.</source>
        <translation>Ihr Server hat die Elemente gepackt, aber nicht mitgeteilt, wie groß das Archiv ist, daher wurde nichts heruntergeladen (die Größe wird zuerst mit Ihrem Budget abgeglichen). Die Werkzeuge des Servers sind möglicherweise defekt; wenn das erneut passiert, wenden Sie sich an die Administratoren Ihres Hubs.</translation>
    </message>
    <message>
        <source>You may not write in “%1” on this computer, so nothing was downloaded. Choose another folder, or change its permissions.</source>
        <translation>Sie dürfen in „%1“ auf diesem Computer nicht schreiben, daher wurde nichts heruntergeladen. Wählen Sie einen anderen Ordner oder ändern Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>“%1” on this computer is a file, not a folder, so nothing was downloaded. Choose a folder.</source>
        <translation>„%1“ auf diesem Computer ist eine Datei, kein Ordner, daher wurde nichts heruntergeladen. Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>%1 (a %2, not a file)</source>
        <translation>%1 (%2, keine Datei)</translation>
    </message>
</context>
<context>
    <name>fornax::HubDirectory</name>
    <message>
        <source>This is the hub of %1, which is already in your list. If its address there is wrong, correct it in the settings instead of adding it again.</source>
        <translation>Das ist der Hub von %1, der schon in Ihrer Liste steht. Ist seine Adresse dort falsch, korrigieren Sie sie in den Einstellungen, statt ihn erneut hinzuzufügen.</translation>
    </message>
    <message>
        <source>The hub at %1 is already in your list as “%2”. Choose it there instead of adding it again.</source>
        <translation>Der Hub unter %1 steht schon als „%2“ in Ihrer Liste. Wählen Sie ihn dort aus, statt ihn erneut hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>fornax::HubProbe</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
</context>
<context>
    <name>fornax::HubSession</name>
    <message>
        <source>Your sign-in to this hub expired on %1. Sign in again.</source>
        <translation>Ihre Anmeldung bei diesem Hub ist am %1 abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keychain. Sign in again.</source>
        <translation>Im Schlüsselbund wurde keine gespeicherte Anmeldung gefunden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>That does not look like an API token: paste the token alone, as the hub&apos;s token page shows it.</source>
        <translation>Das sieht nicht nach einem API-Token aus: Fügen Sie nur das Token ein, so wie die Token-Seite des Hubs es anzeigt.</translation>
    </message>
    <message>
        <source>The hub no longer accepts your saved sign-in (it expired or was revoked). Sign in again.</source>
        <translation>Der Hub akzeptiert Ihre gespeicherte Anmeldung nicht mehr (sie ist abgelaufen oder wurde widerrufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The hub stopped accepting your sign-in (it expired or was revoked). Sign in again.</source>
        <translation>Der Hub akzeptiert Ihre Anmeldung nicht mehr (sie ist abgelaufen oder wurde widerrufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub could not be reached to cancel the app&apos;s sign-in there: it stays valid until %1 unless the app reaches the hub first. The app tries again each time it starts.</source>
        <translation>Sie sind hier abgemeldet, aber der Hub war nicht erreichbar, um die Anmeldung der App dort zu widerrufen: Sie bleibt bis %1 gültig, sofern die App den Hub nicht vorher erreicht. Die App versucht es bei jedem Start erneut.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub could not be reached to cancel the app&apos;s sign-in there. The app tries again each time it starts.</source>
        <translation>Sie sind hier abgemeldet, aber der Hub war nicht erreichbar, um die Anmeldung der App dort zu widerrufen. Die App versucht es bei jedem Start erneut.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub did not let the app cancel its sign-in there (%1): it stays valid until %2. You can delete it on %3.</source>
        <translation>Sie sind hier abgemeldet, aber der Hub hat der App nicht erlaubt, ihre Anmeldung dort zu widerrufen (%1): Sie bleibt bis %2 gültig. Sie können sie unter %3 löschen.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub did not let the app cancel its sign-in there (%1). You can delete it on %2.</source>
        <translation>Sie sind hier abgemeldet, aber der Hub hat der App nicht erlaubt, ihre Anmeldung dort zu widerrufen (%1). Sie können sie unter %2 löschen.</translation>
    </message>
</context>
<context>
    <name>fornax::JobClient</name>
    <message>
        <source>There is no such job on the server (see “fornax-desktop jobs”).</source>
        <translation>Auf dem Server gibt es keinen solchen Job (siehe „fornax-desktop jobs“).</translation>
    </message>
    <message>
        <source>The server has no “setsid” command, so a job could not run there detached from the terminal. Nothing was started.</source>
        <translation>Der Server hat keinen Befehl „setsid“, daher konnte dort kein Job losgelöst vom Terminal laufen. Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>No Python on the server can run notebooks (nbconvert is missing). Install it there (“pip install --user nbconvert”) or run a script instead. Nothing was started.</source>
        <translation>Kein Python auf dem Server kann Notebooks ausführen (nbconvert fehlt). Installieren Sie es dort („pip install --user nbconvert“) oder führen Sie stattdessen ein Skript aus. Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>--param needs papermill on the server, which it does not have. Install it there (“pip install --user papermill”) or run without --param. Nothing was started.</source>
        <translation>--param erfordert papermill auf dem Server, das dort fehlt. Installieren Sie es dort („pip install --user papermill“) oder führen Sie ohne --param aus. Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>The file to run did not arrive on the server. Nothing was started.</source>
        <translation>Die auszuführende Datei ist nicht auf dem Server angekommen. Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>A job with this id exists already on the server. Nothing was started.</source>
        <translation>Auf dem Server gibt es bereits einen Job mit dieser ID. Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>The command on the server failed (exit code %1).</source>
        <translation>Der Befehl auf dem Server ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The command on the server failed: %1</source>
        <translation>Der Befehl auf dem Server ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>fornax::JobList</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>ended and stopped the server</source>
        <translation>beendet und Server gestoppt</translation>
    </message>
</context>
<context>
    <name>fornax::JobReader</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Niemand ist angemeldet.</translation>
    </message>
    <message>
        <source>The jobs on your server could not be read (%1).</source>
        <translation>Die Jobs auf Ihrem Server konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The status of job %1 could not be read (%2).</source>
        <translation>Der Status von Job %1 konnte nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>fornax::KeepAlive</name>
    <message>
        <source>The server did not answer the keep-alive request as a Jupyter server would (HTTP %1).</source>
        <translation>Der Server hat auf die Keep-alive-Anfrage nicht wie ein Jupyter-Server geantwortet (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>fornax::KernelCatalog</name>
    <message>
        <source>The server did not list its kernels (%1).</source>
        <translation>Der Server hat seine Kernel nicht aufgelistet (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s list of kernels could not be read.</source>
        <translation>Die Kernel-Liste des Servers konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>fornax::LoopbackBackend</name>
    <message>
        <source>The stand-in server is switched off.</source>
        <translation>Der Ersatz-Server ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>fornax::LoopbackCommands</name>
    <message>
        <source>The step took too long and was stopped.</source>
        <translation>Der Schritt dauerte zu lange und wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>fornax::LoopbackStream</name>
    <message>
        <source>The command on the server failed (exit status %1): %2</source>
        <translation>Der Befehl auf dem Server ist fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
</context>
<context>
    <name>fornax::NotificationCenter</name>
    <message>
        <source>Your server is ready</source>
        <translation>Ihr Server ist bereit</translation>
    </message>
    <message>
        <source>JupyterLab is open in Fornax Desktop.</source>
        <translation>JupyterLab ist in Fornax Desktop geöffnet.</translation>
    </message>
    <message>
        <source>Your server was stopped</source>
        <translation>Ihr Server wurde gestoppt</translation>
    </message>
    <message>
        <source>Your server will stop soon</source>
        <translation>Ihr Server wird bald gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>It has been idle; the hub stops it in about %n minute(s). Use it, or choose “Keep alive 1 h”.</source>
        <translation>
            <numerusform>Er war im Leerlauf; der Hub stoppt ihn in etwa %n Minute. Nutzen Sie ihn oder wählen Sie „1 h aktiv halten“.</numerusform>
            <numerusform>Er war im Leerlauf; der Hub stoppt ihn in etwa %n Minuten. Nutzen Sie ihn oder wählen Sie „1 h aktiv halten“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep alive 1 h</source>
        <translation>1 h aktiv halten</translation>
    </message>
    <message numerus="yes">
        <source>It has been idle; the hub stops it in about %n minute(s). Use it, or choose “Keep it running for an hour” in Fornax Desktop.</source>
        <translation>
            <numerusform>Er war im Leerlauf; der Hub stoppt ihn in etwa %n Minute. Nutzen Sie ihn oder wählen Sie in Fornax Desktop „Eine Stunde weiterlaufen lassen“.</numerusform>
            <numerusform>Er war im Leerlauf; der Hub stoppt ihn in etwa %n Minuten. Nutzen Sie ihn oder wählen Sie in Fornax Desktop „Eine Stunde weiterlaufen lassen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job “%1” finished</source>
        <translation>Job „%1“ abgeschlossen</translation>
    </message>
    <message>
        <source>Job “%1” failed</source>
        <translation>Job „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Your server stops within the hour</source>
        <translation>Ihr Server stoppt innerhalb der nächsten Stunde</translation>
    </message>
    <message>
        <source>The hub stops every server %1 after it started; yours stops at %2, in about %3. Save your work; you can start a new server afterwards.</source>
        <translation>Der Hub stoppt jeden Server %1 nach dem Start; Ihrer stoppt um %2, in etwa %3. Speichern Sie Ihre Arbeit; danach können Sie einen neuen Server starten.</translation>
    </message>
    <message>
        <source>Job “%1” ended</source>
        <translation>Job „%1“ beendet</translation>
    </message>
</context>
<context>
    <name>fornax::ProgressStream</name>
    <message>
        <source>The hub reported that the server failed to start, without saying why. A smaller server may start where this one could not.</source>
        <translation>Der Hub hat gemeldet, dass der Server nicht starten konnte, ohne einen Grund zu nennen. Ein kleinerer Server startet vielleicht, wo dieser es nicht konnte.</translation>
    </message>
</context>
<context>
    <name>fornax::RemoteDirectory</name>
    <message>
        <source>your home folder</source>
        <translation>Ihr Home-Ordner</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Type a name for the new folder.</source>
        <translation>Geben Sie einen Namen für den neuen Ordner ein.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”. Create the folders one at a time.</source>
        <translation>Ein Ordnername darf kein „/“ enthalten. Legen Sie die Ordner einzeln an.</translation>
    </message>
    <message>
        <source>“%1” is not a folder name. Choose another name.</source>
        <translation>„%1“ ist kein gültiger Ordnername. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Names that start with a dot are hidden on your server, so the folder would not show. Choose a name without the leading dot.</source>
        <translation>Namen, die mit einem Punkt beginnen, sind auf Ihrem Server versteckt; der Ordner wäre also nicht zu sehen. Wählen Sie einen Namen ohne Punkt am Anfang.</translation>
    </message>
    <message>
        <source>A folder name cannot contain control characters such as line breaks.</source>
        <translation>Ein Ordnername darf keine Steuerzeichen wie Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>A folder name should not start or end with spaces.</source>
        <translation>Ein Ordnername sollte nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>Your server is not running. Start it to see and change your files.</source>
        <translation>Ihr Server läuft nicht. Starten Sie ihn, um Ihre Dateien zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>Your server refused access to %1. You may not have permission for it; if every folder is refused, sign out and sign in again.</source>
        <translation>Ihr Server hat den Zugriff verweigert (%1). Vielleicht fehlt Ihnen die Berechtigung dafür; wird der Zugriff auf jeden Ordner verweigert, melden Sie sich ab und wieder an.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on your server; it may have been moved or deleted. Go up, or back to your home folder.</source>
        <translation>%1 existiert nicht auf Ihrem Server; der Ordner wurde vielleicht verschoben oder gelöscht. Gehen Sie eine Ebene nach oben oder zurück zu Ihrem Home-Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists on your server, so nothing can be created in it. Refresh to see your files as they are now.</source>
        <translation>%1 existiert nicht mehr auf Ihrem Server, daher kann darin nichts angelegt werden. Aktualisieren Sie die Ansicht, um Ihre Dateien im aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>%1 no longer exists on your server; it may have been deleted already. Refresh to see your files as they are now.</source>
        <translation>%1 existiert nicht mehr auf Ihrem Server und wurde vielleicht schon gelöscht. Aktualisieren Sie die Ansicht, um Ihre Dateien im aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Something named %1 already exists in %2. Choose another name.</source>
        <translation>%2 enthält bereits etwas namens %1. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Your server could not be reached. %1</source>
        <translation>Ihr Server war nicht erreichbar. %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Your server could not list %1.</source>
        <translation>%1 konnte auf Ihrem Server nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Your server could not create the folder %1.</source>
        <translation>Ihr Server konnte den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Your server could not delete %1.</source>
        <translation>%1 konnte auf Ihrem Server nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <translation>%1 Meldung des Servers: %2</translation>
    </message>
    <message>
        <source>%1 It answered with HTTP status %2; try again, and tell your hub&apos;s administrators if it keeps happening.</source>
        <translation>%1 Der Server antwortete mit HTTP-Status %2; versuchen Sie es erneut und informieren Sie die Administratoren Ihres Hubs, wenn das öfter passiert.</translation>
    </message>
    <message>
        <source>Your server sent a reply this app cannot understand when listing %1. If this keeps happening, sign out and sign in again.</source>
        <translation>%1 konnte nicht aufgelistet werden: Ihr Server hat eine Antwort gesendet, die diese App nicht versteht. Wenn das öfter passiert, melden Sie sich ab und wieder an.</translation>
    </message>
    <message>
        <source>Your home folder itself cannot be deleted. Choose the items inside it.</source>
        <translation>Ihr Home-Ordner selbst kann nicht gelöscht werden. Wählen Sie die Elemente darin aus.</translation>
    </message>
    <message>
        <source>Your server keeps folders that are not empty, and %1 could not be deleted another way: %2</source>
        <translation>Ihr Server löscht keine Ordner, die nicht leer sind, und %1 ließ sich auch auf anderem Weg nicht löschen: %2</translation>
    </message>
    <message>
        <source>%1 changed on your server while it was being deleted. Refresh and try again.</source>
        <translation>%1 hat sich während des Löschens auf Ihrem Server geändert. Aktualisieren Sie die Ansicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be deleted completely; some items inside it are protected. The server said: %2</source>
        <translation>%1 konnte nicht vollständig gelöscht werden; einige Elemente darin sind geschützt. Meldung des Servers: %2</translation>
    </message>
    <message>
        <source>The hub does not accept this sign-in: it expired, was revoked, or (for a token you gave) was never valid. Sign in again with the app, or make a new token on the hub&apos;s token page.</source>
        <translation>Der Hub akzeptiert diese Anmeldung nicht: Sie ist abgelaufen, wurde widerrufen oder war (bei einem selbst angegebenen Token) nie gültig. Melden Sie sich mit der App erneut an oder erstellen Sie auf der Token-Seite des Hubs ein neues Token.</translation>
    </message>
</context>
<context>
    <name>fornax::RemoteShell</name>
    <message>
        <source>Could not open a terminal on your server: it did not answer within %1 s. Check that the server is running.</source>
        <translation>Auf Ihrem Server konnte kein Terminal geöffnet werden: Er hat nicht innerhalb von %1 s geantwortet. Prüfen Sie, ob der Server läuft.</translation>
    </message>
    <message>
        <source>The connection to the terminal on your server was lost.</source>
        <translation>Die Verbindung zum Terminal auf Ihrem Server ist abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to the terminal on your server failed: %1</source>
        <translation>Die Verbindung zum Terminal auf Ihrem Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>unerwartete Antwort (HTTP %1)</translation>
    </message>
    <message>
        <source>Could not open a terminal on your server (%1). Check that the server is running and that it offers terminals.</source>
        <translation>Auf Ihrem Server konnte kein Terminal geöffnet werden (%1). Prüfen Sie, ob der Server läuft und Terminals anbietet.</translation>
    </message>
    <message>
        <source>The command was not run: the terminal is closed.</source>
        <translation>Der Befehl wurde nicht ausgeführt: Das Terminal ist geschlossen.</translation>
    </message>
    <message>
        <source>The terminal on your server ended.</source>
        <translation>Das Terminal auf Ihrem Server wurde beendet.</translation>
    </message>
    <message>
        <source>The terminal on your server did not respond. Try again, or restart your server.</source>
        <translation>Das Terminal auf Ihrem Server antwortet nicht. Versuchen Sie es erneut oder starten Sie Ihren Server neu.</translation>
    </message>
    <message>
        <source>The command did not finish within %1 s and was interrupted.</source>
        <translation>Der Befehl wurde nicht innerhalb von %1 s fertig und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The command was not run: the terminal was closed.</source>
        <translation>Der Befehl wurde nicht ausgeführt: Das Terminal wurde geschlossen.</translation>
    </message>
    <message>
        <source>Your server sent more than %1 in one terminal message, so the app closed the terminal.</source>
        <translation>Ihr Server hat mehr als %1 in einer Terminalnachricht gesendet, daher hat die App das Terminal geschlossen.</translation>
    </message>
    <message>
        <source>Your server named its new terminal “%1”, which is not a terminal name: it would make the app send requests elsewhere. Nothing was sent there. Your server may run software you should not trust; restart it, and tell the hub&apos;s administrators.</source>
        <translation>Ihr Server hat sein neues Terminal „%1“ genannt, was kein Terminalname ist: Die App würde dadurch Anfragen an eine andere Stelle senden. Es wurde nichts dorthin gesendet. Auf Ihrem Server läuft möglicherweise Software, der Sie nicht vertrauen sollten; starten Sie ihn neu und informieren Sie die Administratoren des Hubs.</translation>
    </message>
    <message>
        <source>Your server refused the app&apos;s sign-in (HTTP %1): it is not allowed to use your server. It needs the permission (scope) “access:servers”: sign in again with the app, or use a token from the hub&apos;s token page that includes access to your server.</source>
        <translation>Ihr Server hat die Anmeldung der App abgelehnt (HTTP %1): Sie darf Ihren Server nicht verwenden. Sie benötigt die Berechtigung (Scope) „access:servers“: Melden Sie sich erneut mit der App an, oder verwenden Sie ein Token von der Token-Seite des Hubs, das Zugriff auf Ihren Server umfasst.</translation>
    </message>
</context>
<context>
    <name>fornax::ResourceWatch</name>
    <message>
        <source>Resources unknown on this server: it does not report them (it has no jupyter-resource-usage), and reading them another way would count as using it.</source>
        <translation>Ressourcen auf diesem Server unbekannt: Er meldet sie nicht (jupyter-resource-usage fehlt), und sie auf anderem Weg auszulesen würde als Nutzung zählen.</translation>
    </message>
</context>
<context>
    <name>fornax::ServerController</name>
    <message>
        <source>The hub has not stopped the server yet.</source>
        <translation>Der Hub hat den Server noch nicht gestoppt.</translation>
    </message>
    <message>
        <source>Asking the hub for a server…</source>
        <translation>Server wird beim Hub angefordert …</translation>
    </message>
    <message>
        <source>A start of this server was already under way; following it. The size chosen now was not applied.</source>
        <translation>Dieser Server wurde bereits gestartet; der laufende Start wird verfolgt. Die jetzt gewählte Größe wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>The server stopped while it was starting.</source>
        <translation>Der Server wurde während des Starts gestoppt.</translation>
    </message>
</context>
<context>
    <name>fornax::ServerMonitor</name>
    <message>
        <source>The server was stopped outside this app: by the hub (after being idle, or because its cloud machine was reclaimed) or from a browser.</source>
        <translation>Der Server wurde außerhalb dieser App gestoppt: vom Hub (nach Inaktivität oder weil seine Cloud-Maschine zurückgefordert wurde) oder aus einem Browser.</translation>
    </message>
</context>
<context>
    <name>fornax::ServerProbe</name>
    <message>
        <source>The server did not describe its state as a Jupyter server does (HTTP %1).</source>
        <translation>Der Server hat seinen Zustand nicht so beschrieben, wie es ein Jupyter-Server tut (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>fornax::SingleInstance</name>
    <message>
        <source>Could not tell whether Fornax Desktop is already running (the lock file %1 is held). Close other copies of the app, or remove the file.</source>
        <translation>Es ließ sich nicht feststellen, ob Fornax Desktop bereits läuft (die Sperrdatei %1 ist belegt). Schließen Sie andere Instanzen der App oder löschen Sie die Datei.</translation>
    </message>
    <message>
        <source>Fornax Desktop is already running.</source>
        <translation>Fornax Desktop läuft bereits.</translation>
    </message>
    <message>
        <source>Could not create the socket that keeps Fornax Desktop to one window (%1): %2</source>
        <translation>Der Socket, der Fornax Desktop auf ein Fenster beschränkt, konnte nicht angelegt werden (%1): %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the socket that keeps Fornax Desktop to one window: %2</source>
        <translation>Der Ordner %1 für den Socket, der Fornax Desktop auf ein Fenster beschränkt, konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 for the socket that keeps Fornax Desktop to one window is not private (another user owns it, or others may open it). Remove it, or set XDG_RUNTIME_DIR to your own runtime folder.</source>
        <translation>Der Ordner %1 für den Socket, der Fornax Desktop auf ein Fenster beschränkt, ist nicht privat (er gehört einem anderen Benutzer, oder andere dürfen ihn öffnen). Entfernen Sie ihn, oder setzen Sie XDG_RUNTIME_DIR auf Ihren eigenen Laufzeitordner.</translation>
    </message>
</context>
<context>
    <name>fornax::SshChannel</name>
    <message>
        <source>The upload&apos;s data source went away.</source>
        <translation>Die Datenquelle des Uploads ist weggefallen.</translation>
    </message>
    <message>
        <source>The download&apos;s destination went away.</source>
        <translation>Das Ziel des Downloads ist weggefallen.</translation>
    </message>
    <message>
        <source>The transfer was stopped.</source>
        <translation>Die Übertragung wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>fornax::SshShell</name>
    <message>
        <source>The SSH connection is gone.</source>
        <translation>Die SSH-Verbindung besteht nicht mehr.</translation>
    </message>
</context>
<context>
    <name>fornax::StorageWalk</name>
    <message>
        <source>The server did not list the home folder as a Jupyter server does.</source>
        <translation>Der Server hat den Home-Ordner nicht so aufgelistet, wie es ein Jupyter-Server tut.</translation>
    </message>
</context>
<context>
    <name>fornax::TerminalOutputParser</name>
    <message>
        <source>The command printed more than %1; its output was discarded.</source>
        <translation>Der Befehl hat mehr als %1 ausgegeben; seine Ausgabe wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>fornax::TransferJob</name>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The download was not started: you declined it.</source>
        <translation>Der Download wurde nicht gestartet: Sie haben ihn abgelehnt.</translation>
    </message>
    <message>
        <source>The connection to the hub is gone.</source>
        <translation>Die Verbindung zum Hub besteht nicht mehr.</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Meldung des Servers: %2</translation>
    </message>
    <message>
        <source>Two of the chosen items are named “%1”; they would land on the same name. Copy them in separate transfers.</source>
        <translation>Zwei der ausgewählten Elemente heißen „%1“; sie würden unter demselben Namen landen. Kopieren Sie sie in getrennten Übertragungen.</translation>
    </message>
    <message>
        <source>%1 %2 Check the connection and retry the transfer.</source>
        <translation>%1 %2 Prüfen Sie die Verbindung und wiederholen Sie die Übertragung.</translation>
    </message>
    <message>
        <source>Could not write to your server (%1). Check the connection and retry the transfer.</source>
        <translation>Auf Ihren Server konnte nicht geschrieben werden (%1). Prüfen Sie die Verbindung und wiederholen Sie die Übertragung.</translation>
    </message>
    <message>
        <source>The SSH connection to your server is gone.</source>
        <translation>Die SSH-Verbindung zu Ihrem Server besteht nicht mehr.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not write to your server.</source>
        <translation>Auf Ihren Server konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write to your server: %1 Check the connection and retry the transfer.</source>
        <translation>Auf Ihren Server konnte nicht geschrieben werden: %1 Prüfen Sie die Verbindung, und wiederholen Sie die Übertragung.</translation>
    </message>
    <message>
        <source>Could not read the transfer&apos;s notes on your server.</source>
        <translation>Die Notizen der Übertragung auf Ihrem Server konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the transfer&apos;s notes on your server (%1). Check the connection and retry the transfer.</source>
        <translation>Die Notizen der Übertragung auf Ihrem Server konnten nicht gelesen werden (%1). Prüfen Sie die Verbindung, und wiederholen Sie die Übertragung.</translation>
    </message>
    <message>
        <source>“%1” climbs out of a folder with “..”. Name the place on your server from your home folder, for example “data/run1”.</source>
        <translation>„%1“ steigt mit „..“ aus einem Ordner heraus. Geben Sie den Ort auf Ihrem Server von Ihrem Home-Ordner aus an, zum Beispiel „data/run1“.</translation>
    </message>
    <message>
        <source>“%1” is where this app keeps its temporary files on your server, and it empties that folder on its own. Choose another folder.</source>
        <translation>In „%1“ legt diese App ihre temporären Dateien auf Ihrem Server ab, und sie leert diesen Ordner selbst. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>This way cannot upload.</source>
        <translation>Auf diesem Weg ist kein Upload möglich.</translation>
    </message>
</context>
<context>
    <name>fornax::TransferQueue</name>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n Übertragung</numerusform>
            <numerusform>%n Übertragungen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2</source>
        <translation>, %1 von %2</translation>
    </message>
    <message>
        <source>, less than a minute left</source>
        <translation>, noch weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>, noch etwa %n Minute</numerusform>
            <numerusform>, noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, about %n hour(s) left</source>
        <translation>
            <numerusform>, noch etwa %n Stunde</numerusform>
            <numerusform>, noch etwa %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::UploadJob</name>
    <message>
        <source>“%1” does not exist (any more). Choose the files again.</source>
        <translation>„%1“ existiert nicht (mehr). Wählen Sie die Dateien erneut aus.</translation>
    </message>
    <message>
        <source>Could not prepare your server for the upload.</source>
        <translation>Ihr Server konnte nicht für das Hochladen vorbereitet werden.</translation>
    </message>
    <message>
        <source>Your server did not answer the transfer&apos;s questions (free space, tar). Check that a terminal can be opened in JupyterLab.</source>
        <translation>Ihr Server hat die Abfragen der Übertragung (freier Speicherplatz, tar) nicht beantwortet. Prüfen Sie, ob sich in JupyterLab ein Terminal öffnen lässt.</translation>
    </message>
    <message>
        <source>“%1” on your server is a file, not a folder. Choose a folder to upload into.</source>
        <translation>„%1“ auf Ihrem Server ist eine Datei, kein Ordner. Wählen Sie einen Ordner als Ziel.</translation>
    </message>
    <message>
        <source>Could not look into the folder on your server.</source>
        <translation>Der Ordner auf Ihrem Server konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>This upload needs %1 on your server, but only %2 is free there. Free some space on the server (or upload less) and try again.</source>
        <translation>Dieser Upload braucht %1 auf Ihrem Server, dort sind aber nur %2 frei. Schaffen Sie Platz auf dem Server (oder laden Sie weniger hoch) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This upload needs %1 in “%2” on your server, but only %3 is free there. Free some space there (or upload less) and try again.</source>
        <translation>Dieser Upload braucht %1 in „%2“ auf Ihrem Server, dort sind aber nur %3 frei. Schaffen Sie dort Platz (oder laden Sie weniger hoch) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unpacking on your server failed.</source>
        <translation>Das Entpacken auf Ihrem Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Packing did not finish.</source>
        <translation>Das Packen wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Your server unpacked the upload but did not say what it found. Try again.</source>
        <translation>Ihr Server hat den Upload entpackt, aber nicht mitgeteilt, was er vorgefunden hat. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your server found %1 files (%2) after unpacking, but %3 files (%4) were sent. Nothing was placed in “%5”; try again.</source>
        <translation>Ihr Server hat nach dem Entpacken %1 Dateien (%2) gefunden, gesendet wurden aber %3 Dateien (%4). In „%5“ wurde nichts abgelegt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>Ihrem Home-Ordner</translation>
    </message>
    <message>
        <source>Computing checksums on your server failed.</source>
        <translation>Das Berechnen der Prüfsummen auf Ihrem Server ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) arrived with different contents, for example “%1”. Nothing was placed; try again.</source>
        <translation>
            <numerusform>%n Datei ist mit anderem Inhalt angekommen: „%1“. Es wurde nichts abgelegt; versuchen Sie es erneut.</numerusform>
            <numerusform>%n Dateien sind mit anderem Inhalt angekommen, zum Beispiel „%1“. Es wurde nichts abgelegt; versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving the uploaded items into place on your server failed.</source>
        <translation>Das Ablegen der hochgeladenen Elemente am Ziel auf Ihrem Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The upload was stopped.</source>
        <translation>Das Hochladen wurde angehalten.</translation>
    </message>
    <message>
        <source>“%1” has no name to upload under. Choose the files or folders inside it.</source>
        <translation>„%1“ hat keinen Namen, unter dem es hochgeladen werden könnte. Wählen Sie die Dateien oder Ordner darin aus.</translation>
    </message>
    <message>
        <source>You may not write in %1 on your server (nor change its permissions). Nothing was sent. Choose another folder, or ask its owner for write permission.</source>
        <translation>Sie dürfen in %1 auf Ihrem Server nicht schreiben (und auch die Berechtigungen nicht ändern). Es wurde nichts gesendet. Wählen Sie einen anderen Ordner, oder bitten Sie den Eigentümer um Schreibrechte.</translation>
    </message>
    <message>
        <source>%1 does not exist on your server, and you may not create it there (no write permission in the folder above it). Nothing was sent. Choose another folder.</source>
        <translation>%1 existiert auf Ihrem Server nicht, und Sie dürfen es dort nicht anlegen (keine Schreibrechte im übergeordneten Ordner). Es wurde nichts gesendet. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder name “%1” is longer than the %2 bytes a name may have on your server. Choose a shorter name; nothing was sent.</source>
        <translation>Der Ordnername „%1“ ist länger als die %2 Bytes, die ein Name auf Ihrem Server haben darf. Wählen Sie einen kürzeren Namen; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>fornax::WebSession</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The hub shows its list of server sizes only while your server is stopped.</source>
        <translation>Der Hub zeigt seine Liste der Servergrößen nur, solange Ihr Server gestoppt ist.</translation>
    </message>
    <message>
        <source>The hub grants your account none of what the app needs:
%1</source>
        <translation>Der Hub gewährt Ihrem Konto nichts von dem, was die App braucht:
%1</translation>
    </message>
</context>
<context>
    <name>fornax::cli::CliCommand</name>
    <message>
        <source>A named server instead of the default one.</source>
        <translation>Ein benannter Server statt des Standardservers.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Return once the hub has accepted the request.</source>
        <translation>Zurückkehren, sobald der Hub die Anfrage angenommen hat.</translation>
    </message>
    <message>
        <source>If the hub will not make a token limited to your server, send your own token to the server too (software running there could then read it and act as you on the hub).</source>
        <translation>Wenn der Hub kein auf Ihren Server beschränktes Token erstellt, Ihr eigenes Token ebenfalls an den Server senden (dort laufende Software könnte es dann lesen und auf dem Hub in Ihrem Namen handeln).</translation>
    </message>
    <message>
        <source>“%1” takes no arguments, but got “%2”.</source>
        <translation>„%1“ nimmt keine Argumente an, erhielt aber „%2“.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::CliRunner</name>
    <message>
        <source>No hub found at %1.</source>
        <translation>Unter %1 wurde kein Hub gefunden.</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in with the app, or give a token from %2 with --token-file or $FORNAX_TOKEN.</source>
        <translation>Nicht bei %1 angemeldet. Melden Sie sich in der App an oder geben Sie ein Token von %2 mit --token-file oder $FORNAX_TOKEN an.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 sent the app on to %2. The command line sends your token only to the hub you name, so nothing was sent. If you trust %2, run again with --hub %2.</source>
        <translation>%1 hat die App an %2 weitergeleitet. Die Befehlszeile sendet Ihr Token nur an den Hub, den Sie angeben, daher wurde nichts gesendet. Wenn Sie %2 vertrauen, rufen Sie den Befehl erneut mit --hub %2 auf.</translation>
    </message>
    <message>
        <source>%1 is a plain http:// address on another computer: your token would cross the network unencrypted, readable by anyone on the way. Use the hub&apos;s https:// address, or run again with --allow-insecure if you accept that.</source>
        <translation>%1 ist eine einfache http://-Adresse auf einem anderen Computer: Ihr Token ginge unverschlüsselt über das Netzwerk, lesbar für jeden auf dem Weg. Verwenden Sie die https://-Adresse des Hubs, oder rufen Sie den Befehl erneut mit --allow-insecure auf, wenn Sie das in Kauf nehmen.</translation>
    </message>
    <message>
        <source>The hub would not make a token for your server alone; as --use-token-for-server asks, your own token goes to the server too.</source>
        <translation>Der Hub wollte kein Token nur für Ihren Server erstellen; wie mit --use-token-for-server verlangt, geht Ihr eigenes Token ebenfalls an den Server.</translation>
    </message>
    <message>
        <source>The hub does not let your account use your server through its API (the access:servers permission), so no files can be copied. Ask the hub&apos;s administrators.</source>
        <translation>Der Hub erlaubt Ihrem Konto nicht, Ihren Server über seine API zu nutzen (die Berechtigung access:servers), daher können keine Dateien kopiert werden. Fragen Sie die Administratoren des Hubs.</translation>
    </message>
    <message>
        <source>The hub would not make a token limited to your server (%1). Nothing was sent to the server. To send your own token to it instead, run again with --use-token-for-server: software running on your server could then read that token and act as you on the hub.</source>
        <translation>Der Hub wollte kein auf Ihren Server beschränktes Token erstellen (%1). An den Server wurde nichts gesendet. Um stattdessen Ihr eigenes Token dorthin zu senden, rufen Sie den Befehl erneut mit --use-token-for-server auf: Software, die auf Ihrem Server läuft, könnte dieses Token dann lesen und auf dem Hub in Ihrem Namen handeln.</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (Befehlszeile)</translation>
    </message>
    <message>
        <source>The token made for this run (%1) could not be revoked: %2 It expires within a day.</source>
        <translation>Das für diesen Aufruf erstellte Token (%1) konnte nicht widerrufen werden: %2 Es läuft innerhalb eines Tages ab.</translation>
    </message>
    <message>
        <source>The server&apos;s hours are not in your usage record: %1</source>
        <translation>Die Serverstunden fehlen in Ihrem Nutzungsprotokoll: %1</translation>
    </message>
    <message numerus="yes">
        <source>Still removing what the command left on your server; at most %n second(s).</source>
        <translation>
            <numerusform>Was der Befehl auf Ihrem Server hinterlassen hat, wird noch entfernt; höchstens %n Sekunde.</numerusform>
            <numerusform>Was der Befehl auf Ihrem Server hinterlassen hat, wird noch entfernt; höchstens %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::cli::DownloadCommand</name>
    <message numerus="yes">
        <source>Downloaded %n file(s), %1, into “%2”</source>
        <translation>
            <numerusform>%n Datei, %1, nach „%2“ heruntergeladen</numerusform>
            <numerusform>%n Dateien, %1, nach „%2“ heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) (%1) as a %2 archive, estimated egress cost %3.</source>
        <translation>
            <numerusform>%n Datei (%1) wird als Archiv von %2 heruntergeladen, geschätzte Egress-Kosten %3.</numerusform>
            <numerusform>%n Dateien (%1) werden als Archiv von %2 heruntergeladen, geschätzte Egress-Kosten %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download is not in your usage record: %1</source>
        <translation>Der Download wurde nicht in Ihren Nutzungsnachweis eingetragen: %1</translation>
    </message>
    <message>
        <source>Not downloaded, because they point outside what you chose: %1.</source>
        <translation>Nicht heruntergeladen, weil sie aus Ihrer Auswahl hinaus verweisen: %1.</translation>
    </message>
    <message>
        <source>The download was not started (the reason is above).</source>
        <translation>Der Download wurde nicht gestartet (der Grund steht oben).</translation>
    </message>
    <message>
        <source>REMOTE... LOCAL-FOLDER</source>
        <translation>ENTFERNT... LOKALER-ORDNER</translation>
    </message>
    <message>
        <source>Copy files and folders of the server into a local folder.</source>
        <translation>Dateien und Ordner des Servers in einen lokalen Ordner kopieren.</translation>
    </message>
    <message>
        <source>Copies files and folders of the server into a local folder; the size and the egress cost estimate are shown before anything moves.</source>
        <translation>Kopiert Dateien und Ordner des Servers in einen lokalen Ordner; Größe und geschätzte Egress-Kosten werden angezeigt, bevor etwas übertragen wird.</translation>
    </message>
    <message>
        <source>analysis/plots .</source>
        <translation>analyse/grafiken .</translation>
    </message>
</context>
<context>
    <name>fornax::cli::JobBaseCommand</name>
    <message>
        <source>Your server is not running. Jobs are kept in your home folder on the server (fornax-jobs~); start the server with “fornax-desktop start” to see them.</source>
        <translation>Ihr Server läuft nicht. Jobs liegen in Ihrem Home-Ordner auf dem Server (fornax-jobs~); starten Sie den Server mit „fornax-desktop start“, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The job could not be written into the usage record: %1</source>
        <translation>Der Job konnte nicht in das Nutzungsprotokoll geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1  %2  %3  started %4  elapsed %5</source>
        <translation>%1  %2  %3  gestartet %4  Dauer %5</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>cost unknown (no rate for size “%1”; set one in the app&apos;s Costs settings)</source>
        <translation>Kosten unbekannt (kein Tarif für Größe „%1“; legen Sie einen in den Kosteneinstellungen der App fest)</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>what stopping the server saved is unknown (no rate for this size, or the hub&apos;s idle cull and time limit are not known)</source>
        <translation>Ersparnis durch das Stoppen des Servers unbekannt (kein Tarif für diese Größe, oder das Beenden bei Inaktivität und das Zeitlimit des Hubs sind nicht bekannt)</translation>
    </message>
    <message numerus="yes">
        <source>stopping the server saved %1 (against idling until the hub&apos;s %n-minute idle cull)</source>
        <translation>
            <numerusform>das Stoppen des Servers hat %1 gespart (gegenüber Leerlauf bis zum Beenden durch den Hub nach %n Minute Inaktivität)</numerusform>
            <numerusform>das Stoppen des Servers hat %1 gespart (gegenüber Leerlauf bis zum Beenden durch den Hub nach %n Minuten Inaktivität)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopping the server saved %1 (against running until the hub&apos;s %n-hour time limit)</source>
        <translation>
            <numerusform>das Stoppen des Servers hat %1 gespart (gegenüber Weiterlaufen bis zum Zeitlimit des Hubs von %n Stunde)</numerusform>
            <numerusform>das Stoppen des Servers hat %1 gespart (gegenüber Weiterlaufen bis zum Zeitlimit des Hubs von %n Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>the server was stopped for it when job %1 ended</source>
        <translation>der Server wurde dafür gestoppt, als Job %1 endete</translation>
    </message>
    <message>
        <source>the server stops when the last other job ends</source>
        <translation>der Server stoppt, wenn der letzte andere Job endet</translation>
    </message>
    <message>
        <source>the server stop waits for a job being started</source>
        <translation>das Stoppen des Servers wartet auf einen Job, der gerade gestartet wird</translation>
    </message>
    <message>
        <source>the server could not be stopped (%1)</source>
        <translation>der Server konnte nicht gestoppt werden (%1)</translation>
    </message>
    <message>
        <source>stopped the server for job %1</source>
        <translation>Server für Job %1 gestoppt</translation>
    </message>
    <message>
        <source>stopped the server</source>
        <translation>Server gestoppt</translation>
    </message>
</context>
<context>
    <name>fornax::cli::JobCommand</name>
    <message>
        <source>log ID [--follow] | cancel ID | fetch ID OUT-FOLDER</source>
        <translation>log ID [--follow] | cancel ID | fetch ID ZIELORDNER</translation>
    </message>
    <message>
        <source>Show a job&apos;s log, cancel it, or download its outputs.</source>
        <translation>Zeigt das Protokoll eines Jobs an, bricht ihn ab oder lädt seine Ausgaben herunter.</translation>
    </message>
    <message>
        <source>“job log ID” prints what the job wrote so far (with --follow: until it ends). “job cancel ID” ends every process of the job on the server. “job fetch ID OUT-FOLDER” downloads the job&apos;s folder (its inputs, the executed notebook and every file it wrote) into OUT-FOLDER, through the same egress check as “download”. IDs are listed by “fornax-desktop jobs”.</source>
        <translation>„job log ID“ gibt aus, was der Job bisher geschrieben hat (mit --follow: bis er endet). „job cancel ID“ beendet alle Prozesse des Jobs auf dem Server. „job fetch ID ZIELORDNER“ lädt den Ordner des Jobs (seine Eingaben, das ausgeführte Notebook und alle von ihm geschriebenen Dateien) nach ZIELORDNER herunter, mit derselben Egress-Prüfung wie „download“. IDs listet „fornax-desktop jobs“ auf.</translation>
    </message>
    <message>
        <source>With “log”: keep printing until the job ends.</source>
        <translation>Mit „log“: weiter ausgeben, bis der Job endet.</translation>
    </message>
    <message>
        <source>With “fetch”: answer yes to a large download&apos;s cost warning. Never passes the monthly budget.</source>
        <translation>Mit „fetch“: die Kostenwarnung bei großen Downloads mit Ja beantworten. Überschreitet nie das Monatsbudget.</translation>
    </message>
    <message>
        <source>With “fetch”: what to do with files that exist already (as for “download”).</source>
        <translation>Mit „fetch“: was mit bereits vorhandenen Dateien geschehen soll (wie bei „download“).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>“job” needs what to do and a job id: “job log ID”, “job cancel ID” or “job fetch ID OUT-FOLDER”.</source>
        <translation>„job“ braucht eine Aktion und eine Job-ID: „job log ID“, „job cancel ID“ oder „job fetch ID ZIELORDNER“.</translation>
    </message>
    <message>
        <source>“%1” is not a job id; “fornax-desktop jobs” lists them.</source>
        <translation>„%1“ ist keine Job-ID; „fornax-desktop jobs“ listet sie auf.</translation>
    </message>
    <message>
        <source>--follow goes with “job log”.</source>
        <translation>--follow gehört zu „job log“.</translation>
    </message>
    <message>
        <source>Job %1 was cancelled; nothing of it runs on the server any more.</source>
        <translation>Job %1 wurde abgebrochen; nichts davon läuft mehr auf dem Server.</translation>
    </message>
    <message>
        <source>Job %1 had already ended (%2): nothing to cancel.</source>
        <translation>Job %1 war bereits beendet (%2): nichts abzubrechen.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::JobsCommand</name>
    <message>
        <source>List the jobs on your server (run with “run”).</source>
        <translation>Listet die Jobs auf Ihrem Server auf (gestartet mit „run“).</translation>
    </message>
    <message>
        <source>No jobs on your server. Start one with “fornax-desktop run FILE”.</source>
        <translation>Keine Jobs auf Ihrem Server. Starten Sie einen mit „fornax-desktop run DATEI“.</translation>
    </message>
    <message>
        <source>Lists every job in your server&apos;s job folder (fornax-jobs~ in your home), newest first: its id, file, state, start, elapsed time, exit code, server size, the estimated credits of its server time (so far, or in all) and, for a job that stopped the server, what that saved (against idling until the hub&apos;s idle cull, else until its time limit). A job whose server stopped under it shows as “server stopped during the job”. With --json, one object per job.</source>
        <translation>Listet jeden Job im Job-Ordner Ihres Servers (fornax-jobs~ in Ihrem Home-Ordner) auf, neueste zuerst: ID, Datei, Status, Start, verstrichene Zeit, Exit-Code, Servergröße, die geschätzten Credits seiner Serverzeit (bisher oder insgesamt) und bei einem Job, der den Server gestoppt hat, die dadurch erzielte Ersparnis (gegenüber Leerlauf bis zum Beenden bei Inaktivität durch den Hub, sonst bis zu dessen Zeitlimit). Ein Job, unter dem der Server gestoppt wurde, wird als „Server während des Jobs gestoppt“ angezeigt. Mit --json ein Objekt pro Job.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::KeepAliveCommand</name>
    <message>
        <source>Your server is not running, so there is nothing to keep alive. Start it with “fornax-desktop start”.</source>
        <translation>Ihr Server läuft nicht, es gibt also nichts am Laufen zu halten. Starten Sie ihn mit „fornax-desktop start“.</translation>
    </message>
    <message>
        <source>The server did not say how it can be kept alive.</source>
        <translation>Der Server hat nicht mitgeteilt, wie er am Laufen gehalten werden kann.</translation>
    </message>
    <message>
        <source>%1 (%2 from now)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own (Fornax&apos;s jupyter-keepalive), so nothing keeps it alive there. “fornax-desktop keep-alive DURATION” can keep it alive while that command runs.</source>
        <translation>Ihr Server hat kein eigenes Keep-alive (jupyter-keepalive von Fornax), dort hält ihn also nichts am Laufen. „fornax-desktop keep-alive DAUER“ kann ihn am Laufen halten, solange dieser Befehl läuft.</translation>
    </message>
    <message>
        <source>Your server keeps itself alive until %1.</source>
        <translation>Ihr Server hält sich selbst bis %1 am Laufen.</translation>
    </message>
    <message>
        <source>Your server is not being kept alive: the hub stops it after its idle time without activity.</source>
        <translation>Ihr Server wird nicht am Laufen gehalten: Der Hub stoppt ihn, sobald er so lange inaktiv war, wie der Hub es zulässt.</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own, so there is nothing to stop there. A “fornax-desktop keep-alive DURATION” still running ends with Ctrl+C.</source>
        <translation>Ihr Server hat kein eigenes Keep-alive, dort gibt es also nichts zu beenden. Ein noch laufendes „fornax-desktop keep-alive DAUER“ beenden Sie mit Ctrl+C.</translation>
    </message>
    <message>
        <source>Your server is no longer kept alive: the hub stops it after its idle time without activity.</source>
        <translation>Ihr Server wird nicht mehr am Laufen gehalten: Der Hub stoppt ihn, sobald er so lange inaktiv war, wie der Hub es zulässt.</translation>
    </message>
    <message>
        <source>Your server was not being kept alive.</source>
        <translation>Ihr Server wurde nicht am Laufen gehalten.</translation>
    </message>
    <message>
        <source>A server kept alive keeps costing: this keeps it alive for at most %1.</source>
        <translation>Ein am Laufen gehaltener Server kostet weiter Geld: Er wird daher höchstens %1 lang am Laufen gehalten.</translation>
    </message>
    <message>
        <source>Your server is kept alive until %1, by the server itself: it holds with this computer off, and JupyterLab shows the same time. “fornax-desktop keep-alive --stop” ends it sooner.</source>
        <translation>Ihr Server wird bis %1 am Laufen gehalten, und zwar vom Server selbst: Das gilt auch bei ausgeschaltetem Computer, und JupyterLab zeigt dieselbe Zeit an. „fornax-desktop keep-alive --stop“ beendet es früher.</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own (Fornax&apos;s jupyter-keepalive), so this command keeps it alive from here: leave it running until %1, or press Ctrl+C to stop sooner.</source>
        <translation>Ihr Server hat kein eigenes Keep-alive (jupyter-keepalive von Fornax), daher hält dieser Befehl ihn von hier aus am Laufen: Lassen Sie den Befehl bis %1 laufen, oder drücken Sie Ctrl+C, um früher aufzuhören.</translation>
    </message>
    <message>
        <source>A keep-alive request failed; trying again at the next one. %1</source>
        <translation>Eine Keep-alive-Anfrage ist fehlgeschlagen; mit der nächsten wird es erneut versucht. %1</translation>
    </message>
    <message>
        <source>Your server stopped, so there is nothing left to keep alive.</source>
        <translation>Ihr Server wurde gestoppt, daher gibt es nichts mehr am Laufen zu halten.</translation>
    </message>
    <message>
        <source>Stopped keeping your server alive.</source>
        <translation>Ihr Server wird nicht mehr am Laufen gehalten.</translation>
    </message>
    <message>
        <source>Done: your server was kept alive for the time you asked.</source>
        <translation>Fertig: Ihr Server wurde so lange am Laufen gehalten, wie Sie angegeben haben.</translation>
    </message>
    <message>
        <source>The server&apos;s keep-alive could not be reached. %1</source>
        <translation>Das Keep-alive des Servers war nicht erreichbar. %1</translation>
    </message>
    <message>
        <source>DURATION | --stop | --status</source>
        <translation>DAUER | --stop | --status</translation>
    </message>
    <message>
        <source>Keep the server from being stopped for inactivity, end that, or show it.</source>
        <translation>Verhindern, dass der Server wegen Inaktivität gestoppt wird, dies beenden oder anzeigen.</translation>
    </message>
    <message>
        <source>Keeps the server from being stopped for inactivity for DURATION (90s, 45m, 2h, 1h30m; at most 4 hours), ends that (--stop), or shows it (--status). Where the server has its own keep-alive (Fornax&apos;s), it holds there and the command returns at once; elsewhere the command must keep running until DURATION or Ctrl+C.</source>
        <translation>Verhindert, dass der Server für DAUER (90s, 45m, 2h, 1h30m; höchstens 4 Stunden) wegen Inaktivität gestoppt wird, beendet dies (--stop) oder zeigt es an (--status). Hat der Server ein eigenes Keep-alive (das von Fornax), gilt es dort, und der Befehl kehrt sofort zurück; sonst muss der Befehl bis zum Ablauf der DAUER oder bis Ctrl+C laufen.</translation>
    </message>
    <message>
        <source>End the server&apos;s keep-alive (also one started in JupyterLab).</source>
        <translation>Das Keep-alive des Servers beenden (auch eines, das in JupyterLab gestartet wurde).</translation>
    </message>
    <message>
        <source>Show whether, and until when, the server is kept alive.</source>
        <translation>Anzeigen, ob und bis wann der Server am Laufen gehalten wird.</translation>
    </message>
    <message>
        <source>“keep-alive” needs one of: a duration (e.g. “keep-alive 2h”), --stop or --status.</source>
        <translation>„keep-alive“ braucht eine dieser Angaben: eine Dauer (z. B. „keep-alive 2h“), --stop oder --status.</translation>
    </message>
    <message>
        <source>“%1” is not a duration: give one like 90s, 45m, 2h or 1h30m.</source>
        <translation>„%1“ ist keine Dauer: Geben Sie eine an wie 90s, 45m, 2h oder 1h30m.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::RunCommand</name>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Run a notebook or script on your server as a job that needs neither this command nor the app.</source>
        <translation>Führt ein Notebook oder Skript auf Ihrem Server als Job aus, der weder diesen Befehl noch die App benötigt.</translation>
    </message>
    <message>
        <source>Runs FILE (a notebook .ipynb, a Python script .py or a shell script .sh) on your server, detached: it goes on with this computer off. Notebooks run with nbconvert (papermill for --param) in the kernel given or named in the notebook; every cell&apos;s output goes to the job&apos;s log. Everything of the job stays in fornax-jobs~/ID in your home on the server: the inputs, the log, the executed notebook (NAME-executed.ipynb) and whatever the job writes. Without --wait the command returns once the job runs and prints its id (see “jobs”, “job log ID”, “job fetch ID OUT-FOLDER”). The server is started first when it is not running.</source>
        <translation>Führt DATEI (ein Notebook .ipynb, ein Python-Skript .py oder ein Shell-Skript .sh) losgelöst auf Ihrem Server aus: Der Job läuft weiter, auch wenn dieser Computer aus ist. Notebooks laufen mit nbconvert (papermill bei --param) im angegebenen oder im Notebook genannten Kernel; die Ausgabe jeder Zelle geht in das Protokoll des Jobs. Alles zum Job bleibt in fornax-jobs~/ID in Ihrem Home-Ordner auf dem Server: die Eingaben, das Protokoll, das ausgeführte Notebook (NAME-executed.ipynb) und alles, was der Job schreibt. Ohne --wait kehrt der Befehl zurück, sobald der Job läuft, und gibt seine ID aus (siehe „jobs“, „job log ID“, „job fetch ID ZIELORDNER“). Läuft der Server nicht, wird er zuerst gestartet.</translation>
    </message>
    <message>
        <source>The server size to start with when the server is not running (e.g. small, large).</source>
        <translation>Die Servergröße, mit der gestartet wird, wenn der Server nicht läuft (z. B. small, large).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>The notebook&apos;s kernel (default: the one the notebook names, else the server&apos;s default); checked against the server&apos;s kernels.</source>
        <translation>Der Kernel des Notebooks (Standard: der im Notebook genannte, sonst der Standard des Servers); wird mit den Kerneln des Servers abgeglichen.</translation>
    </message>
    <message>
        <source>KERNEL</source>
        <translation>KERNEL</translation>
    </message>
    <message>
        <source>Also copy PATH (a file or folder) into the job&apos;s folder first; may be given several times.</source>
        <translation>Zuerst auch PFAD (eine Datei oder einen Ordner) in den Ordner des Jobs kopieren; kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Set a notebook parameter (papermill, which the server must have).</source>
        <translation>Einen Notebook-Parameter setzen (über papermill, das auf dem Server vorhanden sein muss).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>Stop the server when the job ends (success or failure) and no other job runs, even with this computer off. The server stops itself with a token that can do nothing but stop and start your servers, valid until the job&apos;s time limit.</source>
        <translation>Den Server stoppen, wenn der Job endet (Erfolg oder Fehler) und kein anderer Job läuft, auch wenn dieser Computer aus ist. Der Server stoppt sich selbst mit einem Token, das nur Ihre Server stoppen und starten kann und bis zum Zeitlimit des Jobs gültig ist.</translation>
    </message>
    <message>
        <source>Wait for the job to end, printing its log as it grows.</source>
        <translation>Auf das Ende des Jobs warten und dabei sein Protokoll fortlaufend ausgeben.</translation>
    </message>
    <message>
        <source>With --wait: download the job&apos;s folder into OUT-FOLDER at the end (through the egress check).</source>
        <translation>Mit --wait: am Ende den Ordner des Jobs nach ZIELORDNER herunterladen (mit Egress-Prüfung).</translation>
    </message>
    <message>
        <source>OUT-FOLDER</source>
        <translation>ZIELORDNER</translation>
    </message>
    <message>
        <source>End the job after this long (e.g. 90m, 2h; default: the hub&apos;s longest server lifetime, 48h on Fornax). The server is kept from idling out for as long, where it can keep itself alive.</source>
        <translation>Den Job nach dieser Dauer beenden (z. B. 90m, 2h; Standard: die längste Serverlaufzeit des Hubs, 48h bei Fornax). So lange wird der Server vor dem Stoppen bei Leerlauf bewahrt, sofern er sich selbst aktiv halten kann.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>“run” needs one file to run, e.g. “run analysis.ipynb”.</source>
        <translation>„run“ braucht genau eine auszuführende Datei, z. B. „run analysis.ipynb“.</translation>
    </message>
    <message>
        <source>“%1” is not a notebook (.ipynb), a Python script (.py) or a shell script (.sh).</source>
        <translation>„%1“ ist weder ein Notebook (.ipynb) noch ein Python-Skript (.py) oder Shell-Skript (.sh).</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read.</source>
        <translation>„%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>“%1” is larger than 16 MB; a job&apos;s file must be smaller (send data with --upload).</source>
        <translation>„%1“ ist größer als 16 MB; die Datei eines Jobs muss kleiner sein (senden Sie Daten mit --upload).</translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE with a Python name and a value on one line, not “%1”.</source>
        <translation>--param erwartet NAME=WERT mit einem Python-Namen und einem Wert in einer Zeile, nicht „%1“.</translation>
    </message>
    <message>
        <source>--param sets a notebook&apos;s parameters; “%1” is a script.</source>
        <translation>--param setzt Parameter eines Notebooks; „%1“ ist ein Skript.</translation>
    </message>
    <message>
        <source>--max-time needs a duration such as 90m, 2h or 1h30m, not “%1”.</source>
        <translation>--max-time erwartet eine Dauer wie 90m, 2h oder 1h30m, nicht „%1“.</translation>
    </message>
    <message>
        <source>--download needs --wait: the outputs exist only once the job has ended (later, use “job fetch ID OUT-FOLDER”).</source>
        <translation>--download erfordert --wait: Die Ausgaben gibt es erst, wenn der Job beendet ist (später mit „job fetch ID ZIELORDNER“).</translation>
    </message>
    <message>
        <source>--upload: “%1” does not exist.</source>
        <translation>--upload: „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Starting your server first…</source>
        <translation>Ihr Server wird zuerst gestartet…</translation>
    </message>
    <message>
        <source>The server did not start. %1</source>
        <translation>Der Server ist nicht gestartet. %1</translation>
    </message>
    <message>
        <source>Your server runs as “%1”, not “%2”. Stop it first (“fornax-desktop stop”) to run this job on a “%2” server, or leave out --profile.</source>
        <translation>Ihr Server läuft als „%1“, nicht als „%2“. Stoppen Sie ihn zuerst („fornax-desktop stop“), um diesen Job auf einem „%2“-Server auszuführen, oder lassen Sie --profile weg.</translation>
    </message>
    <message>
        <source>The notebook&apos;s kernel “%1”</source>
        <translation>Der Kernel „%1“ des Notebooks</translation>
    </message>
    <message>
        <source>The kernel “%1”</source>
        <translation>Der Kernel „%1“</translation>
    </message>
    <message>
        <source>%1 is not on your server. It has: %2. Choose one with --kernel.</source>
        <translation>%1 ist auf Ihrem Server nicht vorhanden. Verfügbar: %2. Wählen Sie einen mit --kernel.</translation>
    </message>
    <message>
        <source>The hub would not give a token that may stop your server (%1), so --stop-when-done cannot work. Nothing was started.</source>
        <translation>Der Hub hat kein Token ausgestellt, das Ihren Server stoppen darf (%1), daher kann --stop-when-done nicht funktionieren. Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>the permission was refused</source>
        <translation>die Berechtigung wurde verweigert</translation>
    </message>
    <message>
        <source>Fornax Desktop job %1 on %2: stops the server when the job ends</source>
        <translation>Fornax Desktop-Job %1 auf %2: stoppt den Server, wenn der Job endet</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n input(s) to the server…</source>
        <translation>
            <numerusform>%n Eingabe wird auf den Server kopiert…</numerusform>
            <numerusform>%n Eingaben werden auf den Server kopiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>The inputs could not be copied: %1 Nothing was started.</source>
        <translation>Die Eingaben konnten nicht kopiert werden: %1 Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>Job %1 was made on the server but did not start within ten seconds; see “fornax-desktop job log %1”.</source>
        <translation>Job %1 wurde auf dem Server angelegt, aber nicht innerhalb von zehn Sekunden gestartet; siehe „fornax-desktop job log %1“.</translation>
    </message>
    <message>
        <source>Job %1 runs on your server (%2).</source>
        <translation>Job %1 läuft auf Ihrem Server (%2).</translation>
    </message>
    <message>
        <source>Your server keeps itself alive while the job runs (up to %1).</source>
        <translation>Ihr Server hält sich selbst aktiv, solange der Job läuft (bis zu %1).</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own: it may be stopped as idle while the job runs unless something keeps it busy. Use --wait (or keep the app open) to keep it alive from here.</source>
        <translation>Ihr Server hat keine eigene Keep-alive-Funktion: Er kann während des Jobs wegen Leerlaufs gestoppt werden, sofern ihn nichts beschäftigt. Verwenden Sie --wait (oder lassen Sie die App geöffnet), um ihn von hier aus aktiv zu halten.</translation>
    </message>
    <message>
        <source>The server stops by itself when the job ends and no other job runs.</source>
        <translation>Der Server stoppt sich selbst, wenn der Job endet und kein anderer Job läuft.</translation>
    </message>
    <message>
        <source>The job ended and your server stopped as asked (--stop-when-done).</source>
        <translation>Der Job ist beendet und Ihr Server wurde wie gewünscht gestoppt (--stop-when-done).</translation>
    </message>
    <message>
        <source>Job %1 is no longer on the server.</source>
        <translation>Job %1 ist nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>Another job still runs on your server: it keeps running.</source>
        <translation>Auf Ihrem Server läuft noch ein anderer Job: Der Server läuft weiter.</translation>
    </message>
    <message>
        <source>Your server was stopped (--stop-when-done).</source>
        <translation>Ihr Server wurde gestoppt (--stop-when-done).</translation>
    </message>
    <message>
        <source>The server could not be stopped: %1</source>
        <translation>Der Server konnte nicht gestoppt werden: %1</translation>
    </message>
    <message>
        <source>The job goes on on your server; see it with “fornax-desktop jobs” (cancel it with “fornax-desktop job cancel %1”).</source>
        <translation>Der Job läuft auf Ihrem Server weiter; Sie sehen ihn mit „fornax-desktop jobs“ (abbrechen mit „fornax-desktop job cancel %1“).</translation>
    </message>
    <message>
        <source>--download: “%1” is a file, not a folder.</source>
        <translation>--download: „%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>--download: the folder “%1” cannot be written to.</source>
        <translation>--download: In den Ordner „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>--download: “%1” cannot be made: “%2” is a file, not a folder.</source>
        <translation>--download: „%1“ kann nicht angelegt werden: „%2“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>--download: “%1” cannot be made: the folder “%2” cannot be written to.</source>
        <translation>--download: „%1“ kann nicht angelegt werden: In den Ordner „%2“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The job&apos;s stop token could not be revoked (%1); it expires by itself at the job&apos;s time limit.</source>
        <translation>Das Stopp-Token des Jobs konnte nicht widerrufen werden (%1); es läuft beim Zeitlimit des Jobs von selbst ab.</translation>
    </message>
    <message>
        <source>Neither your server nor the hub answers (%1). The job may go on; see it later with “fornax-desktop jobs”.</source>
        <translation>Weder Ihr Server noch der Hub antwortet (%1). Der Job läuft möglicherweise weiter; sehen Sie ihn später mit „fornax-desktop jobs“ an.</translation>
    </message>
    <message>
        <source>The job&apos;s log could not be read; the job may go on. See it with “fornax-desktop job log %1”.</source>
        <translation>Das Log des Jobs konnte nicht gelesen werden; der Job läuft möglicherweise weiter. Sehen Sie es mit „fornax-desktop job log %1“ an.</translation>
    </message>
    <message>
        <source>Your server stopped during the job (culled, stopped elsewhere or out of memory); what the job wrote so far stays in fornax-jobs~/%1 on the server.</source>
        <translation>Ihr Server wurde während des Jobs gestoppt (wegen Inaktivität beendet, anderswo gestoppt oder Speicher erschöpft); was der Job bisher geschrieben hat, bleibt in fornax-jobs~/%1 auf dem Server.</translation>
    </message>
    <message>
        <source>Nothing was downloaded: the server is not running. Start it and use “fornax-desktop job fetch %1 OUT-FOLDER”.</source>
        <translation>Nichts wurde heruntergeladen: Der Server läuft nicht. Starten Sie ihn und verwenden Sie „fornax-desktop job fetch %1 OUT-FOLDER“.</translation>
    </message>
    <message>
        <source>Your server stopped as asked (--stop-when-done).</source>
        <translation>Ihr Server wurde wie gewünscht gestoppt (--stop-when-done).</translation>
    </message>
    <message>
        <source>Interrupted: nothing was started.</source>
        <translation>Unterbrochen: Nichts wurde gestartet.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StartCommand</name>
    <message>
        <source>Your server is already running at %1.</source>
        <translation>Ihr Server läuft bereits unter %1.</translation>
    </message>
    <message>
        <source>Your server is ready at %1.</source>
        <translation>Ihr Server ist bereit unter %1.</translation>
    </message>
    <message>
        <source>The server did not start. %1</source>
        <translation>Der Server ist nicht gestartet. %1</translation>
    </message>
    <message>
        <source>The hub is starting your server; “status” tells when it is ready.</source>
        <translation>Der Hub startet Ihren Server; „status“ zeigt, wann er bereit ist.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This hub has no server size “%1”. Its sizes: %2. Choose one with --profile.</source>
        <translation>Dieser Hub hat keine Servergröße „%1“. Seine Größen: %2. Wählen Sie eine mit --profile.</translation>
    </message>
    <message>
        <source>Start the server and wait until it is ready, showing progress.</source>
        <translation>Den Server starten und mit Fortschrittsanzeige warten, bis er bereit ist.</translation>
    </message>
    <message>
        <source>The server size (profile slug, e.g. small). Default: the hub&apos;s default.</source>
        <translation>Die Servergröße (Profilkürzel, z. B. small). Standard: die Vorgabe des Hubs.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>A profile option, e.g. image=base. May be repeated.</source>
        <translation>Eine Profiloption, z. B. image=base. Kann wiederholt werden.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>--option needs KEY=VALUE, but got “%1”.</source>
        <translation>--option erwartet SCHLÜSSEL=WERT, erhielt aber „%1“.</translation>
    </message>
    <message>
        <source>--option needs --profile: options belong to a server size.</source>
        <translation>--option erfordert --profile: Optionen gehören zu einer Servergröße.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StatusCommand</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub:     %1 (JupyterHub %2)</source>
        <translation>Hub:        %1 (JupyterHub %2)</translation>
    </message>
    <message>
        <source>User:    %1</source>
        <translation>Benutzer:   %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>Server:  %1</source>
        <translation>Server:     %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse:    %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet:  %1</translation>
    </message>
    <message>
        <source>Active:  %1</source>
        <translation>Aktiv:      %1</translation>
    </message>
    <message>
        <source>Show the server&apos;s state (stopped, starting, running) and size.</source>
        <translation>Zustand (gestoppt, startet, läuft) und Größe des Servers anzeigen.</translation>
    </message>
    <message>
        <source>Resources not read: the hub would not make a token for your server.</source>
        <translation>Ressourcen nicht gelesen: Der Hub hat kein Token für Ihren Server ausgestellt.</translation>
    </message>
    <message>
        <source>Resources not read: the server did not answer.</source>
        <translation>Ressourcen nicht gelesen: Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Uses:    %1</source>
        <translation>Nutzt:   %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StopCommand</name>
    <message>
        <source>Your server is not running.</source>
        <translation>Ihr Server läuft nicht.</translation>
    </message>
    <message>
        <source>Your server is stopped.</source>
        <translation>Ihr Server ist gestoppt.</translation>
    </message>
    <message>
        <source>The server could not be stopped. %1</source>
        <translation>Der Server konnte nicht gestoppt werden. %1</translation>
    </message>
    <message>
        <source>The hub is stopping your server.</source>
        <translation>Der Hub stoppt Ihren Server.</translation>
    </message>
    <message>
        <source>Stop the server and wait until it is gone.</source>
        <translation>Den Server stoppen und warten, bis er beendet ist.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StorageCommand</name>
    <message>
        <source>Measure your home folder now and record it for the year&apos;s credits.</source>
        <translation>Ihren Home-Ordner jetzt messen und für die Credits des Jahres erfassen.</translation>
    </message>
    <message>
        <source>Reads every folder of your home through your running server (never counted as using it), at most %1 folders and %2 seconds; a measure cut short is a lower bound (“at least”). Hidden files (names starting with a dot) and the scratch, s3-storage and shared-storage folders are not counted. The app measures by itself at most every %3 hours while it shows a running server.</source>
        <translation>Liest jeden Ordner Ihres Home-Ordners über Ihren laufenden Server (zählt nie als dessen Nutzung), höchstens %1 Ordner und %2 Sekunden; eine vorzeitig beendete Messung ist eine Untergrenze („mindestens“). Versteckte Dateien (Namen, die mit einem Punkt beginnen) sowie die Ordner scratch, s3-storage und shared-storage werden nicht mitgezählt. Die App misst selbstständig höchstens alle %3 Stunden, während sie einen laufenden Server anzeigt.</translation>
    </message>
    <message>
        <source>Your server is not running: the home folder is measured through it. Start it with “fornax-desktop start”, then run “fornax-desktop storage”.</source>
        <translation>Ihr Server läuft nicht: Der Home-Ordner wird über ihn gemessen. Starten Sie ihn mit „fornax-desktop start“ und führen Sie dann „fornax-desktop storage“ aus.</translation>
    </message>
    <message>
        <source>Stopped: the home folder was not measured.</source>
        <translation>Abgebrochen: Der Home-Ordner wurde nicht gemessen.</translation>
    </message>
    <message>
        <source>The home folder could not be measured: %1</source>
        <translation>Der Home-Ordner konnte nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>Home folder: %1</source>
        <translation>Home-Ordner: %1</translation>
    </message>
    <message>
        <source>Storage:     %1 a month (%2)</source>
        <translation>Speicher:    %1 im Monat (%2)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>The measure could not be written to the usage record: %1</source>
        <translation>Die Messung konnte nicht in die Nutzungsaufzeichnung geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Measuring your home folder…</source>
        <translation>Ihr Home-Ordner wird gemessen…</translation>
    </message>
</context>
<context>
    <name>fornax::cli::TransferCommand</name>
    <message>
        <source>Your server is not running. Start it with “fornax-desktop start” (or add --start) and try again.</source>
        <translation>Ihr Server läuft nicht. Starten Sie ihn mit „fornax-desktop start“ (oder geben Sie --start an) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Starting your server first…</source>
        <translation>Ihr Server wird zuerst gestartet…</translation>
    </message>
    <message>
        <source>The server did not start. %1</source>
        <translation>Der Server ist nicht gestartet. %1</translation>
    </message>
    <message>
        <source>Cancelling: removing the temporary files on your server…</source>
        <translation>Abbruch: Die temporären Dateien auf Ihrem Server werden entfernt…</translation>
    </message>
    <message>
        <source>  [o]verwrite, [s]kip, [k]eep both, skip if [i]dentical; capital letter: for all the rest [s]: </source>
        <translation>  [o] überschreiben, [s] überspringen, [k] beide behalten, [i] überspringen, wenn gleich; Großbuchstabe: für alle weiteren [s]: </translation>
    </message>
    <message>
        <source>%1 of %2, %3/s, %4 left</source>
        <translation>%1 von %2, %3/s, noch %4</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <source>SSH was not used, the transfer went through the hub instead: %1</source>
        <translation>SSH wurde nicht verwendet, die Übertragung lief stattdessen über den Hub: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) meet a folder of the same name (or the reverse); both are kept.</source>
        <translation>
            <numerusform>%n Datei trifft auf einen gleichnamigen Ordner (oder umgekehrt); beide werden behalten.</numerusform>
            <numerusform>%n Dateien treffen auf einen gleichnamigen Ordner (oder umgekehrt); beide werden behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>These names exist already: %1. Nothing was copied. Say what to do with --on-conflict (overwrite, skip, keep-both or skip-identical); folders are merged either way.</source>
        <translation>Diese Namen sind bereits vorhanden: %1. Es wurde nichts kopiert. Legen Sie mit --on-conflict fest, was geschehen soll (overwrite, skip, keep-both oder skip-identical); Ordner werden in jedem Fall zusammengeführt.</translation>
    </message>
    <message>
        <source>Folders that exist on both sides are merged; files that exist only at the destination are never deleted.</source>
        <translation>Ordner, die auf beiden Seiten vorhanden sind, werden zusammengeführt; Dateien, die nur am Ziel vorhanden sind, werden nie gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>a folder with %n file(s), %1</source>
        <translation>
            <numerusform>ein Ordner mit %n Datei, %1</numerusform>
            <numerusform>ein Ordner mit %n Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1” exists already (there: %2; new: %3).</source>
        <translation>„%1“ ist bereits vorhanden (dort: %2; neu: %3).</translation>
    </message>
    <message>
        <source>  [s]kip, [k]eep both, [r]eplace; capital letter: for all the rest [s]: </source>
        <translation>  [s] überspringen, [k] beide behalten, [r] ersetzen; Großbuchstabe: für alle übrigen [s]: </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in merged folders stayed as they were.</source>
        <translation>
            <numerusform>%n Datei in zusammengeführten Ordnern blieb unverändert.</numerusform>
            <numerusform>%n Dateien in zusammengeführten Ordnern blieben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was kept and the new one is “%2”.</source>
        <translation>„%1“ wurde behalten; das neue heißt „%2“.</translation>
    </message>
    <message>
        <source>“%1” was replaced; the old one is now “%2”.</source>
        <translation>„%1“ wurde ersetzt; das alte heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>Not copied (never copied by this app): %1.</source>
        <translation>Nicht kopiert (diese App kopiert so etwas nie): %1.</translation>
    </message>
    <message>
        <source>Your server stopped during the transfer, so the transfer did not finish. Start the server (“fornax-desktop start”, or add --start) and run the command again.</source>
        <translation>Ihr Server wurde während der Übertragung gestoppt, daher wurde die Übertragung nicht abgeschlossen. Starten Sie den Server („fornax-desktop start“ oder mit --start) und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>What to do with files that exist already: ask (default on a terminal), overwrite, skip, keep-both or skip-identical (same size and time; with --verify also the same SHA-256). Folders that exist on both sides are always merged, file by file; files that exist only at the destination are never deleted. A file against a folder is asked about on a terminal and otherwise both are kept; its answer &quot;replace&quot; moves the old item to the trash (on this computer) or renames it &quot;NAME (replaced DATE)&quot; (on the server), never deletes it.</source>
        <translation>Was mit bereits vorhandenen Dateien geschehen soll: ask (fragen; Standard in einem Terminal), overwrite (überschreiben), skip (überspringen), keep-both (beide behalten) oder skip-identical (gleiche überspringen: gleiche Größe und Zeit; mit --verify auch gleicher SHA-256). Ordner, die auf beiden Seiten vorhanden sind, werden immer Datei für Datei zusammengeführt; Dateien, die nur am Ziel vorhanden sind, werden nie gelöscht. Trifft eine Datei auf einen Ordner, wird in einem Terminal nachgefragt, sonst werden beide behalten; die Antwort „replace“ (ersetzen) verschiebt das alte Element in den Papierkorb (auf diesem Computer) oder benennt es in „NAME (replaced DATE)“ um (auf dem Server), löscht es aber nie.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>Answer yes to questions (a large download&apos;s cost warning), for scripts. Never passes the monthly budget.</source>
        <translation>Rückfragen mit Ja beantworten (die Kostenwarnung bei großen Downloads), für Skripte. Überschreitet nie das Monatsbudget.</translation>
    </message>
    <message>
        <source>Start the server first if it is not running.</source>
        <translation>Zuerst den Server starten, falls er nicht läuft.</translation>
    </message>
    <message>
        <source>Also compare a SHA-256 checksum of every file.</source>
        <translation>Zusätzlich für jede Datei eine SHA-256-Prüfsumme vergleichen.</translation>
    </message>
    <message>
        <source>“%1” needs what to copy and, last, the folder to copy it into, e.g. “%1 %2”.</source>
        <translation>„%1“ braucht, was kopiert werden soll, und zuletzt den Zielordner, z. B. „%1 %2“.</translation>
    </message>
    <message>
        <source>--on-conflict must be ask, overwrite, skip, keep-both or skip-identical, not “%1”.</source>
        <translation>--on-conflict muss ask, overwrite, skip, keep-both oder skip-identical sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Too late to cancel: everything is in place; removing the temporary files on your server…</source>
        <translation>Zu spät zum Abbrechen: alles ist an seinem Platz; die temporären Dateien auf Ihrem Server werden entfernt …</translation>
    </message>
    <message>
        <source>The input ended before every name had an answer, so nothing was copied. Run the command again and answer each question, or say what to do with --on-conflict.</source>
        <translation>Die Eingabe endete, bevor jeder Name eine Antwort hatte, daher wurde nichts kopiert. Führen Sie den Befehl erneut aus und beantworten Sie jede Frage, oder geben Sie mit --on-conflict an, was geschehen soll.</translation>
    </message>
    <message>
        <source>  Please answer s, k or r (or press Enter to skip).</source>
        <translation>  Bitte antworten Sie s, k oder r (oder Eingabetaste zum Überspringen).</translation>
    </message>
    <message>
        <source>  Please answer o, s, k or i (or press Enter to skip).</source>
        <translation>  Bitte antworten Sie o, s, k oder i (oder Eingabetaste zum Überspringen).</translation>
    </message>
    <message>
        <source>How the bytes travel: archive (one tar + zstd stream, packed or unpacked on the server) or direct (downloads: each file as it is, from /files). Chosen per transfer by default; --verbose says which and why.</source>
        <translation>Wie die Bytes übertragen werden: archive (ein tar- + zstd-Stream, auf dem Server gepackt oder entpackt) oder direct (Downloads: jede Datei unverändert, über /files). Standardmäßig pro Übertragung gewählt; --verbose zeigt, welche Methode und warum.</translation>
    </message>
    <message>
        <source>WAY</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>--method must be archive or direct, not “%1”.</source>
        <translation>--method muss archive oder direct sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::UploadCommand</name>
    <message>
        <source>your home folder</source>
        <translation>Ihren Home-Ordner</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1, into %2</source>
        <translation>
            <numerusform>%n Datei, %1, in %2 hochgeladen</numerusform>
            <numerusform>%n Dateien, %1, in %2 hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>LOCAL... REMOTE-FOLDER</source>
        <translation>LOKAL... ENTFERNTER-ORDNER</translation>
    </message>
    <message>
        <source>Copy local files and folders into a folder of the server.</source>
        <translation>Lokale Dateien und Ordner in einen Ordner des Servers kopieren.</translation>
    </message>
    <message>
        <source>Copies local files and folders into a folder of the server (relative to your home there; created when missing), packed as one archive.</source>
        <translation>Kopiert lokale Dateien und Ordner in einen Ordner des Servers (relativ zu Ihrem Home dort; fehlende Ordner werden angelegt), gepackt als ein Archiv.</translation>
    </message>
    <message>
        <source>results/ data.csv analysis</source>
        <translation>ergebnisse/ daten.csv analyse</translation>
    </message>
</context>
<context>
    <name>fornax::cli::UsageCommand</name>
    <message>
        <source>Usage in %1 (estimates; the hub&apos;s bill is the truth)</source>
        <translation>Nutzung im %1 (Schätzungen; maßgeblich ist die Abrechnung des Hubs)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>  Servers:    %1 hours, %2</source>
        <translation>  Server:     %1 Stunden, %2</translation>
    </message>
    <message>
        <source>  (%1 hours of sizes without a rate are not priced; add their rates in the app&apos;s Settings ▸ Rates and budget.)</source>
        <translation>  (%1 Stunden von Größen ohne Preis sind nicht bewertet; tragen Sie die Preise in der App unter Einstellungen ▸ Preise und Budget ein.)</translation>
    </message>
    <message>
        <source>  Total:      %1</source>
        <translation>  Gesamt:     %1</translation>
    </message>
    <message>
        <source>  Budget:     %1 a month, %2 left</source>
        <translation>  Budget:     %1 im Monat, %2 übrig</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n file(s)</source>
        <translation>
            <numerusform>mindestens %n Datei</numerusform>
            <numerusform>mindestens %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>  Downloaded: %1 (%2), %3, %4</source>
        <translation>  Heruntergeladen: %1 (%2), %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n Download</numerusform>
            <numerusform>%n Downloads</numerusform>
        </translation>
    </message>
    <message>
        <source>    %1  %2  %3  %4</source>
        <translation>    %1  %2  %3  %4</translation>
    </message>
    <message>
        <source>Downloads and server hours this month (or --month) with estimated costs.</source>
        <translation>Downloads und Serverstunden dieses Monats (oder --month) mit geschätzten Kosten.</translation>
    </message>
    <message>
        <source>Reads the usage record on this computer: it needs no hub and no sign-in. With --hub (or $FORNAX_HUB) it shows that hub only.</source>
        <translation>Liest die Nutzungsaufzeichnung auf diesem Computer: Dafür sind weder Hub noch Anmeldung nötig. Mit --hub (oder $FORNAX_HUB) wird nur dieser Hub angezeigt.</translation>
    </message>
    <message>
        <source>The month to show (default: this month).</source>
        <translation>Der anzuzeigende Monat (Standard: dieser Monat).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>JJJJ-MM</translation>
    </message>
    <message>
        <source>--month needs a month as YYYY-MM, e.g. 2026-03, but got “%1”.</source>
        <translation>--month braucht einen Monat als JJJJ-MM, z. B. 2026-03, erhielt aber „%1“.</translation>
    </message>
    <message>
        <source>    job %1  %2  %3</source>
        <translation>    Job %1  %2  %3</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>running, or its end not seen yet</source>
        <translation>läuft, oder Ende noch nicht erkannt</translation>
    </message>
    <message>
        <source>stopping the server at its end saved about %1</source>
        <translation>das Stoppen des Servers am Ende sparte etwa %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::ConflictsDialog</name>
    <message>
        <source>&amp;Apply to all</source>
        <translation>Auf alle an&amp;wenden</translation>
    </message>
    <message>
        <source>Some names exist already</source>
        <translation>Einige Namen sind bereits vorhanden</translation>
    </message>
    <message>
        <source>your home folder on your server</source>
        <translation>Ihrem Home-Ordner auf Ihrem Server</translation>
    </message>
    <message>
        <source>“%1” on your server</source>
        <translation>„%1“ auf Ihrem Server</translation>
    </message>
    <message>
        <source>“%1” on this computer</source>
        <translation>„%1“ auf diesem Computer</translation>
    </message>
    <message>
        <source>On your server</source>
        <translation>Auf Ihrem Server</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>From this computer</source>
        <translation>Von diesem Computer</translation>
    </message>
    <message>
        <source>From your server</source>
        <translation>Von Ihrem Server</translation>
    </message>
    <message>
        <source>Names that exist already</source>
        <translation>Bereits vorhandene Namen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Ein Ordner</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Eine Datei</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What to do with “%1”</source>
        <translation>Aktion für „%1“</translation>
    </message>
    <message>
        <source>For &amp;all names:</source>
        <translation>Für &amp;alle Namen:</translation>
    </message>
    <message>
        <source>What to do with all names</source>
        <translation>Aktion für alle Namen</translation>
    </message>
    <message>
        <source>Apply this choice to every name</source>
        <translation>Diese Auswahl auf jeden Namen anwenden</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>Continue the transfer with these choices</source>
        <translation>Die Übertragung mit dieser Auswahl fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel transfer</source>
        <translation>Übertragung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the transfer; nothing is changed</source>
        <translation>Die Übertragung abbrechen; nichts wird geändert</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message numerus="yes">
        <source>folder, %n file(s), %1</source>
        <translation>
            <numerusform>Ordner, %n Datei, %1</numerusform>
            <numerusform>Ordner, %n Dateien, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of “%1” already exist in %2. Choose what to do with each; nothing is changed until you continue, and Cancel stops the whole transfer. Folders that exist on both sides are merged: files that exist only there are never deleted.</source>
        <translation>
            <numerusform>%n Element von „%1“ ist in %2 bereits vorhanden. Wählen Sie für jedes, was geschehen soll; bis Sie fortfahren, wird nichts geändert, und „Abbrechen“ beendet die gesamte Übertragung. Ordner, die auf beiden Seiten vorhanden sind, werden zusammengeführt: Dateien, die nur dort vorhanden sind, werden nie gelöscht.</numerusform>
            <numerusform>%n Elemente von „%1“ sind in %2 bereits vorhanden. Wählen Sie für jedes, was geschehen soll; bis Sie fortfahren, wird nichts geändert, und „Abbrechen“ beendet die gesamte Übertragung. Ordner, die auf beiden Seiten vorhanden sind, werden zusammengeführt: Dateien, die nur dort vorhanden sind, werden nie gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder here, a file from the other side</source>
        <translation>Hier ein Ordner, von der anderen Seite eine Datei</translation>
    </message>
    <message>
        <source>A file here, a folder from the other side</source>
        <translation>Hier eine Datei, von der anderen Seite ein Ordner</translation>
    </message>
</context>
<context>
    <name>fornax::ui::DownloadApproval</name>
    <message>
        <source>Save download</source>
        <translation>Download speichern</translation>
    </message>
</context>
<context>
    <name>fornax::ui::DropZone</name>
    <message>
        <source>Drop zone</source>
        <translation>Ablagebereich</translation>
    </message>
    <message>
        <source>Drop to upload to %1</source>
        <translation>Zum Hochladen hier ablegen; die Dateien landen in %1.</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>Ihrem Home-Ordner</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>fornax::ui::EgressDialog</name>
    <message>
        <source>about %1 %2</source>
        <translation>etwa %1 %2</translation>
    </message>
    <message>
        <source>What this download costs</source>
        <translation>Was dieser Download kostet</translation>
    </message>
    <message>
        <source>unknown until the download starts</source>
        <translation>unbekannt, bis der Download beginnt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (Schätzung)</translation>
    </message>
    <message>
        <source>cannot be estimated without the size</source>
        <translation>ohne die Größe nicht schätzbar</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Estimated cost:</source>
        <translation>Geschätzte Kosten:</translation>
    </message>
    <message>
        <source>Estimated cost this month so far</source>
        <translation>Geschätzte Kosten bisher in diesem Monat</translation>
    </message>
    <message>
        <source>This month so far:</source>
        <translation>Bisher in diesem Monat:</translation>
    </message>
    <message>
        <source>%1 a month, %2 left</source>
        <translation>%1 im Monat, %2 übrig</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Rates and budget…</source>
        <translation>&amp;Preise und Budget…</translation>
    </message>
    <message>
        <source>&amp;Download anyway</source>
        <translation>Trotzdem &amp;herunterladen</translation>
    </message>
</context>
<context>
    <name>fornax::ui::GuiApplication</name>
    <message>
        <source>The server could not be stopped. %1</source>
        <translation>Der Server konnte nicht gestoppt werden. %1</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Files on your server</source>
        <translation>Dateien auf Ihrem Server</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Run as job…</source>
        <translation>Als Job ausführen…</translation>
    </message>
</context>
<context>
    <name>fornax::ui::HomePage</name>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <source>When idle</source>
        <translation>Bei Leerlauf</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Your server</source>
        <translation>Ihr Server</translation>
    </message>
    <message>
        <source>Credits this year</source>
        <translation>Credits in diesem Jahr</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>&amp;Start my server…</source>
        <translation>Meinen Server &amp;starten…</translation>
    </message>
    <message>
        <source>&amp;Open JupyterLab</source>
        <translation>JupyterLab &amp;öffnen</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>Meinen Server s&amp;toppen</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>Ü&amp;bertragungen</translation>
    </message>
    <message>
        <source>&amp;Usage and costs</source>
        <translation>&amp;Nutzung und Kosten</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No transfers running.</source>
        <translation>Keine laufenden Übertragungen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Home-Ordner</translation>
    </message>
</context>
<context>
    <name>fornax::ui::JobsController</name>
    <message>
        <source>Your server is not running: its jobs can be read once it runs.</source>
        <translation>Ihr Server läuft nicht: Seine Jobs können gelesen werden, sobald er läuft.</translation>
    </message>
    <message>
        <source>Your server is not running: the jobs are shown as they were last seen.</source>
        <translation>Ihr Server läuft nicht: Die Jobs werden so angezeigt, wie sie zuletzt gesehen wurden.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Job läuft</numerusform>
            <numerusform>%n Jobs laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your server is not running. Start it, then run the job.</source>
        <translation>Ihr Server läuft nicht. Starten Sie ihn und führen Sie dann den Job aus.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, too large to be sent with a job. Nothing was started.</source>
        <translation>„%1“ ist größer als %2 MB und damit zu groß, um mit einem Job gesendet zu werden. Nichts wurde gestartet.</translation>
    </message>
    <message>
        <source>“%1” could not be read from your server (%2). Nothing was started.</source>
        <translation>„%1“ konnte nicht von Ihrem Server gelesen werden (%2). Nichts wurde gestartet.</translation>
    </message>
    <message>
        <source>Run a notebook or script as a job</source>
        <translation>Notebook oder Skript als Job ausführen</translation>
    </message>
    <message>
        <source>Notebooks and scripts (*.ipynb *.py *.sh)</source>
        <translation>Notebooks und Skripte (*.ipynb *.py *.sh)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2. Nothing was started.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2. Nichts wurde gestartet.</translation>
    </message>
    <message>
        <source>“%1” is not a notebook (.ipynb) or a script (.py, .sh): it cannot run as a job.</source>
        <translation>„%1“ ist kein Notebook (.ipynb) und kein Skript (.py, .sh): Es kann nicht als Job ausgeführt werden.</translation>
    </message>
    <message>
        <source>Starting “%1” on your server…</source>
        <translation>„%1“ wird auf Ihrem Server gestartet…</translation>
    </message>
    <message>
        <source>The hub would not give a token that may stop your server (%1), so “Stop the server when the job ends” cannot work. Nothing was started.</source>
        <translation>Der Hub hat kein Token ausgegeben, das Ihren Server stoppen darf (%1), daher kann „Server stoppen, wenn der Job endet“ nicht funktionieren. Nichts wurde gestartet.</translation>
    </message>
    <message>
        <source>the permission was refused</source>
        <translation>die Berechtigung wurde verweigert</translation>
    </message>
    <message>
        <source>Fornax Desktop job %1 on %2: stops the server when the job ends</source>
        <translation>Fornax Desktop-Job %1 auf %2: stoppt den Server, wenn der Job endet</translation>
    </message>
    <message>
        <source>Job “%1” was made on your server but has not started yet.</source>
        <translation>Job „%1“ wurde auf Ihrem Server angelegt, ist aber noch nicht gestartet.</translation>
    </message>
    <message>
        <source>Job “%1” runs on your server. You may close the app: it goes on.</source>
        <translation>Job „%1“ läuft auf Ihrem Server. Sie können die App schließen: Er läuft weiter.</translation>
    </message>
    <message>
        <source>Download the outputs of job %1 into</source>
        <translation>Ausgaben von Job %1 herunterladen nach</translation>
    </message>
    <message>
        <source>Your server is not running, so the job is not running either.</source>
        <translation>Ihr Server läuft nicht, also läuft auch der Job nicht.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>Cancel job “%1”? Everything it runs on the server is ended; what it wrote so far stays in its folder.</source>
        <translation>Job „%1“ abbrechen? Alles, was er auf dem Server ausführt, wird beendet; was er bisher geschrieben hat, bleibt in seinem Ordner.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Cancelling “%1”…</source>
        <translation>„%1“ wird abgebrochen…</translation>
    </message>
    <message>
        <source>“%1” could not be cancelled: %2</source>
        <translation>„%1“ konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>Job “%1” was cancelled.</source>
        <translation>Job „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>It ended and stopped your server, as you asked. How it ended is shown once the server runs again.</source>
        <translation>Er ist beendet und hat Ihren Server wie gewünscht gestoppt. Wie er geendet hat, wird angezeigt, sobald der Server wieder läuft.</translation>
    </message>
    <message>
        <source>It ran for %1.</source>
        <translation>Er lief %1.</translation>
    </message>
    <message>
        <source>It stopped with exit code %1 after %2; the end of its log is in the Jobs panel.</source>
        <translation>Er endete mit Exit-Code %1 nach %2; das Ende seines Logs steht im Jobs-Bereich.</translation>
    </message>
    <message>
        <source>It ended: %1.</source>
        <translation>Er ist beendet: %1.</translation>
    </message>
    <message>
        <source>Your server was stopped, as you asked.</source>
        <translation>Ihr Server wurde wie gewünscht gestoppt.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::JobsPanel</name>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Ausführen…</translation>
    </message>
    <message>
        <source>&amp;Open output</source>
        <translation>Ausgabe ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Download outputs…</source>
        <translation>Ausgaben &amp;herunterladen…</translation>
    </message>
    <message>
        <source>&amp;Cancel job…</source>
        <translation>Job a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Jobs on your server</source>
        <translation>Jobs auf Ihrem Server</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Bisherige Kosten</translation>
    </message>
    <message>
        <source>End of the selected job&apos;s log</source>
        <translation>Ende des Logs des ausgewählten Jobs</translation>
    </message>
    <message>
        <source>Select a job to see the end of its log.</source>
        <translation>Wählen Sie einen Job aus, um das Ende seines Logs zu sehen.</translation>
    </message>
    <message>
        <source>Run a notebook or script as a job</source>
        <translation>Notebook oder Skript als Job ausführen</translation>
    </message>
    <message>
        <source>Run a notebook or script from this computer as a job (or drop one here). To run one that is on your server, use “Run as job…” in Files on your server.</source>
        <translation>Ein Notebook oder Skript von diesem Computer als Job ausführen (oder hier ablegen). Um eines auszuführen, das auf Ihrem Server liegt, verwenden Sie „Als Job ausführen…“ unter „Dateien auf Ihrem Server“.</translation>
    </message>
    <message>
        <source>Open the selected job&apos;s output</source>
        <translation>Ausgabe des ausgewählten Jobs öffnen</translation>
    </message>
    <message>
        <source>Download the selected job&apos;s outputs</source>
        <translation>Ausgaben des ausgewählten Jobs herunterladen</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Ausgewählten Job abbrechen</translation>
    </message>
    <message>
        <source>Refresh the list of jobs</source>
        <translation>Job-Liste aktualisieren</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This job stopped your server when it ended: that saved %1 of idle time before the hub would have stopped it.</source>
        <translation>Dieser Job hat Ihren Server bei seinem Ende gestoppt: Das hat %1 Leerlaufzeit gespart, bevor der Hub ihn gestoppt hätte.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::LabPage</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The page tried to open a link of the kind “%1:” outside the app. It was not opened: only web (https, http) and e-mail (mailto) links leave the app.</source>
        <translation>Die Seite wollte einen Link der Art „%1:“ außerhalb der App öffnen. Er wurde nicht geöffnet: Nur Web-Links (https, http) und E-Mail-Links (mailto) verlassen die App.</translation>
    </message>
    <message>
        <source>The page tried to open an empty new window. It was not opened: windows open only for a link&apos;s address.</source>
        <translation>Die Seite hat versucht, ein leeres neues Fenster zu öffnen. Es wurde nicht geöffnet: Fenster öffnen sich nur für die Adresse eines Links.</translation>
    </message>
    <message>
        <source>The page tried to open %1 in a new window by itself, without a click. It was not opened; click the link if you want it.</source>
        <translation>Die Seite hat versucht, %1 von sich aus ohne Klick in einem neuen Fenster zu öffnen. Es wurde nicht geöffnet; klicken Sie auf den Link, wenn Sie ihn öffnen möchten.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::LabView</name>
    <message>
        <source>JupyterLab</source>
        <translation>JupyterLab</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>The JupyterLab page stopped working. Your server and your notebooks are fine; reload the page to carry on.</source>
        <translation>Die JupyterLab-Seite funktioniert nicht mehr. Ihr Server und Ihre Notebooks sind in Ordnung; laden Sie die Seite neu, um weiterzuarbeiten.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::MainWindow</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Sign in with an API &amp;token…</source>
        <translation>Mit API-&amp;Token anmelden …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Fornax Desktop</source>
        <translation>Ü&amp;ber Fornax Desktop</translation>
    </message>
    <message>
        <source>About Fornax Desktop</source>
        <translation>Über Fornax Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fornax Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop client for the Fornax Science Console and any JupyterHub.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fornax Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Desktop-Client für die Fornax Science Console und jeden JupyterHub.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to Fornax Desktop</source>
        <translation>Willkommen bei Fornax Desktop</translation>
    </message>
    <message>
        <source>Sign in to the hub</source>
        <translation>Beim Hub anmelden</translation>
    </message>
    <message>
        <source>Check the hub again</source>
        <translation>Den Hub erneut prüfen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking the hub at %1 …</source>
        <translation>Hub unter %1 wird geprüft …</translation>
    </message>
    <message>
        <source>JupyterHub %1 is ready. Sign in to start your server.</source>
        <translation>JupyterHub %1 ist bereit. Melden Sie sich an, um Ihren Server zu starten.</translation>
    </message>
    <message>
        <source>Start Fornax Desktop at &amp;login</source>
        <translation>Fornax Desktop bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Fornax Desktop.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Fornax Desktop.</translation>
    </message>
    <message>
        <source>&amp;Usage and costs…</source>
        <translation>&amp;Nutzung und Kosten…</translation>
    </message>
    <message>
        <source>&amp;Rates and budget…</source>
        <translation>&amp;Preise und Budget…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>SS&amp;H access…</source>
        <translation>SS&amp;H-Zugang…</translation>
    </message>
    <message>
        <source>&amp;Keep the server running while transfers run</source>
        <translation>Server während Übertragungen &amp;weiterlaufen lassen</translation>
    </message>
    <message>
        <source>A hub may stop a server it thinks is idle, and a long upload or download looks idle to some hubs. While one runs, Fornax Desktop keeps the server running, for no longer than the transfer needs.</source>
        <translation>Ein Hub kann einen Server stoppen, den er für inaktiv hält, und ein langer Upload oder Download sieht für manche Hubs nach Inaktivität aus. Solange eine Übertragung läuft, hält Fornax Desktop den Server am Laufen, nicht länger, als die Übertragung es erfordert.</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>Meinen Server s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Keep it running for an hour</source>
        <translation>Eine Stunde &amp;weiterlaufen lassen</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Stop my server</source>
        <translation>Meinen Server stoppen</translation>
    </message>
    <message>
        <source>Keep my server running for an hour</source>
        <translation>Meinen Server eine Stunde weiterlaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Benachrichtigungen…</translation>
    </message>
</context>
<context>
    <name>fornax::ui::NotificationSettingsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Fornax Desktop tells you about these through your desktop&apos;s notifications (or the tray icon where there is none):</source>
        <translation>Fornax Desktop informiert Sie darüber über die Benachrichtigungen Ihres Desktops (oder über das Tray-Symbol, wo es keine gibt):</translation>
    </message>
    <message>
        <source>&amp;Server ready</source>
        <translation>&amp;Server bereit</translation>
    </message>
    <message>
        <source>When a server you started is ready and you are elsewhere</source>
        <translation>Wenn ein von Ihnen gestarteter Server bereit ist und Sie woanders sind</translation>
    </message>
    <message>
        <source>&amp;Job ended</source>
        <translation>&amp;Job beendet</translation>
    </message>
    <message>
        <source>When a job on your server finishes or fails</source>
        <translation>Wenn ein Job auf Ihrem Server abgeschlossen wird oder fehlschlägt</translation>
    </message>
    <message>
        <source>&amp;Idle stop in 2 minutes</source>
        <translation>&amp;Leerlauf-Stopp in 2 Minuten</translation>
    </message>
    <message>
        <source>Two minutes before the hub stops an idle server, with “Keep alive 1 h”</source>
        <translation>Zwei Minuten bevor der Hub einen ungenutzten Server stoppt, mit „1 h aktiv halten“</translation>
    </message>
    <message>
        <source>&amp;Time limit within the hour</source>
        <translation>&amp;Zeitlimit in weniger als einer Stunde</translation>
    </message>
    <message>
        <source>One hour before the hub&apos;s time limit stops your server</source>
        <translation>Eine Stunde bevor das Zeitlimit des Hubs Ihren Server stoppt</translation>
    </message>
    <message>
        <source>Server stopped &amp;unexpectedly</source>
        <translation>Server &amp;unerwartet gestoppt</translation>
    </message>
    <message>
        <source>When your server stops without you asking, and why</source>
        <translation>Wenn Ihr Server stoppt, ohne dass Sie es veranlasst haben, und warum</translation>
    </message>
    <message>
        <source>&amp;Long transfer done</source>
        <translation>Lange Über&amp;tragung beendet</translation>
    </message>
    <message>
        <source>When an upload or download of 30 seconds or more ends while you are elsewhere</source>
        <translation>Wenn ein Upload oder Download von 30 Sekunden oder länger endet, während Sie woanders sind</translation>
    </message>
    <message>
        <source>&amp;Credits at 50, 80, 100 %</source>
        <translation>&amp;Credits bei 50, 80, 100 %</translation>
    </message>
    <message>
        <source>When this year&apos;s credits or this month&apos;s budget reach 50, 80 or 100 % (once each)</source>
        <translation>Wenn die Credits dieses Jahres oder das Budget dieses Monats 50, 80 oder 100 % erreichen (jeweils einmal)</translation>
    </message>
</context>
<context>
    <name>fornax::ui::ProfilePicker</name>
    <message>
        <source>&amp;Start server</source>
        <translation>Server &amp;starten</translation>
    </message>
    <message>
        <source>Choose a server size</source>
        <translation>Servergröße wählen</translation>
    </message>
    <message>
        <source>Use the smallest size to write and test your code; larger sizes cost more for every hour they run, so keep them for full runs. A server stops by itself after a while without activity.</source>
        <translation>Verwenden Sie die kleinste Größe, um Ihren Code zu schreiben und zu testen; größere Größen kosten für jede Stunde Laufzeit mehr, heben Sie sie also für vollständige Läufe auf. Ein Server stoppt nach einer Weile ohne Aktivität von selbst.</translation>
    </message>
    <message>
        <source>Start a server of the chosen size</source>
        <translation>Einen Server der gewählten Größe starten</translation>
    </message>
    <message>
        <source>%1 CPU</source>
        <translation>%1 CPU</translation>
    </message>
    <message>
        <source>%1 GB memory</source>
        <translation>%1 GB Arbeitsspeicher</translation>
    </message>
    <message>
        <source>needs permission</source>
        <translation>erfordert Berechtigung</translation>
    </message>
    <message>
        <source>Custom value</source>
        <translation>Eigener Wert</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere …</translation>
    </message>
    <message>
        <source>Enter a value for “%1”, or pick one from the list.</source>
        <translation>Geben Sie einen Wert für „%1“ ein oder wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>It costs %1, about %2 for a working day of 8 hours.</source>
        <translation>Er kostet %1, etwa %2 für einen Arbeitstag von 8 Stunden.</translation>
    </message>
    <message>
        <source>It costs far more per hour than the smaller sizes.</source>
        <translation>Er kostet pro Stunde weit mehr als die kleineren Größen.</translation>
    </message>
    <message>
        <source>Start a %1 server?</source>
        <translation>Einen %1-Server starten?</translation>
    </message>
    <message>
        <source>The %1 size may only be used with permission from the hub&apos;s administrators. %2 Start it only if you have that permission and your work needs it.</source>
        <translation>Die Größe %1 darf nur mit Erlaubnis der Administratoren des Hubs verwendet werden. %2 Starten Sie ihn nur, wenn Sie diese Erlaubnis haben und Ihre Arbeit ihn erfordert.</translation>
    </message>
    <message>
        <source>I have permission, &amp;start it</source>
        <translation>Ich habe die Erlaubnis, &amp;starten</translation>
    </message>
    <message>
        <source>Where the rates come from</source>
        <translation>Woher die Preise stammen</translation>
    </message>
    <message>
        <source>Hourly rates: %1.</source>
        <translation>Stundenpreise: %1.</translation>
    </message>
    <message>
        <source>Your yearly allotment: %1 (%2).</source>
        <translation>Ihr jährliches Kontingent: %1 (%2).</translation>
    </message>
    <message>
        <source>What your last sessions used</source>
        <translation>Was Ihre letzten Sitzungen genutzt haben</translation>
    </message>
</context>
<context>
    <name>fornax::ui::QuitFlow</name>
    <message numerus="yes">
        <source>The hub did not confirm within %n second(s) that your server stopped.</source>
        <translation>
            <numerusform>Der Hub hat nicht innerhalb von %n Sekunde bestätigt, dass Ihr Server gestoppt wurde.</numerusform>
            <numerusform>Der Hub hat nicht innerhalb von %n Sekunden bestätigt, dass Ihr Server gestoppt wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fornax Desktop is still running</source>
        <translation>Fornax Desktop läuft weiter</translation>
    </message>
    <message>
        <source>Your server keeps running. Stop it, or quit, from this icon.</source>
        <translation>Ihr Server läuft weiter. Stoppen Sie ihn oder beenden Sie die App über dieses Symbol.</translation>
    </message>
    <message>
        <source>Your server keeps costing money while it runs, even when this app is closed. Stop it before quitting?</source>
        <translation>Ihr Server kostet weiter Geld, solange er läuft, auch wenn diese App geschlossen ist. Vor dem Beenden stoppen?</translation>
    </message>
    <message>
        <source>Transfers still running are cancelled.</source>
        <translation>Noch laufende Übertragungen werden abgebrochen.</translation>
    </message>
    <message>
        <source>Your server is still running</source>
        <translation>Ihr Server läuft noch</translation>
    </message>
    <message>
        <source>&amp;Stop server and quit</source>
        <translation>Server &amp;stoppen und beenden</translation>
    </message>
    <message>
        <source>&amp;Quit and leave it running</source>
        <translation>Beenden und &amp;weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Stopping your server before quitting…</source>
        <translation>Ihr Server wird vor dem Beenden gestoppt…</translation>
    </message>
    <message>
        <source>&amp;Quit now</source>
        <translation>&amp;Jetzt beenden</translation>
    </message>
    <message>
        <source>Quitting Fornax Desktop</source>
        <translation>Fornax Desktop wird beendet</translation>
    </message>
    <message>
        <source>Your server may still be running</source>
        <translation>Ihr Server läuft möglicherweise noch</translation>
    </message>
    <message>
        <source>%1 Fornax Desktop quits now; your server may still be running and costing money. Check it on the hub&apos;s page (%2) or with “fornax-desktop status”.</source>
        <translation>%1 Fornax Desktop wird jetzt beendet; Ihr Server läuft möglicherweise noch und verursacht Kosten. Prüfen Sie ihn auf der Seite des Hubs (%2) oder mit „fornax-desktop status“.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RateCardDialog</name>
    <message>
        <source>Price per GB downloaded</source>
        <translation>Preis pro heruntergeladenem GB</translation>
    </message>
    <message>
        <source>Set a monthly &amp;budget</source>
        <translation>Ein Monats&amp;budget festlegen</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>Rates and budget — %1</source>
        <translation>Preise und Budget — %1</translation>
    </message>
    <message>
        <source>What %1 charges, used for every cost estimate in the app. Check the figures against your hub&apos;s own price list; the hub&apos;s bill is what counts.</source>
        <translation>Was %1 berechnet, Grundlage jeder Kostenschätzung in der App. Prüfen Sie die Zahlen anhand der Preisliste Ihres Hubs; maßgeblich ist dessen Abrechnung.</translation>
    </message>
    <message>
        <source>Unit of all prices</source>
        <translation>Einheit aller Preise</translation>
    </message>
    <message>
        <source>Ask before downloads larger than, in MB</source>
        <translation>Vor Downloads nachfragen, die größer sind als (in MB)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Price per hour of each server size</source>
        <translation>Preis pro Stunde für jede Servergröße</translation>
    </message>
    <message>
        <source>Server size</source>
        <translation>Servergröße</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Add size</source>
        <translation>Größe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move size</source>
        <translation>Größe &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Price per &amp;GB downloaded:</source>
        <translation>Preis pro heruntergeladenem &amp;GB:</translation>
    </message>
    <message>
        <source>Price per &amp;hour:</source>
        <translation>Preis pro &amp;Stunde:</translation>
    </message>
    <message>
        <source>Ask before downloads &amp;larger than:</source>
        <translation>Vor Downloads nachfragen, &amp;größer als:</translation>
    </message>
    <message>
        <source>edited by you on %1</source>
        <translation>von Ihnen geändert am %1</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>Preis pro Stunde</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RemoteBrowser</name>
    <message>
        <source>Files on your server</source>
        <translation>Dateien auf Ihrem Server</translation>
    </message>
    <message>
        <source>File actions</source>
        <translation>Dateiaktionen</translation>
    </message>
    <message>
        <source>Location on your server</source>
        <translation>Ort auf Ihrem Server</translation>
    </message>
    <message>
        <source>Your server is not running. Start it to see your files; files you drop here are uploaded once it runs.</source>
        <translation>Ihr Server läuft nicht. Starten Sie ihn, um Ihre Dateien zu sehen; Dateien, die Sie hier ablegen, werden hochgeladen, sobald er läuft.</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home-Ordner</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation>Dieser Ordner ist leer. Legen Sie Dateien hier ab, um sie hochzuladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>%n Element gelöscht.</numerusform>
            <numerusform>%n Elemente gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the folder “%1”.</source>
        <translation>Der Ordner „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Go to your home folder</source>
        <translation>Zu Ihrem Home-Ordner wechseln</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder in your home folder:</source>
        <translation>Name des neuen Ordners in Ihrem Home-Ordner:</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Name des neuen Ordners in „%1“:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Download “%1” to</source>
        <translation>Zielordner für „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Download %n item(s) to</source>
        <translation>
            <numerusform>Zielordner für %n Element</numerusform>
            <numerusform>Zielordner für %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Download here</source>
        <translation>Hierher herunterladen</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and everything in it from your server?</source>
        <translation>Den Ordner „%1“ mit seinem gesamten Inhalt von Ihrem Server löschen?</translation>
    </message>
    <message>
        <source>Delete “%1” from your server?</source>
        <translation>„%1“ von Ihrem Server löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s) from your server?</source>
        <translation>
            <numerusform>Dieses %n Element von Ihrem Server löschen?</numerusform>
            <numerusform>Diese %n Elemente von Ihrem Server löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weiteres</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders are deleted with everything in them.</source>
        <translation>Ordner werden mit ihrem gesamten Inhalt gelöscht.</translation>
    </message>
    <message>
        <source>Delete from your server</source>
        <translation>Von Ihrem Server löschen</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>The items dragged out could not be downloaded: %1</source>
        <translation>Die herausgezogenen Elemente konnten nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>Drop to upload into your home folder</source>
        <translation>Ablegen, um in Ihren Home-Ordner hochzuladen</translation>
    </message>
    <message>
        <source>Drop to upload into “%1”</source>
        <translation>Ablegen, um in „%1“ hochzuladen</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RemoteFileModel</name>
    <message>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RemoteMimeData</name>
    <message>
        <source>The folder for the download could not be created: %1</source>
        <translation>Der Ordner für den Download konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Dragging files out is not available.</source>
        <translation>Das Herausziehen von Dateien ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The download ended, but none of the items arrived.</source>
        <translation>Der Download ist beendet, aber keines der Elemente ist angekommen.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RunJobDialog</name>
    <message>
        <source>&amp;Stop the server when the job ends</source>
        <translation>&amp;Server stoppen, wenn der Job endet</translation>
    </message>
    <message>
        <source>Run as a job</source>
        <translation>Als Job ausführen</translation>
    </message>
    <message>
        <source>Run “%1” on your server. It goes on running when you close the app; its log, outputs and executed notebook stay in its job folder.</source>
        <translation>„%1“ auf Ihrem Server ausführen. Der Job läuft weiter, wenn Sie die App schließen; sein Log, seine Ausgaben und das ausgeführte Notebook bleiben in seinem Job-Ordner.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Reading your server&apos;s kernels…</source>
        <translation>Kernels Ihres Servers werden gelesen…</translation>
    </message>
    <message>
        <source>Stop the server when the job ends</source>
        <translation>Server stoppen, wenn der Job endet</translation>
    </message>
    <message>
        <source>When the job ends and no other job runs, the server stops itself, even if this computer sleeps or the app is closed.</source>
        <translation>Wenn der Job endet und kein anderer Job läuft, stoppt sich der Server selbst, auch wenn dieser Computer im Ruhezustand ist oder die App geschlossen ist.</translation>
    </message>
    <message>
        <source>Longest run time in hours</source>
        <translation>Maximale Laufzeit in Stunden</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Kernel:</translation>
    </message>
    <message>
        <source>&amp;End it after:</source>
        <translation>B&amp;eenden nach:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Your server offers no kernels: a notebook cannot run there.</source>
        <translation>Ihr Server bietet keine Kernels an: Dort kann kein Notebook ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::ServerPanel</name>
    <message>
        <source>&amp;Start my server</source>
        <translation>Meinen Server &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>Meinen Server s&amp;toppen</translation>
    </message>
    <message>
        <source>Server start progress</source>
        <translation>Fortschritt des Serverstarts</translation>
    </message>
    <message>
        <source>Start my server</source>
        <translation>Meinen Server starten</translation>
    </message>
    <message>
        <source>Stop my server</source>
        <translation>Meinen Server stoppen</translation>
    </message>
    <message>
        <source>Your server: %1</source>
        <translation>Ihr Server: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel start</source>
        <translation>Start a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Why the server is kept running</source>
        <translation>Warum der Server weiterläuft</translation>
    </message>
</context>
<context>
    <name>fornax::ui::ServerPresenter</name>
    <message>
        <source>Fornax Desktop</source>
        <translation>Fornax Desktop</translation>
    </message>
    <message>
        <source>%1 — Fornax Desktop</source>
        <translation>%1 — Fornax Desktop</translation>
    </message>
    <message>
        <source>The server did not start. %1</source>
        <translation>Der Server ist nicht gestartet. %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message numerus="yes">
        <source>up %n minute(s)</source>
        <translation>
            <numerusform>seit %n Minute aktiv</numerusform>
            <numerusform>seit %n Minuten aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message numerus="yes">
        <source>stops when idle in %n minute(s)</source>
        <translation>
            <numerusform>stoppt bei Inaktivität in %n Minute</numerusform>
            <numerusform>stoppt bei Inaktivität in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>kept alive: %1</source>
        <translation>läuft weiter für: %1</translation>
    </message>
    <message>
        <source>(the hub stops the server at %1, before this can finish)</source>
        <translation>(der Hub stoppt den Server am %1, bevor dies abgeschlossen sein kann)</translation>
    </message>
    <message>
        <source>kept running by the server until %1</source>
        <translation>vom Server am Laufen gehalten bis %1</translation>
    </message>
    <message>
        <source>kept running until %1 while this app runs</source>
        <translation>läuft weiter bis %1, solange diese App läuft</translation>
    </message>
    <message>
        <source>The server keeps itself running until %1, also after you quit; after that it stops when idle.</source>
        <translation>Der Server hält sich selbst bis %1 am Laufen, auch nachdem Sie die App beendet haben; danach stoppt er bei Inaktivität.</translation>
    </message>
    <message>
        <source>This app keeps the server running until %1 only while it runs: once you quit, the hub stops the server when it has been idle for its usual time.</source>
        <translation>Diese App hält den Server nur bis %1 am Laufen, solange sie selbst läuft: Sobald Sie sie beenden, stoppt der Hub den Server, wenn er die übliche Zeit inaktiv war.</translation>
    </message>
    <message>
        <source>Keeping your server running</source>
        <translation>Ihr Server läuft weiter</translation>
    </message>
    <message>
        <source>It will not be stopped for being idle until %1.</source>
        <translation>Er wird bis %1 nicht wegen Inaktivität gestoppt.</translation>
    </message>
    <message>
        <source>The server could not be stopped. %1</source>
        <translation>Der Server konnte nicht gestoppt werden. %1</translation>
    </message>
    <message>
        <source>Your server could not be stopped</source>
        <translation>Ihr Server konnte nicht gestoppt werden</translation>
    </message>
    <message>
        <source>Your server is running short</source>
        <translation>Ihrem Server gehen die Ressourcen aus</translation>
    </message>
    <message>
        <source>resources unknown on this server</source>
        <translation>Ressourcen auf diesem Server unbekannt</translation>
    </message>
</context>
<context>
    <name>fornax::ui::SignInFlow</name>
    <message>
        <source>Fornax Science Console</source>
        <translation>Fornax Science Console</translation>
    </message>
    <message>
        <source>JupyterHub</source>
        <translation>JupyterHub</translation>
    </message>
    <message numerus="yes">
        <source>The hub could still not be reached to cancel %n sign-in(s) from an earlier sign-out. The app tries again at its next start.</source>
        <translation>
            <numerusform>Der Hub war weiterhin nicht erreichbar, um %n Anmeldung aus einer früheren Abmeldung zu widerrufen. Die App versucht es beim nächsten Start erneut.</numerusform>
            <numerusform>Der Hub war weiterhin nicht erreichbar, um %n Anmeldungen aus einer früheren Abmeldung zu widerrufen. Die App versucht es beim nächsten Start erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 led to %2, which you did not confirm, so nothing was sent there. Check the address.</source>
        <translation>%1 hat zu %2 geführt, was Sie nicht bestätigt haben, daher wurde nichts dorthin gesendet. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 offers no encryption, and you chose not to use it that way. Use its https:// address if it has one.</source>
        <translation>%1 bietet keine Verschlüsselung, und Sie haben entschieden, den Hub so nicht zu verwenden. Verwenden Sie seine https://-Adresse, falls er eine hat.</translation>
    </message>
    <message>
        <source>The hub did not confirm the sign-in. %1</source>
        <translation>Der Hub hat die Anmeldung nicht bestätigt. %1</translation>
    </message>
    <message>
        <source>Signed in, but the hub did not give the app a token. %1</source>
        <translation>Angemeldet, aber der Hub hat der App kein Token gegeben. %1</translation>
    </message>
    <message>
        <source>Signed in on the web page, but the app holds no sign-in: the hub refused a limited one, and you chose not to allow more. %1</source>
        <translation>Auf der Webseite angemeldet, aber die App hat keine Anmeldung: Der Hub hat eine beschränkte abgelehnt, und Sie haben entschieden, nicht mehr zu erlauben. %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::SignInPage</name>
    <message>
        <source>Sign in with an API &amp;token instead…</source>
        <translation>Stattdessen mit API-&amp;Token anmelden …</translation>
    </message>
    <message>
        <source>The hub&apos;s sign-in page</source>
        <translation>Die Anmeldeseite des Hubs</translation>
    </message>
    <message>
        <source>Sign in with an API token instead</source>
        <translation>Stattdessen mit API-Token anmelden</translation>
    </message>
    <message>
        <source>Sign in as you would in a browser. The app then keeps a sign-in of its own in your system keychain, so you need not do this again.</source>
        <translation>Melden Sie sich an wie im Browser. Die App legt dann eine eigene Anmeldung in Ihrem System-Schlüsselbund ab, sodass Sie das nicht noch einmal tun müssen.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::SshSettingsDialog</name>
    <message>
        <source>&amp;Transfer files over SSH</source>
        <translation>Dateien über SSH &amp;übertragen</translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase in the keychain</source>
        <translation>Passphrase im Schlüsselbund &amp;aufbewahren</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>New server: check its host key</source>
        <translation>Neuer Server: Prüfen Sie seinen Hostschlüssel</translation>
    </message>
    <message>
        <source>T&amp;rust this key and connect</source>
        <translation>Diesem Schlüssel &amp;vertrauen und verbinden</translation>
    </message>
    <message>
        <source>&amp;Do not trust it</source>
        <translation>&amp;Nicht vertrauen</translation>
    </message>
    <message>
        <source>SSH access — %1</source>
        <translation>SSH-Zugang — %1</translation>
    </message>
    <message>
        <source>If you can also reach your files on %1 over SSH (a login node, or the machine the hub runs on), uploads and downloads can stream over SSH, which is much faster. Without it, or when SSH does not answer, they use the hub.</source>
        <translation>Wenn Sie Ihre Dateien auf %1 auch über SSH erreichen (über einen Login-Knoten oder den Rechner, auf dem der Hub läuft), können Uploads und Downloads direkt über SSH laufen, was viel schneller ist. Ohne SSH, oder wenn SSH nicht antwortet, laufen sie über den Hub.</translation>
    </message>
    <message>
        <source>Transfer files over SSH</source>
        <translation>Dateien über SSH übertragen</translation>
    </message>
    <message>
        <source>SSH server host name</source>
        <translation>Hostname des SSH-Servers</translation>
    </message>
    <message>
        <source>login.example.org</source>
        <translation>login.example.org</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>User name on the SSH server</source>
        <translation>Benutzername auf dem SSH-Server</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Anmeldeart</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Private Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Die private Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>Keep the passphrase in the keychain</source>
        <translation>Passphrase im Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Test the SSH connection</source>
        <translation>Die SSH-Verbindung testen</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>The server&apos;s host key</source>
        <translation>Der Hostschlüssel des Servers</translation>
    </message>
    <message>
        <source>Trust this host key and connect</source>
        <translation>Diesem Hostschlüssel vertrauen und verbinden</translation>
    </message>
    <message>
        <source>Do not trust this host key</source>
        <translation>Diesem Hostschlüssel nicht vertrauen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>None kept yet</source>
        <translation>Noch nichts gespeichert</translation>
    </message>
    <message>
        <source>Signed in to %1. Transfers for this hub will go over SSH.</source>
        <translation>Bei %1 angemeldet. Übertragungen für diesen Hub laufen über SSH.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>This app has not connected to %1 before. The server identifies itself with this %2 key:

%3

Trust it only if this fingerprint is the one the server&apos;s administrators publish (on the server, `ssh-keygen -l -f` on its host key prints it). Once trusted, the key is remembered, and a different key later is refused.</source>
        <translation>Diese App hat sich noch nie mit %1 verbunden. Der Server weist sich mit diesem %2-Schlüssel aus:

%3

Vertrauen Sie ihm nur, wenn dieser Fingerabdruck mit dem übereinstimmt, den die Administratoren des Servers veröffentlichen (auf dem Server gibt `ssh-keygen -l -f` für seinen Hostschlüssel ihn aus). Danach merkt sich die App den Schlüssel, und ein anderer Schlüssel wird später abgelehnt.</translation>
    </message>
    <message>
        <source>Waiting for you to check the server&apos;s host key.</source>
        <translation>Wartet darauf, dass Sie den Hostschlüssel des Servers prüfen.</translation>
    </message>
    <message>
        <source>SSH is not available on this hub</source>
        <translation>SSH ist auf diesem Hub nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 does not offer SSH: it is switched off there, and only the web ports (80 and 443) can be reached. Uploads and downloads go through the hub, which needs no setting here.</source>
        <translation>%1 bietet kein SSH an: Es ist dort abgeschaltet, und nur die Web-Ports (80 und 443) sind erreichbar. Uploads und Downloads laufen über den Hub, dafür ist hier keine Einstellung nötig.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::TokenDialog</name>
    <message>
        <source>Sign in with an API token</source>
        <translation>Mit API-Token anmelden</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;your hub&apos;s token page&lt;/a&gt;, request a new token, and paste it here. It is kept in your system keychain.</source>
        <translation>Öffnen Sie &lt;a href=&quot;%1&quot;&gt;die Token-Seite Ihres Hubs&lt;/a&gt;, fordern Sie ein neues Token an und fügen Sie es hier ein. Es wird in Ihrem System-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
</context>
<context>
    <name>fornax::ui::TransferController</name>
    <message>
        <source>Sign in to your hub first.</source>
        <translation>Melden Sie sich zuerst bei Ihrem Hub an.</translation>
    </message>
    <message>
        <source>The download did not finish.</source>
        <translation>Der Download wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign in to your hub first; then drop the files again.</source>
        <translation>Melden Sie sich zuerst bei Ihrem Hub an und legen Sie die Dateien dann erneut ab.</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Hochladen abgeschlossen</translation>
    </message>
    <message>
        <source>“%1” is in %2 on your server.</source>
        <translation>„%1“ liegt in %2 auf Ihrem Server.</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Download abgeschlossen</translation>
    </message>
    <message>
        <source>“%1” is in “%2”.</source>
        <translation>„%1“ liegt in „%2“.</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Hochladen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Waiting for your server to start</source>
        <translation>Wartet auf den Start Ihres Servers</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n skipped</source>
        <translation>
            <numerusform>Fertig, %n übersprungen</numerusform>
            <numerusform>Fertig, %n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not sent: your server did not start. %1</source>
        <translation>Nicht ausgeführt: Ihr Server ist nicht gestartet. %1</translation>
    </message>
    <message>
        <source>Cancelled: you signed out.</source>
        <translation>Abgebrochen: Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>Start your server?</source>
        <translation>Ihren Server starten?</translation>
    </message>
    <message numerus="yes">
        <source>Your server is stopped. %n transfer(s) will wait and run as soon as it is ready. Start it now?</source>
        <translation>
            <numerusform>Ihr Server ist gestoppt. %n Übertragung wartet und läuft, sobald er bereit ist. Jetzt starten?</numerusform>
            <numerusform>Ihr Server ist gestoppt. %n Übertragungen warten und laufen, sobald er bereit ist. Jetzt starten?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>Server &amp;starten</translation>
    </message>
    <message>
        <source>Start your server, then run the transfers</source>
        <translation>Ihren Server starten und dann die Übertragungen ausführen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Do not start the server; cancel the waiting transfers</source>
        <translation>Den Server nicht starten; die wartenden Übertragungen abbrechen</translation>
    </message>
    <message>
        <source>Not sent: your server is stopped. Start it, then choose Retry.</source>
        <translation>Nicht ausgeführt: Ihr Server ist gestoppt. Starten Sie ihn und wählen Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <source>Replaced by a new transfer to your server&apos;s address</source>
        <translation>Ersetzt durch eine neue Übertragung an die Adresse Ihres Servers</translation>
    </message>
    <message>
        <source>“%1” went through the hub instead of SSH: %2</source>
        <translation>„%1“ lief über den Hub statt über SSH: %2</translation>
    </message>
    <message>
        <source>not copied: %1</source>
        <translation>nicht kopiert: %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::TransferListModel</name>
    <message>
        <source>To %1 on your server</source>
        <translation>In %1 auf Ihrem Server</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>Ihren Home-Ordner</translation>
    </message>
    <message>
        <source>To %1 on this computer</source>
        <translation>In %1 auf diesem Computer</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Datenrate</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files as they are: %1</source>
        <translation>Dateien unverändert: %1</translation>
    </message>
    <message>
        <source>One archive: %1</source>
        <translation>Ein Archiv: %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::TransferPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the selected transfers</source>
        <translation>Die ausgewählten Übertragungen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Start the selected transfers again</source>
        <translation>Die ausgewählten Übertragungen erneut starten</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder on this computer</source>
        <translation>Den Ordner auf diesem Computer öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;browser</source>
        <translation>Auf dem Se&amp;rver zeigen</translation>
    </message>
    <message>
        <source>Show the folder on your server</source>
        <translation>Den Ordner auf Ihrem Server anzeigen</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Fertige ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the finished transfers from the list</source>
        <translation>Die fertigen Übertragungen aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Transfer totals</source>
        <translation>Gesamtstand der Übertragungen</translation>
    </message>
    <message>
        <source>No transfers. Drop files here to upload them.</source>
        <translation>Keine Übertragungen. Legen Sie Dateien hier ab, um sie hochzuladen.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n failed</source>
        <translation>
            <numerusform>%1; %n fehlgeschlagen</numerusform>
            <numerusform>%1; %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done</source>
        <translation>
            <numerusform>%n Übertragung fertig</numerusform>
            <numerusform>%n Übertragungen fertig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::TrayIcon</name>
    <message>
        <source>&amp;Open Fornax Desktop</source>
        <translation>Fornax Desktop ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Start my server</source>
        <translation>Meinen Server &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>Meinen Server s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Keep it running for an hour</source>
        <translation>Eine Stunde &amp;weiterlaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Fornax Desktop</source>
        <translation>Fornax Desktop</translation>
    </message>
    <message>
        <source>Fornax Desktop — server: %1</source>
        <translation>Fornax Desktop — Server: %1</translation>
    </message>
    <message>
        <source>&amp;Start my server (%1)</source>
        <translation>Meinen Server &amp;starten (%1)</translation>
    </message>
    <message>
        <source>Transfers: %1</source>
        <translation>Übertragungen: %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::UsageDialog</name>
    <message>
        <source>Usage and costs — %1</source>
        <translation>Nutzung und Kosten — %1</translation>
    </message>
    <message>
        <source>All figures are estimates from this computer&apos;s record of downloads and server hours, at the rates in Settings ▸ Rates and budget. The hub&apos;s bill is what counts.</source>
        <translation>Alle Zahlen sind Schätzungen aus den auf diesem Computer aufgezeichneten Downloads und Serverstunden, zu den Preisen unter Einstellungen ▸ Preise und Budget. Maßgeblich ist die Abrechnung des Hubs.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>Estimated cost of the month</source>
        <translation>Geschätzte Kosten des Monats</translation>
    </message>
    <message>
        <source>Estimated cost per day of the month, as a chart</source>
        <translation>Geschätzte Kosten pro Tag des Monats, als Diagramm</translation>
    </message>
    <message>
        <source>Usage per day</source>
        <translation>Nutzung pro Tag</translation>
    </message>
    <message>
        <source>Usage per month</source>
        <translation>Nutzung pro Monat</translation>
    </message>
    <message>
        <source>By &amp;day</source>
        <translation>Nach &amp;Tag</translation>
    </message>
    <message>
        <source>By m&amp;onth</source>
        <translation>Nach M&amp;onat</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>%1: %2 downloaded, %3 server hours — %4</source>
        <translation>%1: %2 heruntergeladen, %3 Serverstunden — %4</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Download cost (estimate)</source>
        <translation>Download-Kosten (Schätzung)</translation>
    </message>
    <message>
        <source>Server hours</source>
        <translation>Serverstunden</translation>
    </message>
    <message>
        <source>Server cost (estimate)</source>
        <translation>Serverkosten (Schätzung)</translation>
    </message>
    <message>
        <source>Total (estimate)</source>
        <translation>Gesamt (Schätzung)</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Estimated cost per day, %1</source>
        <translation>Geschätzte Kosten pro Tag, %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The usage could not be saved to %1: %2. Choose another place.</source>
        <translation>Die Nutzung konnte nicht in %1 gespeichert werden: %2. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Nutzung als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>No yearly allotment is known for this hub.</source>
        <translation>Für diesen Hub ist kein Jahreskontingent bekannt.</translation>
    </message>
    <message>
        <source>&amp;Measure home folder now</source>
        <translation>Home-Ordner jetzt &amp;messen</translation>
    </message>
    <message>
        <source>Home folder storage</source>
        <translation>Speicher des Home-Ordners</translation>
    </message>
    <message>
        <source>Measure the home folder now</source>
        <translation>Home-Ordner jetzt messen</translation>
    </message>
    <message numerus="yes">
        <source>Home folder: not measured yet. The app measures it while your server runs, at most every %n hour(s).</source>
        <translation>
            <numerusform>Home-Ordner: noch nicht gemessen. Die App misst ihn, während Ihr Server läuft, höchstens alle %n Stunde.</numerusform>
            <numerusform>Home-Ordner: noch nicht gemessen. Die App misst ihn, während Ihr Server läuft, höchstens alle %n Stunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The home folder could not be measured: %1</source>
        <translation>Der Home-Ordner konnte nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>Measured %1, but the usage record could not be written: %2</source>
        <translation>Gemessen: %1, aber die Nutzungsaufzeichnung konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The home folder is measured through your server: start it, then measure again.</source>
        <translation>Der Home-Ordner wird über Ihren Server gemessen: Starten Sie ihn und messen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Measuring the home folder… (it reads every folder; this may take a minute)</source>
        <translation>Home-Ordner wird gemessen… (jeder Ordner wird gelesen; das kann eine Minute dauern)</translation>
    </message>
</context>
<context>
    <name>fornax::ui::YearChart</name>
    <message>
        <source>The credit year, as a chart</source>
        <translation>Das Credit-Jahr als Diagramm</translation>
    </message>
    <message>
        <source>No yearly allotment is known for this hub: set one in Settings ▸ Rates and budget.</source>
        <translation>Für diesen Hub ist kein Jahreskontingent bekannt: Legen Sie eines unter Einstellungen ▸ Tarife und Budget fest.</translation>
    </message>
    <message>
        <source>run out %1</source>
        <translation>aufgebraucht %1</translation>
    </message>
    <message>
        <source>Used since %1 (solid line), forecast to %2 (dashed), the year&apos;s %3 %4 (grey line)</source>
        <translation>Verbraucht seit %1 (durchgezogene Linie), Prognose bis %2 (gestrichelt), %3 %4 des Jahres (graue Linie)</translation>
    </message>
</context>
</TS>
