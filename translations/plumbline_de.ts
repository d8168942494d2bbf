<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>See plumbline --help.</source>
        <translation>Siehe plumbline --help.</translation>
    </message>
    <message>
        <source>report needs --format pdf, csv or html.</source>
        <translation>report erwartet --format pdf, csv oder html.</translation>
    </message>
    <message>
        <source>report needs -o PATH: the file (pdf, html) or folder (csv) to write.</source>
        <translation>report erwartet -o PATH: die zu schreibende Datei (pdf, html) bzw. den zu schreibenden Ordner (csv).</translation>
    </message>
    <message>
        <source>--to: "%1" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</source>
        <translation>--to: "%1" ist kein Datum (verwenden Sie YYYY-MM-DD oder Datum und Uhrzeit nach ISO 8601).</translation>
    </message>
    <message>
        <source>--from: "%1" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</source>
        <translation>--from: "%1" ist kein Datum (verwenden Sie YYYY-MM-DD oder Datum und Uhrzeit nach ISO 8601).</translation>
    </message>
    <message>
        <source>The period is empty: --from (%1) must be before --to (%2).</source>
        <translation>Der Zeitraum ist leer: --from (%1) muss vor --to (%2) liegen.</translation>
    </message>
    <message>
        <source>There is no workspace in %1.</source>
        <translation>In %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Abgebrochen; es wurde kein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>Collecting the history</source>
        <translation>Verlauf wird zusammengestellt</translation>
    </message>
    <message>
        <source>Wrote the %1 report for %2 to %3 to %4.</source>
        <translation>Der Prüfbericht (%1) für den Zeitraum %2 bis %3 wurde nach %4 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ApiVersionCalendar</name>
    <message>
        <source>deprecated since %1</source>
        <translation>veraltet seit %1</translation>
    </message>
    <message>
        <source>asked for %1, got %2</source>
        <translation>%1 angefordert, %2 erhalten</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>the latest check got no usable answer</source>
        <translation>die letzte Prüfung ergab keine verwertbare Antwort</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The webhook URL is not a valid address, e.g. https://hooks.slack.com/services/…</source>
        <translation>Die Webhook-URL ist keine gültige Adresse wie z. B. https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>The webhook URL must start with https:// (plain http:// is allowed only to this computer).</source>
        <translation>Die Webhook-URL muss mit https:// beginnen (unverschlüsseltes http:// ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>Plumbline is not available in the language "%1".</source>
        <translation>Plumbline ist in der Sprache „%1“ nicht verfügbar.</translation>
    </message>
    <message>
        <source>The check interval must be between %L1 and %L2 seconds.</source>
        <translation>Das Abfrageintervall muss zwischen %L1 und %L2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The tolerance must be between 0 and 100 %.</source>
        <translation>Die Toleranz muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>The tolerance in records must be between 0 and %L1.</source>
        <translation>Die Toleranz in Datensätzen muss zwischen 0 und %L1 liegen.</translation>
    </message>
    <message>
        <source>The lag grace must be between 0 seconds and 7 days.</source>
        <translation>Die Karenzzeit muss zwischen 0 Sekunden und 7 Tagen liegen.</translation>
    </message>
    <message>
        <source>Retention must be between 0 (keep forever) and %L1 days.</source>
        <translation>Die Aufbewahrungsdauer muss zwischen 0 (unbegrenzt aufbewahren) und %L1 Tagen liegen.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>AuthCommands</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2): a stored API key or token; nothing to renew</source>
        <translation>%1 (%2): ein gespeicherter API-Key oder ein gespeichertes Token; nichts zu erneuern</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <source>access token expires %1; last renewed %2</source>
        <translation>Access-Token läuft ab: %1; zuletzt erneuert: %2</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>The workspace has no connections.</source>
        <translation>Der Arbeitsbereich hat keine Verbindungen.</translation>
    </message>
</context>
<context>
    <name>AuthLoginCommand</name>
    <message>
        <source>There is no connection "%1".</source>
        <translation>Es gibt keine Verbindung "%1".</translation>
    </message>
    <message>
        <source>Signed in, but the refresh token could not be stored in %1, and it ends with this command: Plumbline cannot renew the connection's access. Make the keychain available (unlock it, or start a Secret Service), then run plumbline auth login %2 again.</source>
        <translation>Angemeldet, aber das Refresh-Token konnte nicht in %1 gespeichert werden und geht mit dem Ende dieses Befehls verloren: Plumbline kann den Zugriff der Verbindung nicht erneuern. Machen Sie den Schlüsselbund verfügbar (entsperren Sie ihn oder starten Sie einen Secret Service) und führen Sie dann plumbline auth login %2 erneut aus.</translation>
    </message>
    <message>
        <source>To sign in "%1" (%2), open this address in a browser on this computer:</source>
        <translation>Um "%1" (%2) anzumelden, öffnen Sie diese Adresse in einem Browser auf diesem Computer:</translation>
    </message>
    <message>
        <source>Plumbline waits for the browser on %1 for %2 s; Ctrl+C cancels.</source>
        <translation>Plumbline wartet %2 s lang unter %1 auf den Browser; Strg+C bricht ab.</translation>
    </message>
    <message>
        <source>Another sign-in is running.</source>
        <translation>Es läuft bereits eine andere Anmeldung.</translation>
    </message>
</context>
<context>
    <name>AuthMethod</name>
    <message>
        <source>unknown sign-in method "%1"; expected "%2", "%3" or the vendor's token method</source>
        <translation>unbekannte Anmeldemethode "%1"; erwartet wird "%2", "%3" oder die Token-Methode des Anbieters</translation>
    </message>
    <message>
        <source>%1 connections cannot use "%2"</source>
        <translation>%1-Verbindungen können "%2" nicht verwenden</translation>
    </message>
    <message>
        <source>required for "%1": the app's client id (consumer key)</source>
        <translation>erforderlich für "%1": die Client-ID der App (Consumer Key)</translation>
    </message>
    <message>
        <source>expected an address</source>
        <translation>Adresse erwartet</translation>
    </message>
    <message>
        <source>"%1" cannot be used: %2</source>
        <translation>"%1" kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>required for a generic REST connection: the OAuth server's token address</source>
        <translation>erforderlich für eine generische REST-Verbindung: die Token-Adresse des OAuth-Servers</translation>
    </message>
    <message>
        <source>expected null or a space-separated list of scopes</source>
        <translation>null oder eine durch Leerzeichen getrennte Liste von Scopes erwartet</translation>
    </message>
    <message>
        <source>expected a port number from 1024 to 65535</source>
        <translation>Portnummer von 1024 bis 65535 erwartet</translation>
    </message>
</context>
<context>
    <name>ChannelDelivery</name>
    <message>
        <source>the webhook receiver</source>
        <translation>Webhook-Empfänger</translation>
    </message>
    <message>
        <source>the address redirects elsewhere; paste the current webhook URL</source>
        <translation>die Adresse leitet an eine andere weiter; fügen Sie die aktuelle Webhook-URL ein</translation>
    </message>
    <message>
        <source>it could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>die Nachricht konnte nicht gelesen werden; das ist ein Fehler in Plumbline, bitte melden Sie ihn</translation>
    </message>
    <message>
        <source>it refused the credentials</source>
        <translation>die Zugangsdaten wurden abgelehnt</translation>
    </message>
    <message>
        <source>it refused the request</source>
        <translation>die Anfrage wurde verweigert</translation>
    </message>
    <message>
        <source>the webhook was probably removed or disabled</source>
        <translation>der Webhook wurde wahrscheinlich entfernt oder deaktiviert</translation>
    </message>
    <message>
        <source>it timed out; it will be tried again</source>
        <translation>Zeitüberschreitung; es wird erneut versucht</translation>
    </message>
    <message>
        <source>the webhook was removed</source>
        <translation>der Webhook wurde entfernt</translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation>die Nachricht ist zu groß</translation>
    </message>
    <message>
        <source>too many messages in a short time; it will be tried again later</source>
        <translation>zu viele Nachrichten in kurzer Zeit; es wird später erneut versucht</translation>
    </message>
    <message>
        <source>the service has a problem on its side; it will be tried again</source>
        <translation>der Dienst hat ein Problem auf seiner Seite; es wird erneut versucht</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>die Anfrage wurde abgelehnt</translation>
    </message>
    <message>
        <source>the Slack workspace was probably deleted or disabled</source>
        <translation>der Slack-Workspace wurde wahrscheinlich gelöscht oder deaktiviert</translation>
    </message>
    <message>
        <source>the channel it posts to was probably deleted</source>
        <translation>der Slack-Channel, in den der Webhook postet, wurde wahrscheinlich gelöscht</translation>
    </message>
    <message>
        <source>the channel was archived; unarchive it or make a webhook for another channel</source>
        <translation>der Slack-Channel wurde archiviert; heben Sie die Archivierung auf oder erstellen Sie einen Webhook für einen anderen Channel</translation>
    </message>
    <message>
        <source>the webhook's token is no longer valid; make a new webhook and paste its URL</source>
        <translation>das Token des Webhooks ist nicht mehr gültig; erstellen Sie einen neuen Webhook und fügen Sie dessen URL ein</translation>
    </message>
    <message>
        <source>a setting of the Slack workspace stops this webhook from posting there; ask its admin</source>
        <translation>eine Einstellung des Slack-Workspace verhindert, dass dieser Webhook dort postet; wenden Sie sich an dessen Admin</translation>
    </message>
    <message>
        <source>Slack could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>Slack konnte die Nachricht nicht lesen; das ist ein Fehler in Plumbline, bitte melden Sie ihn</translation>
    </message>
    <message>
        <source>PagerDuty refused the routing key; copy the Integration Key of the service's Events API v2 integration again</source>
        <translation>PagerDuty hat den Routing-Key abgelehnt; kopieren Sie den Integration Key der Events-API-v2-Integration des Dienstes erneut</translation>
    </message>
    <message>
        <source>the Events API address is wrong; leave the channel's url empty for PagerDuty's own</source>
        <translation>die Adresse der Events API ist falsch; lassen Sie url des Kanals leer, um die Adresse von PagerDuty zu verwenden</translation>
    </message>
    <message>
        <source>PagerDuty refused the event; this is a bug in Plumbline, please report it</source>
        <translation>PagerDuty hat das Event abgelehnt; das ist ein Fehler in Plumbline, bitte melden Sie ihn</translation>
    </message>
    <message>
        <source>PagerDuty is throttling events for this service; it will be tried again later</source>
        <translation>PagerDuty drosselt Events für diesen Dienst; es wird später erneut versucht</translation>
    </message>
    <message>
        <source>the webhook or its space was probably removed</source>
        <translation>der Webhook oder sein Gruppenbereich wurde wahrscheinlich entfernt</translation>
    </message>
    <message>
        <source>the webhook was probably deleted, or the space no longer allows apps</source>
        <translation>der Webhook wurde wahrscheinlich gelöscht, oder der Gruppenbereich lässt keine Apps mehr zu</translation>
    </message>
    <message>
        <source>Google Chat could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>Google Chat konnte die Nachricht nicht lesen; das ist ein Fehler in Plumbline, bitte melden Sie ihn</translation>
    </message>
    <message>
        <source>the workflow was probably deleted or turned off</source>
        <translation>der Workflow wurde wahrscheinlich gelöscht oder deaktiviert</translation>
    </message>
    <message>
        <source>the workflow refused the request; its owner may have changed who can trigger it</source>
        <translation>der Workflow hat die Anfrage abgelehnt; möglicherweise hat sein Besitzer geändert, wer ihn auslösen darf</translation>
    </message>
    <message>
        <source>Teams could not read the card; this is a bug in Plumbline, please report it</source>
        <translation>Teams konnte die Karte nicht lesen; das ist ein Fehler in Plumbline, bitte melden Sie ihn</translation>
    </message>
    <message>
        <source>the receiver refused the signature; check that both sides use the same signing secret and that this computer's clock is right</source>
        <translation>der Empfänger hat die Signatur abgelehnt; prüfen Sie, ob beide Seiten dasselbe Signaturgeheimnis verwenden und ob die Uhr dieses Computers richtig geht</translation>
    </message>
    <message>
        <source>the receiver's address probably changed</source>
        <translation>die Adresse des Empfängers hat sich wahrscheinlich geändert</translation>
    </message>
    <message>
        <source>the receiver refused the message</source>
        <translation>der Empfänger hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>Channel "%1" has no "%2" in the keychain (channel/%3/%4); nothing was sent</source>
        <translation>Im Schlüsselbund fehlt „%2“ für den Kanal „%1“ (channel/%3/%4); es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>The webhook URL of channel "%1" is not a full https:// address; nothing was sent</source>
        <translation>Die Webhook-URL des Kanals „%1“ ist keine vollständige https://-Adresse; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Refused to send to %1: only https:// is allowed, and plain http:// only to this computer; nothing was sent</source>
        <translation>Senden an %1 verweigert: Nur https:// ist erlaubt, unverschlüsseltes http:// nur zu diesem Computer; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>PagerDuty takes single alerts, not a daily digest; turn the digest off for this channel</source>
        <translation>PagerDuty nimmt einzelne Alarme an, keine tägliche Zusammenfassung; schalten Sie die Zusammenfassung für diesen Kanal aus</translation>
    </message>
    <message>
        <source>%1 from %2 — %3</source>
        <translation>%2: Status %1 — %3</translation>
    </message>
    <message>
        <source>%1 from %2: %3 — %4</source>
        <translation>%2: Status %1 (%3) — %4</translation>
    </message>
    <message>
        <source>Could not deliver to %1: %2</source>
        <translation>Zustellung fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: %2</source>
        <translation>Es wurde nichts gesendet (%1): %2</translation>
    </message>
</context>
<context>
    <name>ChannelPayloads</name>
    <message>
        <source>Plumbline notification</source>
        <translation>Plumbline-Benachrichtigung</translation>
    </message>
    <message>
        <source>Open in Plumbline</source>
        <translation>In Plumbline öffnen</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Was zu prüfen ist</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>PLUMBLINE %1 - %n integration(s): %2 ok, %3 warning, %4 critical, %5 unknown</source>
        <translation>
            <numerusform>PLUMBLINE %1 - %n Integration: OK: %2, Warnung: %3, kritisch: %4, unbekannt: %5</numerusform>
            <numerusform>PLUMBLINE %1 - %n Integrationen: OK: %2, Warnung: %3, kritisch: %4, unbekannt: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>What to check: %1</source>
        <translation>Was zu prüfen ist: %1</translation>
    </message>
    <message numerus="yes">
        <source>values: %1 of %2 sampled records match (%3–%4 %), %5 missing, %n request(s)</source>
        <translation>
            <numerusform>Werte: %1 von %2 Datensätzen der Stichprobe stimmen überein (%3–%4 %), %5 fehlen, %n Anfrage</numerusform>
            <numerusform>Werte: %1 von %2 Datensätzen der Stichprobe stimmen überein (%3–%4 %), %5 fehlen, %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation>Werte: %1</translation>
    </message>
    <message>
        <source>Plumbline itself:</source>
        <translation>Plumbline selbst:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir erwartet einen Ordner.</translation>
    </message>
    <message>
        <source>--integration needs an integration id.</source>
        <translation>--integration erwartet eine Integrations-ID.</translation>
    </message>
    <message>
        <source>--format needs pdf, csv or html.</source>
        <translation>--format erwartet pdf, csv oder html.</translation>
    </message>
    <message>
        <source>--from needs a date.</source>
        <translation>--from erwartet ein Datum.</translation>
    </message>
    <message>
        <source>--to needs a date.</source>
        <translation>--to erwartet ein Datum.</translation>
    </message>
    <message>
        <source>-o needs a path.</source>
        <translation>-o erwartet einen Pfad.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>--until needs a date and time.</source>
        <translation>--until erwartet Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>--note needs a text.</source>
        <translation>--note erwartet einen Text.</translation>
    </message>
    <message>
        <source>--scenario needs a name.</source>
        <translation>--scenario erwartet einen Namen.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>--demo opens the window; it cannot be combined with a command.</source>
        <translation>--demo öffnet das Fenster und kann nicht mit einem Befehl kombiniert werden.</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 erwartet genau eine Datei (FILE).</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Unerwartetes Argument %1.</translation>
    </message>
    <message>
        <source>Use: plumbline alert ack ID, or plumbline alert snooze ID --until DATE.</source>
        <translation>Aufruf: plumbline alert ack ID oder plumbline alert snooze ID --until DATE.</translation>
    </message>
    <message>
        <source>alert snooze needs --until DATE.</source>
        <translation>alert snooze erwartet --until DATE.</translation>
    </message>
    <message>
        <source>maintenance add needs --from DATE and --to DATE.</source>
        <translation>maintenance add erwartet --from DATE und --to DATE.</translation>
    </message>
    <message>
        <source>Use: plumbline maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT], maintenance list [INTEGRATION_ID] or maintenance remove WINDOW_ID.</source>
        <translation>Aufruf: plumbline maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT], maintenance list [INTEGRATION_ID] oder maintenance remove WINDOW_ID.</translation>
    </message>
    <message>
        <source>%1 is given twice; give it once.</source>
        <translation>%1 ist doppelt angegeben; geben Sie es nur einmal an.</translation>
    </message>
    <message>
        <source>%1 is not an alert id; plumbline alerts shows the ids.</source>
        <translation>%1 ist keine Alarm-ID; plumbline alerts zeigt die IDs an.</translation>
    </message>
    <message>
        <source>%1 is not a window id; maintenance list shows the ids.</source>
        <translation>%1 ist keine Fenster-ID; maintenance list zeigt die IDs an.</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Unbekannter Befehl %1.</translation>
    </message>
    <message>
        <source>  auth login CONNECTION_ID [--timeout S]
                                 sign in to an oauth_authorization_code connection in a browser on
                                 this computer: prints the address, waits S seconds (default 300)
                                 for the redirect, stores the refresh token in the OS keychain
                                 (exit 0 signed in, 1 not)
</source>
        <translation>  auth login CONNECTION_ID [--timeout S]
                                 meldet eine oauth_authorization_code-Verbindung in einem Browser
                                 auf diesem Computer an: gibt die Adresse aus, wartet S Sekunden
                                 (Standard 300) auf die Weiterleitung, speichert das Refresh-Token
                                 im Schlüsselbund des Systems (Exit-Code 0 angemeldet, 1 nicht)
</translation>
    </message>
    <message>
        <source>Use: plumbline auth login CONNECTION_ID [--timeout S].</source>
        <translation>Aufruf: plumbline auth login CONNECTION_ID [--timeout S].</translation>
    </message>
    <message>
        <source>
Options:
  --data-dir DIR                 use the workspace in DIR
  --version                      print the version
  --help                         print this help

Without a keychain (servers, CI), an API key may come from the environment variable
PLUMBLINE_SECRET_&lt;ID&gt; (an OAuth connection's client secret) and its refresh token from
PLUMBLINE_REFRESH_TOKEN_&lt;ID&gt;: the connection id upper-cased, other characters replaced by '_'.
Exit codes: 0 success, 1 failure, 64 wrong usage (check: 0-3 as above).
</source>
        <translation>
Optionen:
  --data-dir DIR                 verwendet den Arbeitsbereich in DIR
  --version                      gibt die Version aus
  --help                         gibt diese Hilfe aus

Ohne Schlüsselbund (Server, CI) kann ein API-Key aus der Umgebungsvariable
PLUMBLINE_SECRET_&lt;ID&gt; kommen (bei einer OAuth-Verbindung das Client-Secret) und ihr Refresh-Token
aus PLUMBLINE_REFRESH_TOKEN_&lt;ID&gt;: die Verbindungs-ID in Großbuchstaben, andere Zeichen durch '_' ersetzt.
Exit-Codes: 0 Erfolg, 1 Fehler, 64 falscher Aufruf (check: 0-3 wie oben).
</translation>
    </message>
    <message>
        <source>--name needs token, client_secret or refresh_token.</source>
        <translation>--name erwartet token, client_secret oder refresh_token.</translation>
    </message>
    <message>
        <source>Use: plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] (the secret is read from standard input).</source>
        <translation>Aufruf: plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] (das Geheimnis wird von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>--name belongs to secret set.</source>
        <translation>--name gehört zu secret set.</translation>
    </message>
    <message>
        <source>Use: plumbline auth login CONNECTION_ID, or plumbline auth status [--json].</source>
        <translation>Aufruf: plumbline auth login CONNECTION_ID oder plumbline auth status [--json].</translation>
    </message>
    <message>
        <source>--values belongs to plumbline check.</source>
        <translation>--values gehört zu plumbline check.</translation>
    </message>
    <message>
        <source>Usage: plumbline [--data-dir DIR] [COMMAND]

Plumbline watches the API integrations of a marketing stack and says when one quietly breaks.

Commands:
  (none)                         open the window on the default workspace
  --demo                         open the window on a throwaway demo workspace
  plumbline://integration/ID     open the window on that integration (a notification's link)
  import FILE                    import definitions from a workspace JSON file (all or nothing)
  export FILE                    export definitions to a workspace JSON file (never secrets)
  secret set CONNECTION_ID [--name NAME]
                                 read a secret from standard input into the OS keychain; NAME is
                                 token (the API key, default), client_secret or refresh_token
  secret set channel/CHANNEL_ID/NAME
                                 a notification channel's secret: url, password, routing_key or
                                 signing_secret
  notify test CHANNEL_ID         send a test message to a notification channel now
  notify log [--json]            the delivery log of notifications, newest first
  auth status [--json]           per OAuth connection: method, who is signed in, when the access
                                 token expires, its last renewal and any problem
  check [--json] [--values] [--integration ID]... [--timeout S]
                                 poll now and print the health (exit 0 ok, 1 warning, 2 critical,
                                 3 unknown); a side with no answer within S seconds (default 60)
                                 is reported as a timeout; a value check runs when one is due, or
                                 now with --values
  run                            poll on schedule without a window until SIGINT/SIGTERM
  report --format pdf|csv|html [--from DATE] [--to DATE] [--integration ID]... -o PATH
                                 write an audit report (csv: PATH is a new folder); dates are
                                 YYYY-MM-DD (UTC days) or ISO 8601; default: the last 30 days
  sandbox [--port N] [--scenario NAME]
                                 serve the fake vendor stack on 127.0.0.1
  alerts [--json]                list the open alerts
  alert ack ID                   acknowledge an alert (it still notifies if it gets worse)
  alert snooze ID --until DATE   keep an alert quiet until DATE (ISO 8601, e.g. 2026-12-01T09:00)
  maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT]
                                 poll but raise no alerts during a maintenance window
  maintenance list [INTEGRATION_ID]
  maintenance remove WINDOW_ID
  repair                         copy what can still be read from a damaged workspace file into a
                                 new one (the damaged file is kept beside it)
</source>
        <translation>Aufruf: plumbline [--data-dir DIR] [COMMAND]

Plumbline überwacht die API-Integrationen eines Marketing-Stacks und meldet, wenn eine unbemerkt ausfällt.

Befehle:
  (keiner)                       öffnet das Fenster mit dem Standard-Arbeitsbereich
  --demo                         öffnet das Fenster mit einem temporären Demo-Arbeitsbereich
  plumbline://integration/ID     öffnet das Fenster mit dieser Integration (der Link einer
                                 Benachrichtigung)
  import FILE                    importiert Definitionen aus einer Arbeitsbereichsdatei (JSON;
                                 ganz oder gar nicht)
  export FILE                    exportiert Definitionen in eine Arbeitsbereichsdatei (JSON;
                                 niemals Geheimnisse)
  secret set CONNECTION_ID [--name NAME]
                                 liest ein Geheimnis von der Standardeingabe in den Schlüsselbund
                                 des Systems; NAME ist token (der API-Key, Standard), client_secret
                                 oder refresh_token
  secret set channel/CHANNEL_ID/NAME
                                 das Geheimnis eines Benachrichtigungskanals: url, password,
                                 routing_key oder signing_secret
  notify test CHANNEL_ID         sendet sofort eine Testnachricht an einen Benachrichtigungskanal
  notify log [--json]            das Zustellprotokoll der Benachrichtigungen, neueste zuerst
  auth status [--json]           je OAuth-Verbindung: Methode, wer angemeldet ist, wann das
                                 Access-Token abläuft, seine letzte Erneuerung und etwaige Probleme
  check [--json] [--values] [--integration ID]... [--timeout S]
                                 fragt sofort ab und gibt den Zustand aus (Exit-Code 0 OK,
                                 1 Warnung, 2 kritisch, 3 unbekannt); eine Seite ohne Antwort
                                 innerhalb von S Sekunden (Standard 60) wird als Zeitüberschreitung
                                 gemeldet; eine Werteprüfung läuft, wenn sie fällig ist, oder
                                 sofort mit --values
  run                            fragt nach Zeitplan ohne Fenster ab, bis SIGINT/SIGTERM
  report --format pdf|csv|html [--from DATE] [--to DATE] [--integration ID]... -o PATH
                                 schreibt einen Prüfbericht (csv: PATH ist ein neuer Ordner);
                                 Datumsangaben als YYYY-MM-DD (UTC-Tage) oder ISO 8601;
                                 Standard: die letzten 30 Tage
  sandbox [--port N] [--scenario NAME]
                                 stellt die simulierten Anbieter-APIs auf 127.0.0.1 bereit
  alerts [--json]                listet die offenen Alarme auf
  alert ack ID                   bestätigt einen Alarm (er meldet sich weiterhin, wenn er sich
                                 verschlimmert)
  alert snooze ID --until DATE   schaltet einen Alarm bis DATE stumm (ISO 8601,
                                 z. B. 2026-12-01T09:00)
  maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT]
                                 fragt während eines Wartungsfensters ab, löst aber keine
                                 Alarme aus
  maintenance list [INTEGRATION_ID]
  maintenance remove WINDOW_ID
  repair                         kopiert, was sich aus einer beschädigten Arbeitsbereichsdatei noch
                                 lesen lässt, in eine neue (die beschädigte Datei bleibt daneben
                                 erhalten)
</translation>
    </message>
    <message>
        <source>%1 is not a Plumbline link; only plumbline:// links can be opened.</source>
        <translation>%1 ist kein Plumbline-Link; nur plumbline://-Links können geöffnet werden.</translation>
    </message>
    <message>
        <source>A plumbline:// link is opened on its own; unexpected argument %1.</source>
        <translation>Ein plumbline://-Link wird für sich allein geöffnet; unerwartetes Argument %1.</translation>
    </message>
    <message>
        <source>Use: plumbline notify test CHANNEL_ID, or plumbline notify log [--json].</source>
        <translation>Aufruf: plumbline notify test CHANNEL_ID oder plumbline notify log [--json].</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>%1 connections have no run log.</source>
        <translation>%1-Verbindungen haben kein Ausführungsprotokoll.</translation>
    </message>
    <message>
        <source>%1 connections cannot be sampled for a value check.</source>
        <translation>Bei %1-Verbindungen kann für eine Werteprüfung keine Stichprobe gezogen werden.</translation>
    </message>
    <message>
        <source>%1 connections cannot look records up by key for a value check.</source>
        <translation>%1-Verbindungen können für eine Werteprüfung keine Datensätze über den Schlüssel nachschlagen.</translation>
    </message>
    <message>
        <source>%1 limited the request rate: looked up %2 of %3 sampled records.</source>
        <translation>%1 hat die Anfragerate begrenzt: %2 von %3 Datensätzen der Stichprobe nachgeschlagen.</translation>
    </message>
    <message>
        <source>Looked up %1 of %2 sampled records, then %3 answered: %4</source>
        <translation>%1 von %2 Datensätzen der Stichprobe nachgeschlagen, dann antwortete %3: %4</translation>
    </message>
    <message>
        <source>Looked up %1 of %2 sampled records: the check may spend %3 requests on %4.</source>
        <translation>%1 von %2 Datensätzen der Stichprobe nachgeschlagen: Die Prüfung darf bei %4 höchstens %3 Anfragen verbrauchen.</translation>
    </message>
    <message>
        <source>Sampled %1 of %2 records: the check may spend %3 requests on %4.</source>
        <translation>%1 von %2 Datensätzen in die Stichprobe aufgenommen: Die Prüfung darf bei %4 höchstens %3 Anfragen verbrauchen.</translation>
    </message>
    <message>
        <source>%1 limited the request rate: sampled %2 of %3 records.</source>
        <translation>%1 hat die Anfragerate begrenzt: %2 von %3 Datensätzen in die Stichprobe aufgenommen.</translation>
    </message>
    <message>
        <source>Sampled %1 of %2 records, then %3 answered: %4</source>
        <translation>%1 von %2 Datensätzen in die Stichprobe aufgenommen, dann antwortete %3: %4</translation>
    </message>
    <message>
        <source>%1 returned fewer records than asked for: sampled %2 of %3 records.</source>
        <translation>%1 hat weniger Datensätze geliefert als angefordert: %2 von %3 Datensätzen in die Stichprobe aufgenommen.</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>Writing %1.csv</source>
        <translation>%1.csv wird geschrieben</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Plumbline could not create the folder %1 for its workspace.</source>
        <translation>Plumbline konnte den Ordner %1 für seinen Arbeitsbereich nicht anlegen.</translation>
    </message>
    <message>
        <source>Plumbline could not create its workspace file %1: %2</source>
        <translation>Plumbline konnte seine Arbeitsbereichsdatei %1 nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Plumbline could not open its workspace file %1: %2</source>
        <translation>Plumbline konnte seine Arbeitsbereichsdatei %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Plumbline workspace (it is not an SQLite database).</source>
        <translation>Die Datei %1 ist kein Plumbline-Arbeitsbereich (sie ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Plumbline (schema %1; this version knows up to %2). It has not been changed. Please update Plumbline to open it.</source>
        <translation>Dieser Arbeitsbereich wurde mit einer neueren Version von Plumbline gespeichert (Schema %1; diese Version kennt bis %2). Er wurde nicht verändert. Bitte aktualisieren Sie Plumbline, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Plumbline could not prepare its workspace file %1: %2</source>
        <translation>Plumbline konnte seine Arbeitsbereichsdatei %1 nicht vorbereiten: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation>Die Schema-Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Could not start schema migration %1: %2</source>
        <translation>Die Schema-Migration %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 failed and was rolled back; the workspace is unchanged: %2</source>
        <translation>Die Schema-Migration %1 ist fehlgeschlagen und wurde zurückgesetzt; der Arbeitsbereich ist unverändert: %2</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged (%2). Plumbline has not changed it. Restore it from a backup, or run "plumbline repair" to copy everything that can still be read into a new workspace file.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist beschädigt (%2). Plumbline hat sie nicht verändert. Stellen Sie sie aus einer Sicherung wieder her, oder führen Sie "plumbline repair" aus, um alles, was sich noch lesen lässt, in eine neue Arbeitsbereichsdatei zu kopieren.</translation>
    </message>
    <message>
        <source>Plumbline could not read its workspace file %1: %2</source>
        <translation>Plumbline konnte seine Arbeitsbereichsdatei %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The destination rejected the record (400 Bad Request)</source>
        <translation>Das Ziel hat den Datensatz abgelehnt (400 Bad Request)</translation>
    </message>
    <message>
        <source>The destination rejected the record: the field %1 is required (400 Bad Request)</source>
        <translation>Das Ziel hat den Datensatz abgelehnt: Das Feld %1 ist erforderlich (400 Bad Request)</translation>
    </message>
    <message>
        <source>The demo history could not be stored: %1</source>
        <translation>Der Demo-Verlauf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo workspace is missing from this build.</source>
        <translation>Der Demo-Arbeitsbereich fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>the demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>the demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
    <message>
        <source>The demo sandbox is not running.</source>
        <translation>Die Demo-Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>#mops-alerts (demo)</source>
        <translation>#mops-alerts (Demo)</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Two-way</source>
        <translation>Bidirektional</translation>
    </message>
    <message>
        <source>One-way</source>
        <translation>Unidirektional</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>not a full address starting with https://</source>
        <translation>keine vollständige Adresse, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>plain http:// sends the API key unencrypted, so Plumbline allows it only to this computer (localhost, 127.0.0.1, ::1); use https://%1 instead</source>
        <translation>über unverschlüsseltes http:// wird der API-Key im Klartext gesendet, daher erlaubt Plumbline es nur zu diesem Computer (localhost, 127.0.0.1, ::1); verwenden Sie stattdessen https://%1</translation>
    </message>
</context>
<context>
    <name>GenericConnector</name>
    <message>
        <source>The auth header name "%1" is not a valid HTTP header name.</source>
        <translation>Der Auth-Header-Name "%1" ist kein gültiger HTTP-Header-Name.</translation>
    </message>
    <message>
        <source>The auth scheme must be one word, like Bearer or Token.</source>
        <translation>Das Auth-Schema muss aus einem Wort bestehen, z. B. Bearer oder Token.</translation>
    </message>
    <message>
        <source>The connection has no URL.</source>
        <translation>Die Verbindung hat keine URL.</translation>
    </message>
    <message>
        <source>The count request may use GET or POST, not %1: Plumbline only reads.</source>
        <translation>Die Zählanfrage darf GET oder POST verwenden, nicht %1: Plumbline liest nur.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer; write it like /meta/total.</source>
        <translation>"%1" ist kein JSON-Pointer; schreiben Sie ihn z. B. als /meta/total.</translation>
    </message>
    <message>
        <source>"%1" cannot be made into a URL below the connection's URL.</source>
        <translation>Aus "%1" lässt sich keine URL unterhalb der URL der Verbindung bilden.</translation>
    </message>
    <message>
        <source>A filter for a generic connection is query parameters ("a=1&amp;b=2" or {"a": 1}), or a JSON object merged into a POST body.</source>
        <translation>Ein Filter für eine generische Verbindung besteht aus Query-Parametern ("a=1&amp;b=2" oder {"a": 1}) oder einem JSON-Objekt, das in einen POST-Body eingefügt wird.</translation>
    </message>
    <message>
        <source>The connection's URL is not valid.</source>
        <translation>Die URL der Verbindung ist ungültig.</translation>
    </message>
    <message>
        <source>A generic REST connection has no schema endpoint.</source>
        <translation>Eine generische REST-Verbindung hat keinen Schema-Endpoint.</translation>
    </message>
    <message>
        <source>This generic connection has no run/error list pointer set.</source>
        <translation>Für diese generische Verbindung ist kein Pointer auf eine Ausführungs-/Fehlerliste festgelegt.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer; write it like /errors.</source>
        <translation>"%1" ist kein JSON-Pointer; schreiben Sie ihn z. B. als /errors.</translation>
    </message>
    <message>
        <source>The list_path option does not make a URL below the connection's URL.</source>
        <translation>Die Option list_path ergibt keine URL unterhalb der URL der Verbindung.</translation>
    </message>
    <message>
        <source>A value check needs a key field.</source>
        <translation>Eine Werteprüfung braucht ein Schlüsselfeld.</translation>
    </message>
    <message>
        <source>Set the lookup_path option (e.g. {object}?email={key}) to look records up by key on this API.</source>
        <translation>Legen Sie die Option lookup_path fest (z. B. {object}?email={key}), um Datensätze bei dieser API über den Schlüssel nachzuschlagen.</translation>
    </message>
</context>
<context>
    <name>GenericParser</name>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The response is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer (it starts with / and escapes ~ and / as ~0 and ~1).</source>
        <translation>"%1" ist kein JSON-Pointer (er beginnt mit / und maskiert ~ und / als ~0 und ~1).</translation>
    </message>
    <message>
        <source>The response has nothing at %1.</source>
        <translation>Die Antwort enthält nichts unter %1.</translation>
    </message>
    <message>
        <source>The response has no element %1 at %2.</source>
        <translation>Die Antwort hat kein Element %1 unter %2.</translation>
    </message>
    <message>
        <source>The value at %1 is not a whole number of records.</source>
        <translation>Der Wert unter %1 ist keine ganze Anzahl von Datensätzen.</translation>
    </message>
    <message>
        <source>The value at %1 is not a list.</source>
        <translation>Der Wert unter %1 ist keine Liste.</translation>
    </message>
    <message>
        <source>An entry of the list at %1 is not an object.</source>
        <translation>Ein Eintrag der Liste unter %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>An entry of the list at %1 has no "id".</source>
        <translation>Ein Eintrag der Liste unter %1 hat kein "id".</translation>
    </message>
    <message>
        <source>An entry of the list at %1 has no readable "timestamp".</source>
        <translation>Ein Eintrag der Liste unter %1 hat keinen lesbaren "timestamp".</translation>
    </message>
    <message>
        <source>An entry's "status" is neither text nor a number.</source>
        <translation>Der "status" eines Eintrags ist weder Text noch Zahl.</translation>
    </message>
    <message>
        <source>An entry's "message" is not text.</source>
        <translation>Die "message" eines Eintrags ist kein Text.</translation>
    </message>
    <message>
        <source>%1 — the service says: %2</source>
        <translation>%1 — der Dienst meldet: %2</translation>
    </message>
    <message>
        <source>The answer has no list of records at %1 (set records_pointer).</source>
        <translation>Die Antwort enthält unter %1 keine Liste von Datensätzen (legen Sie records_pointer fest).</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Plumbline cannot open its workspace</source>
        <translation>Plumbline kann seinen Arbeitsbereich nicht öffnen</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>Die Demo-Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>A notification to “%1” could not be delivered: %2</source>
        <translation>Eine Benachrichtigung an „%1“ konnte nicht zugestellt werden: %2</translation>
    </message>
    <message>
        <source>Plumbline cannot open the link %1.</source>
        <translation>Plumbline kann den Link %1 nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>See plumbline --help.</source>
        <translation>Siehe plumbline --help.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Aus %1 wurde nichts importiert:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung importiert</numerusform>
            <numerusform>%n Verbindungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n Integration</numerusform>
            <numerusform>%n Integrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the workspace to %1 (without secrets).</source>
        <translation>Arbeitsbereich nach %1 exportiert (ohne Geheimnisse).</translation>
    </message>
    <message>
        <source>There is no connection "%1".</source>
        <translation>Es gibt keine Verbindung "%1".</translation>
    </message>
    <message>
        <source>The API key for "%1" is stored in %2.</source>
        <translation>Der API-Key für "%1" ist in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The workspace file %1 is not damaged; nothing was changed.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist nicht beschädigt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Repaired %1. What could be read was copied into a new workspace file:</source>
        <translation>%1 wurde repariert. Was gelesen werden konnte, wurde in eine neue Arbeitsbereichsdatei kopiert:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped (their definition could not be read)</source>
        <translation>
            <numerusform>%n verworfen (die Definition konnte nicht gelesen werden)</numerusform>
            <numerusform>%n verworfen (ihre Definitionen konnten nicht gelesen werden)</numerusform>
        </translation>
    </message>
    <message>
        <source>rows on damaged pages are lost</source>
        <translation>Zeilen auf beschädigten Seiten sind verloren</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Die beschädigte Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>No secret on standard input; nothing was stored.</source>
        <translation>Kein Geheimnis auf der Standardeingabe; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The client secret for "%1" is stored in %2.</source>
        <translation>Das Client-Secret für "%1" ist in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The refresh token for "%1" is stored in %2.</source>
        <translation>Das Refresh-Token für "%1" ist in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Generated %1 by %2 with Plumbline. All times are UTC.</source>
        <translation>Erstellt am %1 von %2 mit Plumbline. Alle Zeiten in UTC.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 · %2 · generated %3</source>
        <translation>%1 · %2 · erstellt am %3</translation>
    </message>
</context>
<context>
    <name>HubSpotConnector</name>
    <message>
        <source>HubSpot calls the /crm/v3 paths legacy and ends semantic-version APIs in September 2027; switch the connection to a date-based version such as 2026-03.</source>
        <translation>HubSpot stuft die /crm/v3-Pfade als Legacy ein und stellt die APIs mit semantischer Versionierung im September 2027 ein; stellen Sie die Verbindung auf eine datumsbasierte Version wie 2026-03 um.</translation>
    </message>
    <message>
        <source>No HubSpot object type is set.</source>
        <translation>Kein HubSpot-Objekttyp festgelegt.</translation>
    </message>
    <message>
        <source>HubSpot has no batch read by %1 at %2 (API version %3): %4</source>
        <translation>HubSpot bietet kein Batch-Lesen nach %1 unter %2 (API-Version %3): %4</translation>
    </message>
    <message>
        <source>No HubSpot key property is set for the value check.</source>
        <translation>Für die Werteprüfung ist keine HubSpot-Schlüssel-Property festgelegt.</translation>
    </message>
    <message>
        <source>No HubSpot object type or key property is set.</source>
        <translation>Kein HubSpot-Objekttyp und keine Schlüssel-Property festgelegt.</translation>
    </message>
</context>
<context>
    <name>HubSpotParser</name>
    <message>
        <source>HubSpot sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>HubSpot hat %1 gesendet, die kein gültiges JSON ist (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>HubSpot sent %1 that is not a JSON object.</source>
        <translation>HubSpot hat %1 gesendet, die kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>a search answer</source>
        <translation>eine Suchantwort</translation>
    </message>
    <message>
        <source>HubSpot's search answer has no "total".</source>
        <translation>Die Suchantwort von HubSpot enthält kein "total".</translation>
    </message>
    <message>
        <source>HubSpot's search answer has a "total" that is not a non-negative integer.</source>
        <translation>Die Suchantwort von HubSpot enthält ein "total", das keine nicht-negative ganze Zahl ist.</translation>
    </message>
    <message>
        <source>HubSpot's search answer has "results" that is not a list.</source>
        <translation>Die Suchantwort von HubSpot enthält "results", die keine Liste sind.</translation>
    </message>
    <message>
        <source>a property list</source>
        <translation>eine Property-Liste</translation>
    </message>
    <message>
        <source>HubSpot's property list has no "results" list.</source>
        <translation>Die Property-Liste von HubSpot enthält keine "results"-Liste.</translation>
    </message>
    <message>
        <source>HubSpot's property list has an entry (#%1) without a text name, label and type.</source>
        <translation>Die Property-Liste von HubSpot enthält einen Eintrag (#%1) ohne Name, Label und Typ als Text.</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>HubSpot says the access token has expired: %1</source>
        <translation>HubSpot meldet, dass das Access-Token abgelaufen ist: %1</translation>
    </message>
    <message>
        <source>HubSpot rejected the access token (HTTP %1%2): %3</source>
        <translation>HubSpot hat das Access-Token abgelehnt (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>The HubSpot token may not do this (HTTP %1%2): %3</source>
        <translation>Das HubSpot-Token ist dafür nicht berechtigt (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>HubSpot rate limit reached (%1): %2</source>
        <translation>HubSpot-Ratenlimit erreicht (%1): %2</translation>
    </message>
    <message>
        <source>policy not named</source>
        <translation>Richtlinie nicht genannt</translation>
    </message>
    <message>
        <source>HubSpot's daily API limit is used up (%1): %2</source>
        <translation>Das tägliche API-Limit von HubSpot ist ausgeschöpft (%1): %2</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1.</source>
        <translation>HubSpot hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1%2: %3</source>
        <translation>HubSpot hat mit HTTP %1%2 geantwortet: %3</translation>
    </message>
    <message>
        <source>The HubSpot filter looks like JSON but is not valid JSON (%1).</source>
        <translation>Der HubSpot-Filter sieht wie JSON aus, ist aber kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The HubSpot search text is longer than 3000 characters.</source>
        <translation>Der HubSpot-Suchtext ist länger als 3000 Zeichen.</translation>
    </message>
    <message>
        <source>The HubSpot filter's "query" is not text.</source>
        <translation>Die "query" des HubSpot-Filters ist kein Text.</translation>
    </message>
    <message>
        <source>The HubSpot filter object has neither "filterGroups", "filters" nor "query".</source>
        <translation>Das HubSpot-Filterobjekt enthält weder "filterGroups" noch "filters" noch "query".</translation>
    </message>
    <message>
        <source>The HubSpot filter must be text, a filterGroups object or a list of filter groups.</source>
        <translation>Der HubSpot-Filter muss Text, ein filterGroups-Objekt oder eine Liste von Filtergruppen sein.</translation>
    </message>
    <message>
        <source>The HubSpot filterGroups must be a list of objects, each with a "filters" list.</source>
        <translation>Die HubSpot-filterGroups müssen eine Liste von Objekten sein, jedes mit einer "filters"-Liste.</translation>
    </message>
    <message>
        <source>HubSpot sent records that are not a JSON object.</source>
        <translation>HubSpot hat Datensätze gesendet, die kein JSON-Objekt sind.</translation>
    </message>
    <message>
        <source>HubSpot sent records that are not valid JSON (%1 at byte %2).</source>
        <translation>HubSpot hat Datensätze gesendet, die kein gültiges JSON sind (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>HubSpot's answer has no "results" list.</source>
        <translation>Die Antwort von HubSpot enthält keine "results"-Liste.</translation>
    </message>
</context>
<context>
    <name>MailchimpConnector</name>
    <message>
        <source>No Mailchimp data centre: the API key has no "-us6"-style suffix and no base URL is set.</source>
        <translation>Kein Mailchimp-Rechenzentrum: Der API-Key hat kein Suffix wie "-us6", und es ist keine Basis-URL festgelegt.</translation>
    </message>
    <message>
        <source>No Mailchimp audience id is set.</source>
        <translation>Keine Mailchimp-Zielgruppen-ID festgelegt.</translation>
    </message>
    <message>
        <source>none documented</source>
        <translation>keines dokumentiert</translation>
    </message>
    <message>
        <source>No Mailchimp key field is set for the value check.</source>
        <translation>Für die Werteprüfung ist kein Mailchimp-Schlüsselfeld festgelegt.</translation>
    </message>
</context>
<context>
    <name>MailchimpParser</name>
    <message>
        <source>Mailchimp sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>Mailchimp hat %1 gesendet, die kein gültiges JSON ist (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>Mailchimp sent %1 that is not a JSON object.</source>
        <translation>Mailchimp hat %1 gesendet, die kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>a ping answer</source>
        <translation>eine Ping-Antwort</translation>
    </message>
    <message>
        <source>Mailchimp's ping answer has no text "health_status".</source>
        <translation>Die Ping-Antwort von Mailchimp enthält keinen "health_status" als Text.</translation>
    </message>
    <message>
        <source>The Mailchimp filter must be empty, "subscribed", "unsubscribed" or "cleaned".</source>
        <translation>Der Mailchimp-Filter muss leer, "subscribed", "unsubscribed" oder "cleaned" sein.</translation>
    </message>
    <message>
        <source>an audience</source>
        <translation>eine Zielgruppe</translation>
    </message>
    <message>
        <source>Mailchimp's audience has no "stats" object.</source>
        <translation>Die Mailchimp-Zielgruppe hat kein "stats"-Objekt.</translation>
    </message>
    <message>
        <source>Mailchimp's audience stats have no "%1".</source>
        <translation>Die Statistik der Mailchimp-Zielgruppe enthält kein "%1".</translation>
    </message>
    <message>
        <source>Mailchimp's audience stats have a "%1" that is not a non-negative integer.</source>
        <translation>Die Statistik der Mailchimp-Zielgruppe enthält ein "%1", das keine nicht-negative ganze Zahl ist.</translation>
    </message>
    <message>
        <source>a merge field list</source>
        <translation>eine Merge-Feld-Liste</translation>
    </message>
    <message>
        <source>Mailchimp's merge field list has no "merge_fields" list.</source>
        <translation>Die Merge-Feld-Liste von Mailchimp enthält keine "merge_fields"-Liste.</translation>
    </message>
    <message>
        <source>Mailchimp's merge field list has an entry (#%1) without a text tag, name and type.</source>
        <translation>Die Merge-Feld-Liste von Mailchimp enthält einen Eintrag (#%1) ohne Tag, Name und Typ als Text.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1 with an HTML page.</source>
        <translation>Mailchimp hat mit HTTP %1 und einer HTML-Seite geantwortet.</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1.</source>
        <translation>Mailchimp hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Mailchimp rejected the API key (HTTP %1): %2</source>
        <translation>Mailchimp hat den API-Key abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp refused access (HTTP %1): %2</source>
        <translation>Mailchimp hat den Zugriff verweigert (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp does not know this (HTTP %1): %2</source>
        <translation>Mailchimp kennt dies nicht (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp is limiting requests (HTTP %1): %2</source>
        <translation>Mailchimp begrenzt die Anfragen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1: %2</source>
        <translation>Mailchimp hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>Mailchimp's answer has no "total_items".</source>
        <translation>Die Antwort von Mailchimp enthält kein "total_items".</translation>
    </message>
    <message>
        <source>Mailchimp sent members that are not a JSON object.</source>
        <translation>Mailchimp hat Mitglieder gesendet, die kein JSON-Objekt sind.</translation>
    </message>
    <message>
        <source>Mailchimp sent members that are not valid JSON (%1 at byte %2).</source>
        <translation>Mailchimp hat Mitglieder gesendet, die kein gültiges JSON sind (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Mailchimp's answer has no "members" list.</source>
        <translation>Die Antwort von Mailchimp enthält keine "members"-Liste.</translation>
    </message>
    <message>
        <source>Mailchimp's member has no "email_address".</source>
        <translation>Ein Mitglied von Mailchimp hat keine "email_address".</translation>
    </message>
</context>
<context>
    <name>MakeConnector</name>
    <message>
        <source>Make is middleware and has no record count.</source>
        <translation>Make ist Middleware und hat keine Datensatzanzahl.</translation>
    </message>
    <message>
        <source>Make is middleware and has no record schema.</source>
        <translation>Make ist Middleware und hat kein Datensatzschema.</translation>
    </message>
    <message>
        <source>No Make scenario ID is set for this integration.</source>
        <translation>Für diese Integration ist keine Make-Szenario-ID festgelegt.</translation>
    </message>
</context>
<context>
    <name>MakeParser</name>
    <message>
        <source>Make sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Make hat einen Body gesendet, der kein JSON ist (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Make sent JSON that is not an object.</source>
        <translation>Make hat JSON gesendet, das kein Objekt ist.</translation>
    </message>
    <message>
        <source>Make's scenario answer has no "scenario" object.</source>
        <translation>Die Szenario-Antwort von Make enthält kein "scenario"-Objekt.</translation>
    </message>
    <message>
        <source>A flag of Make's scenario (isActive, isPaused, isinvalid) is not true/false.</source>
        <translation>Ein Flag des Make-Szenarios (isActive, isPaused, isinvalid) ist nicht true/false.</translation>
    </message>
    <message>
        <source>Make's scenario "dlqCount" is not a whole number.</source>
        <translation>Der "dlqCount" des Make-Szenarios ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Make's scenario "name" is not text.</source>
        <translation>Der "name" des Make-Szenarios ist kein Text.</translation>
    </message>
    <message>
        <source>Make's log answer has no "scenarioLogs" list.</source>
        <translation>Die Protokoll-Antwort von Make enthält keine "scenarioLogs"-Liste.</translation>
    </message>
    <message>
        <source>A Make log entry is not an object.</source>
        <translation>Ein Make-Protokolleintrag ist kein Objekt.</translation>
    </message>
    <message>
        <source>A Make log entry has neither "id" nor "imtId".</source>
        <translation>Ein Make-Protokolleintrag hat weder "id" noch "imtId".</translation>
    </message>
    <message>
        <source>A Make log entry has no readable "timestamp".</source>
        <translation>Ein Make-Protokolleintrag hat keinen lesbaren "timestamp".</translation>
    </message>
    <message>
        <source>A Make log entry's "status" is not a number.</source>
        <translation>Der "status" eines Make-Protokolleintrags ist keine Zahl.</translation>
    </message>
    <message>
        <source>A Make log entry's "operations" is not a whole number.</source>
        <translation>Die "operations" eines Make-Protokolleintrags sind keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Make's /users/me answer has no "authUser" object.</source>
        <translation>Die /users/me-Antwort von Make enthält kein "authUser"-Objekt.</translation>
    </message>
    <message>
        <source>Make's organization answer has no "organization.license.apiLimit".</source>
        <translation>Die Organisations-Antwort von Make enthält kein "organization.license.apiLimit".</translation>
    </message>
    <message>
        <source>Make's "license.apiLimit" is not a whole number.</source>
        <translation>Das "license.apiLimit" von Make ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 — Make says: %2</source>
        <translation>%1 — Make meldet: %2</translation>
    </message>
</context>
<context>
    <name>MappingHealth</name>
    <message>
        <source>“%1” is not in the source schema any more</source>
        <translation>„%1“ ist nicht mehr im Quellschema enthalten</translation>
    </message>
    <message>
        <source>“%1” is not in the destination schema any more</source>
        <translation>„%1“ ist nicht mehr im Zielschema enthalten</translation>
    </message>
    <message>
        <source>%1 was %2, now %3</source>
        <translation>%1 war %2, jetzt %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>First fetched</source>
        <translation>Erstmals abgerufen</translation>
    </message>
    <message>
        <source>Field added</source>
        <translation>Feld hinzugefügt</translation>
    </message>
    <message>
        <source>Field removed</source>
        <translation>Feld entfernt</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Typ geändert</translation>
    </message>
</context>
<context>
    <name>MonitorCommands</name>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Die Signalbehandlung kann nicht eingerichtet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Plumbline is polling %n integration(s); stop with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>Plumbline fragt %n Integration ab; beenden mit Strg+C oder SIGTERM.</numerusform>
            <numerusform>Plumbline fragt %n Integrationen ab; beenden mit Strg+C oder SIGTERM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>There is no open alert %1; see plumbline alerts.</source>
        <translation>Es gibt keinen offenen Alarm %1; siehe plumbline alerts.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Keine offenen Alarme.</translation>
    </message>
    <message>
        <source>(acknowledged by %1)</source>
        <translation>(bestätigt von %1)</translation>
    </message>
    <message>
        <source>(snoozed until %1)</source>
        <translation>(stummgeschaltet bis %1)</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged; it will still notify if it gets worse.</source>
        <translation>Alarm %1 bestätigt; er meldet sich weiterhin, wenn er sich verschlimmert.</translation>
    </message>
    <message>
        <source>--until needs a date and time in the future, e.g. 2026-12-01T09:00.</source>
        <translation>--until erwartet Datum und Uhrzeit in der Zukunft, z. B. 2026-12-01T09:00.</translation>
    </message>
    <message>
        <source>Alert %1 snoozed until %2.</source>
        <translation>Alarm %1 bis %2 stummgeschaltet.</translation>
    </message>
    <message>
        <source>There is no integration "%1".</source>
        <translation>Es gibt keine Integration "%1".</translation>
    </message>
    <message>
        <source>--from and --to need dates and times (ISO 8601), the end after the start.</source>
        <translation>--from und --to erwarten Datum und Uhrzeit (ISO 8601), das Ende nach dem Beginn.</translation>
    </message>
    <message>
        <source>Maintenance window %1 for %2: %3 to %4. Plumbline keeps polling but raises no alerts.</source>
        <translation>Wartungsfenster %1 für %2: %3 bis %4. Plumbline fragt weiter ab, löst aber keine Alarme aus.</translation>
    </message>
    <message>
        <source>No maintenance windows.</source>
        <translation>Keine Wartungsfenster.</translation>
    </message>
    <message>
        <source>Maintenance window %1 removed.</source>
        <translation>Wartungsfenster %1 entfernt.</translation>
    </message>
    <message>
        <source>there is no integration "%1"</source>
        <translation>es gibt keine Integration "%1"</translation>
    </message>
    <message>
        <source>the workspace has no integrations; import one with plumbline import FILE</source>
        <translation>der Arbeitsbereich hat keine Integrationen; importieren Sie eine mit plumbline import FILE</translation>
    </message>
    <message>
        <source>Another Plumbline process polls this workspace (%1, process %2 on %3); this one follows and takes over if it stops.</source>
        <translation>Ein anderer Plumbline-Prozess fragt diesen Arbeitsbereich ab (%1, Prozess %2 auf %3); dieser Prozess läuft mit und übernimmt, falls der andere endet.</translation>
    </message>
    <message>
        <source>The window ends at %1, which is already past; it would silence nothing. Check the dates.</source>
        <translation>Das Wartungsfenster endet am %1 und liegt damit bereits in der Vergangenheit; es würde nichts unterdrücken. Prüfen Sie die Datumsangaben.</translation>
    </message>
    <message>
        <source>Notification to %1 given up: %2</source>
        <translation>Benachrichtigung an %1 aufgegeben: %2</translation>
    </message>
    <message>
        <source>Notification to %1 failed: %2</source>
        <translation>Benachrichtigung an %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>NotifyChannels</name>
    <message>
        <source>required key "%1" is missing</source>
        <translation>erforderlicher Schlüssel "%1" fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>String erwartet</translation>
    </message>
    <message>
        <source>"%1" is not a time of day; write it as HH:MM, e.g. 22:00</source>
        <translation>"%1" ist keine Uhrzeit; schreiben Sie sie als HH:MM, z. B. 22:00</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Google Chat</source>
        <translation>Google Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Signed webhook</source>
        <translation>Signierter Webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>Integration (routing) key</source>
        <translation>Integration Key (Routing-Key)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>"%1" is not a valid id: use letters, digits, '.', '_' or '-' (at most 64)</source>
        <translation>"%1" ist keine gültige ID: verwenden Sie Buchstaben, Ziffern, '.', '_' oder '-' (höchstens 64)</translation>
    </message>
    <message>
        <source>unknown kind "%1"; expected slack, teams, google_chat, email, pagerduty or webhook</source>
        <translation>unbekannter Typ "%1"; erwartet wird slack, teams, google_chat, email, pagerduty oder webhook</translation>
    </message>
    <message>
        <source>this is a secret and does not belong in a workspace file; store it in the keychain as "%1%2" (the Notifications page, or `plumbline secret set %1%2`)</source>
        <translation>dies ist ein Geheimnis und gehört nicht in eine Arbeitsbereichsdatei; speichern Sie es im Schlüsselbund als "%1%2" (auf der Seite „Benachrichtigungen“ oder mit `plumbline secret set %1%2`)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>"%1" is not a minimum severity; expected warning or critical</source>
        <translation>"%1" ist kein Mindestschweregrad; erwartet wird warning oder critical</translation>
    </message>
    <message>
        <source>unknown time zone "%1"; use an IANA name such as Europe/Berlin or America/New_York</source>
        <translation>unbekannte Zeitzone "%1"; verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York</translation>
    </message>
    <message>
        <source>expected an object with "from" and "to"</source>
        <translation>Objekt mit "from" und "to" erwartet</translation>
    </message>
    <message>
        <source>quiet hours must start and end at different times</source>
        <translation>Beginn und Ende der Ruhezeiten müssen sich unterscheiden</translation>
    </message>
    <message>
        <source>expected an object such as {"at": "08:00"}</source>
        <translation>Objekt wie {"at": "08:00"} erwartet</translation>
    </message>
    <message>
        <source>an e-mail channel needs "to": one address or a list of addresses</source>
        <translation>ein E-Mail-Kanal braucht "to": eine Adresse oder eine Liste von Adressen</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address</source>
        <translation>"%1" ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>an e-mail channel needs "smtp": {"host": …, "port": …, "security": …}</source>
        <translation>ein E-Mail-Kanal braucht "smtp": {"host": …, "port": …, "security": …}</translation>
    </message>
    <message>
        <source>this is a secret and does not belong in a workspace file; store it in the keychain as "%1password"</source>
        <translation>dies ist ein Geheimnis und gehört nicht in eine Arbeitsbereichsdatei; speichern Sie es im Schlüsselbund als "%1password"</translation>
    </message>
    <message>
        <source>unknown security "%1"; expected starttls, tls or none</source>
        <translation>unbekannter Wert "%1" für security; erwartet wird starttls, tls oder none</translation>
    </message>
    <message>
        <source>expected a port number between 1 and 65535</source>
        <translation>Portnummer zwischen 1 und 65535 erwartet</translation>
    </message>
    <message>
        <source>mail without TLS may only go to this computer; use starttls or tls for %1</source>
        <translation>E-Mail ohne TLS ist nur zu diesem Computer erlaubt; verwenden Sie starttls oder tls für %1</translation>
    </message>
    <message>
        <source>only an e-mail channel has "%1"</source>
        <translation>nur ein E-Mail-Kanal hat "%1"</translation>
    </message>
</context>
<context>
    <name>NotifyCommands</name>
    <message>
        <source>A test message was delivered to %1.</source>
        <translation>Eine Testnachricht wurde an %1 zugestellt.</translation>
    </message>
    <message>
        <source>The test message to %1 was not delivered: %2</source>
        <translation>Die Testnachricht an %1 wurde nicht zugestellt: %2</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Noch keine Benachrichtigungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), last: %1</source>
        <translation>
            <numerusform>%n Versuch, zuletzt: %1</numerusform>
            <numerusform>%n Versuche, zuletzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no notification channel "%1"; use channel/CHANNEL_ID/NAME.</source>
        <translation>Es gibt keinen Benachrichtigungskanal "%1"; verwenden Sie channel/CHANNEL_ID/NAME.</translation>
    </message>
    <message>
        <source>A %1 channel keeps no "%2"; it keeps %3.</source>
        <translation>Ein Kanal vom Typ %1 speichert kein "%2", sondern %3.</translation>
    </message>
    <message>
        <source>The %1 of channel "%2" is stored in %3.</source>
        <translation>Das Geheimnis %1 des Kanals "%2" ist in %3 gespeichert.</translation>
    </message>
</context>
<context>
    <name>NotifyComposer</name>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
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
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>the Plumbline monitor</source>
        <translation>Plumbline-Überwachung</translation>
    </message>
    <message>
        <source>Open in Plumbline</source>
        <translation>In Plumbline öffnen</translation>
    </message>
    <message>
        <source>Recovered: %1 — %2</source>
        <translation>Behoben: %1 — %2</translation>
    </message>
    <message>
        <source>It lasted %1.</source>
        <translation>Dauer: %1.</translation>
    </message>
    <message>
        <source>%1 is healthy again. It had: %2</source>
        <translation>%1 ist wieder in Ordnung. Das Problem war: %2</translation>
    </message>
    <message>
        <source>Acknowledged: %1 — %2</source>
        <translation>Bestätigt: %1 — %2</translation>
    </message>
    <message>
        <source>%1 is looking into it. %2</source>
        <translation>%1 kümmert sich darum. %2</translation>
    </message>
    <message>
        <source>Now %1: %2 — %3</source>
        <translation>Jetzt %1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>Source count</source>
        <translation>Anzahl in der Quelle</translation>
    </message>
    <message>
        <source>Destination count</source>
        <translation>Anzahl im Ziel</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Differenz</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records (%2 %)</source>
        <translation>%1 Datensätze (%2 %)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Sent by Plumbline on %1.</source>
        <translation>Gesendet von Plumbline auf %1.</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>Test notification for %1</source>
        <translation>Testbenachrichtigung für %1</translation>
    </message>
    <message>
        <source>This is a test from Plumbline. When an integration breaks or recovers, a message like this one names it, says what is wrong and what to check.</source>
        <translation>Dies ist ein Test von Plumbline. Wenn eine Integration ausfällt oder wieder funktioniert, nennt eine Nachricht wie diese die Integration, beschreibt, was nicht stimmt, und sagt, was zu prüfen ist.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Nothing to do: this message only shows that the channel works.</source>
        <translation>Nichts zu tun: Diese Nachricht zeigt nur, dass der Kanal funktioniert.</translation>
    </message>
    <message>
        <source>Broken (%1)</source>
        <translation>Ausgefallen (%1)</translation>
    </message>
    <message>
        <source>Recovered since the last digest (%1)</source>
        <translation>Seit der letzten Zusammenfassung behoben (%1)</translation>
    </message>
    <message>
        <source>Due soon: retiring API versions, credentials, quotas (%1)</source>
        <translation>Bald fällig: auslaufende API-Versionen, Zugangsdaten, Kontingente (%1)</translation>
    </message>
    <message>
        <source>Daily digest: nothing broken</source>
        <translation>Tägliche Zusammenfassung: nichts ausgefallen</translation>
    </message>
    <message numerus="yes">
        <source>Daily digest: %n integration(s) broken</source>
        <translation>
            <numerusform>Tägliche Zusammenfassung: %n Integration ausgefallen</numerusform>
            <numerusform>Tägliche Zusammenfassung: %n Integrationen ausgefallen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broken, %2 recovered, %3 due soon.</source>
        <translation>%1 ausgefallen, %2 behoben, %3 bald fällig.</translation>
    </message>
</context>
<context>
    <name>NotifyRouting</name>
    <message>
        <source>below this channel's minimum severity (%1)</source>
        <translation>unter dem Mindestschweregrad dieses Kanals (%1)</translation>
    </message>
    <message>
        <source>in the daily digest at %1</source>
        <translation>in der täglichen Zusammenfassung um %1</translation>
    </message>
    <message>
        <source>quiet hours until %1 (%2)</source>
        <translation>Ruhezeiten bis %1 (%2)</translation>
    </message>
    <message>
        <source>this computer's time</source>
        <translation>Zeit dieses Computers</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>In the next digest</source>
        <translation>In der nächsten Zusammenfassung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Delivered in a digest</source>
        <translation>In einer Zusammenfassung zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>A PDF report needs the graphical application (fonts); none is running.</source>
        <translation>Ein PDF-Bericht erfordert die grafische Anwendung (wegen der Schriftarten); diese läuft nicht.</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Seiten werden gesetzt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>Das PDF konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 with Plumbline.
All times are UTC. The gap is the destination count minus the source count. This report never contains an API key: credentials are named by their keychain entry.</source>
        <translation>Erstellt am %1 von %2 mit Plumbline.
Alle Zeiten in UTC. Die Differenz ist die Anzahl im Ziel minus die Anzahl in der Quelle. Dieser Bericht enthält niemals einen API-Key: Zugangsdaten werden über ihren Schlüsselbundeintrag benannt.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not add a page to the PDF.</source>
        <translation>Dem PDF konnte keine Seite hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Could not finish the PDF.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>Gap (destination − source)</source>
        <translation>Differenz (Ziel − Quelle)</translation>
    </message>
</context>
<context>
    <name>ReportCollector</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Abgeschwächt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Suppressed (maintenance)</source>
        <translation>Unterdrückt (Wartungsfenster)</translation>
    </message>
    <message>
        <source>There is no integration %1.</source>
        <translation>Es gibt keine Integration %1.</translation>
    </message>
    <message>
        <source>The report needs a start and an end date.</source>
        <translation>Der Bericht erfordert ein Start- und ein Enddatum.</translation>
    </message>
    <message>
        <source>The report period is empty: the start (%1) is not before the end (%2).</source>
        <translation>Der Berichtszeitraum ist leer: Der Beginn (%1) liegt nicht vor dem Ende (%2).</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Integration %1</translation>
    </message>
    <message>
        <source>Integration audit report</source>
        <translation>Prüfbericht zu den Integrationen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>OK (s)</source>
        <translation>OK (s)</translation>
    </message>
    <message>
        <source>Warning (s)</source>
        <translation>Warnung (s)</translation>
    </message>
    <message>
        <source>Critical (s)</source>
        <translation>Kritisch (s)</translation>
    </message>
    <message>
        <source>Unknown (s)</source>
        <translation>Unbekannt (s)</translation>
    </message>
    <message>
        <source>Monitored (s)</source>
        <translation>Überwacht (s)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Failed polls</source>
        <translation>Fehlgeschlagene Abfragen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Gap %</source>
        <translation>Differenz %</translation>
    </message>
    <message>
        <source>No integration is part of this report.</source>
        <translation>Dieser Bericht umfasst keine Integration.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Was zu prüfen ist</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Festgestellt</translation>
    </message>
    <message>
        <source>No current findings: every check passed at the latest poll.</source>
        <translation>Keine aktuellen Befunde: Bei der letzten Abfrage wurden alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>Source object</source>
        <translation>Quellobjekt</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellfilter</translation>
    </message>
    <message>
        <source>Destination system</source>
        <translation>Zielsystem</translation>
    </message>
    <message>
        <source>Destination object</source>
        <translation>Zielobjekt</translation>
    </message>
    <message>
        <source>Destination filter</source>
        <translation>Zielfilter</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Middleware</source>
        <translation>Middleware</translation>
    </message>
    <message>
        <source>Poll interval (s)</source>
        <translation>Abfrageintervall (s)</translation>
    </message>
    <message>
        <source>Tolerance (%)</source>
        <translation>Toleranz (%)</translation>
    </message>
    <message>
        <source>Tolerance (records)</source>
        <translation>Toleranz (Datensätze)</translation>
    </message>
    <message>
        <source>Lag grace (s)</source>
        <translation>Karenzzeit (s)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>No field mappings are documented.</source>
        <translation>Es sind keine Feldzuordnungen dokumentiert.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Record counts of %1</source>
        <translation>Anzahl der Datensätze für %1</translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation>Quelle: %1 %2</translation>
    </message>
    <message>
        <source>Destination: %1 %2</source>
        <translation>Ziel: %1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Source (average)</source>
        <translation>Quelle (Mittelwert)</translation>
    </message>
    <message>
        <source>Destination (average)</source>
        <translation>Ziel (Mittelwert)</translation>
    </message>
    <message>
        <source>Gap (average)</source>
        <translation>Differenz (Mittelwert)</translation>
    </message>
    <message>
        <source>Gap (lowest)</source>
        <translation>Differenz (Minimum)</translation>
    </message>
    <message>
        <source>Gap (highest)</source>
        <translation>Differenz (Maximum)</translation>
    </message>
    <message>
        <source>No counts were recorded for %1 in this period.</source>
        <translation>Für %1 wurden in diesem Zeitraum keine Anzahlen erfasst.</translation>
    </message>
    <message>
        <source>Record counts: %1 polls in the period, %2 of them failed. Each point is the %3 average; the lower panel shows the gap (destination − source).</source>
        <translation>Anzahl der Datensätze: %1 Abfragen im Zeitraum, davon %2 fehlgeschlagen. Jeder Punkt ist ein Mittelwert (%3); der untere Bereich zeigt die Differenz (Ziel − Quelle).</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Zustandsübersicht</translation>
    </message>
    <message>
        <source>Time in each state is the share of the monitored part of the period (from the integration's creation, up to now) that the integration spent with its worst open alert at that severity; alerts of the connections it uses count too. Counts are the latest average in the period. The gap is always the destination count minus the source count: a negative gap means records are missing at the destination.</source>
        <translation>Die Zeit in jedem Status ist der Anteil am überwachten Teil des Zeitraums (ab dem Anlegen der Integration, höchstens bis jetzt), in dem der schwerwiegendste offene Alarm der Integration diesen Schweregrad hatte; Alarme der von ihr verwendeten Verbindungen zählen ebenfalls. Die Anzahlen sind der jeweils letzte Mittelwert im Zeitraum. Die Differenz ist stets die Anzahl im Ziel minus die Anzahl in der Quelle: Eine negative Differenz bedeutet, dass im Ziel Datensätze fehlen.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Every account the integrations use. API keys live in the operating system's keychain; this report names the keychain entry and never contains a key.</source>
        <translation>Alle Konten, die die Integrationen verwenden. API-Keys werden im Schlüsselbund des Betriebssystems gespeichert; dieser Bericht nennt den Schlüsselbundeintrag und enthält niemals einen Key.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Credential location</source>
        <translation>Speicherort der Zugangsdaten</translation>
    </message>
    <message>
        <source>Server variable</source>
        <translation>Umgebungsvariable (Server)</translation>
    </message>
    <message>
        <source>Credential state</source>
        <translation>Status der Zugangsdaten</translation>
    </message>
    <message>
        <source>Credential stored</source>
        <translation>Zugangsdaten gespeichert</translation>
    </message>
    <message>
        <source>Credential age (days)</source>
        <translation>Alter der Zugangsdaten (Tage)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No connection is used by the integrations in this report.</source>
        <translation>Die Integrationen in diesem Bericht verwenden keine Verbindung.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Keychain service "%1", entry "%2"</source>
        <translation>Schlüsselbund-Dienst „%1“, Eintrag „%2“</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Each integration's documentation, field mappings and record counts over the period (source and destination).</source>
        <translation>Dokumentation, Feldzuordnungen und Anzahl der Datensätze jeder Integration im Zeitraum (Quelle und Ziel).</translation>
    </message>
    <message>
        <source>Alerts that were open at some time in the period, with their timeline. Durations run to the resolution, or to the report's generation while open.</source>
        <translation>Alarme, die zu irgendeinem Zeitpunkt im Zeitraum offen waren, mit ihrem zeitlichen Ablauf. Die Dauer reicht bis zur Behebung bzw. bei noch offenen Alarmen bis zur Erstellung des Berichts.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Keine Vorfälle in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>No incident events in this period.</source>
        <translation>Keine Ereignisse zu Vorfällen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Chronologie der Vorfälle</translation>
    </message>
    <message>
        <source>Current findings</source>
        <translation>Aktuelle Befunde</translation>
    </message>
    <message>
        <source>What the checks found at the latest poll of each integration and connection.</source>
        <translation>Was die Prüfungen bei der letzten Abfrage jeder Integration und Verbindung festgestellt haben.</translation>
    </message>
    <message>
        <source>API versions and deprecation deadlines</source>
        <translation>API-Versionen und Abkündigungsfristen</translation>
    </message>
    <message>
        <source>The API version each connection uses and what the vendor last said about it. A version within 90 days of its sunset needs planning now.</source>
        <translation>Die API-Version, die jede Verbindung verwendet, und was der Anbieter zuletzt dazu mitgeteilt hat. Für eine Version, deren Abschaltung in höchstens 90 Tagen ansteht, muss jetzt geplant werden.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Version used</source>
        <translation>Verwendete Version</translation>
    </message>
    <message>
        <source>Version served</source>
        <translation>Ausgelieferte Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deprecated since</source>
        <translation>Veraltet seit</translation>
    </message>
    <message>
        <source>Sunset</source>
        <translation>Abschaltung</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Vendor notice</source>
        <translation>Mitteilung des Anbieters</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>No connection is part of this report.</source>
        <translation>Dieser Bericht umfasst keine Verbindung.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <source>served a different version</source>
        <translation>andere Version ausgeliefert</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>sunset announced</source>
        <translation>Abschaltung angekündigt</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Every change made to the definitions in the period: who, when and what. Secrets are never recorded.</source>
        <translation>Alle Änderungen an den Definitionen im Zeitraum: wer, wann und was. Geheimnisse werden niemals protokolliert.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>No changes in this period.</source>
        <translation>Keine Änderungen in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) and %1 connection(s)</source>
        <translation>
            <numerusform>%n Integration und %1 Verbindung(en)</numerusform>
            <numerusform>%n Integrationen und %1 Verbindung(en)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period</source>
        <translation>
            <numerusform>%n Vorfall im Zeitraum</numerusform>
            <numerusform>%n Vorfälle im Zeitraum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n current finding(s)</source>
        <translation>
            <numerusform>%n aktueller Befund</numerusform>
            <numerusform>%n aktuelle Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the definitions</source>
        <translation>
            <numerusform>%n Änderung an den Definitionen</numerusform>
            <numerusform>%n Änderungen an den Definitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst state now: %1</source>
        <translation>Schlechtester aktueller Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>Period: %n day(s)</source>
        <translation>
            <numerusform>Zeitraum: %n Tag</numerusform>
            <numerusform>Zeitraum: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>end of life published; not checked yet</source>
        <translation>Ende der Unterstützung veröffentlicht; noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Latest value check, %1: no records could be compared. %2</source>
        <translation>Letzte Werteprüfung, %1: Es konnten keine Datensätze verglichen werden. %2</translation>
    </message>
    <message numerus="yes">
        <source>Latest value check, %1: %2 of %3 sampled records match (%4; 95 % interval %5–%6), %7 missing at the destination, %n request(s).</source>
        <translation>
            <numerusform>Letzte Werteprüfung, %1: %2 von %3 Datensätzen der Stichprobe stimmen überein (%4; 95-%-Intervall %5–%6), %7 fehlen im Ziel, %n Anfrage.</numerusform>
            <numerusform>Letzte Werteprüfung, %1: %2 von %3 Datensätzen der Stichprobe stimmen überein (%4; 95-%-Intervall %5–%6), %7 fehlen im Ziel, %n Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Unvollständige Prüfung: %1</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Übereinstimmend</translation>
    </message>
    <message>
        <source>Match rate</source>
        <translation>Übereinstimmungsquote</translation>
    </message>
    <message>
        <source>Low (95 %)</source>
        <translation>Untergrenze (95 %)</translation>
    </message>
    <message>
        <source>High (95 %)</source>
        <translation>Obergrenze (95 %)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Requests (source)</source>
        <translation>Anfragen (Quelle)</translation>
    </message>
    <message>
        <source>Requests (destination)</source>
        <translation>Anfragen (Ziel)</translation>
    </message>
    <message>
        <source>Source records</source>
        <translation>Datensätze in der Quelle</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Partial because</source>
        <translation>Unvollständig, weil</translation>
    </message>
    <message>
        <source>Problem kind</source>
        <translation>Art des Problems</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>Kein Vergleich möglich</translation>
    </message>
    <message>
        <source>No value check in this period.</source>
        <translation>Keine Werteprüfung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Value checks</source>
        <translation>Werteprüfungen</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Empty at destination</source>
        <translation>Leer im Ziel</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Gekürzt</translation>
    </message>
    <message>
        <source>Case only</source>
        <translation>Nur Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Empty at source</source>
        <translation>Leer in der Quelle</translation>
    </message>
    <message>
        <source>Both empty</source>
        <translation>Beide leer</translation>
    </message>
    <message>
        <source>Differ rate</source>
        <translation>Abweichungsquote</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>No fields were compared.</source>
        <translation>Es wurden keine Felder verglichen.</translation>
    </message>
    <message>
        <source>Fields of the latest value check, most differences first</source>
        <translation>Felder der letzten Werteprüfung, die meisten Unterschiede zuerst</translation>
    </message>
    <message>
        <source>Example (redacted)</source>
        <translation>Beispiel (geschwärzt)</translation>
    </message>
    <message>
        <source>Examples of the latest value check, redacted (at most 3 a field)</source>
        <translation>Beispiele der letzten Werteprüfung, geschwärzt (höchstens 3 je Feld)</translation>
    </message>
    <message>
        <source>No value check has run for %1: it samples records of the source, finds them at the destination by the key mapping and compares the mapped fields.</source>
        <translation>Für %1 wurde noch keine Werteprüfung ausgeführt: Sie zieht eine Stichprobe von Datensätzen aus der Quelle, sucht sie über die Schlüsselzuordnung im Ziel und vergleicht die zugeordneten Felder.</translation>
    </message>
    <message>
        <source>%1 (%2, critical only)</source>
        <translation>%1 (%2, nur kritisch)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody: no notification channel reaches it</source>
        <translation>Niemand: Kein Benachrichtigungskanal erreicht diese Integration</translation>
    </message>
    <message>
        <source>Who gets notified</source>
        <translation>Wer benachrichtigt wird</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No destination was given for the report.</source>
        <translation>Für den Bericht wurde kein Speicherort angegeben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; a CSV report is a folder of files.</source>
        <translation>%1 existiert und ist kein Ordner; ein CSV-Bericht ist ein Ordner mit Dateien.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder for the CSV files.</source>
        <translation>Der Ordner %1 ist nicht leer; wählen Sie einen neuen oder leeren Ordner für die CSV-Dateien.</translation>
    </message>
    <message>
        <source>Could not create a folder beside %1: %2</source>
        <translation>Neben %1 konnte kein Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not move the CSV files into %1.</source>
        <translation>Die CSV-Dateien konnten nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the report.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen für den Bericht an.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Neither count could be read (%1 nor %2), so the gap is unknown</source>
        <translation>Keine der beiden Anzahlen konnte gelesen werden (weder %1 noch %2), daher ist die Differenz unbekannt</translation>
    </message>
    <message>
        <source>The source count (%1) could not be read, so the gap is unknown</source>
        <translation>Die Anzahl in der Quelle (%1) konnte nicht gelesen werden, daher ist die Differenz unbekannt</translation>
    </message>
    <message>
        <source>The destination count (%1) could not be read, so the gap is unknown</source>
        <translation>Die Anzahl im Ziel (%1) konnte nicht gelesen werden, daher ist die Differenz unbekannt</translation>
    </message>
    <message>
        <source>%1 holds %2 of %3's %4 %5: %6 missing (%7 %) for %8</source>
        <translation>%1 enthält %2 von %4 %5 aus %3: %6 fehlen (%7 %) seit %8</translation>
    </message>
    <message>
        <source>%1 holds %2 %3, %4 more than %5's %6 (%7 %) for %8</source>
        <translation>%1 enthält %2 %3, %4 mehr als %6 in %5 (%7 %) seit %8</translation>
    </message>
    <message numerus="yes">
        <source>, and the gap grew on each of the last %n checks</source>
        <translation>
            <numerusform>, und die Differenz ist bei der letzten Prüfung gewachsen</numerusform>
            <numerusform>, und die Differenz ist bei jeder der letzten %n Prüfungen gewachsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are not arriving in %1. Open the sync that carries them (the Make scenario, the Zap or the built-in integration) and look at its recent history for errors or skipped records. Common causes: a required field left empty, invalid e-mail addresses, contacts that unsubscribed or bounced (Mailchimp counts only subscribed members), or a filter on one side that the other does not have.</source>
        <translation>Datensätze kommen in %1 nicht an. Öffnen Sie die Synchronisierung, die sie überträgt (das Make-Szenario, den Zap oder die eingebaute Integration), und prüfen Sie deren letzten Verlauf auf Fehler oder übersprungene Datensätze. Häufige Ursachen: ein leeres Pflichtfeld, ungültige E-Mail-Adressen, abgemeldete oder unzustellbare Kontakte (Mailchimp zählt nur angemeldete Mitglieder) oder ein Filter auf einer Seite, den die andere nicht hat.</translation>
    </message>
    <message>
        <source>%1 has more records than %2. Check whether records deleted or archived in %2 are still kept in %1, whether a second sync or an import also writes to %1, and whether both sides use the same filter.</source>
        <translation>%1 hat mehr Datensätze als %2. Prüfen Sie, ob in %2 gelöschte oder archivierte Datensätze in %1 weiterhin vorhanden sind, ob eine zweite Synchronisierung oder ein Import ebenfalls in %1 schreibt und ob beide Seiten denselben Filter verwenden.</translation>
    </message>
    <message>
        <source>%1 has stayed at %2 %3 for %4 while %5 changed by %6</source>
        <translation>%1 steht seit %4 unverändert bei %2 %3, während sich %5 um %6 geändert hat</translation>
    </message>
    <message>
        <source>Nothing has reached %1 for %2 although %3 changed. Check that the sync between them is switched on and still signed in to both systems, and look at its history for errors.</source>
        <translation>Seit %2 ist nichts mehr in %1 angekommen, obwohl sich %3 geändert hat. Prüfen Sie, ob die Synchronisierung zwischen beiden eingeschaltet und noch bei beiden Systemen angemeldet ist, und suchen Sie in ihrem Verlauf nach Fehlern.</translation>
    </message>
    <message>
        <source>Open %1 and look at the scenario or Zap %2: switch it back on, fix the step it marks as broken (often a connection that needs signing in again), and run it once to catch up.</source>
        <translation>Öffnen Sie %1 und sehen Sie sich das Szenario bzw. den Zap %2 an: Schalten Sie es wieder ein, beheben Sie den als fehlerhaft markierten Schritt (oft eine Verbindung, die eine neue Anmeldung braucht), und führen Sie es einmal aus, um den Rückstand aufzuholen.</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is marked invalid and cannot run</source>
        <translation>Das Szenario bzw. der Zap %1 in %2 ist als ungültig markiert und kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is switched off</source>
        <translation>Das Szenario bzw. der Zap %1 in %2 ist ausgeschaltet</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is paused</source>
        <translation>Das Szenario bzw. der Zap %1 in %2 ist pausiert</translation>
    </message>
    <message>
        <source>Open %1 and check the schedule of %2: is it still switched on, is its trigger still firing, and has the plan run out of operations or tasks?</source>
        <translation>Öffnen Sie %1 und prüfen Sie den Zeitplan von %2: Ist er noch eingeschaltet, löst sein Trigger noch aus, und hat der Tarif noch Operations bzw. Tasks übrig?</translation>
    </message>
    <message>
        <source>%1 made no runs in %2 (about %3 expected)</source>
        <translation>%1 wurde in %2 nicht ausgeführt (erwartet: etwa %3)</translation>
    </message>
    <message>
        <source>%1 made %2 runs in %3 (about %4 expected)</source>
        <translation>%1 wurde in %3 %2-mal ausgeführt (erwartet: etwa %4)</translation>
    </message>
    <message>
        <source>%1 has not run successfully for %2</source>
        <translation>%1 wurde seit %2 nicht erfolgreich ausgeführt</translation>
    </message>
    <message>
        <source>Polling has stopped. If Plumbline runs on a server, check that the "plumbline run" service is still running; on a desktop, check that Plumbline is open and the computer did not sleep.</source>
        <translation>Die Abfrage hat aufgehört. Wenn Plumbline auf einem Server läuft, prüfen Sie, ob der Dienst "plumbline run" noch läuft; auf einem Desktop, ob Plumbline geöffnet ist und der Computer nicht im Ruhezustand war.</translation>
    </message>
    <message>
        <source>No successful check yet, %1 after the first attempt</source>
        <translation>Noch keine erfolgreiche Prüfung, %1 nach dem ersten Versuch</translation>
    </message>
    <message>
        <source>The monitor's last check is dated %1 in the future: the computer's clock may have changed</source>
        <translation>Die letzte Prüfung des Monitors ist auf %1 in der Zukunft datiert: Die Uhr des Computers wurde möglicherweise umgestellt</translation>
    </message>
    <message>
        <source>The last successful check is dated %1 in the future: the computer's clock may have changed</source>
        <translation>Die letzte erfolgreiche Prüfung ist auf %1 in der Zukunft datiert: Die Uhr des Computers wurde möglicherweise umgestellt</translation>
    </message>
    <message>
        <source>Check the computer's date, time and time zone settings; the warning clears by itself once a new check succeeds.</source>
        <translation>Prüfen Sie Datum, Uhrzeit und Zeitzone des Computers; die Warnung verschwindet von selbst, sobald eine neue Prüfung erfolgreich ist.</translation>
    </message>
    <message>
        <source>Last checked %1 ago: polling has stopped</source>
        <translation>Zuletzt vor %1 geprüft: Die Abfrage hat aufgehört</translation>
    </message>
    <message>
        <source>Last successful check %1 ago (expected every %2)</source>
        <translation>Letzte erfolgreiche Prüfung vor %1 (erwartet alle %2)</translation>
    </message>
    <message>
        <source>%1 %2 changed by %3 in %4, against a usual %5 per check (score %6)</source>
        <translation>%1 %2: Änderung um %3 in %4, üblich sind %5 pro Prüfung (Wert %6)</translation>
    </message>
    <message>
        <source>Many records disappeared from %1 at once. Ask who deleted, merged or archived records, or changed a list or filter; check the change log of %1.</source>
        <translation>Viele Datensätze sind auf einmal aus %1 verschwunden. Fragen Sie nach, wer Datensätze gelöscht, zusammengeführt oder archiviert oder eine Liste bzw. einen Filter geändert hat; prüfen Sie das Änderungsprotokoll von %1.</translation>
    </message>
    <message>
        <source>Many records arrived in %1 at once. Check for a list import, a new form or a bot filling in a form; make sure the new records are meant to flow on to %2.</source>
        <translation>Viele Datensätze sind auf einmal in %1 angekommen. Prüfen Sie, ob es einen Listenimport, ein neues Formular oder einen Bot gibt, der ein Formular ausfüllt; stellen Sie sicher, dass die neuen Datensätze wirklich nach %2 weiterfließen sollen.</translation>
    </message>
    <message>
        <source>Open %1 and look at the history of %2: the failed runs show which step failed and why (often a connection that needs signing in again, a changed field, or a full plan). Fix it, then re-run or resolve the stored incomplete runs so no record is lost.</source>
        <translation>Öffnen Sie %1 und sehen Sie sich den Verlauf von %2 an: Die fehlgeschlagenen Ausführungen zeigen, welcher Schritt warum fehlgeschlagen ist (oft eine Verbindung, die eine neue Anmeldung braucht, ein geändertes Feld oder ein ausgeschöpfter Tarif). Beheben Sie das Problem und führen Sie die gespeicherten unvollständigen Ausführungen erneut aus oder lösen Sie sie auf, damit kein Datensatz verloren geht.</translation>
    </message>
    <message>
        <source>the automation tool</source>
        <translation>das Automatisierungstool</translation>
    </message>
    <message>
        <source>The last %1 runs of %2 failed</source>
        <translation>Die letzten %1 Ausführungen von %2 sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 runs of %3 failed in %4 (%5 %)</source>
        <translation>%1 von %2 Ausführungen von %3 sind in %4 fehlgeschlagen (%5 %)</translation>
    </message>
    <message>
        <source>%1 holds %2 incomplete runs of %3 waiting to be resolved</source>
        <translation>%1 enthält %2 unvollständige Ausführungen von %3, die aufgelöst werden müssen</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings (the gear icon) › Integrations › Private Apps (on newer accounts: Development › Legacy apps), open the app Plumbline uses, or create one with read access to the CRM objects you monitor, and copy the access token from its Auth tab ("Show token").</source>
        <translation>Öffnen Sie in HubSpot die Einstellungen (Zahnradsymbol) › Integrationen › Private Apps (bei neueren Accounts: Entwicklung › Legacy-Apps), öffnen Sie die App, die Plumbline verwendet, oder erstellen Sie eine mit Lesezugriff auf die überwachten CRM-Objekte, und kopieren Sie das Access-Token aus dem Tab „Auth“ („Token anzeigen“).</translation>
    </message>
    <message>
        <source>The Salesforce session or access token has expired or was revoked, or the user was deactivated. Ask your Salesforce admin to check the user under Setup › Users and to issue a new access token for the connected app Plumbline uses (Setup › App Manager).</source>
        <translation>Die Salesforce-Sitzung oder das Access-Token ist abgelaufen oder wurde widerrufen, oder der Benutzer wurde deaktiviert. Bitten Sie Ihren Salesforce-Administrator, den Benutzer unter Setup › Benutzer zu prüfen und ein neues Access-Token für die verbundene App auszustellen, die Plumbline verwendet (Setup › App-Manager).</translation>
    </message>
    <message>
        <source>In Mailchimp, click your profile picture › Profile › Extras › API keys, and choose Create A Key. Copy it whole: the end of the key after the dash (for example -us6) names your account's data centre.</source>
        <translation>Klicken Sie in Mailchimp auf Ihr Profilbild › Profil › Extras › API-Keys und wählen Sie „Create A Key“. Kopieren Sie den Key vollständig: Das Ende nach dem Bindestrich (z. B. -us6) gibt das Rechenzentrum Ihres Accounts an.</translation>
    </message>
    <message>
        <source>In the Shopify admin, open Settings › Apps and sales channels › Develop apps, select the app Plumbline uses › API credentials, and reveal or reinstall to get a new Admin API access token (it is shown only once).</source>
        <translation>Öffnen Sie im Shopify-Adminbereich Einstellungen › Apps und Vertriebskanäle › Apps entwickeln, wählen Sie die App, die Plumbline verwendet › API-Anmeldedaten, und lassen Sie das Admin-API-Access-Token anzeigen oder installieren Sie die App neu, um ein neues zu erhalten (es wird nur einmal angezeigt).</translation>
    </message>
    <message>
        <source>In Make, click your avatar › Profile › API access › Add token, with at least the scenarios:read scope. Tokens belong to one zone (eu1, us1, …): create it in the zone this connection uses.</source>
        <translation>Klicken Sie in Make auf Ihren Avatar › Profil › API-Zugriff › Token hinzufügen, mindestens mit dem Scope scenarios:read. Tokens gehören zu einer Zone (eu1, us1, …): Erstellen Sie das Token in der Zone, die diese Verbindung verwendet.</translation>
    </message>
    <message>
        <source>The Zapier access token was revoked or has expired. Ask whoever set up Plumbline's access to Zapier to sign in again and issue a new token with the zap:runs scope.</source>
        <translation>Das Zapier-Access-Token wurde widerrufen oder ist abgelaufen. Bitten Sie die Person, die den Zugriff von Plumbline auf Zapier eingerichtet hat, sich erneut anzumelden und ein neues Token mit dem Scope zap:runs auszustellen.</translation>
    </message>
    <message>
        <source>Ask the owner of this service for a new API key, and check in the connection's options that the header name and scheme (for example Authorization: Bearer) are still right.</source>
        <translation>Bitten Sie die verantwortliche Person dieses Dienstes um einen neuen API-Key, und prüfen Sie in den Optionen der Verbindung, ob Header-Name und Schema (z. B. Authorization: Bearer) noch stimmen.</translation>
    </message>
    <message>
        <source>The HubSpot private app lacks a scope. In HubSpot open Settings › Integrations › Private Apps › the app › Scopes and tick the read scopes of the objects you monitor (for contacts: crm.objects.contacts.read and crm.schemas.contacts.read). If HubSpot issues a new token, paste it into Plumbline.</source>
        <translation>Der privaten HubSpot-App fehlt ein Scope. Öffnen Sie in HubSpot Einstellungen › Integrationen › Private Apps › die App › Scopes und aktivieren Sie die Lese-Scopes der überwachten Objekte (für Kontakte: crm.objects.contacts.read und crm.schemas.contacts.read). Wenn HubSpot ein neues Token ausstellt, fügen Sie es in Plumbline ein.</translation>
    </message>
    <message>
        <source>The Salesforce user behind the token may no longer read this object or its fields. Ask your Salesforce admin to check the user's profile or permission set: API Enabled, Read on the object, field-level access to the mapped fields, and View Setup and Configuration for the API usage figures.</source>
        <translation>Der Salesforce-Benutzer hinter dem Token darf dieses Objekt oder seine Felder möglicherweise nicht mehr lesen. Bitten Sie Ihren Salesforce-Administrator, das Profil oder den Berechtigungssatz des Benutzers zu prüfen: „API aktiviert“, Lesen für das Objekt, Zugriff auf Feldebene für die zugeordneten Felder und „Setup und Konfiguration anzeigen“ für die API-Nutzungszahlen.</translation>
    </message>
    <message>
        <source>Mailchimp API keys have no scopes: the key's user needs access to this audience. Check the user's role (Manager or above) under Account &amp; billing › Settings › Users, and that the audience id in the connection is still right.</source>
        <translation>Mailchimp-API-Keys haben keine Scopes: Der Benutzer des Keys braucht Zugriff auf diese Zielgruppe. Prüfen Sie die Rolle des Benutzers (Manager oder höher) unter Konto &amp; Abrechnung › Einstellungen › Benutzer und ob die Zielgruppen-ID in der Verbindung noch stimmt.</translation>
    </message>
    <message>
        <source>The Shopify app lacks an access scope. In the Shopify admin open Settings › Apps and sales channels › Develop apps › the app › Configuration › Admin API integration, add the read scope of what you monitor (for example read_customers, read_orders), save and reinstall the app.</source>
        <translation>Der Shopify-App fehlt ein Zugriffs-Scope. Öffnen Sie im Shopify-Adminbereich Einstellungen › Apps und Vertriebskanäle › Apps entwickeln › die App › Konfiguration › Admin-API-Integration, fügen Sie den Lese-Scope für das Überwachte hinzu (z. B. read_customers, read_orders), speichern Sie und installieren Sie die App neu.</translation>
    </message>
    <message>
        <source>The Make token lacks a scope. Create a new token in Make (avatar › Profile › API access) with scenarios:read, and organizations:read for the plan's limits.</source>
        <translation>Dem Make-Token fehlt ein Scope. Erstellen Sie in Make ein neues Token (Avatar › Profil › API-Zugriff) mit scenarios:read sowie organizations:read für die Limits des Tarifs.</translation>
    </message>
    <message>
        <source>The Zapier token lacks the zap:runs scope, or the Zap belongs to an account it cannot see. Ask whoever set up the access to grant it.</source>
        <translation>Dem Zapier-Token fehlt der Scope zap:runs, oder der Zap gehört zu einem Account, den es nicht sehen kann. Bitten Sie die Person, die den Zugriff eingerichtet hat, ihn zu gewähren.</translation>
    </message>
    <message>
        <source>The key is valid but not allowed to read this data. Ask the owner of this service to grant it read access.</source>
        <translation>Der Key ist gültig, darf diese Daten aber nicht lesen. Bitten Sie die verantwortliche Person dieses Dienstes, ihm Lesezugriff zu gewähren.</translation>
    </message>
    <message>
        <source>HubSpot is moving to dated API versions (for example 2026-03); the old v1–v4 paths end in September 2027. In Plumbline open Connections › edit this connection › API version and choose the current dated version; ask whoever built the sync to do the same.</source>
        <translation>HubSpot stellt auf datierte API-Versionen um (z. B. 2026-03); die alten v1–v4-Pfade enden im September 2027. Öffnen Sie in Plumbline Verbindungen › diese Verbindung bearbeiten › API-Version und wählen Sie die aktuelle datierte Version; bitten Sie die Person, die die Synchronisierung gebaut hat, dasselbe zu tun.</translation>
    </message>
    <message>
        <source>Salesforce retires old API versions. In Plumbline open Connections › edit this connection › API version and choose a supported version (for example 62.0); ask whoever built the sync whether it uses the same old version.</source>
        <translation>Salesforce stellt alte API-Versionen ein. Öffnen Sie in Plumbline Verbindungen › diese Verbindung bearbeiten › API-Version und wählen Sie eine unterstützte Version (z. B. 62.0); fragen Sie die Person, die die Synchronisierung gebaut hat, ob diese dieselbe alte Version verwendet.</translation>
    </message>
    <message>
        <source>Shopify supports each API version for about a year, then silently answers with a newer one. In Plumbline open Connections › edit this connection › API version and choose a current version; check that the apps that sync your store were updated too.</source>
        <translation>Shopify unterstützt jede API-Version etwa ein Jahr lang und antwortet danach stillschweigend mit einer neueren. Öffnen Sie in Plumbline Verbindungen › diese Verbindung bearbeiten › API-Version und wählen Sie eine aktuelle Version; prüfen Sie, ob die Apps, die Ihren Shop synchronisieren, ebenfalls aktualisiert wurden.</translation>
    </message>
    <message>
        <source>The vendor is retiring the API version this connection uses. In Plumbline open Connections › edit this connection › API version and choose a current one; ask whoever built the sync to check theirs.</source>
        <translation>Der Anbieter stellt die API-Version ein, die diese Verbindung verwendet. Öffnen Sie in Plumbline Verbindungen › diese Verbindung bearbeiten › API-Version und wählen Sie eine aktuelle; bitten Sie die Person, die die Synchronisierung gebaut hat, ihre zu prüfen.</translation>
    </message>
    <message>
        <source>%1 rejected Plumbline's key%2: it was revoked, has expired or was mistyped</source>
        <translation>%1 hat den Key von Plumbline abgelehnt%2: Er wurde widerrufen, ist abgelaufen oder wurde falsch eingegeben</translation>
    </message>
    <message>
        <source>%1 accepted Plumbline's key but refused access%2: a permission or scope is missing</source>
        <translation>%1 hat den Key von Plumbline akzeptiert, aber den Zugriff verweigert%2: Eine Berechtigung oder ein Scope fehlt</translation>
    </message>
    <message>
        <source>The key of %1 is %2 days old; your policy is to replace keys every %3 days</source>
        <translation>Der Key von %1 ist %2 Tage alt; laut Ihrer Richtlinie werden Keys alle %3 Tage ersetzt</translation>
    </message>
    <message>
        <source>Revoke the old key afterwards so only the new one works.</source>
        <translation>Widerrufen Sie danach den alten Key, damit nur noch der neue funktioniert.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>API version %1 of %2 has been retired%3: requests to it no longer work</source>
        <translation>API-Version %1 von %2 wurde eingestellt%3: Anfragen an sie funktionieren nicht mehr</translation>
    </message>
    <message>
        <source>%1 answered with API version %2 instead of the requested %3: the old version is no longer served</source>
        <translation>%1 hat mit API-Version %2 statt der angeforderten %3 geantwortet: Die alte Version wird nicht mehr bereitgestellt</translation>
    </message>
    <message>
        <source>(another)</source>
        <translation>(eine andere)</translation>
    </message>
    <message>
        <source>API version %1 of %2 passed its end date %3 days ago and may stop working at any moment</source>
        <translation>API-Version %1 von %2 hat ihr Enddatum vor %3 Tagen überschritten und kann jederzeit aufhören zu funktionieren</translation>
    </message>
    <message numerus="yes">
        <source>API version %1 of %2 stops working on %3, in %n day(s)</source>
        <translation>
            <numerusform>API-Version %1 von %2 funktioniert ab %3 nicht mehr, in %n Tag</numerusform>
            <numerusform>API-Version %1 von %2 funktioniert ab %3 nicht mehr, in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>API version %1 of %2 is deprecated</source>
        <translation>API-Version %1 von %2 ist veraltet</translation>
    </message>
    <message>
        <source>%1 has used up its API quota%2: every system sharing it is refused until the quota resets</source>
        <translation>%1 hat sein API-Kontingent ausgeschöpft%2: Jedes System, das es mitnutzt, wird abgewiesen, bis das Kontingent zurückgesetzt wird</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 API calls left (%4 %)</source>
        <translation>%1 hat noch %2 von %3 API-Aufrufen übrig (%4 %)</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 API calls left in its %4 window (%5 %)</source>
        <translation>%1 hat im Zeitfenster von %4 noch %2 von %3 API-Aufrufen übrig (%5 %)</translation>
    </message>
    <message>
        <source>, and it answered "too many requests"</source>
        <translation>, und es hat mit „zu viele Anfragen“ geantwortet</translation>
    </message>
    <message>
        <source>%1 answered "too many requests" and asked to wait %2</source>
        <translation>%1 hat mit „zu viele Anfragen“ geantwortet und bittet, %2 zu warten</translation>
    </message>
    <message>
        <source>%1 answered "too many requests"</source>
        <translation>%1 hat mit „zu viele Anfragen“ geantwortet</translation>
    </message>
    <message>
        <source>Plumbline uses only a few calls per check; something else is using this account's API allowance heavily (another sync, an export, a new app or a script). Look at the account's API usage page or ask whoever runs the other integrations; if it keeps happening, spread scheduled jobs out or raise the plan's limit.</source>
        <translation>Plumbline verbraucht nur wenige Aufrufe pro Prüfung; etwas anderes nutzt das API-Kontingent dieses Accounts stark (eine andere Synchronisierung, ein Export, eine neue App oder ein Skript). Sehen Sie sich die API-Nutzungsseite des Accounts an oder fragen Sie die Verantwortlichen der anderen Integrationen; wenn es wieder vorkommt, verteilen Sie geplante Jobs zeitlich oder erhöhen Sie das Limit des Tarifs.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, even after retrying</source>
        <translation>%1 hat auch nach erneuten Versuchen nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Check the vendor's status page for an outage. If the vendor reports no problem, check this computer's internet connection, proxy or VPN.</source>
        <translation>Prüfen Sie die Statusseite des Anbieters auf eine Störung. Meldet der Anbieter kein Problem, prüfen Sie die Internetverbindung, den Proxy oder das VPN dieses Computers.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>Often a company proxy or antivirus that inspects secure traffic, or a wrong date on this computer. Check the date and time, and ask IT whether a proxy intercepts connections to this vendor; also check the connection's address.</source>
        <translation>Häufig die Ursache: ein Firmen-Proxy oder Virenscanner, der verschlüsselten Datenverkehr prüft, oder ein falsches Datum auf diesem Computer. Prüfen Sie Datum und Uhrzeit, und fragen Sie die IT, ob ein Proxy Verbindungen zu diesem Anbieter abfängt; prüfen Sie auch die Adresse der Verbindung.</translation>
    </message>
    <message>
        <source>%1 could not be reached: the address could not be found or the connection was refused</source>
        <translation>%1 war nicht erreichbar: Die Adresse wurde nicht gefunden oder die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>Check this computer's internet connection, proxy or VPN, and the connection's address (base URL) in Plumbline; then check the vendor's status page.</source>
        <translation>Prüfen Sie die Internetverbindung, den Proxy oder das VPN dieses Computers und die Adresse der Verbindung (Basis-URL) in Plumbline; prüfen Sie dann die Statusseite des Anbieters.</translation>
    </message>
    <message>
        <source>%1 answered with a server error%2, even after retrying</source>
        <translation>%1 hat auch nach erneuten Versuchen mit einem Serverfehler geantwortet%2</translation>
    </message>
    <message>
        <source>The problem is at the vendor. Check its status page; if it lasts, contact its support with the time shown here. Nothing needs changing in Plumbline.</source>
        <translation>Das Problem liegt beim Anbieter. Prüfen Sie dessen Statusseite; hält es an, wenden Sie sich mit der hier angezeigten Uhrzeit an den Support. In Plumbline muss nichts geändert werden.</translation>
    </message>
    <message>
        <source>%1 answered%2 but Plumbline could not read the answer: the API may have changed</source>
        <translation>%1 hat geantwortet%2, aber Plumbline konnte die Antwort nicht lesen: Die API hat sich möglicherweise geändert</translation>
    </message>
    <message>
        <source>Check the vendor's status page and developer changelog for a change to the API. Check the connection's address and API version in Plumbline (a proxy or login page may answer instead of the vendor). If it persists, update Plumbline.</source>
        <translation>Prüfen Sie die Statusseite und das Entwickler-Changelog des Anbieters auf eine Änderung der API. Prüfen Sie Adresse und API-Version der Verbindung in Plumbline (womöglich antwortet ein Proxy oder eine Anmeldeseite statt des Anbieters). Hält das Problem an, aktualisieren Sie Plumbline.</translation>
    </message>
    <message>
        <source>The mapped field %1 no longer exists in %2</source>
        <translation>Das zugeordnete Feld %1 existiert in %2 nicht mehr</translation>
    </message>
    <message>
        <source>The mapped field %1 no longer exists in %2 (renamed to %3?)</source>
        <translation>Das zugeordnete Feld %1 existiert in %2 nicht mehr (umbenannt in %3?)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 in %2 (renamed to %3?)</source>
        <translation>%1 in %2 (umbenannt in %3?)</translation>
    </message>
    <message numerus="yes">
        <source>%n mapped fields no longer exist: %1</source>
        <translation>
            <numerusform>%n zugeordnetes Feld existiert nicht mehr: %1</numerusform>
            <numerusform>%n zugeordnete Felder existieren nicht mehr: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 is the field that matches records</source>
        <translation>; %1 ist das Feld, über das Datensätze abgeglichen werden</translation>
    </message>
    <message>
        <source>Someone renamed or deleted the field %1 in %2. Ask who changed the fields there; then update the field mapping in the sync and in Plumbline (Integrations › edit › Mappings).</source>
        <translation>Jemand hat das Feld %1 in %2 umbenannt oder gelöscht. Fragen Sie nach, wer dort die Felder geändert hat; aktualisieren Sie dann die Feldzuordnung in der Synchronisierung und in Plumbline (Integrationen › Bearbeiten › Zuordnungen).</translation>
    </message>
    <message>
        <source>The field %1 in %2 was probably renamed to %3. Check the field in %2's settings, then update the mapping in the sync that carries the data and in Plumbline (Integrations › edit › Mappings).</source>
        <translation>Das Feld %1 in %2 wurde wahrscheinlich in %3 umbenannt. Prüfen Sie das Feld in den Einstellungen von %2 und aktualisieren Sie dann die Zuordnung in der Synchronisierung, die die Daten überträgt, und in Plumbline (Integrationen › Bearbeiten › Zuordnungen).</translation>
    </message>
    <message>
        <source>Without this field the sync cannot tell which records belong together and may create duplicates or stop.</source>
        <translation>Ohne dieses Feld kann die Synchronisierung nicht erkennen, welche Datensätze zusammengehören, und legt möglicherweise Duplikate an oder bricht ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>more than %1 days</source>
        <translation>mehr als %1 Tage</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Then in Plumbline choose Connections › select %1 › Set API key… (Ctrl+K) and paste the new key; on a server without a desktop run: plumbline secret set %1</source>
        <translation>Wählen Sie dann in Plumbline Verbindungen › %1 auswählen › API-Key festlegen… (Strg+K) und fügen Sie den neuen Key ein; auf einem Server ohne Desktop führen Sie aus: plumbline secret set %1</translation>
    </message>
    <message>
        <source>The count could not be read because %1. Fix that first: once Plumbline can read both counts again it compares them on the next check.</source>
        <translation>Die Anzahl konnte nicht gelesen werden, weil %1. Beheben Sie das zuerst: Sobald Plumbline beide Anzahlen wieder lesen kann, vergleicht es sie bei der nächsten Prüfung.</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>; und weil </translation>
    </message>
    <message>
        <source>Plumbline has not checked this integration recently: check that polling is not paused (View › Pause polling) and that Plumbline (or its "plumbline run" service) is running.</source>
        <translation>Plumbline hat diese Integration in letzter Zeit nicht geprüft: Prüfen Sie, ob die Abfrage pausiert ist (Ansicht › Abfragen pausieren) und ob Plumbline (bzw. sein Dienst "plumbline run") läuft.</translation>
    </message>
    <message>
        <source>Plumbline has not managed to read both counts recently, because %1.</source>
        <translation>Plumbline konnte in letzter Zeit nicht beide Anzahlen lesen, weil %1.</translation>
    </message>
    <message>
        <source>the object of %1 no longer exists (see the finding about it)</source>
        <translation>das Objekt von %1 nicht mehr existiert (siehe den Befund dazu)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>the HubSpot object type</source>
        <translation>der HubSpot-Objekttyp</translation>
    </message>
    <message>
        <source>the Salesforce object</source>
        <translation>das Salesforce-Objekt</translation>
    </message>
    <message>
        <source>the Mailchimp audience</source>
        <translation>die Mailchimp-Zielgruppe</translation>
    </message>
    <message>
        <source>the Shopify resource</source>
        <translation>die Shopify-Ressource</translation>
    </message>
    <message>
        <source>the Make scenario</source>
        <translation>das Make-Szenario</translation>
    </message>
    <message>
        <source>the Zap</source>
        <translation>der Zap</translation>
    </message>
    <message>
        <source>the API endpoint</source>
        <translation>der API-Endpoint</translation>
    </message>
    <message>
        <source>If it was recreated under a new id, open this integration in Plumbline (select it, then Edit…, Ctrl+E) and enter the new id, and make sure the sync that carries the data uses it too.</source>
        <translation>Bei einer Neuanlage unter neuer ID öffnen Sie diese Integration in Plumbline (auswählen, dann „Bearbeiten…“, Strg+E), geben die neue ID ein und stellen sicher, dass auch die Synchronisierung, die die Daten überträgt, die neue ID verwendet.</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings › Data Management › Objects and check that %1 still exists (a custom object may have been deleted or its internal name changed).</source>
        <translation>Öffnen Sie in HubSpot Einstellungen › Datenverwaltung › Objekte und prüfen Sie, ob %1 noch existiert (ein benutzerdefiniertes Objekt wurde möglicherweise gelöscht oder sein interner Name geändert).</translation>
    </message>
    <message>
        <source>Ask your Salesforce admin to look for %1 under Setup › Object Manager: it may have been deleted or renamed, or the user behind Plumbline's access may no longer see it.</source>
        <translation>Bitten Sie Ihren Salesforce-Administrator, unter Setup › Objekt-Manager nachzusehen, ob %1 noch existiert: Möglicherweise wurde es gelöscht oder umbenannt, oder der Benutzer, über den Plumbline zugreift, kann es nicht mehr sehen.</translation>
    </message>
    <message>
        <source>In Mailchimp, open Audience › All contacts and check that %1 still exists; its id is under Audience › Settings › Audience name and defaults.</source>
        <translation>Öffnen Sie in Mailchimp Zielgruppe › Alle Kontakte und prüfen Sie, ob %1 noch existiert; ihre ID finden Sie unter Zielgruppe › Einstellungen › Name und Standardwerte der Zielgruppe.</translation>
    </message>
    <message>
        <source>Check in the Shopify admin that %1 still exists, and that the shop address and API version of the connection are right.</source>
        <translation>Prüfen Sie im Shopify-Adminbereich, ob %1 noch existiert und ob Shop-Adresse und API-Version der Verbindung stimmen.</translation>
    </message>
    <message>
        <source>In Make, open Scenarios and look for %1 (the id is the number in the scenario's address, …/scenarios/&lt;id&gt;/edit). Without it nothing carries the records any more.</source>
        <translation>Öffnen Sie in Make die Szenarien und suchen Sie %1 (die ID ist die Zahl in der Adresse des Szenarios, …/scenarios/&lt;id&gt;/edit). Ohne dieses Szenario überträgt nichts mehr die Datensätze.</translation>
    </message>
    <message>
        <source>In Zapier, open Zaps (look in the trash too) and check that %1 still exists (the id is in the Zap's address, zapier.com/editor/&lt;id&gt;). Without it nothing carries the records any more.</source>
        <translation>Öffnen Sie in Zapier die Zaps (sehen Sie auch im Papierkorb nach) und prüfen Sie, ob %1 noch existiert (die ID steht in der Adresse des Zaps, zapier.com/editor/&lt;id&gt;). Ohne diesen Zap überträgt nichts mehr die Datensätze.</translation>
    </message>
    <message>
        <source>Ask the owner of this service whether %1 still exists at the address in the connection, or whether it moved.</source>
        <translation>Fragen Sie die verantwortliche Person dieses Dienstes, ob %1 unter der Adresse in der Verbindung noch existiert oder ob er umgezogen ist.</translation>
    </message>
    <message>
        <source>%1 cannot be checked in %2: %3</source>
        <translation>%1 kann in %2 nicht geprüft werden: %3</translation>
    </message>
    <message>
        <source>Open this integration in Plumbline (select it, then Edit…, Ctrl+E) and fill in what is missing.</source>
        <translation>Öffnen Sie diese Integration in Plumbline (auswählen, dann „Bearbeiten…“, Strg+E) und ergänzen Sie, was fehlt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 no longer exists in %2%3: it was deleted or its id changed</source>
        <translation>%1 existiert in %2 nicht mehr%3: gelöscht oder ID geändert</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <source>; also gone: %1</source>
        <translation>; ebenfalls nicht mehr vorhanden: %1</translation>
    </message>
    <message>
        <source>Plumbline has no API key for %1, so it could not check it (nothing was sent to the vendor)</source>
        <translation>Plumbline hat keinen API-Key für %1 und konnte die Verbindung daher nicht prüfen (an den Anbieter wurde nichts gesendet)</translation>
    </message>
    <message>
        <source>Give Plumbline the key: in the window choose Connections › select %1 › Set API key… (Ctrl+K). Where Plumbline runs without a desktop (cron, a server, CI), set the environment variable %2 for the plumbline command, or store the key once with: plumbline secret set %1.</source>
        <translation>Geben Sie Plumbline den Key: Wählen Sie im Fenster Verbindungen › %1 auswählen › API-Key festlegen… (Strg+K). Wo Plumbline ohne Desktop läuft (cron, ein Server, CI), setzen Sie die Umgebungsvariable %2 für den Befehl plumbline, oder speichern Sie den Key einmalig mit: plumbline secret set %1.</translation>
    </message>
    <message>
        <source>If you need a new key:</source>
        <translation>Falls Sie einen neuen Key brauchen:</translation>
    </message>
    <message>
        <source>The API key of %1 contains a line break or another control character, so Plumbline did not send it (nothing was sent to the vendor)</source>
        <translation>Der API-Key von %1 enthält einen Zeilenumbruch oder ein anderes Steuerzeichen, daher hat Plumbline ihn nicht gesendet (an den Anbieter wurde nichts gesendet)</translation>
    </message>
    <message>
        <source>A key never contains line breaks; this one was probably pasted with an extra line. Store it again: Connections › select %1 › Set API key… (Ctrl+K), or plumbline secret set %1. Where the key comes from the environment variable %2, set it without the line break.</source>
        <translation>Ein Key enthält nie Zeilenumbrüche; dieser wurde wahrscheinlich mit einer zusätzlichen Zeile eingefügt. Speichern Sie ihn erneut: Verbindungen › %1 auswählen › API-Key festlegen… (Strg+K) oder plumbline secret set %1. Wenn der Key aus der Umgebungsvariable %2 kommt, setzen Sie diese ohne den Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Plumbline could not read the API key of %1 from the keychain, so it could not check it (nothing was sent to the vendor)</source>
        <translation>Plumbline konnte den API-Key von %1 nicht aus dem Schlüsselbund lesen und die Verbindung daher nicht prüfen (an den Anbieter wurde nichts gesendet)</translation>
    </message>
    <message>
        <source>The keychain is locked or not running. Unlock it (log in to the desktop again, or open the system's passwords app) or start a Secret Service such as GNOME Keyring or KWallet, then check again. Where there is no keychain (a server, CI), set the environment variable %1 for the plumbline command instead. The key itself is probably fine: do not replace it.</source>
        <translation>Der Schlüsselbund ist gesperrt oder läuft nicht. Entsperren Sie ihn (melden Sie sich erneut am Desktop an oder öffnen Sie die Passwortverwaltung des Systems) oder starten Sie einen Secret Service wie GNOME Keyring oder KWallet, und prüfen Sie dann erneut. Wo es keinen Schlüsselbund gibt (Server, CI), setzen Sie stattdessen die Umgebungsvariable %1 für den Befehl plumbline. Der Key selbst ist wahrscheinlich in Ordnung: Ersetzen Sie ihn nicht.</translation>
    </message>
    <message>
        <source>Plumbline could not save or read this check in its workspace file, so its history has stopped: %1</source>
        <translation>Plumbline konnte diese Prüfung nicht in seiner Arbeitsbereichsdatei speichern oder daraus lesen, daher wird kein Verlauf mehr aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Until this is fixed Plumbline cannot tell whether the integration is healthy. Make room on the disk that holds %1 and check that the file can be written (the folder is shown in File › Settings › Data folder). If the file is damaged, restore it from a backup or run "plumbline repair".</source>
        <translation>Solange das nicht behoben ist, kann Plumbline nicht feststellen, ob die Integration fehlerfrei läuft. Schaffen Sie Platz auf dem Datenträger, auf dem %1 liegt, und prüfen Sie, ob die Datei beschreibbar ist (der Ordner wird unter Datei › Einstellungen › Datenordner angezeigt). Ist die Datei beschädigt, stellen Sie sie aus einer Sicherung wieder her oder führen Sie "plumbline repair" aus.</translation>
    </message>
    <message>
        <source>%1 rejected Plumbline's key (see the sign-in finding of %1)</source>
        <translation>%1 den Key von Plumbline abgelehnt hat (siehe den Befund zur Anmeldung bei %1)</translation>
    </message>
    <message>
        <source>%1 refused access to this data (see the permission finding of %1)</source>
        <translation>%1 den Zugriff auf diese Daten verweigert hat (siehe den Befund zur Berechtigung bei %1)</translation>
    </message>
    <message>
        <source>Plumbline has no key it can send to %1 (see the finding about the key of %1)</source>
        <translation>Plumbline keinen Key hat, den es an %1 senden kann (siehe den Befund zum Key von %1)</translation>
    </message>
    <message>
        <source>%1 refused more requests for now (see the rate-limit finding of %1)</source>
        <translation>%1 vorerst keine weiteren Anfragen annimmt (siehe den Befund zum Ratenlimit von %1)</translation>
    </message>
    <message>
        <source>%1 no longer serves this API version (see the deprecation finding of %1)</source>
        <translation>%1 diese API-Version nicht mehr bereitstellt (siehe den Befund zur Abkündigung bei %1)</translation>
    </message>
    <message>
        <source>%1 answered something Plumbline could not read (see the finding about its answer)</source>
        <translation>%1 etwas geantwortet hat, das Plumbline nicht lesen konnte (siehe den Befund zu dieser Antwort)</translation>
    </message>
    <message>
        <source>%1 could not be reached (see the finding that %1 is unreachable)</source>
        <translation>%1 nicht erreichbar war (siehe den Befund zur Erreichbarkeit von %1)</translation>
    </message>
    <message>
        <source>%1 gave no count and no error Plumbline could name; try Test connection on it (Connections › select %1 › Test connection)</source>
        <translation>%1 weder eine Anzahl noch einen Fehler geliefert hat, den Plumbline benennen könnte; versuchen Sie dort „Verbindung testen“ (Verbindungen › %1 auswählen › Verbindung testen)</translation>
    </message>
    <message>
        <source>In HubSpot the refresh token ends when the app is uninstalled from the account or its access is revoked (Settings › Integrations › Connected Apps); check that the app's client id and secret (Development › the app › Auth) are the ones Plumbline has.</source>
        <translation>In HubSpot endet das Refresh-Token, wenn die App aus dem Account deinstalliert oder ihr Zugriff widerrufen wird (Einstellungen › Integrationen › Verbundene Apps); prüfen Sie, ob Client-ID und Client-Secret der App (Entwicklung › die App › Auth) mit denen in Plumbline übereinstimmen.</translation>
    </message>
    <message>
        <source>Ask your Salesforce admin to open Setup › External Client App Manager › the app Plumbline uses and check that it is enabled for the client credentials or web server flow, that its Run As user is active, and that the consumer key and secret are the ones Plumbline has; a revoked session (Setup › Connected Apps OAuth Usage) or a refresh token unused for 30 days also ends the grant.</source>
        <translation>Bitten Sie Ihren Salesforce-Administrator, Setup › External Client App Manager › die von Plumbline verwendete App zu öffnen und zu prüfen, ob sie für den Client-Credentials- oder Web-Server-Flow aktiviert ist, ob ihr Run-As-Benutzer aktiv ist und ob Consumer Key und Consumer Secret mit denen in Plumbline übereinstimmen; auch eine widerrufene Sitzung (Setup › Connected Apps OAuth Usage) oder ein Refresh-Token, das 30 Tage lang nicht verwendet wurde, beendet die Berechtigung.</translation>
    </message>
    <message>
        <source>In the Shopify Dev Dashboard open the app Plumbline uses › Settings: check that the client id and secret are the ones Plumbline has (rotating the secret ends the old one) and that the app is still installed in this store.</source>
        <translation>Öffnen Sie im Shopify Dev Dashboard die von Plumbline verwendete App › Einstellungen: Prüfen Sie, ob Client-ID und Client-Secret mit denen in Plumbline übereinstimmen (durch Rotieren des Secrets wird das alte ungültig) und ob die App noch in diesem Shop installiert ist.</translation>
    </message>
    <message>
        <source>%1 refused Plumbline's sign-in: the grant was revoked or has expired, or the app's client id or secret changed</source>
        <translation>%1 hat die Anmeldung von Plumbline abgelehnt: Die Berechtigung wurde widerrufen oder ist abgelaufen, oder Client-ID oder Client-Secret der App haben sich geändert</translation>
    </message>
    <message>
        <source>If a person signed this connection in, sign in again: Connections › select %1 › Sign in again… (on a server: plumbline auth login %1). If it uses client credentials and the secret changed, store the new one with Set API key… (on a server: plumbline secret set %1 --name client_secret).</source>
        <translation>Wenn eine Person diese Verbindung angemeldet hat, melden Sie sich erneut an: Verbindungen › %1 auswählen › Erneut anmelden… (auf einem Server: plumbline auth login %1). Wenn die Verbindung Client-Credentials verwendet und sich das Secret geändert hat, speichern Sie das neue mit API-Key festlegen… (auf einem Server: plumbline secret set %1 --name client_secret).</translation>
    </message>
    <message>
        <source>Ask the owner of the OAuth server whether the app's client id and secret still hold and whether the client credentials grant is still enabled for it.</source>
        <translation>Fragen Sie die verantwortliche Person des OAuth-Servers, ob Client-ID und Client-Secret der App noch gültig sind und ob der Client-Credentials-Grant für die App noch aktiviert ist.</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>%1 of %2 matched records (%3)</source>
        <translation>%1 von %2 abgeglichenen Datensätzen (%3)</translation>
    </message>
    <message>
        <source>%1 is empty in %2 for %3 though %4 has a value</source>
        <translation>%1 ist in %2 bei %3 leer, obwohl %4 einen Wert hat</translation>
    </message>
    <message>
        <source>%1 arrives cut short in %2 for %3</source>
        <translation>%1 kommt in %2 bei %3 gekürzt an</translation>
    </message>
    <message>
        <source>%1 differs between %2 and %3 for %4</source>
        <translation>%1 weicht zwischen %2 und %3 bei %4 ab</translation>
    </message>
    <message>
        <source>; the mapping %1 → %2 may have broken on %3</source>
        <translation>; die Zuordnung %1 → %2 funktioniert möglicherweise seit dem %3 nicht mehr</translation>
    </message>
    <message>
        <source>Check the sync that writes %1: a field renamed in %2, a changed mapping or a field length at the destination leaves it empty or different.</source>
        <translation>Prüfen Sie die Synchronisierung, die %1 schreibt: Ein in %2 umbenanntes Feld, eine geänderte Zuordnung oder eine Feldlänge im Ziel lässt den Wert leer oder abweichend.</translation>
    </message>
    <message>
        <source>Open the %1 scenario or Zap and check the step that writes %2: a field renamed in %3, a changed mapping or a field length at the destination leaves it empty or different.</source>
        <translation>Öffnen Sie das Szenario bzw. den Zap in %1 und prüfen Sie den Schritt, der %2 schreibt: Ein in %3 umbenanntes Feld, eine geänderte Zuordnung oder eine Feldlänge im Ziel lässt den Wert leer oder abweichend.</translation>
    </message>
    <message>
        <source>In Plumbline: this integration's Values tab lists the fields by differences, with examples that reveal nobody.</source>
        <translation>In Plumbline: Der Tab „Werte“ dieser Integration listet die Felder nach Unterschieden auf, mit Beispielen, die niemanden preisgeben.</translation>
    </message>
    <message>
        <source>Mark exactly one mapping as the key (usually the e-mail address) in the integration's Mappings, or switch the value check off.</source>
        <translation>Markieren Sie in den Zuordnungen der Integration genau eine Zuordnung als Schlüssel (meist die E-Mail-Adresse), oder schalten Sie die Werteprüfung aus.</translation>
    </message>
    <message>
        <source>%1 of %2 sampled records from %3 are missing in %4 (%5), though both systems are answering.</source>
        <translation>%1 von %2 Datensätzen der Stichprobe aus %3 fehlen in %4 (%5), obwohl beide Systeme antworten.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this check.</source>
        <translation>
            <numerusform>%n weiteres Problem bei dieser Prüfung.</numerusform>
            <numerusform>%n weitere Probleme bei dieser Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Partial check: %1)</source>
        <translation>(Unvollständige Prüfung: %1)</translation>
    </message>
    <message>
        <source>Look in the sync's history for records it skipped or rejected (often an invalid e-mail address, a required field left empty, or a filter), and re-run them. In Plumbline: the Values tab shows how many are missing over time.</source>
        <translation>Suchen Sie im Verlauf der Synchronisierung nach Datensätzen, die übersprungen oder abgelehnt wurden (oft eine ungültige E-Mail-Adresse, ein leeres Pflichtfeld oder ein Filter), und führen Sie sie erneut aus. In Plumbline: Der Tab „Werte“ zeigt, wie viele im Lauf der Zeit fehlen.</translation>
    </message>
</context>
<context>
    <name>SalesforceConnector</name>
    <message>
        <source>The Salesforce connection has no instance URL.</source>
        <translation>Die Salesforce-Verbindung hat keine Instanz-URL.</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce API version (write it like 62.0).</source>
        <translation>"%1" ist keine Salesforce-API-Version (schreiben Sie sie z. B. als 62.0).</translation>
    </message>
    <message>
        <source>API version %1 is not among the versions this org offers (%2 … %3).</source>
        <translation>API-Version %1 gehört nicht zu den Versionen, die diese Org anbietet (%2 … %3).</translation>
    </message>
    <message>
        <source>Salesforce no longer offers API version %1; the org offers %2 to %3.</source>
        <translation>Salesforce bietet API-Version %1 nicht mehr an; die Org bietet %2 bis %3 an.</translation>
    </message>
    <message>
        <source>No Salesforce object is set.</source>
        <translation>Kein Salesforce-Objekt festgelegt.</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce field API name (letters, digits and _ such as Email or Tier__c).</source>
        <translation>"%1" ist kein API-Feldname von Salesforce (Buchstaben, Ziffern und _, z. B. Email oder Tier__c).</translation>
    </message>
</context>
<context>
    <name>SalesforceParser</name>
    <message>
        <source>Salesforce sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>Salesforce hat %1 gesendet, die kein gültiges JSON ist (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>Salesforce sent %1 that is not a JSON object.</source>
        <translation>Salesforce hat %1 gesendet, die kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>a version list</source>
        <translation>eine Versionsliste</translation>
    </message>
    <message>
        <source>Salesforce's version list is not a JSON list.</source>
        <translation>Die Versionsliste von Salesforce ist keine JSON-Liste.</translation>
    </message>
    <message>
        <source>Salesforce's version list has an entry (#%1) without a text "version".</source>
        <translation>Die Versionsliste von Salesforce enthält einen Eintrag (#%1) ohne "version" als Text.</translation>
    </message>
    <message>
        <source>Salesforce's version list is empty.</source>
        <translation>Die Versionsliste von Salesforce ist leer.</translation>
    </message>
    <message>
        <source>a query answer</source>
        <translation>eine Abfrageantwort</translation>
    </message>
    <message>
        <source>Salesforce's query answer has no "totalSize".</source>
        <translation>Die Abfrageantwort von Salesforce enthält kein "totalSize".</translation>
    </message>
    <message>
        <source>Salesforce's query answer has a "totalSize" that is not a non-negative integer.</source>
        <translation>Die Abfrageantwort von Salesforce enthält ein "totalSize", das keine nicht-negative ganze Zahl ist.</translation>
    </message>
    <message>
        <source>Salesforce's query answer has a "done" that is not true or false.</source>
        <translation>Die Abfrageantwort von Salesforce enthält ein "done", das weder true noch false ist.</translation>
    </message>
    <message>
        <source>Salesforce's query answer has "records" that is not a list.</source>
        <translation>Die Abfrageantwort von Salesforce enthält "records", die keine Liste sind.</translation>
    </message>
    <message>
        <source>an object description</source>
        <translation>eine Objektbeschreibung</translation>
    </message>
    <message>
        <source>Salesforce's object description has no "fields" list.</source>
        <translation>Die Objektbeschreibung von Salesforce enthält keine "fields"-Liste.</translation>
    </message>
    <message>
        <source>Salesforce's object description has a field (#%1) without a text name, label and type.</source>
        <translation>Die Objektbeschreibung von Salesforce enthält ein Feld (#%1) ohne Name, Label und Typ als Text.</translation>
    </message>
    <message>
        <source>a limits answer</source>
        <translation>eine Limits-Antwort</translation>
    </message>
    <message>
        <source>Salesforce's limits answer has no "DailyApiRequests" with integer "Max" and "Remaining".</source>
        <translation>Die Limits-Antwort von Salesforce enthält kein "DailyApiRequests" mit ganzzahligem "Max" und "Remaining".</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>Salesforce rejected the access token (HTTP %1%2): %3</source>
        <translation>Salesforce hat das Access-Token abgelehnt (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce's daily API request limit is used up (%1): %2</source>
        <translation>Das tägliche API-Anfragelimit von Salesforce ist ausgeschöpft (%1): %2</translation>
    </message>
    <message>
        <source>The Salesforce user may not do this (HTTP %1%2): %3</source>
        <translation>Der Salesforce-Benutzer ist dafür nicht berechtigt (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce does not know this (HTTP %1%2): %3</source>
        <translation>Salesforce kennt dies nicht (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce no longer serves this API version (HTTP %1%2): %3</source>
        <translation>Salesforce stellt diese API-Version nicht mehr bereit (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce is limiting requests (HTTP %1%2): %3</source>
        <translation>Salesforce begrenzt die Anfragen (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1.</source>
        <translation>Salesforce hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1%2: %3</source>
        <translation>Salesforce hat mit HTTP %1%2 geantwortet: %3</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce object API name (letters, digits and _ such as Contact or Invoice__c).</source>
        <translation>"%1" ist kein API-Name eines Salesforce-Objekts (Buchstaben, Ziffern und _, z. B. Contact oder Invoice__c).</translation>
    </message>
    <message>
        <source>The Salesforce filter must be a SOQL WHERE clause as text (or {"where": "…"}).</source>
        <translation>Der Salesforce-Filter muss eine SOQL-WHERE-Klausel als Text sein (oder {"where": "…"}).</translation>
    </message>
    <message>
        <source>Salesforce's query answer has no "records" list.</source>
        <translation>Die Abfrageantwort von Salesforce enthält keine "records"-Liste.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Unknown scenario "%1". Known scenarios: %2</source>
        <translation>Unbekanntes Szenario "%1". Bekannte Szenarien: %2</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (port in use?).</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden (Port belegt?).</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Die Signalbehandlung kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Plumbline sandbox listening on %1 (scenario: %2)</source>
        <translation>Plumbline-Sandbox lauscht auf %1 (Szenario: %2)</translation>
    </message>
    <message>
        <source>Workspace:  curl -s %1/_sandbox/workspace &gt; sandbox-workspace.json</source>
        <translation>Arbeitsbereich: curl -s %1/_sandbox/workspace &gt; sandbox-workspace.json</translation>
    </message>
    <message>
        <source>Secrets:    curl -s %1/_sandbox/env   (PLUMBLINE_SECRET_&lt;ID&gt;=... lines; export them)</source>
        <translation>Geheimnisse:    curl -s %1/_sandbox/env   (Zeilen PLUMBLINE_SECRET_&lt;ID&gt;=...; exportieren Sie sie)</translation>
    </message>
    <message>
        <source>Scenario:   curl -s -X POST -d '{"scenario":"count_drift"}' %1/_sandbox/scenario</source>
        <translation>Szenario:       curl -s -X POST -d '{"scenario":"count_drift"}' %1/_sandbox/scenario</translation>
    </message>
    <message>
        <source>Scenarios:  %1</source>
        <translation>Szenarien:      %1</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
</context>
<context>
    <name>SandboxOAuth</name>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The sign-in request names no redirect address, so %1 cannot send the sign-in back.</source>
        <translation>Die Anmeldeanfrage nennt keine Weiterleitungsadresse, daher kann %1 die Anmeldung nicht zurücksenden.</translation>
    </message>
    <message>
        <source>The redirect address %1 is not registered for this app, so %2 does not send the sign-in back to it.</source>
        <translation>Die Weiterleitungsadresse %1 ist für diese App nicht registriert, daher sendet %2 die Anmeldung nicht an sie zurück.</translation>
    </message>
</context>
<context>
    <name>SecretShapes</name>
    <message>
        <source>a HubSpot private app token</source>
        <translation>ein Access-Token einer privaten HubSpot-App</translation>
    </message>
    <message>
        <source>a Mailchimp API key</source>
        <translation>ein Mailchimp-API-Key</translation>
    </message>
    <message>
        <source>a Shopify access token</source>
        <translation>ein Shopify-Access-Token</translation>
    </message>
    <message>
        <source>a Salesforce session token</source>
        <translation>ein Salesforce-Sitzungstoken</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>ein Slack-Token</translation>
    </message>
    <message>
        <source>a Slack webhook address</source>
        <translation>eine Slack-Webhook-Adresse</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>ein GitHub-Token</translation>
    </message>
    <message>
        <source>a Stripe key</source>
        <translation>ein Stripe-Key</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>ein AWS-Access-Key</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>ein Google-API-Key</translation>
    </message>
    <message>
        <source>a SendGrid API key</source>
        <translation>ein SendGrid-API-Key</translation>
    </message>
    <message>
        <source>a signed token (JWT)</source>
        <translation>ein signiertes Token (JWT)</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>ein privater Schlüssel</translation>
    </message>
    <message>
        <source>an Authorization header value</source>
        <translation>ein Wert für den Authorization-Header</translation>
    </message>
    <message>
        <source>an address with a user name or password in it</source>
        <translation>eine Adresse mit Benutzername oder Passwort</translation>
    </message>
    <message>
        <source>an address with a credential in its query</source>
        <translation>eine Adresse mit Zugangsdaten im Query-String</translation>
    </message>
    <message>
        <source>a long random-looking string, like an API key</source>
        <translation>eine lange, zufällig wirkende Zeichenfolge wie ein API-Key</translation>
    </message>
    <message>
        <source>The key contains a line break. Nothing was stored or sent: a line break in a key would let it add lines to the request sent to the vendor. Copy the key again without it.</source>
        <translation>Der Key enthält einen Zeilenumbruch. Es wurde nichts gespeichert oder gesendet: Über einen Zeilenumbruch im Key könnten der Anfrage an den Anbieter zusätzliche Zeilen hinzugefügt werden. Kopieren Sie den Key erneut, ohne Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The key contains an invisible control character (U+%1). Nothing was stored or sent; copy the key again.</source>
        <translation>Der Key enthält ein unsichtbares Steuerzeichen (U+%1). Es wurde nichts gespeichert oder gesendet; kopieren Sie den Key erneut.</translation>
    </message>
    <message>
        <source>(hidden: %1)</source>
        <translation>(ausgeblendet: %1)</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ShopifyConnector</name>
    <message>
        <source>"%1" is not a Shopify REST resource name (e.g. customers, orders, products).</source>
        <translation>"%1" ist kein Name einer Shopify-REST-Ressource (z. B. customers, orders, products).</translation>
    </message>
    <message>
        <source>A Shopify filter is query parameters, e.g. "created_at_min=2026-01-01" or {"status": "any"}.</source>
        <translation>Ein Shopify-Filter besteht aus Query-Parametern, z. B. "created_at_min=2026-01-01" oder {"status": "any"}.</translation>
    </message>
    <message>
        <source>Plumbline knows the fields of the Shopify resources %1, not of "%2".</source>
        <translation>Plumbline kennt die Felder der Shopify-Ressourcen %1, nicht die von "%2".</translation>
    </message>
    <message>
        <source>A value check needs a Shopify resource (customers), a key field and a usable filter.</source>
        <translation>Eine Werteprüfung braucht eine Shopify-Ressource (customers), ein Schlüsselfeld und einen verwendbaren Filter.</translation>
    </message>
    <message>
        <source>A value check needs a Shopify resource (customers) and a key field.</source>
        <translation>Eine Werteprüfung braucht eine Shopify-Ressource (customers) und ein Schlüsselfeld.</translation>
    </message>
</context>
<context>
    <name>ShopifyParser</name>
    <message>
        <source>Shopify sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Shopify hat einen Body gesendet, der kein JSON ist (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Shopify sent JSON that is not an object.</source>
        <translation>Shopify hat JSON gesendet, das kein Objekt ist.</translation>
    </message>
    <message>
        <source>Shopify's count answer has no "count".</source>
        <translation>Die Zählantwort von Shopify enthält kein "count".</translation>
    </message>
    <message>
        <source>Shopify's "count" is not a whole number of records.</source>
        <translation>Der "count" von Shopify ist keine ganze Anzahl von Datensätzen.</translation>
    </message>
    <message>
        <source>Shopify's shop answer has no "shop" object.</source>
        <translation>Die Shop-Antwort von Shopify enthält kein "shop"-Objekt.</translation>
    </message>
    <message>
        <source>Shopify's shop name is not text.</source>
        <translation>Der Shop-Name von Shopify ist kein Text.</translation>
    </message>
    <message>
        <source>Asked for API version %1, Shopify served %2.</source>
        <translation>API-Version %1 angefordert, Shopify hat %2 geliefert.</translation>
    </message>
    <message>
        <source>Shopify marked this call as deprecated.</source>
        <translation>Shopify hat diesen Aufruf als veraltet markiert.</translation>
    </message>
    <message>
        <source>Shopify's deprecated API calls answer has no "deprecated_api_calls" list.</source>
        <translation>Die Antwort von Shopify zu veralteten API-Aufrufen enthält keine "deprecated_api_calls"-Liste.</translation>
    </message>
    <message>
        <source>A deprecated API call entry is not an object.</source>
        <translation>Ein Eintrag zu einem veralteten API-Aufruf ist kein Objekt.</translation>
    </message>
    <message>
        <source>A deprecated API call has an unreadable "migration_deadline".</source>
        <translation>Ein veralteter API-Aufruf hat eine unlesbare "migration_deadline".</translation>
    </message>
    <message>
        <source>A deprecated API call's description is not text.</source>
        <translation>Die Beschreibung eines veralteten API-Aufrufs ist kein Text.</translation>
    </message>
    <message>
        <source>Shopify: the shop is frozen or its plan does not include this (HTTP 402)</source>
        <translation>Shopify: Der Shop ist eingefroren, oder sein Tarif umfasst dies nicht (HTTP 402)</translation>
    </message>
    <message>
        <source>Shopify: the shop is locked (HTTP 423)</source>
        <translation>Shopify: Der Shop ist gesperrt (HTTP 423)</translation>
    </message>
    <message>
        <source>%1 — Shopify says: %2</source>
        <translation>%1 — Shopify meldet: %2</translation>
    </message>
    <message>
        <source>Shopify's answer has no "customers" list.</source>
        <translation>Die Antwort von Shopify enthält keine "customers"-Liste.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail server %1 refused the user name or password (SMTP %2); check the channel's user name and the SMTP password in the keychain</source>
        <translation>Der Mailserver %1 hat Benutzername oder Passwort abgelehnt (SMTP %2); prüfen Sie den Benutzernamen des Kanals und das SMTP-Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, and Plumbline sends mail only encrypted, so nothing was sent (if it takes implicit TLS, usually on port 465, choose security "tls")</source>
        <translation>Der Mailserver %1 bietet kein STARTTLS an, und Plumbline versendet E-Mails nur verschlüsselt, daher wurde nichts gesendet (falls der Server implizites TLS unterstützt, meist auf Port 465, wählen Sie die Verschlüsselung "tls")</translation>
    </message>
    <message>
        <source>The TLS certificate of the mail server %1 is not trusted, so nothing was sent (%2); if the server uses your organisation's own certificate authority, set its file as ca_file</source>
        <translation>Dem TLS-Zertifikat des Mailservers %1 wird nicht vertraut, daher wurde nichts gesendet (%2); falls der Server die eigene Zertifizierungsstelle Ihrer Organisation verwendet, geben Sie deren Datei als ca_file an</translation>
    </message>
    <message>
        <source>The secure connection to the mail server %1 failed: %2</source>
        <translation>Die sichere Verbindung zum Mailserver %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1: %2</source>
        <translation>Keine Verbindung zum Mailserver %1 möglich: %2</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time: %2</source>
        <translation>Der Mailserver %1 hat nicht rechtzeitig geantwortet: %2</translation>
    </message>
    <message>
        <source>Sending mail through %1 was cancelled</source>
        <translation>Der E-Mail-Versand über %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>The mail server %1 refused a recipient (SMTP %2): %3; check the channel's addresses</source>
        <translation>Der Mailserver %1 hat einen Empfänger abgelehnt (SMTP %2): %3; prüfen Sie die Adressen des Kanals</translation>
    </message>
    <message>
        <source>The mail server %1 refused the sender address (SMTP %2): %3; check the channel's "from"</source>
        <translation>Der Mailserver %1 hat die Absenderadresse abgelehnt (SMTP %2): %3; prüfen Sie den Absender ("from") des Kanals</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message (SMTP %2): %3</source>
        <translation>Der Mailserver %1 hat die Nachricht abgelehnt (SMTP %2): %3</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message for now (SMTP %2): %3; it will be tried again</source>
        <translation>Der Mailserver %1 hat die Nachricht vorerst abgelehnt (SMTP %2): %3; es wird erneut versucht</translation>
    </message>
    <message>
        <source>Sending mail through %1 failed: %2</source>
        <translation>Der E-Mail-Versand über %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The e-mail channel has no SMTP host; nothing was sent</source>
        <translation>Der E-Mail-Kanal hat keinen SMTP-Host; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>"%1" is not a host name; nothing was sent</source>
        <translation>„%1“ ist kein Hostname; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Mail without TLS may only go to this computer; %1 needs security "starttls" or "tls". Nothing was sent</source>
        <translation>E-Mail ohne TLS ist nur zu diesem Computer erlaubt; %1 erfordert die Verschlüsselung "starttls" oder "tls". Es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>The e-mail channel has no valid recipient; nothing was sent</source>
        <translation>Der E-Mail-Kanal hat keinen gültigen Empfänger; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>The e-mail channel has a user name but no SMTP password in the keychain; nothing was sent</source>
        <translation>Der E-Mail-Kanal hat einen Benutzernamen, aber kein SMTP-Passwort im Schlüsselbund; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Could not start the mail client (libcurl)</source>
        <translation>Der Mail-Client (libcurl) konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <source>There is no workspace file %1.</source>
        <translation>Es gibt keine Arbeitsbereichsdatei %1.</translation>
    </message>
    <message>
        <source>Could not copy %1 before repairing it: %2. Nothing was changed.</source>
        <translation>%1 konnte vor der Reparatur nicht kopiert werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not create the repaired workspace file %1: %2. Nothing was changed.</source>
        <translation>Die reparierte Arbeitsbereichsdatei %1 konnte nicht angelegt werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not write the repaired workspace file %1: %2</source>
        <translation>Die reparierte Arbeitsbereichsdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing could be read from %1: it is too damaged. Restore it from a backup.</source>
        <translation>Aus %1 konnte nichts gelesen werden: Die Datei ist zu stark beschädigt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The repaired copy does not pass its own check: %1</source>
        <translation>Die reparierte Kopie besteht ihre eigene Prüfung nicht: %1</translation>
    </message>
    <message>
        <source>The repaired file %1 could not be moved to %2; the damaged file is kept as %3. Move the repaired file into place by hand.</source>
        <translation>Die reparierte Datei %1 konnte nicht nach %2 verschoben werden; die beschädigte Datei bleibt als %3 erhalten. Verschieben Sie die reparierte Datei von Hand an ihren Platz.</translation>
    </message>
</context>
<context>
    <name>TokenKeeper</name>
    <message>
        <source>%1's token endpoint refused Plumbline's grant for "%2" (%3). Renewing again will not help: sign in again, or check the app's client id and secret.</source>
        <translation>Der Token-Endpoint von %1 hat die Berechtigung von Plumbline für "%2" abgelehnt (%3). Ein erneuter Erneuerungsversuch hilft nicht: Melden Sie sich erneut an, oder prüfen Sie Client-ID und Client-Secret der App.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Could not reach %1's token endpoint for "%2": %3. Plumbline will try again; nothing to do unless it lasts.</source>
        <translation>Der Token-Endpoint von %1 für "%2" war nicht erreichbar: %3. Plumbline versucht es erneut; Sie müssen nur etwas tun, wenn das Problem anhält.</translation>
    </message>
    <message>
        <source>%1's token endpoint is unavailable for "%2" (HTTP %3%4). Plumbline will try again; nothing to do unless it lasts.</source>
        <translation>Der Token-Endpoint von %1 ist für "%2" nicht verfügbar (HTTP %3%4). Plumbline versucht es erneut; Sie müssen nur etwas tun, wenn das Problem anhält.</translation>
    </message>
    <message>
        <source>%1's token endpoint for "%2" answered something that is not a token (HTTP %3): %4. A proxy or captive portal login page answers like this; check the token address and the network.</source>
        <translation>Der Token-Endpoint von %1 für "%2" hat etwas geantwortet, das kein Token ist (HTTP %3): %4. So antwortet etwa die Anmeldeseite eines Proxys oder Captive Portals; prüfen Sie die Token-Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>kein access_token</translation>
    </message>
    <message>
        <source>"%1" has no token address: set auth.token_url in the connection.</source>
        <translation>"%1" hat keine Token-Adresse: Setzen Sie auth.token_url in der Verbindung.</translation>
    </message>
    <message>
        <source>No client secret for "%1": store the app's client secret (Set API key…, or plumbline secret set %2 --name client_secret).</source>
        <translation>Kein Client-Secret für "%1": Speichern Sie das Client-Secret der App (API-Key festlegen… oder plumbline secret set %2 --name client_secret).</translation>
    </message>
    <message>
        <source>"%1" is not signed in yet: choose Sign in… on the connection (or run plumbline auth login %2).</source>
        <translation>"%1" ist noch nicht angemeldet: Wählen Sie bei der Verbindung Anmelden… (oder führen Sie plumbline auth login %2 aus).</translation>
    </message>
    <message>
        <source>The keychain would not store the new refresh token of "%1"; it is kept in memory only, so after Plumbline restarts you will need to sign in again.</source>
        <translation>Der Schlüsselbund hat das neue Refresh-Token von "%1" nicht gespeichert; es liegt nur im Arbeitsspeicher, daher müssen Sie sich nach einem Neustart von Plumbline erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>ValueSettings</name>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as "US" or "DE"</source>
        <translation>zweistelliger Ländercode wie "US" oder "DE" erwartet</translation>
    </message>
    <message>
        <source>expected one of text, email, phone, date, datetime, boolean, multiselect, number, address</source>
        <translation>einer der Werte text, email, phone, date, datetime, boolean, multiselect, number, address erwartet</translation>
    </message>
</context>
<context>
    <name>Vendor</name>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>Zapier</source>
        <translation>Zapier</translation>
    </message>
    <message>
        <source>Generic REST API</source>
        <translation>Generische REST-API</translation>
    </message>
</context>
<context>
    <name>VendorCatalog</name>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Access-Token der privaten App</translation>
    </message>
    <message>
        <source>In HubSpot: Settings › Integrations › Private apps › your app › Auth › Show token.</source>
        <translation>In HubSpot: Einstellungen › Integrationen › Private Apps › Ihre App › Auth › Token anzeigen.</translation>
    </message>
    <message>
        <source>Instance URL</source>
        <translation>Instanz-URL</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access-Token</translation>
    </message>
    <message>
        <source>An OAuth access token of a connected app (Setup › App Manager) for the integration user.</source>
        <translation>Ein OAuth-Access-Token einer verbundenen App (Setup › App-Manager) für den Integrationsbenutzer.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Key</translation>
    </message>
    <message>
        <source>In Mailchimp: Profile › Extras › API keys. The part after the dash (e.g. us6) is your data centre.</source>
        <translation>In Mailchimp: Profil › Extras › API-Keys. Der Teil nach dem Bindestrich (z. B. us6) ist Ihr Rechenzentrum.</translation>
    </message>
    <message>
        <source>Audience ID</source>
        <translation>Zielgruppen-ID</translation>
    </message>
    <message>
        <source>e.g. a1b2c3d4e5</source>
        <translation>z. B. a1b2c3d4e5</translation>
    </message>
    <message>
        <source>Audience › Settings › Audience name and defaults › Audience ID.</source>
        <translation>Zielgruppe › Einstellungen › Name und Standardwerte der Zielgruppe › Zielgruppen-ID.</translation>
    </message>
    <message>
        <source>Admin API base URL</source>
        <translation>Admin-API-Basis-URL</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Admin-API-Access-Token</translation>
    </message>
    <message>
        <source>In Shopify admin: Settings › Apps and sales channels › Develop apps › your app › API credentials.</source>
        <translation>Im Shopify-Adminbereich: Einstellungen › Apps und Vertriebskanäle › Apps entwickeln › Ihre App › API-Anmeldedaten.</translation>
    </message>
    <message>
        <source>Shop domain</source>
        <translation>Shop-Domain</translation>
    </message>
    <message>
        <source>e.g. my-store.myshopify.com</source>
        <translation>z. B. my-store.myshopify.com</translation>
    </message>
    <message>
        <source>The shop's myshopify.com domain.</source>
        <translation>Die myshopify.com-Domain des Shops.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>In Make: Profile › API access › Add token (tokens are per zone).</source>
        <translation>In Make: Profil › API-Zugriff › Token hinzufügen (Tokens gelten je Zone).</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>e.g. eu1.make.com</source>
        <translation>z. B. eu1.make.com</translation>
    </message>
    <message>
        <source>The host name in your organization's dashboard URL.</source>
        <translation>Der Hostname in der Dashboard-URL Ihrer Organisation.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation>z. B. 42</translation>
    </message>
    <message>
        <source>The team whose scenarios are watched.</source>
        <translation>Das Team, dessen Szenarien überwacht werden.</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>e.g. 7</source>
        <translation>z. B. 7</translation>
    </message>
    <message>
        <source>Lets Plumbline read the organization's API rate limit (license.apiLimit).</source>
        <translation>Damit kann Plumbline das API-Ratenlimit der Organisation lesen (license.apiLimit).</translation>
    </message>
    <message>
        <source>An OAuth access token with the zap and zap:runs scopes.</source>
        <translation>Ein OAuth-Access-Token mit den Scopes zap und zap:runs.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation>API-Key oder Token</translation>
    </message>
    <message>
        <source>Sent in the header below, after the scheme (if any).</source>
        <translation>Wird im unten angegebenen Header gesendet, nach dem Schema (falls vorhanden).</translation>
    </message>
    <message>
        <source>Auth header name</source>
        <translation>Name des Auth-Headers</translation>
    </message>
    <message>
        <source>The HTTP header that carries the key.</source>
        <translation>Der HTTP-Header, der den Key überträgt.</translation>
    </message>
    <message>
        <source>Auth scheme</source>
        <translation>Auth-Schema</translation>
    </message>
    <message>
        <source>Put before the key, e.g. Bearer; may be empty.</source>
        <translation>Steht vor dem Key, z. B. Bearer; darf leer sein.</translation>
    </message>
    <message>
        <source>JSON pointer to the count</source>
        <translation>JSON-Pointer auf die Anzahl</translation>
    </message>
    <message>
        <source>Where the record count is in the response, e.g. /meta/total.</source>
        <translation>Wo die Datensatzanzahl in der Antwort steht, z. B. /meta/total.</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>GET or POST for the count request.</source>
        <translation>GET oder POST für die Zählanfrage.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Request-Body</translation>
    </message>
    <message>
        <source>Sent with the count request (JSON bodies get Content-Type: application/json).</source>
        <translation>Wird mit der Zählanfrage gesendet (JSON-Bodys erhalten Content-Type: application/json).</translation>
    </message>
    <message>
        <source>JSON pointer to a run/error list</source>
        <translation>JSON-Pointer auf eine Ausführungs-/Fehlerliste</translation>
    </message>
    <message>
        <source>Optional: an array of {id, status, timestamp, message} read as the run log.</source>
        <translation>Optional: ein Array aus {id, status, timestamp, message}, das als Ausführungsprotokoll gelesen wird.</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Verwenden Sie 1 bis 64 Buchstaben, Ziffern, '.', '_' oder '-', beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Enter a full URL starting with https://.</source>
        <translation>Geben Sie eine vollständige URL ein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 ist für %2 erforderlich.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>Use the shop's myshopify.com domain, e.g. my-store.myshopify.com.</source>
        <translation>Verwenden Sie die myshopify.com-Domain des Shops, z. B. my-store.myshopify.com.</translation>
    </message>
    <message>
        <source>Paste the %1.</source>
        <translation>Bitte fügen Sie „%1“ ein.</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks; paste it again.</source>
        <translation>Der Key enthält Leerzeichen oder Zeilenumbrüche; fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>A Mailchimp API key ends with its data centre, like -us6. Check that you copied all of it.</source>
        <translation>Ein Mailchimp-API-Key endet mit seinem Rechenzentrum, z. B. -us6. Prüfen Sie, ob Sie ihn vollständig kopiert haben.</translation>
    </message>
    <message>
        <source>retired with the Summer '25 release</source>
        <translation>mit dem Release Summer '25 eingestellt</translation>
    </message>
    <message>
        <source>retires with the Summer '27 release</source>
        <translation>wird mit dem Release Summer '27 eingestellt</translation>
    </message>
    <message>
        <source>Plain http:// would send the key unencrypted, so it is only allowed for this computer (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>Über unverschlüsseltes http:// würde der Key im Klartext gesendet, daher ist es nur für diesen Computer erlaubt (localhost, 127.0.0.1, ::1); verwenden Sie https://.</translation>
    </message>
    <message>
        <source>Remove the key or password from the address (it looks like %1) and paste the key in the key field instead.</source>
        <translation>Entfernen Sie den Key bzw. das Passwort aus der Adresse (sie sieht aus wie %1) und fügen Sie den Key stattdessen in das Feld für den Key ein.</translation>
    </message>
    <message>
        <source>Static key in a header</source>
        <translation>Statischer Key in einem Header</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>OAuth 2.0 Client-Credentials</translation>
    </message>
    <message>
        <source>Enter the OAuth server's token URL, the client id and (optionally) the scope; the client secret goes in the field below. Plumbline gets access tokens and sends them as Authorization: Bearer.</source>
        <translation>Geben Sie die Token-URL des OAuth-Servers, die Client-ID und (optional) den Scope ein; das Client-Secret gehört in das Feld unten. Plumbline holt Access-Tokens und sendet sie als Authorization: Bearer.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Service key or private app token</source>
        <translation>Service Key oder Token einer privaten App</translation>
    </message>
    <message>
        <source>1. In HubSpot open Settings › Integrations › Service Keys (new accounts) or your legacy private app (Development › Legacy apps).
2. Give it read access to the CRM objects you monitor (for example crm.objects.contacts.read and crm.schemas.contacts.read).
3. Copy the key or token into the field below. It does not expire until it is rotated.</source>
        <translation>1. Öffnen Sie in HubSpot Einstellungen › Integrationen › Service Keys (neue Accounts) oder Ihre bisherige private App (Entwicklung › Legacy-Apps).
2. Geben Sie ihr Lesezugriff auf die überwachten CRM-Objekte (zum Beispiel crm.objects.contacts.read und crm.schemas.contacts.read).
3. Kopieren Sie den Key oder das Token in das Feld unten. Die Zugangsdaten laufen nicht ab, solange sie nicht rotiert werden.</translation>
    </message>
    <message>
        <source>Service key or access token</source>
        <translation>Service Key oder Access-Token</translation>
    </message>
    <message>
        <source>Sign in with HubSpot (OAuth app)</source>
        <translation>Mit HubSpot anmelden (OAuth-App)</translation>
    </message>
    <message>
        <source>1. In your HubSpot developer account create an app with OAuth, the read scopes of the CRM objects you monitor, and the redirect URL http://localhost:53682/callback (HubSpot allows plain http for localhost only).
2. Enter its client id, and its client secret in the field below.
3. Choose Sign in…: your browser opens HubSpot; access tokens last 30 minutes and Plumbline renews them with the refresh token it keeps in the keychain.</source>
        <translation>1. Erstellen Sie in Ihrem HubSpot-Entwickler-Account eine App mit OAuth, den Lese-Scopes der überwachten CRM-Objekte und der Weiterleitungs-URL http://localhost:53682/callback (HubSpot erlaubt unverschlüsseltes http nur für localhost).
2. Geben Sie ihre Client-ID ein und ihr Client-Secret in das Feld unten.
3. Wählen Sie Anmelden…: Ihr Browser öffnet HubSpot; Access-Tokens gelten 30 Minuten, und Plumbline erneuert sie mit dem Refresh-Token, das es im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Client credentials (External Client App)</source>
        <translation>Client-Credentials (External Client App)</translation>
    </message>
    <message>
        <source>1. In Salesforce Setup open External Client App Manager › New External Client App (a Local app of your own org).
2. Enable OAuth, enter any callback URL (this flow does not use it), add the scope "Manage user data via APIs (api)" and tick "Enable Client Credentials Flow".
3. Under Policies › OAuth Policies set Run As to a dedicated integration user (the Salesforce Integration license with "Minimum Access – API Only Integrations" is recommended).
4. Copy the Consumer Key into Client id and the Consumer Secret into the secret field below. The instance URL must be your My Domain, such as https://acme.my.salesforce.com.</source>
        <translation>1. Öffnen Sie in Salesforce unter Setup den External Client App Manager › New External Client App (eine lokale App Ihrer eigenen Org).
2. Aktivieren Sie OAuth, geben Sie eine beliebige Callback-URL ein (dieser Flow verwendet sie nicht), fügen Sie den Scope „Manage user data via APIs (api)“ hinzu und aktivieren Sie „Enable Client Credentials Flow“.
3. Setzen Sie unter Policies › OAuth Policies Run As auf einen eigenen Integrationsbenutzer (empfohlen wird die Lizenz „Salesforce Integration“ mit „Minimum Access – API Only Integrations“).
4. Kopieren Sie den Consumer Key in Client-ID und das Consumer Secret in das Secret-Feld unten. Die Instanz-URL muss Ihre My Domain sein, z. B. https://acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Sign in with a Salesforce user (web server flow)</source>
        <translation>Mit einem Salesforce-Benutzer anmelden (Web-Server-Flow)</translation>
    </message>
    <message>
        <source>1. In Setup › External Client App Manager create a Local External Client App with OAuth enabled, the scopes api and refresh_token, "Require PKCE" ticked and the callback URL http://localhost:53682/callback (or the redirect port you set).
2. If Plumbline is a public client, untick "Require secret for Web Server Flow" and "Require secret for Refresh Token Flow".
3. Enter the Consumer Key as Client id, save, and choose Sign in…: your browser opens Salesforce, and Plumbline keeps the refresh token in the keychain.</source>
        <translation>1. Erstellen Sie unter Setup › External Client App Manager eine lokale External Client App mit aktiviertem OAuth, den Scopes api und refresh_token, aktiviertem „Require PKCE“ und der Callback-URL http://localhost:53682/callback (oder dem von Ihnen festgelegten Weiterleitungsport).
2. Wenn Plumbline ein öffentlicher Client ist, deaktivieren Sie „Require secret for Web Server Flow“ und „Require secret for Refresh Token Flow“.
3. Geben Sie den Consumer Key als Client-ID ein, speichern Sie und wählen Sie Anmelden…: Ihr Browser öffnet Salesforce, und Plumbline bewahrt das Refresh-Token im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>Consumer secret (only if the app requires one)</source>
        <translation>Consumer Secret (nur wenn die App eines verlangt)</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Eingefügtes Access-Token</translation>
    </message>
    <message>
        <source>For short tests only: a pasted Salesforce access token ends with the session (2 hours by default), and Plumbline cannot renew it.</source>
        <translation>Nur für kurze Tests: Ein eingefügtes Salesforce-Access-Token endet mit der Sitzung (standardmäßig 2 Stunden), und Plumbline kann es nicht erneuern.</translation>
    </message>
    <message>
        <source>Dev Dashboard app (client credentials)</source>
        <translation>Dev-Dashboard-App (Client-Credentials)</translation>
    </message>
    <message>
        <source>1. In the Shopify Dev Dashboard create an app of your organization with the Admin API read scopes you monitor (read_customers, read_orders, read_products).
2. Install it in your own store.
3. Copy its client id, and its client secret into the field below. Tokens last 24 hours; Plumbline gets a new one before each expires.</source>
        <translation>1. Erstellen Sie im Shopify Dev Dashboard eine App Ihrer Organisation mit den Admin-API-Lese-Scopes für das, was Sie überwachen (read_customers, read_orders, read_products).
2. Installieren Sie sie in Ihrem eigenen Shop.
3. Kopieren Sie ihre Client-ID und ihr Client-Secret in das Feld unten. Tokens gelten 24 Stunden; Plumbline holt jeweils ein neues, bevor das alte abläuft.</translation>
    </message>
    <message>
        <source>Admin API access token (legacy custom app)</source>
        <translation>Admin-API-Access-Token (ältere Custom App)</translation>
    </message>
    <message>
        <source>Stores can no longer create legacy custom apps since 1 January 2026; existing shpat_ tokens keep working.</source>
        <translation>Seit dem 1. Januar 2026 können Shops keine älteren Custom Apps mehr erstellen; bestehende shpat_-Tokens funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Record list path (value checks)</source>
        <translation>Pfad der Datensatzliste (Werteprüfungen)</translation>
    </message>
    <message>
        <source>Optional: where pages of records are read for a value check, below the URL.</source>
        <translation>Optional: wo unterhalb der URL die Seiten mit Datensätzen für eine Werteprüfung gelesen werden.</translation>
    </message>
    <message>
        <source>JSON pointer to the records</source>
        <translation>JSON-Pointer auf die Datensätze</translation>
    </message>
    <message>
        <source>Optional: where the list of records is in a list or lookup answer.</source>
        <translation>Optional: wo die Liste der Datensätze in einer Listen- oder Suchantwort steht.</translation>
    </message>
    <message>
        <source>JSON pointer to a record's key</source>
        <translation>JSON-Pointer auf den Schlüssel eines Datensatzes</translation>
    </message>
    <message>
        <source>Optional: where the key is inside a record, when it is not the mapped member.</source>
        <translation>Optional: wo der Schlüssel in einem Datensatz steht, wenn er nicht das zugeordnete Element ist.</translation>
    </message>
    <message>
        <source>Last-modified member</source>
        <translation>Element für die letzte Änderung</translation>
    </message>
    <message>
        <source>Optional: a record's last-modified time (ISO 8601 or epoch milliseconds).</source>
        <translation>Optional: Zeitpunkt der letzten Änderung eines Datensatzes (ISO 8601 oder Epoch-Millisekunden).</translation>
    </message>
    <message>
        <source>Lookup path (value checks)</source>
        <translation>Suchpfad (Werteprüfungen)</translation>
    </message>
    <message>
        <source>Optional: how one record is found by its key, {key} standing for the key; a 404 means it is missing.</source>
        <translation>Optional: wie ein Datensatz über seinen Schlüssel gefunden wird; {key} steht für den Schlüssel, ein 404 bedeutet, dass er fehlt.</translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>required key "%1" is missing</source>
        <translation>erforderlicher Schlüssel "%1" fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>String erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>"%1" is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-'</source>
        <translation>"%1" ist keine gültige ID: verwenden Sie 1 bis 64 Buchstaben, Ziffern, '.', '_' oder '-'</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unknown vendor "%1"; expected one of: %2</source>
        <translation>unbekannter Anbieter "%1"; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>expected null, a string or an object, found %1</source>
        <translation>null, String oder Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unknown direction "%1"; expected one_way or two_way</source>
        <translation>unbekannte Richtung "%1"; erwartet wird one_way oder two_way</translation>
    </message>
    <message>
        <source>expected an object or null, found %1</source>
        <translation>Objekt oder null erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the limit of %2 bytes for a workspace file</source>
        <translation>die Datei ist %1 Byte groß und überschreitet das Limit von %2 Byte für eine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>required key "format" is missing; expected "plumbline-workspace"</source>
        <translation>erforderlicher Schlüssel "format" fehlt; erwartet wird "plumbline-workspace"</translation>
    </message>
    <message>
        <source>unknown format; expected "plumbline-workspace"</source>
        <translation>unbekanntes Format; erwartet wird "plumbline-workspace"</translation>
    </message>
    <message>
        <source>required key "version" is missing</source>
        <translation>erforderlicher Schlüssel "version" fehlt</translation>
    </message>
    <message>
        <source>version %1 is not supported; this Plumbline reads version 1</source>
        <translation>Version %1 wird nicht unterstützt; diese Plumbline-Version liest Version 1</translation>
    </message>
    <message>
        <source>required key "connections" is missing</source>
        <translation>erforderlicher Schlüssel "connections" fehlt</translation>
    </message>
    <message>
        <source>duplicate connection id "%1"</source>
        <translation>doppelte Verbindungs-ID "%1"</translation>
    </message>
    <message>
        <source>required key "integrations" is missing</source>
        <translation>erforderlicher Schlüssel "integrations" fehlt</translation>
    </message>
    <message>
        <source>duplicate integration id "%1"</source>
        <translation>doppelte Integrations-ID "%1"</translation>
    </message>
    <message>
        <source>refers to connection "%1", which is not defined</source>
        <translation>verweist auf die Verbindung "%1", die nicht definiert ist</translation>
    </message>
    <message>
        <source>looks like a credential</source>
        <translation>sieht nach Zugangsdaten aus</translation>
    </message>
    <message>
        <source>looks like %1</source>
        <translation>sieht aus wie %1</translation>
    </message>
    <message>
        <source>%1; secrets never go in a workspace file — remove it, and store the key of the connection it belongs to with "plumbline secret set CONNECTION_ID"</source>
        <translation>%1; Geheimnisse gehören nie in eine Arbeitsbereichsdatei — entfernen Sie den Wert und speichern Sie den Key der zugehörigen Verbindung mit "plumbline secret set CONNECTION_ID"</translation>
    </message>
    <message>
        <source>%1; secrets never go in a workspace file — store it with "plumbline secret set %2" instead</source>
        <translation>%1; Geheimnisse gehören nie in eine Arbeitsbereichsdatei — speichern Sie den Wert stattdessen mit "plumbline secret set %2"</translation>
    </message>
    <message>
        <source>"%1" cannot be used: %2</source>
        <translation>"%1" kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>this key appears twice in the same object; remove one of them (Plumbline does not guess which one you meant)</source>
        <translation>dieser Schlüssel kommt im selben Objekt zweimal vor; entfernen Sie einen davon (Plumbline rät nicht, welcher gemeint ist)</translation>
    </message>
    <message>
        <source>expected an array of channel ids, found %1</source>
        <translation>Array von Kanal-IDs erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a channel id, found %1</source>
        <translation>Kanal-ID erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>duplicate channel id "%1"</source>
        <translation>doppelte Kanal-ID "%1"</translation>
    </message>
    <message>
        <source>refers to notification channel "%1", which is not defined</source>
        <translation>verweist auf den Benachrichtigungskanal "%1", der nicht definiert ist</translation>
    </message>
</context>
<context>
    <name>ZapierConnector</name>
    <message>
        <source>Zapier is middleware and has no record count.</source>
        <translation>Zapier ist Middleware und hat keine Datensatzanzahl.</translation>
    </message>
    <message>
        <source>Zapier is middleware and has no record schema.</source>
        <translation>Zapier ist Middleware und hat kein Datensatzschema.</translation>
    </message>
    <message>
        <source>No Zap ID is set for this integration.</source>
        <translation>Für diese Integration ist keine Zap-ID festgelegt.</translation>
    </message>
    <message>
        <source>Zapier lists no Zap with the ID "%1" for this account.</source>
        <translation>Zapier führt für diesen Account keinen Zap mit der ID "%1".</translation>
    </message>
    <message>
        <source>Zapier lists more Zaps than Plumbline reads (%1 pages); the Zap "%2" was not among them.</source>
        <translation>Zapier führt mehr Zaps auf, als Plumbline liest (%1 Seiten); der Zap "%2" war nicht darunter.</translation>
    </message>
</context>
<context>
    <name>ZapierParser</name>
    <message>
        <source>Zapier sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Zapier hat einen Body gesendet, der kein JSON ist (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Zapier's answer has no "data" list.</source>
        <translation>Die Antwort von Zapier enthält keine "data"-Liste.</translation>
    </message>
    <message>
        <source>A Zap entry is not an object.</source>
        <translation>Ein Zap-Eintrag ist kein Objekt.</translation>
    </message>
    <message>
        <source>A Zap entry has no "id".</source>
        <translation>Ein Zap-Eintrag hat kein "id".</translation>
    </message>
    <message>
        <source>A Zap's "is_enabled" is not true/false.</source>
        <translation>Das "is_enabled" eines Zaps ist nicht true/false.</translation>
    </message>
    <message>
        <source>A Zap's "last_successful_run_date" is not a date.</source>
        <translation>Das "last_successful_run_date" eines Zaps ist kein Datum.</translation>
    </message>
    <message>
        <source>A Zap's title is not text.</source>
        <translation>Der Titel eines Zaps ist kein Text.</translation>
    </message>
    <message>
        <source>A Zap run entry is not an object.</source>
        <translation>Ein Eintrag einer Zap-Ausführung ist kein Objekt.</translation>
    </message>
    <message>
        <source>A Zap run has no "id".</source>
        <translation>Eine Zap-Ausführung hat kein "id".</translation>
    </message>
    <message>
        <source>A Zap run has no "zap_id".</source>
        <translation>Eine Zap-Ausführung hat keine "zap_id".</translation>
    </message>
    <message>
        <source>A Zap run's "end_time" is not a date.</source>
        <translation>Die "end_time" einer Zap-Ausführung ist kein Datum.</translation>
    </message>
    <message>
        <source>A Zap run has no readable "start_time".</source>
        <translation>Eine Zap-Ausführung hat keine lesbare "start_time".</translation>
    </message>
    <message>
        <source>A Zap run's "status" is not text.</source>
        <translation>Der "status" einer Zap-Ausführung ist kein Text.</translation>
    </message>
    <message>
        <source>Zapier status "%1"</source>
        <translation>Zapier-Status "%1"</translation>
    </message>
    <message>
        <source>A Zap run's "steps" is not a list.</source>
        <translation>Die "steps" einer Zap-Ausführung sind keine Liste.</translation>
    </message>
    <message>
        <source>%1 — Zapier says: %2</source>
        <translation>%1 — Zapier meldet: %2</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertFilterProxy</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertTableModel</name>
    <message>
        <source>Counts drifted apart</source>
        <translation>Anzahlen weichen voneinander ab</translation>
    </message>
    <message>
        <source>Data stopped moving</source>
        <translation>Keine Daten mehr übertragen</translation>
    </message>
    <message>
        <source>Not checked for too long</source>
        <translation>Zu lange nicht geprüft</translation>
    </message>
    <message>
        <source>A mapped field changed</source>
        <translation>Ein zugeordnetes Feld hat sich geändert</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation>Berechtigung fehlt</translation>
    </message>
    <message>
        <source>API version going away</source>
        <translation>API-Version wird abgeschaltet</translation>
    </message>
    <message>
        <source>Running out of API quota</source>
        <translation>API-Kontingent geht zur Neige</translation>
    </message>
    <message>
        <source>Unusual change in volume</source>
        <translation>Ungewöhnliche Mengenänderung</translation>
    </message>
    <message>
        <source>Automation runs failing</source>
        <translation>Automatisierungsausführungen schlagen fehl</translation>
    </message>
    <message>
        <source>Service unreachable</source>
        <translation>Dienst nicht erreichbar</translation>
    </message>
    <message>
        <source>Unreadable answer from the API</source>
        <translation>Unlesbare Antwort der API</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Stummgeschaltet bis %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Integration %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Integration or connection</source>
        <translation>Integration oder Verbindung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Field values differ between systems</source>
        <translation>Feldwerte weichen zwischen den Systemen ab</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertsPage</name>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Abgeschwächt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Held back (maintenance window)</source>
        <translation>Zurückgehalten (Wartungsfenster)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Which alerts to show</source>
        <translation>Welche Alarme angezeigt werden</translation>
    </message>
    <message>
        <source>Every alert that is not resolved, acknowledged and snoozed ones included</source>
        <translation>Alle nicht behobenen Alarme, einschließlich bestätigter und stummgeschalteter</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <source>Say that someone is on it: no more reminders until the alert gets worse.</source>
        <translation>Signalisiert, dass sich jemand darum kümmert: keine weiteren Erinnerungen, bis sich der Alarm verschärft.</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>St&amp;ummschalten</translation>
    </message>
    <message>
        <source>Keep the selected alerts quiet until a time you choose.</source>
        <translation>Schaltet die ausgewählten Alarme bis zu einem von Ihnen gewählten Zeitpunkt stumm.</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Für 4 Stunden</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>Bis morgen 09:00</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Für 1 Woche</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Bis…</translation>
    </message>
    <message>
        <source>&amp;History of the selected alert</source>
        <translation>&amp;Verlauf des ausgewählten Alarms</translation>
    </message>
    <message>
        <source>History of the selected alert</source>
        <translation>Verlauf des ausgewählten Alarms</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>By / details</source>
        <translation>Von / Details</translation>
    </message>
    <message>
        <source>%1 — connection</source>
        <translation>%1 — Verbindung</translation>
    </message>
    <message>
        <source>Plumbline itself</source>
        <translation>Plumbline selbst</translation>
    </message>
    <message>
        <source>Snooze alerts</source>
        <translation>Alarme stummschalten</translation>
    </message>
    <message>
        <source>Quiet &amp;until:</source>
        <translation>Stumm &amp;bis:</translation>
    </message>
    <message>
        <source>Alerts appear here once Plumbline checks your integrations.</source>
        <translation>Alarme erscheinen hier, sobald Plumbline Ihre Integrationen prüft.</translation>
    </message>
    <message>
        <source>No open alerts — every integration is quiet.</source>
        <translation>Keine offenen Alarme — alle Integrationen sind unauffällig.</translation>
    </message>
    <message>
        <source>No alerts in this view.</source>
        <translation>Keine Alarme in dieser Ansicht.</translation>
    </message>
    <message>
        <source>&amp;History: %1 · %2</source>
        <translation>&amp;Verlauf: %1 · %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>snooze ended</source>
        <translation>Stummschaltung beendet</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>benachrichtigt</translation>
    </message>
    <message>
        <source>%1 (notified)</source>
        <translation>%1 (benachrichtigt)</translation>
    </message>
</context>
<context>
    <name>plumbline::ApiVersionCalendarModel</name>
    <message>
        <source>Retired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Under 14 days</source>
        <translation>Weniger als 14 Tage</translation>
    </message>
    <message>
        <source>Under 90 days</source>
        <translation>Weniger als 90 Tage</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No deadline announced</source>
        <translation>Kein Termin angekündigt</translation>
    </message>
    <message>
        <source>Stops working</source>
        <translation>Funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Another version is served</source>
        <translation>Eine andere Version wird ausgeliefert</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor's response</source>
        <translation>Antwort des Anbieters</translation>
    </message>
    <message>
        <source>Vendor's schedule</source>
        <translation>Zeitplan des Anbieters</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>As served at the check of %1</source>
        <translation>So bei der Prüfung vom %1 ausgeliefert</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>plumbline::ApiVersionsPage</name>
    <message>
        <source>API versions and deadlines</source>
        <translation>API-Versionen und Fristen</translation>
    </message>
    <message>
        <source>Dates come from the vendors' own responses (Deprecation and Sunset headers, version lists, 410 Gone) at the latest check, and from the end-of-life dates vendors publish. Red: retired, another version served, or under 14 days left; amber: under 90 days.</source>
        <translation>Die Termine stammen aus den Antworten der Anbieter selbst (Deprecation- und Sunset-Header, Versionslisten, 410 Gone) bei der letzten Prüfung sowie aus den End-of-Life-Terminen, die die Anbieter veröffentlichen. Rot: eingestellt, eine andere Version wird ausgeliefert oder weniger als 14 Tage übrig; Gelb: weniger als 90 Tage.</translation>
    </message>
    <message>
        <source>No connections yet.</source>
        <translation>Noch keine Verbindungen.</translation>
    </message>
    <message>
        <source>No API version of your connections is going away within 90 days.</source>
        <translation>Keine API-Version Ihrer Verbindungen wird innerhalb der nächsten 90 Tage abgeschaltet.</translation>
    </message>
    <message numerus="yes">
        <source>%n API version deadline(s) need attention within 90 days.</source>
        <translation>
            <numerusform>%n API-Versionsfrist erfordert in den nächsten 90 Tagen Ihre Aufmerksamkeit.</numerusform>
            <numerusform>%n API-Versionsfristen erfordern in den nächsten 90 Tagen Ihre Aufmerksamkeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::AppContext</name>
    <message>
        <source>The webhook URL stays in the settings file for now: %1</source>
        <translation>Die Webhook-URL bleibt vorerst in der Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Webhook (from the settings)</source>
        <translation>Webhook (aus den Einstellungen)</translation>
    </message>
</context>
<context>
    <name>plumbline::ChangeLogPage</name>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
</context>
<context>
    <name>plumbline::ChangeLogTableModel</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Credential stored</source>
        <translation>Zugangsdaten gespeichert</translation>
    </message>
    <message>
        <source>Credential removed</source>
        <translation>Zugangsdaten entfernt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>plumbline::ChannelTableModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Warnung und kritisch</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>Fehler seit %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No secret yet (%1)</source>
        <translation>Noch kein Geheimnis (%1)</translation>
    </message>
    <message>
        <source>OK, last delivered %1</source>
        <translation>OK, zuletzt zugestellt am %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Critical alerts break through the quiet hours.</source>
        <translation>Kritische Alarme werden auch während der Ruhezeiten zugestellt.</translation>
    </message>
    <message>
        <source>Nothing breaks through the quiet hours.</source>
        <translation>Während der Ruhezeiten wird nichts zugestellt.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Mindestschweregrad</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionDialog</name>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit connection “%1”</source>
        <translation>Verbindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>The vendor of an existing connection cannot be changed; add a new connection instead.</source>
        <translation>Der Anbieter einer bestehenden Verbindung kann nicht geändert werden; fügen Sie stattdessen eine neue Verbindung hinzu.</translation>
    </message>
    <message>
        <source>The ID of an existing connection cannot be changed.</source>
        <translation>Die ID einer bestehenden Verbindung kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>e.g. HubSpot production</source>
        <translation>z. B. HubSpot Produktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. hubspot-prod</source>
        <translation>z. B. hubspot-prod</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A short, stable identifier used in workspace files and on the command line.</source>
        <translation>Eine kurze, dauerhafte Kennung, die in Arbeitsbereichsdateien und auf der Kommandozeile verwendet wird.</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API-Basis-URL:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-Ve&amp;rsion:</translation>
    </message>
    <message>
        <source>Who to ask about this account</source>
        <translation>Ansprechpartner für diesen Account</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the key (reads a stored key from the keychain when the field is empty)</source>
        <translation>Key anzeigen (liest einen gespeicherten Key aus dem Schlüsselbund, wenn das Feld leer ist)</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Key anzeigen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ask the vendor whether this connection and its key work, without saving</source>
        <translation>Beim Anbieter prüfen, ob diese Verbindung und ihr Key funktionieren, ohne zu speichern</translation>
    </message>
    <message>
        <source> (required):</source>
        <translation> (erforderlich):</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>Derived from the API key's data centre</source>
        <translation>Aus dem Rechenzentrum des API-Keys abgeleitet</translation>
    </message>
    <message>
        <source>Derived from the shop domain</source>
        <translation>Aus der Shop-Domain abgeleitet</translation>
    </message>
    <message>
        <source>Derived from the zone</source>
        <translation>Aus der Zone abgeleitet</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>The key is stored in %1, never in the workspace.</source>
        <translation>Der Key wird in %1 gespeichert, niemals im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>Der neue Key ersetzt beim Speichern den gespeicherten.</translation>
    </message>
    <message>
        <source>A key is stored in the keychain — leave empty to keep it.</source>
        <translation>Im Schlüsselbund ist ein Key gespeichert — leer lassen, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>No key is stored for this connection yet — paste one to store it.</source>
        <translation>Für diese Verbindung ist noch kein Key gespeichert — fügen Sie einen ein, um ihn zu speichern.</translation>
    </message>
    <message>
        <source>The keychain could not be reached, so it is not known whether a key is stored. A key entered here is stored when you save.</source>
        <translation>Der Schlüsselbund war nicht erreichbar, daher ist unbekannt, ob ein Key gespeichert ist. Ein hier eingegebener Key wird beim Speichern abgelegt.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Data centre: %1 (https://%1.api.mailchimp.com)</source>
        <translation>Rechenzentrum: %1 (https://%1.api.mailchimp.com)</translation>
    </message>
    <message>
        <source>Data centre: shown when you enter the key (it ends with e.g. -us6).</source>
        <translation>Rechenzentrum: wird angezeigt, sobald Sie den Key eingeben (er endet z. B. auf -us6).</translation>
    </message>
    <message>
        <source>Data centre: not found — a Mailchimp key ends with its data centre, e.g. -us6.</source>
        <translation>Rechenzentrum: nicht gefunden — ein Mailchimp-Key endet mit seinem Rechenzentrum, z. B. -us6.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Key verbergen</translation>
    </message>
    <message>
        <source>The stored key could not be read: %1</source>
        <translation>Der gespeicherte Key konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Paste the key to test it.</source>
        <translation>Fügen Sie den Key ein, um ihn zu testen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Another connection already uses this ID.</source>
        <translation>Eine andere Verbindung verwendet diese ID bereits.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Einrichtungsschritte</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;methode:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The public id of the app you created at the vendor (its consumer key).</source>
        <translation>Die öffentliche ID der App, die Sie beim Anbieter angelegt haben (ihr Consumer-Key).</translation>
    </message>
    <message>
        <source>C&amp;lient id (required):</source>
        <translation>C&amp;lient-ID (erforderlich):</translation>
    </message>
    <message>
        <source>Optional: space-separated; empty asks for the app's own scopes</source>
        <translation>Optional: durch Leerzeichen getrennt; leer fordert die Scopes der App an</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Token U&amp;RL:</source>
        <translation>Token-&amp;URL:</translation>
    </message>
    <message>
        <source>Sign-in URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>Si&amp;gn-in URL:</source>
        <translation>Anmel&amp;de-URL:</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Weiterleitungsport</translation>
    </message>
    <message>
        <source>The port on this computer where the browser hands the sign-in back to Plumbline.</source>
        <translation>Der Port auf diesem Computer, über den der Browser die Anmeldung an Plumbline zurückgibt.</translation>
    </message>
    <message>
        <source>Re&amp;direct port:</source>
        <translation>&amp;Weiterleitungsport:</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>Token U&amp;RL (required):</source>
        <translation>Token-&amp;URL (erforderlich):</translation>
    </message>
    <message>
        <source>Optional. After saving, choose Sign in… on the Connections page to sign in in your browser.</source>
        <translation>Optional. Wählen Sie nach dem Speichern auf der Seite „Verbindungen“ „Anmelden…“, um sich im Browser anzumelden.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;%2</source>
        <comment>placeholder: the vendor's address on a base URL not entered yet</comment>
        <translation>&lt;%1&gt;%2</translation>
    </message>
    <message>
        <source>e.g. https://auth.example.com/oauth/token</source>
        <translation>z. B. https://auth.example.com/oauth/token</translation>
    </message>
    <message>
        <source>e.g. https://auth.example.com/oauth/authorize</source>
        <translation>z. B. https://auth.example.com/oauth/authorize</translation>
    </message>
    <message>
        <source>Empty: the vendor's own address shown here.</source>
        <translation>Leer: die hier angezeigte Adresse des Anbieters.</translation>
    </message>
    <message>
        <source>Register this callback URL: %1</source>
        <translation>Registrieren Sie diese Callback-URL: %1</translation>
    </message>
    <message>
        <source>This sign-in method keeps its secret in another keychain entry than the previous one: paste it to store it.</source>
        <translation>Diese Anmeldemethode legt ihr Geheimnis in einem anderen Schlüsselbundeintrag ab als die bisherige: Fügen Sie es ein, um es zu speichern.</translation>
    </message>
    <message>
        <source>No client secret is stored for this connection — paste one if the app requires it.</source>
        <translation>Für diese Verbindung ist kein Client-Secret gespeichert — fügen Sie eines ein, wenn die App eines verlangt.</translation>
    </message>
    <message>
        <source>A connection that signs in as a person can be tested once it is saved and signed in (Sign in… on the Connections page).</source>
        <translation>Eine Verbindung, die sich als Person anmeldet, lässt sich testen, sobald sie gespeichert und angemeldet ist („Anmelden…“ auf der Seite „Verbindungen“).</translation>
    </message>
    <message>
        <source>Enter the client id of the app you created at %1 (its consumer key).</source>
        <translation>Geben Sie die Client-ID der App ein, die Sie bei %1 angelegt haben (ihr Consumer-Key).</translation>
    </message>
    <message>
        <source>Enter the token URL of the OAuth server.</source>
        <translation>Geben Sie die Token-URL des OAuth-Servers ein.</translation>
    </message>
    <message>
        <source>Paste the secret here (%1).</source>
        <translation>Fügen Sie hier das Geheimnis ein (%1).</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionTableModel</name>
    <message>
        <source>In keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Secret unavailable</source>
        <translation>Geheimnis nicht verfügbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionTester</name>
    <message>
        <source>Connected in %1 ms.</source>
        <translation>Verbunden in %1 ms.</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms.</source>
        <translation>Mit %1 verbunden in %2 ms.</translation>
    </message>
    <message>
        <source>Note: the vendor says this API version is deprecated or retired.</source>
        <translation>Hinweis: Laut Anbieter ist diese API-Version veraltet oder eingestellt.</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Set API &amp;key…</source>
        <translation>API-&amp;Key festlegen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Select a connection to see how it signs in.</source>
        <translation>Wählen Sie eine Verbindung aus, um zu sehen, wie sie sich anmeldet.</translation>
    </message>
    <message>
        <source>Sign-in of “%1”</source>
        <translation>Anmeldung von „%1“</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>No access token yet: Plumbline gets one at the next check (F5).</source>
        <translation>Noch kein Access-Token: Plumbline holt eines bei der nächsten Prüfung (F5).</translation>
    </message>
    <message>
        <source>No access token is held.</source>
        <translation>Es liegt kein Access-Token vor.</translation>
    </message>
    <message>
        <source>Access token expires %1 (%2)</source>
        <translation>Access-Token läuft ab am %1 (%2)</translation>
    </message>
    <message>
        <source>Access token expired %1 (%2)</source>
        <translation>Access-Token abgelaufen am %1 (%2)</translation>
    </message>
    <message>
        <source>Last renewed %1 (%2)</source>
        <translation>Zuletzt erneuert am %1 (%2)</translation>
    </message>
    <message>
        <source>The keychain would not store the newest refresh token: it is kept in memory only, so after Plumbline restarts you will need to sign in again.</source>
        <translation>Der Schlüsselbund hat das neueste Refresh-Token nicht gespeichert: Es liegt nur im Arbeitsspeicher, daher müssen Sie sich nach einem Neustart von Plumbline erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign in a&amp;gain…</source>
        <translation>Erneut anm&amp;elden…</translation>
    </message>
    <message>
        <source>Si&amp;gn in…</source>
        <translation>Anm&amp;elden…</translation>
    </message>
    <message>
        <source>Opens %1's sign-in page in your browser; Plumbline keeps the refresh token in the keychain.</source>
        <translation>Öffnet die Anmeldeseite von %1 in Ihrem Browser; Plumbline bewahrt das Refresh-Token im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::CountSeriesQuery</name>
    <message>
        <source>every poll</source>
        <translation>jede Abfrage</translation>
    </message>
    <message>
        <source>hourly averages</source>
        <translation>Stundenmittelwerte</translation>
    </message>
    <message>
        <source>daily averages</source>
        <translation>Tagesmittelwerte</translation>
    </message>
</context>
<context>
    <name>plumbline::DashboardCharts</name>
    <message>
        <source>Integration history charts</source>
        <translation>Verlaufsdiagramme der Integration</translation>
    </message>
    <message>
        <source>Values at the pointer</source>
        <translation>Werte am Mauszeiger</translation>
    </message>
    <message>
        <source>Source and destination counts</source>
        <translation>Anzahlen in Quelle und Ziel</translation>
    </message>
    <message>
        <source>Tolerance band</source>
        <translation>Toleranzband</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gap in percent of the source count</source>
        <translation>Differenz in Prozent der Anzahl in der Quelle</translation>
    </message>
    <message>
        <source>Tolerance (%)</source>
        <translation>Toleranz (%)</translation>
    </message>
    <message>
        <source>Gap % (destination − source)</source>
        <translation>Differenz % (Ziel − Quelle)</translation>
    </message>
    <message>
        <source>API quota headroom</source>
        <translation>Verbleibendes API-Kontingent</translation>
    </message>
    <message>
        <source>Source quota left (%)</source>
        <translation>Verbleibendes Kontingent Quelle (%)</translation>
    </message>
    <message>
        <source>Destination quota left (%)</source>
        <translation>Verbleibendes Kontingent Ziel (%)</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Source latency (ms)</source>
        <translation>Latenz Quelle (ms)</translation>
    </message>
    <message>
        <source>Destination latency (ms)</source>
        <translation>Latenz Ziel (ms)</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1 J</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Start of the custom range</source>
        <translation>Beginn des benutzerdefinierten Zeitraums</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>End of the custom range</source>
        <translation>Ende des benutzerdefinierten Zeitraums</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the custom range</source>
        <translation>Benutzerdefinierten Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>Zoo&amp;m zurücksetzen</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole time range again (drag across a chart to zoom in)</source>
        <translation>Wieder den gesamten Zeitraum anzeigen (zum Vergrößern mit der Maus über ein Diagramm ziehen)</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>Der Beginn muss vor dem Ende liegen.</translation>
    </message>
    <message>
        <source>Choose an integration to see its history.</source>
        <translation>Wählen Sie eine Integration aus, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>No polls were stored in this time range. Choose a longer range.</source>
        <translation>In diesem Zeitraum wurden keine Abfragen gespeichert. Wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>No history yet. Source and destination counts appear here after the first poll of this integration.</source>
        <translation>Noch kein Verlauf. Die Anzahlen in Quelle und Ziel erscheinen hier nach der ersten Abfrage dieser Integration.</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 — Source %2 · Destination %3 · Gap %4</source>
        <translation>%1 — Quelle %2 · Ziel %3 · Differenz %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — no poll stored near this time</source>
        <translation>%1 — keine Abfrage um diesen Zeitpunkt gespeichert</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>Point at a chart to read its exact values.</source>
        <translation>Zeigen Sie auf ein Diagramm, um die genauen Werte abzulesen.</translation>
    </message>
    <message>
        <source>No integration chosen.</source>
        <translation>Keine Integration ausgewählt.</translation>
    </message>
    <message>
        <source>%1, %2 to %3, %4.</source>
        <translation>%1, %2 bis %3, %4.</translation>
    </message>
    <message>
        <source>Latest: source %1, destination %2, gap %3 (%4 %), tolerance ± %5, %6.</source>
        <translation>Zuletzt: Quelle %1, Ziel %2, Differenz %3 (%4 %), Toleranz ± %5, %6.</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>outside tolerance</source>
        <translation>außerhalb der Toleranz</translation>
    </message>
</context>
<context>
    <name>plumbline::DashboardValuesTab</name>
    <message>
        <source>Com&amp;pare now</source>
        <translation>Jetzt ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Sample records of the source, look them up at the destination and compare the mapped fields now</source>
        <translation>Jetzt eine Stichprobe von Datensätzen aus der Quelle ziehen, im Ziel nachschlagen und die zugeordneten Felder vergleichen</translation>
    </message>
    <message>
        <source>Value check progress</source>
        <translation>Fortschritt der Werteprüfung</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop the value check; nothing of it is stored</source>
        <translation>Werteprüfung abbrechen; davon wird nichts gespeichert</translation>
    </message>
    <message>
        <source>F&amp;ields, most differences first:</source>
        <translation>Fe&amp;lder, die meisten Unterschiede zuerst:</translation>
    </message>
    <message>
        <source>Compared fields and their differences</source>
        <translation>Verglichene Felder und ihre Unterschiede</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>B&amp;eispiele</translation>
    </message>
    <message>
        <source>Redacted examples of the selected field</source>
        <translation>Geschwärzte Beispiele des ausgewählten Felds</translation>
    </message>
    <message>
        <source>No value check yet</source>
        <translation>Noch keine Werteprüfung</translation>
    </message>
    <message>
        <source>A value check samples records of %1, finds each one in %2 by the key mapping and compares the mapped fields. This integration has no key mapping yet: edit it and mark the mapping that identifies a record on both sides (an e-mail address, an id) as the key.</source>
        <translation>Eine Werteprüfung zieht eine Stichprobe von Datensätzen aus %1, sucht jeden davon über die Schlüsselzuordnung in %2 und vergleicht die zugeordneten Felder. Diese Integration hat noch keine Schlüsselzuordnung: Bearbeiten Sie sie und markieren Sie die Zuordnung, die einen Datensatz auf beiden Seiten identifiziert (eine E-Mail-Adresse, eine ID), als Schlüssel.</translation>
    </message>
    <message>
        <source>A value check samples records of %1, finds each one in %2 by the key %3 → %4 and compares the mapped fields, counting what differs. Compare now runs one.</source>
        <translation>Eine Werteprüfung zieht eine Stichprobe von Datensätzen aus %1, sucht jeden davon über den Schlüssel %3 → %4 in %2, vergleicht die zugeordneten Felder und zählt, was abweicht. „Jetzt vergleichen“ startet eine.</translation>
    </message>
    <message numerus="yes">
        <source>Tried %1 · %n request(s)</source>
        <translation>
            <numerusform>Versucht: %1 · %n Anfrage</numerusform>
            <numerusform>Versucht: %1 · %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sampled records match (%3–%4 %)</source>
        <translation>%1 von %2 Datensätzen der Stichprobe stimmen überein (%3–%4 %)</translation>
    </message>
    <message>
        <source>%1 missing in %2</source>
        <translation>%1 fehlen in %2</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of the value check's headline</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Unvollständige Prüfung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found more than one record in %1.</source>
        <translation>
            <numerusform>%n Schlüssel hat in %1 mehr als einen Datensatz gefunden.</numerusform>
            <numerusform>%n Schlüssel haben in %1 mehr als einen Datensatz gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sampled from %1 records in %2.</source>
        <translation>Stichprobe aus %1 Datensätzen in %2.</translation>
    </message>
    <message>
        <source>A record matches when it is found in %1 and every mapped field holds the same value there (letter case aside).</source>
        <translation>Ein Datensatz stimmt überein, wenn er in %1 gefunden wird und jedes zugeordnete Feld dort denselben Wert hat (abgesehen von Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Select a field to see examples of its differences.</source>
        <translation>Wählen Sie ein Feld aus, um Beispiele für seine Unterschiede zu sehen.</translation>
    </message>
    <message>
        <source>Examples are off for this integration.</source>
        <translation>Beispiele sind für diese Integration ausgeschaltet.</translation>
    </message>
    <message>
        <source>E&amp;xamples of %1 → %2</source>
        <translation>B&amp;eispiele für %1 → %2</translation>
    </message>
    <message>
        <source>Redacted: first letters and lengths, never a value.</source>
        <translation>Geschwärzt: Anfangsbuchstaben und Längen, nie ein Wert.</translation>
    </message>
    <message>
        <source>No differences in this field.</source>
        <translation>Keine Unterschiede in diesem Feld.</translation>
    </message>
    <message numerus="yes">
        <source>No examples kept (older than %n days).</source>
        <translation>
            <numerusform>Keine Beispiele aufbewahrt (älter als %n Tag).</numerusform>
            <numerusform>Keine Beispiele aufbewahrt (älter als %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>No examples were kept for this field.</source>
        <translation>Für dieses Feld wurden keine Beispiele aufbewahrt.</translation>
    </message>
    <message>
        <source>Mark one mapping as the key (Edit…) to compare values</source>
        <translation>Markieren Sie eine Zuordnung als Schlüssel (Bearbeiten…), um Werte zu vergleichen</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Starting the value check…</source>
        <translation>Werteprüfung wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The value check was cancelled; nothing of it was stored.</source>
        <translation>Die Werteprüfung wurde abgebrochen; davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The value check ran but could not be stored: %1</source>
        <translation>Die Werteprüfung wurde ausgeführt, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The value check did not run: value checks are off for this integration or it has no key mapping.</source>
        <translation>Die Werteprüfung wurde nicht ausgeführt: Werteprüfungen sind für diese Integration ausgeschaltet, oder sie hat keine Schlüsselzuordnung.</translation>
    </message>
</context>
<context>
    <name>plumbline::DeliveryLogTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>%1 (status %2)</source>
        <translation>%1 (Status %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error or note</source>
        <translation>Letzter Fehler oder Hinweis</translation>
    </message>
</context>
<context>
    <name>plumbline::EnvSecretStore</name>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Secrets from environment variables cannot be changed by Plumbline.</source>
        <translation>Geheimnisse aus Umgebungsvariablen können von Plumbline nicht geändert werden.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
</context>
<context>
    <name>plumbline::FirstRunPage</name>
    <message>
        <source>Welcome to Plumbline</source>
        <translation>Willkommen bei Plumbline</translation>
    </message>
    <message>
        <source>Plumbline watches the integrations between your marketing tools — HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier or any REST API — and tells you when one quietly stops moving data.

Start by exploring a demo workspace, or add the first account you want to watch.</source>
        <translation>Plumbline überwacht die Integrationen zwischen Ihren Marketing-Tools — HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier oder jede REST-API — und meldet Ihnen, wenn eine davon unbemerkt keine Daten mehr überträgt.

Erkunden Sie zunächst einen Demo-Arbeitsbereich, oder fügen Sie den ersten Account hinzu, den Sie überwachen möchten.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Add your first connection</source>
        <translation>Erste &amp;Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Set up an integration step by step…</source>
        <translation>Eine Integration Schritt für Schritt einrichten…</translation>
    </message>
</context>
<context>
    <name>plumbline::HeartbeatIndicator</name>
    <message>
        <source>Monitor heartbeat</source>
        <translation>Lebenszeichen der Überwachung</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling paused — last check %1</source>
        <translation>Abfrage pausiert — letzte Prüfung %1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Abfrage pausiert</translation>
    </message>
    <message>
        <source>Waiting for the first check…</source>
        <translation>Warten auf die erste Prüfung…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Polling has stopped — last check %1</source>
        <translation>Abfrage hat aufgehört — letzte Prüfung %1</translation>
    </message>
    <message>
        <source>Last check %1</source>
        <translation>Letzte Prüfung %1</translation>
    </message>
    <message>
        <source>Plumbline has not checked your integrations for longer than their intervals allow. Check that polling is not paused and that this computer was not asleep; F5 checks now.</source>
        <translation>Plumbline hat Ihre Integrationen länger nicht geprüft, als deren Intervalle zulassen. Prüfen Sie, ob die Abfrage pausiert ist und ob dieser Computer im Ruhezustand war; F5 prüft sofort.</translation>
    </message>
    <message>
        <source>another Plumbline window</source>
        <translation>einem anderen Plumbline-Fenster</translation>
    </message>
    <message>
        <source>plumbline run</source>
        <translation>plumbline run</translation>
    </message>
    <message>
        <source>polled by %1 (process %2 on %3); this window follows it</source>
        <translation>abgefragt von %1 (Prozess %2 auf %3); dieses Fenster folgt ihm</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationDashboard</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Zuordnungen</translation>
    </message>
    <message>
        <source>Schema c&amp;hanges</source>
        <translation>Schema&amp;änderungen</translation>
    </message>
    <message>
        <source>Run &amp;log</source>
        <translation>Ausführungs&amp;protokoll</translation>
    </message>
    <message>
        <source>Integration definition</source>
        <translation>Definition der Integration</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>De&amp;finition</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Poll this integration now and evaluate its checks</source>
        <translation>Diese Integration jetzt abfragen und ihre Prüfungen auswerten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Charts of counts, gap, quota and latency appear here.</source>
        <translation>Diagramme zu Anzahlen, Differenz, Kontingent und Latenz erscheinen hier.</translation>
    </message>
    <message>
        <source>Current findings</source>
        <translation>Aktuelle Befunde</translation>
    </message>
    <message>
        <source>Field mappings and their state</source>
        <translation>Feldzuordnungen und ihr Status</translation>
    </message>
    <message>
        <source>Schema changes</source>
        <translation>Schemaänderungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>Nach Text filtern…</translation>
    </message>
    <message>
        <source>Filter the run log</source>
        <translation>Ausführungsprotokoll filtern</translation>
    </message>
    <message>
        <source>Run and error log</source>
        <translation>Ausführungs- und Fehlerprotokoll</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 · %2  →  %3 · %4</source>
        <translation>%1 · %2  →  %3 · %4</translation>
    </message>
    <message>
        <source>(via %1)</source>
        <translation>(über %1)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Gap %1 (%2 %)</source>
        <translation>Differenz %1 (%2 %)</translation>
    </message>
    <message>
        <source>Gap %1</source>
        <translation>Differenz %1</translation>
    </message>
    <message>
        <source>Last checked %1 (%2)</source>
        <translation>Zuletzt geprüft: %1 (%2)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>No findings yet: this integration has not been checked since Plumbline started.</source>
        <translation>Noch keine Befunde: Diese Integration wurde seit dem Start von Plumbline nicht geprüft.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Was zu prüfen ist:</translation>
    </message>
    <message>
        <source>No alert open (alerts open after repeated failing checks).</source>
        <translation>Kein Alarm offen (Alarme werden nach wiederholt fehlgeschlagenen Prüfungen geöffnet).</translation>
    </message>
    <message>
        <source>Alert open since %1</source>
        <translation>Alarm offen seit %1</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation>bestätigt von %1 um %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>stummgeschaltet bis %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Already acknowledged</source>
        <translation>Bereits bestätigt</translation>
    </message>
    <message>
        <source>Say that someone is on it; escalations still notify</source>
        <translation>Signalisiert, dass sich jemand darum kümmert; bei Eskalationen wird weiterhin benachrichtigt</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Für 4 Stunden</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>Bis morgen 09:00</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Für 1 Woche</translation>
    </message>
    <message>
        <source>No field mappings are defined. Edit the integration to add them.</source>
        <translation>Es sind keine Feldzuordnungen definiert. Bearbeiten Sie die Integration, um welche hinzuzufügen.</translation>
    </message>
    <message>
        <source>The field schemas have not been fetched yet; the states show after the first check.</source>
        <translation>Die Feldschemas wurden noch nicht abgerufen; der Status wird nach der ersten Prüfung angezeigt.</translation>
    </message>
    <message>
        <source>Checked against the schemas fetched %1 (source) and %2 (destination).</source>
        <translation>Geprüft anhand der abgerufenen Schemas: %1 (Quelle) und %2 (Ziel).</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ausführung %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no count</source>
        <translation>keine Anzahl</translation>
    </message>
    <message>
        <source>The count could not be read.</source>
        <translation>Die Anzahl konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Keine Einträge</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entries</source>
        <translation>
            <numerusform>Seite %1 von %2 · %n Eintrag</numerusform>
            <numerusform>Seite %1 von %2 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Middleware</source>
        <translation>Middleware</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(niemand angegeben)</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>No mappings defined.</source>
        <translation>Keine Zuordnungen definiert.</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Every %1 s; tolerated gap %2 % or %3 records; lag grace %4 s.</source>
        <translation>Alle %1 s; tolerierte Differenz %2 % oder %3 Datensätze; Karenzzeit %4 s.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>(not documented)</source>
        <translation>(nicht dokumentiert)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Sign in to %1 again for “%2” in your browser</source>
        <translation>Im Browser erneut bei %1 für „%2“ anmelden</translation>
    </message>
    <message>
        <source>Set client secret…</source>
        <translation>Client-Secret festlegen…</translation>
    </message>
    <message>
        <source>Store a new client secret for “%1”</source>
        <translation>Ein neues Client-Secret für „%1“ speichern</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation>Key festlegen…</translation>
    </message>
    <message>
        <source>Store a new key for “%1”</source>
        <translation>Einen neuen Key für „%1“ speichern</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Werte</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationDialog</name>
    <message>
        <source>Add integration</source>
        <translation>Integration hinzufügen</translation>
    </message>
    <message>
        <source>Edit integration “%1”</source>
        <translation>Integration „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definition</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Zuordnungen</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>D&amp;ocumentation</source>
        <translation>Dok&amp;umentation</translation>
    </message>
    <message>
        <source>The ID of an existing integration cannot be changed.</source>
        <translation>Die ID einer bestehenden Integration kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. hubspot-to-mailchimp</source>
        <translation>z. B. hubspot-to-mailchimp</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>e.g. Newsletter sync</source>
        <translation>z. B. Newsletter-Synchronisierung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>e.g. contacts, Account, audience members</source>
        <translation>z. B. contacts, Account, audience members</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <source>Optional: a JSON object or the vendor's filter text</source>
        <translation>Optional: ein JSON-Objekt oder der Filtertext des Anbieters</translation>
    </message>
    <message>
        <source>Makes the two counts comparable, e.g. only subscribed contacts. Text that parses as a JSON object is stored as JSON; anything else as text.</source>
        <translation>Macht die beiden Anzahlen vergleichbar, z. B. nur angemeldete Kontakte. Text, der sich als JSON-Objekt lesen lässt, wird als JSON gespeichert, alles andere als Text.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Carried by &amp;middleware (a Make scenario, a Zap, …)</source>
        <translation>Über &amp;Middleware übertragen (ein Make-Szenario, ein Zap, …)</translation>
    </message>
    <message>
        <source>Middleware connection</source>
        <translation>Middleware-Verbindung</translation>
    </message>
    <message>
        <source>Middleware co&amp;nnection:</source>
        <translation>Middleware-&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Scenario ID or Zap ID</source>
        <translation>Szenario-ID oder Zap-ID</translation>
    </message>
    <message>
        <source>Middleware reference</source>
        <translation>Middleware-Referenz</translation>
    </message>
    <message>
        <source>Scenario or &amp;Zap:</source>
        <translation>Sz&amp;enario oder Zap:</translation>
    </message>
    <message>
        <source>Which source field feeds which destination field. Tick the field that identifies a record on both sides (usually the email address).</source>
        <translation>Welches Quellfeld welches Zielfeld befüllt. Markieren Sie das Feld, das einen Datensatz auf beiden Seiten identifiziert (meist die E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Abfragen alle:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerated gap in percent</source>
        <translation>Tolerierte Differenz in Prozent</translation>
    </message>
    <message>
        <source>Tolerated gap (&amp;percent):</source>
        <translation>Tolerierte Differenz (Pr&amp;ozent):</translation>
    </message>
    <message>
        <source> records</source>
        <translation> Datensätze</translation>
    </message>
    <message>
        <source>Tolerated gap in records</source>
        <translation>Tolerierte Differenz in Datensätzen</translation>
    </message>
    <message>
        <source>Tolerated gap (&amp;records):</source>
        <translation>Tolerierte Differenz (Daten&amp;sätze):</translation>
    </message>
    <message>
        <source>Lag grace in seconds</source>
        <translation>Karenzzeit für Verzögerungen in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Lag grace:</source>
        <translation>&amp;Karenzzeit:</translation>
    </message>
    <message>
        <source>A gap counts as a problem when it exceeds both tolerances for longer than the lag grace. The monitor polls the integration at this interval.</source>
        <translation>Eine Differenz gilt als Problem, wenn sie beide Toleranzen länger als die Karenzzeit überschreitet. Der Monitor fragt die Integration in diesem Intervall ab.</translation>
    </message>
    <message>
        <source>Who is responsible for this flow</source>
        <translation>Wer für diesen Datenfluss verantwortlich ist</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Why this flow exists and who relies on it</source>
        <translation>Warum es diesen Datenfluss gibt und wer darauf angewiesen ist</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Zwec&amp;k:</translation>
    </message>
    <message>
        <source>What to check and whom to call when it breaks</source>
        <translation>Was zu prüfen ist und wen Sie anrufen, wenn es zu einem Ausfall kommt</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Run&amp;book:</source>
        <translation>Run&amp;book:</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Verwenden Sie 1 bis 64 Buchstaben, Ziffern, '.', '_' oder '-', beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Another integration already uses this ID.</source>
        <translation>Eine andere Integration verwendet diese ID bereits.</translation>
    </message>
    <message>
        <source>Give the integration a name.</source>
        <translation>Geben Sie der Integration einen Namen.</translation>
    </message>
    <message>
        <source>Choose the connection the data comes from.</source>
        <translation>Wählen Sie die Verbindung, aus der die Daten kommen.</translation>
    </message>
    <message>
        <source>Choose the connection the data goes to.</source>
        <translation>Wählen Sie die Verbindung, in die die Daten fließen.</translation>
    </message>
    <message>
        <source>Name the object that is counted at the source.</source>
        <translation>Geben Sie das Objekt an, das in der Quelle gezählt wird.</translation>
    </message>
    <message>
        <source>Name the object that is counted at the destination.</source>
        <translation>Geben Sie das Objekt an, das im Ziel gezählt wird.</translation>
    </message>
    <message>
        <source>Source and destination are the same; choose a different connection, object or filter for one side.</source>
        <translation>Quelle und Ziel sind identisch; wählen Sie für eine Seite eine andere Verbindung, ein anderes Objekt oder einen anderen Filter.</translation>
    </message>
    <message>
        <source>Choose the middleware's connection, or untick “middleware”.</source>
        <translation>Wählen Sie die Verbindung der Middleware, oder deaktivieren Sie „Middleware“.</translation>
    </message>
    <message numerus="yes">
        <source>Mapping row %1 needs both a source and a destination field.</source>
        <translation>
            <numerusform>Zuordnungszeile %1 braucht sowohl ein Quell- als auch ein Zielfeld.</numerusform>
            <numerusform>Zuordnungszeile %1 braucht sowohl ein Quell- als auch ein Zielfeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify these channels</source>
        <translation>Diese Kanäle benachrichtigen</translation>
    </message>
    <message>
        <source>No&amp;tify:</source>
        <translation>Benachrichti&amp;gen:</translation>
    </message>
    <message>
        <source>%1 (no such channel)</source>
        <translation>%1 (Kanal existiert nicht)</translation>
    </message>
    <message>
        <source>The workspace has no notification channels yet; add them on the Notifications page.</source>
        <translation>Der Arbeitsbereich hat noch keine Benachrichtigungskanäle; fügen Sie sie auf der Seite „Benachrichtigungen“ hinzu.</translation>
    </message>
    <message>
        <source>Empty: the default channels (none is marked default, so nobody is notified).</source>
        <translation>Ohne Auswahl: die Standardkanäle (keiner ist als Standard markiert, daher wird niemand benachrichtigt).</translation>
    </message>
    <message>
        <source>Empty: the default channels (%1).</source>
        <translation>Ohne Auswahl: die Standardkanäle (%1).</translation>
    </message>
    <message>
        <source>With an owner, the channels that reach that person are notified too.</source>
        <translation>Ist eine verantwortliche Person eingetragen, werden auch die Kanäle benachrichtigt, die diese Person erreichen.</translation>
    </message>
    <message>
        <source>No channel reaches “%1”.</source>
        <translation>Kein Kanal erreicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” is reached through %2, whatever is ticked below.</source>
        <translation>„%1“ wird über %2 erreicht, unabhängig davon, was unten markiert ist.</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationFilterProxy</name>
    <message>
        <source>All integrations</source>
        <translation>Alle Integrationen</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no open alerts</source>
        <translation>keine offenen Alarme</translation>
    </message>
    <message>
        <source>Open alerts of this integration and of the connections it uses: %1</source>
        <translation>Offene Alarme dieser Integration und der von ihr genutzten Verbindungen: %1</translation>
    </message>
    <message>
        <source>Gap %</source>
        <translation>Differenz %</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>no problem found</source>
        <translation>kein Problem gefunden</translation>
    </message>
    <message>
        <source>Records counted at the source at the last check</source>
        <translation>Bei der letzten Prüfung in der Quelle gezählte Datensätze</translation>
    </message>
    <message>
        <source>Records counted at the destination at the last check</source>
        <translation>Bei der letzten Prüfung im Ziel gezählte Datensätze</translation>
    </message>
    <message>
        <source>Why: the most serious finding of the last check</source>
        <translation>Warum: der schwerwiegendste Befund der letzten Prüfung</translation>
    </message>
    <message>
        <source>In source</source>
        <translation>In der Quelle</translation>
    </message>
    <message>
        <source>In destination</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation>%1 Übereinstimmung</translation>
    </message>
    <message>
        <source>Value check of %1: %2</source>
        <translation>Werteprüfung vom %1: %2</translation>
    </message>
    <message>
        <source>Value check of %1: %2 of %3 sampled records match, %4 (95 % interval %5–%6); %7 missing in %8</source>
        <translation>Werteprüfung vom %1: %2 von %3 Datensätzen der Stichprobe stimmen überein, %4 (95-%-Intervall %5–%6); %7 fehlen in %8</translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Unvollständige Prüfung: %1</translation>
    </message>
    <message>
        <source>no value check yet</source>
        <translation>noch keine Werteprüfung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No value check yet: it compares the mapped fields of sampled records on both sides</source>
        <translation>Noch keine Werteprüfung: Sie vergleicht die zugeordneten Felder einer Stichprobe von Datensätzen auf beiden Seiten</translation>
    </message>
    <message>
        <source>The latest value check: the share of sampled records whose mapped fields hold the same values on both sides</source>
        <translation>Die letzte Werteprüfung: der Anteil der Datensätze der Stichprobe, deren zugeordnete Felder auf beiden Seiten dieselben Werte haben</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
</context>
<context>
    <name>plumbline::KeychainSecretStore</name>
    <message>
        <source>(Keychain: %1)</source>
        <translation>(Schlüsselbund: %1)</translation>
    </message>
    <message>
        <source>The keychain accepted the API key but did not keep it; it may be locked or not running for this session. Nothing was stored anywhere else.</source>
        <translation>Der Schlüsselbund hat den API-Key angenommen, aber nicht behalten; er ist möglicherweise gesperrt oder läuft in dieser Sitzung nicht. Es wurde nirgendwo anders etwas gespeichert.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>plumbline::LoopbackReceiver</name>
    <message>
        <source>A sign-in is already waiting on port %1.</source>
        <translation>Auf Port %1 wartet bereits eine Anmeldung.</translation>
    </message>
    <message>
        <source>A sign-in needs a state to wait for.</source>
        <translation>Eine Anmeldung braucht einen State, auf den sie wartet.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already in use by another program, so Plumbline cannot receive the answer of the sign-in there. Close the other program (it may be another Plumbline sign-in) and try again, or choose a free port: set the connection's auth.redirect_port to it and register http://localhost:PORT/callback, with that port, as a callback URL in the vendor's app.</source>
        <translation>Port %1 auf diesem Computer wird bereits von einem anderen Programm verwendet, daher kann Plumbline dort die Antwort der Anmeldung nicht empfangen. Schließen Sie das andere Programm (es kann eine andere Plumbline-Anmeldung sein) und versuchen Sie es erneut, oder wählen Sie einen freien Port: Tragen Sie ihn in auth.redirect_port der Verbindung ein und registrieren Sie http://localhost:PORT/callback mit diesem Port als Callback-URL in der App des Anbieters.</translation>
    </message>
    <message>
        <source>Plumbline cannot listen on localhost port %1 for the answer of the sign-in: %2</source>
        <translation>Plumbline kann auf localhost-Port %1 nicht auf die Antwort der Anmeldung lauschen: %2</translation>
    </message>
    <message>
        <source>Plumbline sign-in</source>
        <translation>Plumbline-Anmeldung</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Diese Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>Plumbline could not read this request.</source>
        <translation>Plumbline konnte diese Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Plumbline is waiting for (it may come from an older sign-in tab), so Plumbline ignored it. Use the sign-in address Plumbline showed last.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, auf die Plumbline wartet (sie stammt vielleicht aus einem älteren Anmelde-Tab), daher hat Plumbline sie ignoriert. Verwenden Sie die Anmeldeadresse, die Plumbline zuletzt angezeigt hat.</translation>
    </message>
    <message>
        <source>You declined access in the browser, so Plumbline is not signed in. You can close this tab.</source>
        <translation>Sie haben den Zugriff im Browser abgelehnt, daher ist Plumbline nicht angemeldet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The sign-in ended with an error (%1), so Plumbline is not signed in. You can close this tab.</source>
        <translation>Die Anmeldung endete mit einem Fehler (%1), daher ist Plumbline nicht angemeldet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Signed in to Plumbline. You can close this tab.</source>
        <translation>Bei Plumbline angemeldet. Sie können diesen Tab schließen.</translation>
    </message>
</context>
<context>
    <name>plumbline::MainWindow</name>
    <message>
        <source>Plumbline — demo workspace</source>
        <translation>Plumbline — Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>Demo workspace · keys in memory only · scheduled polling is off</source>
        <translation>Demo-Arbeitsbereich · Keys nur im Arbeitsspeicher · geplante Abfrage ist ausgeschaltet</translation>
    </message>
    <message>
        <source>This is a demo workspace wired to a built-in sandbox that imitates HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier and a REST API on this computer. It is discarded when you quit; its keys are kept in memory only. Use Sandbox › Scenario to break something, then Check counts now (F5).</source>
        <translation>Dies ist ein Demo-Arbeitsbereich, der mit einer eingebauten Sandbox verbunden ist. Sie simuliert HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier und eine REST-API auf diesem Computer. Der Arbeitsbereich wird beim Beenden verworfen; seine Keys liegen nur im Arbeitsspeicher. Nutzen Sie Sandbox › Szenario, um etwas kaputtzumachen, und dann „Datensätze jetzt zählen“ (F5).</translation>
    </message>
    <message>
        <source>Scheduled polling is off · F5 checks counts now</source>
        <translation>Geplante Abfrage ist ausgeschaltet · F5 zählt die Datensätze jetzt</translation>
    </message>
    <message>
        <source>Checking integrations…</source>
        <translation>Integrationen werden geprüft…</translation>
    </message>
    <message>
        <source>demo workspace, keys in memory only</source>
        <translation>Demo-Arbeitsbereich, Keys nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation>&amp;Integrationen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Change &amp;log</source>
        <translation>Ände&amp;rungsprotokoll</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Check counts &amp;now</source>
        <translation>Datensätze jetzt &amp;zählen</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Abfragen &amp;pausieren</translation>
    </message>
    <message>
        <source>Add &amp;connection…</source>
        <translation>&amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add &amp;integration…</source>
        <translation>&amp;Integration hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>Auswahl bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>Auswahl l&amp;öschen…</translation>
    </message>
    <message>
        <source>Edit co&amp;nnection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Delete conn&amp;ection…</source>
        <translation>Verbindung &amp;löschen…</translation>
    </message>
    <message>
        <source>Set API &amp;key…</source>
        <translation>API-&amp;Key festlegen…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Edit in&amp;tegration…</source>
        <translation>Integration be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Delete inte&amp;gration…</source>
        <translation>Integration lösc&amp;hen…</translation>
    </message>
    <message>
        <source>&amp;Import workspace…</source>
        <translation>Arbeitsbereich &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>Arbeitsbereich &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Plumbline</source>
        <translation>&amp;Über Plumbline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Arbeits&amp;bereich</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Integ&amp;rations</source>
        <translation>Integ&amp;rationen</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>“%1” was saved, but its API key could not be stored: %2 Set the key again with “Set API key…” when the keychain is available.</source>
        <translation>„%1“ wurde gespeichert, aber der API-Key konnte nicht abgelegt werden: %2 Legen Sie den Key erneut mit „API-Key festlegen…“ fest, sobald der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Connection “%1” added.</source>
        <translation>Verbindung „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saving “%1” did not complete: %2</source>
        <translation>Das Speichern von „%1“ wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <source>Connection “%1” and its API key saved.</source>
        <translation>Verbindung „%1“ und ihr API-Key gespeichert.</translation>
    </message>
    <message>
        <source>Connection “%1” saved.</source>
        <translation>Verbindung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete the connection “%1”? Its API key is removed from %2 as well.</source>
        <translation>Die Verbindung „%1“ löschen? Ihr API-Key wird ebenfalls aus %2 entfernt.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>These integrations use it and will be deleted too:
%1</source>
        <translation>
            <numerusform>Diese Integration verwendet sie und wird ebenfalls gelöscht:
%1</numerusform>
            <numerusform>Diese Integrationen verwenden sie und werden ebenfalls gelöscht:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Connection “%1” deleted.</source>
        <translation>Verbindung „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Add the connections on both sides of the flow first; an integration links two of them.</source>
        <translation>Fügen Sie zuerst die Verbindungen auf beiden Seiten des Datenflusses hinzu; eine Integration verknüpft zwei davon.</translation>
    </message>
    <message>
        <source>Integration “%1” added.</source>
        <translation>Integration „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Integration “%1” saved.</source>
        <translation>Integration „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation>Integration löschen</translation>
    </message>
    <message>
        <source>Delete the integration “%1”? Its definition, mappings and documentation are removed; the connections stay.</source>
        <translation>Die Integration „%1“ löschen? Ihre Definition, Zuordnungen und Dokumentation werden entfernt; die Verbindungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Integration “%1” deleted.</source>
        <translation>Integration „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation>Arbeitsbereichsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Aus %1 wurde nichts importiert:</translation>
    </message>
    <message>
        <source>Imported %1 connections and %2 integrations.</source>
        <translation>%1 Verbindungen und %2 Integrationen importiert.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Workspace files (*.json)</source>
        <translation>Arbeitsbereichsdateien (*.json)</translation>
    </message>
    <message>
        <source>Workspace exported to %1 (definitions only, no keys).</source>
        <translation>Arbeitsbereich nach %1 exportiert (nur Definitionen, keine Keys).</translation>
    </message>
    <message>
        <source>About Plumbline</source>
        <translation>Über Plumbline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;Watches marketing API integrations and says when one quietly breaks.&lt;/p&gt;&lt;p&gt;Keys are kept in %2, never in the workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;Überwacht Marketing-API-Integrationen und meldet, wenn eine unbemerkt ausfällt.&lt;/p&gt;&lt;p&gt;Keys werden in %2 aufbewahrt, niemals in der Arbeitsbereichsdatei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>API &amp;versions</source>
        <translation>API-V&amp;ersionen</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Find integration…</source>
        <translation>Integration &amp;suchen…</translation>
    </message>
    <message>
        <source>New integration (&amp;guided)…</source>
        <translation>Neue Integration (&amp;geführt)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n open</source>
        <translation>
            <numerusform>Alarme, %n offen</numerusform>
            <numerusform>Alarme, %n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit &amp;report…</source>
        <translation>&amp;Prüfbericht exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Inventory, health, incidents and changes over a period, as PDF, CSV or HTML</source>
        <translation>Inventar, Zustand, Vorfälle und Änderungen über einen Zeitraum als PDF, CSV oder HTML</translation>
    </message>
    <message>
        <source>A sign-in is already waiting for the browser; finish or cancel it first.</source>
        <translation>Eine Anmeldung wartet bereits auf den Browser; schließen Sie sie zuerst ab oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Waiting for the browser to sign in to "%1"…</source>
        <translation>Warten auf die Anmeldung bei „%1“ im Browser…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>There is no integration “%1” in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Integration „%1“.</translation>
    </message>
</context>
<context>
    <name>plumbline::MappingStateModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Missing on source</source>
        <translation>Fehlt in der Quelle</translation>
    </message>
    <message>
        <source>Missing on destination</source>
        <translation>Fehlt im Ziel</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Renamed to “%1”?</source>
        <translation>Umbenannt in „%1“?</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
</context>
<context>
    <name>plumbline::MappingTableModel</name>
    <message>
        <source>Key field</source>
        <translation>Schlüsselfeld</translation>
    </message>
    <message>
        <source>Not a key field</source>
        <translation>Kein Schlüsselfeld</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>plumbline::MappingWizard</name>
    <message>
        <source>New integration (guided)</source>
        <translation>Neue Integration (geführt)</translation>
    </message>
    <message>
        <source>&amp;Create integration</source>
        <translation>Integration &amp;erstellen</translation>
    </message>
    <message>
        <source>Which data flows where?</source>
        <translation>Welche Daten fließen wohin?</translation>
    </message>
    <message>
        <source>Pick the system the records come from and the one they should arrive in. Plumbline will read both field lists and suggest how the fields map.</source>
        <translation>Wählen Sie das System, aus dem die Datensätze stammen, und das System, in dem sie ankommen sollen. Plumbline liest beide Feldlisten und schlägt vor, wie die Felder einander zugeordnet werden.</translation>
    </message>
    <message>
        <source>e.g. HubSpot contacts to Mailchimp newsletter</source>
        <translation>z. B. HubSpot-Kontakte an Mailchimp-Newsletter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The object or list: contacts, Contact, an audience id, customers, …</source>
        <translation>Das Objekt oder die Liste: contacts, Contact, eine Zielgruppen-ID, customers, …</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>Z&amp;iel:</translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation>Quellverbindung</translation>
    </message>
    <message>
        <source>Source object</source>
        <translation>Quellobjekt</translation>
    </message>
    <message>
        <source>Destination connection</source>
        <translation>Zielverbindung</translation>
    </message>
    <message>
        <source>Destination object</source>
        <translation>Zielobjekt</translation>
    </message>
    <message>
        <source>Add a &amp;connection…</source>
        <translation>&amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>The source and the destination are the same object: pick two different ones.</source>
        <translation>Quelle und Ziel sind dasselbe Objekt: Wählen Sie zwei verschiedene aus.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no connections yet. Add the accounts on both sides first.</source>
        <translation>Es gibt noch keine Verbindungen. Fügen Sie zuerst die Accounts auf beiden Seiten hinzu.</translation>
    </message>
    <message>
        <source>Reading both field lists</source>
        <translation>Beide Feldlisten werden gelesen</translation>
    </message>
    <message>
        <source>Plumbline asks each system which fields the object has. This takes a moment.</source>
        <translation>Plumbline fragt bei jedem System ab, welche Felder das Objekt hat. Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>✘ %1: the field list cannot be read here.</source>
        <translation>✘ %1: Die Feldliste kann hier nicht gelesen werden.</translation>
    </message>
    <message>
        <source>⏳ %1: reading the fields of %2 · %3…</source>
        <translation>⏳ %1: Felder von %2 · %3 werden gelesen…</translation>
    </message>
    <message>
        <source>✘ %1: %2 could not be read: %3</source>
        <translation>✘ %1: %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>✔ %1: %n field(s) in %2</source>
        <translation>
            <numerusform>✔ %1: %n Feld in %2</numerusform>
            <numerusform>✔ %1: %n Felder in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the field mappings</source>
        <translation>Feldzuordnungen prüfen</translation>
    </message>
    <message>
        <source>Suggested from field names and labels. Tick the mappings to watch, change a destination where the guess is wrong, and mark the field that identifies a record as the key.</source>
        <translation>Vorgeschlagen anhand von Feldnamen und -bezeichnungen. Haken Sie die Zuordnungen an, die überwacht werden sollen, ändern Sie ein Ziel, wo der Vorschlag falsch ist, und markieren Sie das Feld, das einen Datensatz eindeutig identifiziert, als Schlüssel.</translation>
    </message>
    <message>
        <source>Suggested field mappings</source>
        <translation>Vorgeschlagene Feldzuordnungen</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>Bereit zur Überwachung</translation>
    </message>
    <message>
        <source>Plumbline creates the integration and starts comparing both sides on its next check. Filters, checks and documentation can be edited afterwards.</source>
        <translation>Plumbline erstellt die Integration und beginnt bei der nächsten Prüfung, beide Seiten zu vergleichen. Filter, Prüfungen und Dokumentation lassen sich danach bearbeiten.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%n field mapping(s):</source>
        <translation>
            <numerusform>%n Feldzuordnung:</numerusform>
            <numerusform>%n Feldzuordnungen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>dem Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>plumbline::MessageBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>plumbline::MonitorRepository</name>
    <message>
        <source>The poll results could not be stored; nothing of them was written: %1</source>
        <translation>Die Abfrageergebnisse konnten nicht gespeichert werden; nichts davon wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>a sample of %1 has no time</source>
        <translation>eine Stichprobe von %1 hat keine Zeitangabe</translation>
    </message>
    <message>
        <source>connection facts of %1 have no time</source>
        <translation>Verbindungsdaten von %1 haben keine Zeitangabe</translation>
    </message>
    <message>
        <source>a field schema of %1 has no time</source>
        <translation>ein Feldschema von %1 hat keine Zeitangabe</translation>
    </message>
    <message>
        <source>a run of %1 has no time or no id</source>
        <translation>eine Ausführung von %1 hat keine Zeitangabe oder keine ID</translation>
    </message>
    <message>
        <source>a middleware state of %1 has no time</source>
        <translation>ein Middleware-Zustand von %1 hat keine Zeitangabe</translation>
    </message>
    <message>
        <source>Old monitoring history could not be removed: %1</source>
        <translation>Der alte Überwachungsverlauf konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>no current time</source>
        <translation>keine aktuelle Uhrzeit</translation>
    </message>
    <message>
        <source>The alert history could not be stored: %1</source>
        <translation>Der Alarmverlauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>alert %1 does not exist</source>
        <translation>Alarm %1 existiert nicht</translation>
    </message>
    <message>
        <source>The maintenance window could not be saved: %1</source>
        <translation>Das Wartungsfenster konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>it must end after it starts</source>
        <translation>es muss nach seinem Beginn enden</translation>
    </message>
    <message>
        <source>there is no integration %1</source>
        <translation>es gibt keine Integration %1</translation>
    </message>
    <message>
        <source>The maintenance window could not be removed: %1</source>
        <translation>Das Wartungsfenster konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>there is no maintenance window %1</source>
        <translation>es gibt kein Wartungsfenster %1</translation>
    </message>
    <message>
        <source>The lease could not be taken: %1</source>
        <translation>Die Sperre konnte nicht belegt werden: %1</translation>
    </message>
    <message>
        <source>The lease could not be released: %1</source>
        <translation>Die Sperre konnte nicht freigegeben werden: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::NotificationCenter</name>
    <message>
        <source>the channel was removed</source>
        <translation>der Kanal wurde entfernt</translation>
    </message>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no %1 in the keychain (%2/%3) — set it on the Notifications page</source>
        <translation>„%1“ fehlt im Schlüsselbund (%2/%3) — legen Sie den Wert auf der Seite „Benachrichtigungen“ fest</translation>
    </message>
    <message>
        <source>There is no notification channel "%1".</source>
        <translation>Es gibt keinen Benachrichtigungskanal „%1“.</translation>
    </message>
    <message>
        <source>Notifications to %1 have failed since %2: %3</source>
        <translation>Benachrichtigungen an %1 schlagen seit %2 fehl: %3</translation>
    </message>
    <message>
        <source>Open Notifications, check the channel's settings and its secret in the keychain, then press Send test. Waiting messages are sent again on their own once it works.</source>
        <translation>Öffnen Sie „Benachrichtigungen“, prüfen Sie die Einstellungen des Kanals und sein Geheimnis im Schlüsselbund, und klicken Sie dann auf „Test senden“. Wartende Nachrichten werden automatisch erneut gesendet, sobald es funktioniert.</translation>
    </message>
</context>
<context>
    <name>plumbline::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Where alerts go. An integration notifies the channels on its own list and the ones that reach its owner; one without a list notifies the default channels. Secrets (webhook URLs, passwords, keys) stay in the keychain.</source>
        <translation>Wohin Alarme gehen. Eine Integration benachrichtigt die Kanäle auf ihrer eigenen Liste und die Kanäle, die ihre verantwortliche Person erreichen; eine Integration ohne Liste benachrichtigt die Standardkanäle. Geheimnisse (Webhook-URLs, Passwörter, Keys) bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation>Benachrichtigungskanäle</translation>
    </message>
    <message>
        <source>No channels yet. Add a Slack or Teams channel, an e-mail address or PagerDuty so that alerts reach a person.</source>
        <translation>Noch keine Kanäle. Fügen Sie einen Slack- oder Teams-Kanal, eine E-Mail-Adresse oder PagerDuty hinzu, damit Alarme eine Person erreichen.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>Send a test message to the selected channel now and show what happened.</source>
        <translation>Sendet jetzt eine Testnachricht an den ausgewählten Kanal und zeigt, was passiert ist.</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>Jetzt &amp;wiederholen</translation>
    </message>
    <message>
        <source>Send what waits for the selected channel now instead of after the backoff.</source>
        <translation>Sendet die für den ausgewählten Kanal wartenden Nachrichten jetzt statt erst nach der Wartezeit.</translation>
    </message>
    <message>
        <source>Delivery &amp;log</source>
        <translation>Zustell&amp;protokoll</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>Show the deliveries of</source>
        <translation>Zustellungen anzeigen für</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>“%1” was saved, but its secret could not be stored: %2 Edit the channel and enter it again when the keychain is available.</source>
        <translation>„%1“ wurde gespeichert, aber sein Geheimnis konnte nicht abgelegt werden: %2 Bearbeiten Sie den Kanal und geben Sie es erneut ein, sobald der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Channel “%1” added.</source>
        <translation>Kanal „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saving “%1” did not complete: %2</source>
        <translation>Das Speichern von „%1“ wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <source>Channel “%1” saved.</source>
        <translation>Kanal „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>Remove the channel “%1”? Its secrets are removed from the keychain as well; integrations that listed it notify their other channels.</source>
        <translation>Den Kanal „%1“ entfernen? Seine Geheimnisse werden ebenfalls aus dem Schlüsselbund entfernt; Integrationen, die ihn aufgeführt haben, benachrichtigen ihre übrigen Kanäle.</translation>
    </message>
    <message>
        <source>Channel “%1” removed.</source>
        <translation>Kanal „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Testnachricht an %1 wird gesendet…</translation>
    </message>
    <message>
        <source>Test message delivered to %1</source>
        <translation>Testnachricht an %1 zugestellt</translation>
    </message>
    <message>
        <source>Sending what waits for “%1” now.</source>
        <translation>Wartende Nachrichten für „%1“ werden jetzt gesendet.</translation>
    </message>
</context>
<context>
    <name>plumbline::NotifyChannelDialog</name>
    <message>
        <source>Add notification channel</source>
        <translation>Benachrichtigungskanal hinzufügen</translation>
    </message>
    <message>
        <source>Edit notification channel “%1”</source>
        <translation>Benachrichtigungskanal „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The ID of an existing channel cannot be changed.</source>
        <translation>Die ID eines bestehenden Kanals kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>To deliver another way, add a new channel and remove this one.</source>
        <translation>Um auf anderem Weg zuzustellen, fügen Sie einen neuen Kanal hinzu und entfernen Sie diesen.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>mops-slack</source>
        <translation>mops-slack</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Kanal-ID</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>#mops-alerts, Dana Whitfield, On-call</source>
        <translation>#mops-alerts, Dana Whitfield, Rufbereitschaft</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Kanalname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Dana Whitfield</source>
        <translation>Dana Whitfield</translation>
    </message>
    <message>
        <source>Person it reaches</source>
        <translation>Erreichte Person</translation>
    </message>
    <message>
        <source>Integrations whose owner is this person (or this channel's ID) notify this channel too.</source>
        <translation>Integrationen, bei denen diese Person (oder die ID dieses Kanals) als verantwortlich eingetragen ist, benachrichtigen auch diesen Kanal.</translation>
    </message>
    <message>
        <source>&amp;Person it reaches:</source>
        <translation>Erreichte &amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Default channel (for integrations without channels of their own)</source>
        <translation>&amp;Standardkanal (für Integrationen ohne eigene Kanäle)</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Standardkanal</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Mindestschweregrad</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Warnung und kritisch</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>Minimum se&amp;verity:</source>
        <translation>&amp;Mindestschweregrad:</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Signing s&amp;ecret:</source>
        <translation>Si&amp;gnaturgeheimnis:</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>SMTP pass&amp;word:</source>
        <translation>SMTP-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Integration (routing) key</source>
        <translation>Integration Key (Routing-Key)</translation>
    </message>
    <message>
        <source>Routing &amp;key:</source>
        <translation>R&amp;outing-Key:</translation>
    </message>
    <message>
        <source>dana@example.com, ops@example.com</source>
        <translation>dana@example.com, ops@example.com</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Empfän&amp;ger:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>SMTP-Host</translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation>SMTP-&amp;Host:</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP-Verschlüsselung</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <source>None (only to this computer)</source>
        <translation>Keine (nur zu diesem Computer)</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Verschlüsse&amp;lung:</translation>
    </message>
    <message>
        <source>Empty: no sign-in</source>
        <translation>Leer: keine Anmeldung</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>B&amp;enutzername:</translation>
    </message>
    <message>
        <source>plumbline@example.com</source>
        <translation>plumbline@example.com</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>Empty: the system's certificate authorities</source>
        <translation>Leer: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle auswählen</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Empty: PagerDuty's own Events API</source>
        <translation>Leer: die Events API von PagerDuty</translation>
    </message>
    <message>
        <source>Events API URL</source>
        <translation>Events-API-URL</translation>
    </message>
    <message>
        <source>Events API &amp;URL:</source>
        <translation>&amp;Events-API-URL:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ruhezeiten von</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Ruhezeiten bis</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>C&amp;ritical alerts break through</source>
        <translation>&amp;Kritische Alarme trotzdem zustellen</translation>
    </message>
    <message>
        <source>Critical alerts break through quiet hours</source>
        <translation>Kritische Alarme auch während der Ruhezeiten zustellen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>This computer's (%1)</source>
        <translation>Zeitzone dieses Computers (%1)</translation>
    </message>
    <message>
        <source>For quiet hours and the digest; an IANA name such as Europe/Berlin</source>
        <translation>Für Ruhezeiten und Zusammenfassung; ein IANA-Name wie Europe/Berlin</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Daily &amp;digest</source>
        <translation>Tägliche Zusammen&amp;fassung</translation>
    </message>
    <message>
        <source>Daily digest instead of single messages</source>
        <translation>Tägliche Zusammenfassung statt einzelner Nachrichten</translation>
    </message>
    <message>
        <source>Digest time</source>
        <translation>Uhrzeit der Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>&amp;um</translation>
    </message>
    <message>
        <source>one message a day instead of one per change</source>
        <translation>eine Nachricht pro Tag statt einer pro Änderung</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it.</source>
        <translation>Im Schlüsselbund gespeichert; leer lassen, um den Wert zu behalten.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Noch nicht festgelegt.</translation>
    </message>
    <message>
        <source>(stored in the keychain)</source>
        <translation>(im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Verwenden Sie 1 bis 64 Buchstaben, Ziffern, '.', '_' oder '-', beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Another channel already uses this ID.</source>
        <translation>Ein anderer Kanal verwendet diese ID bereits.</translation>
    </message>
    <message>
        <source>Give at least one address; separate several with commas.</source>
        <translation>Geben Sie mindestens eine Adresse an; trennen Sie mehrere durch Kommas.</translation>
    </message>
    <message>
        <source>Quiet hours must start and end at different times.</source>
        <translation>Beginn und Ende der Ruhezeiten müssen sich unterscheiden.</translation>
    </message>
</context>
<context>
    <name>plumbline::NotifyRepository</name>
    <message>
        <source>The notifications could not be queued: %1</source>
        <translation>Die Benachrichtigungen konnten nicht in die Warteschlange gestellt werden: %1</translation>
    </message>
    <message>
        <source>the workspace is not open</source>
        <translation>der Arbeitsbereich ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The delivery log could not be updated: %1</source>
        <translation>Das Zustellprotokoll konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::OverviewPage</name>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Integration dashboard</source>
        <translation>Dashboard der Integration</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Which integrations to show</source>
        <translation>Welche Integrationen angezeigt werden</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Integrationen durchsuchen</translation>
    </message>
    <message>
        <source>Search name, system or object (%1)</source>
        <translation>Name, System oder Objekt suchen (%1)</translation>
    </message>
    <message>
        <source>Overview summary</source>
        <translation>Zusammenfassung der Übersicht</translation>
    </message>
    <message>
        <source>No integration matches the filter and search.</source>
        <translation>Keine Integration entspricht Filter und Suche.</translation>
    </message>
    <message>
        <source>No integrations yet. Add one to say which data flows between two of your connections.</source>
        <translation>Noch keine Integrationen. Fügen Sie eine hinzu, um festzulegen, welche Daten zwischen zwei Ihrer Verbindungen fließen.</translation>
    </message>
    <message>
        <source>Select an integration to see its dashboard.</source>
        <translation>Wählen Sie eine Integration aus, um ihr Dashboard zu sehen.</translation>
    </message>
    <message>
        <source>No integrations yet</source>
        <translation>Noch keine Integrationen</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked yet</source>
        <translation>
            <numerusform>%n noch nicht geprüft</numerusform>
            <numerusform>%n noch nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>last check %1</source>
        <translation>letzte Prüfung %1</translation>
    </message>
    <message>
        <source>no check yet</source>
        <translation>noch keine Prüfung</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of the overview's summary line</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>plumbline::Poller</name>
    <message>
        <source>Connection "%1" is not defined.</source>
        <translation>Die Verbindung „%1“ ist nicht definiert.</translation>
    </message>
    <message>
        <source>No API key for "%1": %2</source>
        <translation>Kein API-Key für „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key of "%1" cannot be sent: %2</source>
        <translation>Der API-Key von „%1“ kann nicht gesendet werden: %2</translation>
    </message>
</context>
<context>
    <name>plumbline::ReportDialog</name>
    <message>
        <source>Export Audit Report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>An audit report documents every connection and integration, their health over a period, incidents, API deadlines and changes. It never contains an API key.</source>
        <translation>Ein Prüfbericht dokumentiert alle Verbindungen und Integrationen, ihren Zustand über einen Zeitraum, Vorfälle, API-Fristen und Änderungen. Er enthält niemals einen API-Key.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Integrations in the report</source>
        <translation>Integrationen im Bericht</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>HTML page (one file)</source>
        <translation>HTML-Seite (eine Datei)</translation>
    </message>
    <message>
        <source>CSV files (a folder, one file per table)</source>
        <translation>CSV-Dateien (ein Ordner, eine Datei pro Tabelle)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>audit-report-%1</source>
        <translation>pruefbericht-%1</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Ordner (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Prüfbericht speichern</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag.</translation>
    </message>
    <message>
        <source>Choose at least one integration.</source>
        <translation>Wählen Sie mindestens eine Integration aus.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie aus, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Collecting the history</source>
        <translation>Verlauf wird zusammengestellt</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::ReportJob</name>
    <message>
        <source>Collecting the history</source>
        <translation>Verlauf wird zusammengestellt</translation>
    </message>
</context>
<context>
    <name>plumbline::RunLogModel</name>
    <message>
        <source>Middleware run</source>
        <translation>Middleware-Ausführung</translation>
    </message>
    <message>
        <source>Poll error</source>
        <translation>Abfragefehler</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>plumbline::SecretStore</name>
    <message>
        <source>No API key is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein API-Key gespeichert.</translation>
    </message>
    <message>
        <source>No keychain service is available. On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again. Nothing was stored anywhere else.</source>
        <translation>Es ist kein Schlüsselbund-Dienst verfügbar. Installieren und starten Sie unter Linux einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet und versuchen Sie es dann erneut. Es wurde nirgendwo anders etwas gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by logging in again) and try again. Nothing was stored anywhere else.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (z. B. durch erneutes Anmelden) und versuchen Sie es erneut. Es wurde nirgendwo anders etwas gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Plumbline to use the keychain and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Plumbline, den Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This secret store cannot do that.</source>
        <translation>Dieser Geheimnisspeicher unterstützt das nicht.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>plumbline::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>A notification when an alert opens, gets worse or is resolved.</source>
        <translation>Eine Benachrichtigung, wenn ein Alarm geöffnet wird, sich verschärft oder behoben wird.</translation>
    </message>
    <message>
        <source>Checks of new integrations</source>
        <translation>Prüfungen neuer Integrationen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll &amp;every:</source>
        <translation>&amp;Abfragen alle:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerated &amp;gap:</source>
        <translation>Tolerierte Di&amp;fferenz:</translation>
    </message>
    <message>
        <source> records</source>
        <translation> Datensätze</translation>
    </message>
    <message>
        <source>…or at most:</source>
        <translation>…oder höchstens:</translation>
    </message>
    <message>
        <source>&amp;Sync lag allowed:</source>
        <translation>&amp;Karenzzeit für Synchronisierung:</translation>
    </message>
    <message>
        <source>Integrations that already exist keep their own checks.</source>
        <translation>Bestehende Integrationen behalten ihre eigenen Prüfungen.</translation>
    </message>
    <message>
        <source>History and data</source>
        <translation>Verlauf und Daten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Keep every &amp;sample:</source>
        <translation>&amp;Jeden Messwert aufbewahren:</translation>
    </message>
    <message>
        <source>Keep &amp;hourly summaries:</source>
        <translation>Stündliche &amp;Zusammenfassungen aufbewahren:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>The data folder %1 could not be opened.</source>
        <translation>Der Datenordner %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Notification channels (Slack, Teams, e-mail, PagerDuty, webhooks) are set up on the Notifications page.</source>
        <translation>Benachrichtigungskanäle (Slack, Teams, E-Mail, PagerDuty, Webhooks) werden auf der Seite „Benachrichtigungen“ eingerichtet.</translation>
    </message>
    <message>
        <source>Open &amp;Notifications</source>
        <translation>&amp;Benachrichtigungen öffnen</translation>
    </message>
    <message>
        <source>Saves these settings and shows the Notifications page.</source>
        <translation>Speichert diese Einstellungen und zeigt die Seite „Benachrichtigungen“.</translation>
    </message>
</context>
<context>
    <name>plumbline::SignIn</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>An answer that does not belong to this sign-in reached Plumbline and was ignored. Still waiting for the browser…</source>
        <translation>Eine Antwort, die nicht zu dieser Anmeldung gehört, hat Plumbline erreicht und wurde ignoriert. Plumbline wartet weiter auf den Browser…</translation>
    </message>
    <message>
        <source>The connection "%1" uses a key that is pasted in, not a sign-in in the browser; only connections with the sign-in method "%2" sign in this way. Store its key with: plumbline secret set %1</source>
        <translation>Die Verbindung "%1" verwendet einen eingefügten Key, keine Anmeldung im Browser; nur Verbindungen mit der Anmeldemethode "%2" melden sich so an. Speichern Sie ihren Key mit: plumbline secret set %1</translation>
    </message>
    <message>
        <source>The connection "%1" gets its tokens with its client id and client secret, without a sign-in in the browser. Store the client secret with: plumbline secret set %1 --name client_secret</source>
        <translation>Die Verbindung "%1" erhält ihre Tokens mit ihrer Client-ID und ihrem Client-Secret, ohne Anmeldung im Browser. Speichern Sie das Client-Secret mit: plumbline secret set %1 --name client_secret</translation>
    </message>
    <message>
        <source>The connection "%1" cannot sign in: %2</source>
        <translation>Die Verbindung "%1" kann sich nicht anmelden: %2</translation>
    </message>
    <message>
        <source>The connection "%1" has no usable sign-in or token address: set auth.authorize_url and auth.token_url (https://, or http:// to this computer only), or its base URL.</source>
        <translation>Die Verbindung "%1" hat keine verwendbare Anmelde- oder Token-Adresse: Setzen Sie auth.authorize_url und auth.token_url (https:// oder http:// nur zu diesem Computer) oder ihre Basis-URL.</translation>
    </message>
    <message>
        <source>Opening the sign-in page of %1 in the browser…</source>
        <translation>Die Anmeldeseite von %1 wird im Browser geöffnet…</translation>
    </message>
    <message>
        <source>Plumbline could not open a browser. Open this address in a browser on this computer: %1</source>
        <translation>Plumbline konnte keinen Browser öffnen. Öffnen Sie diese Adresse in einem Browser auf diesem Computer: %1</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser…</translation>
    </message>
    <message>
        <source>You declined access in the browser, so Plumbline is not signed in to %1. To sign in, run the sign-in again and allow access.</source>
        <translation>Sie haben den Zugriff im Browser abgelehnt, daher ist Plumbline nicht bei %1 angemeldet. Um sich anzumelden, starten Sie die Anmeldung erneut und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with an error (%2), so Plumbline is not signed in.</source>
        <translation>%1 hat die Anmeldung mit einem Fehler beendet (%2), daher ist Plumbline nicht angemeldet.</translation>
    </message>
    <message>
        <source>The only answers that reached Plumbline did not carry the state this sign-in sent (they may come from an older sign-in tab, or from another web page), so they were ignored. Plumbline is not signed in; run the sign-in again and finish it in the page it opens.</source>
        <translation>Die einzigen Antworten, die Plumbline erreicht haben, trugen nicht den State, den diese Anmeldung gesendet hat (sie stammen vielleicht aus einem älteren Anmelde-Tab oder von einer anderen Webseite), daher wurden sie ignoriert. Plumbline ist nicht angemeldet; starten Sie die Anmeldung erneut und schließen Sie sie auf der Seite ab, die sie öffnet.</translation>
    </message>
    <message>
        <source>The browser did not come back to Plumbline within %1, so Plumbline is not signed in. If the page of %2 showed an error about the callback or redirect address, register %3 as a callback URL in the app there; then run the sign-in again.</source>
        <translation>Der Browser ist nicht innerhalb von %1 zu Plumbline zurückgekehrt, daher ist Plumbline nicht angemeldet. Wenn die Seite von %2 einen Fehler zur Callback- oder Weiterleitungsadresse angezeigt hat, registrieren Sie %3 dort in der App als Callback-URL; starten Sie die Anmeldung dann erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Finishing the sign-in with %1…</source>
        <translation>Die Anmeldung bei %1 wird abgeschlossen…</translation>
    </message>
    <message>
        <source>%1 signed Plumbline in but sent no refresh token, so Plumbline could not renew its access by itself and stored nothing. Ask for a refresh token: allow the refresh_token scope in the app there and list it in the connection's auth.scope (for Salesforce, "api refresh_token"); then sign in again.</source>
        <translation>%1 hat Plumbline angemeldet, aber kein Refresh-Token gesendet, daher kann Plumbline seinen Zugriff nicht selbst erneuern und hat nichts gespeichert. Fordern Sie ein Refresh-Token an: Erlauben Sie den Scope refresh_token in der App dort und nehmen Sie ihn in auth.scope der Verbindung auf (bei Salesforce "api refresh_token"); melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>%1 refused to finish the sign-in (%2). Check the connection's client id, the client secret in the keychain if the app has one, and that %3 is a callback URL of the app; then sign in again.</source>
        <translation>%1 hat den Abschluss der Anmeldung abgelehnt (%2). Prüfen Sie die Client-ID der Verbindung, das Client-Secret im Schlüsselbund, falls die App eines hat, und ob %3 eine Callback-URL der App ist; melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keychain: %1</source>
        <translation>Das Client-Secret konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The token address of %1 could not be reached or was busy (%2). Nothing was stored; run the sign-in again in a moment.</source>
        <translation>Die Token-Adresse von %1 war nicht erreichbar oder ausgelastet (%2). Es wurde nichts gespeichert; starten Sie die Anmeldung gleich noch einmal.</translation>
    </message>
    <message>
        <source>The token address of %1 answered with something Plumbline cannot read (HTTP %2). Nothing was stored; check the connection's auth.token_url.</source>
        <translation>Die Token-Adresse von %1 hat mit etwas geantwortet, das Plumbline nicht lesen kann (HTTP %2). Es wurde nichts gespeichert; prüfen Sie auth.token_url der Verbindung.</translation>
    </message>
    <message>
        <source>Storing the refresh token in %1…</source>
        <translation>Das Refresh-Token wird in %1 gespeichert…</translation>
    </message>
    <message>
        <source>Signed in to %1. The connection "%2" now renews its access by itself.</source>
        <translation>Bei %1 angemeldet. Die Verbindung "%2" erneuert ihren Zugriff jetzt selbst.</translation>
    </message>
    <message>
        <source>The refresh token could not be stored in %1 (%2), so it is kept in memory; you will need to sign in again after Plumbline restarts.</source>
        <translation>Das Refresh-Token konnte nicht in %1 gespeichert werden (%2) und wird daher im Arbeitsspeicher gehalten; nach einem Neustart von Plumbline müssen Sie sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>plumbline::Transport</name>
    <message>
        <source>Refused to connect to %1: only https:// is allowed, and plain http:// only to this computer.</source>
        <translation>Verbindung zu %1 abgelehnt: Nur https:// ist erlaubt, unverschlüsseltes http:// nur zu diesem Computer.</translation>
    </message>
    <message>
        <source>Plumbline's own request budget for connection "%1" is used up (%2 requests per hour); it waits so that monitoring never eats into the vendor quota.</source>
        <translation>Das eigene Anfragebudget von Plumbline für die Verbindung „%1“ ist aufgebraucht (%2 Anfragen pro Stunde); Plumbline wartet, damit die Überwachung nie das Kontingent beim Anbieter aufzehrt.</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes</source>
        <translation>die Antwort ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the response is larger than %2 bytes</source>
        <translation>%1: die Antwort ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>%1: the credentials were rejected (HTTP 401)</source>
        <translation>%1: die Zugangsdaten wurden abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>%1: access denied (HTTP 403)</source>
        <translation>%1: Zugriff verweigert (HTTP 403)</translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404)</source>
        <translation>%1: nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>%1: the server timed out (HTTP 408)</source>
        <translation>%1: Zeitüberschreitung beim Server (HTTP 408)</translation>
    </message>
    <message>
        <source>%1: gone (HTTP 410)</source>
        <translation>%1: nicht mehr vorhanden (HTTP 410)</translation>
    </message>
    <message>
        <source>%1: rate limited (HTTP 429)</source>
        <translation>%1: Ratenlimit erreicht (HTTP 429)</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1: der Server hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>%1: timed out</source>
        <translation>%1: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2)</source>
        <translation>%1: die sichere Verbindung ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>Refused to send a request to %1: the %2 header contains a line break or NUL character (a key pasted with an extra line?). Nothing was sent.</source>
        <translation>Senden einer Anfrage an %1 abgelehnt: Der Header %2 enthält einen Zeilenumbruch oder ein NUL-Zeichen (ein mit zusätzlicher Zeile eingefügter Key?). Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>plumbline::TrayIcon</name>
    <message>
        <source>Show Plumbline</source>
        <translation>Plumbline anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Plumbline: all integrations OK</source>
        <translation>Plumbline: alle Integrationen OK</translation>
    </message>
    <message>
        <source>Plumbline: %1</source>
        <translation>Plumbline: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>Worse: %1 (%2)</source>
        <translation>Verschlechtert: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueChecker</name>
    <message>
        <source>The value check of "%1" cannot run: exactly one mapping must be marked as the key that finds a record on both sides.</source>
        <translation>Die Werteprüfung von „%1“ kann nicht ausgeführt werden: Genau eine Zuordnung muss als Schlüssel markiert sein, der einen Datensatz auf beiden Seiten findet.</translation>
    </message>
    <message>
        <source>The key field %1 no longer exists in %2, so no record can be looked up; the value check did not run.</source>
        <translation>Das Schlüsselfeld %1 existiert in %2 nicht mehr, daher kann kein Datensatz nachgeschlagen werden; die Werteprüfung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>%1 has %2 requests left in its window; the check spends at most %3 there.</source>
        <translation>%1 hat in seinem Zeitfenster noch %2 Anfragen übrig; die Prüfung verbraucht dort höchstens %3.</translation>
    </message>
    <message>
        <source>Opening %1 and %2…</source>
        <translation>%1 und %2 werden geöffnet…</translation>
    </message>
    <message>
        <source>A connection of this integration no longer exists.</source>
        <translation>Eine Verbindung dieser Integration existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>%1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>Sampling %1…</source>
        <translation>Stichprobe aus %1 wird gezogen…</translation>
    </message>
    <message>
        <source>%1 could not be sampled: %2</source>
        <translation>Aus %1 konnte keine Stichprobe gezogen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no records to compare yet.</source>
        <translation>%1 hat noch keine Datensätze zum Vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n record(s) in %1…</source>
        <translation>
            <numerusform>%n Datensatz wird in %1 nachgeschlagen…</numerusform>
            <numerusform>%n Datensätze werden in %1 nachgeschlagen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be asked for the sampled records: %2</source>
        <translation>%1 konnte nicht nach den Datensätzen der Stichprobe abgefragt werden: %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueFieldTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2–%3 %)</source>
        <translation>%1 (%2–%3 %)</translation>
    </message>
    <message>
        <source>%1 differ, between %2 and %3</source>
        <translation>%1 abweichend, zwischen %2 und %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 compared records failed: %3 empty at the destination, %4 cut short, %5 with another value</source>
        <translation>%1 von %2 verglichenen Datensätzen weichen ab: %3 im Ziel leer, %4 gekürzt, %5 mit anderem Wert</translation>
    </message>
    <message>
        <source>The destination holds no value though the source has one</source>
        <translation>Das Ziel enthält keinen Wert, obwohl die Quelle einen hat</translation>
    </message>
    <message>
        <source>The destination holds the start of the source's value only</source>
        <translation>Das Ziel enthält nur den Anfang des Werts aus der Quelle</translation>
    </message>
    <message>
        <source>Only upper and lower case differ; counted as a match</source>
        <translation>Nur die Groß-/Kleinschreibung weicht ab; zählt als Übereinstimmung</translation>
    </message>
    <message>
        <source>Share of compared records that failed, with its 95 % interval (Wilson): the true rate is most likely in this range</source>
        <translation>Anteil der abweichenden verglichenen Datensätze mit seinem 95-%-Intervall (Wilson): Der tatsächliche Anteil liegt sehr wahrscheinlich in diesem Bereich</translation>
    </message>
    <message>
        <source>The earliest change at the source among the failing records: the mapping may have broken around %1</source>
        <translation>Die früheste Änderung in der Quelle unter den abweichenden Datensätzen: Die Zuordnung funktioniert möglicherweise seit etwa %1 nicht mehr</translation>
    </message>
    <message>
        <source>Records found at the destination in which this field was compared</source>
        <translation>Im Ziel gefundene Datensätze, in denen dieses Feld verglichen wurde</translation>
    </message>
    <message>
        <source>Records whose value is empty, cut short or different at the destination</source>
        <translation>Datensätze, deren Wert im Ziel leer, gekürzt oder anders ist</translation>
    </message>
    <message>
        <source>Empty at the destination though the source has a value</source>
        <translation>Im Ziel leer, obwohl die Quelle einen Wert hat</translation>
    </message>
    <message>
        <source>Cut short at the destination</source>
        <translation>Im Ziel gekürzt</translation>
    </message>
    <message>
        <source>Only the case differs (counted as equal)</source>
        <translation>Nur die Groß-/Kleinschreibung weicht ab (zählt als gleich)</translation>
    </message>
    <message>
        <source>Share that differs, with its 95 % interval</source>
        <translation>Abweichender Anteil mit seinem 95-%-Intervall</translation>
    </message>
    <message>
        <source>The earliest source change among the failing records</source>
        <translation>Die früheste Änderung in der Quelle unter den abweichenden Datensätzen</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Empty at destination</source>
        <translation>Leer im Ziel</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Gekürzt</translation>
    </message>
    <message>
        <source>Case only</source>
        <translation>Nur Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueRateChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Match rate over time</source>
        <translation>Übereinstimmungsquote im Zeitverlauf</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Match rate (%)</source>
        <translation>Übereinstimmungsquote (%)</translation>
    </message>
    <message>
        <source>No value checks in the last 90 days.</source>
        <translation>Keine Werteprüfungen in den letzten 90 Tagen.</translation>
    </message>
    <message>
        <source>No value check in the last 90 days could compare records.</source>
        <translation>Keine Werteprüfung der letzten 90 Tage konnte Datensätze vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Match rate (line) and 95 % interval (band) of %n check(s); latest %1: %2 (%3–%4).</source>
        <translation>
            <numerusform>Übereinstimmungsquote (Linie) und 95-%-Intervall (Band) von %n Prüfung; zuletzt %1: %2 (%3–%4).</numerusform>
            <numerusform>Übereinstimmungsquote (Linie) und 95-%-Intervall (Band) von %n Prüfungen; zuletzt %1: %2 (%3–%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowest %1 on %2.</source>
        <translation>Tiefstwert: %1 am %2.</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueRepository</name>
    <message>
        <source>The value check could not be stored; nothing of it was written: %1</source>
        <translation>Die Werteprüfung konnte nicht gespeichert werden; es wurde nichts davon geschrieben: %1</translation>
    </message>
    <message>
        <source>the workspace is not open</source>
        <translation>der Arbeitsbereich ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Old value-check examples could not be removed: %1</source>
        <translation>Alte Beispiele aus Werteprüfungen konnten nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::WorkspaceRepository</name>
    <message>
        <source>Could not save connection "%1": %2</source>
        <translation>Die Verbindung „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not save integration "%1": %2</source>
        <translation>Die Integration „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not save the mappings of "%1": %2</source>
        <translation>Die Zuordnungen von „%1“ konnten nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not delete integration "%1": %2</source>
        <translation>Die Integration „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not write the change log: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The workspace is not writable: %1</source>
        <translation>Der Arbeitsbereich ist nicht beschreibbar: %1</translation>
    </message>
    <message>
        <source>Connection "%1" changed</source>
        <translation>Verbindung „%1“ geändert</translation>
    </message>
    <message>
        <source>Connection "%1" added</source>
        <translation>Verbindung „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>There is no connection "%1".</source>
        <translation>Es gibt keine Verbindung „%1“.</translation>
    </message>
    <message>
        <source>Connection "%1" is used by %2.</source>
        <translation>Die Verbindung „%1“ wird von %2 verwendet.</translation>
    </message>
    <message>
        <source>Integration "%1" deleted with connection "%2"</source>
        <translation>Integration „%1“ mit Verbindung „%2“ gelöscht</translation>
    </message>
    <message>
        <source>Could not delete connection "%1": %2</source>
        <translation>Die Verbindung „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Connection "%1" deleted</source>
        <translation>Verbindung „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Integration "%1" changed</source>
        <translation>Integration „%1“ geändert</translation>
    </message>
    <message>
        <source>Integration "%1" added</source>
        <translation>Integration „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>There is no integration "%1".</source>
        <translation>Es gibt keine Integration „%1“.</translation>
    </message>
    <message>
        <source>Integration "%1" deleted</source>
        <translation>Integration „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Connection "%1" changed by import of %2</source>
        <translation>Verbindung „%1“ geändert durch Import aus %2</translation>
    </message>
    <message>
        <source>Connection "%1" added by import of %2</source>
        <translation>Verbindung „%1“ hinzugefügt durch Import aus %2</translation>
    </message>
    <message>
        <source>Integration "%1" changed by import of %2</source>
        <translation>Integration „%1“ geändert durch Import aus %2</translation>
    </message>
    <message>
        <source>Integration "%1" added by import of %2</source>
        <translation>Integration „%1“ hinzugefügt durch Import aus %2</translation>
    </message>
    <message>
        <source>The import of %1 was rolled back: %2</source>
        <translation>Der Import aus %1 wurde zurückgesetzt: %2</translation>
    </message>
    <message>
        <source>Could not record the credential state: %1</source>
        <translation>Der Zustand der Zugangsdaten konnte nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Could not save channel "%1": %2</source>
        <translation>Der Kanal „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Notification channel "%1" changed</source>
        <translation>Benachrichtigungskanal „%1“ geändert</translation>
    </message>
    <message>
        <source>Notification channel "%1" added</source>
        <translation>Benachrichtigungskanal „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>There is no notification channel "%1".</source>
        <translation>Es gibt keinen Benachrichtigungskanal „%1“.</translation>
    </message>
    <message>
        <source>Could not delete channel "%1": %2</source>
        <translation>Der Kanal „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>the channel was removed</source>
        <translation>der Kanal wurde entfernt</translation>
    </message>
    <message>
        <source>Notification channel "%1" deleted</source>
        <translation>Benachrichtigungskanal „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Notification channel "%1" changed by import of %2</source>
        <translation>Benachrichtigungskanal „%1“ geändert durch Import aus %2</translation>
    </message>
    <message>
        <source>Notification channel "%1" added by import of %2</source>
        <translation>Benachrichtigungskanal „%1“ hinzugefügt durch Import aus %2</translation>
    </message>
</context>
<context>
    <name>plumbline::WorkspaceService</name>
    <message>
        <source>API key for "%1" stored in %2</source>
        <translation>API-Key für „%1“ in %2 gespeichert</translation>
    </message>
    <message>
        <source>There is no connection "%1".</source>
        <translation>Es gibt keine Verbindung „%1“.</translation>
    </message>
    <message>
        <source>API key for "%1" removed from %2</source>
        <translation>API-Key für „%1“ aus %2 entfernt</translation>
    </message>
    <message>
        <source>The connection was deleted, but its API key could not be removed from the keychain: %1</source>
        <translation>Die Verbindung wurde gelöscht, aber ihr API-Key konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid channel id: use letters, digits, '.', '_' or '-'.</source>
        <translation>„%1“ ist keine gültige Kanal-ID: Verwenden Sie Buchstaben, Ziffern, '.', '_' oder '-'.</translation>
    </message>
    <message>
        <source>The channel was saved, but its secret could not be stored: %1</source>
        <translation>Der Kanal wurde gespeichert, aber sein Geheimnis konnte nicht abgelegt werden: %1</translation>
    </message>
</context>
</TS>
