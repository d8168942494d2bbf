<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name />
    <message>
        <source>See plumbline --help.</source>
        <translation>See plumbline --help.</translation>
    </message>
    <message>
        <source>report needs --format pdf, csv or html.</source>
        <translation>report needs --format pdf, csv or html.</translation>
    </message>
    <message>
        <source>report needs -o PATH: the file (pdf, html) or folder (csv) to write.</source>
        <translation>report needs -o PATH: the file (pdf, html) or folder (csv) to write.</translation>
    </message>
    <message>
        <source>--to: "%1" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</source>
        <translation>--to: "%1" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</translation>
    </message>
    <message>
        <source>--from: "%1" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</source>
        <translation>--from: "%1" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</translation>
    </message>
    <message>
        <source>The period is empty: --from (%1) must be before --to (%2).</source>
        <translation>The period is empty: --from (%1) must be before --to (%2).</translation>
    </message>
    <message>
        <source>There is no workspace in %1.</source>
        <translation>There is no workspace in %1.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Cancelled; no report was written.</translation>
    </message>
    <message>
        <source>Collecting the history</source>
        <translation>Collecting the history</translation>
    </message>
    <message>
        <source>Wrote the %1 report for %2 to %3 to %4.</source>
        <translation>Wrote the %1 report for %2 to %3 to %4.</translation>
    </message>
</context>
<context>
    <name>ApiVersionCalendar</name>
    <message>
        <source>deprecated since %1</source>
        <translation>deprecated since %1</translation>
    </message>
    <message>
        <source>asked for %1, got %2</source>
        <translation>asked for %1, got %2</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>the latest check got no usable answer</source>
        <translation>the latest check got no usable answer</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The webhook URL is not a valid address, e.g. https://hooks.slack.com/services/…</source>
        <translation>The webhook URL is not a valid address, e.g. https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>The webhook URL must start with https:// (plain http:// is allowed only to this computer).</source>
        <translation>The webhook URL must start with https:// (plain http:// is allowed only to this computer).</translation>
    </message>
    <message>
        <source>Plumbline is not available in the language "%1".</source>
        <translation>Plumbline is not available in the language "%1".</translation>
    </message>
    <message>
        <source>The check interval must be between %L1 and %L2 seconds.</source>
        <translation>The check interval must be between %L1 and %L2 seconds.</translation>
    </message>
    <message>
        <source>The tolerance must be between 0 and 100 %.</source>
        <translation>The tolerance must be between 0 and 100 %.</translation>
    </message>
    <message>
        <source>The tolerance in records must be between 0 and %L1.</source>
        <translation>The tolerance in records must be between 0 and %L1.</translation>
    </message>
    <message>
        <source>The lag grace must be between 0 seconds and 7 days.</source>
        <translation>The lag grace must be between 0 seconds and 7 days.</translation>
    </message>
    <message>
        <source>Retention must be between 0 (keep forever) and %L1 days.</source>
        <translation>Retention must be between 0 (keep forever) and %L1 days.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>The settings could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>AuthCommands</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (%2): a stored API key or token; nothing to renew</source>
        <translation>%1 (%2): a stored API key or token; nothing to renew</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>signed in as %1</translation>
    </message>
    <message>
        <source>access token expires %1; last renewed %2</source>
        <translation>access token expires %1; last renewed %2</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>The workspace has no connections.</source>
        <translation>The workspace has no connections.</translation>
    </message>
</context>
<context>
    <name>AuthLoginCommand</name>
    <message>
        <source>There is no connection "%1".</source>
        <translation>There is no connection "%1".</translation>
    </message>
    <message>
        <source>Signed in, but the refresh token could not be stored in %1, and it ends with this command: Plumbline cannot renew the connection's access. Make the keychain available (unlock it, or start a Secret Service), then run plumbline auth login %2 again.</source>
        <translation>Signed in, but the refresh token could not be stored in %1, and it ends with this command: Plumbline cannot renew the connection's access. Make the keychain available (unlock it, or start a Secret Service), then run plumbline auth login %2 again.</translation>
    </message>
    <message>
        <source>To sign in "%1" (%2), open this address in a browser on this computer:</source>
        <translation>To sign in "%1" (%2), open this address in a browser on this computer:</translation>
    </message>
    <message>
        <source>Plumbline waits for the browser on %1 for %2 s; Ctrl+C cancels.</source>
        <translation>Plumbline waits for the browser on %1 for %2 s; Ctrl+C cancels.</translation>
    </message>
    <message>
        <source>Another sign-in is running.</source>
        <translation>Another sign-in is running.</translation>
    </message>
</context>
<context>
    <name>AuthMethod</name>
    <message>
        <source>unknown sign-in method "%1"; expected "%2", "%3" or the vendor's token method</source>
        <translation>unknown sign-in method "%1"; expected "%2", "%3" or the vendor's token method</translation>
    </message>
    <message>
        <source>%1 connections cannot use "%2"</source>
        <translation>%1 connections cannot use "%2"</translation>
    </message>
    <message>
        <source>required for "%1": the app's client id (consumer key)</source>
        <translation>required for "%1": the app's client id (consumer key)</translation>
    </message>
    <message>
        <source>expected an address</source>
        <translation>expected an address</translation>
    </message>
    <message>
        <source>"%1" cannot be used: %2</source>
        <translation>"%1" cannot be used: %2</translation>
    </message>
    <message>
        <source>required for a generic REST connection: the OAuth server's token address</source>
        <translation>required for a generic REST connection: the OAuth server's token address</translation>
    </message>
    <message>
        <source>expected null or a space-separated list of scopes</source>
        <translation>expected null or a space-separated list of scopes</translation>
    </message>
    <message>
        <source>expected a port number from 1024 to 65535</source>
        <translation>expected a port number from 1024 to 65535</translation>
    </message>
</context>
<context>
    <name>ChannelDelivery</name>
    <message>
        <source>the webhook receiver</source>
        <translation>the webhook receiver</translation>
    </message>
    <message>
        <source>the address redirects elsewhere; paste the current webhook URL</source>
        <translation>the address redirects elsewhere; paste the current webhook URL</translation>
    </message>
    <message>
        <source>it could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>it could not read the message; this is a bug in Plumbline, please report it</translation>
    </message>
    <message>
        <source>it refused the credentials</source>
        <translation>it refused the credentials</translation>
    </message>
    <message>
        <source>it refused the request</source>
        <translation>it refused the request</translation>
    </message>
    <message>
        <source>the webhook was probably removed or disabled</source>
        <translation>the webhook was probably removed or disabled</translation>
    </message>
    <message>
        <source>it timed out; it will be tried again</source>
        <translation>it timed out; it will be tried again</translation>
    </message>
    <message>
        <source>the webhook was removed</source>
        <translation>the webhook was removed</translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation>the message is too large</translation>
    </message>
    <message>
        <source>too many messages in a short time; it will be tried again later</source>
        <translation>too many messages in a short time; it will be tried again later</translation>
    </message>
    <message>
        <source>the service has a problem on its side; it will be tried again</source>
        <translation>the service has a problem on its side; it will be tried again</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>the request was refused</translation>
    </message>
    <message>
        <source>the Slack workspace was probably deleted or disabled</source>
        <translation>the Slack workspace was probably deleted or disabled</translation>
    </message>
    <message>
        <source>the channel it posts to was probably deleted</source>
        <translation>the channel it posts to was probably deleted</translation>
    </message>
    <message>
        <source>the channel was archived; unarchive it or make a webhook for another channel</source>
        <translation>the channel was archived; unarchive it or make a webhook for another channel</translation>
    </message>
    <message>
        <source>the webhook's token is no longer valid; make a new webhook and paste its URL</source>
        <translation>the webhook's token is no longer valid; make a new webhook and paste its URL</translation>
    </message>
    <message>
        <source>a setting of the Slack workspace stops this webhook from posting there; ask its admin</source>
        <translation>a setting of the Slack workspace stops this webhook from posting there; ask its admin</translation>
    </message>
    <message>
        <source>Slack could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>Slack could not read the message; this is a bug in Plumbline, please report it</translation>
    </message>
    <message>
        <source>PagerDuty refused the routing key; copy the Integration Key of the service's Events API v2 integration again</source>
        <translation>PagerDuty refused the routing key; copy the Integration Key of the service's Events API v2 integration again</translation>
    </message>
    <message>
        <source>the Events API address is wrong; leave the channel's url empty for PagerDuty's own</source>
        <translation>the Events API address is wrong; leave the channel's url empty for PagerDuty's own</translation>
    </message>
    <message>
        <source>PagerDuty refused the event; this is a bug in Plumbline, please report it</source>
        <translation>PagerDuty refused the event; this is a bug in Plumbline, please report it</translation>
    </message>
    <message>
        <source>PagerDuty is throttling events for this service; it will be tried again later</source>
        <translation>PagerDuty is throttling events for this service; it will be tried again later</translation>
    </message>
    <message>
        <source>the webhook or its space was probably removed</source>
        <translation>the webhook or its space was probably removed</translation>
    </message>
    <message>
        <source>the webhook was probably deleted, or the space no longer allows apps</source>
        <translation>the webhook was probably deleted, or the space no longer allows apps</translation>
    </message>
    <message>
        <source>Google Chat could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>Google Chat could not read the message; this is a bug in Plumbline, please report it</translation>
    </message>
    <message>
        <source>the workflow was probably deleted or turned off</source>
        <translation>the workflow was probably deleted or turned off</translation>
    </message>
    <message>
        <source>the workflow refused the request; its owner may have changed who can trigger it</source>
        <translation>the workflow refused the request; its owner may have changed who can trigger it</translation>
    </message>
    <message>
        <source>Teams could not read the card; this is a bug in Plumbline, please report it</source>
        <translation>Teams could not read the card; this is a bug in Plumbline, please report it</translation>
    </message>
    <message>
        <source>the receiver refused the signature; check that both sides use the same signing secret and that this computer's clock is right</source>
        <translation>the receiver refused the signature; check that both sides use the same signing secret and that this computer's clock is right</translation>
    </message>
    <message>
        <source>the receiver's address probably changed</source>
        <translation>the receiver's address probably changed</translation>
    </message>
    <message>
        <source>the receiver refused the message</source>
        <translation>the receiver refused the message</translation>
    </message>
    <message>
        <source>Channel "%1" has no "%2" in the keychain (channel/%3/%4); nothing was sent</source>
        <translation>Channel "%1" has no "%2" in the keychain (channel/%3/%4); nothing was sent</translation>
    </message>
    <message>
        <source>The webhook URL of channel "%1" is not a full https:// address; nothing was sent</source>
        <translation>The webhook URL of channel "%1" is not a full https:// address; nothing was sent</translation>
    </message>
    <message>
        <source>Refused to send to %1: only https:// is allowed, and plain http:// only to this computer; nothing was sent</source>
        <translation>Refused to send to %1: only https:// is allowed, and plain http:// only to this computer; nothing was sent</translation>
    </message>
    <message>
        <source>PagerDuty takes single alerts, not a daily digest; turn the digest off for this channel</source>
        <translation>PagerDuty takes single alerts, not a daily digest; turn the digest off for this channel</translation>
    </message>
    <message>
        <source>%1 from %2 — %3</source>
        <translation>%1 from %2 — %3</translation>
    </message>
    <message>
        <source>%1 from %2: %3 — %4</source>
        <translation>%1 from %2: %3 — %4</translation>
    </message>
    <message>
        <source>Could not deliver to %1: %2</source>
        <translation>Could not deliver to %1: %2</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: %2</source>
        <translation>Nothing was sent to %1: %2</translation>
    </message>
</context>
<context>
    <name>ChannelPayloads</name>
    <message>
        <source>Plumbline notification</source>
        <translation>Plumbline notification</translation>
    </message>
    <message>
        <source>Open in Plumbline</source>
        <translation>Open in Plumbline</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>What to check</translation>
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
            <numerusform>PLUMBLINE %1 - %n integration: %2 ok, %3 warning, %4 critical, %5 unknown</numerusform>
            <numerusform>PLUMBLINE %1 - %n integrations: %2 ok, %3 warning, %4 critical, %5 unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>What to check: %1</source>
        <translation>What to check: %1</translation>
    </message>
    <message numerus="yes">
        <source>values: %1 of %2 sampled records match (%3–%4 %), %5 missing, %n request(s)</source>
        <translation>
            <numerusform>values: %1 of %2 sampled records match (%3–%4 %), %5 missing, %n request</numerusform>
            <numerusform>values: %1 of %2 sampled records match (%3–%4 %), %5 missing, %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation>values: %1</translation>
    </message>
    <message>
        <source>Plumbline itself:</source>
        <translation>Plumbline itself:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir needs a folder.</translation>
    </message>
    <message>
        <source>--integration needs an integration id.</source>
        <translation>--integration needs an integration id.</translation>
    </message>
    <message>
        <source>--format needs pdf, csv or html.</source>
        <translation>--format needs pdf, csv or html.</translation>
    </message>
    <message>
        <source>--from needs a date.</source>
        <translation>--from needs a date.</translation>
    </message>
    <message>
        <source>--to needs a date.</source>
        <translation>--to needs a date.</translation>
    </message>
    <message>
        <source>-o needs a path.</source>
        <translation>-o needs a path.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port needs a number from 0 to 65535.</translation>
    </message>
    <message>
        <source>--scenario needs a name.</source>
        <translation>--scenario needs a name.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>--demo opens the window; it cannot be combined with a command.</source>
        <translation>--demo opens the window; it cannot be combined with a command.</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 needs exactly one FILE.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Unexpected argument %1.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--timeout needs a number of seconds from 1 to 3600.</translation>
    </message>
    <message>
        <source>--until needs a date and time.</source>
        <translation>--until needs a date and time.</translation>
    </message>
    <message>
        <source>--note needs a text.</source>
        <translation>--note needs a text.</translation>
    </message>
    <message>
        <source>Use: plumbline alert ack ID, or plumbline alert snooze ID --until DATE.</source>
        <translation>Use: plumbline alert ack ID, or plumbline alert snooze ID --until DATE.</translation>
    </message>
    <message>
        <source>alert snooze needs --until DATE.</source>
        <translation>alert snooze needs --until DATE.</translation>
    </message>
    <message>
        <source>maintenance add needs --from DATE and --to DATE.</source>
        <translation>maintenance add needs --from DATE and --to DATE.</translation>
    </message>
    <message>
        <source>Use: plumbline maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT], maintenance list [INTEGRATION_ID] or maintenance remove WINDOW_ID.</source>
        <translation>Use: plumbline maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT], maintenance list [INTEGRATION_ID] or maintenance remove WINDOW_ID.</translation>
    </message>
    <message>
        <source>%1 is given twice; give it once.</source>
        <translation>%1 is given twice; give it once.</translation>
    </message>
    <message>
        <source>%1 is not an alert id; plumbline alerts shows the ids.</source>
        <translation>%1 is not an alert id; plumbline alerts shows the ids.</translation>
    </message>
    <message>
        <source>%1 is not a window id; maintenance list shows the ids.</source>
        <translation>%1 is not a window id; maintenance list shows the ids.</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Unknown command %1.</translation>
    </message>
    <message>
        <source>  auth login CONNECTION_ID [--timeout S]
                                 sign in to an oauth_authorization_code connection in a browser on
                                 this computer: prints the address, waits S seconds (default 300)
                                 for the redirect, stores the refresh token in the OS keychain
                                 (exit 0 signed in, 1 not)
</source>
        <translation>  auth login CONNECTION_ID [--timeout S]
                                 sign in to an oauth_authorization_code connection in a browser on
                                 this computer: prints the address, waits S seconds (default 300)
                                 for the redirect, stores the refresh token in the OS keychain
                                 (exit 0 signed in, 1 not)
</translation>
    </message>
    <message>
        <source>Use: plumbline auth login CONNECTION_ID [--timeout S].</source>
        <translation>Use: plumbline auth login CONNECTION_ID [--timeout S].</translation>
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
Options:
  --data-dir DIR                 use the workspace in DIR
  --version                      print the version
  --help                         print this help

Without a keychain (servers, CI), an API key may come from the environment variable
PLUMBLINE_SECRET_&lt;ID&gt; (an OAuth connection's client secret) and its refresh token from
PLUMBLINE_REFRESH_TOKEN_&lt;ID&gt;: the connection id upper-cased, other characters replaced by '_'.
Exit codes: 0 success, 1 failure, 64 wrong usage (check: 0-3 as above).
</translation>
    </message>
    <message>
        <source>--name needs token, client_secret or refresh_token.</source>
        <translation>--name needs token, client_secret or refresh_token.</translation>
    </message>
    <message>
        <source>Use: plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] (the secret is read from standard input).</source>
        <translation>Use: plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] (the secret is read from standard input).</translation>
    </message>
    <message>
        <source>--name belongs to secret set.</source>
        <translation>--name belongs to secret set.</translation>
    </message>
    <message>
        <source>Use: plumbline auth login CONNECTION_ID, or plumbline auth status [--json].</source>
        <translation>Use: plumbline auth login CONNECTION_ID, or plumbline auth status [--json].</translation>
    </message>
    <message>
        <source>--values belongs to plumbline check.</source>
        <translation>--values belongs to plumbline check.</translation>
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
        <translation>Usage: plumbline [--data-dir DIR] [COMMAND]

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
</translation>
    </message>
    <message>
        <source>%1 is not a Plumbline link; only plumbline:// links can be opened.</source>
        <translation>%1 is not a Plumbline link; only plumbline:// links can be opened.</translation>
    </message>
    <message>
        <source>A plumbline:// link is opened on its own; unexpected argument %1.</source>
        <translation>A plumbline:// link is opened on its own; unexpected argument %1.</translation>
    </message>
    <message>
        <source>Use: plumbline notify test CHANNEL_ID, or plumbline notify log [--json].</source>
        <translation>Use: plumbline notify test CHANNEL_ID, or plumbline notify log [--json].</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>%1 connections have no run log.</source>
        <translation>%1 connections have no run log.</translation>
    </message>
    <message>
        <source>%1 connections cannot be sampled for a value check.</source>
        <translation>%1 connections cannot be sampled for a value check.</translation>
    </message>
    <message>
        <source>%1 connections cannot look records up by key for a value check.</source>
        <translation>%1 connections cannot look records up by key for a value check.</translation>
    </message>
    <message>
        <source>%1 limited the request rate: looked up %2 of %3 sampled records.</source>
        <translation>%1 limited the request rate: looked up %2 of %3 sampled records.</translation>
    </message>
    <message>
        <source>Looked up %1 of %2 sampled records, then %3 answered: %4</source>
        <translation>Looked up %1 of %2 sampled records, then %3 answered: %4</translation>
    </message>
    <message>
        <source>Looked up %1 of %2 sampled records: the check may spend %3 requests on %4.</source>
        <translation>Looked up %1 of %2 sampled records: the check may spend %3 requests on %4.</translation>
    </message>
    <message>
        <source>Sampled %1 of %2 records: the check may spend %3 requests on %4.</source>
        <translation>Sampled %1 of %2 records: the check may spend %3 requests on %4.</translation>
    </message>
    <message>
        <source>%1 limited the request rate: sampled %2 of %3 records.</source>
        <translation>%1 limited the request rate: sampled %2 of %3 records.</translation>
    </message>
    <message>
        <source>Sampled %1 of %2 records, then %3 answered: %4</source>
        <translation>Sampled %1 of %2 records, then %3 answered: %4</translation>
    </message>
    <message>
        <source>%1 returned fewer records than asked for: sampled %2 of %3 records.</source>
        <translation>%1 returned fewer records than asked for: sampled %2 of %3 records.</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>Writing %1.csv</source>
        <translation>Writing %1.csv</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Plumbline could not create the folder %1 for its workspace.</source>
        <translation>Plumbline could not create the folder %1 for its workspace.</translation>
    </message>
    <message>
        <source>Plumbline could not create its workspace file %1: %2</source>
        <translation>Plumbline could not create its workspace file %1: %2</translation>
    </message>
    <message>
        <source>Plumbline could not open its workspace file %1: %2</source>
        <translation>Plumbline could not open its workspace file %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Plumbline workspace (it is not an SQLite database).</source>
        <translation>The file %1 is not a Plumbline workspace (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Plumbline (schema %1; this version knows up to %2). It has not been changed. Please update Plumbline to open it.</source>
        <translation>This workspace was saved by a newer version of Plumbline (schema %1; this version knows up to %2). It has not been changed. Please update Plumbline to open it.</translation>
    </message>
    <message>
        <source>Plumbline could not prepare its workspace file %1: %2</source>
        <translation>Plumbline could not prepare its workspace file %1: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation>Schema migration %1 is missing from this build.</translation>
    </message>
    <message>
        <source>Could not start schema migration %1: %2</source>
        <translation>Could not start schema migration %1: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 failed and was rolled back; the workspace is unchanged: %2</source>
        <translation>Schema migration %1 failed and was rolled back; the workspace is unchanged: %2</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged (%2). Plumbline has not changed it. Restore it from a backup, or run "plumbline repair" to copy everything that can still be read into a new workspace file.</source>
        <translation>The workspace file %1 is damaged (%2). Plumbline has not changed it. Restore it from a backup, or run "plumbline repair" to copy everything that can still be read into a new workspace file.</translation>
    </message>
    <message>
        <source>Plumbline could not read its workspace file %1: %2</source>
        <translation>Plumbline could not read its workspace file %1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The destination rejected the record (400 Bad Request)</source>
        <translation>The destination rejected the record (400 Bad Request)</translation>
    </message>
    <message>
        <source>The destination rejected the record: the field %1 is required (400 Bad Request)</source>
        <translation>The destination rejected the record: the field %1 is required (400 Bad Request)</translation>
    </message>
    <message>
        <source>The demo history could not be stored: %1</source>
        <translation>The demo history could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo workspace is missing from this build.</source>
        <translation>The demo workspace is missing from this build.</translation>
    </message>
    <message>
        <source>the demo workspace</source>
        <translation>the demo workspace</translation>
    </message>
    <message>
        <source>the demo sandbox</source>
        <translation>the demo sandbox</translation>
    </message>
    <message>
        <source>The demo sandbox is not running.</source>
        <translation>The demo sandbox is not running.</translation>
    </message>
    <message>
        <source>#mops-alerts (demo)</source>
        <translation>#mops-alerts (demo)</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Two-way</source>
        <translation>Two-way</translation>
    </message>
    <message>
        <source>One-way</source>
        <translation>One-way</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>not a full address starting with https://</source>
        <translation>not a full address starting with https://</translation>
    </message>
    <message>
        <source>plain http:// sends the API key unencrypted, so Plumbline allows it only to this computer (localhost, 127.0.0.1, ::1); use https://%1 instead</source>
        <translation>plain http:// sends the API key unencrypted, so Plumbline allows it only to this computer (localhost, 127.0.0.1, ::1); use https://%1 instead</translation>
    </message>
</context>
<context>
    <name>GenericConnector</name>
    <message>
        <source>The auth header name "%1" is not a valid HTTP header name.</source>
        <translation>The auth header name "%1" is not a valid HTTP header name.</translation>
    </message>
    <message>
        <source>The auth scheme must be one word, like Bearer or Token.</source>
        <translation>The auth scheme must be one word, like Bearer or Token.</translation>
    </message>
    <message>
        <source>The connection has no URL.</source>
        <translation>The connection has no URL.</translation>
    </message>
    <message>
        <source>The count request may use GET or POST, not %1: Plumbline only reads.</source>
        <translation>The count request may use GET or POST, not %1: Plumbline only reads.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer; write it like /meta/total.</source>
        <translation>"%1" is not a JSON pointer; write it like /meta/total.</translation>
    </message>
    <message>
        <source>"%1" cannot be made into a URL below the connection's URL.</source>
        <translation>"%1" cannot be made into a URL below the connection's URL.</translation>
    </message>
    <message>
        <source>A filter for a generic connection is query parameters ("a=1&amp;b=2" or {"a": 1}), or a JSON object merged into a POST body.</source>
        <translation>A filter for a generic connection is query parameters ("a=1&amp;b=2" or {"a": 1}), or a JSON object merged into a POST body.</translation>
    </message>
    <message>
        <source>The connection's URL is not valid.</source>
        <translation>The connection's URL is not valid.</translation>
    </message>
    <message>
        <source>A generic REST connection has no schema endpoint.</source>
        <translation>A generic REST connection has no schema endpoint.</translation>
    </message>
    <message>
        <source>This generic connection has no run/error list pointer set.</source>
        <translation>This generic connection has no run/error list pointer set.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer; write it like /errors.</source>
        <translation>"%1" is not a JSON pointer; write it like /errors.</translation>
    </message>
    <message>
        <source>The list_path option does not make a URL below the connection's URL.</source>
        <translation>The list_path option does not make a URL below the connection's URL.</translation>
    </message>
    <message>
        <source>A value check needs a key field.</source>
        <translation>A value check needs a key field.</translation>
    </message>
    <message>
        <source>Set the lookup_path option (e.g. {object}?email={key}) to look records up by key on this API.</source>
        <translation>Set the lookup_path option (e.g. {object}?email={key}) to look records up by key on this API.</translation>
    </message>
</context>
<context>
    <name>GenericParser</name>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>The response is not JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The response is empty.</source>
        <translation>The response is empty.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer (it starts with / and escapes ~ and / as ~0 and ~1).</source>
        <translation>"%1" is not a JSON pointer (it starts with / and escapes ~ and / as ~0 and ~1).</translation>
    </message>
    <message>
        <source>The response has nothing at %1.</source>
        <translation>The response has nothing at %1.</translation>
    </message>
    <message>
        <source>The response has no element %1 at %2.</source>
        <translation>The response has no element %1 at %2.</translation>
    </message>
    <message>
        <source>The value at %1 is not a whole number of records.</source>
        <translation>The value at %1 is not a whole number of records.</translation>
    </message>
    <message>
        <source>The value at %1 is not a list.</source>
        <translation>The value at %1 is not a list.</translation>
    </message>
    <message>
        <source>An entry of the list at %1 is not an object.</source>
        <translation>An entry of the list at %1 is not an object.</translation>
    </message>
    <message>
        <source>An entry of the list at %1 has no "id".</source>
        <translation>An entry of the list at %1 has no "id".</translation>
    </message>
    <message>
        <source>An entry of the list at %1 has no readable "timestamp".</source>
        <translation>An entry of the list at %1 has no readable "timestamp".</translation>
    </message>
    <message>
        <source>An entry's "status" is neither text nor a number.</source>
        <translation>An entry's "status" is neither text nor a number.</translation>
    </message>
    <message>
        <source>An entry's "message" is not text.</source>
        <translation>An entry's "message" is not text.</translation>
    </message>
    <message>
        <source>%1 — the service says: %2</source>
        <translation>%1 — the service says: %2</translation>
    </message>
    <message>
        <source>The answer has no list of records at %1 (set records_pointer).</source>
        <translation>The answer has no list of records at %1 (set records_pointer).</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Plumbline cannot open its workspace</source>
        <translation>Plumbline cannot open its workspace</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>The demo sandbox could not listen on 127.0.0.1.</translation>
    </message>
    <message>
        <source>A notification to “%1” could not be delivered: %2</source>
        <translation>A notification to “%1” could not be delivered: %2</translation>
    </message>
    <message>
        <source>Plumbline cannot open the link %1.</source>
        <translation>Plumbline cannot open the link %1.</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>See plumbline --help.</source>
        <translation>See plumbline --help.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Nothing was imported from %1:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s)</source>
        <translation>
            <numerusform>Imported %n connection</numerusform>
            <numerusform>Imported %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n integration</numerusform>
            <numerusform>%n integrations</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the workspace to %1 (without secrets).</source>
        <translation>Exported the workspace to %1 (without secrets).</translation>
    </message>
    <message>
        <source>There is no connection "%1".</source>
        <translation>There is no connection "%1".</translation>
    </message>
    <message>
        <source>The API key for "%1" is stored in %2.</source>
        <translation>The API key for "%1" is stored in %2.</translation>
    </message>
    <message>
        <source>The workspace file %1 is not damaged; nothing was changed.</source>
        <translation>The workspace file %1 is not damaged; nothing was changed.</translation>
    </message>
    <message>
        <source>Repaired %1. What could be read was copied into a new workspace file:</source>
        <translation>Repaired %1. What could be read was copied into a new workspace file:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n row copied</numerusform>
            <numerusform>%n rows copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped (their definition could not be read)</source>
        <translation>
            <numerusform>%n dropped (their definition could not be read)</numerusform>
            <numerusform>%n dropped (their definition could not be read)</numerusform>
        </translation>
    </message>
    <message>
        <source>rows on damaged pages are lost</source>
        <translation>rows on damaged pages are lost</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>The damaged file is kept as %1.</translation>
    </message>
    <message>
        <source>No secret on standard input; nothing was stored.</source>
        <translation>No secret on standard input; nothing was stored.</translation>
    </message>
    <message>
        <source>The client secret for "%1" is stored in %2.</source>
        <translation>The client secret for "%1" is stored in %2.</translation>
    </message>
    <message>
        <source>The refresh token for "%1" is stored in %2.</source>
        <translation>The refresh token for "%1" is stored in %2.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Generated %1 by %2 with Plumbline. All times are UTC.</source>
        <translation>Generated %1 by %2 with Plumbline. All times are UTC.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>%1 · %2 · generated %3</source>
        <translation>%1 · %2 · generated %3</translation>
    </message>
</context>
<context>
    <name>HubSpotConnector</name>
    <message>
        <source>HubSpot calls the /crm/v3 paths legacy and ends semantic-version APIs in September 2027; switch the connection to a date-based version such as 2026-03.</source>
        <translation>HubSpot calls the /crm/v3 paths legacy and ends semantic-version APIs in September 2027; switch the connection to a date-based version such as 2026-03.</translation>
    </message>
    <message>
        <source>No HubSpot object type is set.</source>
        <translation>No HubSpot object type is set.</translation>
    </message>
    <message>
        <source>HubSpot has no batch read by %1 at %2 (API version %3): %4</source>
        <translation>HubSpot has no batch read by %1 at %2 (API version %3): %4</translation>
    </message>
    <message>
        <source>No HubSpot key property is set for the value check.</source>
        <translation>No HubSpot key property is set for the value check.</translation>
    </message>
    <message>
        <source>No HubSpot object type or key property is set.</source>
        <translation>No HubSpot object type or key property is set.</translation>
    </message>
</context>
<context>
    <name>HubSpotParser</name>
    <message>
        <source>HubSpot sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>HubSpot sent %1 that is not valid JSON (%2 at byte %3).</translation>
    </message>
    <message>
        <source>HubSpot sent %1 that is not a JSON object.</source>
        <translation>HubSpot sent %1 that is not a JSON object.</translation>
    </message>
    <message>
        <source>a search answer</source>
        <translation>a search answer</translation>
    </message>
    <message>
        <source>HubSpot's search answer has no "total".</source>
        <translation>HubSpot's search answer has no "total".</translation>
    </message>
    <message>
        <source>HubSpot's search answer has a "total" that is not a non-negative integer.</source>
        <translation>HubSpot's search answer has a "total" that is not a non-negative integer.</translation>
    </message>
    <message>
        <source>HubSpot's search answer has "results" that is not a list.</source>
        <translation>HubSpot's search answer has "results" that is not a list.</translation>
    </message>
    <message>
        <source>a property list</source>
        <translation>a property list</translation>
    </message>
    <message>
        <source>HubSpot's property list has no "results" list.</source>
        <translation>HubSpot's property list has no "results" list.</translation>
    </message>
    <message>
        <source>HubSpot's property list has an entry (#%1) without a text name, label and type.</source>
        <translation>HubSpot's property list has an entry (#%1) without a text name, label and type.</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(no message)</translation>
    </message>
    <message>
        <source>HubSpot says the access token has expired: %1</source>
        <translation>HubSpot says the access token has expired: %1</translation>
    </message>
    <message>
        <source>HubSpot rejected the access token (HTTP %1%2): %3</source>
        <translation>HubSpot rejected the access token (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>The HubSpot token may not do this (HTTP %1%2): %3</source>
        <translation>The HubSpot token may not do this (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>HubSpot rate limit reached (%1): %2</source>
        <translation>HubSpot rate limit reached (%1): %2</translation>
    </message>
    <message>
        <source>policy not named</source>
        <translation>policy not named</translation>
    </message>
    <message>
        <source>HubSpot's daily API limit is used up (%1): %2</source>
        <translation>HubSpot's daily API limit is used up (%1): %2</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1.</source>
        <translation>HubSpot answered HTTP %1.</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1%2: %3</source>
        <translation>HubSpot answered HTTP %1%2: %3</translation>
    </message>
    <message>
        <source>The HubSpot filter looks like JSON but is not valid JSON (%1).</source>
        <translation>The HubSpot filter looks like JSON but is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>The HubSpot search text is longer than 3000 characters.</source>
        <translation>The HubSpot search text is longer than 3000 characters.</translation>
    </message>
    <message>
        <source>The HubSpot filter's "query" is not text.</source>
        <translation>The HubSpot filter's "query" is not text.</translation>
    </message>
    <message>
        <source>The HubSpot filter object has neither "filterGroups", "filters" nor "query".</source>
        <translation>The HubSpot filter object has neither "filterGroups", "filters" nor "query".</translation>
    </message>
    <message>
        <source>The HubSpot filter must be text, a filterGroups object or a list of filter groups.</source>
        <translation>The HubSpot filter must be text, a filterGroups object or a list of filter groups.</translation>
    </message>
    <message>
        <source>The HubSpot filterGroups must be a list of objects, each with a "filters" list.</source>
        <translation>The HubSpot filterGroups must be a list of objects, each with a "filters" list.</translation>
    </message>
    <message>
        <source>HubSpot sent records that are not a JSON object.</source>
        <translation>HubSpot sent records that are not a JSON object.</translation>
    </message>
    <message>
        <source>HubSpot sent records that are not valid JSON (%1 at byte %2).</source>
        <translation>HubSpot sent records that are not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>HubSpot's answer has no "results" list.</source>
        <translation>HubSpot's answer has no "results" list.</translation>
    </message>
</context>
<context>
    <name>MailchimpConnector</name>
    <message>
        <source>No Mailchimp data centre: the API key has no "-us6"-style suffix and no base URL is set.</source>
        <translation>No Mailchimp data centre: the API key has no "-us6"-style suffix and no base URL is set.</translation>
    </message>
    <message>
        <source>No Mailchimp audience id is set.</source>
        <translation>No Mailchimp audience id is set.</translation>
    </message>
    <message>
        <source>none documented</source>
        <translation>none documented</translation>
    </message>
    <message>
        <source>No Mailchimp key field is set for the value check.</source>
        <translation>No Mailchimp key field is set for the value check.</translation>
    </message>
</context>
<context>
    <name>MailchimpParser</name>
    <message>
        <source>Mailchimp sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>Mailchimp sent %1 that is not valid JSON (%2 at byte %3).</translation>
    </message>
    <message>
        <source>Mailchimp sent %1 that is not a JSON object.</source>
        <translation>Mailchimp sent %1 that is not a JSON object.</translation>
    </message>
    <message>
        <source>a ping answer</source>
        <translation>a ping answer</translation>
    </message>
    <message>
        <source>Mailchimp's ping answer has no text "health_status".</source>
        <translation>Mailchimp's ping answer has no text "health_status".</translation>
    </message>
    <message>
        <source>The Mailchimp filter must be empty, "subscribed", "unsubscribed" or "cleaned".</source>
        <translation>The Mailchimp filter must be empty, "subscribed", "unsubscribed" or "cleaned".</translation>
    </message>
    <message>
        <source>an audience</source>
        <translation>an audience</translation>
    </message>
    <message>
        <source>Mailchimp's audience has no "stats" object.</source>
        <translation>Mailchimp's audience has no "stats" object.</translation>
    </message>
    <message>
        <source>Mailchimp's audience stats have no "%1".</source>
        <translation>Mailchimp's audience stats have no "%1".</translation>
    </message>
    <message>
        <source>Mailchimp's audience stats have a "%1" that is not a non-negative integer.</source>
        <translation>Mailchimp's audience stats have a "%1" that is not a non-negative integer.</translation>
    </message>
    <message>
        <source>a merge field list</source>
        <translation>a merge field list</translation>
    </message>
    <message>
        <source>Mailchimp's merge field list has no "merge_fields" list.</source>
        <translation>Mailchimp's merge field list has no "merge_fields" list.</translation>
    </message>
    <message>
        <source>Mailchimp's merge field list has an entry (#%1) without a text tag, name and type.</source>
        <translation>Mailchimp's merge field list has an entry (#%1) without a text tag, name and type.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1 with an HTML page.</source>
        <translation>Mailchimp answered HTTP %1 with an HTML page.</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1.</source>
        <translation>Mailchimp answered HTTP %1.</translation>
    </message>
    <message>
        <source>Mailchimp rejected the API key (HTTP %1): %2</source>
        <translation>Mailchimp rejected the API key (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp refused access (HTTP %1): %2</source>
        <translation>Mailchimp refused access (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp does not know this (HTTP %1): %2</source>
        <translation>Mailchimp does not know this (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp is limiting requests (HTTP %1): %2</source>
        <translation>Mailchimp is limiting requests (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1: %2</source>
        <translation>Mailchimp answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>Mailchimp's answer has no "total_items".</source>
        <translation>Mailchimp's answer has no "total_items".</translation>
    </message>
    <message>
        <source>Mailchimp sent members that are not a JSON object.</source>
        <translation>Mailchimp sent members that are not a JSON object.</translation>
    </message>
    <message>
        <source>Mailchimp sent members that are not valid JSON (%1 at byte %2).</source>
        <translation>Mailchimp sent members that are not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>Mailchimp's answer has no "members" list.</source>
        <translation>Mailchimp's answer has no "members" list.</translation>
    </message>
    <message>
        <source>Mailchimp's member has no "email_address".</source>
        <translation>Mailchimp's member has no "email_address".</translation>
    </message>
</context>
<context>
    <name>MakeConnector</name>
    <message>
        <source>Make is middleware and has no record count.</source>
        <translation>Make is middleware and has no record count.</translation>
    </message>
    <message>
        <source>Make is middleware and has no record schema.</source>
        <translation>Make is middleware and has no record schema.</translation>
    </message>
    <message>
        <source>No Make scenario ID is set for this integration.</source>
        <translation>No Make scenario ID is set for this integration.</translation>
    </message>
</context>
<context>
    <name>MakeParser</name>
    <message>
        <source>Make sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Make sent a body that is not JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>Make sent JSON that is not an object.</source>
        <translation>Make sent JSON that is not an object.</translation>
    </message>
    <message>
        <source>Make's scenario answer has no "scenario" object.</source>
        <translation>Make's scenario answer has no "scenario" object.</translation>
    </message>
    <message>
        <source>A flag of Make's scenario (isActive, isPaused, isinvalid) is not true/false.</source>
        <translation>A flag of Make's scenario (isActive, isPaused, isinvalid) is not true/false.</translation>
    </message>
    <message>
        <source>Make's scenario "dlqCount" is not a whole number.</source>
        <translation>Make's scenario "dlqCount" is not a whole number.</translation>
    </message>
    <message>
        <source>Make's scenario "name" is not text.</source>
        <translation>Make's scenario "name" is not text.</translation>
    </message>
    <message>
        <source>Make's log answer has no "scenarioLogs" list.</source>
        <translation>Make's log answer has no "scenarioLogs" list.</translation>
    </message>
    <message>
        <source>A Make log entry is not an object.</source>
        <translation>A Make log entry is not an object.</translation>
    </message>
    <message>
        <source>A Make log entry has neither "id" nor "imtId".</source>
        <translation>A Make log entry has neither "id" nor "imtId".</translation>
    </message>
    <message>
        <source>A Make log entry has no readable "timestamp".</source>
        <translation>A Make log entry has no readable "timestamp".</translation>
    </message>
    <message>
        <source>A Make log entry's "status" is not a number.</source>
        <translation>A Make log entry's "status" is not a number.</translation>
    </message>
    <message>
        <source>A Make log entry's "operations" is not a whole number.</source>
        <translation>A Make log entry's "operations" is not a whole number.</translation>
    </message>
    <message>
        <source>Make's /users/me answer has no "authUser" object.</source>
        <translation>Make's /users/me answer has no "authUser" object.</translation>
    </message>
    <message>
        <source>Make's organization answer has no "organization.license.apiLimit".</source>
        <translation>Make's organization answer has no "organization.license.apiLimit".</translation>
    </message>
    <message>
        <source>Make's "license.apiLimit" is not a whole number.</source>
        <translation>Make's "license.apiLimit" is not a whole number.</translation>
    </message>
    <message>
        <source>%1 — Make says: %2</source>
        <translation>%1 — Make says: %2</translation>
    </message>
</context>
<context>
    <name>MappingHealth</name>
    <message>
        <source>“%1” is not in the source schema any more</source>
        <translation>“%1” is not in the source schema any more</translation>
    </message>
    <message>
        <source>“%1” is not in the destination schema any more</source>
        <translation>“%1” is not in the destination schema any more</translation>
    </message>
    <message>
        <source>%1 was %2, now %3</source>
        <translation>%1 was %2, now %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
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
        <translation>First fetched</translation>
    </message>
    <message>
        <source>Field added</source>
        <translation>Field added</translation>
    </message>
    <message>
        <source>Field removed</source>
        <translation>Field removed</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Type changed</translation>
    </message>
</context>
<context>
    <name>MonitorCommands</name>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Cannot set up signal handling.</translation>
    </message>
    <message numerus="yes">
        <source>Plumbline is polling %n integration(s); stop with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>Plumbline is polling %n integration; stop with Ctrl+C or SIGTERM.</numerusform>
            <numerusform>Plumbline is polling %n integrations; stop with Ctrl+C or SIGTERM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>There is no open alert %1; see plumbline alerts.</source>
        <translation>There is no open alert %1; see plumbline alerts.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>No open alerts.</translation>
    </message>
    <message>
        <source>(acknowledged by %1)</source>
        <translation>(acknowledged by %1)</translation>
    </message>
    <message>
        <source>(snoozed until %1)</source>
        <translation>(snoozed until %1)</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged; it will still notify if it gets worse.</source>
        <translation>Alert %1 acknowledged; it will still notify if it gets worse.</translation>
    </message>
    <message>
        <source>--until needs a date and time in the future, e.g. 2026-12-01T09:00.</source>
        <translation>--until needs a date and time in the future, e.g. 2026-12-01T09:00.</translation>
    </message>
    <message>
        <source>Alert %1 snoozed until %2.</source>
        <translation>Alert %1 snoozed until %2.</translation>
    </message>
    <message>
        <source>There is no integration "%1".</source>
        <translation>There is no integration "%1".</translation>
    </message>
    <message>
        <source>--from and --to need dates and times (ISO 8601), the end after the start.</source>
        <translation>--from and --to need dates and times (ISO 8601), the end after the start.</translation>
    </message>
    <message>
        <source>Maintenance window %1 for %2: %3 to %4. Plumbline keeps polling but raises no alerts.</source>
        <translation>Maintenance window %1 for %2: %3 to %4. Plumbline keeps polling but raises no alerts.</translation>
    </message>
    <message>
        <source>No maintenance windows.</source>
        <translation>No maintenance windows.</translation>
    </message>
    <message>
        <source>Maintenance window %1 removed.</source>
        <translation>Maintenance window %1 removed.</translation>
    </message>
    <message>
        <source>there is no integration "%1"</source>
        <translation>there is no integration "%1"</translation>
    </message>
    <message>
        <source>the workspace has no integrations; import one with plumbline import FILE</source>
        <translation>the workspace has no integrations; import one with plumbline import FILE</translation>
    </message>
    <message>
        <source>Another Plumbline process polls this workspace (%1, process %2 on %3); this one follows and takes over if it stops.</source>
        <translation>Another Plumbline process polls this workspace (%1, process %2 on %3); this one follows and takes over if it stops.</translation>
    </message>
    <message>
        <source>The window ends at %1, which is already past; it would silence nothing. Check the dates.</source>
        <translation>The window ends at %1, which is already past; it would silence nothing. Check the dates.</translation>
    </message>
    <message>
        <source>Notification to %1 given up: %2</source>
        <translation>Notification to %1 given up: %2</translation>
    </message>
    <message>
        <source>Notification to %1 failed: %2</source>
        <translation>Notification to %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>NotifyChannels</name>
    <message>
        <source>required key "%1" is missing</source>
        <translation>required key "%1" is missing</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>"%1" is not a time of day; write it as HH:MM, e.g. 22:00</source>
        <translation>"%1" is not a time of day; write it as HH:MM, e.g. 22:00</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Signed webhook</source>
        <translation>Signed webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signing secret</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP password</translation>
    </message>
    <message>
        <source>Integration (routing) key</source>
        <translation>Integration (routing) key</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>"%1" is not a valid id: use letters, digits, '.', '_' or '-' (at most 64)</source>
        <translation>"%1" is not a valid id: use letters, digits, '.', '_' or '-' (at most 64)</translation>
    </message>
    <message>
        <source>unknown kind "%1"; expected slack, teams, google_chat, email, pagerduty or webhook</source>
        <translation>unknown kind "%1"; expected slack, teams, google_chat, email, pagerduty or webhook</translation>
    </message>
    <message>
        <source>this is a secret and does not belong in a workspace file; store it in the keychain as "%1%2" (the Notifications page, or `plumbline secret set %1%2`)</source>
        <translation>this is a secret and does not belong in a workspace file; store it in the keychain as "%1%2" (the Notifications page, or `plumbline secret set %1%2`)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>"%1" is not a minimum severity; expected warning or critical</source>
        <translation>"%1" is not a minimum severity; expected warning or critical</translation>
    </message>
    <message>
        <source>unknown time zone "%1"; use an IANA name such as Europe/Berlin or America/New_York</source>
        <translation>unknown time zone "%1"; use an IANA name such as Europe/Berlin or America/New_York</translation>
    </message>
    <message>
        <source>expected an object with "from" and "to"</source>
        <translation>expected an object with "from" and "to"</translation>
    </message>
    <message>
        <source>quiet hours must start and end at different times</source>
        <translation>quiet hours must start and end at different times</translation>
    </message>
    <message>
        <source>expected an object such as {"at": "08:00"}</source>
        <translation>expected an object such as {"at": "08:00"}</translation>
    </message>
    <message>
        <source>an e-mail channel needs "to": one address or a list of addresses</source>
        <translation>an e-mail channel needs "to": one address or a list of addresses</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address</source>
        <translation>"%1" is not an e-mail address</translation>
    </message>
    <message>
        <source>an e-mail channel needs "smtp": {"host": …, "port": …, "security": …}</source>
        <translation>an e-mail channel needs "smtp": {"host": …, "port": …, "security": …}</translation>
    </message>
    <message>
        <source>this is a secret and does not belong in a workspace file; store it in the keychain as "%1password"</source>
        <translation>this is a secret and does not belong in a workspace file; store it in the keychain as "%1password"</translation>
    </message>
    <message>
        <source>unknown security "%1"; expected starttls, tls or none</source>
        <translation>unknown security "%1"; expected starttls, tls or none</translation>
    </message>
    <message>
        <source>expected a port number between 1 and 65535</source>
        <translation>expected a port number between 1 and 65535</translation>
    </message>
    <message>
        <source>mail without TLS may only go to this computer; use starttls or tls for %1</source>
        <translation>mail without TLS may only go to this computer; use starttls or tls for %1</translation>
    </message>
    <message>
        <source>only an e-mail channel has "%1"</source>
        <translation>only an e-mail channel has "%1"</translation>
    </message>
</context>
<context>
    <name>NotifyCommands</name>
    <message>
        <source>A test message was delivered to %1.</source>
        <translation>A test message was delivered to %1.</translation>
    </message>
    <message>
        <source>The test message to %1 was not delivered: %2</source>
        <translation>The test message to %1 was not delivered: %2</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>No notifications yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), last: %1</source>
        <translation>
            <numerusform>%n attempt, last: %1</numerusform>
            <numerusform>%n attempts, last: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no notification channel "%1"; use channel/CHANNEL_ID/NAME.</source>
        <translation>There is no notification channel "%1"; use channel/CHANNEL_ID/NAME.</translation>
    </message>
    <message>
        <source>A %1 channel keeps no "%2"; it keeps %3.</source>
        <translation>A %1 channel keeps no "%2"; it keeps %3.</translation>
    </message>
    <message>
        <source>The %1 of channel "%2" is stored in %3.</source>
        <translation>The %1 of channel "%2" is stored in %3.</translation>
    </message>
</context>
<context>
    <name>NotifyComposer</name>
    <message>
        <source>under a minute</source>
        <translation>under a minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>connection %1</translation>
    </message>
    <message>
        <source>the Plumbline monitor</source>
        <translation>the Plumbline monitor</translation>
    </message>
    <message>
        <source>Open in Plumbline</source>
        <translation>Open in Plumbline</translation>
    </message>
    <message>
        <source>Recovered: %1 — %2</source>
        <translation>Recovered: %1 — %2</translation>
    </message>
    <message>
        <source>It lasted %1.</source>
        <translation>It lasted %1.</translation>
    </message>
    <message>
        <source>%1 is healthy again. It had: %2</source>
        <translation>%1 is healthy again. It had: %2</translation>
    </message>
    <message>
        <source>Acknowledged: %1 — %2</source>
        <translation>Acknowledged: %1 — %2</translation>
    </message>
    <message>
        <source>%1 is looking into it. %2</source>
        <translation>%1 is looking into it. %2</translation>
    </message>
    <message>
        <source>Now %1: %2 — %3</source>
        <translation>Now %1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <source>Source count</source>
        <translation>Source count</translation>
    </message>
    <message>
        <source>Destination count</source>
        <translation>Destination count</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records (%2 %)</source>
        <translation>%1 records (%2 %)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Sent by Plumbline on %1.</source>
        <translation>Sent by Plumbline on %1.</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>Test notification for %1</source>
        <translation>Test notification for %1</translation>
    </message>
    <message>
        <source>This is a test from Plumbline. When an integration breaks or recovers, a message like this one names it, says what is wrong and what to check.</source>
        <translation>This is a test from Plumbline. When an integration breaks or recovers, a message like this one names it, says what is wrong and what to check.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Nothing to do: this message only shows that the channel works.</source>
        <translation>Nothing to do: this message only shows that the channel works.</translation>
    </message>
    <message>
        <source>Broken (%1)</source>
        <translation>Broken (%1)</translation>
    </message>
    <message>
        <source>Recovered since the last digest (%1)</source>
        <translation>Recovered since the last digest (%1)</translation>
    </message>
    <message>
        <source>Due soon: retiring API versions, credentials, quotas (%1)</source>
        <translation>Due soon: retiring API versions, credentials, quotas (%1)</translation>
    </message>
    <message>
        <source>Daily digest: nothing broken</source>
        <translation>Daily digest: nothing broken</translation>
    </message>
    <message numerus="yes">
        <source>Daily digest: %n integration(s) broken</source>
        <translation>
            <numerusform>Daily digest: %n integration broken</numerusform>
            <numerusform>Daily digest: %n integrations broken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broken, %2 recovered, %3 due soon.</source>
        <translation>%1 broken, %2 recovered, %3 due soon.</translation>
    </message>
</context>
<context>
    <name>NotifyRouting</name>
    <message>
        <source>below this channel's minimum severity (%1)</source>
        <translation>below this channel's minimum severity (%1)</translation>
    </message>
    <message>
        <source>in the daily digest at %1</source>
        <translation>in the daily digest at %1</translation>
    </message>
    <message>
        <source>quiet hours until %1 (%2)</source>
        <translation>quiet hours until %1 (%2)</translation>
    </message>
    <message>
        <source>this computer's time</source>
        <translation>this computer's time</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>In the next digest</source>
        <translation>In the next digest</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Delivered in a digest</source>
        <translation>Delivered in a digest</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>A PDF report needs the graphical application (fonts); none is running.</source>
        <translation>A PDF report needs the graphical application (fonts); none is running.</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Laying out the pages</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>Could not start the PDF.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 with Plumbline.
All times are UTC. The gap is the destination count minus the source count. This report never contains an API key: credentials are named by their keychain entry.</source>
        <translation>Generated %1 by %2 with Plumbline.
All times are UTC. The gap is the destination count minus the source count. This report never contains an API key: credentials are named by their keychain entry.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Could not add a page to the PDF.</source>
        <translation>Could not add a page to the PDF.</translation>
    </message>
    <message>
        <source>Could not finish the PDF.</source>
        <translation>Could not finish the PDF.</translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>Gap (destination − source)</source>
        <translation>Gap (destination − source)</translation>
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
        <translation>Opened</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Eased</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Suppressed (maintenance)</source>
        <translation>Suppressed (maintenance)</translation>
    </message>
    <message>
        <source>There is no integration %1.</source>
        <translation>There is no integration %1.</translation>
    </message>
    <message>
        <source>The report needs a start and an end date.</source>
        <translation>The report needs a start and an end date.</translation>
    </message>
    <message>
        <source>The report period is empty: the start (%1) is not before the end (%2).</source>
        <translation>The report period is empty: the start (%1) is not before the end (%2).</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Connection %1</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Integration %1</translation>
    </message>
    <message>
        <source>Integration audit report</source>
        <translation>Integration audit report</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>State now</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>OK (s)</source>
        <translation>OK (s)</translation>
    </message>
    <message>
        <source>Warning (s)</source>
        <translation>Warning (s)</translation>
    </message>
    <message>
        <source>Critical (s)</source>
        <translation>Critical (s)</translation>
    </message>
    <message>
        <source>Unknown (s)</source>
        <translation>Unknown (s)</translation>
    </message>
    <message>
        <source>Monitored (s)</source>
        <translation>Monitored (s)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Polls</translation>
    </message>
    <message>
        <source>Failed polls</source>
        <translation>Failed polls</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Gap %</source>
        <translation>Gap %</translation>
    </message>
    <message>
        <source>No integration is part of this report.</source>
        <translation>No integration is part of this report.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>What to check</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>No current findings: every check passed at the latest poll.</source>
        <translation>No current findings: every check passed at the latest poll.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Source system</translation>
    </message>
    <message>
        <source>Source object</source>
        <translation>Source object</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Source filter</translation>
    </message>
    <message>
        <source>Destination system</source>
        <translation>Destination system</translation>
    </message>
    <message>
        <source>Destination object</source>
        <translation>Destination object</translation>
    </message>
    <message>
        <source>Destination filter</source>
        <translation>Destination filter</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Middleware</source>
        <translation>Middleware</translation>
    </message>
    <message>
        <source>Poll interval (s)</source>
        <translation>Poll interval (s)</translation>
    </message>
    <message>
        <source>Tolerance (%)</source>
        <translation>Tolerance (%)</translation>
    </message>
    <message>
        <source>Tolerance (records)</source>
        <translation>Tolerance (records)</translation>
    </message>
    <message>
        <source>Lag grace (s)</source>
        <translation>Lag grace (s)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Source field</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Destination field</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>No field mappings are documented.</source>
        <translation>No field mappings are documented.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Record counts of %1</source>
        <translation>Record counts of %1</translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation>Source: %1 %2</translation>
    </message>
    <message>
        <source>Destination: %1 %2</source>
        <translation>Destination: %1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Source (average)</source>
        <translation>Source (average)</translation>
    </message>
    <message>
        <source>Destination (average)</source>
        <translation>Destination (average)</translation>
    </message>
    <message>
        <source>Gap (average)</source>
        <translation>Gap (average)</translation>
    </message>
    <message>
        <source>Gap (lowest)</source>
        <translation>Gap (lowest)</translation>
    </message>
    <message>
        <source>Gap (highest)</source>
        <translation>Gap (highest)</translation>
    </message>
    <message>
        <source>No counts were recorded for %1 in this period.</source>
        <translation>No counts were recorded for %1 in this period.</translation>
    </message>
    <message>
        <source>Record counts: %1 polls in the period, %2 of them failed. Each point is the %3 average; the lower panel shows the gap (destination − source).</source>
        <translation>Record counts: %1 polls in the period, %2 of them failed. Each point is the %3 average; the lower panel shows the gap (destination − source).</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>hourly</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Field mappings</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Health summary</translation>
    </message>
    <message>
        <source>Time in each state is the share of the monitored part of the period (from the integration's creation, up to now) that the integration spent with its worst open alert at that severity; alerts of the connections it uses count too. Counts are the latest average in the period. The gap is always the destination count minus the source count: a negative gap means records are missing at the destination.</source>
        <translation>Time in each state is the share of the monitored part of the period (from the integration's creation, up to now) that the integration spent with its worst open alert at that severity; alerts of the connections it uses count too. Counts are the latest average in the period. The gap is always the destination count minus the source count: a negative gap means records are missing at the destination.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Every account the integrations use. API keys live in the operating system's keychain; this report names the keychain entry and never contains a key.</source>
        <translation>Every account the integrations use. API keys live in the operating system's keychain; this report names the keychain entry and never contains a key.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Credential location</source>
        <translation>Credential location</translation>
    </message>
    <message>
        <source>Server variable</source>
        <translation>Server variable</translation>
    </message>
    <message>
        <source>Credential state</source>
        <translation>Credential state</translation>
    </message>
    <message>
        <source>Credential stored</source>
        <translation>Credential stored</translation>
    </message>
    <message>
        <source>Credential age (days)</source>
        <translation>Credential age (days)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No connection is used by the integrations in this report.</source>
        <translation>No connection is used by the integrations in this report.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>keychain unavailable</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>Keychain service "%1", entry "%2"</source>
        <translation>Keychain service "%1", entry "%2"</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Each integration's documentation, field mappings and record counts over the period (source and destination).</source>
        <translation>Each integration's documentation, field mappings and record counts over the period (source and destination).</translation>
    </message>
    <message>
        <source>Alerts that were open at some time in the period, with their timeline. Durations run to the resolution, or to the report's generation while open.</source>
        <translation>Alerts that were open at some time in the period, with their timeline. Durations run to the resolution, or to the report's generation while open.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>To acknowledge</source>
        <translation>To acknowledge</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>No incidents in this period.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No incident events in this period.</source>
        <translation>No incident events in this period.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Incident timeline</translation>
    </message>
    <message>
        <source>Current findings</source>
        <translation>Current findings</translation>
    </message>
    <message>
        <source>What the checks found at the latest poll of each integration and connection.</source>
        <translation>What the checks found at the latest poll of each integration and connection.</translation>
    </message>
    <message>
        <source>API versions and deprecation deadlines</source>
        <translation>API versions and deprecation deadlines</translation>
    </message>
    <message>
        <source>The API version each connection uses and what the vendor last said about it. A version within 90 days of its sunset needs planning now.</source>
        <translation>The API version each connection uses and what the vendor last said about it. A version within 90 days of its sunset needs planning now.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Version used</source>
        <translation>Version used</translation>
    </message>
    <message>
        <source>Version served</source>
        <translation>Version served</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deprecated since</source>
        <translation>Deprecated since</translation>
    </message>
    <message>
        <source>Sunset</source>
        <translation>Sunset</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Vendor notice</source>
        <translation>Vendor notice</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>No connection is part of this report.</source>
        <translation>No connection is part of this report.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>served a different version</source>
        <translation>served a different version</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>deprecated</translation>
    </message>
    <message>
        <source>sunset announced</source>
        <translation>sunset announced</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Every change made to the definitions in the period: who, when and what. Secrets are never recorded.</source>
        <translation>Every change made to the definitions in the period: who, when and what. Secrets are never recorded.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>No changes in this period.</source>
        <translation>No changes in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) and %1 connection(s)</source>
        <translation>
            <numerusform>%n integration and %1 connection</numerusform>
            <numerusform>%n integrations and %1 connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period</source>
        <translation>
            <numerusform>%n incident in the period</numerusform>
            <numerusform>%n incidents in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n current finding(s)</source>
        <translation>
            <numerusform>%n current finding</numerusform>
            <numerusform>%n current findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the definitions</source>
        <translation>
            <numerusform>%n change to the definitions</numerusform>
            <numerusform>%n changes to the definitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst state now: %1</source>
        <translation>Worst state now: %1</translation>
    </message>
    <message numerus="yes">
        <source>Period: %n day(s)</source>
        <translation>
            <numerusform>Period: %n day</numerusform>
            <numerusform>Period: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>end of life published; not checked yet</source>
        <translation>end of life published; not checked yet</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Latest value check, %1: no records could be compared. %2</source>
        <translation>Latest value check, %1: no records could be compared. %2</translation>
    </message>
    <message numerus="yes">
        <source>Latest value check, %1: %2 of %3 sampled records match (%4; 95 % interval %5–%6), %7 missing at the destination, %n request(s).</source>
        <translation>
            <numerusform>Latest value check, %1: %2 of %3 sampled records match (%4; 95 % interval %5–%6), %7 missing at the destination, %n request.</numerusform>
            <numerusform>Latest value check, %1: %2 of %3 sampled records match (%4; 95 % interval %5–%6), %7 missing at the destination, %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Partial check: %1</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Sampled</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Match rate</source>
        <translation>Match rate</translation>
    </message>
    <message>
        <source>Low (95 %)</source>
        <translation>Low (95 %)</translation>
    </message>
    <message>
        <source>High (95 %)</source>
        <translation>High (95 %)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Requests (source)</source>
        <translation>Requests (source)</translation>
    </message>
    <message>
        <source>Requests (destination)</source>
        <translation>Requests (destination)</translation>
    </message>
    <message>
        <source>Source records</source>
        <translation>Source records</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>Partial because</source>
        <translation>Partial because</translation>
    </message>
    <message>
        <source>Problem kind</source>
        <translation>Problem kind</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>Could not compare</translation>
    </message>
    <message>
        <source>No value check in this period.</source>
        <translation>No value check in this period.</translation>
    </message>
    <message>
        <source>Value checks</source>
        <translation>Value checks</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Compared</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Differ</translation>
    </message>
    <message>
        <source>Empty at destination</source>
        <translation>Empty at destination</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Truncated</translation>
    </message>
    <message>
        <source>Case only</source>
        <translation>Case only</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Empty at source</source>
        <translation>Empty at source</translation>
    </message>
    <message>
        <source>Both empty</source>
        <translation>Both empty</translation>
    </message>
    <message>
        <source>Differ rate</source>
        <translation>Differ rate</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>No fields were compared.</source>
        <translation>No fields were compared.</translation>
    </message>
    <message>
        <source>Fields of the latest value check, most differences first</source>
        <translation>Fields of the latest value check, most differences first</translation>
    </message>
    <message>
        <source>Example (redacted)</source>
        <translation>Example (redacted)</translation>
    </message>
    <message>
        <source>Examples of the latest value check, redacted (at most 3 a field)</source>
        <translation>Examples of the latest value check, redacted (at most 3 a field)</translation>
    </message>
    <message>
        <source>No value check has run for %1: it samples records of the source, finds them at the destination by the key mapping and compares the mapped fields.</source>
        <translation>No value check has run for %1: it samples records of the source, finds them at the destination by the key mapping and compares the mapped fields.</translation>
    </message>
    <message>
        <source>%1 (%2, critical only)</source>
        <translation>%1 (%2, critical only)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody: no notification channel reaches it</source>
        <translation>Nobody: no notification channel reaches it</translation>
    </message>
    <message>
        <source>Who gets notified</source>
        <translation>Who gets notified</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No destination was given for the report.</source>
        <translation>No destination was given for the report.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; a CSV report is a folder of files.</source>
        <translation>%1 exists and is not a folder; a CSV report is a folder of files.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder for the CSV files.</source>
        <translation>The folder %1 is not empty; choose a new or empty folder for the CSV files.</translation>
    </message>
    <message>
        <source>Could not create a folder beside %1: %2</source>
        <translation>Could not create a folder beside %1: %2</translation>
    </message>
    <message>
        <source>Could not move the CSV files into %1.</source>
        <translation>Could not move the CSV files into %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the report.</source>
        <translation>%1 is a folder; give a file name for the report.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <source>Neither count could be read (%1 nor %2), so the gap is unknown</source>
        <translation>Neither count could be read (%1 nor %2), so the gap is unknown</translation>
    </message>
    <message>
        <source>The source count (%1) could not be read, so the gap is unknown</source>
        <translation>The source count (%1) could not be read, so the gap is unknown</translation>
    </message>
    <message>
        <source>The destination count (%1) could not be read, so the gap is unknown</source>
        <translation>The destination count (%1) could not be read, so the gap is unknown</translation>
    </message>
    <message>
        <source>%1 holds %2 of %3's %4 %5: %6 missing (%7 %) for %8</source>
        <translation>%1 holds %2 of %3's %4 %5: %6 missing (%7 %) for %8</translation>
    </message>
    <message>
        <source>%1 holds %2 %3, %4 more than %5's %6 (%7 %) for %8</source>
        <translation>%1 holds %2 %3, %4 more than %5's %6 (%7 %) for %8</translation>
    </message>
    <message numerus="yes">
        <source>, and the gap grew on each of the last %n checks</source>
        <translation>
            <numerusform>, and the gap grew on each of the last %n check</numerusform>
            <numerusform>, and the gap grew on each of the last %n checks</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are not arriving in %1. Open the sync that carries them (the Make scenario, the Zap or the built-in integration) and look at its recent history for errors or skipped records. Common causes: a required field left empty, invalid e-mail addresses, contacts that unsubscribed or bounced (Mailchimp counts only subscribed members), or a filter on one side that the other does not have.</source>
        <translation>Records are not arriving in %1. Open the sync that carries them (the Make scenario, the Zap or the built-in integration) and look at its recent history for errors or skipped records. Common causes: a required field left empty, invalid e-mail addresses, contacts that unsubscribed or bounced (Mailchimp counts only subscribed members), or a filter on one side that the other does not have.</translation>
    </message>
    <message>
        <source>%1 has more records than %2. Check whether records deleted or archived in %2 are still kept in %1, whether a second sync or an import also writes to %1, and whether both sides use the same filter.</source>
        <translation>%1 has more records than %2. Check whether records deleted or archived in %2 are still kept in %1, whether a second sync or an import also writes to %1, and whether both sides use the same filter.</translation>
    </message>
    <message>
        <source>%1 has stayed at %2 %3 for %4 while %5 changed by %6</source>
        <translation>%1 has stayed at %2 %3 for %4 while %5 changed by %6</translation>
    </message>
    <message>
        <source>Nothing has reached %1 for %2 although %3 changed. Check that the sync between them is switched on and still signed in to both systems, and look at its history for errors.</source>
        <translation>Nothing has reached %1 for %2 although %3 changed. Check that the sync between them is switched on and still signed in to both systems, and look at its history for errors.</translation>
    </message>
    <message>
        <source>Open %1 and look at the scenario or Zap %2: switch it back on, fix the step it marks as broken (often a connection that needs signing in again), and run it once to catch up.</source>
        <translation>Open %1 and look at the scenario or Zap %2: switch it back on, fix the step it marks as broken (often a connection that needs signing in again), and run it once to catch up.</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is marked invalid and cannot run</source>
        <translation>The scenario or Zap %1 in %2 is marked invalid and cannot run</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is switched off</source>
        <translation>The scenario or Zap %1 in %2 is switched off</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is paused</source>
        <translation>The scenario or Zap %1 in %2 is paused</translation>
    </message>
    <message>
        <source>Open %1 and check the schedule of %2: is it still switched on, is its trigger still firing, and has the plan run out of operations or tasks?</source>
        <translation>Open %1 and check the schedule of %2: is it still switched on, is its trigger still firing, and has the plan run out of operations or tasks?</translation>
    </message>
    <message>
        <source>%1 made no runs in %2 (about %3 expected)</source>
        <translation>%1 made no runs in %2 (about %3 expected)</translation>
    </message>
    <message>
        <source>%1 made %2 runs in %3 (about %4 expected)</source>
        <translation>%1 made %2 runs in %3 (about %4 expected)</translation>
    </message>
    <message>
        <source>%1 has not run successfully for %2</source>
        <translation>%1 has not run successfully for %2</translation>
    </message>
    <message>
        <source>Polling has stopped. If Plumbline runs on a server, check that the "plumbline run" service is still running; on a desktop, check that Plumbline is open and the computer did not sleep.</source>
        <translation>Polling has stopped. If Plumbline runs on a server, check that the "plumbline run" service is still running; on a desktop, check that Plumbline is open and the computer did not sleep.</translation>
    </message>
    <message>
        <source>No successful check yet, %1 after the first attempt</source>
        <translation>No successful check yet, %1 after the first attempt</translation>
    </message>
    <message>
        <source>The monitor's last check is dated %1 in the future: the computer's clock may have changed</source>
        <translation>The monitor's last check is dated %1 in the future: the computer's clock may have changed</translation>
    </message>
    <message>
        <source>The last successful check is dated %1 in the future: the computer's clock may have changed</source>
        <translation>The last successful check is dated %1 in the future: the computer's clock may have changed</translation>
    </message>
    <message>
        <source>Check the computer's date, time and time zone settings; the warning clears by itself once a new check succeeds.</source>
        <translation>Check the computer's date, time and time zone settings; the warning clears by itself once a new check succeeds.</translation>
    </message>
    <message>
        <source>Last checked %1 ago: polling has stopped</source>
        <translation>Last checked %1 ago: polling has stopped</translation>
    </message>
    <message>
        <source>Last successful check %1 ago (expected every %2)</source>
        <translation>Last successful check %1 ago (expected every %2)</translation>
    </message>
    <message>
        <source>%1 %2 changed by %3 in %4, against a usual %5 per check (score %6)</source>
        <translation>%1 %2 changed by %3 in %4, against a usual %5 per check (score %6)</translation>
    </message>
    <message>
        <source>Many records disappeared from %1 at once. Ask who deleted, merged or archived records, or changed a list or filter; check the change log of %1.</source>
        <translation>Many records disappeared from %1 at once. Ask who deleted, merged or archived records, or changed a list or filter; check the change log of %1.</translation>
    </message>
    <message>
        <source>Many records arrived in %1 at once. Check for a list import, a new form or a bot filling in a form; make sure the new records are meant to flow on to %2.</source>
        <translation>Many records arrived in %1 at once. Check for a list import, a new form or a bot filling in a form; make sure the new records are meant to flow on to %2.</translation>
    </message>
    <message>
        <source>Open %1 and look at the history of %2: the failed runs show which step failed and why (often a connection that needs signing in again, a changed field, or a full plan). Fix it, then re-run or resolve the stored incomplete runs so no record is lost.</source>
        <translation>Open %1 and look at the history of %2: the failed runs show which step failed and why (often a connection that needs signing in again, a changed field, or a full plan). Fix it, then re-run or resolve the stored incomplete runs so no record is lost.</translation>
    </message>
    <message>
        <source>the automation tool</source>
        <translation>the automation tool</translation>
    </message>
    <message>
        <source>The last %1 runs of %2 failed</source>
        <translation>The last %1 runs of %2 failed</translation>
    </message>
    <message>
        <source>%1 of %2 runs of %3 failed in %4 (%5 %)</source>
        <translation>%1 of %2 runs of %3 failed in %4 (%5 %)</translation>
    </message>
    <message>
        <source>%1 holds %2 incomplete runs of %3 waiting to be resolved</source>
        <translation>%1 holds %2 incomplete runs of %3 waiting to be resolved</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings (the gear icon) › Integrations › Private Apps (on newer accounts: Development › Legacy apps), open the app Plumbline uses, or create one with read access to the CRM objects you monitor, and copy the access token from its Auth tab ("Show token").</source>
        <translation>In HubSpot, open Settings (the gear icon) › Integrations › Private Apps (on newer accounts: Development › Legacy apps), open the app Plumbline uses, or create one with read access to the CRM objects you monitor, and copy the access token from its Auth tab ("Show token").</translation>
    </message>
    <message>
        <source>The Salesforce session or access token has expired or was revoked, or the user was deactivated. Ask your Salesforce admin to check the user under Setup › Users and to issue a new access token for the connected app Plumbline uses (Setup › App Manager).</source>
        <translation>The Salesforce session or access token has expired or was revoked, or the user was deactivated. Ask your Salesforce admin to check the user under Setup › Users and to issue a new access token for the connected app Plumbline uses (Setup › App Manager).</translation>
    </message>
    <message>
        <source>In Mailchimp, click your profile picture › Profile › Extras › API keys, and choose Create A Key. Copy it whole: the end of the key after the dash (for example -us6) names your account's data centre.</source>
        <translation>In Mailchimp, click your profile picture › Profile › Extras › API keys, and choose Create A Key. Copy it whole: the end of the key after the dash (for example -us6) names your account's data centre.</translation>
    </message>
    <message>
        <source>In the Shopify admin, open Settings › Apps and sales channels › Develop apps, select the app Plumbline uses › API credentials, and reveal or reinstall to get a new Admin API access token (it is shown only once).</source>
        <translation>In the Shopify admin, open Settings › Apps and sales channels › Develop apps, select the app Plumbline uses › API credentials, and reveal or reinstall to get a new Admin API access token (it is shown only once).</translation>
    </message>
    <message>
        <source>In Make, click your avatar › Profile › API access › Add token, with at least the scenarios:read scope. Tokens belong to one zone (eu1, us1, …): create it in the zone this connection uses.</source>
        <translation>In Make, click your avatar › Profile › API access › Add token, with at least the scenarios:read scope. Tokens belong to one zone (eu1, us1, …): create it in the zone this connection uses.</translation>
    </message>
    <message>
        <source>The Zapier access token was revoked or has expired. Ask whoever set up Plumbline's access to Zapier to sign in again and issue a new token with the zap:runs scope.</source>
        <translation>The Zapier access token was revoked or has expired. Ask whoever set up Plumbline's access to Zapier to sign in again and issue a new token with the zap:runs scope.</translation>
    </message>
    <message>
        <source>Ask the owner of this service for a new API key, and check in the connection's options that the header name and scheme (for example Authorization: Bearer) are still right.</source>
        <translation>Ask the owner of this service for a new API key, and check in the connection's options that the header name and scheme (for example Authorization: Bearer) are still right.</translation>
    </message>
    <message>
        <source>The HubSpot private app lacks a scope. In HubSpot open Settings › Integrations › Private Apps › the app › Scopes and tick the read scopes of the objects you monitor (for contacts: crm.objects.contacts.read and crm.schemas.contacts.read). If HubSpot issues a new token, paste it into Plumbline.</source>
        <translation>The HubSpot private app lacks a scope. In HubSpot open Settings › Integrations › Private Apps › the app › Scopes and tick the read scopes of the objects you monitor (for contacts: crm.objects.contacts.read and crm.schemas.contacts.read). If HubSpot issues a new token, paste it into Plumbline.</translation>
    </message>
    <message>
        <source>The Salesforce user behind the token may no longer read this object or its fields. Ask your Salesforce admin to check the user's profile or permission set: API Enabled, Read on the object, field-level access to the mapped fields, and View Setup and Configuration for the API usage figures.</source>
        <translation>The Salesforce user behind the token may no longer read this object or its fields. Ask your Salesforce admin to check the user's profile or permission set: API Enabled, Read on the object, field-level access to the mapped fields, and View Setup and Configuration for the API usage figures.</translation>
    </message>
    <message>
        <source>Mailchimp API keys have no scopes: the key's user needs access to this audience. Check the user's role (Manager or above) under Account &amp; billing › Settings › Users, and that the audience id in the connection is still right.</source>
        <translation>Mailchimp API keys have no scopes: the key's user needs access to this audience. Check the user's role (Manager or above) under Account &amp; billing › Settings › Users, and that the audience id in the connection is still right.</translation>
    </message>
    <message>
        <source>The Shopify app lacks an access scope. In the Shopify admin open Settings › Apps and sales channels › Develop apps › the app › Configuration › Admin API integration, add the read scope of what you monitor (for example read_customers, read_orders), save and reinstall the app.</source>
        <translation>The Shopify app lacks an access scope. In the Shopify admin open Settings › Apps and sales channels › Develop apps › the app › Configuration › Admin API integration, add the read scope of what you monitor (for example read_customers, read_orders), save and reinstall the app.</translation>
    </message>
    <message>
        <source>The Make token lacks a scope. Create a new token in Make (avatar › Profile › API access) with scenarios:read, and organizations:read for the plan's limits.</source>
        <translation>The Make token lacks a scope. Create a new token in Make (avatar › Profile › API access) with scenarios:read, and organizations:read for the plan's limits.</translation>
    </message>
    <message>
        <source>The Zapier token lacks the zap:runs scope, or the Zap belongs to an account it cannot see. Ask whoever set up the access to grant it.</source>
        <translation>The Zapier token lacks the zap:runs scope, or the Zap belongs to an account it cannot see. Ask whoever set up the access to grant it.</translation>
    </message>
    <message>
        <source>The key is valid but not allowed to read this data. Ask the owner of this service to grant it read access.</source>
        <translation>The key is valid but not allowed to read this data. Ask the owner of this service to grant it read access.</translation>
    </message>
    <message>
        <source>HubSpot is moving to dated API versions (for example 2026-03); the old v1–v4 paths end in September 2027. In Plumbline open Connections › edit this connection › API version and choose the current dated version; ask whoever built the sync to do the same.</source>
        <translation>HubSpot is moving to dated API versions (for example 2026-03); the old v1–v4 paths end in September 2027. In Plumbline open Connections › edit this connection › API version and choose the current dated version; ask whoever built the sync to do the same.</translation>
    </message>
    <message>
        <source>Salesforce retires old API versions. In Plumbline open Connections › edit this connection › API version and choose a supported version (for example 62.0); ask whoever built the sync whether it uses the same old version.</source>
        <translation>Salesforce retires old API versions. In Plumbline open Connections › edit this connection › API version and choose a supported version (for example 62.0); ask whoever built the sync whether it uses the same old version.</translation>
    </message>
    <message>
        <source>Shopify supports each API version for about a year, then silently answers with a newer one. In Plumbline open Connections › edit this connection › API version and choose a current version; check that the apps that sync your store were updated too.</source>
        <translation>Shopify supports each API version for about a year, then silently answers with a newer one. In Plumbline open Connections › edit this connection › API version and choose a current version; check that the apps that sync your store were updated too.</translation>
    </message>
    <message>
        <source>The vendor is retiring the API version this connection uses. In Plumbline open Connections › edit this connection › API version and choose a current one; ask whoever built the sync to check theirs.</source>
        <translation>The vendor is retiring the API version this connection uses. In Plumbline open Connections › edit this connection › API version and choose a current one; ask whoever built the sync to check theirs.</translation>
    </message>
    <message>
        <source>%1 rejected Plumbline's key%2: it was revoked, has expired or was mistyped</source>
        <translation>%1 rejected Plumbline's key%2: it was revoked, has expired or was mistyped</translation>
    </message>
    <message>
        <source>%1 accepted Plumbline's key but refused access%2: a permission or scope is missing</source>
        <translation>%1 accepted Plumbline's key but refused access%2: a permission or scope is missing</translation>
    </message>
    <message>
        <source>The key of %1 is %2 days old; your policy is to replace keys every %3 days</source>
        <translation>The key of %1 is %2 days old; your policy is to replace keys every %3 days</translation>
    </message>
    <message>
        <source>Revoke the old key afterwards so only the new one works.</source>
        <translation>Revoke the old key afterwards so only the new one works.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>API version %1 of %2 has been retired%3: requests to it no longer work</source>
        <translation>API version %1 of %2 has been retired%3: requests to it no longer work</translation>
    </message>
    <message>
        <source>%1 answered with API version %2 instead of the requested %3: the old version is no longer served</source>
        <translation>%1 answered with API version %2 instead of the requested %3: the old version is no longer served</translation>
    </message>
    <message>
        <source>(another)</source>
        <translation>(another)</translation>
    </message>
    <message>
        <source>API version %1 of %2 passed its end date %3 days ago and may stop working at any moment</source>
        <translation>API version %1 of %2 passed its end date %3 days ago and may stop working at any moment</translation>
    </message>
    <message numerus="yes">
        <source>API version %1 of %2 stops working on %3, in %n day(s)</source>
        <translation>
            <numerusform>API version %1 of %2 stops working on %3, in %n day</numerusform>
            <numerusform>API version %1 of %2 stops working on %3, in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>API version %1 of %2 is deprecated</source>
        <translation>API version %1 of %2 is deprecated</translation>
    </message>
    <message>
        <source>%1 has used up its API quota%2: every system sharing it is refused until the quota resets</source>
        <translation>%1 has used up its API quota%2: every system sharing it is refused until the quota resets</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 API calls left (%4 %)</source>
        <translation>%1 has %2 of %3 API calls left (%4 %)</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 API calls left in its %4 window (%5 %)</source>
        <translation>%1 has %2 of %3 API calls left in its %4 window (%5 %)</translation>
    </message>
    <message>
        <source>, and it answered "too many requests"</source>
        <translation>, and it answered "too many requests"</translation>
    </message>
    <message>
        <source>%1 answered "too many requests" and asked to wait %2</source>
        <translation>%1 answered "too many requests" and asked to wait %2</translation>
    </message>
    <message>
        <source>%1 answered "too many requests"</source>
        <translation>%1 answered "too many requests"</translation>
    </message>
    <message>
        <source>Plumbline uses only a few calls per check; something else is using this account's API allowance heavily (another sync, an export, a new app or a script). Look at the account's API usage page or ask whoever runs the other integrations; if it keeps happening, spread scheduled jobs out or raise the plan's limit.</source>
        <translation>Plumbline uses only a few calls per check; something else is using this account's API allowance heavily (another sync, an export, a new app or a script). Look at the account's API usage page or ask whoever runs the other integrations; if it keeps happening, spread scheduled jobs out or raise the plan's limit.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, even after retrying</source>
        <translation>%1 did not answer in time, even after retrying</translation>
    </message>
    <message>
        <source>Check the vendor's status page for an outage. If the vendor reports no problem, check this computer's internet connection, proxy or VPN.</source>
        <translation>Check the vendor's status page for an outage. If the vendor reports no problem, check this computer's internet connection, proxy or VPN.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified</source>
        <translation>The secure connection to %1 failed: its certificate could not be verified</translation>
    </message>
    <message>
        <source>Often a company proxy or antivirus that inspects secure traffic, or a wrong date on this computer. Check the date and time, and ask IT whether a proxy intercepts connections to this vendor; also check the connection's address.</source>
        <translation>Often a company proxy or antivirus that inspects secure traffic, or a wrong date on this computer. Check the date and time, and ask IT whether a proxy intercepts connections to this vendor; also check the connection's address.</translation>
    </message>
    <message>
        <source>%1 could not be reached: the address could not be found or the connection was refused</source>
        <translation>%1 could not be reached: the address could not be found or the connection was refused</translation>
    </message>
    <message>
        <source>Check this computer's internet connection, proxy or VPN, and the connection's address (base URL) in Plumbline; then check the vendor's status page.</source>
        <translation>Check this computer's internet connection, proxy or VPN, and the connection's address (base URL) in Plumbline; then check the vendor's status page.</translation>
    </message>
    <message>
        <source>%1 answered with a server error%2, even after retrying</source>
        <translation>%1 answered with a server error%2, even after retrying</translation>
    </message>
    <message>
        <source>The problem is at the vendor. Check its status page; if it lasts, contact its support with the time shown here. Nothing needs changing in Plumbline.</source>
        <translation>The problem is at the vendor. Check its status page; if it lasts, contact its support with the time shown here. Nothing needs changing in Plumbline.</translation>
    </message>
    <message>
        <source>%1 answered%2 but Plumbline could not read the answer: the API may have changed</source>
        <translation>%1 answered%2 but Plumbline could not read the answer: the API may have changed</translation>
    </message>
    <message>
        <source>Check the vendor's status page and developer changelog for a change to the API. Check the connection's address and API version in Plumbline (a proxy or login page may answer instead of the vendor). If it persists, update Plumbline.</source>
        <translation>Check the vendor's status page and developer changelog for a change to the API. Check the connection's address and API version in Plumbline (a proxy or login page may answer instead of the vendor). If it persists, update Plumbline.</translation>
    </message>
    <message>
        <source>The mapped field %1 no longer exists in %2</source>
        <translation>The mapped field %1 no longer exists in %2</translation>
    </message>
    <message>
        <source>The mapped field %1 no longer exists in %2 (renamed to %3?)</source>
        <translation>The mapped field %1 no longer exists in %2 (renamed to %3?)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 in %2 (renamed to %3?)</source>
        <translation>%1 in %2 (renamed to %3?)</translation>
    </message>
    <message numerus="yes">
        <source>%n mapped fields no longer exist: %1</source>
        <translation>
            <numerusform>%n mapped field no longer exists: %1</numerusform>
            <numerusform>%n mapped fields no longer exist: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 is the field that matches records</source>
        <translation>; %1 is the field that matches records</translation>
    </message>
    <message>
        <source>Someone renamed or deleted the field %1 in %2. Ask who changed the fields there; then update the field mapping in the sync and in Plumbline (Integrations › edit › Mappings).</source>
        <translation>Someone renamed or deleted the field %1 in %2. Ask who changed the fields there; then update the field mapping in the sync and in Plumbline (Integrations › edit › Mappings).</translation>
    </message>
    <message>
        <source>The field %1 in %2 was probably renamed to %3. Check the field in %2's settings, then update the mapping in the sync that carries the data and in Plumbline (Integrations › edit › Mappings).</source>
        <translation>The field %1 in %2 was probably renamed to %3. Check the field in %2's settings, then update the mapping in the sync that carries the data and in Plumbline (Integrations › edit › Mappings).</translation>
    </message>
    <message>
        <source>Without this field the sync cannot tell which records belong together and may create duplicates or stop.</source>
        <translation>Without this field the sync cannot tell which records belong together and may create duplicates or stop.</translation>
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
        <translation>more than %1 days</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Then in Plumbline choose Connections › select %1 › Set API key… (Ctrl+K) and paste the new key; on a server without a desktop run: plumbline secret set %1</source>
        <translation>Then in Plumbline choose Connections › select %1 › Set API key… (Ctrl+K) and paste the new key; on a server without a desktop run: plumbline secret set %1</translation>
    </message>
    <message>
        <source>The count could not be read because %1. Fix that first: once Plumbline can read both counts again it compares them on the next check.</source>
        <translation>The count could not be read because %1. Fix that first: once Plumbline can read both counts again it compares them on the next check.</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>; and </translation>
    </message>
    <message>
        <source>Plumbline has not checked this integration recently: check that polling is not paused (View › Pause polling) and that Plumbline (or its "plumbline run" service) is running.</source>
        <translation>Plumbline has not checked this integration recently: check that polling is not paused (View › Pause polling) and that Plumbline (or its "plumbline run" service) is running.</translation>
    </message>
    <message>
        <source>Plumbline has not managed to read both counts recently, because %1.</source>
        <translation>Plumbline has not managed to read both counts recently, because %1.</translation>
    </message>
    <message>
        <source>the object of %1 no longer exists (see the finding about it)</source>
        <translation>the object of %1 no longer exists (see the finding about it)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>the HubSpot object type</source>
        <translation>the HubSpot object type</translation>
    </message>
    <message>
        <source>the Salesforce object</source>
        <translation>the Salesforce object</translation>
    </message>
    <message>
        <source>the Mailchimp audience</source>
        <translation>the Mailchimp audience</translation>
    </message>
    <message>
        <source>the Shopify resource</source>
        <translation>the Shopify resource</translation>
    </message>
    <message>
        <source>the Make scenario</source>
        <translation>the Make scenario</translation>
    </message>
    <message>
        <source>the Zap</source>
        <translation>the Zap</translation>
    </message>
    <message>
        <source>the API endpoint</source>
        <translation>the API endpoint</translation>
    </message>
    <message>
        <source>If it was recreated under a new id, open this integration in Plumbline (select it, then Edit…, Ctrl+E) and enter the new id, and make sure the sync that carries the data uses it too.</source>
        <translation>If it was recreated under a new id, open this integration in Plumbline (select it, then Edit…, Ctrl+E) and enter the new id, and make sure the sync that carries the data uses it too.</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings › Data Management › Objects and check that %1 still exists (a custom object may have been deleted or its internal name changed).</source>
        <translation>In HubSpot, open Settings › Data Management › Objects and check that %1 still exists (a custom object may have been deleted or its internal name changed).</translation>
    </message>
    <message>
        <source>Ask your Salesforce admin to look for %1 under Setup › Object Manager: it may have been deleted or renamed, or the user behind Plumbline's access may no longer see it.</source>
        <translation>Ask your Salesforce admin to look for %1 under Setup › Object Manager: it may have been deleted or renamed, or the user behind Plumbline's access may no longer see it.</translation>
    </message>
    <message>
        <source>In Mailchimp, open Audience › All contacts and check that %1 still exists; its id is under Audience › Settings › Audience name and defaults.</source>
        <translation>In Mailchimp, open Audience › All contacts and check that %1 still exists; its id is under Audience › Settings › Audience name and defaults.</translation>
    </message>
    <message>
        <source>Check in the Shopify admin that %1 still exists, and that the shop address and API version of the connection are right.</source>
        <translation>Check in the Shopify admin that %1 still exists, and that the shop address and API version of the connection are right.</translation>
    </message>
    <message>
        <source>In Make, open Scenarios and look for %1 (the id is the number in the scenario's address, …/scenarios/&lt;id&gt;/edit). Without it nothing carries the records any more.</source>
        <translation>In Make, open Scenarios and look for %1 (the id is the number in the scenario's address, …/scenarios/&lt;id&gt;/edit). Without it nothing carries the records any more.</translation>
    </message>
    <message>
        <source>In Zapier, open Zaps (look in the trash too) and check that %1 still exists (the id is in the Zap's address, zapier.com/editor/&lt;id&gt;). Without it nothing carries the records any more.</source>
        <translation>In Zapier, open Zaps (look in the trash too) and check that %1 still exists (the id is in the Zap's address, zapier.com/editor/&lt;id&gt;). Without it nothing carries the records any more.</translation>
    </message>
    <message>
        <source>Ask the owner of this service whether %1 still exists at the address in the connection, or whether it moved.</source>
        <translation>Ask the owner of this service whether %1 still exists at the address in the connection, or whether it moved.</translation>
    </message>
    <message>
        <source>%1 cannot be checked in %2: %3</source>
        <translation>%1 cannot be checked in %2: %3</translation>
    </message>
    <message>
        <source>Open this integration in Plumbline (select it, then Edit…, Ctrl+E) and fill in what is missing.</source>
        <translation>Open this integration in Plumbline (select it, then Edit…, Ctrl+E) and fill in what is missing.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 no longer exists in %2%3: it was deleted or its id changed</source>
        <translation>%1 no longer exists in %2%3: it was deleted or its id changed</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <source>; also gone: %1</source>
        <translation>; also gone: %1</translation>
    </message>
    <message>
        <source>Plumbline has no API key for %1, so it could not check it (nothing was sent to the vendor)</source>
        <translation>Plumbline has no API key for %1, so it could not check it (nothing was sent to the vendor)</translation>
    </message>
    <message>
        <source>Give Plumbline the key: in the window choose Connections › select %1 › Set API key… (Ctrl+K). Where Plumbline runs without a desktop (cron, a server, CI), set the environment variable %2 for the plumbline command, or store the key once with: plumbline secret set %1.</source>
        <translation>Give Plumbline the key: in the window choose Connections › select %1 › Set API key… (Ctrl+K). Where Plumbline runs without a desktop (cron, a server, CI), set the environment variable %2 for the plumbline command, or store the key once with: plumbline secret set %1.</translation>
    </message>
    <message>
        <source>If you need a new key:</source>
        <translation>If you need a new key:</translation>
    </message>
    <message>
        <source>The API key of %1 contains a line break or another control character, so Plumbline did not send it (nothing was sent to the vendor)</source>
        <translation>The API key of %1 contains a line break or another control character, so Plumbline did not send it (nothing was sent to the vendor)</translation>
    </message>
    <message>
        <source>A key never contains line breaks; this one was probably pasted with an extra line. Store it again: Connections › select %1 › Set API key… (Ctrl+K), or plumbline secret set %1. Where the key comes from the environment variable %2, set it without the line break.</source>
        <translation>A key never contains line breaks; this one was probably pasted with an extra line. Store it again: Connections › select %1 › Set API key… (Ctrl+K), or plumbline secret set %1. Where the key comes from the environment variable %2, set it without the line break.</translation>
    </message>
    <message>
        <source>Plumbline could not read the API key of %1 from the keychain, so it could not check it (nothing was sent to the vendor)</source>
        <translation>Plumbline could not read the API key of %1 from the keychain, so it could not check it (nothing was sent to the vendor)</translation>
    </message>
    <message>
        <source>The keychain is locked or not running. Unlock it (log in to the desktop again, or open the system's passwords app) or start a Secret Service such as GNOME Keyring or KWallet, then check again. Where there is no keychain (a server, CI), set the environment variable %1 for the plumbline command instead. The key itself is probably fine: do not replace it.</source>
        <translation>The keychain is locked or not running. Unlock it (log in to the desktop again, or open the system's passwords app) or start a Secret Service such as GNOME Keyring or KWallet, then check again. Where there is no keychain (a server, CI), set the environment variable %1 for the plumbline command instead. The key itself is probably fine: do not replace it.</translation>
    </message>
    <message>
        <source>Plumbline could not save or read this check in its workspace file, so its history has stopped: %1</source>
        <translation>Plumbline could not save or read this check in its workspace file, so its history has stopped: %1</translation>
    </message>
    <message>
        <source>Until this is fixed Plumbline cannot tell whether the integration is healthy. Make room on the disk that holds %1 and check that the file can be written (the folder is shown in File › Settings › Data folder). If the file is damaged, restore it from a backup or run "plumbline repair".</source>
        <translation>Until this is fixed Plumbline cannot tell whether the integration is healthy. Make room on the disk that holds %1 and check that the file can be written (the folder is shown in File › Settings › Data folder). If the file is damaged, restore it from a backup or run "plumbline repair".</translation>
    </message>
    <message>
        <source>%1 rejected Plumbline's key (see the sign-in finding of %1)</source>
        <translation>%1 rejected Plumbline's key (see the sign-in finding of %1)</translation>
    </message>
    <message>
        <source>%1 refused access to this data (see the permission finding of %1)</source>
        <translation>%1 refused access to this data (see the permission finding of %1)</translation>
    </message>
    <message>
        <source>Plumbline has no key it can send to %1 (see the finding about the key of %1)</source>
        <translation>Plumbline has no key it can send to %1 (see the finding about the key of %1)</translation>
    </message>
    <message>
        <source>%1 refused more requests for now (see the rate-limit finding of %1)</source>
        <translation>%1 refused more requests for now (see the rate-limit finding of %1)</translation>
    </message>
    <message>
        <source>%1 no longer serves this API version (see the deprecation finding of %1)</source>
        <translation>%1 no longer serves this API version (see the deprecation finding of %1)</translation>
    </message>
    <message>
        <source>%1 answered something Plumbline could not read (see the finding about its answer)</source>
        <translation>%1 answered something Plumbline could not read (see the finding about its answer)</translation>
    </message>
    <message>
        <source>%1 could not be reached (see the finding that %1 is unreachable)</source>
        <translation>%1 could not be reached (see the finding that %1 is unreachable)</translation>
    </message>
    <message>
        <source>%1 gave no count and no error Plumbline could name; try Test connection on it (Connections › select %1 › Test connection)</source>
        <translation>%1 gave no count and no error Plumbline could name; try Test connection on it (Connections › select %1 › Test connection)</translation>
    </message>
    <message>
        <source>In HubSpot the refresh token ends when the app is uninstalled from the account or its access is revoked (Settings › Integrations › Connected Apps); check that the app's client id and secret (Development › the app › Auth) are the ones Plumbline has.</source>
        <translation>In HubSpot the refresh token ends when the app is uninstalled from the account or its access is revoked (Settings › Integrations › Connected Apps); check that the app's client id and secret (Development › the app › Auth) are the ones Plumbline has.</translation>
    </message>
    <message>
        <source>Ask your Salesforce admin to open Setup › External Client App Manager › the app Plumbline uses and check that it is enabled for the client credentials or web server flow, that its Run As user is active, and that the consumer key and secret are the ones Plumbline has; a revoked session (Setup › Connected Apps OAuth Usage) or a refresh token unused for 30 days also ends the grant.</source>
        <translation>Ask your Salesforce admin to open Setup › External Client App Manager › the app Plumbline uses and check that it is enabled for the client credentials or web server flow, that its Run As user is active, and that the consumer key and secret are the ones Plumbline has; a revoked session (Setup › Connected Apps OAuth Usage) or a refresh token unused for 30 days also ends the grant.</translation>
    </message>
    <message>
        <source>In the Shopify Dev Dashboard open the app Plumbline uses › Settings: check that the client id and secret are the ones Plumbline has (rotating the secret ends the old one) and that the app is still installed in this store.</source>
        <translation>In the Shopify Dev Dashboard open the app Plumbline uses › Settings: check that the client id and secret are the ones Plumbline has (rotating the secret ends the old one) and that the app is still installed in this store.</translation>
    </message>
    <message>
        <source>%1 refused Plumbline's sign-in: the grant was revoked or has expired, or the app's client id or secret changed</source>
        <translation>%1 refused Plumbline's sign-in: the grant was revoked or has expired, or the app's client id or secret changed</translation>
    </message>
    <message>
        <source>If a person signed this connection in, sign in again: Connections › select %1 › Sign in again… (on a server: plumbline auth login %1). If it uses client credentials and the secret changed, store the new one with Set API key… (on a server: plumbline secret set %1 --name client_secret).</source>
        <translation>If a person signed this connection in, sign in again: Connections › select %1 › Sign in again… (on a server: plumbline auth login %1). If it uses client credentials and the secret changed, store the new one with Set API key… (on a server: plumbline secret set %1 --name client_secret).</translation>
    </message>
    <message>
        <source>Ask the owner of the OAuth server whether the app's client id and secret still hold and whether the client credentials grant is still enabled for it.</source>
        <translation>Ask the owner of the OAuth server whether the app's client id and secret still hold and whether the client credentials grant is still enabled for it.</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>%1 of %2 matched records (%3)</source>
        <translation>%1 of %2 matched records (%3)</translation>
    </message>
    <message>
        <source>%1 is empty in %2 for %3 though %4 has a value</source>
        <translation>%1 is empty in %2 for %3 though %4 has a value</translation>
    </message>
    <message>
        <source>%1 arrives cut short in %2 for %3</source>
        <translation>%1 arrives cut short in %2 for %3</translation>
    </message>
    <message>
        <source>%1 differs between %2 and %3 for %4</source>
        <translation>%1 differs between %2 and %3 for %4</translation>
    </message>
    <message>
        <source>; the mapping %1 → %2 may have broken on %3</source>
        <translation>; the mapping %1 → %2 may have broken on %3</translation>
    </message>
    <message>
        <source>Check the sync that writes %1: a field renamed in %2, a changed mapping or a field length at the destination leaves it empty or different.</source>
        <translation>Check the sync that writes %1: a field renamed in %2, a changed mapping or a field length at the destination leaves it empty or different.</translation>
    </message>
    <message>
        <source>Open the %1 scenario or Zap and check the step that writes %2: a field renamed in %3, a changed mapping or a field length at the destination leaves it empty or different.</source>
        <translation>Open the %1 scenario or Zap and check the step that writes %2: a field renamed in %3, a changed mapping or a field length at the destination leaves it empty or different.</translation>
    </message>
    <message>
        <source>In Plumbline: this integration's Values tab lists the fields by differences, with examples that reveal nobody.</source>
        <translation>In Plumbline: this integration's Values tab lists the fields by differences, with examples that reveal nobody.</translation>
    </message>
    <message>
        <source>Mark exactly one mapping as the key (usually the e-mail address) in the integration's Mappings, or switch the value check off.</source>
        <translation>Mark exactly one mapping as the key (usually the e-mail address) in the integration's Mappings, or switch the value check off.</translation>
    </message>
    <message>
        <source>%1 of %2 sampled records from %3 are missing in %4 (%5), though both systems are answering.</source>
        <translation>%1 of %2 sampled records from %3 are missing in %4 (%5), though both systems are answering.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this check.</source>
        <translation>
            <numerusform>%n more problem in this check.</numerusform>
            <numerusform>%n more problems in this check.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Partial check: %1)</source>
        <translation>(Partial check: %1)</translation>
    </message>
    <message>
        <source>Look in the sync's history for records it skipped or rejected (often an invalid e-mail address, a required field left empty, or a filter), and re-run them. In Plumbline: the Values tab shows how many are missing over time.</source>
        <translation>Look in the sync's history for records it skipped or rejected (often an invalid e-mail address, a required field left empty, or a filter), and re-run them. In Plumbline: the Values tab shows how many are missing over time.</translation>
    </message>
</context>
<context>
    <name>SalesforceConnector</name>
    <message>
        <source>The Salesforce connection has no instance URL.</source>
        <translation>The Salesforce connection has no instance URL.</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce API version (write it like 62.0).</source>
        <translation>"%1" is not a Salesforce API version (write it like 62.0).</translation>
    </message>
    <message>
        <source>API version %1 is not among the versions this org offers (%2 … %3).</source>
        <translation>API version %1 is not among the versions this org offers (%2 … %3).</translation>
    </message>
    <message>
        <source>Salesforce no longer offers API version %1; the org offers %2 to %3.</source>
        <translation>Salesforce no longer offers API version %1; the org offers %2 to %3.</translation>
    </message>
    <message>
        <source>No Salesforce object is set.</source>
        <translation>No Salesforce object is set.</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce field API name (letters, digits and _ such as Email or Tier__c).</source>
        <translation>"%1" is not a Salesforce field API name (letters, digits and _ such as Email or Tier__c).</translation>
    </message>
</context>
<context>
    <name>SalesforceParser</name>
    <message>
        <source>Salesforce sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>Salesforce sent %1 that is not valid JSON (%2 at byte %3).</translation>
    </message>
    <message>
        <source>Salesforce sent %1 that is not a JSON object.</source>
        <translation>Salesforce sent %1 that is not a JSON object.</translation>
    </message>
    <message>
        <source>a version list</source>
        <translation>a version list</translation>
    </message>
    <message>
        <source>Salesforce's version list is not a JSON list.</source>
        <translation>Salesforce's version list is not a JSON list.</translation>
    </message>
    <message>
        <source>Salesforce's version list has an entry (#%1) without a text "version".</source>
        <translation>Salesforce's version list has an entry (#%1) without a text "version".</translation>
    </message>
    <message>
        <source>Salesforce's version list is empty.</source>
        <translation>Salesforce's version list is empty.</translation>
    </message>
    <message>
        <source>a query answer</source>
        <translation>a query answer</translation>
    </message>
    <message>
        <source>Salesforce's query answer has no "totalSize".</source>
        <translation>Salesforce's query answer has no "totalSize".</translation>
    </message>
    <message>
        <source>Salesforce's query answer has a "totalSize" that is not a non-negative integer.</source>
        <translation>Salesforce's query answer has a "totalSize" that is not a non-negative integer.</translation>
    </message>
    <message>
        <source>Salesforce's query answer has a "done" that is not true or false.</source>
        <translation>Salesforce's query answer has a "done" that is not true or false.</translation>
    </message>
    <message>
        <source>Salesforce's query answer has "records" that is not a list.</source>
        <translation>Salesforce's query answer has "records" that is not a list.</translation>
    </message>
    <message>
        <source>an object description</source>
        <translation>an object description</translation>
    </message>
    <message>
        <source>Salesforce's object description has no "fields" list.</source>
        <translation>Salesforce's object description has no "fields" list.</translation>
    </message>
    <message>
        <source>Salesforce's object description has a field (#%1) without a text name, label and type.</source>
        <translation>Salesforce's object description has a field (#%1) without a text name, label and type.</translation>
    </message>
    <message>
        <source>a limits answer</source>
        <translation>a limits answer</translation>
    </message>
    <message>
        <source>Salesforce's limits answer has no "DailyApiRequests" with integer "Max" and "Remaining".</source>
        <translation>Salesforce's limits answer has no "DailyApiRequests" with integer "Max" and "Remaining".</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(no message)</translation>
    </message>
    <message>
        <source>Salesforce rejected the access token (HTTP %1%2): %3</source>
        <translation>Salesforce rejected the access token (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce's daily API request limit is used up (%1): %2</source>
        <translation>Salesforce's daily API request limit is used up (%1): %2</translation>
    </message>
    <message>
        <source>The Salesforce user may not do this (HTTP %1%2): %3</source>
        <translation>The Salesforce user may not do this (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce does not know this (HTTP %1%2): %3</source>
        <translation>Salesforce does not know this (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce no longer serves this API version (HTTP %1%2): %3</source>
        <translation>Salesforce no longer serves this API version (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce is limiting requests (HTTP %1%2): %3</source>
        <translation>Salesforce is limiting requests (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1.</source>
        <translation>Salesforce answered HTTP %1.</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1%2: %3</source>
        <translation>Salesforce answered HTTP %1%2: %3</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce object API name (letters, digits and _ such as Contact or Invoice__c).</source>
        <translation>"%1" is not a Salesforce object API name (letters, digits and _ such as Contact or Invoice__c).</translation>
    </message>
    <message>
        <source>The Salesforce filter must be a SOQL WHERE clause as text (or {"where": "…"}).</source>
        <translation>The Salesforce filter must be a SOQL WHERE clause as text (or {"where": "…"}).</translation>
    </message>
    <message>
        <source>Salesforce's query answer has no "records" list.</source>
        <translation>Salesforce's query answer has no "records" list.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Unknown scenario "%1". Known scenarios: %2</source>
        <translation>Unknown scenario "%1". Known scenarios: %2</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (port in use?).</source>
        <translation>Cannot listen on 127.0.0.1:%1 (port in use?).</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Cannot set up signal handling.</translation>
    </message>
    <message>
        <source>Plumbline sandbox listening on %1 (scenario: %2)</source>
        <translation>Plumbline sandbox listening on %1 (scenario: %2)</translation>
    </message>
    <message>
        <source>Workspace:  curl -s %1/_sandbox/workspace &gt; sandbox-workspace.json</source>
        <translation>Workspace:  curl -s %1/_sandbox/workspace &gt; sandbox-workspace.json</translation>
    </message>
    <message>
        <source>Secrets:    curl -s %1/_sandbox/env   (PLUMBLINE_SECRET_&lt;ID&gt;=... lines; export them)</source>
        <translation>Secrets:    curl -s %1/_sandbox/env   (PLUMBLINE_SECRET_&lt;ID&gt;=... lines; export them)</translation>
    </message>
    <message>
        <source>Scenario:   curl -s -X POST -d '{"scenario":"count_drift"}' %1/_sandbox/scenario</source>
        <translation>Scenario:   curl -s -X POST -d '{"scenario":"count_drift"}' %1/_sandbox/scenario</translation>
    </message>
    <message>
        <source>Scenarios:  %1</source>
        <translation>Scenarios:  %1</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Stop with Ctrl+C.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox stopped.</translation>
    </message>
</context>
<context>
    <name>SandboxOAuth</name>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>The sign-in request names no redirect address, so %1 cannot send the sign-in back.</source>
        <translation>The sign-in request names no redirect address, so %1 cannot send the sign-in back.</translation>
    </message>
    <message>
        <source>The redirect address %1 is not registered for this app, so %2 does not send the sign-in back to it.</source>
        <translation>The redirect address %1 is not registered for this app, so %2 does not send the sign-in back to it.</translation>
    </message>
</context>
<context>
    <name>SecretShapes</name>
    <message>
        <source>a HubSpot private app token</source>
        <translation>a HubSpot private app token</translation>
    </message>
    <message>
        <source>a Mailchimp API key</source>
        <translation>a Mailchimp API key</translation>
    </message>
    <message>
        <source>a Shopify access token</source>
        <translation>a Shopify access token</translation>
    </message>
    <message>
        <source>a Salesforce session token</source>
        <translation>a Salesforce session token</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>a Slack token</translation>
    </message>
    <message>
        <source>a Slack webhook address</source>
        <translation>a Slack webhook address</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>a GitHub token</translation>
    </message>
    <message>
        <source>a Stripe key</source>
        <translation>a Stripe key</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>an AWS access key</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>a Google API key</translation>
    </message>
    <message>
        <source>a SendGrid API key</source>
        <translation>a SendGrid API key</translation>
    </message>
    <message>
        <source>a signed token (JWT)</source>
        <translation>a signed token (JWT)</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>a private key</translation>
    </message>
    <message>
        <source>an Authorization header value</source>
        <translation>an Authorization header value</translation>
    </message>
    <message>
        <source>an address with a user name or password in it</source>
        <translation>an address with a user name or password in it</translation>
    </message>
    <message>
        <source>an address with a credential in its query</source>
        <translation>an address with a credential in its query</translation>
    </message>
    <message>
        <source>a long random-looking string, like an API key</source>
        <translation>a long random-looking string, like an API key</translation>
    </message>
    <message>
        <source>The key contains a line break. Nothing was stored or sent: a line break in a key would let it add lines to the request sent to the vendor. Copy the key again without it.</source>
        <translation>The key contains a line break. Nothing was stored or sent: a line break in a key would let it add lines to the request sent to the vendor. Copy the key again without it.</translation>
    </message>
    <message>
        <source>The key contains an invisible control character (U+%1). Nothing was stored or sent; copy the key again.</source>
        <translation>The key contains an invisible control character (U+%1). Nothing was stored or sent; copy the key again.</translation>
    </message>
    <message>
        <source>(hidden: %1)</source>
        <translation>(hidden: %1)</translation>
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
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>ShopifyConnector</name>
    <message>
        <source>"%1" is not a Shopify REST resource name (e.g. customers, orders, products).</source>
        <translation>"%1" is not a Shopify REST resource name (e.g. customers, orders, products).</translation>
    </message>
    <message>
        <source>A Shopify filter is query parameters, e.g. "created_at_min=2026-01-01" or {"status": "any"}.</source>
        <translation>A Shopify filter is query parameters, e.g. "created_at_min=2026-01-01" or {"status": "any"}.</translation>
    </message>
    <message>
        <source>Plumbline knows the fields of the Shopify resources %1, not of "%2".</source>
        <translation>Plumbline knows the fields of the Shopify resources %1, not of "%2".</translation>
    </message>
    <message>
        <source>A value check needs a Shopify resource (customers), a key field and a usable filter.</source>
        <translation>A value check needs a Shopify resource (customers), a key field and a usable filter.</translation>
    </message>
    <message>
        <source>A value check needs a Shopify resource (customers) and a key field.</source>
        <translation>A value check needs a Shopify resource (customers) and a key field.</translation>
    </message>
</context>
<context>
    <name>ShopifyParser</name>
    <message>
        <source>Shopify sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Shopify sent a body that is not JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>Shopify sent JSON that is not an object.</source>
        <translation>Shopify sent JSON that is not an object.</translation>
    </message>
    <message>
        <source>Shopify's count answer has no "count".</source>
        <translation>Shopify's count answer has no "count".</translation>
    </message>
    <message>
        <source>Shopify's "count" is not a whole number of records.</source>
        <translation>Shopify's "count" is not a whole number of records.</translation>
    </message>
    <message>
        <source>Shopify's shop answer has no "shop" object.</source>
        <translation>Shopify's shop answer has no "shop" object.</translation>
    </message>
    <message>
        <source>Shopify's shop name is not text.</source>
        <translation>Shopify's shop name is not text.</translation>
    </message>
    <message>
        <source>Asked for API version %1, Shopify served %2.</source>
        <translation>Asked for API version %1, Shopify served %2.</translation>
    </message>
    <message>
        <source>Shopify marked this call as deprecated.</source>
        <translation>Shopify marked this call as deprecated.</translation>
    </message>
    <message>
        <source>Shopify's deprecated API calls answer has no "deprecated_api_calls" list.</source>
        <translation>Shopify's deprecated API calls answer has no "deprecated_api_calls" list.</translation>
    </message>
    <message>
        <source>A deprecated API call entry is not an object.</source>
        <translation>A deprecated API call entry is not an object.</translation>
    </message>
    <message>
        <source>A deprecated API call has an unreadable "migration_deadline".</source>
        <translation>A deprecated API call has an unreadable "migration_deadline".</translation>
    </message>
    <message>
        <source>A deprecated API call's description is not text.</source>
        <translation>A deprecated API call's description is not text.</translation>
    </message>
    <message>
        <source>Shopify: the shop is frozen or its plan does not include this (HTTP 402)</source>
        <translation>Shopify: the shop is frozen or its plan does not include this (HTTP 402)</translation>
    </message>
    <message>
        <source>Shopify: the shop is locked (HTTP 423)</source>
        <translation>Shopify: the shop is locked (HTTP 423)</translation>
    </message>
    <message>
        <source>%1 — Shopify says: %2</source>
        <translation>%1 — Shopify says: %2</translation>
    </message>
    <message>
        <source>Shopify's answer has no "customers" list.</source>
        <translation>Shopify's answer has no "customers" list.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail server %1 refused the user name or password (SMTP %2); check the channel's user name and the SMTP password in the keychain</source>
        <translation>The mail server %1 refused the user name or password (SMTP %2); check the channel's user name and the SMTP password in the keychain</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, and Plumbline sends mail only encrypted, so nothing was sent (if it takes implicit TLS, usually on port 465, choose security "tls")</source>
        <translation>The mail server %1 does not offer STARTTLS, and Plumbline sends mail only encrypted, so nothing was sent (if it takes implicit TLS, usually on port 465, choose security "tls")</translation>
    </message>
    <message>
        <source>The TLS certificate of the mail server %1 is not trusted, so nothing was sent (%2); if the server uses your organisation's own certificate authority, set its file as ca_file</source>
        <translation>The TLS certificate of the mail server %1 is not trusted, so nothing was sent (%2); if the server uses your organisation's own certificate authority, set its file as ca_file</translation>
    </message>
    <message>
        <source>The secure connection to the mail server %1 failed: %2</source>
        <translation>The secure connection to the mail server %1 failed: %2</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1: %2</source>
        <translation>Could not connect to the mail server %1: %2</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time: %2</source>
        <translation>The mail server %1 did not answer in time: %2</translation>
    </message>
    <message>
        <source>Sending mail through %1 was cancelled</source>
        <translation>Sending mail through %1 was cancelled</translation>
    </message>
    <message>
        <source>The mail server %1 refused a recipient (SMTP %2): %3; check the channel's addresses</source>
        <translation>The mail server %1 refused a recipient (SMTP %2): %3; check the channel's addresses</translation>
    </message>
    <message>
        <source>The mail server %1 refused the sender address (SMTP %2): %3; check the channel's "from"</source>
        <translation>The mail server %1 refused the sender address (SMTP %2): %3; check the channel's "from"</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message (SMTP %2): %3</source>
        <translation>The mail server %1 refused the message (SMTP %2): %3</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message for now (SMTP %2): %3; it will be tried again</source>
        <translation>The mail server %1 refused the message for now (SMTP %2): %3; it will be tried again</translation>
    </message>
    <message>
        <source>Sending mail through %1 failed: %2</source>
        <translation>Sending mail through %1 failed: %2</translation>
    </message>
    <message>
        <source>The e-mail channel has no SMTP host; nothing was sent</source>
        <translation>The e-mail channel has no SMTP host; nothing was sent</translation>
    </message>
    <message>
        <source>"%1" is not a host name; nothing was sent</source>
        <translation>"%1" is not a host name; nothing was sent</translation>
    </message>
    <message>
        <source>Mail without TLS may only go to this computer; %1 needs security "starttls" or "tls". Nothing was sent</source>
        <translation>Mail without TLS may only go to this computer; %1 needs security "starttls" or "tls". Nothing was sent</translation>
    </message>
    <message>
        <source>The e-mail channel has no valid recipient; nothing was sent</source>
        <translation>The e-mail channel has no valid recipient; nothing was sent</translation>
    </message>
    <message>
        <source>The e-mail channel has a user name but no SMTP password in the keychain; nothing was sent</source>
        <translation>The e-mail channel has a user name but no SMTP password in the keychain; nothing was sent</translation>
    </message>
    <message>
        <source>Could not start the mail client (libcurl)</source>
        <translation>Could not start the mail client (libcurl)</translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <source>There is no workspace file %1.</source>
        <translation>There is no workspace file %1.</translation>
    </message>
    <message>
        <source>Could not copy %1 before repairing it: %2. Nothing was changed.</source>
        <translation>Could not copy %1 before repairing it: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Could not create the repaired workspace file %1: %2. Nothing was changed.</source>
        <translation>Could not create the repaired workspace file %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Could not write the repaired workspace file %1: %2</source>
        <translation>Could not write the repaired workspace file %1: %2</translation>
    </message>
    <message>
        <source>Nothing could be read from %1: it is too damaged. Restore it from a backup.</source>
        <translation>Nothing could be read from %1: it is too damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The repaired copy does not pass its own check: %1</source>
        <translation>The repaired copy does not pass its own check: %1</translation>
    </message>
    <message>
        <source>The repaired file %1 could not be moved to %2; the damaged file is kept as %3. Move the repaired file into place by hand.</source>
        <translation>The repaired file %1 could not be moved to %2; the damaged file is kept as %3. Move the repaired file into place by hand.</translation>
    </message>
</context>
<context>
    <name>TokenKeeper</name>
    <message>
        <source>%1's token endpoint refused Plumbline's grant for "%2" (%3). Renewing again will not help: sign in again, or check the app's client id and secret.</source>
        <translation>%1's token endpoint refused Plumbline's grant for "%2" (%3). Renewing again will not help: sign in again, or check the app's client id and secret.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Could not reach %1's token endpoint for "%2": %3. Plumbline will try again; nothing to do unless it lasts.</source>
        <translation>Could not reach %1's token endpoint for "%2": %3. Plumbline will try again; nothing to do unless it lasts.</translation>
    </message>
    <message>
        <source>%1's token endpoint is unavailable for "%2" (HTTP %3%4). Plumbline will try again; nothing to do unless it lasts.</source>
        <translation>%1's token endpoint is unavailable for "%2" (HTTP %3%4). Plumbline will try again; nothing to do unless it lasts.</translation>
    </message>
    <message>
        <source>%1's token endpoint for "%2" answered something that is not a token (HTTP %3): %4. A proxy or captive portal login page answers like this; check the token address and the network.</source>
        <translation>%1's token endpoint for "%2" answered something that is not a token (HTTP %3): %4. A proxy or captive portal login page answers like this; check the token address and the network.</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>no access_token</translation>
    </message>
    <message>
        <source>"%1" has no token address: set auth.token_url in the connection.</source>
        <translation>"%1" has no token address: set auth.token_url in the connection.</translation>
    </message>
    <message>
        <source>No client secret for "%1": store the app's client secret (Set API key…, or plumbline secret set %2 --name client_secret).</source>
        <translation>No client secret for "%1": store the app's client secret (Set API key…, or plumbline secret set %2 --name client_secret).</translation>
    </message>
    <message>
        <source>"%1" is not signed in yet: choose Sign in… on the connection (or run plumbline auth login %2).</source>
        <translation>"%1" is not signed in yet: choose Sign in… on the connection (or run plumbline auth login %2).</translation>
    </message>
    <message>
        <source>The keychain would not store the new refresh token of "%1"; it is kept in memory only, so after Plumbline restarts you will need to sign in again.</source>
        <translation>The keychain would not store the new refresh token of "%1"; it is kept in memory only, so after Plumbline restarts you will need to sign in again.</translation>
    </message>
</context>
<context>
    <name>ValueSettings</name>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>expected a number from %1 to %2</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as "US" or "DE"</source>
        <translation>expected a two-letter country code such as "US" or "DE"</translation>
    </message>
    <message>
        <source>expected one of text, email, phone, date, datetime, boolean, multiselect, number, address</source>
        <translation>expected one of text, email, phone, date, datetime, boolean, multiselect, number, address</translation>
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
        <translation>Generic REST API</translation>
    </message>
</context>
<context>
    <name>VendorCatalog</name>
    <message>
        <source>API base URL</source>
        <translation>API base URL</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Private app access token</translation>
    </message>
    <message>
        <source>In HubSpot: Settings › Integrations › Private apps › your app › Auth › Show token.</source>
        <translation>In HubSpot: Settings › Integrations › Private apps › your app › Auth › Show token.</translation>
    </message>
    <message>
        <source>Instance URL</source>
        <translation>Instance URL</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>An OAuth access token of a connected app (Setup › App Manager) for the integration user.</source>
        <translation>An OAuth access token of a connected app (Setup › App Manager) for the integration user.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>In Mailchimp: Profile › Extras › API keys. The part after the dash (e.g. us6) is your data centre.</source>
        <translation>In Mailchimp: Profile › Extras › API keys. The part after the dash (e.g. us6) is your data centre.</translation>
    </message>
    <message>
        <source>Audience ID</source>
        <translation>Audience ID</translation>
    </message>
    <message>
        <source>e.g. a1b2c3d4e5</source>
        <translation>e.g. a1b2c3d4e5</translation>
    </message>
    <message>
        <source>Audience › Settings › Audience name and defaults › Audience ID.</source>
        <translation>Audience › Settings › Audience name and defaults › Audience ID.</translation>
    </message>
    <message>
        <source>Admin API base URL</source>
        <translation>Admin API base URL</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Admin API access token</translation>
    </message>
    <message>
        <source>In Shopify admin: Settings › Apps and sales channels › Develop apps › your app › API credentials.</source>
        <translation>In Shopify admin: Settings › Apps and sales channels › Develop apps › your app › API credentials.</translation>
    </message>
    <message>
        <source>Shop domain</source>
        <translation>Shop domain</translation>
    </message>
    <message>
        <source>e.g. my-store.myshopify.com</source>
        <translation>e.g. my-store.myshopify.com</translation>
    </message>
    <message>
        <source>The shop's myshopify.com domain.</source>
        <translation>The shop's myshopify.com domain.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>In Make: Profile › API access › Add token (tokens are per zone).</source>
        <translation>In Make: Profile › API access › Add token (tokens are per zone).</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>e.g. eu1.make.com</source>
        <translation>e.g. eu1.make.com</translation>
    </message>
    <message>
        <source>The host name in your organization's dashboard URL.</source>
        <translation>The host name in your organization's dashboard URL.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Team ID</translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation>e.g. 42</translation>
    </message>
    <message>
        <source>The team whose scenarios are watched.</source>
        <translation>The team whose scenarios are watched.</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organization ID</translation>
    </message>
    <message>
        <source>e.g. 7</source>
        <translation>e.g. 7</translation>
    </message>
    <message>
        <source>Lets Plumbline read the organization's API rate limit (license.apiLimit).</source>
        <translation>Lets Plumbline read the organization's API rate limit (license.apiLimit).</translation>
    </message>
    <message>
        <source>An OAuth access token with the zap and zap:runs scopes.</source>
        <translation>An OAuth access token with the zap and zap:runs scopes.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation>API key or token</translation>
    </message>
    <message>
        <source>Sent in the header below, after the scheme (if any).</source>
        <translation>Sent in the header below, after the scheme (if any).</translation>
    </message>
    <message>
        <source>Auth header name</source>
        <translation>Auth header name</translation>
    </message>
    <message>
        <source>The HTTP header that carries the key.</source>
        <translation>The HTTP header that carries the key.</translation>
    </message>
    <message>
        <source>Auth scheme</source>
        <translation>Auth scheme</translation>
    </message>
    <message>
        <source>Put before the key, e.g. Bearer; may be empty.</source>
        <translation>Put before the key, e.g. Bearer; may be empty.</translation>
    </message>
    <message>
        <source>JSON pointer to the count</source>
        <translation>JSON pointer to the count</translation>
    </message>
    <message>
        <source>Where the record count is in the response, e.g. /meta/total.</source>
        <translation>Where the record count is in the response, e.g. /meta/total.</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP method</translation>
    </message>
    <message>
        <source>GET or POST for the count request.</source>
        <translation>GET or POST for the count request.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Request body</translation>
    </message>
    <message>
        <source>Sent with the count request (JSON bodies get Content-Type: application/json).</source>
        <translation>Sent with the count request (JSON bodies get Content-Type: application/json).</translation>
    </message>
    <message>
        <source>JSON pointer to a run/error list</source>
        <translation>JSON pointer to a run/error list</translation>
    </message>
    <message>
        <source>Optional: an array of {id, status, timestamp, message} read as the run log.</source>
        <translation>Optional: an array of {id, status, timestamp, message} read as the run log.</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Give the connection a name.</translation>
    </message>
    <message>
        <source>Enter a full URL starting with https://.</source>
        <translation>Enter a full URL starting with https://.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 is required for %2.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>Use the shop's myshopify.com domain, e.g. my-store.myshopify.com.</source>
        <translation>Use the shop's myshopify.com domain, e.g. my-store.myshopify.com.</translation>
    </message>
    <message>
        <source>Paste the %1.</source>
        <translation>Paste the %1.</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks; paste it again.</source>
        <translation>The key contains spaces or line breaks; paste it again.</translation>
    </message>
    <message>
        <source>A Mailchimp API key ends with its data centre, like -us6. Check that you copied all of it.</source>
        <translation>A Mailchimp API key ends with its data centre, like -us6. Check that you copied all of it.</translation>
    </message>
    <message>
        <source>retired with the Summer '25 release</source>
        <translation>retired with the Summer '25 release</translation>
    </message>
    <message>
        <source>retires with the Summer '27 release</source>
        <translation>retires with the Summer '27 release</translation>
    </message>
    <message>
        <source>Plain http:// would send the key unencrypted, so it is only allowed for this computer (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>Plain http:// would send the key unencrypted, so it is only allowed for this computer (localhost, 127.0.0.1, ::1); use https://.</translation>
    </message>
    <message>
        <source>Remove the key or password from the address (it looks like %1) and paste the key in the key field instead.</source>
        <translation>Remove the key or password from the address (it looks like %1) and paste the key in the key field instead.</translation>
    </message>
    <message>
        <source>Static key in a header</source>
        <translation>Static key in a header</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>OAuth 2.0 client credentials</translation>
    </message>
    <message>
        <source>Enter the OAuth server's token URL, the client id and (optionally) the scope; the client secret goes in the field below. Plumbline gets access tokens and sends them as Authorization: Bearer.</source>
        <translation>Enter the OAuth server's token URL, the client id and (optionally) the scope; the client secret goes in the field below. Plumbline gets access tokens and sends them as Authorization: Bearer.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Service key or private app token</source>
        <translation>Service key or private app token</translation>
    </message>
    <message>
        <source>1. In HubSpot open Settings › Integrations › Service Keys (new accounts) or your legacy private app (Development › Legacy apps).
2. Give it read access to the CRM objects you monitor (for example crm.objects.contacts.read and crm.schemas.contacts.read).
3. Copy the key or token into the field below. It does not expire until it is rotated.</source>
        <translation>1. In HubSpot open Settings › Integrations › Service Keys (new accounts) or your legacy private app (Development › Legacy apps).
2. Give it read access to the CRM objects you monitor (for example crm.objects.contacts.read and crm.schemas.contacts.read).
3. Copy the key or token into the field below. It does not expire until it is rotated.</translation>
    </message>
    <message>
        <source>Service key or access token</source>
        <translation>Service key or access token</translation>
    </message>
    <message>
        <source>Sign in with HubSpot (OAuth app)</source>
        <translation>Sign in with HubSpot (OAuth app)</translation>
    </message>
    <message>
        <source>1. In your HubSpot developer account create an app with OAuth, the read scopes of the CRM objects you monitor, and the redirect URL http://localhost:53682/callback (HubSpot allows plain http for localhost only).
2. Enter its client id, and its client secret in the field below.
3. Choose Sign in…: your browser opens HubSpot; access tokens last 30 minutes and Plumbline renews them with the refresh token it keeps in the keychain.</source>
        <translation>1. In your HubSpot developer account create an app with OAuth, the read scopes of the CRM objects you monitor, and the redirect URL http://localhost:53682/callback (HubSpot allows plain http for localhost only).
2. Enter its client id, and its client secret in the field below.
3. Choose Sign in…: your browser opens HubSpot; access tokens last 30 minutes and Plumbline renews them with the refresh token it keeps in the keychain.</translation>
    </message>
    <message>
        <source>Client credentials (External Client App)</source>
        <translation>Client credentials (External Client App)</translation>
    </message>
    <message>
        <source>1. In Salesforce Setup open External Client App Manager › New External Client App (a Local app of your own org).
2. Enable OAuth, enter any callback URL (this flow does not use it), add the scope "Manage user data via APIs (api)" and tick "Enable Client Credentials Flow".
3. Under Policies › OAuth Policies set Run As to a dedicated integration user (the Salesforce Integration license with "Minimum Access – API Only Integrations" is recommended).
4. Copy the Consumer Key into Client id and the Consumer Secret into the secret field below. The instance URL must be your My Domain, such as https://acme.my.salesforce.com.</source>
        <translation>1. In Salesforce Setup open External Client App Manager › New External Client App (a Local app of your own org).
2. Enable OAuth, enter any callback URL (this flow does not use it), add the scope "Manage user data via APIs (api)" and tick "Enable Client Credentials Flow".
3. Under Policies › OAuth Policies set Run As to a dedicated integration user (the Salesforce Integration license with "Minimum Access – API Only Integrations" is recommended).
4. Copy the Consumer Key into Client id and the Consumer Secret into the secret field below. The instance URL must be your My Domain, such as https://acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <source>Sign in with a Salesforce user (web server flow)</source>
        <translation>Sign in with a Salesforce user (web server flow)</translation>
    </message>
    <message>
        <source>1. In Setup › External Client App Manager create a Local External Client App with OAuth enabled, the scopes api and refresh_token, "Require PKCE" ticked and the callback URL http://localhost:53682/callback (or the redirect port you set).
2. If Plumbline is a public client, untick "Require secret for Web Server Flow" and "Require secret for Refresh Token Flow".
3. Enter the Consumer Key as Client id, save, and choose Sign in…: your browser opens Salesforce, and Plumbline keeps the refresh token in the keychain.</source>
        <translation>1. In Setup › External Client App Manager create a Local External Client App with OAuth enabled, the scopes api and refresh_token, "Require PKCE" ticked and the callback URL http://localhost:53682/callback (or the redirect port you set).
2. If Plumbline is a public client, untick "Require secret for Web Server Flow" and "Require secret for Refresh Token Flow".
3. Enter the Consumer Key as Client id, save, and choose Sign in…: your browser opens Salesforce, and Plumbline keeps the refresh token in the keychain.</translation>
    </message>
    <message>
        <source>Consumer secret (only if the app requires one)</source>
        <translation>Consumer secret (only if the app requires one)</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Pasted access token</translation>
    </message>
    <message>
        <source>For short tests only: a pasted Salesforce access token ends with the session (2 hours by default), and Plumbline cannot renew it.</source>
        <translation>For short tests only: a pasted Salesforce access token ends with the session (2 hours by default), and Plumbline cannot renew it.</translation>
    </message>
    <message>
        <source>Dev Dashboard app (client credentials)</source>
        <translation>Dev Dashboard app (client credentials)</translation>
    </message>
    <message>
        <source>1. In the Shopify Dev Dashboard create an app of your organization with the Admin API read scopes you monitor (read_customers, read_orders, read_products).
2. Install it in your own store.
3. Copy its client id, and its client secret into the field below. Tokens last 24 hours; Plumbline gets a new one before each expires.</source>
        <translation>1. In the Shopify Dev Dashboard create an app of your organization with the Admin API read scopes you monitor (read_customers, read_orders, read_products).
2. Install it in your own store.
3. Copy its client id, and its client secret into the field below. Tokens last 24 hours; Plumbline gets a new one before each expires.</translation>
    </message>
    <message>
        <source>Admin API access token (legacy custom app)</source>
        <translation>Admin API access token (legacy custom app)</translation>
    </message>
    <message>
        <source>Stores can no longer create legacy custom apps since 1 January 2026; existing shpat_ tokens keep working.</source>
        <translation>Stores can no longer create legacy custom apps since 1 January 2026; existing shpat_ tokens keep working.</translation>
    </message>
    <message>
        <source>Record list path (value checks)</source>
        <translation>Record list path (value checks)</translation>
    </message>
    <message>
        <source>Optional: where pages of records are read for a value check, below the URL.</source>
        <translation>Optional: where pages of records are read for a value check, below the URL.</translation>
    </message>
    <message>
        <source>JSON pointer to the records</source>
        <translation>JSON pointer to the records</translation>
    </message>
    <message>
        <source>Optional: where the list of records is in a list or lookup answer.</source>
        <translation>Optional: where the list of records is in a list or lookup answer.</translation>
    </message>
    <message>
        <source>JSON pointer to a record's key</source>
        <translation>JSON pointer to a record's key</translation>
    </message>
    <message>
        <source>Optional: where the key is inside a record, when it is not the mapped member.</source>
        <translation>Optional: where the key is inside a record, when it is not the mapped member.</translation>
    </message>
    <message>
        <source>Last-modified member</source>
        <translation>Last-modified member</translation>
    </message>
    <message>
        <source>Optional: a record's last-modified time (ISO 8601 or epoch milliseconds).</source>
        <translation>Optional: a record's last-modified time (ISO 8601 or epoch milliseconds).</translation>
    </message>
    <message>
        <source>Lookup path (value checks)</source>
        <translation>Lookup path (value checks)</translation>
    </message>
    <message>
        <source>Optional: how one record is found by its key, {key} standing for the key; a 404 means it is missing.</source>
        <translation>Optional: how one record is found by its key, {key} standing for the key; a 404 means it is missing.</translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>required key "%1" is missing</source>
        <translation>required key "%1" is missing</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>expected a string, found %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>expected a whole number, found %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>"%1" is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-'</source>
        <translation>"%1" is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-'</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>expected an object, found %1</translation>
    </message>
    <message>
        <source>unknown vendor "%1"; expected one of: %2</source>
        <translation>unknown vendor "%1"; expected one of: %2</translation>
    </message>
    <message>
        <source>expected null, a string or an object, found %1</source>
        <translation>expected null, a string or an object, found %1</translation>
    </message>
    <message>
        <source>unknown direction "%1"; expected one_way or two_way</source>
        <translation>unknown direction "%1"; expected one_way or two_way</translation>
    </message>
    <message>
        <source>expected an object or null, found %1</source>
        <translation>expected an object or null, found %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>expected an array, found %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>expected true or false, found %1</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>must be between 0 and 100</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>expected a number, found %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the limit of %2 bytes for a workspace file</source>
        <translation>the file is %1 bytes, over the limit of %2 bytes for a workspace file</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>not valid JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>expected a JSON object at the top level</translation>
    </message>
    <message>
        <source>required key "format" is missing; expected "plumbline-workspace"</source>
        <translation>required key "format" is missing; expected "plumbline-workspace"</translation>
    </message>
    <message>
        <source>unknown format; expected "plumbline-workspace"</source>
        <translation>unknown format; expected "plumbline-workspace"</translation>
    </message>
    <message>
        <source>required key "version" is missing</source>
        <translation>required key "version" is missing</translation>
    </message>
    <message>
        <source>version %1 is not supported; this Plumbline reads version 1</source>
        <translation>version %1 is not supported; this Plumbline reads version 1</translation>
    </message>
    <message>
        <source>required key "connections" is missing</source>
        <translation>required key "connections" is missing</translation>
    </message>
    <message>
        <source>duplicate connection id "%1"</source>
        <translation>duplicate connection id "%1"</translation>
    </message>
    <message>
        <source>required key "integrations" is missing</source>
        <translation>required key "integrations" is missing</translation>
    </message>
    <message>
        <source>duplicate integration id "%1"</source>
        <translation>duplicate integration id "%1"</translation>
    </message>
    <message>
        <source>refers to connection "%1", which is not defined</source>
        <translation>refers to connection "%1", which is not defined</translation>
    </message>
    <message>
        <source>looks like a credential</source>
        <translation>looks like a credential</translation>
    </message>
    <message>
        <source>looks like %1</source>
        <translation>looks like %1</translation>
    </message>
    <message>
        <source>%1; secrets never go in a workspace file — remove it, and store the key of the connection it belongs to with "plumbline secret set CONNECTION_ID"</source>
        <translation>%1; secrets never go in a workspace file — remove it, and store the key of the connection it belongs to with "plumbline secret set CONNECTION_ID"</translation>
    </message>
    <message>
        <source>%1; secrets never go in a workspace file — store it with "plumbline secret set %2" instead</source>
        <translation>%1; secrets never go in a workspace file — store it with "plumbline secret set %2" instead</translation>
    </message>
    <message>
        <source>"%1" cannot be used: %2</source>
        <translation>"%1" cannot be used: %2</translation>
    </message>
    <message>
        <source>this key appears twice in the same object; remove one of them (Plumbline does not guess which one you meant)</source>
        <translation>this key appears twice in the same object; remove one of them (Plumbline does not guess which one you meant)</translation>
    </message>
    <message>
        <source>expected an array of channel ids, found %1</source>
        <translation>expected an array of channel ids, found %1</translation>
    </message>
    <message>
        <source>expected a channel id, found %1</source>
        <translation>expected a channel id, found %1</translation>
    </message>
    <message>
        <source>duplicate channel id "%1"</source>
        <translation>duplicate channel id "%1"</translation>
    </message>
    <message>
        <source>refers to notification channel "%1", which is not defined</source>
        <translation>refers to notification channel "%1", which is not defined</translation>
    </message>
</context>
<context>
    <name>ZapierConnector</name>
    <message>
        <source>Zapier is middleware and has no record count.</source>
        <translation>Zapier is middleware and has no record count.</translation>
    </message>
    <message>
        <source>Zapier is middleware and has no record schema.</source>
        <translation>Zapier is middleware and has no record schema.</translation>
    </message>
    <message>
        <source>No Zap ID is set for this integration.</source>
        <translation>No Zap ID is set for this integration.</translation>
    </message>
    <message>
        <source>Zapier lists no Zap with the ID "%1" for this account.</source>
        <translation>Zapier lists no Zap with the ID "%1" for this account.</translation>
    </message>
    <message>
        <source>Zapier lists more Zaps than Plumbline reads (%1 pages); the Zap "%2" was not among them.</source>
        <translation>Zapier lists more Zaps than Plumbline reads (%1 pages); the Zap "%2" was not among them.</translation>
    </message>
</context>
<context>
    <name>ZapierParser</name>
    <message>
        <source>Zapier sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Zapier sent a body that is not JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>Zapier's answer has no "data" list.</source>
        <translation>Zapier's answer has no "data" list.</translation>
    </message>
    <message>
        <source>A Zap entry is not an object.</source>
        <translation>A Zap entry is not an object.</translation>
    </message>
    <message>
        <source>A Zap entry has no "id".</source>
        <translation>A Zap entry has no "id".</translation>
    </message>
    <message>
        <source>A Zap's "is_enabled" is not true/false.</source>
        <translation>A Zap's "is_enabled" is not true/false.</translation>
    </message>
    <message>
        <source>A Zap's "last_successful_run_date" is not a date.</source>
        <translation>A Zap's "last_successful_run_date" is not a date.</translation>
    </message>
    <message>
        <source>A Zap's title is not text.</source>
        <translation>A Zap's title is not text.</translation>
    </message>
    <message>
        <source>A Zap run entry is not an object.</source>
        <translation>A Zap run entry is not an object.</translation>
    </message>
    <message>
        <source>A Zap run has no "id".</source>
        <translation>A Zap run has no "id".</translation>
    </message>
    <message>
        <source>A Zap run has no "zap_id".</source>
        <translation>A Zap run has no "zap_id".</translation>
    </message>
    <message>
        <source>A Zap run's "end_time" is not a date.</source>
        <translation>A Zap run's "end_time" is not a date.</translation>
    </message>
    <message>
        <source>A Zap run has no readable "start_time".</source>
        <translation>A Zap run has no readable "start_time".</translation>
    </message>
    <message>
        <source>A Zap run's "status" is not text.</source>
        <translation>A Zap run's "status" is not text.</translation>
    </message>
    <message>
        <source>Zapier status "%1"</source>
        <translation>Zapier status "%1"</translation>
    </message>
    <message>
        <source>A Zap run's "steps" is not a list.</source>
        <translation>A Zap run's "steps" is not a list.</translation>
    </message>
    <message>
        <source>%1 — Zapier says: %2</source>
        <translation>%1 — Zapier says: %2</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertFilterProxy</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertTableModel</name>
    <message>
        <source>Counts drifted apart</source>
        <translation>Counts drifted apart</translation>
    </message>
    <message>
        <source>Data stopped moving</source>
        <translation>Data stopped moving</translation>
    </message>
    <message>
        <source>Not checked for too long</source>
        <translation>Not checked for too long</translation>
    </message>
    <message>
        <source>A mapped field changed</source>
        <translation>A mapped field changed</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Credentials rejected</translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation>Permission missing</translation>
    </message>
    <message>
        <source>API version going away</source>
        <translation>API version going away</translation>
    </message>
    <message>
        <source>Running out of API quota</source>
        <translation>Running out of API quota</translation>
    </message>
    <message>
        <source>Unusual change in volume</source>
        <translation>Unusual change in volume</translation>
    </message>
    <message>
        <source>Automation runs failing</source>
        <translation>Automation runs failing</translation>
    </message>
    <message>
        <source>Service unreachable</source>
        <translation>Service unreachable</translation>
    </message>
    <message>
        <source>Unreadable answer from the API</source>
        <translation>Unreadable answer from the API</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>under a minute</translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Acknowledged by %1</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Connection %1</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Integration %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Integration or connection</source>
        <translation>Integration or connection</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Field values differ between systems</source>
        <translation>Field values differ between systems</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertsPage</name>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Eased</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Held back (maintenance window)</source>
        <translation>Held back (maintenance window)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Which alerts to show</source>
        <translation>Which alerts to show</translation>
    </message>
    <message>
        <source>Every alert that is not resolved, acknowledged and snoozed ones included</source>
        <translation>Every alert that is not resolved, acknowledged and snoozed ones included</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>Say that someone is on it: no more reminders until the alert gets worse.</source>
        <translation>Say that someone is on it: no more reminders until the alert gets worse.</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>S&amp;nooze</translation>
    </message>
    <message>
        <source>Keep the selected alerts quiet until a time you choose.</source>
        <translation>Keep the selected alerts quiet until a time you choose.</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>For 1 hour</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>For 4 hours</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>Until tomorrow 09:00</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>For 1 week</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Until…</translation>
    </message>
    <message>
        <source>&amp;History of the selected alert</source>
        <translation>&amp;History of the selected alert</translation>
    </message>
    <message>
        <source>History of the selected alert</source>
        <translation>History of the selected alert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>By / details</source>
        <translation>By / details</translation>
    </message>
    <message>
        <source>%1 — connection</source>
        <translation>%1 — connection</translation>
    </message>
    <message>
        <source>Plumbline itself</source>
        <translation>Plumbline itself</translation>
    </message>
    <message>
        <source>Snooze alerts</source>
        <translation>Snooze alerts</translation>
    </message>
    <message>
        <source>Quiet &amp;until:</source>
        <translation>Quiet &amp;until:</translation>
    </message>
    <message>
        <source>Alerts appear here once Plumbline checks your integrations.</source>
        <translation>Alerts appear here once Plumbline checks your integrations.</translation>
    </message>
    <message>
        <source>No open alerts — every integration is quiet.</source>
        <translation>No open alerts — every integration is quiet.</translation>
    </message>
    <message>
        <source>No alerts in this view.</source>
        <translation>No alerts in this view.</translation>
    </message>
    <message>
        <source>&amp;History: %1 · %2</source>
        <translation>&amp;History: %1 · %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>snooze ended</source>
        <translation>snooze ended</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>notified</translation>
    </message>
    <message>
        <source>%1 (notified)</source>
        <translation>%1 (notified)</translation>
    </message>
</context>
<context>
    <name>plumbline::ApiVersionCalendarModel</name>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Under 14 days</source>
        <translation>Under 14 days</translation>
    </message>
    <message>
        <source>Under 90 days</source>
        <translation>Under 90 days</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>No deadline announced</source>
        <translation>No deadline announced</translation>
    </message>
    <message>
        <source>Stops working</source>
        <translation>Stops working</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Deprecated</translation>
    </message>
    <message>
        <source>Another version is served</source>
        <translation>Another version is served</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor's response</source>
        <translation>Vendor's response</translation>
    </message>
    <message>
        <source>Vendor's schedule</source>
        <translation>Vendor's schedule</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>As served at the check of %1</source>
        <translation>As served at the check of %1</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>plumbline::ApiVersionsPage</name>
    <message>
        <source>API versions and deadlines</source>
        <translation>API versions and deadlines</translation>
    </message>
    <message>
        <source>Dates come from the vendors' own responses (Deprecation and Sunset headers, version lists, 410 Gone) at the latest check, and from the end-of-life dates vendors publish. Red: retired, another version served, or under 14 days left; amber: under 90 days.</source>
        <translation>Dates come from the vendors' own responses (Deprecation and Sunset headers, version lists, 410 Gone) at the latest check, and from the end-of-life dates vendors publish. Red: retired, another version served, or under 14 days left; amber: under 90 days.</translation>
    </message>
    <message>
        <source>No connections yet.</source>
        <translation>No connections yet.</translation>
    </message>
    <message>
        <source>No API version of your connections is going away within 90 days.</source>
        <translation>No API version of your connections is going away within 90 days.</translation>
    </message>
    <message numerus="yes">
        <source>%n API version deadline(s) need attention within 90 days.</source>
        <translation>
            <numerusform>%n API version deadline need attention within 90 days.</numerusform>
            <numerusform>%n API version deadlines need attention within 90 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::AppContext</name>
    <message>
        <source>The webhook URL stays in the settings file for now: %1</source>
        <translation>The webhook URL stays in the settings file for now: %1</translation>
    </message>
    <message>
        <source>Webhook (from the settings)</source>
        <translation>Webhook (from the settings)</translation>
    </message>
</context>
<context>
    <name>plumbline::ChangeLogPage</name>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
</context>
<context>
    <name>plumbline::ChangeLogTableModel</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Credential stored</source>
        <translation>Credential stored</translation>
    </message>
    <message>
        <source>Credential removed</source>
        <translation>Credential removed</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
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
        <translation>Daily at %1</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critical only</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Warning and critical</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>Failing since %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No secret yet (%1)</source>
        <translation>No secret yet (%1)</translation>
    </message>
    <message>
        <source>OK, last delivered %1</source>
        <translation>OK, last delivered %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Critical alerts break through the quiet hours.</source>
        <translation>Critical alerts break through the quiet hours.</translation>
    </message>
    <message>
        <source>Nothing breaks through the quiet hours.</source>
        <translation>Nothing breaks through the quiet hours.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Reaches</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Minimum severity</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
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
        <translation>Add connection</translation>
    </message>
    <message>
        <source>Edit connection “%1”</source>
        <translation>Edit connection “%1”</translation>
    </message>
    <message>
        <source>The vendor of an existing connection cannot be changed; add a new connection instead.</source>
        <translation>The vendor of an existing connection cannot be changed; add a new connection instead.</translation>
    </message>
    <message>
        <source>The ID of an existing connection cannot be changed.</source>
        <translation>The ID of an existing connection cannot be changed.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Vendor:</translation>
    </message>
    <message>
        <source>e.g. HubSpot production</source>
        <translation>e.g. HubSpot production</translation>
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
        <translation>e.g. hubspot-prod</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A short, stable identifier used in workspace files and on the command line.</source>
        <translation>A short, stable identifier used in workspace files and on the command line.</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API base URL:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API &amp;version:</translation>
    </message>
    <message>
        <source>Who to ask about this account</source>
        <translation>Who to ask about this account</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the key (reads a stored key from the keychain when the field is empty)</source>
        <translation>Show the key (reads a stored key from the keychain when the field is empty)</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Show key</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Ask the vendor whether this connection and its key work, without saving</source>
        <translation>Ask the vendor whether this connection and its key work, without saving</translation>
    </message>
    <message>
        <source> (required):</source>
        <translation> (required):</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>Derived from the API key's data centre</source>
        <translation>Derived from the API key's data centre</translation>
    </message>
    <message>
        <source>Derived from the shop domain</source>
        <translation>Derived from the shop domain</translation>
    </message>
    <message>
        <source>Derived from the zone</source>
        <translation>Derived from the zone</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>The key is stored in %1, never in the workspace.</source>
        <translation>The key is stored in %1, never in the workspace.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>The new key replaces the stored one when you save.</translation>
    </message>
    <message>
        <source>A key is stored in the keychain — leave empty to keep it.</source>
        <translation>A key is stored in the keychain — leave empty to keep it.</translation>
    </message>
    <message>
        <source>No key is stored for this connection yet — paste one to store it.</source>
        <translation>No key is stored for this connection yet — paste one to store it.</translation>
    </message>
    <message>
        <source>The keychain could not be reached, so it is not known whether a key is stored. A key entered here is stored when you save.</source>
        <translation>The keychain could not be reached, so it is not known whether a key is stored. A key entered here is stored when you save.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Checking the keychain…</translation>
    </message>
    <message>
        <source>Data centre: %1 (https://%1.api.mailchimp.com)</source>
        <translation>Data centre: %1 (https://%1.api.mailchimp.com)</translation>
    </message>
    <message>
        <source>Data centre: shown when you enter the key (it ends with e.g. -us6).</source>
        <translation>Data centre: shown when you enter the key (it ends with e.g. -us6).</translation>
    </message>
    <message>
        <source>Data centre: not found — a Mailchimp key ends with its data centre, e.g. -us6.</source>
        <translation>Data centre: not found — a Mailchimp key ends with its data centre, e.g. -us6.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Hide key</translation>
    </message>
    <message>
        <source>The stored key could not be read: %1</source>
        <translation>The stored key could not be read: %1</translation>
    </message>
    <message>
        <source>Paste the key to test it.</source>
        <translation>Paste the key to test it.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
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
        <translation>Another connection already uses this ID.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Sign-in method</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Setup steps</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Sign-in &amp;method:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>The public id of the app you created at the vendor (its consumer key).</source>
        <translation>The public id of the app you created at the vendor (its consumer key).</translation>
    </message>
    <message>
        <source>C&amp;lient id (required):</source>
        <translation>C&amp;lient id (required):</translation>
    </message>
    <message>
        <source>Optional: space-separated; empty asks for the app's own scopes</source>
        <translation>Optional: space-separated; empty asks for the app's own scopes</translation>
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
        <translation>Token URL</translation>
    </message>
    <message>
        <source>Token U&amp;RL:</source>
        <translation>Token U&amp;RL:</translation>
    </message>
    <message>
        <source>Sign-in URL</source>
        <translation>Sign-in URL</translation>
    </message>
    <message>
        <source>Si&amp;gn-in URL:</source>
        <translation>Si&amp;gn-in URL:</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Redirect port</translation>
    </message>
    <message>
        <source>The port on this computer where the browser hands the sign-in back to Plumbline.</source>
        <translation>The port on this computer where the browser hands the sign-in back to Plumbline.</translation>
    </message>
    <message>
        <source>Re&amp;direct port:</source>
        <translation>Re&amp;direct port:</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recommended)</translation>
    </message>
    <message>
        <source>Token U&amp;RL (required):</source>
        <translation>Token U&amp;RL (required):</translation>
    </message>
    <message>
        <source>Optional. After saving, choose Sign in… on the Connections page to sign in in your browser.</source>
        <translation>Optional. After saving, choose Sign in… on the Connections page to sign in in your browser.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;%2</source>
        <comment>placeholder: the vendor's address on a base URL not entered yet</comment>
        <translation>&lt;%1&gt;%2</translation>
    </message>
    <message>
        <source>e.g. https://auth.example.com/oauth/token</source>
        <translation>e.g. https://auth.example.com/oauth/token</translation>
    </message>
    <message>
        <source>e.g. https://auth.example.com/oauth/authorize</source>
        <translation>e.g. https://auth.example.com/oauth/authorize</translation>
    </message>
    <message>
        <source>Empty: the vendor's own address shown here.</source>
        <translation>Empty: the vendor's own address shown here.</translation>
    </message>
    <message>
        <source>Register this callback URL: %1</source>
        <translation>Register this callback URL: %1</translation>
    </message>
    <message>
        <source>This sign-in method keeps its secret in another keychain entry than the previous one: paste it to store it.</source>
        <translation>This sign-in method keeps its secret in another keychain entry than the previous one: paste it to store it.</translation>
    </message>
    <message>
        <source>No client secret is stored for this connection — paste one if the app requires it.</source>
        <translation>No client secret is stored for this connection — paste one if the app requires it.</translation>
    </message>
    <message>
        <source>A connection that signs in as a person can be tested once it is saved and signed in (Sign in… on the Connections page).</source>
        <translation>A connection that signs in as a person can be tested once it is saved and signed in (Sign in… on the Connections page).</translation>
    </message>
    <message>
        <source>Enter the client id of the app you created at %1 (its consumer key).</source>
        <translation>Enter the client id of the app you created at %1 (its consumer key).</translation>
    </message>
    <message>
        <source>Enter the token URL of the OAuth server.</source>
        <translation>Enter the token URL of the OAuth server.</translation>
    </message>
    <message>
        <source>Paste the secret here (%1).</source>
        <translation>Paste the secret here (%1).</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionTableModel</name>
    <message>
        <source>In keychain</source>
        <translation>In keychain</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Secret unavailable</source>
        <translation>Secret unavailable</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credential</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionTester</name>
    <message>
        <source>Connected in %1 ms.</source>
        <translation>Connected in %1 ms.</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms.</source>
        <translation>Connected to %1 in %2 ms.</translation>
    </message>
    <message>
        <source>Note: the vendor says this API version is deprecated or retired.</source>
        <translation>Note: the vendor says this API version is deprecated or retired.</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Set API &amp;key…</source>
        <translation>Set API &amp;key…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Select a connection to see how it signs in.</source>
        <translation>Select a connection to see how it signs in.</translation>
    </message>
    <message>
        <source>Sign-in of “%1”</source>
        <translation>Sign-in of “%1”</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Sign-in: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>No access token yet: Plumbline gets one at the next check (F5).</source>
        <translation>No access token yet: Plumbline gets one at the next check (F5).</translation>
    </message>
    <message>
        <source>No access token is held.</source>
        <translation>No access token is held.</translation>
    </message>
    <message>
        <source>Access token expires %1 (%2)</source>
        <translation>Access token expires %1 (%2)</translation>
    </message>
    <message>
        <source>Access token expired %1 (%2)</source>
        <translation>Access token expired %1 (%2)</translation>
    </message>
    <message>
        <source>Last renewed %1 (%2)</source>
        <translation>Last renewed %1 (%2)</translation>
    </message>
    <message>
        <source>The keychain would not store the newest refresh token: it is kept in memory only, so after Plumbline restarts you will need to sign in again.</source>
        <translation>The keychain would not store the newest refresh token: it is kept in memory only, so after Plumbline restarts you will need to sign in again.</translation>
    </message>
    <message>
        <source>Sign in a&amp;gain…</source>
        <translation>Sign in a&amp;gain…</translation>
    </message>
    <message>
        <source>Si&amp;gn in…</source>
        <translation>Si&amp;gn in…</translation>
    </message>
    <message>
        <source>Opens %1's sign-in page in your browser; Plumbline keeps the refresh token in the keychain.</source>
        <translation>Opens %1's sign-in page in your browser; Plumbline keeps the refresh token in the keychain.</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>in less than a minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::CountSeriesQuery</name>
    <message>
        <source>every poll</source>
        <translation>every poll</translation>
    </message>
    <message>
        <source>hourly averages</source>
        <translation>hourly averages</translation>
    </message>
    <message>
        <source>daily averages</source>
        <translation>daily averages</translation>
    </message>
</context>
<context>
    <name>plumbline::DashboardCharts</name>
    <message>
        <source>Integration history charts</source>
        <translation>Integration history charts</translation>
    </message>
    <message>
        <source>Values at the pointer</source>
        <translation>Values at the pointer</translation>
    </message>
    <message>
        <source>Source and destination counts</source>
        <translation>Source and destination counts</translation>
    </message>
    <message>
        <source>Tolerance band</source>
        <translation>Tolerance band</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Gap in percent of the source count</source>
        <translation>Gap in percent of the source count</translation>
    </message>
    <message>
        <source>Tolerance (%)</source>
        <translation>Tolerance (%)</translation>
    </message>
    <message>
        <source>Gap % (destination − source)</source>
        <translation>Gap % (destination − source)</translation>
    </message>
    <message>
        <source>API quota headroom</source>
        <translation>API quota headroom</translation>
    </message>
    <message>
        <source>Source quota left (%)</source>
        <translation>Source quota left (%)</translation>
    </message>
    <message>
        <source>Destination quota left (%)</source>
        <translation>Destination quota left (%)</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Response time</translation>
    </message>
    <message>
        <source>Source latency (ms)</source>
        <translation>Source latency (ms)</translation>
    </message>
    <message>
        <source>Destination latency (ms)</source>
        <translation>Destination latency (ms)</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1 y</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Custom time range</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Start of the custom range</source>
        <translation>Start of the custom range</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>End of the custom range</source>
        <translation>End of the custom range</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the custom range</source>
        <translation>Show the custom range</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>Reset &amp;zoom</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Show the whole time range again (drag across a chart to zoom in)</source>
        <translation>Show the whole time range again (drag across a chart to zoom in)</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>The start must be before the end.</translation>
    </message>
    <message>
        <source>Choose an integration to see its history.</source>
        <translation>Choose an integration to see its history.</translation>
    </message>
    <message>
        <source>No polls were stored in this time range. Choose a longer range.</source>
        <translation>No polls were stored in this time range. Choose a longer range.</translation>
    </message>
    <message>
        <source>No history yet. Source and destination counts appear here after the first poll of this integration.</source>
        <translation>No history yet. Source and destination counts appear here after the first poll of this integration.</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Showing %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 — Source %2 · Destination %3 · Gap %4</source>
        <translation>%1 — Source %2 · Destination %3 · Gap %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — no poll stored near this time</source>
        <translation>%1 — no poll stored near this time</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Latest: %1</translation>
    </message>
    <message>
        <source>Point at a chart to read its exact values.</source>
        <translation>Point at a chart to read its exact values.</translation>
    </message>
    <message>
        <source>No integration chosen.</source>
        <translation>No integration chosen.</translation>
    </message>
    <message>
        <source>%1, %2 to %3, %4.</source>
        <translation>%1, %2 to %3, %4.</translation>
    </message>
    <message>
        <source>Latest: source %1, destination %2, gap %3 (%4 %), tolerance ± %5, %6.</source>
        <translation>Latest: source %1, destination %2, gap %3 (%4 %), tolerance ± %5, %6.</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>within tolerance</translation>
    </message>
    <message>
        <source>outside tolerance</source>
        <translation>outside tolerance</translation>
    </message>
</context>
<context>
    <name>plumbline::DashboardValuesTab</name>
    <message>
        <source>Com&amp;pare now</source>
        <translation>Com&amp;pare now</translation>
    </message>
    <message>
        <source>Sample records of the source, look them up at the destination and compare the mapped fields now</source>
        <translation>Sample records of the source, look them up at the destination and compare the mapped fields now</translation>
    </message>
    <message>
        <source>Value check progress</source>
        <translation>Value check progress</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <source>Stop the value check; nothing of it is stored</source>
        <translation>Stop the value check; nothing of it is stored</translation>
    </message>
    <message>
        <source>F&amp;ields, most differences first:</source>
        <translation>F&amp;ields, most differences first:</translation>
    </message>
    <message>
        <source>Compared fields and their differences</source>
        <translation>Compared fields and their differences</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;xamples</translation>
    </message>
    <message>
        <source>Redacted examples of the selected field</source>
        <translation>Redacted examples of the selected field</translation>
    </message>
    <message>
        <source>No value check yet</source>
        <translation>No value check yet</translation>
    </message>
    <message>
        <source>A value check samples records of %1, finds each one in %2 by the key mapping and compares the mapped fields. This integration has no key mapping yet: edit it and mark the mapping that identifies a record on both sides (an e-mail address, an id) as the key.</source>
        <translation>A value check samples records of %1, finds each one in %2 by the key mapping and compares the mapped fields. This integration has no key mapping yet: edit it and mark the mapping that identifies a record on both sides (an e-mail address, an id) as the key.</translation>
    </message>
    <message>
        <source>A value check samples records of %1, finds each one in %2 by the key %3 → %4 and compares the mapped fields, counting what differs. Compare now runs one.</source>
        <translation>A value check samples records of %1, finds each one in %2 by the key %3 → %4 and compares the mapped fields, counting what differs. Compare now runs one.</translation>
    </message>
    <message numerus="yes">
        <source>Tried %1 · %n request(s)</source>
        <translation>
            <numerusform>Tried %1 · %n request</numerusform>
            <numerusform>Tried %1 · %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sampled records match (%3–%4 %)</source>
        <translation>%1 of %2 sampled records match (%3–%4 %)</translation>
    </message>
    <message>
        <source>%1 missing in %2</source>
        <translation>%1 missing in %2</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>checked %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of the value check's headline</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Partial check: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found more than one record in %1.</source>
        <translation>
            <numerusform>%n key found more than one record in %1.</numerusform>
            <numerusform>%n keys found more than one record in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sampled from %1 records in %2.</source>
        <translation>Sampled from %1 records in %2.</translation>
    </message>
    <message>
        <source>A record matches when it is found in %1 and every mapped field holds the same value there (letter case aside).</source>
        <translation>A record matches when it is found in %1 and every mapped field holds the same value there (letter case aside).</translation>
    </message>
    <message>
        <source>Select a field to see examples of its differences.</source>
        <translation>Select a field to see examples of its differences.</translation>
    </message>
    <message>
        <source>Examples are off for this integration.</source>
        <translation>Examples are off for this integration.</translation>
    </message>
    <message>
        <source>E&amp;xamples of %1 → %2</source>
        <translation>E&amp;xamples of %1 → %2</translation>
    </message>
    <message>
        <source>Redacted: first letters and lengths, never a value.</source>
        <translation>Redacted: first letters and lengths, never a value.</translation>
    </message>
    <message>
        <source>No differences in this field.</source>
        <translation>No differences in this field.</translation>
    </message>
    <message numerus="yes">
        <source>No examples kept (older than %n days).</source>
        <translation>
            <numerusform>No examples kept (older than %n day).</numerusform>
            <numerusform>No examples kept (older than %n days).</numerusform>
        </translation>
    </message>
    <message>
        <source>No examples were kept for this field.</source>
        <translation>No examples were kept for this field.</translation>
    </message>
    <message>
        <source>Mark one mapping as the key (Edit…) to compare values</source>
        <translation>Mark one mapping as the key (Edit…) to compare values</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>Starting the value check…</source>
        <translation>Starting the value check…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The value check was cancelled; nothing of it was stored.</source>
        <translation>The value check was cancelled; nothing of it was stored.</translation>
    </message>
    <message>
        <source>The value check ran but could not be stored: %1</source>
        <translation>The value check ran but could not be stored: %1</translation>
    </message>
    <message>
        <source>The value check did not run: value checks are off for this integration or it has no key mapping.</source>
        <translation>The value check did not run: value checks are off for this integration or it has no key mapping.</translation>
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
        <translation>Opened</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>%1 (status %2)</source>
        <translation>%1 (status %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last error or note</source>
        <translation>Last error or note</translation>
    </message>
</context>
<context>
    <name>plumbline::EnvSecretStore</name>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>The environment variable %1 is not set.</translation>
    </message>
    <message>
        <source>Secrets from environment variables cannot be changed by Plumbline.</source>
        <translation>Secrets from environment variables cannot be changed by Plumbline.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>environment variables</translation>
    </message>
</context>
<context>
    <name>plumbline::FirstRunPage</name>
    <message>
        <source>Welcome to Plumbline</source>
        <translation>Welcome to Plumbline</translation>
    </message>
    <message>
        <source>Plumbline watches the integrations between your marketing tools — HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier or any REST API — and tells you when one quietly stops moving data.

Start by exploring a demo workspace, or add the first account you want to watch.</source>
        <translation>Plumbline watches the integrations between your marketing tools — HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier or any REST API — and tells you when one quietly stops moving data.

Start by exploring a demo workspace, or add the first account you want to watch.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Open the &amp;demo workspace</translation>
    </message>
    <message>
        <source>&amp;Add your first connection</source>
        <translation>&amp;Add your first connection</translation>
    </message>
    <message>
        <source>Set up an integration step by step…</source>
        <translation>Set up an integration step by step…</translation>
    </message>
</context>
<context>
    <name>plumbline::HeartbeatIndicator</name>
    <message>
        <source>Monitor heartbeat</source>
        <translation>Monitor heartbeat</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling paused — last check %1</source>
        <translation>Polling paused — last check %1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Polling paused</translation>
    </message>
    <message>
        <source>Waiting for the first check…</source>
        <translation>Waiting for the first check…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Polling has stopped — last check %1</source>
        <translation>Polling has stopped — last check %1</translation>
    </message>
    <message>
        <source>Last check %1</source>
        <translation>Last check %1</translation>
    </message>
    <message>
        <source>Plumbline has not checked your integrations for longer than their intervals allow. Check that polling is not paused and that this computer was not asleep; F5 checks now.</source>
        <translation>Plumbline has not checked your integrations for longer than their intervals allow. Check that polling is not paused and that this computer was not asleep; F5 checks now.</translation>
    </message>
    <message>
        <source>another Plumbline window</source>
        <translation>another Plumbline window</translation>
    </message>
    <message>
        <source>plumbline run</source>
        <translation>plumbline run</translation>
    </message>
    <message>
        <source>polled by %1 (process %2 on %3); this window follows it</source>
        <translation>polled by %1 (process %2 on %3); this window follows it</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationDashboard</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Mappings</translation>
    </message>
    <message>
        <source>Schema c&amp;hanges</source>
        <translation>Schema c&amp;hanges</translation>
    </message>
    <message>
        <source>Run &amp;log</source>
        <translation>Run &amp;log</translation>
    </message>
    <message>
        <source>Integration definition</source>
        <translation>Integration definition</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definition</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Run now</translation>
    </message>
    <message>
        <source>Poll this integration now and evaluate its checks</source>
        <translation>Poll this integration now and evaluate its checks</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Charts of counts, gap, quota and latency appear here.</source>
        <translation>Charts of counts, gap, quota and latency appear here.</translation>
    </message>
    <message>
        <source>Current findings</source>
        <translation>Current findings</translation>
    </message>
    <message>
        <source>Field mappings and their state</source>
        <translation>Field mappings and their state</translation>
    </message>
    <message>
        <source>Schema changes</source>
        <translation>Schema changes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>Filter by text…</translation>
    </message>
    <message>
        <source>Filter the run log</source>
        <translation>Filter the run log</translation>
    </message>
    <message>
        <source>Run and error log</source>
        <translation>Run and error log</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>%1 · %2  →  %3 · %4</source>
        <translation>%1 · %2  →  %3 · %4</translation>
    </message>
    <message>
        <source>(via %1)</source>
        <translation>(via %1)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Destination %1</translation>
    </message>
    <message>
        <source>Gap %1 (%2 %)</source>
        <translation>Gap %1 (%2 %)</translation>
    </message>
    <message>
        <source>Gap %1</source>
        <translation>Gap %1</translation>
    </message>
    <message>
        <source>Last checked %1 (%2)</source>
        <translation>Last checked %1 (%2)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>All checks pass.</translation>
    </message>
    <message>
        <source>No findings yet: this integration has not been checked since Plumbline started.</source>
        <translation>No findings yet: this integration has not been checked since Plumbline started.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>What to check:</translation>
    </message>
    <message>
        <source>No alert open (alerts open after repeated failing checks).</source>
        <translation>No alert open (alerts open after repeated failing checks).</translation>
    </message>
    <message>
        <source>Alert open since %1</source>
        <translation>Alert open since %1</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation>acknowledged by %1 at %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>snoozed until %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Already acknowledged</source>
        <translation>Already acknowledged</translation>
    </message>
    <message>
        <source>Say that someone is on it; escalations still notify</source>
        <translation>Say that someone is on it; escalations still notify</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>For 1 hour</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>For 4 hours</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>Until tomorrow 09:00</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>For 1 week</translation>
    </message>
    <message>
        <source>No field mappings are defined. Edit the integration to add them.</source>
        <translation>No field mappings are defined. Edit the integration to add them.</translation>
    </message>
    <message>
        <source>The field schemas have not been fetched yet; the states show after the first check.</source>
        <translation>The field schemas have not been fetched yet; the states show after the first check.</translation>
    </message>
    <message>
        <source>Checked against the schemas fetched %1 (source) and %2 (destination).</source>
        <translation>Checked against the schemas fetched %1 (source) and %2 (destination).</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Not fetched yet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no count</source>
        <translation>no count</translation>
    </message>
    <message>
        <source>The count could not be read.</source>
        <translation>The count could not be read.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>No entries</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entries</source>
        <translation>
            <numerusform>Page %1 of %2 · %n entry</numerusform>
            <numerusform>Page %1 of %2 · %n entries</numerusform>
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
        <translation>Direction</translation>
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
        <translation>Owner</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(nobody named)</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Field mappings</translation>
    </message>
    <message>
        <source>No mappings defined.</source>
        <translation>No mappings defined.</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Source field</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Destination field</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Every %1 s; tolerated gap %2 % or %3 records; lag grace %4 s.</source>
        <translation>Every %1 s; tolerated gap %2 % or %3 records; lag grace %4 s.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>(not documented)</source>
        <translation>(not documented)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Sign in again…</translation>
    </message>
    <message>
        <source>Sign in to %1 again for “%2” in your browser</source>
        <translation>Sign in to %1 again for “%2” in your browser</translation>
    </message>
    <message>
        <source>Set client secret…</source>
        <translation>Set client secret…</translation>
    </message>
    <message>
        <source>Store a new client secret for “%1”</source>
        <translation>Store a new client secret for “%1”</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation>Set key…</translation>
    </message>
    <message>
        <source>Store a new key for “%1”</source>
        <translation>Store a new key for “%1”</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Values</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationDialog</name>
    <message>
        <source>Add integration</source>
        <translation>Add integration</translation>
    </message>
    <message>
        <source>Edit integration “%1”</source>
        <translation>Edit integration “%1”</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definition</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Mappings</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <source>D&amp;ocumentation</source>
        <translation>D&amp;ocumentation</translation>
    </message>
    <message>
        <source>The ID of an existing integration cannot be changed.</source>
        <translation>The ID of an existing integration cannot be changed.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. hubspot-to-mailchimp</source>
        <translation>e.g. hubspot-to-mailchimp</translation>
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
        <translation>e.g. Newsletter sync</translation>
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
        <translation>connection</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>e.g. contacts, Account, audience members</source>
        <translation>e.g. contacts, Account, audience members</translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Object:</translation>
    </message>
    <message>
        <source>Optional: a JSON object or the vendor's filter text</source>
        <translation>Optional: a JSON object or the vendor's filter text</translation>
    </message>
    <message>
        <source>Makes the two counts comparable, e.g. only subscribed contacts. Text that parses as a JSON object is stored as JSON; anything else as text.</source>
        <translation>Makes the two counts comparable, e.g. only subscribed contacts. Text that parses as a JSON object is stored as JSON; anything else as text.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <source>Carried by &amp;middleware (a Make scenario, a Zap, …)</source>
        <translation>Carried by &amp;middleware (a Make scenario, a Zap, …)</translation>
    </message>
    <message>
        <source>Middleware connection</source>
        <translation>Middleware connection</translation>
    </message>
    <message>
        <source>Middleware co&amp;nnection:</source>
        <translation>Middleware co&amp;nnection:</translation>
    </message>
    <message>
        <source>Scenario ID or Zap ID</source>
        <translation>Scenario ID or Zap ID</translation>
    </message>
    <message>
        <source>Middleware reference</source>
        <translation>Middleware reference</translation>
    </message>
    <message>
        <source>Scenario or &amp;Zap:</source>
        <translation>Scenario or &amp;Zap:</translation>
    </message>
    <message>
        <source>Which source field feeds which destination field. Tick the field that identifies a record on both sides (usually the email address).</source>
        <translation>Which source field feeds which destination field. Tick the field that identifies a record on both sides (usually the email address).</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Field mappings</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Poll interval in seconds</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Poll every:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerated gap in percent</source>
        <translation>Tolerated gap in percent</translation>
    </message>
    <message>
        <source>Tolerated gap (&amp;percent):</source>
        <translation>Tolerated gap (&amp;percent):</translation>
    </message>
    <message>
        <source> records</source>
        <translation> records</translation>
    </message>
    <message>
        <source>Tolerated gap in records</source>
        <translation>Tolerated gap in records</translation>
    </message>
    <message>
        <source>Tolerated gap (&amp;records):</source>
        <translation>Tolerated gap (&amp;records):</translation>
    </message>
    <message>
        <source>Lag grace in seconds</source>
        <translation>Lag grace in seconds</translation>
    </message>
    <message>
        <source>&amp;Lag grace:</source>
        <translation>&amp;Lag grace:</translation>
    </message>
    <message>
        <source>A gap counts as a problem when it exceeds both tolerances for longer than the lag grace. The monitor polls the integration at this interval.</source>
        <translation>A gap counts as a problem when it exceeds both tolerances for longer than the lag grace. The monitor polls the integration at this interval.</translation>
    </message>
    <message>
        <source>Who is responsible for this flow</source>
        <translation>Who is responsible for this flow</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Why this flow exists and who relies on it</source>
        <translation>Why this flow exists and who relies on it</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>What to check and whom to call when it breaks</source>
        <translation>What to check and whom to call when it breaks</translation>
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
        <translation>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Another integration already uses this ID.</source>
        <translation>Another integration already uses this ID.</translation>
    </message>
    <message>
        <source>Give the integration a name.</source>
        <translation>Give the integration a name.</translation>
    </message>
    <message>
        <source>Choose the connection the data comes from.</source>
        <translation>Choose the connection the data comes from.</translation>
    </message>
    <message>
        <source>Choose the connection the data goes to.</source>
        <translation>Choose the connection the data goes to.</translation>
    </message>
    <message>
        <source>Name the object that is counted at the source.</source>
        <translation>Name the object that is counted at the source.</translation>
    </message>
    <message>
        <source>Name the object that is counted at the destination.</source>
        <translation>Name the object that is counted at the destination.</translation>
    </message>
    <message>
        <source>Source and destination are the same; choose a different connection, object or filter for one side.</source>
        <translation>Source and destination are the same; choose a different connection, object or filter for one side.</translation>
    </message>
    <message>
        <source>Choose the middleware's connection, or untick “middleware”.</source>
        <translation>Choose the middleware's connection, or untick “middleware”.</translation>
    </message>
    <message numerus="yes">
        <source>Mapping row %1 needs both a source and a destination field.</source>
        <translation>
            <numerusform>Mapping row %1 needs both a source and a destination field.</numerusform>
            <numerusform>Mapping row %1 needs both a source and a destination field.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify these channels</source>
        <translation>Notify these channels</translation>
    </message>
    <message>
        <source>No&amp;tify:</source>
        <translation>No&amp;tify:</translation>
    </message>
    <message>
        <source>%1 (no such channel)</source>
        <translation>%1 (no such channel)</translation>
    </message>
    <message>
        <source>The workspace has no notification channels yet; add them on the Notifications page.</source>
        <translation>The workspace has no notification channels yet; add them on the Notifications page.</translation>
    </message>
    <message>
        <source>Empty: the default channels (none is marked default, so nobody is notified).</source>
        <translation>Empty: the default channels (none is marked default, so nobody is notified).</translation>
    </message>
    <message>
        <source>Empty: the default channels (%1).</source>
        <translation>Empty: the default channels (%1).</translation>
    </message>
    <message>
        <source>With an owner, the channels that reach that person are notified too.</source>
        <translation>With an owner, the channels that reach that person are notified too.</translation>
    </message>
    <message>
        <source>No channel reaches “%1”.</source>
        <translation>No channel reaches “%1”.</translation>
    </message>
    <message>
        <source>“%1” is reached through %2, whatever is ticked below.</source>
        <translation>“%1” is reached through %2, whatever is ticked below.</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationFilterProxy</name>
    <message>
        <source>All integrations</source>
        <translation>All integrations</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problems only</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
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
        <translation>unavailable</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
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
        <translation>no open alerts</translation>
    </message>
    <message>
        <source>Open alerts of this integration and of the connections it uses: %1</source>
        <translation>Open alerts of this integration and of the connections it uses: %1</translation>
    </message>
    <message>
        <source>Gap %</source>
        <translation>Gap %</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>no problem found</source>
        <translation>no problem found</translation>
    </message>
    <message>
        <source>Records counted at the source at the last check</source>
        <translation>Records counted at the source at the last check</translation>
    </message>
    <message>
        <source>Records counted at the destination at the last check</source>
        <translation>Records counted at the destination at the last check</translation>
    </message>
    <message>
        <source>Why: the most serious finding of the last check</source>
        <translation>Why: the most serious finding of the last check</translation>
    </message>
    <message>
        <source>In source</source>
        <translation>In source</translation>
    </message>
    <message>
        <source>In destination</source>
        <translation>In destination</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>Could not run</translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation>%1 match</translation>
    </message>
    <message>
        <source>Value check of %1: %2</source>
        <translation>Value check of %1: %2</translation>
    </message>
    <message>
        <source>Value check of %1: %2 of %3 sampled records match, %4 (95 % interval %5–%6); %7 missing in %8</source>
        <translation>Value check of %1: %2 of %3 sampled records match, %4 (95 % interval %5–%6); %7 missing in %8</translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Partial check: %1</translation>
    </message>
    <message>
        <source>no value check yet</source>
        <translation>no value check yet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No value check yet: it compares the mapped fields of sampled records on both sides</source>
        <translation>No value check yet: it compares the mapped fields of sampled records on both sides</translation>
    </message>
    <message>
        <source>The latest value check: the share of sampled records whose mapped fields hold the same values on both sides</source>
        <translation>The latest value check: the share of sampled records whose mapped fields hold the same values on both sides</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
</context>
<context>
    <name>plumbline::KeychainSecretStore</name>
    <message>
        <source>(Keychain: %1)</source>
        <translation>(Keychain: %1)</translation>
    </message>
    <message>
        <source>The keychain accepted the API key but did not keep it; it may be locked or not running for this session. Nothing was stored anywhere else.</source>
        <translation>The keychain accepted the API key but did not keep it; it may be locked or not running for this session. Nothing was stored anywhere else.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
</context>
<context>
    <name>plumbline::LoopbackReceiver</name>
    <message>
        <source>A sign-in is already waiting on port %1.</source>
        <translation>A sign-in is already waiting on port %1.</translation>
    </message>
    <message>
        <source>A sign-in needs a state to wait for.</source>
        <translation>A sign-in needs a state to wait for.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already in use by another program, so Plumbline cannot receive the answer of the sign-in there. Close the other program (it may be another Plumbline sign-in) and try again, or choose a free port: set the connection's auth.redirect_port to it and register http://localhost:PORT/callback, with that port, as a callback URL in the vendor's app.</source>
        <translation>Port %1 on this computer is already in use by another program, so Plumbline cannot receive the answer of the sign-in there. Close the other program (it may be another Plumbline sign-in) and try again, or choose a free port: set the connection's auth.redirect_port to it and register http://localhost:PORT/callback, with that port, as a callback URL in the vendor's app.</translation>
    </message>
    <message>
        <source>Plumbline cannot listen on localhost port %1 for the answer of the sign-in: %2</source>
        <translation>Plumbline cannot listen on localhost port %1 for the answer of the sign-in: %2</translation>
    </message>
    <message>
        <source>Plumbline sign-in</source>
        <translation>Plumbline sign-in</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>This request is too large.</translation>
    </message>
    <message>
        <source>Plumbline could not read this request.</source>
        <translation>Plumbline could not read this request.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>There is nothing here.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Plumbline is waiting for (it may come from an older sign-in tab), so Plumbline ignored it. Use the sign-in address Plumbline showed last.</source>
        <translation>This answer does not belong to the sign-in Plumbline is waiting for (it may come from an older sign-in tab), so Plumbline ignored it. Use the sign-in address Plumbline showed last.</translation>
    </message>
    <message>
        <source>You declined access in the browser, so Plumbline is not signed in. You can close this tab.</source>
        <translation>You declined access in the browser, so Plumbline is not signed in. You can close this tab.</translation>
    </message>
    <message>
        <source>The sign-in ended with an error (%1), so Plumbline is not signed in. You can close this tab.</source>
        <translation>The sign-in ended with an error (%1), so Plumbline is not signed in. You can close this tab.</translation>
    </message>
    <message>
        <source>Signed in to Plumbline. You can close this tab.</source>
        <translation>Signed in to Plumbline. You can close this tab.</translation>
    </message>
</context>
<context>
    <name>plumbline::MainWindow</name>
    <message>
        <source>Plumbline — demo workspace</source>
        <translation>Plumbline — demo workspace</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>Demo workspace · keys in memory only · scheduled polling is off</source>
        <translation>Demo workspace · keys in memory only · scheduled polling is off</translation>
    </message>
    <message>
        <source>This is a demo workspace wired to a built-in sandbox that imitates HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier and a REST API on this computer. It is discarded when you quit; its keys are kept in memory only. Use Sandbox › Scenario to break something, then Check counts now (F5).</source>
        <translation>This is a demo workspace wired to a built-in sandbox that imitates HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier and a REST API on this computer. It is discarded when you quit; its keys are kept in memory only. Use Sandbox › Scenario to break something, then Check counts now (F5).</translation>
    </message>
    <message>
        <source>Scheduled polling is off · F5 checks counts now</source>
        <translation>Scheduled polling is off · F5 checks counts now</translation>
    </message>
    <message>
        <source>Checking integrations…</source>
        <translation>Checking integrations…</translation>
    </message>
    <message>
        <source>demo workspace, keys in memory only</source>
        <translation>demo workspace, keys in memory only</translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation>&amp;Integrations</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connections</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Change &amp;log</source>
        <translation>Change &amp;log</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Check counts &amp;now</source>
        <translation>Check counts &amp;now</translation>
    </message>
    <message>
        <source>Add &amp;connection…</source>
        <translation>Add &amp;connection…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add &amp;integration…</source>
        <translation>Add &amp;integration…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Edit selected…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>&amp;Delete selected…</translation>
    </message>
    <message>
        <source>Edit co&amp;nnection…</source>
        <translation>Edit co&amp;nnection…</translation>
    </message>
    <message>
        <source>Delete conn&amp;ection…</source>
        <translation>Delete conn&amp;ection…</translation>
    </message>
    <message>
        <source>Set API &amp;key…</source>
        <translation>Set API &amp;key…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Edit in&amp;tegration…</source>
        <translation>Edit in&amp;tegration…</translation>
    </message>
    <message>
        <source>Delete inte&amp;gration…</source>
        <translation>Delete inte&amp;gration…</translation>
    </message>
    <message>
        <source>&amp;Import workspace…</source>
        <translation>&amp;Import workspace…</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>&amp;Export workspace…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Plumbline</source>
        <translation>&amp;About Plumbline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Integ&amp;rations</source>
        <translation>Integ&amp;rations</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>“%1” was saved, but its API key could not be stored: %2 Set the key again with “Set API key…” when the keychain is available.</source>
        <translation>“%1” was saved, but its API key could not be stored: %2 Set the key again with “Set API key…” when the keychain is available.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>“%1” could not be saved: %2</translation>
    </message>
    <message>
        <source>Connection “%1” added.</source>
        <translation>Connection “%1” added.</translation>
    </message>
    <message>
        <source>Saving “%1” did not complete: %2</source>
        <translation>Saving “%1” did not complete: %2</translation>
    </message>
    <message>
        <source>Connection “%1” and its API key saved.</source>
        <translation>Connection “%1” and its API key saved.</translation>
    </message>
    <message>
        <source>Connection “%1” saved.</source>
        <translation>Connection “%1” saved.</translation>
    </message>
    <message>
        <source>Delete the connection “%1”? Its API key is removed from %2 as well.</source>
        <translation>Delete the connection “%1”? Its API key is removed from %2 as well.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message numerus="yes">
        <source>These integrations use it and will be deleted too:
%1</source>
        <translation>
            <numerusform>These integrations use it and will be deleted too:
%1</numerusform>
            <numerusform>These integrations use it and will be deleted too:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Delete connection</translation>
    </message>
    <message>
        <source>Connection “%1” deleted.</source>
        <translation>Connection “%1” deleted.</translation>
    </message>
    <message>
        <source>Add the connections on both sides of the flow first; an integration links two of them.</source>
        <translation>Add the connections on both sides of the flow first; an integration links two of them.</translation>
    </message>
    <message>
        <source>Integration “%1” added.</source>
        <translation>Integration “%1” added.</translation>
    </message>
    <message>
        <source>Integration “%1” saved.</source>
        <translation>Integration “%1” saved.</translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation>Delete integration</translation>
    </message>
    <message>
        <source>Delete the integration “%1”? Its definition, mappings and documentation are removed; the connections stay.</source>
        <translation>Delete the integration “%1”? Its definition, mappings and documentation are removed; the connections stay.</translation>
    </message>
    <message>
        <source>Integration “%1” deleted.</source>
        <translation>Integration “%1” deleted.</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Import workspace</translation>
    </message>
    <message>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation>Workspace files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Nothing was imported from %1:</translation>
    </message>
    <message>
        <source>Imported %1 connections and %2 integrations.</source>
        <translation>Imported %1 connections and %2 integrations.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Export workspace</translation>
    </message>
    <message>
        <source>Workspace files (*.json)</source>
        <translation>Workspace files (*.json)</translation>
    </message>
    <message>
        <source>Workspace exported to %1 (definitions only, no keys).</source>
        <translation>Workspace exported to %1 (definitions only, no keys).</translation>
    </message>
    <message>
        <source>About Plumbline</source>
        <translation>About Plumbline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;Watches marketing API integrations and says when one quietly breaks.&lt;/p&gt;&lt;p&gt;Keys are kept in %2, never in the workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;Watches marketing API integrations and says when one quietly breaks.&lt;/p&gt;&lt;p&gt;Keys are kept in %2, never in the workspace file.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>&amp;Pause polling</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>API &amp;versions</source>
        <translation>API &amp;versions</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Find integration…</source>
        <translation>&amp;Find integration…</translation>
    </message>
    <message>
        <source>New integration (&amp;guided)…</source>
        <translation>New integration (&amp;guided)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n open</source>
        <translation>
            <numerusform>Alerts, %n open</numerusform>
            <numerusform>Alerts, %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit &amp;report…</source>
        <translation>Export audit &amp;report…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Inventory, health, incidents and changes over a period, as PDF, CSV or HTML</source>
        <translation>Inventory, health, incidents and changes over a period, as PDF, CSV or HTML</translation>
    </message>
    <message>
        <source>A sign-in is already waiting for the browser; finish or cancel it first.</source>
        <translation>A sign-in is already waiting for the browser; finish or cancel it first.</translation>
    </message>
    <message>
        <source>Waiting for the browser to sign in to "%1"…</source>
        <translation>Waiting for the browser to sign in to "%1"…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>N&amp;otifications</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>There is no integration “%1” in this workspace.</source>
        <translation>There is no integration “%1” in this workspace.</translation>
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
        <translation>Missing on source</translation>
    </message>
    <message>
        <source>Missing on destination</source>
        <translation>Missing on destination</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Type changed</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Renamed to “%1”?</source>
        <translation>Renamed to “%1”?</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Source field</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Destination field</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>plumbline::MappingTableModel</name>
    <message>
        <source>Key field</source>
        <translation>Key field</translation>
    </message>
    <message>
        <source>Not a key field</source>
        <translation>Not a key field</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Source field</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Destination field</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
</context>
<context>
    <name>plumbline::MappingWizard</name>
    <message>
        <source>New integration (guided)</source>
        <translation>New integration (guided)</translation>
    </message>
    <message>
        <source>&amp;Create integration</source>
        <translation>&amp;Create integration</translation>
    </message>
    <message>
        <source>Which data flows where?</source>
        <translation>Which data flows where?</translation>
    </message>
    <message>
        <source>Pick the system the records come from and the one they should arrive in. Plumbline will read both field lists and suggest how the fields map.</source>
        <translation>Pick the system the records come from and the one they should arrive in. Plumbline will read both field lists and suggest how the fields map.</translation>
    </message>
    <message>
        <source>e.g. HubSpot contacts to Mailchimp newsletter</source>
        <translation>e.g. HubSpot contacts to Mailchimp newsletter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The object or list: contacts, Contact, an audience id, customers, …</source>
        <translation>The object or list: contacts, Contact, an audience id, customers, …</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation>Source connection</translation>
    </message>
    <message>
        <source>Source object</source>
        <translation>Source object</translation>
    </message>
    <message>
        <source>Destination connection</source>
        <translation>Destination connection</translation>
    </message>
    <message>
        <source>Destination object</source>
        <translation>Destination object</translation>
    </message>
    <message>
        <source>Add a &amp;connection…</source>
        <translation>Add a &amp;connection…</translation>
    </message>
    <message>
        <source>The source and the destination are the same object: pick two different ones.</source>
        <translation>The source and the destination are the same object: pick two different ones.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no connections yet. Add the accounts on both sides first.</source>
        <translation>There are no connections yet. Add the accounts on both sides first.</translation>
    </message>
    <message>
        <source>Reading both field lists</source>
        <translation>Reading both field lists</translation>
    </message>
    <message>
        <source>Plumbline asks each system which fields the object has. This takes a moment.</source>
        <translation>Plumbline asks each system which fields the object has. This takes a moment.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>✘ %1: the field list cannot be read here.</source>
        <translation>✘ %1: the field list cannot be read here.</translation>
    </message>
    <message>
        <source>⏳ %1: reading the fields of %2 · %3…</source>
        <translation>⏳ %1: reading the fields of %2 · %3…</translation>
    </message>
    <message>
        <source>✘ %1: %2 could not be read: %3</source>
        <translation>✘ %1: %2 could not be read: %3</translation>
    </message>
    <message numerus="yes">
        <source>✔ %1: %n field(s) in %2</source>
        <translation>
            <numerusform>✔ %1: %n field in %2</numerusform>
            <numerusform>✔ %1: %n fields in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the field mappings</source>
        <translation>Check the field mappings</translation>
    </message>
    <message>
        <source>Suggested from field names and labels. Tick the mappings to watch, change a destination where the guess is wrong, and mark the field that identifies a record as the key.</source>
        <translation>Suggested from field names and labels. Tick the mappings to watch, change a destination where the guess is wrong, and mark the field that identifies a record as the key.</translation>
    </message>
    <message>
        <source>Suggested field mappings</source>
        <translation>Suggested field mappings</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Source field</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Destination field</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(not mapped)</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>Ready to watch</translation>
    </message>
    <message>
        <source>Plumbline creates the integration and starts comparing both sides on its next check. Filters, checks and documentation can be edited afterwards.</source>
        <translation>Plumbline creates the integration and starts comparing both sides on its next check. Filters, checks and documentation can be edited afterwards.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message numerus="yes">
        <source>%n field mapping(s):</source>
        <translation>
            <numerusform>%n field mapping:</numerusform>
            <numerusform>%n field mappings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>memory (this session only)</translation>
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
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>plumbline::MonitorRepository</name>
    <message>
        <source>The poll results could not be stored; nothing of them was written: %1</source>
        <translation>The poll results could not be stored; nothing of them was written: %1</translation>
    </message>
    <message>
        <source>a sample of %1 has no time</source>
        <translation>a sample of %1 has no time</translation>
    </message>
    <message>
        <source>connection facts of %1 have no time</source>
        <translation>connection facts of %1 have no time</translation>
    </message>
    <message>
        <source>a field schema of %1 has no time</source>
        <translation>a field schema of %1 has no time</translation>
    </message>
    <message>
        <source>a run of %1 has no time or no id</source>
        <translation>a run of %1 has no time or no id</translation>
    </message>
    <message>
        <source>a middleware state of %1 has no time</source>
        <translation>a middleware state of %1 has no time</translation>
    </message>
    <message>
        <source>Old monitoring history could not be removed: %1</source>
        <translation>Old monitoring history could not be removed: %1</translation>
    </message>
    <message>
        <source>no current time</source>
        <translation>no current time</translation>
    </message>
    <message>
        <source>The alert history could not be stored: %1</source>
        <translation>The alert history could not be stored: %1</translation>
    </message>
    <message>
        <source>alert %1 does not exist</source>
        <translation>alert %1 does not exist</translation>
    </message>
    <message>
        <source>The maintenance window could not be saved: %1</source>
        <translation>The maintenance window could not be saved: %1</translation>
    </message>
    <message>
        <source>it must end after it starts</source>
        <translation>it must end after it starts</translation>
    </message>
    <message>
        <source>there is no integration %1</source>
        <translation>there is no integration %1</translation>
    </message>
    <message>
        <source>The maintenance window could not be removed: %1</source>
        <translation>The maintenance window could not be removed: %1</translation>
    </message>
    <message>
        <source>there is no maintenance window %1</source>
        <translation>there is no maintenance window %1</translation>
    </message>
    <message>
        <source>The lease could not be taken: %1</source>
        <translation>The lease could not be taken: %1</translation>
    </message>
    <message>
        <source>The lease could not be released: %1</source>
        <translation>The lease could not be released: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::NotificationCenter</name>
    <message>
        <source>the channel was removed</source>
        <translation>the channel was removed</translation>
    </message>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>the keychain could not be read: %1</translation>
    </message>
    <message>
        <source>no %1 in the keychain (%2/%3) — set it on the Notifications page</source>
        <translation>no %1 in the keychain (%2/%3) — set it on the Notifications page</translation>
    </message>
    <message>
        <source>There is no notification channel "%1".</source>
        <translation>There is no notification channel "%1".</translation>
    </message>
    <message>
        <source>Notifications to %1 have failed since %2: %3</source>
        <translation>Notifications to %1 have failed since %2: %3</translation>
    </message>
    <message>
        <source>Open Notifications, check the channel's settings and its secret in the keychain, then press Send test. Waiting messages are sent again on their own once it works.</source>
        <translation>Open Notifications, check the channel's settings and its secret in the keychain, then press Send test. Waiting messages are sent again on their own once it works.</translation>
    </message>
</context>
<context>
    <name>plumbline::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Where alerts go. An integration notifies the channels on its own list and the ones that reach its owner; one without a list notifies the default channels. Secrets (webhook URLs, passwords, keys) stay in the keychain.</source>
        <translation>Where alerts go. An integration notifies the channels on its own list and the ones that reach its owner; one without a list notifies the default channels. Secrets (webhook URLs, passwords, keys) stay in the keychain.</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>C&amp;hannels</translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation>Notification channels</translation>
    </message>
    <message>
        <source>No channels yet. Add a Slack or Teams channel, an e-mail address or PagerDuty so that alerts reach a person.</source>
        <translation>No channels yet. Add a Slack or Teams channel, an e-mail address or PagerDuty so that alerts reach a person.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Send &amp;test</translation>
    </message>
    <message>
        <source>Send a test message to the selected channel now and show what happened.</source>
        <translation>Send a test message to the selected channel now and show what happened.</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>Retr&amp;y now</translation>
    </message>
    <message>
        <source>Send what waits for the selected channel now instead of after the backoff.</source>
        <translation>Send what waits for the selected channel now instead of after the backoff.</translation>
    </message>
    <message>
        <source>Delivery &amp;log</source>
        <translation>Delivery &amp;log</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Cha&amp;nnel:</translation>
    </message>
    <message>
        <source>Show the deliveries of</source>
        <translation>Show the deliveries of</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Delivery log</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>“%1” was saved, but its secret could not be stored: %2 Edit the channel and enter it again when the keychain is available.</source>
        <translation>“%1” was saved, but its secret could not be stored: %2 Edit the channel and enter it again when the keychain is available.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>“%1” could not be saved: %2</translation>
    </message>
    <message>
        <source>Channel “%1” added.</source>
        <translation>Channel “%1” added.</translation>
    </message>
    <message>
        <source>Saving “%1” did not complete: %2</source>
        <translation>Saving “%1” did not complete: %2</translation>
    </message>
    <message>
        <source>Channel “%1” saved.</source>
        <translation>Channel “%1” saved.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Remove channel</translation>
    </message>
    <message>
        <source>Remove the channel “%1”? Its secrets are removed from the keychain as well; integrations that listed it notify their other channels.</source>
        <translation>Remove the channel “%1”? Its secrets are removed from the keychain as well; integrations that listed it notify their other channels.</translation>
    </message>
    <message>
        <source>Channel “%1” removed.</source>
        <translation>Channel “%1” removed.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Sending a test message to %1…</translation>
    </message>
    <message>
        <source>Test message delivered to %1</source>
        <translation>Test message delivered to %1</translation>
    </message>
    <message>
        <source>Sending what waits for “%1” now.</source>
        <translation>Sending what waits for “%1” now.</translation>
    </message>
</context>
<context>
    <name>plumbline::NotifyChannelDialog</name>
    <message>
        <source>Add notification channel</source>
        <translation>Add notification channel</translation>
    </message>
    <message>
        <source>Edit notification channel “%1”</source>
        <translation>Edit notification channel “%1”</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>The ID of an existing channel cannot be changed.</source>
        <translation>The ID of an existing channel cannot be changed.</translation>
    </message>
    <message>
        <source>To deliver another way, add a new channel and remove this one.</source>
        <translation>To deliver another way, add a new channel and remove this one.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>mops-slack</source>
        <translation>mops-slack</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Channel ID</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>#mops-alerts, Dana Whitfield, On-call</source>
        <translation>#mops-alerts, Dana Whitfield, On-call</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Channel name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Dana Whitfield</source>
        <translation>Dana Whitfield</translation>
    </message>
    <message>
        <source>Person it reaches</source>
        <translation>Person it reaches</translation>
    </message>
    <message>
        <source>Integrations whose owner is this person (or this channel's ID) notify this channel too.</source>
        <translation>Integrations whose owner is this person (or this channel's ID) notify this channel too.</translation>
    </message>
    <message>
        <source>&amp;Person it reaches:</source>
        <translation>&amp;Person it reaches:</translation>
    </message>
    <message>
        <source>&amp;Default channel (for integrations without channels of their own)</source>
        <translation>&amp;Default channel (for integrations without channels of their own)</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Default channel</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Minimum severity</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Warning and critical</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critical only</translation>
    </message>
    <message>
        <source>Minimum se&amp;verity:</source>
        <translation>Minimum se&amp;verity:</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Checking the keychain…</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>Webhook &amp;URL:</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signing secret</translation>
    </message>
    <message>
        <source>Signing s&amp;ecret:</source>
        <translation>Signing s&amp;ecret:</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP password</translation>
    </message>
    <message>
        <source>SMTP pass&amp;word:</source>
        <translation>SMTP pass&amp;word:</translation>
    </message>
    <message>
        <source>Integration (routing) key</source>
        <translation>Integration (routing) key</translation>
    </message>
    <message>
        <source>Routing &amp;key:</source>
        <translation>Routing &amp;key:</translation>
    </message>
    <message>
        <source>dana@example.com, ops@example.com</source>
        <translation>dana@example.com, ops@example.com</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>SMTP host</translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation>SMTP &amp;host:</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP security</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>None (only to this computer)</source>
        <translation>None (only to this computer)</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Securit&amp;y:</translation>
    </message>
    <message>
        <source>Empty: no sign-in</source>
        <translation>Empty: no sign-in</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <translation>SMTP username</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>User&amp;name:</translation>
    </message>
    <message>
        <source>plumbline@example.com</source>
        <translation>plumbline@example.com</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>From address</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Empty: the system's certificate authorities</source>
        <translation>Empty: the system's certificate authorities</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Certificate authority file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Choose the certificate authority file</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>Empty: PagerDuty's own Events API</source>
        <translation>Empty: PagerDuty's own Events API</translation>
    </message>
    <message>
        <source>Events API URL</source>
        <translation>Events API URL</translation>
    </message>
    <message>
        <source>Events API &amp;URL:</source>
        <translation>Events API &amp;URL:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Quiet hours</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Quiet hours from</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Quiet hours to</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>fro&amp;m</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>C&amp;ritical alerts break through</source>
        <translation>C&amp;ritical alerts break through</translation>
    </message>
    <message>
        <source>Critical alerts break through quiet hours</source>
        <translation>Critical alerts break through quiet hours</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>This computer's (%1)</source>
        <translation>This computer's (%1)</translation>
    </message>
    <message>
        <source>For quiet hours and the digest; an IANA name such as Europe/Berlin</source>
        <translation>For quiet hours and the digest; an IANA name such as Europe/Berlin</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Daily &amp;digest</source>
        <translation>Daily &amp;digest</translation>
    </message>
    <message>
        <source>Daily digest instead of single messages</source>
        <translation>Daily digest instead of single messages</translation>
    </message>
    <message>
        <source>Digest time</source>
        <translation>Digest time</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>&amp;at</translation>
    </message>
    <message>
        <source>one message a day instead of one per change</source>
        <translation>one message a day instead of one per change</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it.</source>
        <translation>Stored in the keychain; leave empty to keep it.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Not set yet.</translation>
    </message>
    <message>
        <source>(stored in the keychain)</source>
        <translation>(stored in the keychain)</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Another channel already uses this ID.</source>
        <translation>Another channel already uses this ID.</translation>
    </message>
    <message>
        <source>Give at least one address; separate several with commas.</source>
        <translation>Give at least one address; separate several with commas.</translation>
    </message>
    <message>
        <source>Quiet hours must start and end at different times.</source>
        <translation>Quiet hours must start and end at different times.</translation>
    </message>
</context>
<context>
    <name>plumbline::NotifyRepository</name>
    <message>
        <source>The notifications could not be queued: %1</source>
        <translation>The notifications could not be queued: %1</translation>
    </message>
    <message>
        <source>the workspace is not open</source>
        <translation>the workspace is not open</translation>
    </message>
    <message>
        <source>The delivery log could not be updated: %1</source>
        <translation>The delivery log could not be updated: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::OverviewPage</name>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Integration dashboard</source>
        <translation>Integration dashboard</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Which integrations to show</source>
        <translation>Which integrations to show</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Search integrations</translation>
    </message>
    <message>
        <source>Search name, system or object (%1)</source>
        <translation>Search name, system or object (%1)</translation>
    </message>
    <message>
        <source>Overview summary</source>
        <translation>Overview summary</translation>
    </message>
    <message>
        <source>No integration matches the filter and search.</source>
        <translation>No integration matches the filter and search.</translation>
    </message>
    <message>
        <source>No integrations yet. Add one to say which data flows between two of your connections.</source>
        <translation>No integrations yet. Add one to say which data flows between two of your connections.</translation>
    </message>
    <message>
        <source>Select an integration to see its dashboard.</source>
        <translation>Select an integration to see its dashboard.</translation>
    </message>
    <message>
        <source>No integrations yet</source>
        <translation>No integrations yet</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
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
            <numerusform>%n not checked yet</numerusform>
            <numerusform>%n not checked yet</numerusform>
        </translation>
    </message>
    <message>
        <source>last check %1</source>
        <translation>last check %1</translation>
    </message>
    <message>
        <source>no check yet</source>
        <translation>no check yet</translation>
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
        <translation>Connection "%1" is not defined.</translation>
    </message>
    <message>
        <source>No API key for "%1": %2</source>
        <translation>No API key for "%1": %2</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key of "%1" cannot be sent: %2</source>
        <translation>The API key of "%1" cannot be sent: %2</translation>
    </message>
</context>
<context>
    <name>plumbline::ReportDialog</name>
    <message>
        <source>Export Audit Report</source>
        <translation>Export Audit Report</translation>
    </message>
    <message>
        <source>An audit report documents every connection and integration, their health over a period, incidents, API deadlines and changes. It never contains an API key.</source>
        <translation>An audit report documents every connection and integration, their health over a period, incidents, API deadlines and changes. It never contains an API key.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Integrations in the report</source>
        <translation>Integrations in the report</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>HTML page (one file)</source>
        <translation>HTML page (one file)</translation>
    </message>
    <message>
        <source>CSV files (a folder, one file per table)</source>
        <translation>CSV files (a folder, one file per table)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>audit-report-%1</source>
        <translation>audit-report-%1</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Folder for the CSV files</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Folder (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML pages (*.html)</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Save the audit report</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>The first day is after the last day.</translation>
    </message>
    <message>
        <source>Choose at least one integration.</source>
        <translation>Choose at least one integration.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choose where to save the report.</translation>
    </message>
    <message>
        <source>Collecting the history</source>
        <translation>Collecting the history</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::ReportJob</name>
    <message>
        <source>Collecting the history</source>
        <translation>Collecting the history</translation>
    </message>
</context>
<context>
    <name>plumbline::RunLogModel</name>
    <message>
        <source>Middleware run</source>
        <translation>Middleware run</translation>
    </message>
    <message>
        <source>Poll error</source>
        <translation>Poll error</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>plumbline::SecretStore</name>
    <message>
        <source>No API key is stored for this connection.</source>
        <translation>No API key is stored for this connection.</translation>
    </message>
    <message>
        <source>No keychain service is available. On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again. Nothing was stored anywhere else.</source>
        <translation>No keychain service is available. On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again. Nothing was stored anywhere else.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by logging in again) and try again. Nothing was stored anywhere else.</source>
        <translation>The keychain is locked. Unlock it (for example by logging in again) and try again. Nothing was stored anywhere else.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Plumbline to use the keychain and try again.</source>
        <translation>Access to the keychain was denied. Allow Plumbline to use the keychain and try again.</translation>
    </message>
    <message>
        <source>This secret store cannot do that.</source>
        <translation>This secret store cannot do that.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>The keychain reported an error.</translation>
    </message>
</context>
<context>
    <name>plumbline::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>System default (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Start minimised to the tray</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Show desktop notifications</translation>
    </message>
    <message>
        <source>A notification when an alert opens, gets worse or is resolved.</source>
        <translation>A notification when an alert opens, gets worse or is resolved.</translation>
    </message>
    <message>
        <source>Checks of new integrations</source>
        <translation>Checks of new integrations</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll &amp;every:</source>
        <translation>Poll &amp;every:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerated &amp;gap:</source>
        <translation>Tolerated &amp;gap:</translation>
    </message>
    <message>
        <source> records</source>
        <translation> records</translation>
    </message>
    <message>
        <source>…or at most:</source>
        <translation>…or at most:</translation>
    </message>
    <message>
        <source>&amp;Sync lag allowed:</source>
        <translation>&amp;Sync lag allowed:</translation>
    </message>
    <message>
        <source>Integrations that already exist keep their own checks.</source>
        <translation>Integrations that already exist keep their own checks.</translation>
    </message>
    <message>
        <source>History and data</source>
        <translation>History and data</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Forever</translation>
    </message>
    <message>
        <source>Keep every &amp;sample:</source>
        <translation>Keep every &amp;sample:</translation>
    </message>
    <message>
        <source>Keep &amp;hourly summaries:</source>
        <translation>Keep &amp;hourly summaries:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Open Folder</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>The data folder %1 could not be opened.</source>
        <translation>The data folder %1 could not be opened.</translation>
    </message>
    <message>
        <source>Notification channels (Slack, Teams, e-mail, PagerDuty, webhooks) are set up on the Notifications page.</source>
        <translation>Notification channels (Slack, Teams, e-mail, PagerDuty, webhooks) are set up on the Notifications page.</translation>
    </message>
    <message>
        <source>Open &amp;Notifications</source>
        <translation>Open &amp;Notifications</translation>
    </message>
    <message>
        <source>Saves these settings and shows the Notifications page.</source>
        <translation>Saves these settings and shows the Notifications page.</translation>
    </message>
</context>
<context>
    <name>plumbline::SignIn</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>An answer that does not belong to this sign-in reached Plumbline and was ignored. Still waiting for the browser…</source>
        <translation>An answer that does not belong to this sign-in reached Plumbline and was ignored. Still waiting for the browser…</translation>
    </message>
    <message>
        <source>The connection "%1" uses a key that is pasted in, not a sign-in in the browser; only connections with the sign-in method "%2" sign in this way. Store its key with: plumbline secret set %1</source>
        <translation>The connection "%1" uses a key that is pasted in, not a sign-in in the browser; only connections with the sign-in method "%2" sign in this way. Store its key with: plumbline secret set %1</translation>
    </message>
    <message>
        <source>The connection "%1" gets its tokens with its client id and client secret, without a sign-in in the browser. Store the client secret with: plumbline secret set %1 --name client_secret</source>
        <translation>The connection "%1" gets its tokens with its client id and client secret, without a sign-in in the browser. Store the client secret with: plumbline secret set %1 --name client_secret</translation>
    </message>
    <message>
        <source>The connection "%1" cannot sign in: %2</source>
        <translation>The connection "%1" cannot sign in: %2</translation>
    </message>
    <message>
        <source>The connection "%1" has no usable sign-in or token address: set auth.authorize_url and auth.token_url (https://, or http:// to this computer only), or its base URL.</source>
        <translation>The connection "%1" has no usable sign-in or token address: set auth.authorize_url and auth.token_url (https://, or http:// to this computer only), or its base URL.</translation>
    </message>
    <message>
        <source>Opening the sign-in page of %1 in the browser…</source>
        <translation>Opening the sign-in page of %1 in the browser…</translation>
    </message>
    <message>
        <source>Plumbline could not open a browser. Open this address in a browser on this computer: %1</source>
        <translation>Plumbline could not open a browser. Open this address in a browser on this computer: %1</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Waiting for the browser…</translation>
    </message>
    <message>
        <source>You declined access in the browser, so Plumbline is not signed in to %1. To sign in, run the sign-in again and allow access.</source>
        <translation>You declined access in the browser, so Plumbline is not signed in to %1. To sign in, run the sign-in again and allow access.</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with an error (%2), so Plumbline is not signed in.</source>
        <translation>%1 ended the sign-in with an error (%2), so Plumbline is not signed in.</translation>
    </message>
    <message>
        <source>The only answers that reached Plumbline did not carry the state this sign-in sent (they may come from an older sign-in tab, or from another web page), so they were ignored. Plumbline is not signed in; run the sign-in again and finish it in the page it opens.</source>
        <translation>The only answers that reached Plumbline did not carry the state this sign-in sent (they may come from an older sign-in tab, or from another web page), so they were ignored. Plumbline is not signed in; run the sign-in again and finish it in the page it opens.</translation>
    </message>
    <message>
        <source>The browser did not come back to Plumbline within %1, so Plumbline is not signed in. If the page of %2 showed an error about the callback or redirect address, register %3 as a callback URL in the app there; then run the sign-in again.</source>
        <translation>The browser did not come back to Plumbline within %1, so Plumbline is not signed in. If the page of %2 showed an error about the callback or redirect address, register %3 as a callback URL in the app there; then run the sign-in again.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>The sign-in was cancelled.</translation>
    </message>
    <message>
        <source>Finishing the sign-in with %1…</source>
        <translation>Finishing the sign-in with %1…</translation>
    </message>
    <message>
        <source>%1 signed Plumbline in but sent no refresh token, so Plumbline could not renew its access by itself and stored nothing. Ask for a refresh token: allow the refresh_token scope in the app there and list it in the connection's auth.scope (for Salesforce, "api refresh_token"); then sign in again.</source>
        <translation>%1 signed Plumbline in but sent no refresh token, so Plumbline could not renew its access by itself and stored nothing. Ask for a refresh token: allow the refresh_token scope in the app there and list it in the connection's auth.scope (for Salesforce, "api refresh_token"); then sign in again.</translation>
    </message>
    <message>
        <source>%1 refused to finish the sign-in (%2). Check the connection's client id, the client secret in the keychain if the app has one, and that %3 is a callback URL of the app; then sign in again.</source>
        <translation>%1 refused to finish the sign-in (%2). Check the connection's client id, the client secret in the keychain if the app has one, and that %3 is a callback URL of the app; then sign in again.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keychain: %1</source>
        <translation>The client secret could not be read from the keychain: %1</translation>
    </message>
    <message>
        <source>The token address of %1 could not be reached or was busy (%2). Nothing was stored; run the sign-in again in a moment.</source>
        <translation>The token address of %1 could not be reached or was busy (%2). Nothing was stored; run the sign-in again in a moment.</translation>
    </message>
    <message>
        <source>The token address of %1 answered with something Plumbline cannot read (HTTP %2). Nothing was stored; check the connection's auth.token_url.</source>
        <translation>The token address of %1 answered with something Plumbline cannot read (HTTP %2). Nothing was stored; check the connection's auth.token_url.</translation>
    </message>
    <message>
        <source>Storing the refresh token in %1…</source>
        <translation>Storing the refresh token in %1…</translation>
    </message>
    <message>
        <source>Signed in to %1. The connection "%2" now renews its access by itself.</source>
        <translation>Signed in to %1. The connection "%2" now renews its access by itself.</translation>
    </message>
    <message>
        <source>The refresh token could not be stored in %1 (%2), so it is kept in memory; you will need to sign in again after Plumbline restarts.</source>
        <translation>The refresh token could not be stored in %1 (%2), so it is kept in memory; you will need to sign in again after Plumbline restarts.</translation>
    </message>
</context>
<context>
    <name>plumbline::Transport</name>
    <message>
        <source>Refused to connect to %1: only https:// is allowed, and plain http:// only to this computer.</source>
        <translation>Refused to connect to %1: only https:// is allowed, and plain http:// only to this computer.</translation>
    </message>
    <message>
        <source>Plumbline's own request budget for connection "%1" is used up (%2 requests per hour); it waits so that monitoring never eats into the vendor quota.</source>
        <translation>Plumbline's own request budget for connection "%1" is used up (%2 requests per hour); it waits so that monitoring never eats into the vendor quota.</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>no data for %1 s</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>no complete answer within %1 s</translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes</source>
        <translation>the response is larger than %1 bytes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the response is larger than %2 bytes</source>
        <translation>%1: the response is larger than %2 bytes</translation>
    </message>
    <message>
        <source>%1: the credentials were rejected (HTTP 401)</source>
        <translation>%1: the credentials were rejected (HTTP 401)</translation>
    </message>
    <message>
        <source>%1: access denied (HTTP 403)</source>
        <translation>%1: access denied (HTTP 403)</translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404)</source>
        <translation>%1: not found (HTTP 404)</translation>
    </message>
    <message>
        <source>%1: the server timed out (HTTP 408)</source>
        <translation>%1: the server timed out (HTTP 408)</translation>
    </message>
    <message>
        <source>%1: gone (HTTP 410)</source>
        <translation>%1: gone (HTTP 410)</translation>
    </message>
    <message>
        <source>%1: rate limited (HTTP 429)</source>
        <translation>%1: rate limited (HTTP 429)</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1: the server answered HTTP %2</translation>
    </message>
    <message>
        <source>%1: timed out</source>
        <translation>%1: timed out</translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2)</source>
        <translation>%1: the secure connection failed (%2)</translation>
    </message>
    <message>
        <source>Refused to send a request to %1: the %2 header contains a line break or NUL character (a key pasted with an extra line?). Nothing was sent.</source>
        <translation>Refused to send a request to %1: the %2 header contains a line break or NUL character (a key pasted with an extra line?). Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>plumbline::TrayIcon</name>
    <message>
        <source>Show Plumbline</source>
        <translation>Show Plumbline</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Plumbline: all integrations OK</source>
        <translation>Plumbline: all integrations OK</translation>
    </message>
    <message>
        <source>Plumbline: %1</source>
        <translation>Plumbline: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <source>Worse: %1 (%2)</source>
        <translation>Worse: %1 (%2)</translation>
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
        <translation>The value check of "%1" cannot run: exactly one mapping must be marked as the key that finds a record on both sides.</translation>
    </message>
    <message>
        <source>The key field %1 no longer exists in %2, so no record can be looked up; the value check did not run.</source>
        <translation>The key field %1 no longer exists in %2, so no record can be looked up; the value check did not run.</translation>
    </message>
    <message>
        <source>%1 has %2 requests left in its window; the check spends at most %3 there.</source>
        <translation>%1 has %2 requests left in its window; the check spends at most %3 there.</translation>
    </message>
    <message>
        <source>Opening %1 and %2…</source>
        <translation>Opening %1 and %2…</translation>
    </message>
    <message>
        <source>A connection of this integration no longer exists.</source>
        <translation>A connection of this integration no longer exists.</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>%1 could not be asked: %2</translation>
    </message>
    <message>
        <source>Sampling %1…</source>
        <translation>Sampling %1…</translation>
    </message>
    <message>
        <source>%1 could not be sampled: %2</source>
        <translation>%1 could not be sampled: %2</translation>
    </message>
    <message>
        <source>%1 has no records to compare yet.</source>
        <translation>%1 has no records to compare yet.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n record(s) in %1…</source>
        <translation>
            <numerusform>Looking up %n record in %1…</numerusform>
            <numerusform>Looking up %n records in %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be asked for the sampled records: %2</source>
        <translation>%1 could not be asked for the sampled records: %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
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
        <translation>%1 differ, between %2 and %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 compared records failed: %3 empty at the destination, %4 cut short, %5 with another value</source>
        <translation>%1 of %2 compared records failed: %3 empty at the destination, %4 cut short, %5 with another value</translation>
    </message>
    <message>
        <source>The destination holds no value though the source has one</source>
        <translation>The destination holds no value though the source has one</translation>
    </message>
    <message>
        <source>The destination holds the start of the source's value only</source>
        <translation>The destination holds the start of the source's value only</translation>
    </message>
    <message>
        <source>Only upper and lower case differ; counted as a match</source>
        <translation>Only upper and lower case differ; counted as a match</translation>
    </message>
    <message>
        <source>Share of compared records that failed, with its 95 % interval (Wilson): the true rate is most likely in this range</source>
        <translation>Share of compared records that failed, with its 95 % interval (Wilson): the true rate is most likely in this range</translation>
    </message>
    <message>
        <source>The earliest change at the source among the failing records: the mapping may have broken around %1</source>
        <translation>The earliest change at the source among the failing records: the mapping may have broken around %1</translation>
    </message>
    <message>
        <source>Records found at the destination in which this field was compared</source>
        <translation>Records found at the destination in which this field was compared</translation>
    </message>
    <message>
        <source>Records whose value is empty, cut short or different at the destination</source>
        <translation>Records whose value is empty, cut short or different at the destination</translation>
    </message>
    <message>
        <source>Empty at the destination though the source has a value</source>
        <translation>Empty at the destination though the source has a value</translation>
    </message>
    <message>
        <source>Cut short at the destination</source>
        <translation>Cut short at the destination</translation>
    </message>
    <message>
        <source>Only the case differs (counted as equal)</source>
        <translation>Only the case differs (counted as equal)</translation>
    </message>
    <message>
        <source>Share that differs, with its 95 % interval</source>
        <translation>Share that differs, with its 95 % interval</translation>
    </message>
    <message>
        <source>The earliest source change among the failing records</source>
        <translation>The earliest source change among the failing records</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Source field</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Destination field</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Compared</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Differ</translation>
    </message>
    <message>
        <source>Empty at destination</source>
        <translation>Empty at destination</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Truncated</translation>
    </message>
    <message>
        <source>Case only</source>
        <translation>Case only</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
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
        <translation>Match rate over time</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <source>Match rate (%)</source>
        <translation>Match rate (%)</translation>
    </message>
    <message>
        <source>No value checks in the last 90 days.</source>
        <translation>No value checks in the last 90 days.</translation>
    </message>
    <message>
        <source>No value check in the last 90 days could compare records.</source>
        <translation>No value check in the last 90 days could compare records.</translation>
    </message>
    <message numerus="yes">
        <source>Match rate (line) and 95 % interval (band) of %n check(s); latest %1: %2 (%3–%4).</source>
        <translation>
            <numerusform>Match rate (line) and 95 % interval (band) of %n check; latest %1: %2 (%3–%4).</numerusform>
            <numerusform>Match rate (line) and 95 % interval (band) of %n checks; latest %1: %2 (%3–%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowest %1 on %2.</source>
        <translation>Lowest %1 on %2.</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueRepository</name>
    <message>
        <source>The value check could not be stored; nothing of it was written: %1</source>
        <translation>The value check could not be stored; nothing of it was written: %1</translation>
    </message>
    <message>
        <source>the workspace is not open</source>
        <translation>the workspace is not open</translation>
    </message>
    <message>
        <source>Old value-check examples could not be removed: %1</source>
        <translation>Old value-check examples could not be removed: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::WorkspaceRepository</name>
    <message>
        <source>Could not save connection "%1": %2</source>
        <translation>Could not save connection "%1": %2</translation>
    </message>
    <message>
        <source>Could not save integration "%1": %2</source>
        <translation>Could not save integration "%1": %2</translation>
    </message>
    <message>
        <source>Could not save the mappings of "%1": %2</source>
        <translation>Could not save the mappings of "%1": %2</translation>
    </message>
    <message>
        <source>Could not delete integration "%1": %2</source>
        <translation>Could not delete integration "%1": %2</translation>
    </message>
    <message>
        <source>Could not write the change log: %1</source>
        <translation>Could not write the change log: %1</translation>
    </message>
    <message>
        <source>The workspace is not writable: %1</source>
        <translation>The workspace is not writable: %1</translation>
    </message>
    <message>
        <source>Connection "%1" changed</source>
        <translation>Connection "%1" changed</translation>
    </message>
    <message>
        <source>Connection "%1" added</source>
        <translation>Connection "%1" added</translation>
    </message>
    <message>
        <source>There is no connection "%1".</source>
        <translation>There is no connection "%1".</translation>
    </message>
    <message>
        <source>Connection "%1" is used by %2.</source>
        <translation>Connection "%1" is used by %2.</translation>
    </message>
    <message>
        <source>Integration "%1" deleted with connection "%2"</source>
        <translation>Integration "%1" deleted with connection "%2"</translation>
    </message>
    <message>
        <source>Could not delete connection "%1": %2</source>
        <translation>Could not delete connection "%1": %2</translation>
    </message>
    <message>
        <source>Connection "%1" deleted</source>
        <translation>Connection "%1" deleted</translation>
    </message>
    <message>
        <source>Integration "%1" changed</source>
        <translation>Integration "%1" changed</translation>
    </message>
    <message>
        <source>Integration "%1" added</source>
        <translation>Integration "%1" added</translation>
    </message>
    <message>
        <source>There is no integration "%1".</source>
        <translation>There is no integration "%1".</translation>
    </message>
    <message>
        <source>Integration "%1" deleted</source>
        <translation>Integration "%1" deleted</translation>
    </message>
    <message>
        <source>Connection "%1" changed by import of %2</source>
        <translation>Connection "%1" changed by import of %2</translation>
    </message>
    <message>
        <source>Connection "%1" added by import of %2</source>
        <translation>Connection "%1" added by import of %2</translation>
    </message>
    <message>
        <source>Integration "%1" changed by import of %2</source>
        <translation>Integration "%1" changed by import of %2</translation>
    </message>
    <message>
        <source>Integration "%1" added by import of %2</source>
        <translation>Integration "%1" added by import of %2</translation>
    </message>
    <message>
        <source>The import of %1 was rolled back: %2</source>
        <translation>The import of %1 was rolled back: %2</translation>
    </message>
    <message>
        <source>Could not record the credential state: %1</source>
        <translation>Could not record the credential state: %1</translation>
    </message>
    <message>
        <source>Could not save channel "%1": %2</source>
        <translation>Could not save channel "%1": %2</translation>
    </message>
    <message>
        <source>Notification channel "%1" changed</source>
        <translation>Notification channel "%1" changed</translation>
    </message>
    <message>
        <source>Notification channel "%1" added</source>
        <translation>Notification channel "%1" added</translation>
    </message>
    <message>
        <source>There is no notification channel "%1".</source>
        <translation>There is no notification channel "%1".</translation>
    </message>
    <message>
        <source>Could not delete channel "%1": %2</source>
        <translation>Could not delete channel "%1": %2</translation>
    </message>
    <message>
        <source>the channel was removed</source>
        <translation>the channel was removed</translation>
    </message>
    <message>
        <source>Notification channel "%1" deleted</source>
        <translation>Notification channel "%1" deleted</translation>
    </message>
    <message>
        <source>Notification channel "%1" changed by import of %2</source>
        <translation>Notification channel "%1" changed by import of %2</translation>
    </message>
    <message>
        <source>Notification channel "%1" added by import of %2</source>
        <translation>Notification channel "%1" added by import of %2</translation>
    </message>
</context>
<context>
    <name>plumbline::WorkspaceService</name>
    <message>
        <source>API key for "%1" stored in %2</source>
        <translation>API key for "%1" stored in %2</translation>
    </message>
    <message>
        <source>There is no connection "%1".</source>
        <translation>There is no connection "%1".</translation>
    </message>
    <message>
        <source>API key for "%1" removed from %2</source>
        <translation>API key for "%1" removed from %2</translation>
    </message>
    <message>
        <source>The connection was deleted, but its API key could not be removed from the keychain: %1</source>
        <translation>The connection was deleted, but its API key could not be removed from the keychain: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nothing was exported: %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid channel id: use letters, digits, '.', '_' or '-'.</source>
        <translation>"%1" is not a valid channel id: use letters, digits, '.', '_' or '-'.</translation>
    </message>
    <message>
        <source>The channel was saved, but its secret could not be stored: %1</source>
        <translation>The channel was saved, but its secret could not be stored: %1</translation>
    </message>
</context>
</TS>
