<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>See plumbline --help.</source>
        <translation>Voir plumbline --help.</translation>
    </message>
    <message>
        <source>report needs --format pdf, csv or html.</source>
        <translation>report attend --format pdf, csv ou html.</translation>
    </message>
    <message>
        <source>report needs -o PATH: the file (pdf, html) or folder (csv) to write.</source>
        <translation>report attend -o PATH&#xa0;: le fichier (pdf, html) ou le dossier (csv) à écrire.</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</source>
        <translation>--to&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date (utilisez AAAA-MM-JJ ou une date et heure ISO 8601).</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</source>
        <translation>--from&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date (utilisez AAAA-MM-JJ ou une date et heure ISO 8601).</translation>
    </message>
    <message>
        <source>The period is empty: --from (%1) must be before --to (%2).</source>
        <translation>La période est vide&#xa0;: --from (%1) doit être antérieur à --to (%2).</translation>
    </message>
    <message>
        <source>There is no workspace in %1.</source>
        <translation>Il n&apos;existe aucun espace de travail dans %1.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1&#xa0;% %2</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Annulé&#xa0;; aucun rapport n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Collecting the history</source>
        <translation>Collecte de l&apos;historique</translation>
    </message>
    <message>
        <source>Wrote the %1 report for %2 to %3 to %4.</source>
        <translation>Rapport %1 du %2 au %3 écrit dans %4.</translation>
    </message>
</context>
<context>
    <name>ApiVersionCalendar</name>
    <message>
        <source>deprecated since %1</source>
        <translation>obsolète depuis le %1</translation>
    </message>
    <message>
        <source>asked for %1, got %2</source>
        <translation>version %1 demandée, version %2 servie</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore de vérification</translation>
    </message>
    <message>
        <source>the latest check got no usable answer</source>
        <translation>la dernière vérification n&apos;a obtenu aucune réponse exploitable</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The webhook URL is not a valid address, e.g. https://hooks.slack.com/services/…</source>
        <translation>L&apos;URL du webhook n&apos;est pas une adresse valide, p. ex. https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>The webhook URL must start with https:// (plain http:// is allowed only to this computer).</source>
        <translation>L&apos;URL du webhook doit commencer par https:// (le simple http:// n&apos;est autorisé que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>Plumbline is not available in the language &quot;%1&quot;.</source>
        <translation>Plumbline n&apos;est pas disponible dans la langue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The check interval must be between %L1 and %L2 seconds.</source>
        <translation>L&apos;intervalle de vérification doit être compris entre %L1 et %L2 secondes.</translation>
    </message>
    <message>
        <source>The tolerance must be between 0 and 100 %.</source>
        <translation>La tolérance doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The tolerance in records must be between 0 and %L1.</source>
        <translation>La tolérance en enregistrements doit être comprise entre 0 et %L1.</translation>
    </message>
    <message>
        <source>The lag grace must be between 0 seconds and 7 days.</source>
        <translation>Le délai de grâce doit être compris entre 0 seconde et 7 jours.</translation>
    </message>
    <message>
        <source>Retention must be between 0 (keep forever) and %L1 days.</source>
        <translation>La durée de conservation doit être comprise entre 0 (conservation illimitée) et %L1 jours.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>AuthCommands</name>
    <message>
        <source>unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>%1 (%2): a stored API key or token; nothing to renew</source>
        <translation>%1 (%2)&#xa0;: clé API ou token enregistré&#xa0;; rien à renouveler</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>authentifié en tant que %1</translation>
    </message>
    <message>
        <source>access token expires %1; last renewed %2</source>
        <translation>expiration du token d&apos;accès&#xa0;: %1&#xa0;; dernier renouvellement&#xa0;: %2</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace has no connections.</source>
        <translation>L&apos;espace de travail ne contient aucune connexion.</translation>
    </message>
</context>
<context>
    <name>AuthLoginCommand</name>
    <message>
        <source>There is no connection &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune connexion «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Signed in, but the refresh token could not be stored in %1, and it ends with this command: Plumbline cannot renew the connection&apos;s access. Make the keychain available (unlock it, or start a Secret Service), then run plumbline auth login %2 again.</source>
        <translation>Authentification réussie, mais le token d&apos;actualisation n&apos;a pas pu être enregistré dans %1 et disparaît à la fin de cette commande&#xa0;: Plumbline ne peut pas renouveler l&apos;accès de la connexion. Rendez le trousseau disponible (déverrouillez-le ou démarrez un Secret Service), puis relancez plumbline auth login %2.</translation>
    </message>
    <message>
        <source>To sign in &quot;%1&quot; (%2), open this address in a browser on this computer:</source>
        <translation>Pour authentifier «&#xa0;%1&#xa0;» (%2), ouvrez cette adresse dans un navigateur sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Plumbline waits for the browser on %1 for %2 s; Ctrl+C cancels.</source>
        <translation>Plumbline attend le navigateur sur %1 pendant %2&#xa0;s&#xa0;; Ctrl+C annule.</translation>
    </message>
    <message>
        <source>Another sign-in is running.</source>
        <translation>Une autre authentification est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>AuthMethod</name>
    <message>
        <source>unknown sign-in method &quot;%1&quot;; expected &quot;%2&quot;, &quot;%3&quot; or the vendor&apos;s token method</source>
        <translation>méthode d&apos;authentification inconnue «&#xa0;%1&#xa0;»&#xa0;; valeurs attendues&#xa0;: «&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;» ou la méthode à token du fournisseur</translation>
    </message>
    <message>
        <source>%1 connections cannot use &quot;%2&quot;</source>
        <translation>les connexions %1 ne peuvent pas utiliser «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>required for &quot;%1&quot;: the app&apos;s client id (consumer key)</source>
        <translation>obligatoire pour «&#xa0;%1&#xa0;»&#xa0;: l&apos;identifiant client de l&apos;application (consumer key)</translation>
    </message>
    <message>
        <source>expected an address</source>
        <translation>adresse attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: %2</source>
        <translation>«&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>required for a generic REST connection: the OAuth server&apos;s token address</source>
        <translation>obligatoire pour une connexion REST générique&#xa0;: l&apos;adresse de token du serveur OAuth</translation>
    </message>
    <message>
        <source>expected null or a space-separated list of scopes</source>
        <translation>null ou une liste de scopes séparés par des espaces attendu</translation>
    </message>
    <message>
        <source>expected a port number from 1024 to 65535</source>
        <translation>numéro de port entre 1024 et 65535 attendu</translation>
    </message>
</context>
<context>
    <name>ChannelDelivery</name>
    <message>
        <source>the webhook receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address redirects elsewhere; paste the current webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not read the message; this is a bug in Plumbline, please report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refused the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook was probably removed or disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it timed out; it will be tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many messages in a short time; it will be tried again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service has a problem on its side; it will be tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Slack workspace was probably deleted or disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel it posts to was probably deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel was archived; unarchive it or make a webhook for another channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook&apos;s token is no longer valid; make a new webhook and paste its URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting of the Slack workspace stops this webhook from posting there; ask its admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack could not read the message; this is a bug in Plumbline, please report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty refused the routing key; copy the Integration Key of the service&apos;s Events API v2 integration again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Events API address is wrong; leave the channel&apos;s url empty for PagerDuty&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty refused the event; this is a bug in Plumbline, please report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty is throttling events for this service; it will be tried again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook or its space was probably removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook was probably deleted, or the space no longer allows apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Chat could not read the message; this is a bug in Plumbline, please report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow was probably deleted or turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow refused the request; its owner may have changed who can trigger it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams could not read the card; this is a bug in Plumbline, please report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver refused the signature; check that both sides use the same signing secret and that this computer&apos;s clock is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver&apos;s address probably changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver refused the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; has no &quot;%2&quot; in the keychain (channel/%3/%4); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL of channel &quot;%1&quot; is not a full https:// address; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send to %1: only https:// is allowed, and plain http:// only to this computer; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty takes single alerts, not a daily digest; turn the digest off for this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not deliver to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelPayloads</name>
    <message>
        <source>Plumbline notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Plumbline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check</source>
        <translation type="unfinished">À vérifier</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished">Procédure d&apos;intervention</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>PLUMBLINE %1 - %n integration(s): %2 ok, %3 warning, %4 critical, %5 unknown</source>
        <translation>
            <numerusform>PLUMBLINE %1 - %n intégration&#xa0;: OK %2, avertissement %3, critique %4, inconnu %5</numerusform>
            <numerusform>PLUMBLINE %1 - %n intégrations&#xa0;: OK %2, avertissement %3, critique %4, inconnu %5</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>What to check: %1</source>
        <translation>À vérifier&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>values: %1 of %2 sampled records match (%3–%4 %), %5 missing, %n request(s)</source>
        <translation>
            <numerusform>valeurs&#xa0;: %1 des %2 enregistrements échantillonnés correspondent (%3–%4&#xa0;%), %5 manquants, %n requête</numerusform>
            <numerusform>valeurs&#xa0;: %1 des %2 enregistrements échantillonnés correspondent (%3–%4&#xa0;%), %5 manquants, %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation>valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plumbline itself:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir attend un dossier.</translation>
    </message>
    <message>
        <source>--integration needs an integration id.</source>
        <translation>--integration attend un identifiant d&apos;intégration.</translation>
    </message>
    <message>
        <source>--format needs pdf, csv or html.</source>
        <translation>--format attend pdf, csv ou html.</translation>
    </message>
    <message>
        <source>--from needs a date.</source>
        <translation>--from attend une date.</translation>
    </message>
    <message>
        <source>--to needs a date.</source>
        <translation>--to attend une date.</translation>
    </message>
    <message>
        <source>-o needs a path.</source>
        <translation>-o attend un chemin.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port attend un nombre entre 0 et 65535.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--timeout attend un nombre de secondes entre 1 et 3600.</translation>
    </message>
    <message>
        <source>--until needs a date and time.</source>
        <translation>--until attend une date et une heure.</translation>
    </message>
    <message>
        <source>--note needs a text.</source>
        <translation>--note attend un texte.</translation>
    </message>
    <message>
        <source>--scenario needs a name.</source>
        <translation>--scenario attend un nom.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--demo opens the window; it cannot be combined with a command.</source>
        <translation>--demo ouvre la fenêtre&#xa0;; cette option ne peut pas être combinée avec une commande.</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 attend exactement un argument FILE.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Argument inattendu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Use: plumbline alert ack ID, or plumbline alert snooze ID --until DATE.</source>
        <translation>Utilisation&#xa0;: plumbline alert ack ID, ou plumbline alert snooze ID --until DATE.</translation>
    </message>
    <message>
        <source>alert snooze needs --until DATE.</source>
        <translation>alert snooze attend --until DATE.</translation>
    </message>
    <message>
        <source>maintenance add needs --from DATE and --to DATE.</source>
        <translation>maintenance add attend --from DATE et --to DATE.</translation>
    </message>
    <message>
        <source>Use: plumbline maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT], maintenance list [INTEGRATION_ID] or maintenance remove WINDOW_ID.</source>
        <translation>Utilisation&#xa0;: plumbline maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT], maintenance list [INTEGRATION_ID] ou maintenance remove WINDOW_ID.</translation>
    </message>
    <message>
        <source>%1 is given twice; give it once.</source>
        <translation>L&apos;option %1 est indiquée deux fois&#xa0;; indiquez-la une seule fois.</translation>
    </message>
    <message>
        <source>%1 is not an alert id; plumbline alerts shows the ids.</source>
        <translation>%1 n&apos;est pas un identifiant d&apos;alerte&#xa0;; plumbline alerts affiche les identifiants.</translation>
    </message>
    <message>
        <source>%1 is not a window id; maintenance list shows the ids.</source>
        <translation>%1 n&apos;est pas un identifiant de fenêtre&#xa0;; maintenance list affiche les identifiants.</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Commande inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>  auth login CONNECTION_ID [--timeout S]
                                 sign in to an oauth_authorization_code connection in a browser on
                                 this computer: prints the address, waits S seconds (default 300)
                                 for the redirect, stores the refresh token in the OS keychain
                                 (exit 0 signed in, 1 not)
</source>
        <translation>  auth login CONNECTION_ID [--timeout S]
                                 authentifie une connexion oauth_authorization_code dans un
                                 navigateur sur cet ordinateur&#xa0;: affiche l&apos;adresse, attend la
                                 redirection S secondes (300 par défaut), enregistre le token
                                 d&apos;actualisation dans le trousseau du système (code de sortie
                                 0 authentifié, 1 sinon)
</translation>
    </message>
    <message>
        <source>Use: plumbline auth login CONNECTION_ID [--timeout S].</source>
        <translation>Utilisation&#xa0;: plumbline auth login CONNECTION_ID [--timeout S].</translation>
    </message>
    <message>
        <source>
Options:
  --data-dir DIR                 use the workspace in DIR
  --version                      print the version
  --help                         print this help

Without a keychain (servers, CI), an API key may come from the environment variable
PLUMBLINE_SECRET_&lt;ID&gt; (an OAuth connection&apos;s client secret) and its refresh token from
PLUMBLINE_REFRESH_TOKEN_&lt;ID&gt;: the connection id upper-cased, other characters replaced by &apos;_&apos;.
Exit codes: 0 success, 1 failure, 64 wrong usage (check: 0-3 as above).
</source>
        <translation>
Options&#xa0;:
  --data-dir DIR                 utilise l&apos;espace de travail situé dans DIR
  --version                      affiche la version
  --help                         affiche cette aide

Sans trousseau (serveurs, CI), une clé API peut provenir de la variable d&apos;environnement
PLUMBLINE_SECRET_&lt;ID&gt; (pour une connexion OAuth, son secret client) et son token d&apos;actualisation de
PLUMBLINE_REFRESH_TOKEN_&lt;ID&gt;&#xa0;: l&apos;identifiant de la connexion en majuscules, les autres caractères remplacés par «&#xa0;_&#xa0;».
Codes de sortie&#xa0;: 0 succès, 1 échec, 64 utilisation incorrecte (check&#xa0;: 0-3 comme ci-dessus).
</translation>
    </message>
    <message>
        <source>--name needs token, client_secret or refresh_token.</source>
        <translation>--name attend token, client_secret ou refresh_token.</translation>
    </message>
    <message>
        <source>Use: plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] (the secret is read from standard input).</source>
        <translation>Utilisation&#xa0;: plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] (le secret est lu sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>--name belongs to secret set.</source>
        <translation>--name s&apos;emploie uniquement avec secret set.</translation>
    </message>
    <message>
        <source>Use: plumbline auth login CONNECTION_ID, or plumbline auth status [--json].</source>
        <translation>Utilisation&#xa0;: plumbline auth login CONNECTION_ID, ou plumbline auth status [--json].</translation>
    </message>
    <message>
        <source>--values belongs to plumbline check.</source>
        <translation>--values s&apos;utilise avec plumbline check.</translation>
    </message>
    <message>
        <source>Usage: plumbline [--data-dir DIR] [COMMAND]

Plumbline watches the API integrations of a marketing stack and says when one quietly breaks.

Commands:
  (none)                         open the window on the default workspace
  --demo                         open the window on a throwaway demo workspace
  plumbline://integration/ID     open the window on that integration (a notification&apos;s link)
  import FILE                    import definitions from a workspace JSON file (all or nothing)
  export FILE                    export definitions to a workspace JSON file (never secrets)
  secret set CONNECTION_ID [--name NAME]
                                 read a secret from standard input into the OS keychain; NAME is
                                 token (the API key, default), client_secret or refresh_token
  secret set channel/CHANNEL_ID/NAME
                                 a notification channel&apos;s secret: url, password, routing_key or
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Plumbline link; only plumbline:// links can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plumbline:// link is opened on its own; unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: plumbline notify test CHANNEL_ID, or plumbline notify log [--json].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>%1 connections have no run log.</source>
        <translation>Les connexions %1 n&apos;ont pas de journal d&apos;exécutions.</translation>
    </message>
    <message>
        <source>%1 connections cannot be sampled for a value check.</source>
        <translation>Les connexions %1 ne permettent pas de prélever un échantillon pour une vérification des valeurs.</translation>
    </message>
    <message>
        <source>%1 connections cannot look records up by key for a value check.</source>
        <translation>Les connexions %1 ne permettent pas de rechercher des enregistrements par clé pour une vérification des valeurs.</translation>
    </message>
    <message>
        <source>%1 limited the request rate: looked up %2 of %3 sampled records.</source>
        <translation>%1 a limité le débit des requêtes&#xa0;: %2 des %3 enregistrements échantillonnés ont été recherchés.</translation>
    </message>
    <message>
        <source>Looked up %1 of %2 sampled records, then %3 answered: %4</source>
        <translation>%1 des %2 enregistrements échantillonnés ont été recherchés, puis %3 a répondu&#xa0;: %4</translation>
    </message>
    <message>
        <source>Looked up %1 of %2 sampled records: the check may spend %3 requests on %4.</source>
        <translation>%1 des %2 enregistrements échantillonnés ont été recherchés&#xa0;: la vérification ne peut pas utiliser plus de %3 requêtes sur %4.</translation>
    </message>
    <message>
        <source>Sampled %1 of %2 records: the check may spend %3 requests on %4.</source>
        <translation>%1 enregistrements sur %2 échantillonnés&#xa0;: la vérification ne peut pas utiliser plus de %3 requêtes sur %4.</translation>
    </message>
    <message>
        <source>%1 limited the request rate: sampled %2 of %3 records.</source>
        <translation>%1 a limité le débit des requêtes&#xa0;: %2 enregistrements sur %3 échantillonnés.</translation>
    </message>
    <message>
        <source>Sampled %1 of %2 records, then %3 answered: %4</source>
        <translation>%1 enregistrements sur %2 échantillonnés, puis %3 a répondu&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 returned fewer records than asked for: sampled %2 of %3 records.</source>
        <translation>%1 a renvoyé moins d&apos;enregistrements que demandé&#xa0;: %2 enregistrements sur %3 échantillonnés.</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>Writing %1.csv</source>
        <translation>Écriture de %1.csv</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Plumbline could not create the folder %1 for its workspace.</source>
        <translation>Plumbline n&apos;a pas pu créer le dossier %1 de son espace de travail.</translation>
    </message>
    <message>
        <source>Plumbline could not create its workspace file %1: %2</source>
        <translation>Plumbline n&apos;a pas pu créer son fichier d&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Plumbline could not open its workspace file %1: %2</source>
        <translation>Plumbline n&apos;a pas pu ouvrir son fichier d&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Plumbline workspace (it is not an SQLite database).</source>
        <translation>Le fichier %1 n&apos;est pas un espace de travail Plumbline (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Plumbline (schema %1; this version knows up to %2). It has not been changed. Please update Plumbline to open it.</source>
        <translation>Cet espace de travail a été enregistré par une version plus récente de Plumbline (schéma %1&#xa0;; cette version connaît les schémas jusqu&apos;au %2). Il n&apos;a pas été modifié. Veuillez mettre à jour Plumbline pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Plumbline could not prepare its workspace file %1: %2</source>
        <translation>Plumbline n&apos;a pas pu préparer son fichier d&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation>La migration de schéma %1 est absente de cette version.</translation>
    </message>
    <message>
        <source>Could not start schema migration %1: %2</source>
        <translation>Impossible de démarrer la migration de schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 failed and was rolled back; the workspace is unchanged: %2</source>
        <translation>La migration de schéma %1 a échoué et a été annulée&#xa0;; l&apos;espace de travail est inchangé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged (%2). Plumbline has not changed it. Restore it from a backup, or run &quot;plumbline repair&quot; to copy everything that can still be read into a new workspace file.</source>
        <translation>Le fichier d&apos;espace de travail %1 est endommagé (%2). Plumbline ne l&apos;a pas modifié. Restaurez-le à partir d&apos;une sauvegarde, ou exécutez «&#xa0;plumbline repair&#xa0;» pour copier tout ce qui peut encore être lu dans un nouveau fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Plumbline could not read its workspace file %1: %2</source>
        <translation>Plumbline n&apos;a pas pu lire son fichier d&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The destination rejected the record (400 Bad Request)</source>
        <translation>La destination a refusé l’enregistrement (400 Bad Request)</translation>
    </message>
    <message>
        <source>The destination rejected the record: the field %1 is required (400 Bad Request)</source>
        <translation>La destination a refusé l’enregistrement : le champ %1 est obligatoire (400 Bad Request)</translation>
    </message>
    <message>
        <source>The demo history could not be stored: %1</source>
        <translation>L’historique de démonstration n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo workspace is missing from this build.</source>
        <translation>L&apos;espace de travail de démonstration est absent de cette version.</translation>
    </message>
    <message>
        <source>the demo workspace</source>
        <translation>l&apos;espace de travail de démonstration</translation>
    </message>
    <message>
        <source>the demo sandbox</source>
        <translation>le bac à sable de démonstration</translation>
    </message>
    <message>
        <source>The demo sandbox is not running.</source>
        <translation>Le bac à sable de démonstration ne tourne pas.</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Two-way</source>
        <translation>Bidirectionnelle</translation>
    </message>
    <message>
        <source>One-way</source>
        <translation>Unidirectionnelle</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>not a full address starting with https://</source>
        <translation>ce n&apos;est pas une adresse complète commençant par https://</translation>
    </message>
    <message>
        <source>plain http:// sends the API key unencrypted, so Plumbline allows it only to this computer (localhost, 127.0.0.1, ::1); use https://%1 instead</source>
        <translation>le simple http:// envoie la clé API en clair&#xa0;; Plumbline ne l&apos;autorise donc que vers cet ordinateur (localhost, 127.0.0.1, ::1)&#xa0;; utilisez plutôt https://%1</translation>
    </message>
</context>
<context>
    <name>GenericConnector</name>
    <message>
        <source>The auth header name &quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>Le nom d&apos;en-tête d&apos;authentification «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;en-tête HTTP valide.</translation>
    </message>
    <message>
        <source>The auth scheme must be one word, like Bearer or Token.</source>
        <translation>Le schéma d&apos;authentification doit être un seul mot, comme Bearer ou Token.</translation>
    </message>
    <message>
        <source>The connection has no URL.</source>
        <translation>La connexion n&apos;a pas d&apos;URL.</translation>
    </message>
    <message>
        <source>The count request may use GET or POST, not %1: Plumbline only reads.</source>
        <translation>La requête de comptage peut utiliser GET ou POST, pas %1&#xa0;: Plumbline ne fait que lire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer; write it like /meta/total.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pointeur JSON&#xa0;; écrivez-le sous la forme /meta/total.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be made into a URL below the connection&apos;s URL.</source>
        <translation>Impossible de construire à partir de «&#xa0;%1&#xa0;» une URL située sous l&apos;URL de la connexion.</translation>
    </message>
    <message>
        <source>A filter for a generic connection is query parameters (&quot;a=1&amp;b=2&quot; or {&quot;a&quot;: 1}), or a JSON object merged into a POST body.</source>
        <translation>Un filtre de connexion générique se compose de paramètres de requête (&quot;a=1&amp;b=2&quot; ou {&quot;a&quot;: 1}) ou d&apos;un objet JSON fusionné dans un corps POST.</translation>
    </message>
    <message>
        <source>The connection&apos;s URL is not valid.</source>
        <translation>L&apos;URL de la connexion n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A generic REST connection has no schema endpoint.</source>
        <translation>Une connexion REST générique n&apos;a pas d&apos;endpoint de schéma.</translation>
    </message>
    <message>
        <source>This generic connection has no run/error list pointer set.</source>
        <translation>Aucun pointeur vers une liste d&apos;exécutions/d&apos;erreurs n&apos;est défini pour cette connexion générique.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer; write it like /errors.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pointeur JSON&#xa0;; écrivez-le sous la forme /errors.</translation>
    </message>
    <message>
        <source>The list_path option does not make a URL below the connection&apos;s URL.</source>
        <translation>L&apos;option list_path ne donne pas une URL située sous l&apos;URL de la connexion.</translation>
    </message>
    <message>
        <source>A value check needs a key field.</source>
        <translation>Une vérification des valeurs nécessite un champ clé.</translation>
    </message>
    <message>
        <source>Set the lookup_path option (e.g. {object}?email={key}) to look records up by key on this API.</source>
        <translation>Définissez l&apos;option lookup_path (p. ex. {object}?email={key}) pour rechercher les enregistrements par clé sur cette API.</translation>
    </message>
</context>
<context>
    <name>GenericParser</name>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>La réponse n&apos;est pas du JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The response is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer (it starts with / and escapes ~ and / as ~0 and ~1).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pointeur JSON (il commence par / et échappe ~ et / sous la forme ~0 et ~1).</translation>
    </message>
    <message>
        <source>The response has nothing at %1.</source>
        <translation>La réponse ne contient rien à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The response has no element %1 at %2.</source>
        <translation>La réponse n&apos;a pas d&apos;élément %1 à l&apos;emplacement %2.</translation>
    </message>
    <message>
        <source>The value at %1 is not a whole number of records.</source>
        <translation>La valeur à l&apos;emplacement %1 n&apos;est pas un nombre entier d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>The value at %1 is not a list.</source>
        <translation>La valeur à l&apos;emplacement %1 n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>An entry of the list at %1 is not an object.</source>
        <translation>Une entrée de la liste à l&apos;emplacement %1 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>An entry of the list at %1 has no &quot;id&quot;.</source>
        <translation>Une entrée de la liste à l&apos;emplacement %1 n&apos;a pas de champ &quot;id&quot;.</translation>
    </message>
    <message>
        <source>An entry of the list at %1 has no readable &quot;timestamp&quot;.</source>
        <translation>Une entrée de la liste à l&apos;emplacement %1 n&apos;a pas de &quot;timestamp&quot; lisible.</translation>
    </message>
    <message>
        <source>An entry&apos;s &quot;status&quot; is neither text nor a number.</source>
        <translation>La valeur &quot;status&quot; d&apos;une entrée n&apos;est ni un texte ni un nombre.</translation>
    </message>
    <message>
        <source>An entry&apos;s &quot;message&quot; is not text.</source>
        <translation>La valeur &quot;message&quot; d&apos;une entrée n&apos;est pas un texte.</translation>
    </message>
    <message>
        <source>%1 — the service says: %2</source>
        <translation>%1 — le service indique&#xa0;: %2</translation>
    </message>
    <message>
        <source>The answer has no list of records at %1 (set records_pointer).</source>
        <translation>La réponse ne contient pas de liste d&apos;enregistrements à l&apos;emplacement %1 (définissez records_pointer).</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Plumbline cannot open its workspace</source>
        <translation>Plumbline ne peut pas ouvrir son espace de travail</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>Le bac à sable de démonstration n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>A notification to “%1” could not be delivered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plumbline cannot open the link %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>See plumbline --help.</source>
        <translation>Voir plumbline --help.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Rien n&apos;a été importé depuis %1&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s)</source>
        <translation>
            <numerusform>Importation&#xa0;: %n connexion</numerusform>
            <numerusform>Importation&#xa0;: %n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n intégration</numerusform>
            <numerusform>%n intégrations</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the workspace to %1 (without secrets).</source>
        <translation>Espace de travail exporté vers %1 (sans les secrets).</translation>
    </message>
    <message>
        <source>There is no connection &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune connexion «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The API key for &quot;%1&quot; is stored in %2.</source>
        <translation>La clé API de «&#xa0;%1&#xa0;» est enregistrée dans %2.</translation>
    </message>
    <message>
        <source>The workspace file %1 is not damaged; nothing was changed.</source>
        <translation>Le fichier d&apos;espace de travail %1 n&apos;est pas endommagé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Repaired %1. What could be read was copied into a new workspace file:</source>
        <translation>%1 a été réparé. Ce qui a pu être lu a été copié dans un nouveau fichier d&apos;espace de travail&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped (their definition could not be read)</source>
        <translation>
            <numerusform>%n écartée (sa définition n&apos;a pas pu être lue)</numerusform>
            <numerusform>%n écartées (leur définition n&apos;a pas pu être lue)</numerusform>
        </translation>
    </message>
    <message>
        <source>rows on damaged pages are lost</source>
        <translation>les lignes situées sur des pages endommagées sont perdues</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Le fichier endommagé est conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>No secret on standard input; nothing was stored.</source>
        <translation>Aucun secret sur l&apos;entrée standard&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The client secret for &quot;%1&quot; is stored in %2.</source>
        <translation>Le secret client de «&#xa0;%1&#xa0;» est enregistré dans %2.</translation>
    </message>
    <message>
        <source>The refresh token for &quot;%1&quot; is stored in %2.</source>
        <translation>Le token d&apos;actualisation de «&#xa0;%1&#xa0;» est enregistré dans %2.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Generated %1 by %2 with Plumbline. All times are UTC.</source>
        <translation>Généré le %1 par %2 avec Plumbline. Toutes les heures sont exprimées en UTC.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>%1 · %2 · generated %3</source>
        <translation>%1 · %2 · généré le %3</translation>
    </message>
</context>
<context>
    <name>HubSpotConnector</name>
    <message>
        <source>HubSpot calls the /crm/v3 paths legacy and ends semantic-version APIs in September 2027; switch the connection to a date-based version such as 2026-03.</source>
        <translation>HubSpot qualifie les chemins /crm/v3 d&apos;hérités et met fin aux API à versionnage sémantique en septembre 2027&#xa0;; faites passer la connexion à une version datée, comme 2026-03.</translation>
    </message>
    <message>
        <source>No HubSpot object type is set.</source>
        <translation>Aucun type d&apos;objet HubSpot n&apos;est défini.</translation>
    </message>
    <message>
        <source>HubSpot has no batch read by %1 at %2 (API version %3): %4</source>
        <translation>HubSpot ne propose pas de lecture par lot selon %1 à l&apos;adresse %2 (version d&apos;API %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>No HubSpot key property is set for the value check.</source>
        <translation>Aucune propriété clé HubSpot n&apos;est définie pour la vérification des valeurs.</translation>
    </message>
    <message>
        <source>No HubSpot object type or key property is set.</source>
        <translation>Aucun type d&apos;objet ni aucune propriété clé HubSpot n&apos;est défini.</translation>
    </message>
</context>
<context>
    <name>HubSpotParser</name>
    <message>
        <source>HubSpot sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>HubSpot a envoyé %1 qui n&apos;est pas du JSON valide (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>HubSpot sent %1 that is not a JSON object.</source>
        <translation>HubSpot a envoyé %1 qui n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>a search answer</source>
        <translation>une réponse de recherche</translation>
    </message>
    <message>
        <source>HubSpot&apos;s search answer has no &quot;total&quot;.</source>
        <translation>La réponse de recherche de HubSpot n&apos;a pas de &quot;total&quot;.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s search answer has a &quot;total&quot; that is not a non-negative integer.</source>
        <translation>La réponse de recherche de HubSpot contient un &quot;total&quot; qui n&apos;est pas un entier positif ou nul.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s search answer has &quot;results&quot; that is not a list.</source>
        <translation>La réponse de recherche de HubSpot contient un &quot;results&quot; qui n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>a property list</source>
        <translation>une liste de propriétés</translation>
    </message>
    <message>
        <source>HubSpot&apos;s property list has no &quot;results&quot; list.</source>
        <translation>La liste de propriétés de HubSpot n&apos;a pas de liste &quot;results&quot;.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s property list has an entry (#%1) without a text name, label and type.</source>
        <translation>La liste de propriétés de HubSpot contient une entrée (n° %1) sans nom, libellé et type textuels.</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <source>HubSpot says the access token has expired: %1</source>
        <translation>HubSpot indique que le token d&apos;accès a expiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>HubSpot rejected the access token (HTTP %1%2): %3</source>
        <translation>HubSpot a refusé le token d&apos;accès (HTTP %1%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The HubSpot token may not do this (HTTP %1%2): %3</source>
        <translation>Le token HubSpot n&apos;a pas l&apos;autorisation de faire ceci (HTTP %1%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>HubSpot rate limit reached (%1): %2</source>
        <translation>Limite de débit HubSpot atteinte (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>policy not named</source>
        <translation>politique non précisée</translation>
    </message>
    <message>
        <source>HubSpot&apos;s daily API limit is used up (%1): %2</source>
        <translation>La limite quotidienne d&apos;appels API de HubSpot est épuisée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1.</source>
        <translation>HubSpot a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1%2: %3</source>
        <translation>HubSpot a répondu HTTP %1%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The HubSpot filter looks like JSON but is not valid JSON (%1).</source>
        <translation>Le filtre HubSpot ressemble à du JSON mais n&apos;est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>The HubSpot search text is longer than 3000 characters.</source>
        <translation>Le texte de recherche HubSpot dépasse 3000 caractères.</translation>
    </message>
    <message>
        <source>The HubSpot filter&apos;s &quot;query&quot; is not text.</source>
        <translation>La valeur &quot;query&quot; du filtre HubSpot n&apos;est pas un texte.</translation>
    </message>
    <message>
        <source>The HubSpot filter object has neither &quot;filterGroups&quot;, &quot;filters&quot; nor &quot;query&quot;.</source>
        <translation>L&apos;objet filtre HubSpot n&apos;a ni &quot;filterGroups&quot;, ni &quot;filters&quot;, ni &quot;query&quot;.</translation>
    </message>
    <message>
        <source>The HubSpot filter must be text, a filterGroups object or a list of filter groups.</source>
        <translation>Le filtre HubSpot doit être un texte, un objet filterGroups ou une liste de groupes de filtres.</translation>
    </message>
    <message>
        <source>The HubSpot filterGroups must be a list of objects, each with a &quot;filters&quot; list.</source>
        <translation>Les filterGroups HubSpot doivent être une liste d&apos;objets contenant chacun une liste &quot;filters&quot;.</translation>
    </message>
    <message>
        <source>HubSpot sent records that are not a JSON object.</source>
        <translation>HubSpot a envoyé des enregistrements qui ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>HubSpot sent records that are not valid JSON (%1 at byte %2).</source>
        <translation>HubSpot a envoyé des enregistrements qui ne sont pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>HubSpot&apos;s answer has no &quot;results&quot; list.</source>
        <translation>La réponse de HubSpot n&apos;a pas de liste &quot;results&quot;.</translation>
    </message>
</context>
<context>
    <name>MailchimpConnector</name>
    <message>
        <source>No Mailchimp data centre: the API key has no &quot;-us6&quot;-style suffix and no base URL is set.</source>
        <translation>Aucun centre de données Mailchimp&#xa0;: la clé API n&apos;a pas de suffixe du type &quot;-us6&quot; et aucune URL de base n&apos;est définie.</translation>
    </message>
    <message>
        <source>No Mailchimp audience id is set.</source>
        <translation>Aucun identifiant d&apos;audience Mailchimp n&apos;est défini.</translation>
    </message>
    <message>
        <source>none documented</source>
        <translation>aucune documentée</translation>
    </message>
    <message>
        <source>No Mailchimp key field is set for the value check.</source>
        <translation>Aucun champ clé Mailchimp n&apos;est défini pour la vérification des valeurs.</translation>
    </message>
</context>
<context>
    <name>MailchimpParser</name>
    <message>
        <source>Mailchimp sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>Mailchimp a envoyé %1 qui n&apos;est pas du JSON valide (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>Mailchimp sent %1 that is not a JSON object.</source>
        <translation>Mailchimp a envoyé %1 qui n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>a ping answer</source>
        <translation>une réponse au ping</translation>
    </message>
    <message>
        <source>Mailchimp&apos;s ping answer has no text &quot;health_status&quot;.</source>
        <translation>La réponse au ping de Mailchimp n&apos;a pas de &quot;health_status&quot; textuel.</translation>
    </message>
    <message>
        <source>The Mailchimp filter must be empty, &quot;subscribed&quot;, &quot;unsubscribed&quot; or &quot;cleaned&quot;.</source>
        <translation>Le filtre Mailchimp doit être vide, &quot;subscribed&quot;, &quot;unsubscribed&quot; ou &quot;cleaned&quot;.</translation>
    </message>
    <message>
        <source>an audience</source>
        <translation>une audience</translation>
    </message>
    <message>
        <source>Mailchimp&apos;s audience has no &quot;stats&quot; object.</source>
        <translation>L&apos;audience Mailchimp n&apos;a pas d&apos;objet &quot;stats&quot;.</translation>
    </message>
    <message>
        <source>Mailchimp&apos;s audience stats have no &quot;%1&quot;.</source>
        <translation>Les statistiques de l&apos;audience Mailchimp n&apos;ont pas de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Mailchimp&apos;s audience stats have a &quot;%1&quot; that is not a non-negative integer.</source>
        <translation>Les statistiques de l&apos;audience Mailchimp contiennent un &quot;%1&quot; qui n&apos;est pas un entier positif ou nul.</translation>
    </message>
    <message>
        <source>a merge field list</source>
        <translation>une liste de champs de fusion</translation>
    </message>
    <message>
        <source>Mailchimp&apos;s merge field list has no &quot;merge_fields&quot; list.</source>
        <translation>La liste de champs de fusion de Mailchimp n&apos;a pas de liste &quot;merge_fields&quot;.</translation>
    </message>
    <message>
        <source>Mailchimp&apos;s merge field list has an entry (#%1) without a text tag, name and type.</source>
        <translation>La liste de champs de fusion de Mailchimp contient une entrée (n° %1) sans tag, nom et type textuels.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1 with an HTML page.</source>
        <translation>Mailchimp a répondu HTTP %1 avec une page HTML.</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1.</source>
        <translation>Mailchimp a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Mailchimp rejected the API key (HTTP %1): %2</source>
        <translation>Mailchimp a refusé la clé API (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mailchimp refused access (HTTP %1): %2</source>
        <translation>Mailchimp a refusé l&apos;accès (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mailchimp does not know this (HTTP %1): %2</source>
        <translation>Mailchimp ne connaît pas cette ressource (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mailchimp is limiting requests (HTTP %1): %2</source>
        <translation>Mailchimp limite les requêtes (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1: %2</source>
        <translation>Mailchimp a répondu HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mailchimp&apos;s answer has no &quot;total_items&quot;.</source>
        <translation>La réponse de Mailchimp n&apos;a pas de &quot;total_items&quot;.</translation>
    </message>
    <message>
        <source>Mailchimp sent members that are not a JSON object.</source>
        <translation>Mailchimp a envoyé des membres qui ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>Mailchimp sent members that are not valid JSON (%1 at byte %2).</source>
        <translation>Mailchimp a envoyé des membres qui ne sont pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>Mailchimp&apos;s answer has no &quot;members&quot; list.</source>
        <translation>La réponse de Mailchimp n&apos;a pas de liste &quot;members&quot;.</translation>
    </message>
    <message>
        <source>Mailchimp&apos;s member has no &quot;email_address&quot;.</source>
        <translation>Un membre Mailchimp n&apos;a pas de &quot;email_address&quot;.</translation>
    </message>
</context>
<context>
    <name>MakeConnector</name>
    <message>
        <source>Make is middleware and has no record count.</source>
        <translation>Make est un middleware et ne fournit pas de nombre d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>Make is middleware and has no record schema.</source>
        <translation>Make est un middleware et ne fournit pas de schéma d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>No Make scenario ID is set for this integration.</source>
        <translation>Aucun identifiant de scénario Make n&apos;est défini pour cette intégration.</translation>
    </message>
</context>
<context>
    <name>MakeParser</name>
    <message>
        <source>Make sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Make a envoyé un corps qui n&apos;est pas du JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>Make sent JSON that is not an object.</source>
        <translation>Make a envoyé du JSON qui n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Make&apos;s scenario answer has no &quot;scenario&quot; object.</source>
        <translation>La réponse de Make sur le scénario n&apos;a pas d&apos;objet &quot;scenario&quot;.</translation>
    </message>
    <message>
        <source>A flag of Make&apos;s scenario (isActive, isPaused, isinvalid) is not true/false.</source>
        <translation>Un indicateur du scénario Make (isActive, isPaused, isinvalid) n&apos;est pas true/false.</translation>
    </message>
    <message>
        <source>Make&apos;s scenario &quot;dlqCount&quot; is not a whole number.</source>
        <translation>La valeur &quot;dlqCount&quot; du scénario Make n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Make&apos;s scenario &quot;name&quot; is not text.</source>
        <translation>La valeur &quot;name&quot; du scénario Make n&apos;est pas un texte.</translation>
    </message>
    <message>
        <source>Make&apos;s log answer has no &quot;scenarioLogs&quot; list.</source>
        <translation>La réponse de Make sur le journal n&apos;a pas de liste &quot;scenarioLogs&quot;.</translation>
    </message>
    <message>
        <source>A Make log entry is not an object.</source>
        <translation>Une entrée du journal Make n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>A Make log entry has neither &quot;id&quot; nor &quot;imtId&quot;.</source>
        <translation>Une entrée du journal Make n&apos;a ni &quot;id&quot; ni &quot;imtId&quot;.</translation>
    </message>
    <message>
        <source>A Make log entry has no readable &quot;timestamp&quot;.</source>
        <translation>Une entrée du journal Make n&apos;a pas de &quot;timestamp&quot; lisible.</translation>
    </message>
    <message>
        <source>A Make log entry&apos;s &quot;status&quot; is not a number.</source>
        <translation>La valeur &quot;status&quot; d&apos;une entrée du journal Make n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>A Make log entry&apos;s &quot;operations&quot; is not a whole number.</source>
        <translation>La valeur &quot;operations&quot; d&apos;une entrée du journal Make n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Make&apos;s /users/me answer has no &quot;authUser&quot; object.</source>
        <translation>La réponse de Make à /users/me n&apos;a pas d&apos;objet &quot;authUser&quot;.</translation>
    </message>
    <message>
        <source>Make&apos;s organization answer has no &quot;organization.license.apiLimit&quot;.</source>
        <translation>La réponse de Make sur l&apos;organisation n&apos;a pas de &quot;organization.license.apiLimit&quot;.</translation>
    </message>
    <message>
        <source>Make&apos;s &quot;license.apiLimit&quot; is not a whole number.</source>
        <translation>La valeur &quot;license.apiLimit&quot; de Make n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1 — Make says: %2</source>
        <translation>%1 — Make indique&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MappingHealth</name>
    <message>
        <source>“%1” is not in the source schema any more</source>
        <translation>«&#xa0;%1&#xa0;» ne figure plus dans le schéma source</translation>
    </message>
    <message>
        <source>“%1” is not in the destination schema any more</source>
        <translation>«&#xa0;%1&#xa0;» ne figure plus dans le schéma de destination</translation>
    </message>
    <message>
        <source>%1 was %2, now %3</source>
        <translation>Le type de %1 est passé de %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
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
        <translation>Première récupération</translation>
    </message>
    <message>
        <source>Field added</source>
        <translation>Champ ajouté</translation>
    </message>
    <message>
        <source>Field removed</source>
        <translation>Champ supprimé</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Type modifié</translation>
    </message>
</context>
<context>
    <name>MonitorCommands</name>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Impossible de configurer la gestion des signaux.</translation>
    </message>
    <message numerus="yes">
        <source>Plumbline is polling %n integration(s); stop with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>Plumbline interroge %n intégration&#xa0;; arrêtez avec Ctrl+C ou SIGTERM.</numerusform>
            <numerusform>Plumbline interroge %n intégrations&#xa0;; arrêtez avec Ctrl+C ou SIGTERM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>There is no open alert %1; see plumbline alerts.</source>
        <translation>Il n&apos;existe aucune alerte ouverte %1&#xa0;; voir plumbline alerts.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Aucune alerte ouverte.</translation>
    </message>
    <message>
        <source>(acknowledged by %1)</source>
        <translation>(acquittée par %1)</translation>
    </message>
    <message>
        <source>(snoozed until %1)</source>
        <translation>(en sourdine jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged; it will still notify if it gets worse.</source>
        <translation>Alerte %1 acquittée&#xa0;; elle notifiera encore si elle s&apos;aggrave.</translation>
    </message>
    <message>
        <source>--until needs a date and time in the future, e.g. 2026-12-01T09:00.</source>
        <translation>--until attend une date et une heure dans le futur, p. ex. 2026-12-01T09:00.</translation>
    </message>
    <message>
        <source>Alert %1 snoozed until %2.</source>
        <translation>Alerte %1 mise en sourdine jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune intégration «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--from and --to need dates and times (ISO 8601), the end after the start.</source>
        <translation>--from et --to attendent des dates et heures (ISO 8601), la fin après le début.</translation>
    </message>
    <message>
        <source>Maintenance window %1 for %2: %3 to %4. Plumbline keeps polling but raises no alerts.</source>
        <translation>Fenêtre de maintenance %1 pour %2&#xa0;: du %3 au %4. Plumbline continue d&apos;interroger mais ne lève aucune alerte.</translation>
    </message>
    <message>
        <source>No maintenance windows.</source>
        <translation>Aucune fenêtre de maintenance.</translation>
    </message>
    <message>
        <source>Maintenance window %1 removed.</source>
        <translation>Fenêtre de maintenance %1 supprimée.</translation>
    </message>
    <message>
        <source>there is no integration &quot;%1&quot;</source>
        <translation>il n&apos;existe aucune intégration «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the workspace has no integrations; import one with plumbline import FILE</source>
        <translation>l&apos;espace de travail ne contient aucune intégration&#xa0;; importez-en une avec plumbline import FILE</translation>
    </message>
    <message>
        <source>Another Plumbline process polls this workspace (%1, process %2 on %3); this one follows and takes over if it stops.</source>
        <translation>Un autre processus Plumbline interroge cet espace de travail (%1, processus %2 sur %3)&#xa0;; celui-ci suit ses résultats et prend le relais s&apos;il s&apos;arrête.</translation>
    </message>
    <message>
        <source>The window ends at %1, which is already past; it would silence nothing. Check the dates.</source>
        <translation>La fenêtre se termine le %1, date déjà passée&#xa0;; elle ne retiendrait aucune alerte. Vérifiez les dates.</translation>
    </message>
    <message>
        <source>Notification to %1 given up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyChannels</name>
    <message>
        <source>required key &quot;%1&quot; is missing</source>
        <translation type="unfinished">la clé obligatoire «&#xa0;%1&#xa0;» est absente</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; write it as HH:MM, e.g. 22:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration (routing) key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished">objet attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected slack, teams, google_chat, email, pagerduty or webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a secret and does not belong in a workspace file; store it in the keychain as &quot;%1%2&quot; (the Notifications page, or `plumbline secret set %1%2`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished">true ou false attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a minimum severity; expected warning or critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin or America/New_York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;from&quot; and &quot;to&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet hours must start and end at different times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object such as {&quot;at&quot;: &quot;08:00&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail channel needs &quot;to&quot;: one address or a list of addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail channel needs &quot;smtp&quot;: {&quot;host&quot;: …, &quot;port&quot;: …, &quot;security&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a secret and does not belong in a workspace file; store it in the keychain as &quot;%1password&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown security &quot;%1&quot;; expected starttls, tls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a port number between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail without TLS may only go to this computer; use starttls or tls for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an e-mail channel has &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyCommands</name>
    <message>
        <source>A test message was delivered to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message to %1 was not delivered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), last: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no notification channel &quot;%1&quot;; use channel/CHANNEL_ID/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 channel keeps no &quot;%2&quot;; it keeps %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of channel &quot;%2&quot; is stored in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyComposer</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished">moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Plumbline monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Plumbline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lasted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is healthy again. It had: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is looking into it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished">non lu</translation>
    </message>
    <message>
        <source>Source count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished">Écart</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished">Depuis</translation>
    </message>
    <message>
        <source>Sent by Plumbline on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation type="unfinished">Plumbline</translation>
    </message>
    <message>
        <source>Test notification for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test from Plumbline. When an integration breaks or recovers, a message like this one names it, says what is wrong and what to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: this message only shows that the channel works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered since the last digest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon: retiring API versions, credentials, quotas (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily digest: nothing broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Daily digest: %n integration(s) broken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broken, %2 recovered, %3 due soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyRouting</name>
    <message>
        <source>below this channel&apos;s minimum severity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the daily digest at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet hours until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the next digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered in a digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>A PDF report needs the graphical application (fonts); none is running.</source>
        <translation>Un rapport PDF nécessite l&apos;application graphique (polices)&#xa0;; aucune n&apos;est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>Impossible de créer le PDF.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 with Plumbline.
All times are UTC. The gap is the destination count minus the source count. This report never contains an API key: credentials are named by their keychain entry.</source>
        <translation>Généré le %1 par %2 avec Plumbline.
Toutes les heures sont exprimées en UTC. L&apos;écart correspond au comptage de destination moins le comptage source. Ce rapport ne contient jamais de clé API&#xa0;: les identifiants sont désignés par leur entrée dans le trousseau.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not add a page to the PDF.</source>
        <translation>Impossible d&apos;ajouter une page au PDF.</translation>
    </message>
    <message>
        <source>Could not finish the PDF.</source>
        <translation>Impossible de finaliser le PDF.</translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>Gap (destination − source)</source>
        <translation>Écart (destination − source)</translation>
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
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Aggravation</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittement</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Mise en sourdine</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Suppressed (maintenance)</source>
        <translation>Retenue (maintenance)</translation>
    </message>
    <message>
        <source>There is no integration %1.</source>
        <translation>Il n&apos;existe aucune intégration %1.</translation>
    </message>
    <message>
        <source>The report needs a start and an end date.</source>
        <translation>Le rapport nécessite une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>The report period is empty: the start (%1) is not before the end (%2).</source>
        <translation>La période du rapport est vide&#xa0;: le début (%1) n&apos;est pas antérieur à la fin (%2).</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Connexion %1</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Intégration %1</translation>
    </message>
    <message>
        <source>Integration audit report</source>
        <translation>Rapport d&apos;audit des intégrations</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>OK (s)</source>
        <translation>OK (s)</translation>
    </message>
    <message>
        <source>Warning (s)</source>
        <translation>Avertissement (s)</translation>
    </message>
    <message>
        <source>Critical (s)</source>
        <translation>Critique (s)</translation>
    </message>
    <message>
        <source>Unknown (s)</source>
        <translation>Inconnu (s)</translation>
    </message>
    <message>
        <source>Monitored (s)</source>
        <translation>Durée surveillée (s)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Interrogations</translation>
    </message>
    <message>
        <source>Failed polls</source>
        <translation>Interrogations en échec</translation>
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
        <translation>Écart</translation>
    </message>
    <message>
        <source>Gap %</source>
        <translation>Écart&#xa0;%</translation>
    </message>
    <message>
        <source>No integration is part of this report.</source>
        <translation>Aucune intégration ne figure dans ce rapport.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Constaté le</translation>
    </message>
    <message>
        <source>No current findings: every check passed at the latest poll.</source>
        <translation>Aucun constat actuel&#xa0;: toutes les vérifications ont réussi lors de la dernière interrogation.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Système source</translation>
    </message>
    <message>
        <source>Source object</source>
        <translation>Objet source</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre source</translation>
    </message>
    <message>
        <source>Destination system</source>
        <translation>Système de destination</translation>
    </message>
    <message>
        <source>Destination object</source>
        <translation>Objet de destination</translation>
    </message>
    <message>
        <source>Destination filter</source>
        <translation>Filtre de destination</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Middleware</source>
        <translation>Middleware</translation>
    </message>
    <message>
        <source>Poll interval (s)</source>
        <translation>Intervalle d&apos;interrogation (s)</translation>
    </message>
    <message>
        <source>Tolerance (%)</source>
        <translation>Tolérance (%)</translation>
    </message>
    <message>
        <source>Tolerance (records)</source>
        <translation>Tolérance (enregistrements)</translation>
    </message>
    <message>
        <source>Lag grace (s)</source>
        <translation>Délai de grâce (s)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Procédure d&apos;intervention</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Champ de destination</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>No field mappings are documented.</source>
        <translation>Aucun mappage de champs n&apos;est documenté.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Record counts of %1</source>
        <translation>Nombre d&apos;enregistrements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation>Source&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Destination: %1 %2</source>
        <translation>Destination&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Granularité</translation>
    </message>
    <message>
        <source>Source (average)</source>
        <translation>Source (moyenne)</translation>
    </message>
    <message>
        <source>Destination (average)</source>
        <translation>Destination (moyenne)</translation>
    </message>
    <message>
        <source>Gap (average)</source>
        <translation>Écart (moyenne)</translation>
    </message>
    <message>
        <source>Gap (lowest)</source>
        <translation>Écart (minimum)</translation>
    </message>
    <message>
        <source>Gap (highest)</source>
        <translation>Écart (maximum)</translation>
    </message>
    <message>
        <source>No counts were recorded for %1 in this period.</source>
        <translation>Aucun comptage n&apos;a été enregistré pour %1 sur cette période.</translation>
    </message>
    <message>
        <source>Record counts: %1 polls in the period, %2 of them failed. Each point is the %3 average; the lower panel shows the gap (destination − source).</source>
        <translation>Nombre d&apos;enregistrements&#xa0;: %1 interrogations sur la période, dont %2 en échec. Chaque point représente la moyenne %3&#xa0;; le graphique inférieur montre l&apos;écart (destination − source).</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>horaire</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>journalière</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mappages des champs</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Synthèse de l&apos;état de santé</translation>
    </message>
    <message>
        <source>Time in each state is the share of the monitored part of the period (from the integration&apos;s creation, up to now) that the integration spent with its worst open alert at that severity; alerts of the connections it uses count too. Counts are the latest average in the period. The gap is always the destination count minus the source count: a negative gap means records are missing at the destination.</source>
        <translation>Le temps passé dans chaque état correspond à la part de la période surveillée (de la création de l&apos;intégration jusqu&apos;à maintenant) pendant laquelle l&apos;alerte ouverte la plus grave de l&apos;intégration présentait ce niveau de gravité&#xa0;; les alertes des connexions qu&apos;elle utilise sont également prises en compte. Les comptages correspondent à la dernière moyenne de la période. L&apos;écart correspond toujours au comptage de destination moins le comptage source&#xa0;: un écart négatif signifie que des enregistrements manquent côté destination.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Every account the integrations use. API keys live in the operating system&apos;s keychain; this report names the keychain entry and never contains a key.</source>
        <translation>Tous les comptes utilisés par les intégrations. Les clés API sont conservées dans le trousseau du système d&apos;exploitation&#xa0;; ce rapport indique l&apos;entrée du trousseau et ne contient jamais de clé.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Credential location</source>
        <translation>Emplacement des identifiants</translation>
    </message>
    <message>
        <source>Server variable</source>
        <translation>Variable d&apos;environnement (serveur)</translation>
    </message>
    <message>
        <source>Credential state</source>
        <translation>État des identifiants</translation>
    </message>
    <message>
        <source>Credential stored</source>
        <translation>Identifiants enregistrés le</translation>
    </message>
    <message>
        <source>Credential age (days)</source>
        <translation>Ancienneté des identifiants (jours)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No connection is used by the integrations in this report.</source>
        <translation>Aucune connexion n&apos;est utilisée par les intégrations de ce rapport.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistrés</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquants</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>trousseau indisponible</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiés</translation>
    </message>
    <message>
        <source>Keychain service &quot;%1&quot;, entry &quot;%2&quot;</source>
        <translation>Trousseau, service «&#xa0;%1&#xa0;», entrée «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Each integration&apos;s documentation, field mappings and record counts over the period (source and destination).</source>
        <translation>Pour chaque intégration, sa documentation, ses mappages des champs et ses nombres d&apos;enregistrements sur la période (source et destination).</translation>
    </message>
    <message>
        <source>Alerts that were open at some time in the period, with their timeline. Durations run to the resolution, or to the report&apos;s generation while open.</source>
        <translation>Alertes ouvertes à un moment quelconque de la période, avec leur chronologie. Les durées courent jusqu&apos;à la résolution ou, pour les alertes encore ouvertes, jusqu&apos;à la génération du rapport.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>To acknowledge</source>
        <translation>Délai d&apos;acquittement</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Aucun incident sur cette période.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>No incident events in this period.</source>
        <translation>Aucun événement d&apos;incident sur cette période.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Chronologie des incidents</translation>
    </message>
    <message>
        <source>Current findings</source>
        <translation>Constats actuels</translation>
    </message>
    <message>
        <source>What the checks found at the latest poll of each integration and connection.</source>
        <translation>Ce que les vérifications ont constaté lors de la dernière interrogation de chaque intégration et de chaque connexion.</translation>
    </message>
    <message>
        <source>API versions and deprecation deadlines</source>
        <translation>Versions d&apos;API et échéances d&apos;obsolescence</translation>
    </message>
    <message>
        <source>The API version each connection uses and what the vendor last said about it. A version within 90 days of its sunset needs planning now.</source>
        <translation>La version d&apos;API utilisée par chaque connexion et la dernière information communiquée à son sujet par le fournisseur. Une version à moins de 90 jours de sa date de fin exige une planification dès maintenant.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Version used</source>
        <translation>Version utilisée</translation>
    </message>
    <message>
        <source>Version served</source>
        <translation>Version servie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deprecated since</source>
        <translation>Obsolète depuis le</translation>
    </message>
    <message>
        <source>Sunset</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Vendor notice</source>
        <translation>Avis du fournisseur</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>No connection is part of this report.</source>
        <translation>Aucune connexion ne figure dans ce rapport.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifiée</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>served a different version</source>
        <translation>autre version servie</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>sunset announced</source>
        <translation>date de fin annoncée</translation>
    </message>
    <message>
        <source>current</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Every change made to the definitions in the period: who, when and what. Secrets are never recorded.</source>
        <translation>Toutes les modifications apportées aux définitions au cours de la période&#xa0;: qui, quand et quoi. Les secrets ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>No changes in this period.</source>
        <translation>Aucune modification sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) and %1 connection(s)</source>
        <translation>
            <numerusform>%n intégration et %1 connexion(s)</numerusform>
            <numerusform>%n intégrations et %1 connexion(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period</source>
        <translation>
            <numerusform>%n incident sur la période</numerusform>
            <numerusform>%n incidents sur la période</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n current finding(s)</source>
        <translation>
            <numerusform>%n constat actuel</numerusform>
            <numerusform>%n constats actuels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the definitions</source>
        <translation>
            <numerusform>%n modification des définitions</numerusform>
            <numerusform>%n modifications des définitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst state now: %1</source>
        <translation>État actuel le plus critique&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Period: %n day(s)</source>
        <translation>
            <numerusform>Période&#xa0;: %n jour</numerusform>
            <numerusform>Période&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>end of life published; not checked yet</source>
        <translation>fin de vie publiée&#xa0;; pas encore vérifiée</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Latest value check, %1: no records could be compared. %2</source>
        <translation>Dernière vérification des valeurs, %1&#xa0;: aucun enregistrement n&apos;a pu être comparé. %2</translation>
    </message>
    <message numerus="yes">
        <source>Latest value check, %1: %2 of %3 sampled records match (%4; 95 % interval %5–%6), %7 missing at the destination, %n request(s).</source>
        <translation>
            <numerusform>Dernière vérification des valeurs, %1&#xa0;: %2 des %3 enregistrements échantillonnés correspondent (%4&#xa0;; intervalle à 95&#xa0;% %5–%6), %7 manquants côté destination, %n requête.</numerusform>
            <numerusform>Dernière vérification des valeurs, %1&#xa0;: %2 des %3 enregistrements échantillonnés correspondent (%4&#xa0;; intervalle à 95&#xa0;% %5–%6), %7 manquants côté destination, %n requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Vérification partielle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Plus récente</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Échantillonnés</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Correspondants</translation>
    </message>
    <message>
        <source>Match rate</source>
        <translation>Taux de correspondance</translation>
    </message>
    <message>
        <source>Low (95 %)</source>
        <translation>Borne basse (95&#xa0;%)</translation>
    </message>
    <message>
        <source>High (95 %)</source>
        <translation>Borne haute (95&#xa0;%)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Requests (source)</source>
        <translation>Requêtes (source)</translation>
    </message>
    <message>
        <source>Requests (destination)</source>
        <translation>Requêtes (destination)</translation>
    </message>
    <message>
        <source>Source records</source>
        <translation>Enregistrements source</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Partial because</source>
        <translation>Partielle parce que</translation>
    </message>
    <message>
        <source>Problem kind</source>
        <translation>Type de problème</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>No value check in this period.</source>
        <translation>Aucune vérification des valeurs sur cette période.</translation>
    </message>
    <message>
        <source>Value checks</source>
        <translation>Vérifications des valeurs</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparés</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Différents</translation>
    </message>
    <message>
        <source>Empty at destination</source>
        <translation>Vides côté destination</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Tronqués</translation>
    </message>
    <message>
        <source>Case only</source>
        <translation>Casse seulement</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Empty at source</source>
        <translation>Vides côté source</translation>
    </message>
    <message>
        <source>Both empty</source>
        <translation>Vides des deux côtés</translation>
    </message>
    <message>
        <source>Differ rate</source>
        <translation>Taux de différence</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>No fields were compared.</source>
        <translation>Aucun champ n&apos;a été comparé.</translation>
    </message>
    <message>
        <source>Fields of the latest value check, most differences first</source>
        <translation>Champs de la dernière vérification des valeurs, par nombre de différences décroissant</translation>
    </message>
    <message>
        <source>Example (redacted)</source>
        <translation>Exemple (masqué)</translation>
    </message>
    <message>
        <source>Examples of the latest value check, redacted (at most 3 a field)</source>
        <translation>Exemples de la dernière vérification des valeurs, masqués (3 au plus par champ)</translation>
    </message>
    <message>
        <source>No value check has run for %1: it samples records of the source, finds them at the destination by the key mapping and compares the mapped fields.</source>
        <translation>Aucune vérification des valeurs n&apos;a été effectuée pour %1&#xa0;: elle prélève un échantillon d&apos;enregistrements côté source, les retrouve côté destination grâce au mappage clé et compare les champs mappés.</translation>
    </message>
    <message>
        <source>%1 (%2, critical only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody: no notification channel reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets notified</source>
        <translation type="unfinished"></translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>No destination was given for the report.</source>
        <translation>Aucune destination n&apos;a été indiquée pour le rapport.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; a CSV report is a folder of files.</source>
        <translation>%1 existe et n&apos;est pas un dossier&#xa0;; un rapport CSV est un dossier de fichiers.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder for the CSV files.</source>
        <translation>Le dossier %1 n&apos;est pas vide&#xa0;; choisissez un dossier nouveau ou vide pour les fichiers CSV.</translation>
    </message>
    <message>
        <source>Could not create a folder beside %1: %2</source>
        <translation>Impossible de créer un dossier à côté de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not move the CSV files into %1.</source>
        <translation>Impossible de déplacer les fichiers CSV dans %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the report.</source>
        <translation>%1 est un dossier&#xa0;; indiquez un nom de fichier pour le rapport.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>records</source>
        <translation>enregistrements</translation>
    </message>
    <message>
        <source>Neither count could be read (%1 nor %2), so the gap is unknown</source>
        <translation>Aucun des deux comptages n&apos;a pu être lu (ni %1 ni %2)&#xa0;; l&apos;écart est donc inconnu</translation>
    </message>
    <message>
        <source>The source count (%1) could not be read, so the gap is unknown</source>
        <translation>Le comptage source (%1) n&apos;a pas pu être lu&#xa0;; l&apos;écart est donc inconnu</translation>
    </message>
    <message>
        <source>The destination count (%1) could not be read, so the gap is unknown</source>
        <translation>Le comptage de destination (%1) n&apos;a pas pu être lu&#xa0;; l&apos;écart est donc inconnu</translation>
    </message>
    <message>
        <source>%1 holds %2 of %3&apos;s %4 %5: %6 missing (%7 %) for %8</source>
        <translation>%1 contient %2 des %4 %5 de %3&#xa0;: %6 manquants (%7&#xa0;%) depuis %8</translation>
    </message>
    <message>
        <source>%1 holds %2 %3, %4 more than %5&apos;s %6 (%7 %) for %8</source>
        <translation>%1 contient %2 %3, soit %4 de plus que les %6 de %5 (%7&#xa0;%) depuis %8</translation>
    </message>
    <message numerus="yes">
        <source>, and the gap grew on each of the last %n checks</source>
        <translation>
            <numerusform>, et l&apos;écart se creuse depuis %n vérification</numerusform>
            <numerusform>, et l&apos;écart se creuse depuis %n vérifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are not arriving in %1. Open the sync that carries them (the Make scenario, the Zap or the built-in integration) and look at its recent history for errors or skipped records. Common causes: a required field left empty, invalid e-mail addresses, contacts that unsubscribed or bounced (Mailchimp counts only subscribed members), or a filter on one side that the other does not have.</source>
        <translation>Les enregistrements n&apos;arrivent pas dans %1. Ouvrez la synchronisation qui les transporte (le scénario Make, le Zap ou l&apos;intégration native) et consultez son historique récent pour repérer des erreurs ou des enregistrements ignorés. Causes fréquentes&#xa0;: un champ obligatoire laissé vide, des adresses e-mail non valides, des contacts désabonnés ou dont les e-mails rebondissent (Mailchimp ne compte que les membres abonnés), ou un filtre appliqué d&apos;un côté mais pas de l&apos;autre.</translation>
    </message>
    <message>
        <source>%1 has more records than %2. Check whether records deleted or archived in %2 are still kept in %1, whether a second sync or an import also writes to %1, and whether both sides use the same filter.</source>
        <translation>%1 contient plus d&apos;enregistrements que %2. Vérifiez si des enregistrements supprimés ou archivés dans %2 sont toujours conservés dans %1, si une deuxième synchronisation ou une importation écrit aussi dans %1, et si les deux côtés utilisent le même filtre.</translation>
    </message>
    <message>
        <source>%1 has stayed at %2 %3 for %4 while %5 changed by %6</source>
        <translation>%1 est resté à %2 %3 depuis %4 alors que %5 a varié de %6</translation>
    </message>
    <message>
        <source>Nothing has reached %1 for %2 although %3 changed. Check that the sync between them is switched on and still signed in to both systems, and look at its history for errors.</source>
        <translation>Rien n&apos;est arrivé dans %1 depuis %2 alors que %3 a changé. Vérifiez que la synchronisation entre les deux est activée et toujours authentifiée auprès des deux systèmes, et consultez son historique pour repérer des erreurs.</translation>
    </message>
    <message>
        <source>Open %1 and look at the scenario or Zap %2: switch it back on, fix the step it marks as broken (often a connection that needs signing in again), and run it once to catch up.</source>
        <translation>Ouvrez %1 et examinez le scénario ou Zap %2&#xa0;: réactivez-le, corrigez l&apos;étape signalée comme défaillante (souvent une connexion qui demande une nouvelle authentification), puis exécutez-le une fois pour rattraper le retard.</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is marked invalid and cannot run</source>
        <translation>Le scénario ou Zap %1 dans %2 est marqué comme non valide et ne peut pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is switched off</source>
        <translation>Le scénario ou Zap %1 dans %2 est désactivé</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is paused</source>
        <translation>Le scénario ou Zap %1 dans %2 est en pause</translation>
    </message>
    <message>
        <source>Open %1 and check the schedule of %2: is it still switched on, is its trigger still firing, and has the plan run out of operations or tasks?</source>
        <translation>Ouvrez %1 et vérifiez la planification de %2&#xa0;: est-il toujours activé, son déclencheur se déclenche-t-il encore, et l&apos;abonnement a-t-il épuisé ses opérations ou ses tâches&#xa0;?</translation>
    </message>
    <message>
        <source>%1 made no runs in %2 (about %3 expected)</source>
        <translation>%1 n&apos;a effectué aucune exécution en %2 (environ %3 attendues)</translation>
    </message>
    <message>
        <source>%1 made %2 runs in %3 (about %4 expected)</source>
        <translation>%1 a effectué %2 exécutions en %3 (environ %4 attendues)</translation>
    </message>
    <message>
        <source>%1 has not run successfully for %2</source>
        <translation>%1 ne s&apos;est pas exécuté avec succès depuis %2</translation>
    </message>
    <message>
        <source>Polling has stopped. If Plumbline runs on a server, check that the &quot;plumbline run&quot; service is still running; on a desktop, check that Plumbline is open and the computer did not sleep.</source>
        <translation>L&apos;interrogation s&apos;est arrêtée. Si Plumbline tourne sur un serveur, vérifiez que le service «&#xa0;plumbline run&#xa0;» est toujours actif&#xa0;; sur un poste de travail, vérifiez que Plumbline est ouvert et que l&apos;ordinateur ne s&apos;est pas mis en veille.</translation>
    </message>
    <message>
        <source>No successful check yet, %1 after the first attempt</source>
        <translation>Aucune vérification réussie pour l&apos;instant, %1 après la première tentative</translation>
    </message>
    <message>
        <source>The monitor&apos;s last check is dated %1 in the future: the computer&apos;s clock may have changed</source>
        <translation>La dernière vérification du moniteur porte une date située %1 dans le futur&#xa0;: l&apos;horloge de l&apos;ordinateur a peut-être été modifiée</translation>
    </message>
    <message>
        <source>The last successful check is dated %1 in the future: the computer&apos;s clock may have changed</source>
        <translation>La dernière vérification réussie porte une date située %1 dans le futur&#xa0;: l&apos;horloge de l&apos;ordinateur a peut-être été modifiée</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date, time and time zone settings; the warning clears by itself once a new check succeeds.</source>
        <translation>Vérifiez les réglages de date, d&apos;heure et de fuseau horaire de l&apos;ordinateur&#xa0;; l&apos;avertissement disparaît de lui-même dès qu&apos;une nouvelle vérification réussit.</translation>
    </message>
    <message>
        <source>Last checked %1 ago: polling has stopped</source>
        <translation>Dernière vérification il y a %1&#xa0;: l&apos;interrogation s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Last successful check %1 ago (expected every %2)</source>
        <translation>Dernière vérification réussie il y a %1 (attendue toutes les %2)</translation>
    </message>
    <message>
        <source>%1 %2 changed by %3 in %4, against a usual %5 per check (score %6)</source>
        <translation>%2 dans %1&#xa0;: variation de %3 en %4, contre %5 habituellement par vérification (score %6)</translation>
    </message>
    <message>
        <source>Many records disappeared from %1 at once. Ask who deleted, merged or archived records, or changed a list or filter; check the change log of %1.</source>
        <translation>De nombreux enregistrements ont disparu de %1 d&apos;un coup. Demandez qui a supprimé, fusionné ou archivé des enregistrements, ou modifié une liste ou un filtre&#xa0;; consultez le journal des modifications de %1.</translation>
    </message>
    <message>
        <source>Many records arrived in %1 at once. Check for a list import, a new form or a bot filling in a form; make sure the new records are meant to flow on to %2.</source>
        <translation>De nombreux enregistrements sont arrivés dans %1 d&apos;un coup. Cherchez une importation de liste, un nouveau formulaire ou un robot qui remplit un formulaire&#xa0;; assurez-vous que ces nouveaux enregistrements doivent bien être transmis à %2.</translation>
    </message>
    <message>
        <source>Open %1 and look at the history of %2: the failed runs show which step failed and why (often a connection that needs signing in again, a changed field, or a full plan). Fix it, then re-run or resolve the stored incomplete runs so no record is lost.</source>
        <translation>Ouvrez %1 et consultez l&apos;historique de %2&#xa0;: les exécutions en échec indiquent quelle étape a échoué et pourquoi (souvent une connexion qui demande une nouvelle authentification, un champ modifié ou un abonnement dont le quota est épuisé). Corrigez le problème, puis relancez ou résolvez les exécutions incomplètes conservées pour qu&apos;aucun enregistrement ne soit perdu.</translation>
    </message>
    <message>
        <source>the automation tool</source>
        <translation>l&apos;outil d&apos;automatisation</translation>
    </message>
    <message>
        <source>The last %1 runs of %2 failed</source>
        <translation>Les %1 dernières exécutions de %2 ont échoué</translation>
    </message>
    <message>
        <source>%1 of %2 runs of %3 failed in %4 (%5 %)</source>
        <translation>%1 exécutions de %3 sur %2 ont échoué en %4 (%5&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 holds %2 incomplete runs of %3 waiting to be resolved</source>
        <translation>%1 contient %2 exécutions incomplètes de %3 en attente de résolution</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings (the gear icon) › Integrations › Private Apps (on newer accounts: Development › Legacy apps), open the app Plumbline uses, or create one with read access to the CRM objects you monitor, and copy the access token from its Auth tab (&quot;Show token&quot;).</source>
        <translation>Dans HubSpot, ouvrez Settings (l&apos;icône en forme d&apos;engrenage) › Integrations › Private Apps (sur les comptes récents&#xa0;: Development › Legacy apps), ouvrez l&apos;application utilisée par Plumbline ou créez-en une avec un accès en lecture aux objets CRM que vous surveillez, puis copiez le token d&apos;accès depuis son onglet Auth («&#xa0;Show token&#xa0;»).</translation>
    </message>
    <message>
        <source>The Salesforce session or access token has expired or was revoked, or the user was deactivated. Ask your Salesforce admin to check the user under Setup › Users and to issue a new access token for the connected app Plumbline uses (Setup › App Manager).</source>
        <translation>La session ou le token d&apos;accès Salesforce a expiré ou a été révoqué, ou l&apos;utilisateur a été désactivé. Demandez à votre administrateur Salesforce de vérifier l&apos;utilisateur dans Setup › Users et d&apos;émettre un nouveau token d&apos;accès pour l&apos;application connectée utilisée par Plumbline (Setup › App Manager).</translation>
    </message>
    <message>
        <source>In Mailchimp, click your profile picture › Profile › Extras › API keys, and choose Create A Key. Copy it whole: the end of the key after the dash (for example -us6) names your account&apos;s data centre.</source>
        <translation>Dans Mailchimp, cliquez sur votre photo de profil › Profile › Extras › API keys, puis choisissez Create A Key. Copiez-la en entier&#xa0;: la fin de la clé après le tiret (par exemple -us6) désigne le centre de données de votre compte.</translation>
    </message>
    <message>
        <source>In the Shopify admin, open Settings › Apps and sales channels › Develop apps, select the app Plumbline uses › API credentials, and reveal or reinstall to get a new Admin API access token (it is shown only once).</source>
        <translation>Dans l&apos;administration Shopify, ouvrez Settings › Apps and sales channels › Develop apps, sélectionnez l&apos;application utilisée par Plumbline › API credentials, puis affichez le token ou réinstallez l&apos;application pour obtenir un nouveau token d&apos;accès Admin API (il n&apos;est affiché qu&apos;une seule fois).</translation>
    </message>
    <message>
        <source>In Make, click your avatar › Profile › API access › Add token, with at least the scenarios:read scope. Tokens belong to one zone (eu1, us1, …): create it in the zone this connection uses.</source>
        <translation>Dans Make, cliquez sur votre avatar › Profile › API access › Add token, avec au moins le scope scenarios:read. Chaque token appartient à une zone (eu1, us1, …)&#xa0;: créez-le dans la zone utilisée par cette connexion.</translation>
    </message>
    <message>
        <source>The Zapier access token was revoked or has expired. Ask whoever set up Plumbline&apos;s access to Zapier to sign in again and issue a new token with the zap:runs scope.</source>
        <translation>Le token d&apos;accès Zapier a été révoqué ou a expiré. Demandez à la personne qui a configuré l&apos;accès de Plumbline à Zapier de se reconnecter et d&apos;émettre un nouveau token avec le scope zap:runs.</translation>
    </message>
    <message>
        <source>Ask the owner of this service for a new API key, and check in the connection&apos;s options that the header name and scheme (for example Authorization: Bearer) are still right.</source>
        <translation>Demandez une nouvelle clé API au responsable de ce service, et vérifiez dans les options de la connexion que le nom d&apos;en-tête et le schéma (par exemple Authorization: Bearer) sont toujours corrects.</translation>
    </message>
    <message>
        <source>The HubSpot private app lacks a scope. In HubSpot open Settings › Integrations › Private Apps › the app › Scopes and tick the read scopes of the objects you monitor (for contacts: crm.objects.contacts.read and crm.schemas.contacts.read). If HubSpot issues a new token, paste it into Plumbline.</source>
        <translation>Il manque un scope à l&apos;application privée HubSpot. Dans HubSpot, ouvrez Settings › Integrations › Private Apps › l&apos;application › Scopes et cochez les scopes de lecture des objets que vous surveillez (pour les contacts&#xa0;: crm.objects.contacts.read et crm.schemas.contacts.read). Si HubSpot émet un nouveau token, collez-le dans Plumbline.</translation>
    </message>
    <message>
        <source>The Salesforce user behind the token may no longer read this object or its fields. Ask your Salesforce admin to check the user&apos;s profile or permission set: API Enabled, Read on the object, field-level access to the mapped fields, and View Setup and Configuration for the API usage figures.</source>
        <translation>L&apos;utilisateur Salesforce associé au token n&apos;a peut-être plus le droit de lire cet objet ou ses champs. Demandez à votre administrateur Salesforce de vérifier le profil ou l&apos;ensemble d&apos;autorisations de l&apos;utilisateur&#xa0;: API Enabled, Read sur l&apos;objet, accès au niveau des champs pour les champs mappés, et View Setup and Configuration pour les chiffres d&apos;utilisation de l&apos;API.</translation>
    </message>
    <message>
        <source>Mailchimp API keys have no scopes: the key&apos;s user needs access to this audience. Check the user&apos;s role (Manager or above) under Account &amp; billing › Settings › Users, and that the audience id in the connection is still right.</source>
        <translation>Les clés API Mailchimp n&apos;ont pas de scopes&#xa0;: l&apos;utilisateur de la clé doit avoir accès à cette audience. Vérifiez le rôle de l&apos;utilisateur (Manager ou supérieur) dans Account &amp; billing › Settings › Users, ainsi que l&apos;identifiant d&apos;audience indiqué dans la connexion.</translation>
    </message>
    <message>
        <source>The Shopify app lacks an access scope. In the Shopify admin open Settings › Apps and sales channels › Develop apps › the app › Configuration › Admin API integration, add the read scope of what you monitor (for example read_customers, read_orders), save and reinstall the app.</source>
        <translation>Il manque un scope d&apos;accès à l&apos;application Shopify. Dans l&apos;administration Shopify, ouvrez Settings › Apps and sales channels › Develop apps › l&apos;application › Configuration › Admin API integration, ajoutez le scope de lecture de ce que vous surveillez (par exemple read_customers, read_orders), enregistrez et réinstallez l&apos;application.</translation>
    </message>
    <message>
        <source>The Make token lacks a scope. Create a new token in Make (avatar › Profile › API access) with scenarios:read, and organizations:read for the plan&apos;s limits.</source>
        <translation>Il manque un scope au token Make. Créez un nouveau token dans Make (avatar › Profile › API access) avec scenarios:read, et organizations:read pour les limites de l&apos;abonnement.</translation>
    </message>
    <message>
        <source>The Zapier token lacks the zap:runs scope, or the Zap belongs to an account it cannot see. Ask whoever set up the access to grant it.</source>
        <translation>Il manque le scope zap:runs au token Zapier, ou le Zap appartient à un compte que ce token ne peut pas voir. Demandez à la personne qui a configuré l&apos;accès de l&apos;accorder.</translation>
    </message>
    <message>
        <source>The key is valid but not allowed to read this data. Ask the owner of this service to grant it read access.</source>
        <translation>La clé est valide mais n&apos;est pas autorisée à lire ces données. Demandez au responsable de ce service de lui accorder un accès en lecture.</translation>
    </message>
    <message>
        <source>HubSpot is moving to dated API versions (for example 2026-03); the old v1–v4 paths end in September 2027. In Plumbline open Connections › edit this connection › API version and choose the current dated version; ask whoever built the sync to do the same.</source>
        <translation>HubSpot passe à des versions d&apos;API datées (par exemple 2026-03)&#xa0;; les anciens chemins v1–v4 prennent fin en septembre 2027. Dans Plumbline, ouvrez Connexions › modifier cette connexion › Version de l&apos;API et choisissez la version datée actuelle&#xa0;; demandez à la personne qui a créé la synchronisation d&apos;en faire autant.</translation>
    </message>
    <message>
        <source>Salesforce retires old API versions. In Plumbline open Connections › edit this connection › API version and choose a supported version (for example 62.0); ask whoever built the sync whether it uses the same old version.</source>
        <translation>Salesforce retire les anciennes versions d&apos;API. Dans Plumbline, ouvrez Connexions › modifier cette connexion › Version de l&apos;API et choisissez une version prise en charge (par exemple 62.0)&#xa0;; demandez à la personne qui a créé la synchronisation si elle utilise la même ancienne version.</translation>
    </message>
    <message>
        <source>Shopify supports each API version for about a year, then silently answers with a newer one. In Plumbline open Connections › edit this connection › API version and choose a current version; check that the apps that sync your store were updated too.</source>
        <translation>Shopify prend en charge chaque version d&apos;API pendant environ un an, puis répond sans prévenir avec une version plus récente. Dans Plumbline, ouvrez Connexions › modifier cette connexion › Version de l&apos;API et choisissez une version actuelle&#xa0;; vérifiez que les applications qui synchronisent votre boutique ont elles aussi été mises à jour.</translation>
    </message>
    <message>
        <source>The vendor is retiring the API version this connection uses. In Plumbline open Connections › edit this connection › API version and choose a current one; ask whoever built the sync to check theirs.</source>
        <translation>Le fournisseur retire la version d&apos;API utilisée par cette connexion. Dans Plumbline, ouvrez Connexions › modifier cette connexion › Version de l&apos;API et choisissez une version actuelle&#xa0;; demandez à la personne qui a créé la synchronisation de vérifier la sienne.</translation>
    </message>
    <message>
        <source>%1 rejected Plumbline&apos;s key%2: it was revoked, has expired or was mistyped</source>
        <translation>%1 a refusé la clé de Plumbline%2&#xa0;: elle a été révoquée, a expiré ou a été mal saisie</translation>
    </message>
    <message>
        <source>%1 accepted Plumbline&apos;s key but refused access%2: a permission or scope is missing</source>
        <translation>%1 a accepté la clé de Plumbline mais a refusé l&apos;accès%2&#xa0;: il manque une autorisation ou un scope</translation>
    </message>
    <message>
        <source>The key of %1 is %2 days old; your policy is to replace keys every %3 days</source>
        <translation>La clé de %1 a %2 jours&#xa0;; votre politique prévoit de remplacer les clés tous les %3 jours</translation>
    </message>
    <message>
        <source>Revoke the old key afterwards so only the new one works.</source>
        <translation>Révoquez ensuite l&apos;ancienne clé pour que seule la nouvelle fonctionne.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>API version %1 of %2 has been retired%3: requests to it no longer work</source>
        <translation>La version d&apos;API %1 de %2 a été retirée%3&#xa0;: les requêtes qui l&apos;utilisent ne fonctionnent plus</translation>
    </message>
    <message>
        <source>%1 answered with API version %2 instead of the requested %3: the old version is no longer served</source>
        <translation>%1 a répondu avec la version d&apos;API %2 au lieu de la version %3 demandée&#xa0;: l&apos;ancienne version n&apos;est plus servie</translation>
    </message>
    <message>
        <source>(another)</source>
        <translation>(une autre)</translation>
    </message>
    <message>
        <source>API version %1 of %2 passed its end date %3 days ago and may stop working at any moment</source>
        <translation>La version d&apos;API %1 de %2 a dépassé sa date de fin il y a %3 jours et peut cesser de fonctionner à tout moment</translation>
    </message>
    <message numerus="yes">
        <source>API version %1 of %2 stops working on %3, in %n day(s)</source>
        <translation>
            <numerusform>La version d&apos;API %1 de %2 cessera de fonctionner le %3, dans %n jour</numerusform>
            <numerusform>La version d&apos;API %1 de %2 cessera de fonctionner le %3, dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>API version %1 of %2 is deprecated</source>
        <translation>La version d&apos;API %1 de %2 est obsolète</translation>
    </message>
    <message>
        <source>%1 has used up its API quota%2: every system sharing it is refused until the quota resets</source>
        <translation>%1 a épuisé son quota d&apos;API%2&#xa0;: tous les systèmes qui le partagent se voient refuser l&apos;accès jusqu&apos;à sa réinitialisation</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 API calls left (%4 %)</source>
        <translation>Il reste à %1 %2 appels API sur %3 (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 API calls left in its %4 window (%5 %)</source>
        <translation>Il reste à %1 %2 appels API sur %3 dans sa fenêtre de %4 (%5&#xa0;%)</translation>
    </message>
    <message>
        <source>, and it answered &quot;too many requests&quot;</source>
        <translation>, et a répondu «&#xa0;trop de requêtes&#xa0;»</translation>
    </message>
    <message>
        <source>%1 answered &quot;too many requests&quot; and asked to wait %2</source>
        <translation>%1 a répondu «&#xa0;trop de requêtes&#xa0;» et a demandé d&apos;attendre %2</translation>
    </message>
    <message>
        <source>%1 answered &quot;too many requests&quot;</source>
        <translation>%1 a répondu «&#xa0;trop de requêtes&#xa0;»</translation>
    </message>
    <message>
        <source>Plumbline uses only a few calls per check; something else is using this account&apos;s API allowance heavily (another sync, an export, a new app or a script). Look at the account&apos;s API usage page or ask whoever runs the other integrations; if it keeps happening, spread scheduled jobs out or raise the plan&apos;s limit.</source>
        <translation>Plumbline n&apos;utilise que quelques appels par vérification&#xa0;; autre chose consomme fortement le quota d&apos;API de ce compte (une autre synchronisation, un export, une nouvelle application ou un script). Consultez la page d&apos;utilisation de l&apos;API du compte ou interrogez les personnes qui gèrent les autres intégrations&#xa0;; si cela se reproduit, étalez les tâches planifiées ou augmentez la limite de l&apos;abonnement.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, even after retrying</source>
        <translation>%1 n&apos;a pas répondu à temps, même après plusieurs tentatives</translation>
    </message>
    <message>
        <source>Check the vendor&apos;s status page for an outage. If the vendor reports no problem, check this computer&apos;s internet connection, proxy or VPN.</source>
        <translation>Consultez la page d&apos;état du fournisseur pour vérifier s&apos;il y a une panne. Si le fournisseur ne signale aucun problème, vérifiez la connexion Internet, le proxy ou le VPN de cet ordinateur.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: son certificat n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>Often a company proxy or antivirus that inspects secure traffic, or a wrong date on this computer. Check the date and time, and ask IT whether a proxy intercepts connections to this vendor; also check the connection&apos;s address.</source>
        <translation>Cause fréquente&#xa0;: un proxy d&apos;entreprise ou un antivirus qui inspecte le trafic sécurisé, ou une date erronée sur cet ordinateur. Vérifiez la date et l&apos;heure, et demandez au service informatique si un proxy intercepte les connexions vers ce fournisseur&#xa0;; vérifiez aussi l&apos;adresse de la connexion.</translation>
    </message>
    <message>
        <source>%1 could not be reached: the address could not be found or the connection was refused</source>
        <translation>%1 est injoignable&#xa0;: l&apos;adresse est introuvable ou la connexion a été refusée</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet connection, proxy or VPN, and the connection&apos;s address (base URL) in Plumbline; then check the vendor&apos;s status page.</source>
        <translation>Vérifiez la connexion Internet, le proxy ou le VPN de cet ordinateur, ainsi que l&apos;adresse de la connexion (URL de base) dans Plumbline&#xa0;; consultez ensuite la page d&apos;état du fournisseur.</translation>
    </message>
    <message>
        <source>%1 answered with a server error%2, even after retrying</source>
        <translation>%1 a répondu par une erreur serveur%2, même après plusieurs tentatives</translation>
    </message>
    <message>
        <source>The problem is at the vendor. Check its status page; if it lasts, contact its support with the time shown here. Nothing needs changing in Plumbline.</source>
        <translation>Le problème se situe chez le fournisseur. Consultez sa page d&apos;état&#xa0;; si cela dure, contactez son support en indiquant l&apos;heure affichée ici. Aucune modification n&apos;est nécessaire dans Plumbline.</translation>
    </message>
    <message>
        <source>%1 answered%2 but Plumbline could not read the answer: the API may have changed</source>
        <translation>%1 a répondu%2 mais Plumbline n&apos;a pas pu lire la réponse&#xa0;: l&apos;API a peut-être changé</translation>
    </message>
    <message>
        <source>Check the vendor&apos;s status page and developer changelog for a change to the API. Check the connection&apos;s address and API version in Plumbline (a proxy or login page may answer instead of the vendor). If it persists, update Plumbline.</source>
        <translation>Consultez la page d&apos;état et le journal des modifications pour développeurs du fournisseur pour repérer un changement d&apos;API. Vérifiez l&apos;adresse et la version d&apos;API de la connexion dans Plumbline (un proxy ou une page de connexion peut répondre à la place du fournisseur). Si le problème persiste, mettez à jour Plumbline.</translation>
    </message>
    <message>
        <source>The mapped field %1 no longer exists in %2</source>
        <translation>Le champ mappé %1 n&apos;existe plus dans %2</translation>
    </message>
    <message>
        <source>The mapped field %1 no longer exists in %2 (renamed to %3?)</source>
        <translation>Le champ mappé %1 n&apos;existe plus dans %2 (renommé en %3&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 in %2 (renamed to %3?)</source>
        <translation>%1 dans %2 (renommé en %3&#xa0;?)</translation>
    </message>
    <message numerus="yes">
        <source>%n mapped fields no longer exist: %1</source>
        <translation>
            <numerusform>%n champ mappé n&apos;existe plus&#xa0;: %1</numerusform>
            <numerusform>%n champs mappés n&apos;existent plus&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 is the field that matches records</source>
        <translation>&#xa0;; %1 est le champ qui permet d&apos;apparier les enregistrements</translation>
    </message>
    <message>
        <source>Someone renamed or deleted the field %1 in %2. Ask who changed the fields there; then update the field mapping in the sync and in Plumbline (Integrations › edit › Mappings).</source>
        <translation>Quelqu&apos;un a renommé ou supprimé le champ %1 dans %2. Demandez qui a modifié les champs à cet endroit, puis mettez à jour le mappage des champs dans la synchronisation et dans Plumbline (Intégrations › modifier › Mappages).</translation>
    </message>
    <message>
        <source>The field %1 in %2 was probably renamed to %3. Check the field in %2&apos;s settings, then update the mapping in the sync that carries the data and in Plumbline (Integrations › edit › Mappings).</source>
        <translation>Le champ %1 de %2 a probablement été renommé en %3. Vérifiez le champ dans les paramètres de %2, puis mettez à jour le mappage dans la synchronisation qui transporte les données et dans Plumbline (Intégrations › modifier › Mappages).</translation>
    </message>
    <message>
        <source>Without this field the sync cannot tell which records belong together and may create duplicates or stop.</source>
        <translation>Sans ce champ, la synchronisation ne peut pas savoir quels enregistrements vont ensemble et risque de créer des doublons ou de s&apos;arrêter.</translation>
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
        <translation>plus de %1 jours</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Then in Plumbline choose Connections › select %1 › Set API key… (Ctrl+K) and paste the new key; on a server without a desktop run: plumbline secret set %1</source>
        <translation>Ensuite, dans Plumbline, choisissez Connexions › sélectionnez %1 › Définir la clé API… (Ctrl+K) et collez la nouvelle clé&#xa0;; sur un serveur sans interface graphique, exécutez&#xa0;: plumbline secret set %1</translation>
    </message>
    <message>
        <source>The count could not be read because %1. Fix that first: once Plumbline can read both counts again it compares them on the next check.</source>
        <translation>Le comptage n&apos;a pas pu être lu, car %1. Corrigez d&apos;abord ce problème&#xa0;: dès que Plumbline pourra de nouveau lire les deux comptages, il les comparera lors de la vérification suivante.</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>&#xa0;; et </translation>
    </message>
    <message>
        <source>Plumbline has not checked this integration recently: check that polling is not paused (View › Pause polling) and that Plumbline (or its &quot;plumbline run&quot; service) is running.</source>
        <translation>Plumbline n&apos;a pas vérifié cette intégration récemment&#xa0;: vérifiez que l&apos;interrogation n&apos;est pas suspendue (Affichage › Suspendre l&apos;interrogation) et que Plumbline (ou son service «&#xa0;plumbline run&#xa0;») est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Plumbline has not managed to read both counts recently, because %1.</source>
        <translation>Plumbline n&apos;a pas réussi à lire les deux comptages récemment, car %1.</translation>
    </message>
    <message>
        <source>the object of %1 no longer exists (see the finding about it)</source>
        <translation>l&apos;objet de %1 n&apos;existe plus (voir le constat correspondant)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>the HubSpot object type</source>
        <translation>le type d&apos;objet HubSpot</translation>
    </message>
    <message>
        <source>the Salesforce object</source>
        <translation>l&apos;objet Salesforce</translation>
    </message>
    <message>
        <source>the Mailchimp audience</source>
        <translation>l&apos;audience Mailchimp</translation>
    </message>
    <message>
        <source>the Shopify resource</source>
        <translation>la ressource Shopify</translation>
    </message>
    <message>
        <source>the Make scenario</source>
        <translation>le scénario Make</translation>
    </message>
    <message>
        <source>the Zap</source>
        <translation>le Zap</translation>
    </message>
    <message>
        <source>the API endpoint</source>
        <translation>l&apos;endpoint de l&apos;API</translation>
    </message>
    <message>
        <source>If it was recreated under a new id, open this integration in Plumbline (select it, then Edit…, Ctrl+E) and enter the new id, and make sure the sync that carries the data uses it too.</source>
        <translation>S&apos;il a été recréé sous un nouvel identifiant, ouvrez cette intégration dans Plumbline (sélectionnez-la, puis Modifier…, Ctrl+E), saisissez le nouvel identifiant et assurez-vous que la synchronisation qui transporte les données l&apos;utilise aussi.</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings › Data Management › Objects and check that %1 still exists (a custom object may have been deleted or its internal name changed).</source>
        <translation>Dans HubSpot, ouvrez Settings › Data Management › Objects et vérifiez que %1 existe toujours (un objet personnalisé a peut-être été supprimé ou son nom interne modifié).</translation>
    </message>
    <message>
        <source>Ask your Salesforce admin to look for %1 under Setup › Object Manager: it may have been deleted or renamed, or the user behind Plumbline&apos;s access may no longer see it.</source>
        <translation>Demandez à votre administrateur Salesforce de rechercher %1 dans Setup › Object Manager&#xa0;: il a peut-être été supprimé ou renommé, ou l&apos;utilisateur associé à l&apos;accès de Plumbline ne le voit peut-être plus.</translation>
    </message>
    <message>
        <source>In Mailchimp, open Audience › All contacts and check that %1 still exists; its id is under Audience › Settings › Audience name and defaults.</source>
        <translation>Dans Mailchimp, ouvrez Audience › All contacts et vérifiez que %1 existe toujours&#xa0;; son identifiant figure dans Audience › Settings › Audience name and defaults.</translation>
    </message>
    <message>
        <source>Check in the Shopify admin that %1 still exists, and that the shop address and API version of the connection are right.</source>
        <translation>Vérifiez dans l&apos;administration Shopify que %1 existe toujours, et que l&apos;adresse de la boutique et la version d&apos;API de la connexion sont correctes.</translation>
    </message>
    <message>
        <source>In Make, open Scenarios and look for %1 (the id is the number in the scenario&apos;s address, …/scenarios/&lt;id&gt;/edit). Without it nothing carries the records any more.</source>
        <translation>Dans Make, ouvrez Scenarios et recherchez %1 (l&apos;identifiant est le nombre figurant dans l&apos;adresse du scénario, …/scenarios/&lt;id&gt;/edit). Sans ce scénario, plus rien ne transporte les enregistrements.</translation>
    </message>
    <message>
        <source>In Zapier, open Zaps (look in the trash too) and check that %1 still exists (the id is in the Zap&apos;s address, zapier.com/editor/&lt;id&gt;). Without it nothing carries the records any more.</source>
        <translation>Dans Zapier, ouvrez Zaps (regardez aussi dans la corbeille) et vérifiez que %1 existe toujours (l&apos;identifiant figure dans l&apos;adresse du Zap, zapier.com/editor/&lt;id&gt;). Sans ce Zap, plus rien ne transporte les enregistrements.</translation>
    </message>
    <message>
        <source>Ask the owner of this service whether %1 still exists at the address in the connection, or whether it moved.</source>
        <translation>Demandez au responsable de ce service si %1 existe toujours à l&apos;adresse indiquée dans la connexion, ou s&apos;il a été déplacé.</translation>
    </message>
    <message>
        <source>%1 cannot be checked in %2: %3</source>
        <translation>Impossible de vérifier %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Open this integration in Plumbline (select it, then Edit…, Ctrl+E) and fill in what is missing.</source>
        <translation>Ouvrez cette intégration dans Plumbline (sélectionnez-la, puis Modifier…, Ctrl+E) et complétez ce qui manque.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 no longer exists in %2%3: it was deleted or its id changed</source>
        <translation>%1 n&apos;existe plus dans %2%3&#xa0;: l&apos;élément a été supprimé ou son identifiant a changé</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 dans %3</translation>
    </message>
    <message>
        <source>; also gone: %1</source>
        <translation>&#xa0;; également introuvable(s)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plumbline has no API key for %1, so it could not check it (nothing was sent to the vendor)</source>
        <translation>Plumbline n&apos;a pas de clé API pour la connexion %1 et n&apos;a donc pas pu la vérifier (rien n&apos;a été envoyé au fournisseur)</translation>
    </message>
    <message>
        <source>Give Plumbline the key: in the window choose Connections › select %1 › Set API key… (Ctrl+K). Where Plumbline runs without a desktop (cron, a server, CI), set the environment variable %2 for the plumbline command, or store the key once with: plumbline secret set %1.</source>
        <translation>Fournissez la clé à Plumbline&#xa0;: dans la fenêtre, choisissez Connexions › sélectionnez %1 › Définir la clé API… (Ctrl+K). Lorsque Plumbline s&apos;exécute sans interface graphique (cron, serveur, CI), définissez la variable d&apos;environnement %2 pour la commande plumbline, ou enregistrez la clé une fois pour toutes avec&#xa0;: plumbline secret set %1.</translation>
    </message>
    <message>
        <source>If you need a new key:</source>
        <translation>Si vous avez besoin d&apos;une nouvelle clé&#xa0;:</translation>
    </message>
    <message>
        <source>The API key of %1 contains a line break or another control character, so Plumbline did not send it (nothing was sent to the vendor)</source>
        <translation>La clé API de la connexion %1 contient un saut de ligne ou un autre caractère de contrôle&#xa0;; Plumbline ne l&apos;a donc pas envoyée (rien n&apos;a été envoyé au fournisseur)</translation>
    </message>
    <message>
        <source>A key never contains line breaks; this one was probably pasted with an extra line. Store it again: Connections › select %1 › Set API key… (Ctrl+K), or plumbline secret set %1. Where the key comes from the environment variable %2, set it without the line break.</source>
        <translation>Une clé ne contient jamais de saut de ligne&#xa0;; celle-ci a probablement été collée avec une ligne en trop. Enregistrez-la de nouveau&#xa0;: Connexions › sélectionnez %1 › Définir la clé API… (Ctrl+K), ou plumbline secret set %1. Si la clé provient de la variable d&apos;environnement %2, définissez-la sans le saut de ligne.</translation>
    </message>
    <message>
        <source>Plumbline could not read the API key of %1 from the keychain, so it could not check it (nothing was sent to the vendor)</source>
        <translation>Plumbline n&apos;a pas pu lire la clé API de la connexion %1 dans le trousseau et n&apos;a donc pas pu la vérifier (rien n&apos;a été envoyé au fournisseur)</translation>
    </message>
    <message>
        <source>The keychain is locked or not running. Unlock it (log in to the desktop again, or open the system&apos;s passwords app) or start a Secret Service such as GNOME Keyring or KWallet, then check again. Where there is no keychain (a server, CI), set the environment variable %1 for the plumbline command instead. The key itself is probably fine: do not replace it.</source>
        <translation>Le trousseau est verrouillé ou inactif. Déverrouillez-le (reconnectez-vous à votre session, ou ouvrez l&apos;application de gestion des mots de passe du système) ou démarrez un fournisseur Secret Service comme GNOME Keyring ou KWallet, puis relancez la vérification. En l&apos;absence de trousseau (serveur, CI), définissez plutôt la variable d&apos;environnement %1 pour la commande plumbline. La clé elle-même est probablement correcte&#xa0;: ne la remplacez pas.</translation>
    </message>
    <message>
        <source>Plumbline could not save or read this check in its workspace file, so its history has stopped: %1</source>
        <translation>Plumbline n&apos;a pas pu enregistrer ou lire cette vérification dans son fichier d&apos;espace de travail&#xa0;; son historique est donc interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Until this is fixed Plumbline cannot tell whether the integration is healthy. Make room on the disk that holds %1 and check that the file can be written (the folder is shown in File › Settings › Data folder). If the file is damaged, restore it from a backup or run &quot;plumbline repair&quot;.</source>
        <translation>Tant que ce problème n&apos;est pas résolu, Plumbline ne peut pas savoir si l&apos;intégration fonctionne correctement. Libérez de l&apos;espace sur le disque qui contient %1 et vérifiez que le fichier est accessible en écriture (le dossier est indiqué dans Fichier › Paramètres › Dossier de données). Si le fichier est endommagé, restaurez-le à partir d&apos;une sauvegarde ou exécutez «&#xa0;plumbline repair&#xa0;».</translation>
    </message>
    <message>
        <source>%1 rejected Plumbline&apos;s key (see the sign-in finding of %1)</source>
        <translation>%1 a refusé la clé de Plumbline (voir le constat d&apos;authentification de %1)</translation>
    </message>
    <message>
        <source>%1 refused access to this data (see the permission finding of %1)</source>
        <translation>%1 a refusé l&apos;accès à ces données (voir le constat d&apos;autorisation de %1)</translation>
    </message>
    <message>
        <source>Plumbline has no key it can send to %1 (see the finding about the key of %1)</source>
        <translation>Plumbline n&apos;a aucune clé qu&apos;il puisse envoyer à %1 (voir le constat sur la clé de %1)</translation>
    </message>
    <message>
        <source>%1 refused more requests for now (see the rate-limit finding of %1)</source>
        <translation>%1 refuse de nouvelles requêtes pour le moment (voir le constat de limite de débit de %1)</translation>
    </message>
    <message>
        <source>%1 no longer serves this API version (see the deprecation finding of %1)</source>
        <translation>%1 ne sert plus cette version d&apos;API (voir le constat d&apos;obsolescence de %1)</translation>
    </message>
    <message>
        <source>%1 answered something Plumbline could not read (see the finding about its answer)</source>
        <translation>%1 a renvoyé une réponse que Plumbline n&apos;a pas pu lire (voir le constat sur sa réponse)</translation>
    </message>
    <message>
        <source>%1 could not be reached (see the finding that %1 is unreachable)</source>
        <translation>%1 est injoignable (voir le constat indiquant que %1 est injoignable)</translation>
    </message>
    <message>
        <source>%1 gave no count and no error Plumbline could name; try Test connection on it (Connections › select %1 › Test connection)</source>
        <translation>%1 n&apos;a fourni ni comptage ni erreur identifiable par Plumbline&#xa0;; testez la connexion (Connexions › sélectionnez %1 › Tester la connexion)</translation>
    </message>
    <message>
        <source>In HubSpot the refresh token ends when the app is uninstalled from the account or its access is revoked (Settings › Integrations › Connected Apps); check that the app&apos;s client id and secret (Development › the app › Auth) are the ones Plumbline has.</source>
        <translation>Dans HubSpot, le token d&apos;actualisation prend fin lorsque l&apos;application est désinstallée du compte ou que son accès est révoqué (Settings › Integrations › Connected Apps)&#xa0;; vérifiez que l&apos;identifiant client et le secret client de l&apos;application (Development › l&apos;application › Auth) sont bien ceux que Plumbline possède.</translation>
    </message>
    <message>
        <source>Ask your Salesforce admin to open Setup › External Client App Manager › the app Plumbline uses and check that it is enabled for the client credentials or web server flow, that its Run As user is active, and that the consumer key and secret are the ones Plumbline has; a revoked session (Setup › Connected Apps OAuth Usage) or a refresh token unused for 30 days also ends the grant.</source>
        <translation>Demandez à votre administrateur Salesforce d&apos;ouvrir Setup › External Client App Manager › l&apos;application utilisée par Plumbline et de vérifier qu&apos;elle est activée pour le flux client credentials ou le flux web server, que son utilisateur Run As est actif et que la Consumer Key et le Consumer Secret sont bien ceux que Plumbline possède&#xa0;; une session révoquée (Setup › Connected Apps OAuth Usage) ou un token d&apos;actualisation inutilisé pendant 30 jours met également fin à l&apos;autorisation.</translation>
    </message>
    <message>
        <source>In the Shopify Dev Dashboard open the app Plumbline uses › Settings: check that the client id and secret are the ones Plumbline has (rotating the secret ends the old one) and that the app is still installed in this store.</source>
        <translation>Dans le Shopify Dev Dashboard, ouvrez l&apos;application utilisée par Plumbline › Settings&#xa0;: vérifiez que l&apos;identifiant client et le secret client sont bien ceux que Plumbline possède (renouveler le secret invalide l&apos;ancien) et que l&apos;application est toujours installée dans cette boutique.</translation>
    </message>
    <message>
        <source>%1 refused Plumbline&apos;s sign-in: the grant was revoked or has expired, or the app&apos;s client id or secret changed</source>
        <translation>%1 a refusé l&apos;authentification de Plumbline&#xa0;: l&apos;autorisation a été révoquée ou a expiré, ou l&apos;identifiant client ou le secret client de l&apos;application a changé</translation>
    </message>
    <message>
        <source>If a person signed this connection in, sign in again: Connections › select %1 › Sign in again… (on a server: plumbline auth login %1). If it uses client credentials and the secret changed, store the new one with Set API key… (on a server: plumbline secret set %1 --name client_secret).</source>
        <translation>Si une personne a authentifié cette connexion, authentifiez-vous à nouveau&#xa0;: Connexions › sélectionnez %1 › S&apos;authentifier à nouveau… (sur un serveur&#xa0;: plumbline auth login %1). Si la connexion utilise des client credentials et que le secret a changé, enregistrez le nouveau avec Définir la clé API… (sur un serveur&#xa0;: plumbline secret set %1 --name client_secret).</translation>
    </message>
    <message>
        <source>Ask the owner of the OAuth server whether the app&apos;s client id and secret still hold and whether the client credentials grant is still enabled for it.</source>
        <translation>Demandez au responsable du serveur OAuth si l&apos;identifiant client et le secret client de l&apos;application sont toujours valides et si l&apos;autorisation client credentials est toujours activée pour elle.</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 matched records (%3)</source>
        <translation>%1 des %2 enregistrements appariés (%3)</translation>
    </message>
    <message>
        <source>%1 is empty in %2 for %3 though %4 has a value</source>
        <translation>%1 est vide dans %2 pour %3, alors que %4 a une valeur</translation>
    </message>
    <message>
        <source>%1 arrives cut short in %2 for %3</source>
        <translation>%1 arrive tronqué dans %2 pour %3</translation>
    </message>
    <message>
        <source>%1 differs between %2 and %3 for %4</source>
        <translation>%1 diffère entre %2 et %3 pour %4</translation>
    </message>
    <message>
        <source>; the mapping %1 → %2 may have broken on %3</source>
        <translation>; le mappage %1 → %2 ne fonctionne peut-être plus depuis le %3</translation>
    </message>
    <message>
        <source>Check the sync that writes %1: a field renamed in %2, a changed mapping or a field length at the destination leaves it empty or different.</source>
        <translation>Vérifiez la synchronisation qui écrit %1&#xa0;: un champ renommé dans %2, un mappage modifié ou une longueur de champ côté destination le laisse vide ou différent.</translation>
    </message>
    <message>
        <source>Open the %1 scenario or Zap and check the step that writes %2: a field renamed in %3, a changed mapping or a field length at the destination leaves it empty or different.</source>
        <translation>Ouvrez le scénario ou Zap dans %1 et vérifiez l&apos;étape qui écrit %2&#xa0;: un champ renommé dans %3, un mappage modifié ou une longueur de champ côté destination le laisse vide ou différent.</translation>
    </message>
    <message>
        <source>In Plumbline: this integration&apos;s Values tab lists the fields by differences, with examples that reveal nobody.</source>
        <translation>Dans Plumbline&#xa0;: l&apos;onglet Valeurs de cette intégration classe les champs par nombre de différences, avec des exemples qui ne permettent d&apos;identifier personne.</translation>
    </message>
    <message>
        <source>Mark exactly one mapping as the key (usually the e-mail address) in the integration&apos;s Mappings, or switch the value check off.</source>
        <translation>Dans les mappages de l&apos;intégration, marquez exactement un mappage comme clé (généralement l&apos;adresse e-mail), ou désactivez la vérification des valeurs.</translation>
    </message>
    <message>
        <source>%1 of %2 sampled records from %3 are missing in %4 (%5), though both systems are answering.</source>
        <translation>%1 des %2 enregistrements échantillonnés dans %3 sont absents de %4 (%5), alors que les deux systèmes répondent.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this check.</source>
        <translation>
            <numerusform>%n autre problème dans cette vérification.</numerusform>
            <numerusform>%n autres problèmes dans cette vérification.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Partial check: %1)</source>
        <translation>(Vérification partielle&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Look in the sync&apos;s history for records it skipped or rejected (often an invalid e-mail address, a required field left empty, or a filter), and re-run them. In Plumbline: the Values tab shows how many are missing over time.</source>
        <translation>Recherchez dans l&apos;historique de la synchronisation les enregistrements qu&apos;elle a ignorés ou refusés (souvent une adresse e-mail invalide, un champ obligatoire laissé vide ou un filtre), puis relancez-les. Dans Plumbline&#xa0;: l&apos;onglet Valeurs montre combien en manquent au fil du temps.</translation>
    </message>
</context>
<context>
    <name>SalesforceConnector</name>
    <message>
        <source>The Salesforce connection has no instance URL.</source>
        <translation>La connexion Salesforce n&apos;a pas d&apos;URL d&apos;instance.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce API version (write it like 62.0).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une version d&apos;API Salesforce (écrivez-la sous la forme 62.0).</translation>
    </message>
    <message>
        <source>API version %1 is not among the versions this org offers (%2 … %3).</source>
        <translation>La version d&apos;API %1 ne fait pas partie des versions proposées par cette organisation (%2 … %3).</translation>
    </message>
    <message>
        <source>Salesforce no longer offers API version %1; the org offers %2 to %3.</source>
        <translation>Salesforce ne propose plus la version d&apos;API %1&#xa0;; l&apos;organisation propose les versions %2 à %3.</translation>
    </message>
    <message>
        <source>No Salesforce object is set.</source>
        <translation>Aucun objet Salesforce n&apos;est défini.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce field API name (letters, digits and _ such as Email or Tier__c).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;API de champ Salesforce (lettres, chiffres et _, comme Email ou Tier__c).</translation>
    </message>
</context>
<context>
    <name>SalesforceParser</name>
    <message>
        <source>Salesforce sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>Salesforce a envoyé %1 qui n&apos;est pas du JSON valide (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>Salesforce sent %1 that is not a JSON object.</source>
        <translation>Salesforce a envoyé %1 qui n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>a version list</source>
        <translation>une liste de versions</translation>
    </message>
    <message>
        <source>Salesforce&apos;s version list is not a JSON list.</source>
        <translation>La liste de versions de Salesforce n&apos;est pas une liste JSON.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s version list has an entry (#%1) without a text &quot;version&quot;.</source>
        <translation>La liste de versions de Salesforce contient une entrée (n° %1) sans &quot;version&quot; textuelle.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s version list is empty.</source>
        <translation>La liste de versions de Salesforce est vide.</translation>
    </message>
    <message>
        <source>a query answer</source>
        <translation>une réponse de requête</translation>
    </message>
    <message>
        <source>Salesforce&apos;s query answer has no &quot;totalSize&quot;.</source>
        <translation>La réponse de requête de Salesforce n&apos;a pas de &quot;totalSize&quot;.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s query answer has a &quot;totalSize&quot; that is not a non-negative integer.</source>
        <translation>La réponse de requête de Salesforce contient un &quot;totalSize&quot; qui n&apos;est pas un entier positif ou nul.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s query answer has a &quot;done&quot; that is not true or false.</source>
        <translation>La réponse de requête de Salesforce contient un &quot;done&quot; qui n&apos;est ni true ni false.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s query answer has &quot;records&quot; that is not a list.</source>
        <translation>La réponse de requête de Salesforce contient un &quot;records&quot; qui n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>an object description</source>
        <translation>une description d&apos;objet</translation>
    </message>
    <message>
        <source>Salesforce&apos;s object description has no &quot;fields&quot; list.</source>
        <translation>La description d&apos;objet de Salesforce n&apos;a pas de liste &quot;fields&quot;.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s object description has a field (#%1) without a text name, label and type.</source>
        <translation>La description d&apos;objet de Salesforce contient un champ (n° %1) sans nom, libellé et type textuels.</translation>
    </message>
    <message>
        <source>a limits answer</source>
        <translation>une réponse sur les limites</translation>
    </message>
    <message>
        <source>Salesforce&apos;s limits answer has no &quot;DailyApiRequests&quot; with integer &quot;Max&quot; and &quot;Remaining&quot;.</source>
        <translation>La réponse de Salesforce sur les limites n&apos;a pas de &quot;DailyApiRequests&quot; avec des valeurs entières &quot;Max&quot; et &quot;Remaining&quot;.</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <source>Salesforce rejected the access token (HTTP %1%2): %3</source>
        <translation>Salesforce a refusé le token d&apos;accès (HTTP %1%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Salesforce&apos;s daily API request limit is used up (%1): %2</source>
        <translation>La limite quotidienne de requêtes API de Salesforce est épuisée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Salesforce user may not do this (HTTP %1%2): %3</source>
        <translation>L&apos;utilisateur Salesforce n&apos;a pas l&apos;autorisation de faire ceci (HTTP %1%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Salesforce does not know this (HTTP %1%2): %3</source>
        <translation>Salesforce ne connaît pas cette ressource (HTTP %1%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Salesforce no longer serves this API version (HTTP %1%2): %3</source>
        <translation>Salesforce ne sert plus cette version d&apos;API (HTTP %1%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Salesforce is limiting requests (HTTP %1%2): %3</source>
        <translation>Salesforce limite les requêtes (HTTP %1%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1.</source>
        <translation>Salesforce a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1%2: %3</source>
        <translation>Salesforce a répondu HTTP %1%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce object API name (letters, digits and _ such as Contact or Invoice__c).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;API d&apos;objet Salesforce (lettres, chiffres et _, comme Contact ou Invoice__c).</translation>
    </message>
    <message>
        <source>The Salesforce filter must be a SOQL WHERE clause as text (or {&quot;where&quot;: &quot;…&quot;}).</source>
        <translation>Le filtre Salesforce doit être une clause SOQL WHERE sous forme de texte (ou {&quot;where&quot;: &quot;…&quot;}).</translation>
    </message>
    <message>
        <source>Salesforce&apos;s query answer has no &quot;records&quot; list.</source>
        <translation>La réponse de requête de Salesforce n&apos;a pas de liste &quot;records&quot;.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Unknown scenario &quot;%1&quot;. Known scenarios: %2</source>
        <translation>Scénario inconnu «&#xa0;%1&#xa0;». Scénarios connus&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (port in use?).</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 (port déjà utilisé&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Impossible de configurer la gestion des signaux.</translation>
    </message>
    <message>
        <source>Plumbline sandbox listening on %1 (scenario: %2)</source>
        <translation>Bac à sable Plumbline à l&apos;écoute sur %1 (scénario&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Workspace:  curl -s %1/_sandbox/workspace &gt; sandbox-workspace.json</source>
        <translation>Espace de travail&#xa0;:  curl -s %1/_sandbox/workspace &gt; sandbox-workspace.json</translation>
    </message>
    <message>
        <source>Secrets:    curl -s %1/_sandbox/env   (PLUMBLINE_SECRET_&lt;ID&gt;=... lines; export them)</source>
        <translation>Secrets&#xa0;:            curl -s %1/_sandbox/env   (lignes PLUMBLINE_SECRET_&lt;ID&gt;=...&#xa0;; exportez-les)</translation>
    </message>
    <message>
        <source>Scenario:   curl -s -X POST -d &apos;{&quot;scenario&quot;:&quot;count_drift&quot;}&apos; %1/_sandbox/scenario</source>
        <translation>Scénario&#xa0;:           curl -s -X POST -d &apos;{&quot;scenario&quot;:&quot;count_drift&quot;}&apos; %1/_sandbox/scenario</translation>
    </message>
    <message>
        <source>Scenarios:  %1</source>
        <translation>Scénarios&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Arrêtez avec Ctrl+C.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Bac à sable arrêté.</translation>
    </message>
</context>
<context>
    <name>SandboxOAuth</name>
    <message>
        <source>Sign-in refused</source>
        <translation>Authentification refusée</translation>
    </message>
    <message>
        <source>The sign-in request names no redirect address, so %1 cannot send the sign-in back.</source>
        <translation>La demande d&apos;authentification n&apos;indique aucune adresse de redirection&#xa0;: %1 ne peut donc pas renvoyer le résultat de l&apos;authentification.</translation>
    </message>
    <message>
        <source>The redirect address %1 is not registered for this app, so %2 does not send the sign-in back to it.</source>
        <translation>L&apos;adresse de redirection %1 n&apos;est pas enregistrée pour cette application&#xa0;: %2 n&apos;y renvoie donc pas le résultat de l&apos;authentification.</translation>
    </message>
</context>
<context>
    <name>SecretShapes</name>
    <message>
        <source>a HubSpot private app token</source>
        <translation>un token d&apos;application privée HubSpot</translation>
    </message>
    <message>
        <source>a Mailchimp API key</source>
        <translation>une clé API Mailchimp</translation>
    </message>
    <message>
        <source>a Shopify access token</source>
        <translation>un token d&apos;accès Shopify</translation>
    </message>
    <message>
        <source>a Salesforce session token</source>
        <translation>un token de session Salesforce</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>un token Slack</translation>
    </message>
    <message>
        <source>a Slack webhook address</source>
        <translation>une adresse de webhook Slack</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>un token GitHub</translation>
    </message>
    <message>
        <source>a Stripe key</source>
        <translation>une clé Stripe</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>une clé d&apos;accès AWS</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>une clé API Google</translation>
    </message>
    <message>
        <source>a SendGrid API key</source>
        <translation>une clé API SendGrid</translation>
    </message>
    <message>
        <source>a signed token (JWT)</source>
        <translation>un token signé (JWT)</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>une clé privée</translation>
    </message>
    <message>
        <source>an Authorization header value</source>
        <translation>une valeur d&apos;en-tête Authorization</translation>
    </message>
    <message>
        <source>an address with a user name or password in it</source>
        <translation>une adresse contenant un nom d&apos;utilisateur ou un mot de passe</translation>
    </message>
    <message>
        <source>an address with a credential in its query</source>
        <translation>une adresse contenant des identifiants dans ses paramètres de requête</translation>
    </message>
    <message>
        <source>a long random-looking string, like an API key</source>
        <translation>une longue chaîne d&apos;apparence aléatoire, comme une clé API</translation>
    </message>
    <message>
        <source>The key contains a line break. Nothing was stored or sent: a line break in a key would let it add lines to the request sent to the vendor. Copy the key again without it.</source>
        <translation>La clé contient un saut de ligne. Rien n&apos;a été enregistré ni envoyé&#xa0;: un saut de ligne dans une clé permettrait d&apos;ajouter des lignes à la requête envoyée au fournisseur. Copiez de nouveau la clé, sans le saut de ligne.</translation>
    </message>
    <message>
        <source>The key contains an invisible control character (U+%1). Nothing was stored or sent; copy the key again.</source>
        <translation>La clé contient un caractère de contrôle invisible (U+%1). Rien n&apos;a été enregistré ni envoyé&#xa0;; copiez de nouveau la clé.</translation>
    </message>
    <message>
        <source>(hidden: %1)</source>
        <translation>(masqué&#xa0;: %1)</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>ShopifyConnector</name>
    <message>
        <source>&quot;%1&quot; is not a Shopify REST resource name (e.g. customers, orders, products).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de ressource REST Shopify (p. ex. customers, orders, products).</translation>
    </message>
    <message>
        <source>A Shopify filter is query parameters, e.g. &quot;created_at_min=2026-01-01&quot; or {&quot;status&quot;: &quot;any&quot;}.</source>
        <translation>Un filtre Shopify se compose de paramètres de requête, p. ex. &quot;created_at_min=2026-01-01&quot; ou {&quot;status&quot;: &quot;any&quot;}.</translation>
    </message>
    <message>
        <source>Plumbline knows the fields of the Shopify resources %1, not of &quot;%2&quot;.</source>
        <translation>Plumbline connaît les champs des ressources Shopify %1, mais pas ceux de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A value check needs a Shopify resource (customers), a key field and a usable filter.</source>
        <translation>Une vérification des valeurs nécessite une ressource Shopify (customers), un champ clé et un filtre utilisable.</translation>
    </message>
    <message>
        <source>A value check needs a Shopify resource (customers) and a key field.</source>
        <translation>Une vérification des valeurs nécessite une ressource Shopify (customers) et un champ clé.</translation>
    </message>
</context>
<context>
    <name>ShopifyParser</name>
    <message>
        <source>Shopify sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Shopify a envoyé un corps qui n&apos;est pas du JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>Shopify sent JSON that is not an object.</source>
        <translation>Shopify a envoyé du JSON qui n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Shopify&apos;s count answer has no &quot;count&quot;.</source>
        <translation>La réponse de comptage de Shopify n&apos;a pas de &quot;count&quot;.</translation>
    </message>
    <message>
        <source>Shopify&apos;s &quot;count&quot; is not a whole number of records.</source>
        <translation>La valeur &quot;count&quot; de Shopify n&apos;est pas un nombre entier d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>Shopify&apos;s shop answer has no &quot;shop&quot; object.</source>
        <translation>La réponse de Shopify sur la boutique n&apos;a pas d&apos;objet &quot;shop&quot;.</translation>
    </message>
    <message>
        <source>Shopify&apos;s shop name is not text.</source>
        <translation>Le nom de la boutique Shopify n&apos;est pas un texte.</translation>
    </message>
    <message>
        <source>Asked for API version %1, Shopify served %2.</source>
        <translation>Version d&apos;API %1 demandée, mais Shopify a servi la version %2.</translation>
    </message>
    <message>
        <source>Shopify marked this call as deprecated.</source>
        <translation>Shopify a signalé cet appel comme obsolète.</translation>
    </message>
    <message>
        <source>Shopify&apos;s deprecated API calls answer has no &quot;deprecated_api_calls&quot; list.</source>
        <translation>La réponse de Shopify sur les appels API obsolètes n&apos;a pas de liste &quot;deprecated_api_calls&quot;.</translation>
    </message>
    <message>
        <source>A deprecated API call entry is not an object.</source>
        <translation>Une entrée d&apos;appel API obsolète n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>A deprecated API call has an unreadable &quot;migration_deadline&quot;.</source>
        <translation>Un appel API obsolète a un &quot;migration_deadline&quot; illisible.</translation>
    </message>
    <message>
        <source>A deprecated API call&apos;s description is not text.</source>
        <translation>La description d&apos;un appel API obsolète n&apos;est pas un texte.</translation>
    </message>
    <message>
        <source>Shopify: the shop is frozen or its plan does not include this (HTTP 402)</source>
        <translation>Shopify&#xa0;: la boutique est gelée ou son abonnement n&apos;inclut pas cette fonction (HTTP 402)</translation>
    </message>
    <message>
        <source>Shopify: the shop is locked (HTTP 423)</source>
        <translation>Shopify&#xa0;: la boutique est verrouillée (HTTP 423)</translation>
    </message>
    <message>
        <source>%1 — Shopify says: %2</source>
        <translation>%1 — Shopify indique&#xa0;: %2</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer has no &quot;customers&quot; list.</source>
        <translation>La réponse de Shopify n&apos;a pas de liste &quot;customers&quot;.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail server %1 refused the user name or password (SMTP %2); check the channel&apos;s user name and the SMTP password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, and Plumbline sends mail only encrypted, so nothing was sent (if it takes implicit TLS, usually on port 465, choose security &quot;tls&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the mail server %1 is not trusted, so nothing was sent (%2); if the server uses your organisation&apos;s own certificate authority, set its file as ca_file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the mail server %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail through %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused a recipient (SMTP %2): %3; check the channel&apos;s addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the sender address (SMTP %2): %3; check the channel&apos;s &quot;from&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the message (SMTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the message for now (SMTP %2): %3; it will be tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail through %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail channel has no SMTP host; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail without TLS may only go to this computer; %1 needs security &quot;starttls&quot; or &quot;tls&quot;. Nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail channel has no valid recipient; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail channel has a user name but no SMTP password in the keychain; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the mail client (libcurl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <source>There is no workspace file %1.</source>
        <translation>Il n&apos;existe aucun fichier d&apos;espace de travail %1.</translation>
    </message>
    <message>
        <source>Could not copy %1 before repairing it: %2. Nothing was changed.</source>
        <translation>Impossible de copier %1 avant de le réparer&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not create the repaired workspace file %1: %2. Nothing was changed.</source>
        <translation>Impossible de créer le fichier d&apos;espace de travail réparé %1&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the repaired workspace file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;espace de travail réparé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing could be read from %1: it is too damaged. Restore it from a backup.</source>
        <translation>Rien n&apos;a pu être lu dans %1&#xa0;: le fichier est trop endommagé. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The repaired copy does not pass its own check: %1</source>
        <translation>La copie réparée ne passe pas sa propre vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The repaired file %1 could not be moved to %2; the damaged file is kept as %3. Move the repaired file into place by hand.</source>
        <translation>Le fichier réparé %1 n&apos;a pas pu être déplacé vers %2&#xa0;; le fichier endommagé est conservé sous le nom %3. Mettez le fichier réparé en place manuellement.</translation>
    </message>
</context>
<context>
    <name>TokenKeeper</name>
    <message>
        <source>%1&apos;s token endpoint refused Plumbline&apos;s grant for &quot;%2&quot; (%3). Renewing again will not help: sign in again, or check the app&apos;s client id and secret.</source>
        <translation>L&apos;endpoint de token de %1 a refusé l&apos;autorisation de Plumbline pour «&#xa0;%2&#xa0;» (%3). Renouveler à nouveau n&apos;y changera rien&#xa0;: authentifiez-vous à nouveau, ou vérifiez l&apos;identifiant client et le secret client de l&apos;application.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Could not reach %1&apos;s token endpoint for &quot;%2&quot;: %3. Plumbline will try again; nothing to do unless it lasts.</source>
        <translation>Impossible de joindre l&apos;endpoint de token de %1 pour «&#xa0;%2&#xa0;»&#xa0;: %3. Plumbline va réessayer&#xa0;; aucune action n&apos;est nécessaire, sauf si le problème persiste.</translation>
    </message>
    <message>
        <source>%1&apos;s token endpoint is unavailable for &quot;%2&quot; (HTTP %3%4). Plumbline will try again; nothing to do unless it lasts.</source>
        <translation>L&apos;endpoint de token de %1 est indisponible pour «&#xa0;%2&#xa0;» (HTTP %3%4). Plumbline va réessayer&#xa0;; aucune action n&apos;est nécessaire, sauf si le problème persiste.</translation>
    </message>
    <message>
        <source>%1&apos;s token endpoint for &quot;%2&quot; answered something that is not a token (HTTP %3): %4. A proxy or captive portal login page answers like this; check the token address and the network.</source>
        <translation>L&apos;endpoint de token de %1 pour «&#xa0;%2&#xa0;» a répondu quelque chose qui n&apos;est pas un token (HTTP %3)&#xa0;: %4. C&apos;est ainsi que répond un proxy ou la page de connexion d&apos;un portail captif&#xa0;; vérifiez l&apos;adresse de token et le réseau.</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>aucun access_token</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no token address: set auth.token_url in the connection.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;adresse de token&#xa0;: définissez auth.token_url dans la connexion.</translation>
    </message>
    <message>
        <source>No client secret for &quot;%1&quot;: store the app&apos;s client secret (Set API key…, or plumbline secret set %2 --name client_secret).</source>
        <translation>Aucun secret client pour «&#xa0;%1&#xa0;»&#xa0;: enregistrez le secret client de l&apos;application (Définir la clé API…, ou plumbline secret set %2 --name client_secret).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not signed in yet: choose Sign in… on the connection (or run plumbline auth login %2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas encore authentifiée&#xa0;: choisissez S&apos;authentifier… sur la connexion (ou exécutez plumbline auth login %2).</translation>
    </message>
    <message>
        <source>The keychain would not store the new refresh token of &quot;%1&quot;; it is kept in memory only, so after Plumbline restarts you will need to sign in again.</source>
        <translation>Le trousseau n&apos;a pas voulu enregistrer le nouveau token d&apos;actualisation de «&#xa0;%1&#xa0;»&#xa0;; il est conservé en mémoire uniquement, vous devrez donc vous authentifier à nouveau après le redémarrage de Plumbline.</translation>
    </message>
</context>
<context>
    <name>ValueSettings</name>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>nombre entre %1 et %2 attendu</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as &quot;US&quot; or &quot;DE&quot;</source>
        <translation>code pays à deux lettres attendu, comme &quot;US&quot; ou &quot;DE&quot;</translation>
    </message>
    <message>
        <source>expected one of text, email, phone, date, datetime, boolean, multiselect, number, address</source>
        <translation>une des valeurs text, email, phone, date, datetime, boolean, multiselect, number, address attendue</translation>
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
        <translation>API REST générique</translation>
    </message>
</context>
<context>
    <name>VendorCatalog</name>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Token d&apos;accès de l&apos;application privée</translation>
    </message>
    <message>
        <source>In HubSpot: Settings › Integrations › Private apps › your app › Auth › Show token.</source>
        <translation>Dans HubSpot&#xa0;: Settings › Integrations › Private apps › votre application › Auth › Show token.</translation>
    </message>
    <message>
        <source>Instance URL</source>
        <translation>URL d&apos;instance</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token d&apos;accès</translation>
    </message>
    <message>
        <source>An OAuth access token of a connected app (Setup › App Manager) for the integration user.</source>
        <translation>Un token d&apos;accès OAuth d&apos;une application connectée (Setup › App Manager) pour l&apos;utilisateur d&apos;intégration.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>In Mailchimp: Profile › Extras › API keys. The part after the dash (e.g. us6) is your data centre.</source>
        <translation>Dans Mailchimp&#xa0;: Profile › Extras › API keys. La partie après le tiret (p. ex. us6) correspond à votre centre de données.</translation>
    </message>
    <message>
        <source>Audience ID</source>
        <translation>ID d&apos;audience</translation>
    </message>
    <message>
        <source>e.g. a1b2c3d4e5</source>
        <translation>p. ex. a1b2c3d4e5</translation>
    </message>
    <message>
        <source>Audience › Settings › Audience name and defaults › Audience ID.</source>
        <translation>Audience › Settings › Audience name and defaults › Audience ID.</translation>
    </message>
    <message>
        <source>Admin API base URL</source>
        <translation>URL de base de l&apos;Admin API</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Token d&apos;accès Admin API</translation>
    </message>
    <message>
        <source>In Shopify admin: Settings › Apps and sales channels › Develop apps › your app › API credentials.</source>
        <translation>Dans l&apos;administration Shopify&#xa0;: Settings › Apps and sales channels › Develop apps › votre application › API credentials.</translation>
    </message>
    <message>
        <source>Shop domain</source>
        <translation>Domaine de la boutique</translation>
    </message>
    <message>
        <source>e.g. my-store.myshopify.com</source>
        <translation>p. ex. my-store.myshopify.com</translation>
    </message>
    <message>
        <source>The shop&apos;s myshopify.com domain.</source>
        <translation>Le domaine myshopify.com de la boutique.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>In Make: Profile › API access › Add token (tokens are per zone).</source>
        <translation>Dans Make&#xa0;: Profile › API access › Add token (chaque token est propre à une zone).</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>e.g. eu1.make.com</source>
        <translation>p. ex. eu1.make.com</translation>
    </message>
    <message>
        <source>The host name in your organization&apos;s dashboard URL.</source>
        <translation>Le nom d&apos;hôte figurant dans l&apos;URL du tableau de bord de votre organisation.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID d&apos;équipe</translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation>p. ex. 42</translation>
    </message>
    <message>
        <source>The team whose scenarios are watched.</source>
        <translation>L&apos;équipe dont les scénarios sont surveillés.</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID d&apos;organisation</translation>
    </message>
    <message>
        <source>e.g. 7</source>
        <translation>p. ex. 7</translation>
    </message>
    <message>
        <source>Lets Plumbline read the organization&apos;s API rate limit (license.apiLimit).</source>
        <translation>Permet à Plumbline de lire la limite de débit API de l&apos;organisation (license.apiLimit).</translation>
    </message>
    <message>
        <source>An OAuth access token with the zap and zap:runs scopes.</source>
        <translation>Un token d&apos;accès OAuth avec les scopes zap et zap:runs.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation>Clé API ou token</translation>
    </message>
    <message>
        <source>Sent in the header below, after the scheme (if any).</source>
        <translation>Envoyé dans l&apos;en-tête ci-dessous, après le schéma (le cas échéant).</translation>
    </message>
    <message>
        <source>Auth header name</source>
        <translation>Nom de l&apos;en-tête d&apos;authentification</translation>
    </message>
    <message>
        <source>The HTTP header that carries the key.</source>
        <translation>L&apos;en-tête HTTP qui transporte la clé.</translation>
    </message>
    <message>
        <source>Auth scheme</source>
        <translation>Schéma d&apos;authentification</translation>
    </message>
    <message>
        <source>Put before the key, e.g. Bearer; may be empty.</source>
        <translation>Placé avant la clé, p. ex. Bearer&#xa0;; peut rester vide.</translation>
    </message>
    <message>
        <source>JSON pointer to the count</source>
        <translation>Pointeur JSON vers le comptage</translation>
    </message>
    <message>
        <source>Where the record count is in the response, e.g. /meta/total.</source>
        <translation>Emplacement du nombre d&apos;enregistrements dans la réponse, p. ex. /meta/total.</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <source>GET or POST for the count request.</source>
        <translation>GET ou POST pour la requête de comptage.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Sent with the count request (JSON bodies get Content-Type: application/json).</source>
        <translation>Envoyé avec la requête de comptage (les corps JSON sont envoyés avec Content-Type: application/json).</translation>
    </message>
    <message>
        <source>JSON pointer to a run/error list</source>
        <translation>Pointeur JSON vers une liste d&apos;exécutions/d&apos;erreurs</translation>
    </message>
    <message>
        <source>Optional: an array of {id, status, timestamp, message} read as the run log.</source>
        <translation>Facultatif&#xa0;: un tableau de {id, status, timestamp, message} lu comme journal d&apos;exécutions.</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Utilisez de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>Enter a full URL starting with https://.</source>
        <translation>Saisissez une URL complète commençant par https://.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 est obligatoire pour %2.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>Use the shop&apos;s myshopify.com domain, e.g. my-store.myshopify.com.</source>
        <translation>Utilisez le domaine myshopify.com de la boutique, p. ex. my-store.myshopify.com.</translation>
    </message>
    <message>
        <source>Paste the %1.</source>
        <translation>Collez la valeur du champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks; paste it again.</source>
        <translation>La clé contient des espaces ou des sauts de ligne&#xa0;; collez-la de nouveau.</translation>
    </message>
    <message>
        <source>A Mailchimp API key ends with its data centre, like -us6. Check that you copied all of it.</source>
        <translation>Une clé API Mailchimp se termine par son centre de données, comme -us6. Vérifiez que vous l&apos;avez copiée en entier.</translation>
    </message>
    <message>
        <source>retired with the Summer &apos;25 release</source>
        <translation>retirée avec la version Summer &apos;25</translation>
    </message>
    <message>
        <source>retires with the Summer &apos;27 release</source>
        <translation>sera retirée avec la version Summer &apos;27</translation>
    </message>
    <message>
        <source>Plain http:// would send the key unencrypted, so it is only allowed for this computer (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>Le simple http:// enverrait la clé en clair&#xa0;; il n&apos;est donc autorisé que vers cet ordinateur (localhost, 127.0.0.1, ::1)&#xa0;; utilisez https://.</translation>
    </message>
    <message>
        <source>Remove the key or password from the address (it looks like %1) and paste the key in the key field instead.</source>
        <translation>Retirez la clé ou le mot de passe de l&apos;adresse (elle semble contenir %1) et collez plutôt la clé dans le champ de la clé.</translation>
    </message>
    <message>
        <source>Static key in a header</source>
        <translation>Clé statique dans un en-tête</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>Client credentials OAuth 2.0</translation>
    </message>
    <message>
        <source>Enter the OAuth server&apos;s token URL, the client id and (optionally) the scope; the client secret goes in the field below. Plumbline gets access tokens and sends them as Authorization: Bearer.</source>
        <translation>Saisissez l&apos;URL de token du serveur OAuth, l&apos;identifiant client et (facultatif) le scope&#xa0;; le secret client va dans le champ ci-dessous. Plumbline obtient des tokens d&apos;accès et les envoie sous la forme Authorization: Bearer.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Service key or private app token</source>
        <translation>Service key ou token d&apos;application privée</translation>
    </message>
    <message>
        <source>1. In HubSpot open Settings › Integrations › Service Keys (new accounts) or your legacy private app (Development › Legacy apps).
2. Give it read access to the CRM objects you monitor (for example crm.objects.contacts.read and crm.schemas.contacts.read).
3. Copy the key or token into the field below. It does not expire until it is rotated.</source>
        <translation>1. Dans HubSpot, ouvrez Settings › Integrations › Service Keys (nouveaux comptes) ou votre ancienne application privée (Development › Legacy apps).
2. Accordez-lui un accès en lecture aux objets CRM que vous surveillez (par exemple crm.objects.contacts.read et crm.schemas.contacts.read).
3. Copiez la clé ou le token dans le champ ci-dessous. Ces identifiants n&apos;expirent pas tant qu&apos;ils ne sont pas renouvelés.</translation>
    </message>
    <message>
        <source>Service key or access token</source>
        <translation>Service key ou token d&apos;accès</translation>
    </message>
    <message>
        <source>Sign in with HubSpot (OAuth app)</source>
        <translation>S&apos;authentifier avec HubSpot (application OAuth)</translation>
    </message>
    <message>
        <source>1. In your HubSpot developer account create an app with OAuth, the read scopes of the CRM objects you monitor, and the redirect URL http://localhost:53682/callback (HubSpot allows plain http for localhost only).
2. Enter its client id, and its client secret in the field below.
3. Choose Sign in…: your browser opens HubSpot; access tokens last 30 minutes and Plumbline renews them with the refresh token it keeps in the keychain.</source>
        <translation>1. Dans votre compte développeur HubSpot, créez une application avec OAuth, les scopes de lecture des objets CRM que vous surveillez et l&apos;URL de redirection http://localhost:53682/callback (HubSpot n&apos;autorise le http non chiffré que pour localhost).
2. Saisissez son identifiant client, et son secret client dans le champ ci-dessous.
3. Choisissez S&apos;authentifier…&#xa0;: votre navigateur ouvre HubSpot&#xa0;; les tokens d&apos;accès durent 30 minutes et Plumbline les renouvelle avec le token d&apos;actualisation qu&apos;il conserve dans le trousseau.</translation>
    </message>
    <message>
        <source>Client credentials (External Client App)</source>
        <translation>Client credentials (External Client App)</translation>
    </message>
    <message>
        <source>1. In Salesforce Setup open External Client App Manager › New External Client App (a Local app of your own org).
2. Enable OAuth, enter any callback URL (this flow does not use it), add the scope &quot;Manage user data via APIs (api)&quot; and tick &quot;Enable Client Credentials Flow&quot;.
3. Under Policies › OAuth Policies set Run As to a dedicated integration user (the Salesforce Integration license with &quot;Minimum Access – API Only Integrations&quot; is recommended).
4. Copy the Consumer Key into Client id and the Consumer Secret into the secret field below. The instance URL must be your My Domain, such as https://acme.my.salesforce.com.</source>
        <translation>1. Dans Setup de Salesforce, ouvrez External Client App Manager › New External Client App (une application locale de votre propre org).
2. Activez OAuth, saisissez une URL de callback quelconque (ce flux ne l&apos;utilise pas), ajoutez le scope «&#xa0;Manage user data via APIs (api)&#xa0;» et cochez «&#xa0;Enable Client Credentials Flow&#xa0;».
3. Sous Policies › OAuth Policies, définissez Run As sur un utilisateur d&apos;intégration dédié (la licence Salesforce Integration avec «&#xa0;Minimum Access – API Only Integrations&#xa0;» est recommandée).
4. Copiez la Consumer Key dans Identifiant client et le Consumer Secret dans le champ de secret ci-dessous. L&apos;URL d&apos;instance doit être votre My Domain, par exemple https://acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Sign in with a Salesforce user (web server flow)</source>
        <translation>S&apos;authentifier avec un utilisateur Salesforce (flux web server)</translation>
    </message>
    <message>
        <source>1. In Setup › External Client App Manager create a Local External Client App with OAuth enabled, the scopes api and refresh_token, &quot;Require PKCE&quot; ticked and the callback URL http://localhost:53682/callback (or the redirect port you set).
2. If Plumbline is a public client, untick &quot;Require secret for Web Server Flow&quot; and &quot;Require secret for Refresh Token Flow&quot;.
3. Enter the Consumer Key as Client id, save, and choose Sign in…: your browser opens Salesforce, and Plumbline keeps the refresh token in the keychain.</source>
        <translation>1. Dans Setup › External Client App Manager, créez une External Client App locale avec OAuth activé, les scopes api et refresh_token, «&#xa0;Require PKCE&#xa0;» coché et l&apos;URL de callback http://localhost:53682/callback (ou le port de redirection que vous avez défini).
2. Si Plumbline est un client public, décochez «&#xa0;Require secret for Web Server Flow&#xa0;» et «&#xa0;Require secret for Refresh Token Flow&#xa0;».
3. Saisissez la Consumer Key comme identifiant client, enregistrez, puis choisissez S&apos;authentifier…&#xa0;: votre navigateur ouvre Salesforce, et Plumbline conserve le token d&apos;actualisation dans le trousseau.</translation>
    </message>
    <message>
        <source>Consumer secret (only if the app requires one)</source>
        <translation>Consumer Secret (uniquement si l&apos;application en exige un)</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Token d&apos;accès collé</translation>
    </message>
    <message>
        <source>For short tests only: a pasted Salesforce access token ends with the session (2 hours by default), and Plumbline cannot renew it.</source>
        <translation>Pour des tests courts uniquement&#xa0;: un token d&apos;accès Salesforce collé expire avec la session (2 heures par défaut) et Plumbline ne peut pas le renouveler.</translation>
    </message>
    <message>
        <source>Dev Dashboard app (client credentials)</source>
        <translation>Application Dev Dashboard (client credentials)</translation>
    </message>
    <message>
        <source>1. In the Shopify Dev Dashboard create an app of your organization with the Admin API read scopes you monitor (read_customers, read_orders, read_products).
2. Install it in your own store.
3. Copy its client id, and its client secret into the field below. Tokens last 24 hours; Plumbline gets a new one before each expires.</source>
        <translation>1. Dans le Shopify Dev Dashboard, créez une application de votre organisation avec les scopes de lecture de l&apos;Admin API que vous surveillez (read_customers, read_orders, read_products).
2. Installez-la dans votre propre boutique.
3. Copiez son identifiant client, et son secret client dans le champ ci-dessous. Les tokens durent 24 heures&#xa0;; Plumbline en obtient un nouveau avant l&apos;expiration de chacun.</translation>
    </message>
    <message>
        <source>Admin API access token (legacy custom app)</source>
        <translation>Token d&apos;accès Admin API (ancienne application personnalisée)</translation>
    </message>
    <message>
        <source>Stores can no longer create legacy custom apps since 1 January 2026; existing shpat_ tokens keep working.</source>
        <translation>Depuis le 1er janvier 2026, les boutiques ne peuvent plus créer d&apos;anciennes applications personnalisées (legacy custom apps)&#xa0;; les tokens shpat_ existants continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Record list path (value checks)</source>
        <translation>Chemin de la liste d&apos;enregistrements (vérifications des valeurs)</translation>
    </message>
    <message>
        <source>Optional: where pages of records are read for a value check, below the URL.</source>
        <translation>Facultatif&#xa0;: emplacement, sous l&apos;URL, où sont lues les pages d&apos;enregistrements pour une vérification des valeurs.</translation>
    </message>
    <message>
        <source>JSON pointer to the records</source>
        <translation>Pointeur JSON vers les enregistrements</translation>
    </message>
    <message>
        <source>Optional: where the list of records is in a list or lookup answer.</source>
        <translation>Facultatif&#xa0;: emplacement de la liste d&apos;enregistrements dans une réponse de liste ou de recherche.</translation>
    </message>
    <message>
        <source>JSON pointer to a record&apos;s key</source>
        <translation>Pointeur JSON vers la clé d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>Optional: where the key is inside a record, when it is not the mapped member.</source>
        <translation>Facultatif&#xa0;: emplacement de la clé dans un enregistrement, lorsque ce n&apos;est pas le membre mappé.</translation>
    </message>
    <message>
        <source>Last-modified member</source>
        <translation>Membre de dernière modification</translation>
    </message>
    <message>
        <source>Optional: a record&apos;s last-modified time (ISO 8601 or epoch milliseconds).</source>
        <translation>Facultatif&#xa0;: date de dernière modification d&apos;un enregistrement (ISO 8601 ou millisecondes depuis l&apos;epoch).</translation>
    </message>
    <message>
        <source>Lookup path (value checks)</source>
        <translation>Chemin de recherche (vérifications des valeurs)</translation>
    </message>
    <message>
        <source>Optional: how one record is found by its key, {key} standing for the key; a 404 means it is missing.</source>
        <translation>Facultatif&#xa0;: comment un enregistrement est retrouvé par sa clé, {key} représentant la clé&#xa0;; une réponse 404 signifie qu&apos;il est absent.</translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>required key &quot;%1&quot; is missing</source>
        <translation>la clé obligatoire «&#xa0;%1&#xa0;» est absente</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide&#xa0;: utilisez de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown vendor &quot;%1&quot;; expected one of: %2</source>
        <translation>fournisseur inconnu «&#xa0;%1&#xa0;»&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected null, a string or an object, found %1</source>
        <translation>null, chaîne ou objet attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown direction &quot;%1&quot;; expected one_way or two_way</source>
        <translation>sens inconnu «&#xa0;%1&#xa0;»&#xa0;; valeurs attendues&#xa0;: one_way ou two_way</translation>
    </message>
    <message>
        <source>expected an object or null, found %1</source>
        <translation>objet ou null attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>nombre attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the limit of %2 bytes for a workspace file</source>
        <translation>le fichier fait %1 octets, au-delà de la limite de %2 octets pour un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>un objet JSON est attendu au niveau supérieur</translation>
    </message>
    <message>
        <source>required key &quot;format&quot; is missing; expected &quot;plumbline-workspace&quot;</source>
        <translation>la clé obligatoire &quot;format&quot; est absente&#xa0;; valeur attendue&#xa0;: &quot;plumbline-workspace&quot;</translation>
    </message>
    <message>
        <source>unknown format; expected &quot;plumbline-workspace&quot;</source>
        <translation>format inconnu&#xa0;; valeur attendue&#xa0;: &quot;plumbline-workspace&quot;</translation>
    </message>
    <message>
        <source>required key &quot;version&quot; is missing</source>
        <translation>la clé obligatoire &quot;version&quot; est absente</translation>
    </message>
    <message>
        <source>version %1 is not supported; this Plumbline reads version 1</source>
        <translation>la version %1 n&apos;est pas prise en charge&#xa0;; cette version de Plumbline lit la version 1</translation>
    </message>
    <message>
        <source>required key &quot;connections&quot; is missing</source>
        <translation>la clé obligatoire &quot;connections&quot; est absente</translation>
    </message>
    <message>
        <source>duplicate connection id &quot;%1&quot;</source>
        <translation>identifiant de connexion en double&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>required key &quot;integrations&quot; is missing</source>
        <translation>la clé obligatoire &quot;integrations&quot; est absente</translation>
    </message>
    <message>
        <source>duplicate integration id &quot;%1&quot;</source>
        <translation>identifiant d&apos;intégration en double&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>refers to connection &quot;%1&quot;, which is not defined</source>
        <translation>fait référence à la connexion «&#xa0;%1&#xa0;», qui n&apos;est pas définie</translation>
    </message>
    <message>
        <source>looks like a credential</source>
        <translation>ressemble à un identifiant secret</translation>
    </message>
    <message>
        <source>looks like %1</source>
        <translation>ressemble à %1</translation>
    </message>
    <message>
        <source>%1; secrets never go in a workspace file — remove it, and store the key of the connection it belongs to with &quot;plumbline secret set CONNECTION_ID&quot;</source>
        <translation>%1&#xa0;; les secrets ne vont jamais dans un fichier d&apos;espace de travail — retirez cette valeur et enregistrez la clé de la connexion concernée avec «&#xa0;plumbline secret set CONNECTION_ID&#xa0;»</translation>
    </message>
    <message>
        <source>%1; secrets never go in a workspace file — store it with &quot;plumbline secret set %2&quot; instead</source>
        <translation>%1&#xa0;; les secrets ne vont jamais dans un fichier d&apos;espace de travail — enregistrez-le plutôt avec «&#xa0;plumbline secret set %2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: %2</source>
        <translation>«&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>this key appears twice in the same object; remove one of them (Plumbline does not guess which one you meant)</source>
        <translation>cette clé apparaît deux fois dans le même objet&#xa0;; supprimez l&apos;une des deux (Plumbline ne devine pas laquelle vous vouliez garder)</translation>
    </message>
    <message>
        <source>expected an array of channel ids, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a channel id, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate channel id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to notification channel &quot;%1&quot;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZapierConnector</name>
    <message>
        <source>Zapier is middleware and has no record count.</source>
        <translation>Zapier est un middleware et ne fournit pas de nombre d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>Zapier is middleware and has no record schema.</source>
        <translation>Zapier est un middleware et ne fournit pas de schéma d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>No Zap ID is set for this integration.</source>
        <translation>Aucun identifiant de Zap n&apos;est défini pour cette intégration.</translation>
    </message>
    <message>
        <source>Zapier lists no Zap with the ID &quot;%1&quot; for this account.</source>
        <translation>Zapier ne répertorie aucun Zap ayant l&apos;identifiant «&#xa0;%1&#xa0;» pour ce compte.</translation>
    </message>
    <message>
        <source>Zapier lists more Zaps than Plumbline reads (%1 pages); the Zap &quot;%2&quot; was not among them.</source>
        <translation>Zapier répertorie plus de Zaps que Plumbline n&apos;en lit (%1 pages)&#xa0;; le Zap «&#xa0;%2&#xa0;» n&apos;en faisait pas partie.</translation>
    </message>
</context>
<context>
    <name>ZapierParser</name>
    <message>
        <source>Zapier sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Zapier a envoyé un corps qui n&apos;est pas du JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>Zapier&apos;s answer has no &quot;data&quot; list.</source>
        <translation>La réponse de Zapier n&apos;a pas de liste &quot;data&quot;.</translation>
    </message>
    <message>
        <source>A Zap entry is not an object.</source>
        <translation>Une entrée de Zap n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>A Zap entry has no &quot;id&quot;.</source>
        <translation>Une entrée de Zap n&apos;a pas de &quot;id&quot;.</translation>
    </message>
    <message>
        <source>A Zap&apos;s &quot;is_enabled&quot; is not true/false.</source>
        <translation>La valeur &quot;is_enabled&quot; d&apos;un Zap n&apos;est pas true/false.</translation>
    </message>
    <message>
        <source>A Zap&apos;s &quot;last_successful_run_date&quot; is not a date.</source>
        <translation>La valeur &quot;last_successful_run_date&quot; d&apos;un Zap n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>A Zap&apos;s title is not text.</source>
        <translation>Le titre d&apos;un Zap n&apos;est pas un texte.</translation>
    </message>
    <message>
        <source>A Zap run entry is not an object.</source>
        <translation>Une entrée d&apos;exécution de Zap n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>A Zap run has no &quot;id&quot;.</source>
        <translation>Une exécution de Zap n&apos;a pas de &quot;id&quot;.</translation>
    </message>
    <message>
        <source>A Zap run has no &quot;zap_id&quot;.</source>
        <translation>Une exécution de Zap n&apos;a pas de &quot;zap_id&quot;.</translation>
    </message>
    <message>
        <source>A Zap run&apos;s &quot;end_time&quot; is not a date.</source>
        <translation>La valeur &quot;end_time&quot; d&apos;une exécution de Zap n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>A Zap run has no readable &quot;start_time&quot;.</source>
        <translation>Une exécution de Zap n&apos;a pas de &quot;start_time&quot; lisible.</translation>
    </message>
    <message>
        <source>A Zap run&apos;s &quot;status&quot; is not text.</source>
        <translation>La valeur &quot;status&quot; d&apos;une exécution de Zap n&apos;est pas un texte.</translation>
    </message>
    <message>
        <source>Zapier status &quot;%1&quot;</source>
        <translation>Statut Zapier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A Zap run&apos;s &quot;steps&quot; is not a list.</source>
        <translation>La valeur &quot;steps&quot; d&apos;une exécution de Zap n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>%1 — Zapier says: %2</source>
        <translation>%1 — Zapier indique&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertFilterProxy</name>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittées</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>En sourdine</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertTableModel</name>
    <message>
        <source>Counts drifted apart</source>
        <translation>Comptages divergents</translation>
    </message>
    <message>
        <source>Data stopped moving</source>
        <translation>Les données ne circulent plus</translation>
    </message>
    <message>
        <source>Not checked for too long</source>
        <translation>Pas de vérification depuis trop longtemps</translation>
    </message>
    <message>
        <source>A mapped field changed</source>
        <translation>Un champ mappé a changé</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Identifiants refusés</translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation>Autorisation manquante</translation>
    </message>
    <message>
        <source>API version going away</source>
        <translation>Version d&apos;API bientôt retirée</translation>
    </message>
    <message>
        <source>Running out of API quota</source>
        <translation>Quota d&apos;API bientôt épuisé</translation>
    </message>
    <message>
        <source>Unusual change in volume</source>
        <translation>Variation inhabituelle du volume</translation>
    </message>
    <message>
        <source>Automation runs failing</source>
        <translation>Exécutions d&apos;automatisation en échec</translation>
    </message>
    <message>
        <source>Service unreachable</source>
        <translation>Service injoignable</translation>
    </message>
    <message>
        <source>Unreadable answer from the API</source>
        <translation>Réponse illisible de l&apos;API</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>En sourdine</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>En sourdine jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Acquittée par %1</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Connexion %1</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Intégration %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Integration or connection</source>
        <translation>Intégration ou connexion</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Field values differ between systems</source>
        <translation>Valeurs de champs divergentes entre les systèmes</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertsPage</name>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Aggravée</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Atténuée</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Mise en sourdine</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Held back (maintenance window)</source>
        <translation>Retenue (fenêtre de maintenance)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Which alerts to show</source>
        <translation>Quelles alertes afficher</translation>
    </message>
    <message>
        <source>Every alert that is not resolved, acknowledged and snoozed ones included</source>
        <translation>Toutes les alertes non résolues, y compris celles acquittées ou en sourdine</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>A&amp;cquitter</translation>
    </message>
    <message>
        <source>Say that someone is on it: no more reminders until the alert gets worse.</source>
        <translation>Indiquer que quelqu&apos;un s&apos;en occupe&#xa0;: plus aucun rappel tant que l&apos;alerte ne s&apos;aggrave pas.</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>Mettre en so&amp;urdine</translation>
    </message>
    <message>
        <source>Keep the selected alerts quiet until a time you choose.</source>
        <translation>Mettre les alertes sélectionnées en sourdine jusqu&apos;au moment de votre choix.</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Pendant 4 heures</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>Jusqu&apos;à demain 09:00</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Pendant 1 semaine</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Jusqu&apos;au…</translation>
    </message>
    <message>
        <source>&amp;History of the selected alert</source>
        <translation>Histori&amp;que de l&apos;alerte sélectionnée</translation>
    </message>
    <message>
        <source>History of the selected alert</source>
        <translation>Historique de l&apos;alerte sélectionnée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>By / details</source>
        <translation>Par / détails</translation>
    </message>
    <message>
        <source>%1 — connection</source>
        <translation>%1 — connexion</translation>
    </message>
    <message>
        <source>Plumbline itself</source>
        <translation>Plumbline lui-même</translation>
    </message>
    <message>
        <source>Snooze alerts</source>
        <translation>Mettre les alertes en sourdine</translation>
    </message>
    <message>
        <source>Quiet &amp;until:</source>
        <translation>En sourdine &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Alerts appear here once Plumbline checks your integrations.</source>
        <translation>Les alertes apparaissent ici dès que Plumbline vérifie vos intégrations.</translation>
    </message>
    <message>
        <source>No open alerts — every integration is quiet.</source>
        <translation>Aucune alerte ouverte — aucune intégration ne signale de problème.</translation>
    </message>
    <message>
        <source>No alerts in this view.</source>
        <translation>Aucune alerte dans cette vue.</translation>
    </message>
    <message>
        <source>&amp;History: %1 · %2</source>
        <translation>Histori&amp;que&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>snooze ended</source>
        <translation>fin de la mise en sourdine</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>notification envoyée</translation>
    </message>
    <message>
        <source>%1 (notified)</source>
        <translation>%1 (notification envoyée)</translation>
    </message>
</context>
<context>
    <name>plumbline::ApiVersionCalendarModel</name>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Under 14 days</source>
        <translation>Moins de 14 jours</translation>
    </message>
    <message>
        <source>Under 90 days</source>
        <translation>Moins de 90 jours</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No deadline announced</source>
        <translation>Aucune échéance annoncée</translation>
    </message>
    <message>
        <source>Stops working</source>
        <translation>Cesse de fonctionner</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Another version is served</source>
        <translation>Une autre version est servie</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor&apos;s response</source>
        <translation>Réponse du fournisseur</translation>
    </message>
    <message>
        <source>Vendor&apos;s schedule</source>
        <translation>Calendrier du fournisseur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>As served at the check of %1</source>
        <translation>Version servie lors de la vérification du %1</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servie</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
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
        <translation>Versions d&apos;API et échéances</translation>
    </message>
    <message>
        <source>Dates come from the vendors&apos; own responses (Deprecation and Sunset headers, version lists, 410 Gone) at the latest check, and from the end-of-life dates vendors publish. Red: retired, another version served, or under 14 days left; amber: under 90 days.</source>
        <translation>Les dates proviennent des réponses des fournisseurs eux-mêmes (en-têtes Deprecation et Sunset, listes de versions, 410 Gone) lors de la dernière vérification, ainsi que des dates de fin de vie publiées par les fournisseurs. Rouge&#xa0;: version retirée, autre version servie ou moins de 14 jours restants&#xa0;; orange&#xa0;: moins de 90 jours.</translation>
    </message>
    <message>
        <source>No connections yet.</source>
        <translation>Aucune connexion pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No API version of your connections is going away within 90 days.</source>
        <translation>Aucune version d&apos;API de vos connexions ne sera retirée dans les 90 prochains jours.</translation>
    </message>
    <message numerus="yes">
        <source>%n API version deadline(s) need attention within 90 days.</source>
        <translation>
            <numerusform>%n échéance de version d&apos;API demande votre attention dans les 90 jours.</numerusform>
            <numerusform>%n échéances de version d&apos;API demandent votre attention dans les 90 jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::AppContext</name>
    <message>
        <source>The webhook URL stays in the settings file for now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook (from the settings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plumbline::ChangeLogPage</name>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
</context>
<context>
    <name>plumbline::ChangeLogTableModel</name>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Credential stored</source>
        <translation>Identifiants enregistrés</translation>
    </message>
    <message>
        <source>Credential removed</source>
        <translation>Identifiants supprimés</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>plumbline::ChannelTableModel</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No secret yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, last delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>Critical alerts break through the quiet hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing breaks through the quiet hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">État</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionDialog</name>
    <message>
        <source>Add connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>Edit connection “%1”</source>
        <translation>Modifier la connexion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The vendor of an existing connection cannot be changed; add a new connection instead.</source>
        <translation>Le fournisseur d&apos;une connexion existante ne peut pas être modifié&#xa0;; ajoutez plutôt une nouvelle connexion.</translation>
    </message>
    <message>
        <source>The ID of an existing connection cannot be changed.</source>
        <translation>L&apos;identifiant d&apos;une connexion existante ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. HubSpot production</source>
        <translation>p. ex. HubSpot production</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. hubspot-prod</source>
        <translation>p. ex. hubspot-prod</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>A short, stable identifier used in workspace files and on the command line.</source>
        <translation>Un identifiant court et stable, utilisé dans les fichiers d&apos;espace de travail et en ligne de commande.</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>URL de base de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Who to ask about this account</source>
        <translation>Personne à contacter au sujet de ce compte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the key (reads a stored key from the keychain when the field is empty)</source>
        <translation>Afficher la clé (lit la clé enregistrée dans le trousseau si le champ est vide)</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <source>Ask the vendor whether this connection and its key work, without saving</source>
        <translation>Demander au fournisseur si cette connexion et sa clé fonctionnent, sans enregistrer</translation>
    </message>
    <message>
        <source> (required):</source>
        <translation> (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>:</source>
        <translation>&#xa0;:</translation>
    </message>
    <message>
        <source>Derived from the API key&apos;s data centre</source>
        <translation>Déduite du centre de données de la clé API</translation>
    </message>
    <message>
        <source>Derived from the shop domain</source>
        <translation>Déduite du domaine de la boutique</translation>
    </message>
    <message>
        <source>Derived from the zone</source>
        <translation>Déduite de la zone</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>The key is stored in %1, never in the workspace.</source>
        <translation>La clé est enregistrée dans %1, jamais dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>La nouvelle clé remplacera la clé stockée à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>A key is stored in the keychain — leave empty to keep it.</source>
        <translation>Une clé est enregistrée dans le trousseau — laissez vide pour la conserver.</translation>
    </message>
    <message>
        <source>No key is stored for this connection yet — paste one to store it.</source>
        <translation>Aucune clé n&apos;est encore enregistrée pour cette connexion — collez-en une pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The keychain could not be reached, so it is not known whether a key is stored. A key entered here is stored when you save.</source>
        <translation>Le trousseau est inaccessible&#xa0;; impossible de savoir si une clé est enregistrée. Une clé saisie ici sera stockée à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Data centre: %1 (https://%1.api.mailchimp.com)</source>
        <translation>Centre de données&#xa0;: %1 (https://%1.api.mailchimp.com)</translation>
    </message>
    <message>
        <source>Data centre: shown when you enter the key (it ends with e.g. -us6).</source>
        <translation>Centre de données&#xa0;: affiché lorsque vous saisissez la clé (elle se termine par exemple par -us6).</translation>
    </message>
    <message>
        <source>Data centre: not found — a Mailchimp key ends with its data centre, e.g. -us6.</source>
        <translation>Centre de données&#xa0;: introuvable — une clé Mailchimp se termine par son centre de données, p. ex. -us6.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>The stored key could not be read: %1</source>
        <translation>La clé enregistrée n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paste the key to test it.</source>
        <translation>Collez la clé pour la tester.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
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
        <translation>Une autre connexion utilise déjà cet identifiant.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Étapes de configuration</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Méthode d&apos;a&amp;uthentification&#xa0;:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>The public id of the app you created at the vendor (its consumer key).</source>
        <translation>L&apos;identifiant public de l&apos;application que vous avez créée chez le fournisseur (sa consumer key).</translation>
    </message>
    <message>
        <source>C&amp;lient id (required):</source>
        <translation>Identifiant c&amp;lient (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: space-separated; empty asks for the app&apos;s own scopes</source>
        <translation>Facultatif&#xa0;: séparés par des espaces&#xa0;; vide demande les scopes de l&apos;application</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe&#xa0;:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du token</translation>
    </message>
    <message>
        <source>Token U&amp;RL:</source>
        <translation>URL du to&amp;ken&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Si&amp;gn-in URL:</source>
        <translation>URL d&apos;autorisati&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Port de redirection</translation>
    </message>
    <message>
        <source>The port on this computer where the browser hands the sign-in back to Plumbline.</source>
        <translation>Le port de cet ordinateur par lequel le navigateur renvoie l&apos;authentification à Plumbline.</translation>
    </message>
    <message>
        <source>Re&amp;direct port:</source>
        <translation>Port de re&amp;direction&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recommandé)</translation>
    </message>
    <message>
        <source>Token U&amp;RL (required):</source>
        <translation>URL du to&amp;ken (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Optional. After saving, choose Sign in… on the Connections page to sign in in your browser.</source>
        <translation>Facultatif. Après l&apos;enregistrement, choisissez «&#xa0;Se connecter…&#xa0;» sur la page «&#xa0;Connexions&#xa0;» pour vous connecter dans votre navigateur.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;%2</source>
        <comment>placeholder: the vendor&apos;s address on a base URL not entered yet</comment>
        <translation>&lt;%1&gt;%2</translation>
    </message>
    <message>
        <source>e.g. https://auth.example.com/oauth/token</source>
        <translation>p. ex. https://auth.example.com/oauth/token</translation>
    </message>
    <message>
        <source>e.g. https://auth.example.com/oauth/authorize</source>
        <translation>p. ex. https://auth.example.com/oauth/authorize</translation>
    </message>
    <message>
        <source>Empty: the vendor&apos;s own address shown here.</source>
        <translation>Vide&#xa0;: l&apos;adresse du fournisseur affichée ici.</translation>
    </message>
    <message>
        <source>Register this callback URL: %1</source>
        <translation>Enregistrez cette URL de rappel&#xa0;: %1</translation>
    </message>
    <message>
        <source>This sign-in method keeps its secret in another keychain entry than the previous one: paste it to store it.</source>
        <translation>Cette méthode d&apos;authentification conserve son secret dans une autre entrée du trousseau que la précédente&#xa0;: collez-le pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>No client secret is stored for this connection — paste one if the app requires it.</source>
        <translation>Aucun secret client n&apos;est enregistré pour cette connexion — collez-en un si l&apos;application l&apos;exige.</translation>
    </message>
    <message>
        <source>A connection that signs in as a person can be tested once it is saved and signed in (Sign in… on the Connections page).</source>
        <translation>Une connexion qui s&apos;authentifie au nom d&apos;une personne peut être testée une fois enregistrée et authentifiée («&#xa0;Se connecter…&#xa0;» sur la page «&#xa0;Connexions&#xa0;»).</translation>
    </message>
    <message>
        <source>Enter the client id of the app you created at %1 (its consumer key).</source>
        <translation>Saisissez l&apos;identifiant client de l&apos;application que vous avez créée chez %1 (sa consumer key).</translation>
    </message>
    <message>
        <source>Enter the token URL of the OAuth server.</source>
        <translation>Saisissez l&apos;URL du token du serveur OAuth.</translation>
    </message>
    <message>
        <source>Paste the secret here (%1).</source>
        <translation>Collez le secret ici (%1).</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionTableModel</name>
    <message>
        <source>In keychain</source>
        <translation>Dans le trousseau</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Secret unavailable</source>
        <translation>Secret indisponible</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionTester</name>
    <message>
        <source>Connected in %1 ms.</source>
        <translation>Connexion établie en %1 ms.</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms.</source>
        <translation>Connexion à %1 établie en %2 ms.</translation>
    </message>
    <message>
        <source>Note: the vendor says this API version is deprecated or retired.</source>
        <translation>Remarque&#xa0;: le fournisseur indique que cette version d&apos;API est obsolète ou retirée.</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Set API &amp;key…</source>
        <translation>Dé&amp;finir la clé API…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Select a connection to see how it signs in.</source>
        <translation>Sélectionnez une connexion pour voir comment elle s&apos;authentifie.</translation>
    </message>
    <message>
        <source>Sign-in of “%1”</source>
        <translation>Authentification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>No access token yet: Plumbline gets one at the next check (F5).</source>
        <translation>Pas encore de token d&apos;accès&#xa0;: Plumbline en obtient un à la prochaine vérification (F5).</translation>
    </message>
    <message>
        <source>No access token is held.</source>
        <translation>Aucun token d&apos;accès n&apos;est détenu.</translation>
    </message>
    <message>
        <source>Access token expires %1 (%2)</source>
        <translation>Le token d&apos;accès expire le %1 (%2)</translation>
    </message>
    <message>
        <source>Access token expired %1 (%2)</source>
        <translation>Le token d&apos;accès a expiré le %1 (%2)</translation>
    </message>
    <message>
        <source>Last renewed %1 (%2)</source>
        <translation>Dernier renouvellement le %1 (%2)</translation>
    </message>
    <message>
        <source>The keychain would not store the newest refresh token: it is kept in memory only, so after Plumbline restarts you will need to sign in again.</source>
        <translation>Le trousseau n&apos;a pas enregistré le dernier token d&apos;actualisation&#xa0;: il n&apos;est conservé qu&apos;en mémoire, vous devrez donc vous reconnecter après un redémarrage de Plumbline.</translation>
    </message>
    <message>
        <source>Sign in a&amp;gain…</source>
        <translation>Se reconn&amp;ecter…</translation>
    </message>
    <message>
        <source>Si&amp;gn in…</source>
        <translation>Se conn&amp;ecter…</translation>
    </message>
    <message>
        <source>Opens %1&apos;s sign-in page in your browser; Plumbline keeps the refresh token in the keychain.</source>
        <translation>Ouvre la page de connexion de %1 dans votre navigateur&#xa0;; Plumbline conserve le token d&apos;actualisation dans le trousseau.</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>dans moins d&apos;une minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::CountSeriesQuery</name>
    <message>
        <source>every poll</source>
        <translation>chaque interrogation</translation>
    </message>
    <message>
        <source>hourly averages</source>
        <translation>moyennes horaires</translation>
    </message>
    <message>
        <source>daily averages</source>
        <translation>moyennes journalières</translation>
    </message>
</context>
<context>
    <name>plumbline::DashboardCharts</name>
    <message>
        <source>Integration history charts</source>
        <translation>Graphiques de l&apos;historique de l&apos;intégration</translation>
    </message>
    <message>
        <source>Values at the pointer</source>
        <translation>Valeurs sous le pointeur</translation>
    </message>
    <message>
        <source>Source and destination counts</source>
        <translation>Comptages source et destination</translation>
    </message>
    <message>
        <source>Tolerance band</source>
        <translation>Plage de tolérance</translation>
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
        <translation>Écart en pourcentage du comptage source</translation>
    </message>
    <message>
        <source>Tolerance (%)</source>
        <translation>Tolérance (%)</translation>
    </message>
    <message>
        <source>Gap % (destination − source)</source>
        <translation>Écart&#xa0;% (destination − source)</translation>
    </message>
    <message>
        <source>API quota headroom</source>
        <translation>Marge de quota d&apos;API</translation>
    </message>
    <message>
        <source>Source quota left (%)</source>
        <translation>Quota restant côté source (%)</translation>
    </message>
    <message>
        <source>Destination quota left (%)</source>
        <translation>Quota restant côté destination (%)</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Source latency (ms)</source>
        <translation>Latence côté source (ms)</translation>
    </message>
    <message>
        <source>Destination latency (ms)</source>
        <translation>Latence côté destination (ms)</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 j</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 j</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>Start of the custom range</source>
        <translation>Début de la période personnalisée</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>End of the custom range</source>
        <translation>Fin de la période personnalisée</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the custom range</source>
        <translation>Afficher la période personnalisée</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show the whole time range again (drag across a chart to zoom in)</source>
        <translation>Afficher de nouveau toute la période (faites glisser le pointeur sur un graphique pour zoomer)</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>Le début doit précéder la fin.</translation>
    </message>
    <message>
        <source>Choose an integration to see its history.</source>
        <translation>Choisissez une intégration pour afficher son historique.</translation>
    </message>
    <message>
        <source>No polls were stored in this time range. Choose a longer range.</source>
        <translation>Aucune interrogation n&apos;a été enregistrée sur cette période. Choisissez une période plus longue.</translation>
    </message>
    <message>
        <source>No history yet. Source and destination counts appear here after the first poll of this integration.</source>
        <translation>Pas encore d&apos;historique. Les comptages source et destination apparaîtront ici après la première interrogation de cette intégration.</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Affichage&#xa0;: %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 — Source %2 · Destination %3 · Gap %4</source>
        <translation>%1 — Source %2 · Destination %3 · Écart %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — no poll stored near this time</source>
        <translation>%1 — aucune interrogation enregistrée à proximité de ce moment</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Dernier relevé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Point at a chart to read its exact values.</source>
        <translation>Pointez un graphique pour lire ses valeurs exactes.</translation>
    </message>
    <message>
        <source>No integration chosen.</source>
        <translation>Aucune intégration choisie.</translation>
    </message>
    <message>
        <source>%1, %2 to %3, %4.</source>
        <translation>%1, du %2 au %3, %4.</translation>
    </message>
    <message>
        <source>Latest: source %1, destination %2, gap %3 (%4 %), tolerance ± %5, %6.</source>
        <translation>Dernier relevé&#xa0;: source %1, destination %2, écart %3 (%4&#xa0;%), tolérance ± %5, %6.</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>dans la tolérance</translation>
    </message>
    <message>
        <source>outside tolerance</source>
        <translation>hors tolérance</translation>
    </message>
</context>
<context>
    <name>plumbline::DashboardValuesTab</name>
    <message>
        <source>Com&amp;pare now</source>
        <translation>Compa&amp;rer maintenant</translation>
    </message>
    <message>
        <source>Sample records of the source, look them up at the destination and compare the mapped fields now</source>
        <translation>Échantillonner maintenant des enregistrements de la source, les rechercher côté destination et comparer les champs mappés</translation>
    </message>
    <message>
        <source>Value check progress</source>
        <translation>Progression de la vérification des valeurs</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop the value check; nothing of it is stored</source>
        <translation>Arrêter la vérification des valeurs&#xa0;; rien n&apos;en est enregistré</translation>
    </message>
    <message>
        <source>F&amp;ields, most differences first:</source>
        <translation>&amp;Champs, par nombre de différences décroissant&#xa0;:</translation>
    </message>
    <message>
        <source>Compared fields and their differences</source>
        <translation>Champs comparés et leurs différences</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <source>Redacted examples of the selected field</source>
        <translation>Exemples masqués du champ sélectionné</translation>
    </message>
    <message>
        <source>No value check yet</source>
        <translation>Aucune vérification des valeurs pour l&apos;instant</translation>
    </message>
    <message>
        <source>A value check samples records of %1, finds each one in %2 by the key mapping and compares the mapped fields. This integration has no key mapping yet: edit it and mark the mapping that identifies a record on both sides (an e-mail address, an id) as the key.</source>
        <translation>Une vérification des valeurs prélève un échantillon d&apos;enregistrements de %1, retrouve chacun d&apos;eux dans %2 grâce au mappage clé et compare les champs mappés. Cette intégration n&apos;a pas encore de mappage clé&#xa0;: modifiez-la et marquez comme clé le mappage qui identifie un enregistrement des deux côtés (une adresse e-mail, un identifiant).</translation>
    </message>
    <message>
        <source>A value check samples records of %1, finds each one in %2 by the key %3 → %4 and compares the mapped fields, counting what differs. Compare now runs one.</source>
        <translation>Une vérification des valeurs prélève un échantillon d&apos;enregistrements de %1, retrouve chacun d&apos;eux dans %2 grâce à la clé %3 → %4, compare les champs mappés et compte les différences. «&#xa0;Comparer maintenant&#xa0;» en lance une.</translation>
    </message>
    <message numerus="yes">
        <source>Tried %1 · %n request(s)</source>
        <translation>
            <numerusform>Tentative&#xa0;: %1 · %n requête</numerusform>
            <numerusform>Tentative&#xa0;: %1 · %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sampled records match (%3–%4 %)</source>
        <translation>%1 des %2 enregistrements échantillonnés correspondent (%3–%4&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 missing in %2</source>
        <translation>%1 manquants dans %2</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>vérification&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of the value check&apos;s headline</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Vérification partielle&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found more than one record in %1.</source>
        <translation>
            <numerusform>%n clé a trouvé plus d&apos;un enregistrement dans %1.</numerusform>
            <numerusform>%n clés ont trouvé plus d&apos;un enregistrement dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sampled from %1 records in %2.</source>
        <translation>Échantillon prélevé parmi %1 enregistrements dans %2.</translation>
    </message>
    <message>
        <source>A record matches when it is found in %1 and every mapped field holds the same value there (letter case aside).</source>
        <translation>Un enregistrement correspond lorsqu&apos;il est trouvé dans %1 et que chaque champ mappé y contient la même valeur (casse non prise en compte).</translation>
    </message>
    <message>
        <source>Select a field to see examples of its differences.</source>
        <translation>Sélectionnez un champ pour voir des exemples de ses différences.</translation>
    </message>
    <message>
        <source>Examples are off for this integration.</source>
        <translation>Les exemples sont désactivés pour cette intégration.</translation>
    </message>
    <message>
        <source>E&amp;xamples of %1 → %2</source>
        <translation>E&amp;xemples de %1 → %2</translation>
    </message>
    <message>
        <source>Redacted: first letters and lengths, never a value.</source>
        <translation>Masqués&#xa0;: premières lettres et longueurs, jamais une valeur.</translation>
    </message>
    <message>
        <source>No differences in this field.</source>
        <translation>Aucune différence dans ce champ.</translation>
    </message>
    <message numerus="yes">
        <source>No examples kept (older than %n days).</source>
        <translation>
            <numerusform>Aucun exemple conservé (au-delà de %n jour).</numerusform>
            <numerusform>Aucun exemple conservé (au-delà de %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>No examples were kept for this field.</source>
        <translation>Aucun exemple n&apos;a été conservé pour ce champ.</translation>
    </message>
    <message>
        <source>Mark one mapping as the key (Edit…) to compare values</source>
        <translation>Marquez un mappage comme clé (Modifier…) pour comparer les valeurs</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message>
        <source>Starting the value check…</source>
        <translation>Démarrage de la vérification des valeurs…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <source>The value check was cancelled; nothing of it was stored.</source>
        <translation>La vérification des valeurs a été annulée&#xa0;; rien n&apos;en a été enregistré.</translation>
    </message>
    <message>
        <source>The value check ran but could not be stored: %1</source>
        <translation>La vérification des valeurs a été effectuée, mais n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The value check did not run: value checks are off for this integration or it has no key mapping.</source>
        <translation>La vérification des valeurs n&apos;a pas été effectuée&#xa0;: les vérifications des valeurs sont désactivées pour cette intégration, ou elle n&apos;a pas de mappage clé.</translation>
    </message>
</context>
<context>
    <name>plumbline::DeliveryLogTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (status %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Heure</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Événement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Gravité</translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error or note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plumbline::EnvSecretStore</name>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable d&apos;environnement %1 n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>Secrets from environment variables cannot be changed by Plumbline.</source>
        <translation>Plumbline ne peut pas modifier les secrets provenant de variables d&apos;environnement.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>les variables d&apos;environnement</translation>
    </message>
</context>
<context>
    <name>plumbline::FirstRunPage</name>
    <message>
        <source>Welcome to Plumbline</source>
        <translation>Bienvenue dans Plumbline</translation>
    </message>
    <message>
        <source>Plumbline watches the integrations between your marketing tools — HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier or any REST API — and tells you when one quietly stops moving data.

Start by exploring a demo workspace, or add the first account you want to watch.</source>
        <translation>Plumbline surveille les intégrations entre vos outils marketing — HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier ou toute API REST — et vous prévient quand l&apos;une d&apos;elles cesse discrètement de transférer des données.

Commencez par explorer un espace de travail de démonstration, ou ajoutez le premier compte que vous souhaitez surveiller.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l&apos;espace de travail de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Add your first connection</source>
        <translation>&amp;Ajouter votre première connexion</translation>
    </message>
    <message>
        <source>Set up an integration step by step…</source>
        <translation>Configurer une intégration pas à pas…</translation>
    </message>
</context>
<context>
    <name>plumbline::HeartbeatIndicator</name>
    <message>
        <source>Monitor heartbeat</source>
        <translation>Signal d&apos;activité de la surveillance</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling paused — last check %1</source>
        <translation>Interrogation suspendue — dernière vérification %1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Interrogation suspendue</translation>
    </message>
    <message>
        <source>Waiting for the first check…</source>
        <translation>En attente de la première vérification…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore de vérification</translation>
    </message>
    <message>
        <source>Polling has stopped — last check %1</source>
        <translation>L&apos;interrogation s&apos;est arrêtée — dernière vérification %1</translation>
    </message>
    <message>
        <source>Last check %1</source>
        <translation>Dernière vérification %1</translation>
    </message>
    <message>
        <source>Plumbline has not checked your integrations for longer than their intervals allow. Check that polling is not paused and that this computer was not asleep; F5 checks now.</source>
        <translation>Plumbline n&apos;a pas vérifié vos intégrations depuis plus longtemps que leurs intervalles ne le permettent. Vérifiez que l&apos;interrogation n&apos;est pas suspendue et que cet ordinateur n&apos;était pas en veille&#xa0;; F5 lance une vérification immédiate.</translation>
    </message>
    <message>
        <source>another Plumbline window</source>
        <translation>une autre fenêtre Plumbline</translation>
    </message>
    <message>
        <source>plumbline run</source>
        <translation>plumbline run</translation>
    </message>
    <message>
        <source>polled by %1 (process %2 on %3); this window follows it</source>
        <translation>interrogation assurée par %1 (processus %2 sur %3)&#xa0;; cette fenêtre suit ses résultats</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationDashboard</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Mappages</translation>
    </message>
    <message>
        <source>Schema c&amp;hanges</source>
        <translation>Modifications du sc&amp;héma</translation>
    </message>
    <message>
        <source>Run &amp;log</source>
        <translation>&amp;Journal d&apos;exécutions</translation>
    </message>
    <message>
        <source>Integration definition</source>
        <translation>Définition de l&apos;intégration</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Définition</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Lancer maintenant</translation>
    </message>
    <message>
        <source>Poll this integration now and evaluate its checks</source>
        <translation>Interroger cette intégration maintenant et évaluer ses vérifications</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>Charts of counts, gap, quota and latency appear here.</source>
        <translation>Les graphiques des comptages, de l&apos;écart, du quota et de la latence apparaissent ici.</translation>
    </message>
    <message>
        <source>Current findings</source>
        <translation>Constats actuels</translation>
    </message>
    <message>
        <source>Field mappings and their state</source>
        <translation>Mappages des champs et leur état</translation>
    </message>
    <message>
        <source>Schema changes</source>
        <translation>Modifications du schéma</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>Filtrer par texte…</translation>
    </message>
    <message>
        <source>Filter the run log</source>
        <translation>Filtrer le journal d&apos;exécutions</translation>
    </message>
    <message>
        <source>Run and error log</source>
        <translation>Journal des exécutions et des erreurs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
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
        <translation>indisponible</translation>
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
        <translation>Écart %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Gap %1</source>
        <translation>Écart %1</translation>
    </message>
    <message>
        <source>Last checked %1 (%2)</source>
        <translation>Dernière vérification&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore de vérification</translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>Toutes les vérifications sont réussies.</translation>
    </message>
    <message>
        <source>No findings yet: this integration has not been checked since Plumbline started.</source>
        <translation>Aucun constat pour l&apos;instant&#xa0;: cette intégration n&apos;a pas été vérifiée depuis le démarrage de Plumbline.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>À vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>No alert open (alerts open after repeated failing checks).</source>
        <translation>Aucune alerte ouverte (une alerte s&apos;ouvre après plusieurs vérifications en échec).</translation>
    </message>
    <message>
        <source>Alert open since %1</source>
        <translation>Alerte ouverte depuis le %1</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation>acquittée par %1 le %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>en sourdine jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Already acknowledged</source>
        <translation>Déjà acquittée</translation>
    </message>
    <message>
        <source>Say that someone is on it; escalations still notify</source>
        <translation>Indiquer que quelqu&apos;un s&apos;en occupe&#xa0;; les aggravations sont toujours notifiées</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Mettre en sourdine</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Pendant 4 heures</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>Jusqu&apos;à demain 09:00</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Pendant 1 semaine</translation>
    </message>
    <message>
        <source>No field mappings are defined. Edit the integration to add them.</source>
        <translation>Aucun mappage de champs n&apos;est défini. Modifiez l&apos;intégration pour en ajouter.</translation>
    </message>
    <message>
        <source>The field schemas have not been fetched yet; the states show after the first check.</source>
        <translation>Les schémas des champs n&apos;ont pas encore été récupérés&#xa0;; les états s&apos;afficheront après la première vérification.</translation>
    </message>
    <message>
        <source>Checked against the schemas fetched %1 (source) and %2 (destination).</source>
        <translation>Vérifié par rapport aux schémas récupérés le %1 (source) et le %2 (destination).</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1&#xa0;: %2 · %3</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Pas encore récupéré</translation>
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
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no count</source>
        <translation>aucun comptage</translation>
    </message>
    <message>
        <source>The count could not be read.</source>
        <translation>Le comptage n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Aucune entrée</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entries</source>
        <translation>
            <numerusform>Page %1 sur %2 · %n entrée</numerusform>
            <numerusform>Page %1 sur %2 · %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
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
        <translation>Responsable</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(personne n&apos;est désigné)</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mappages des champs</translation>
    </message>
    <message>
        <source>No mappings defined.</source>
        <translation>Aucun mappage défini.</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Champ de destination</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Every %1 s; tolerated gap %2 % or %3 records; lag grace %4 s.</source>
        <translation>Toutes les %1 s&#xa0;; écart toléré %2&#xa0;% ou %3 enregistrements&#xa0;; délai de grâce %4 s.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>(not documented)</source>
        <translation>(non documenté)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Procédure d&apos;intervention</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Sign in to %1 again for “%2” in your browser</source>
        <translation>Se reconnecter à %1 pour «&#xa0;%2&#xa0;» dans votre navigateur</translation>
    </message>
    <message>
        <source>Set client secret…</source>
        <translation>Définir le secret client…</translation>
    </message>
    <message>
        <source>Store a new client secret for “%1”</source>
        <translation>Enregistrer un nouveau secret client pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation>Définir la clé…</translation>
    </message>
    <message>
        <source>Store a new key for “%1”</source>
        <translation>Enregistrer une nouvelle clé pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>Vale&amp;urs</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationDialog</name>
    <message>
        <source>Add integration</source>
        <translation>Ajouter une intégration</translation>
    </message>
    <message>
        <source>Edit integration “%1”</source>
        <translation>Modifier l&apos;intégration «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Définition</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Mappages</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>D&amp;ocumentation</source>
        <translation>D&amp;ocumentation</translation>
    </message>
    <message>
        <source>The ID of an existing integration cannot be changed.</source>
        <translation>L&apos;identifiant d&apos;une intégration existante ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. hubspot-to-mailchimp</source>
        <translation>p. ex. hubspot-to-mailchimp</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Newsletter sync</source>
        <translation>p. ex. Synchronisation newsletter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. contacts, Account, audience members</source>
        <translation>p. ex. contacts, Account, membres de l&apos;audience</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: a JSON object or the vendor&apos;s filter text</source>
        <translation>Facultatif&#xa0;: un objet JSON ou le texte de filtre du fournisseur</translation>
    </message>
    <message>
        <source>Makes the two counts comparable, e.g. only subscribed contacts. Text that parses as a JSON object is stored as JSON; anything else as text.</source>
        <translation>Rend les deux comptages comparables, p. ex. uniquement les contacts abonnés. Un texte lisible comme objet JSON est enregistré en JSON&#xa0;; tout autre texte est enregistré tel quel.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
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
        <translation>Sens</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>Carried by &amp;middleware (a Make scenario, a Zap, …)</source>
        <translation>Transmise par un &amp;middleware (un scénario Make, un Zap, …)</translation>
    </message>
    <message>
        <source>Middleware connection</source>
        <translation>Connexion du middleware</translation>
    </message>
    <message>
        <source>Middleware co&amp;nnection:</source>
        <translation>Connexion du midd&amp;leware&#xa0;:</translation>
    </message>
    <message>
        <source>Scenario ID or Zap ID</source>
        <translation>ID du scénario ou du Zap</translation>
    </message>
    <message>
        <source>Middleware reference</source>
        <translation>Référence dans le middleware</translation>
    </message>
    <message>
        <source>Scenario or &amp;Zap:</source>
        <translation>Scénario ou &amp;Zap&#xa0;:</translation>
    </message>
    <message>
        <source>Which source field feeds which destination field. Tick the field that identifies a record on both sides (usually the email address).</source>
        <translation>Quel champ source alimente quel champ de destination. Cochez le champ qui identifie un enregistrement des deux côtés (généralement l&apos;adresse e-mail).</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mappages des champs</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle d&apos;interrogation en secondes</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>Interroger &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerated gap in percent</source>
        <translation>Écart toléré en pourcentage</translation>
    </message>
    <message>
        <source>Tolerated gap (&amp;percent):</source>
        <translation>Écart toléré (&amp;pourcentage)&#xa0;:</translation>
    </message>
    <message>
        <source> records</source>
        <translation> enregistrements</translation>
    </message>
    <message>
        <source>Tolerated gap in records</source>
        <translation>Écart toléré en nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Tolerated gap (&amp;records):</source>
        <translation>Écart toléré (&amp;enregistrements)&#xa0;:</translation>
    </message>
    <message>
        <source>Lag grace in seconds</source>
        <translation>Délai de grâce en secondes</translation>
    </message>
    <message>
        <source>&amp;Lag grace:</source>
        <translation>Délai de &amp;grâce&#xa0;:</translation>
    </message>
    <message>
        <source>A gap counts as a problem when it exceeds both tolerances for longer than the lag grace. The monitor polls the integration at this interval.</source>
        <translation>Un écart est considéré comme un problème lorsqu&apos;il dépasse les deux tolérances plus longtemps que le délai de grâce. Le moniteur interroge l&apos;intégration à cet intervalle.</translation>
    </message>
    <message>
        <source>Who is responsible for this flow</source>
        <translation>Personne responsable de ce flux</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Why this flow exists and who relies on it</source>
        <translation>Pourquoi ce flux existe et qui en dépend</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Ob&amp;jectif&#xa0;:</translation>
    </message>
    <message>
        <source>What to check and whom to call when it breaks</source>
        <translation>Ce qu&apos;il faut vérifier et qui appeler en cas de panne</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Procédure d&apos;intervention</translation>
    </message>
    <message>
        <source>Run&amp;book:</source>
        <translation>&amp;Procédure d&apos;intervention&#xa0;:</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Utilisez de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Another integration already uses this ID.</source>
        <translation>Une autre intégration utilise déjà cet identifiant.</translation>
    </message>
    <message>
        <source>Give the integration a name.</source>
        <translation>Donnez un nom à l&apos;intégration.</translation>
    </message>
    <message>
        <source>Choose the connection the data comes from.</source>
        <translation>Choisissez la connexion d&apos;où proviennent les données.</translation>
    </message>
    <message>
        <source>Choose the connection the data goes to.</source>
        <translation>Choisissez la connexion vers laquelle vont les données.</translation>
    </message>
    <message>
        <source>Name the object that is counted at the source.</source>
        <translation>Indiquez l&apos;objet compté côté source.</translation>
    </message>
    <message>
        <source>Name the object that is counted at the destination.</source>
        <translation>Indiquez l&apos;objet compté côté destination.</translation>
    </message>
    <message>
        <source>Source and destination are the same; choose a different connection, object or filter for one side.</source>
        <translation>La source et la destination sont identiques&#xa0;; choisissez une autre connexion, un autre objet ou un autre filtre pour l&apos;un des deux côtés.</translation>
    </message>
    <message>
        <source>Choose the middleware&apos;s connection, or untick “middleware”.</source>
        <translation>Choisissez la connexion du middleware, ou décochez «&#xa0;middleware&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Mapping row %1 needs both a source and a destination field.</source>
        <translation>
            <numerusform>La ligne de mappage %1 nécessite un champ source et un champ de destination.</numerusform>
            <numerusform>La ligne de mappage %1 nécessite un champ source et un champ de destination.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify these channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no such channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no notification channels yet; add them on the Notifications page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the default channels (none is marked default, so nobody is notified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the default channels (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an owner, the channels that reach that person are notified too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel reaches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is reached through %2, whatever is ticked below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationFilterProxy</name>
    <message>
        <source>All integrations</source>
        <translation>Toutes les intégrations</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problèmes uniquement</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore de vérification</translation>
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
        <translation>indisponible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
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
        <translation>Sens</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>no open alerts</source>
        <translation>aucune alerte ouverte</translation>
    </message>
    <message>
        <source>Open alerts of this integration and of the connections it uses: %1</source>
        <translation>Alertes ouvertes de cette intégration et des connexions qu&apos;elle utilise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gap %</source>
        <translation>Écart&#xa0;%</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>no problem found</source>
        <translation>aucun problème détecté</translation>
    </message>
    <message>
        <source>Records counted at the source at the last check</source>
        <translation>Enregistrements comptés dans la source lors de la dernière vérification</translation>
    </message>
    <message>
        <source>Records counted at the destination at the last check</source>
        <translation>Enregistrements comptés dans la destination lors de la dernière vérification</translation>
    </message>
    <message>
        <source>Why: the most serious finding of the last check</source>
        <translation>Pourquoi : le constat le plus grave de la dernière vérification</translation>
    </message>
    <message>
        <source>In source</source>
        <translation>Dans la source</translation>
    </message>
    <message>
        <source>In destination</source>
        <translation>Dans la destination</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>Non exécutée</translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation>%1 de correspondance</translation>
    </message>
    <message>
        <source>Value check of %1: %2</source>
        <translation>Vérification des valeurs du %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Value check of %1: %2 of %3 sampled records match, %4 (95 % interval %5–%6); %7 missing in %8</source>
        <translation>Vérification des valeurs du %1&#xa0;: %2 des %3 enregistrements échantillonnés correspondent, %4 (intervalle à 95&#xa0;% %5–%6)&#xa0;; %7 manquants dans %8</translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Vérification partielle&#xa0;: %1</translation>
    </message>
    <message>
        <source>no value check yet</source>
        <translation>pas encore de vérification des valeurs</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No value check yet: it compares the mapped fields of sampled records on both sides</source>
        <translation>Aucune vérification des valeurs pour l&apos;instant&#xa0;: elle compare les champs mappés d&apos;enregistrements échantillonnés des deux côtés</translation>
    </message>
    <message>
        <source>The latest value check: the share of sampled records whose mapped fields hold the same values on both sides</source>
        <translation>La dernière vérification des valeurs&#xa0;: la part des enregistrements échantillonnés dont les champs mappés ont les mêmes valeurs des deux côtés</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
</context>
<context>
    <name>plumbline::KeychainSecretStore</name>
    <message>
        <source>(Keychain: %1)</source>
        <translation>(Trousseau&#xa0;: %1)</translation>
    </message>
    <message>
        <source>The keychain accepted the API key but did not keep it; it may be locked or not running for this session. Nothing was stored anywhere else.</source>
        <translation>Le trousseau a accepté la clé API mais ne l&apos;a pas conservée&#xa0;; il est peut-être verrouillé ou inactif pour cette session. Rien n&apos;a été enregistré ailleurs.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>plumbline::LoopbackReceiver</name>
    <message>
        <source>A sign-in is already waiting on port %1.</source>
        <translation>Une authentification attend déjà sur le port %1.</translation>
    </message>
    <message>
        <source>A sign-in needs a state to wait for.</source>
        <translation>Une authentification a besoin d&apos;un state à attendre.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already in use by another program, so Plumbline cannot receive the answer of the sign-in there. Close the other program (it may be another Plumbline sign-in) and try again, or choose a free port: set the connection&apos;s auth.redirect_port to it and register http://localhost:PORT/callback, with that port, as a callback URL in the vendor&apos;s app.</source>
        <translation>Le port %1 de cet ordinateur est déjà utilisé par un autre programme, Plumbline ne peut donc pas y recevoir la réponse de l&apos;authentification. Fermez l&apos;autre programme (il peut s&apos;agir d&apos;une autre authentification Plumbline) et réessayez, ou choisissez un port libre&#xa0;: indiquez-le dans auth.redirect_port de la connexion et enregistrez http://localhost:PORT/callback, avec ce port, comme URL de callback dans l&apos;application du fournisseur.</translation>
    </message>
    <message>
        <source>Plumbline cannot listen on localhost port %1 for the answer of the sign-in: %2</source>
        <translation>Plumbline ne peut pas écouter sur le port %1 de localhost pour recevoir la réponse de l&apos;authentification&#xa0;: %2</translation>
    </message>
    <message>
        <source>Plumbline sign-in</source>
        <translation>Authentification Plumbline</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Cette requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>Plumbline could not read this request.</source>
        <translation>Plumbline n&apos;a pas pu lire cette requête.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n&apos;y a rien ici.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Plumbline is waiting for (it may come from an older sign-in tab), so Plumbline ignored it. Use the sign-in address Plumbline showed last.</source>
        <translation>Cette réponse n&apos;appartient pas à l&apos;authentification que Plumbline attend (elle provient peut-être d&apos;un ancien onglet d&apos;authentification), Plumbline l&apos;a donc ignorée. Utilisez la dernière adresse d&apos;authentification affichée par Plumbline.</translation>
    </message>
    <message>
        <source>You declined access in the browser, so Plumbline is not signed in. You can close this tab.</source>
        <translation>Vous avez refusé l&apos;accès dans le navigateur, Plumbline n&apos;est donc pas authentifié. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>The sign-in ended with an error (%1), so Plumbline is not signed in. You can close this tab.</source>
        <translation>L&apos;authentification s&apos;est terminée par une erreur (%1), Plumbline n&apos;est donc pas authentifié. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Signed in to Plumbline. You can close this tab.</source>
        <translation>Authentification Plumbline réussie. Vous pouvez fermer cet onglet.</translation>
    </message>
</context>
<context>
    <name>plumbline::MainWindow</name>
    <message>
        <source>Plumbline — demo workspace</source>
        <translation>Plumbline — espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>Demo workspace · keys in memory only · scheduled polling is off</source>
        <translation>Espace de travail de démonstration · clés en mémoire uniquement · interrogation planifiée désactivée</translation>
    </message>
    <message>
        <source>This is a demo workspace wired to a built-in sandbox that imitates HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier and a REST API on this computer. It is discarded when you quit; its keys are kept in memory only. Use Sandbox › Scenario to break something, then Check counts now (F5).</source>
        <translation>Ceci est un espace de travail de démonstration relié à un bac à sable intégré qui imite HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier et une API REST sur cet ordinateur. Il est supprimé lorsque vous quittez l&apos;application&#xa0;; ses clés sont conservées en mémoire uniquement. Utilisez Bac à sable › Scénario pour provoquer une panne, puis Vérifier les comptages maintenant (F5).</translation>
    </message>
    <message>
        <source>Scheduled polling is off · F5 checks counts now</source>
        <translation>L&apos;interrogation planifiée est désactivée · F5 vérifie les comptages maintenant</translation>
    </message>
    <message>
        <source>Checking integrations…</source>
        <translation>Vérification des intégrations…</translation>
    </message>
    <message>
        <source>demo workspace, keys in memory only</source>
        <translation>espace de travail de démonstration, clés en mémoire uniquement</translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation>&amp;Intégrations</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Change &amp;log</source>
        <translation>&amp;Journal des modifications</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Check counts &amp;now</source>
        <translation>&amp;Vérifier les comptages maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>&amp;Suspendre l&apos;interrogation</translation>
    </message>
    <message>
        <source>Add &amp;connection…</source>
        <translation>Ajouter une &amp;connexion…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add &amp;integration…</source>
        <translation>Ajouter une &amp;intégration…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Modifier la sélection…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>Su&amp;pprimer la sélection…</translation>
    </message>
    <message>
        <source>Edit co&amp;nnection…</source>
        <translation>Modifier la co&amp;nnexion…</translation>
    </message>
    <message>
        <source>Delete conn&amp;ection…</source>
        <translation>Supprimer la conne&amp;xion…</translation>
    </message>
    <message>
        <source>Set API &amp;key…</source>
        <translation>Dé&amp;finir la clé API…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Edit in&amp;tegration…</source>
        <translation>Modifier l&apos;in&amp;tégration…</translation>
    </message>
    <message>
        <source>Delete inte&amp;gration…</source>
        <translation>Supprimer l&apos;inté&amp;gration…</translation>
    </message>
    <message>
        <source>&amp;Import workspace…</source>
        <translation>&amp;Importer l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>E&amp;xporter l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Plumbline</source>
        <translation>À &amp;propos de Plumbline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>Bac à &amp;sable</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>S&amp;cénario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Integ&amp;rations</source>
        <translation>Intég&amp;rations</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>“%1” was saved, but its API key could not be stored: %2 Set the key again with “Set API key…” when the keychain is available.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» a été enregistrée, mais sa clé API n&apos;a pas pu être stockée&#xa0;: %2 Définissez de nouveau la clé avec «&#xa0;Définir la clé API…&#xa0;» lorsque le trousseau sera disponible.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection “%1” added.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>Saving “%1” did not complete: %2</source>
        <translation>L&apos;enregistrement de «&#xa0;%1&#xa0;» n&apos;a pas abouti&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection “%1” and its API key saved.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» et sa clé API enregistrées.</translation>
    </message>
    <message>
        <source>Connection “%1” saved.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Delete the connection “%1”? Its API key is removed from %2 as well.</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;? Sa clé API sera également supprimée (%2).</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>These integrations use it and will be deleted too:
%1</source>
        <translation>
            <numerusform>Cette intégration l&apos;utilise et sera également supprimée&#xa0;:
%1</numerusform>
            <numerusform>Ces intégrations l&apos;utilisent et seront également supprimées&#xa0;:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Connection “%1” deleted.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Add the connections on both sides of the flow first; an integration links two of them.</source>
        <translation>Ajoutez d&apos;abord les connexions des deux côtés du flux&#xa0;; une intégration relie deux connexions.</translation>
    </message>
    <message>
        <source>Integration “%1” added.</source>
        <translation>Intégration «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>Integration “%1” saved.</source>
        <translation>Intégration «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation>Supprimer l&apos;intégration</translation>
    </message>
    <message>
        <source>Delete the integration “%1”? Its definition, mappings and documentation are removed; the connections stay.</source>
        <translation>Supprimer l&apos;intégration «&#xa0;%1&#xa0;»&#xa0;? Sa définition, ses mappages et sa documentation seront supprimés&#xa0;; les connexions sont conservées.</translation>
    </message>
    <message>
        <source>Integration “%1” deleted.</source>
        <translation>Intégration «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Importer un espace de travail</translation>
    </message>
    <message>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation>Fichiers d&apos;espace de travail (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Rien n&apos;a été importé depuis %1&#xa0;:</translation>
    </message>
    <message>
        <source>Imported %1 connections and %2 integrations.</source>
        <translation>Importation réussie&#xa0;: %1 connexions et %2 intégrations.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exporter l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Workspace files (*.json)</source>
        <translation>Fichiers d&apos;espace de travail (*.json)</translation>
    </message>
    <message>
        <source>Workspace exported to %1 (definitions only, no keys).</source>
        <translation>Espace de travail exporté vers %1 (définitions uniquement, sans les clés).</translation>
    </message>
    <message>
        <source>About Plumbline</source>
        <translation>À propos de Plumbline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;Watches marketing API integrations and says when one quietly breaks.&lt;/p&gt;&lt;p&gt;Keys are kept in %2, never in the workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;Surveille les intégrations API marketing et vous signale quand l&apos;une d&apos;elles cesse discrètement de fonctionner.&lt;/p&gt;&lt;p&gt;Les clés sont conservées dans %2, jamais dans le fichier d&apos;espace de travail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>API &amp;versions</source>
        <translation>V&amp;ersions de l&apos;API</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Find integration…</source>
        <translation>&amp;Rechercher une intégration…</translation>
    </message>
    <message>
        <source>New integration (&amp;guided)…</source>
        <translation>Nouvelle intégration (&amp;assistée)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
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
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n open</source>
        <translation>
            <numerusform>Alertes, %n ouverte</numerusform>
            <numerusform>Alertes, %n ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit &amp;report…</source>
        <translation>Exporter le &amp;rapport d&apos;audit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Inventory, health, incidents and changes over a period, as PDF, CSV or HTML</source>
        <translation>Inventaire, état de santé, incidents et modifications sur une période, au format PDF, CSV ou HTML</translation>
    </message>
    <message>
        <source>A sign-in is already waiting for the browser; finish or cancel it first.</source>
        <translation>Une authentification attend déjà le navigateur ; terminez-la ou annulez-la d’abord.</translation>
    </message>
    <message>
        <source>Waiting for the browser to sign in to &quot;%1&quot;…</source>
        <translation>En attente de l’authentification à «&#xa0;%1&#xa0;» dans le navigateur…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>S’authentifier</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de l’authentification</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation type="unfinished">Ctrl+6</translation>
    </message>
    <message>
        <source>There is no integration “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
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
        <translation>Absent côté source</translation>
    </message>
    <message>
        <source>Missing on destination</source>
        <translation>Absent côté destination</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Type modifié</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Renamed to “%1”?</source>
        <translation>Renommé en «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Champ de destination</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>Champ clé</translation>
    </message>
    <message>
        <source>Not a key field</source>
        <translation>Pas un champ clé</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Champ de destination</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
</context>
<context>
    <name>plumbline::MappingWizard</name>
    <message>
        <source>New integration (guided)</source>
        <translation>Nouvelle intégration (assistée)</translation>
    </message>
    <message>
        <source>&amp;Create integration</source>
        <translation>&amp;Créer l&apos;intégration</translation>
    </message>
    <message>
        <source>Which data flows where?</source>
        <translation>Quelles données vont où&#xa0;?</translation>
    </message>
    <message>
        <source>Pick the system the records come from and the one they should arrive in. Plumbline will read both field lists and suggest how the fields map.</source>
        <translation>Choisissez le système d&apos;où proviennent les enregistrements et celui où ils doivent arriver. Plumbline lira les deux listes de champs et proposera un mappage des champs.</translation>
    </message>
    <message>
        <source>e.g. HubSpot contacts to Mailchimp newsletter</source>
        <translation>p. ex. contacts HubSpot vers la newsletter Mailchimp</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>The object or list: contacts, Contact, an audience id, customers, …</source>
        <translation>L&apos;objet ou la liste&#xa0;: contacts, Contact, un ID d&apos;audience, customers, …</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation>Connexion source</translation>
    </message>
    <message>
        <source>Source object</source>
        <translation>Objet source</translation>
    </message>
    <message>
        <source>Destination connection</source>
        <translation>Connexion de destination</translation>
    </message>
    <message>
        <source>Destination object</source>
        <translation>Objet de destination</translation>
    </message>
    <message>
        <source>Add a &amp;connection…</source>
        <translation>Ajouter une &amp;connexion…</translation>
    </message>
    <message>
        <source>The source and the destination are the same object: pick two different ones.</source>
        <translation>La source et la destination sont le même objet&#xa0;: choisissez-en deux différents.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no connections yet. Add the accounts on both sides first.</source>
        <translation>Aucune connexion pour l&apos;instant. Ajoutez d&apos;abord les comptes des deux côtés.</translation>
    </message>
    <message>
        <source>Reading both field lists</source>
        <translation>Lecture des deux listes de champs</translation>
    </message>
    <message>
        <source>Plumbline asks each system which fields the object has. This takes a moment.</source>
        <translation>Plumbline demande à chaque système quels champs comporte l&apos;objet. Cela prend un instant.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
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
        <translation>✘ %1&#xa0;: la liste des champs ne peut pas être lue ici.</translation>
    </message>
    <message>
        <source>⏳ %1: reading the fields of %2 · %3…</source>
        <translation>⏳ %1&#xa0;: lecture des champs de %2 · %3…</translation>
    </message>
    <message>
        <source>✘ %1: %2 could not be read: %3</source>
        <translation>✘ %1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>✔ %1: %n field(s) in %2</source>
        <translation>
            <numerusform>✔ %1&#xa0;: %n champ dans %2</numerusform>
            <numerusform>✔ %1&#xa0;: %n champs dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the field mappings</source>
        <translation>Vérifiez les mappages des champs</translation>
    </message>
    <message>
        <source>Suggested from field names and labels. Tick the mappings to watch, change a destination where the guess is wrong, and mark the field that identifies a record as the key.</source>
        <translation>Propositions établies d&apos;après les noms et libellés des champs. Cochez les mappages à surveiller, changez la destination lorsque la proposition est erronée et marquez comme clé le champ qui identifie un enregistrement.</translation>
    </message>
    <message>
        <source>Suggested field mappings</source>
        <translation>Mappages des champs proposés</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Champ de destination</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(non mappé)</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>Prête à être surveillée</translation>
    </message>
    <message>
        <source>Plumbline creates the integration and starts comparing both sides on its next check. Filters, checks and documentation can be edited afterwards.</source>
        <translation>Plumbline crée l&apos;intégration et commence à comparer les deux côtés lors de sa prochaine vérification. Les filtres, les vérifications et la documentation pourront être modifiés ensuite.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message numerus="yes">
        <source>%n field mapping(s):</source>
        <translation>
            <numerusform>%n mappage de champ&#xa0;:</numerusform>
            <numerusform>%n mappages de champs&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>la mémoire (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>plumbline::MessageBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>plumbline::MonitorRepository</name>
    <message>
        <source>The poll results could not be stored; nothing of them was written: %1</source>
        <translation>Les résultats d&apos;interrogation n&apos;ont pas pu être enregistrés&#xa0;; aucun n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>a sample of %1 has no time</source>
        <translation>un échantillon de %1 n&apos;a pas d&apos;horodatage</translation>
    </message>
    <message>
        <source>connection facts of %1 have no time</source>
        <translation>les informations de connexion de %1 n&apos;ont pas d&apos;horodatage</translation>
    </message>
    <message>
        <source>a field schema of %1 has no time</source>
        <translation>un schéma de champs de %1 n&apos;a pas d&apos;horodatage</translation>
    </message>
    <message>
        <source>a run of %1 has no time or no id</source>
        <translation>une exécution de %1 n&apos;a pas d&apos;horodatage ou pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>a middleware state of %1 has no time</source>
        <translation>un état du middleware de %1 n&apos;a pas d&apos;horodatage</translation>
    </message>
    <message>
        <source>Old monitoring history could not be removed: %1</source>
        <translation>L&apos;ancien historique de surveillance n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no current time</source>
        <translation>aucune heure actuelle</translation>
    </message>
    <message>
        <source>The alert history could not be stored: %1</source>
        <translation>L&apos;historique des alertes n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>alert %1 does not exist</source>
        <translation>l&apos;alerte %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>The maintenance window could not be saved: %1</source>
        <translation>La fenêtre de maintenance n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>it must end after it starts</source>
        <translation>elle doit se terminer après son début</translation>
    </message>
    <message>
        <source>there is no integration %1</source>
        <translation>il n&apos;existe aucune intégration %1</translation>
    </message>
    <message>
        <source>The maintenance window could not be removed: %1</source>
        <translation>La fenêtre de maintenance n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no maintenance window %1</source>
        <translation>il n&apos;existe aucune fenêtre de maintenance %1</translation>
    </message>
    <message>
        <source>The lease could not be taken: %1</source>
        <translation>Le verrou d&apos;interrogation n&apos;a pas pu être obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The lease could not be released: %1</source>
        <translation>Le verrou d&apos;interrogation n&apos;a pas pu être libéré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::NotificationCenter</name>
    <message>
        <source>the channel was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 in the keychain (%2/%3) — set it on the Notifications page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notification channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications to %1 have failed since %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Notifications, check the channel&apos;s settings and its secret in the keychain, then press Send test. Waiting messages are sent again on their own once it works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plumbline::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished">Notifications</translation>
    </message>
    <message>
        <source>Where alerts go. An integration notifies the channels on its own list and the ones that reach its owner; one without a list notifies the default channels. Secrets (webhook URLs, passwords, keys) stay in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels yet. Add a Slack or Teams channel, an e-mail address or PagerDuty so that alerts reach a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished">&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message to the selected channel now and show what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what waits for the selected channel now instead of after the backoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the deliveries of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved, but its secret could not be stored: %2 Edit the channel and enter it again when the keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» n&apos;a pas pu être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Channel “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving “%1” did not complete: %2</source>
        <translation type="unfinished">L&apos;enregistrement de «&#xa0;%1&#xa0;» n&apos;a pas abouti&#xa0;: %2</translation>
    </message>
    <message>
        <source>Channel “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the channel “%1”? Its secrets are removed from the keychain as well; integrations that listed it notify their other channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel “%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message delivered to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending what waits for “%1” now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plumbline::NotifyChannelDialog</name>
    <message>
        <source>Add notification channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notification channel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of an existing channel cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To deliver another way, add a new channel and remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mops-slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished">&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>#mops-alerts, Dana Whitfield, On-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dana Whitfield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person it reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations whose owner is this person (or this channel&apos;s ID) notify this channel too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person it reaches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default channel (for integrations without channels of their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished">Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration (routing) key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dana@example.com, ops@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (only to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plumbline@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: PagerDuty&apos;s own Events API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ritical alerts break through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical alerts break through quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For quiet hours and the digest; an IANA name such as Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily digest instead of single messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message a day instead of one per change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished">Utilisez de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Another channel already uses this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one address; separate several with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours must start and end at different times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plumbline::NotifyRepository</name>
    <message>
        <source>The notifications could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is not open</source>
        <translation type="unfinished">l&apos;espace de travail n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>The delivery log could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plumbline::OverviewPage</name>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Integration dashboard</source>
        <translation>Tableau de bord de l&apos;intégration</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Which integrations to show</source>
        <translation>Quelles intégrations afficher</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Rechercher des intégrations</translation>
    </message>
    <message>
        <source>Search name, system or object (%1)</source>
        <translation>Rechercher un nom, un système ou un objet (%1)</translation>
    </message>
    <message>
        <source>Overview summary</source>
        <translation>Résumé de la vue d’ensemble</translation>
    </message>
    <message>
        <source>No integration matches the filter and search.</source>
        <translation>Aucune intégration ne correspond au filtre et à la recherche.</translation>
    </message>
    <message>
        <source>No integrations yet. Add one to say which data flows between two of your connections.</source>
        <translation>Aucune intégration pour l&apos;instant. Ajoutez-en une pour indiquer quelles données circulent entre deux de vos connexions.</translation>
    </message>
    <message>
        <source>Select an integration to see its dashboard.</source>
        <translation>Sélectionnez une intégration pour afficher son tableau de bord.</translation>
    </message>
    <message>
        <source>No integrations yet</source>
        <translation>Aucune intégration pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n inconnue</numerusform>
            <numerusform>%n inconnues</numerusform>
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
            <numerusform>%n pas encore vérifiée</numerusform>
            <numerusform>%n pas encore vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>last check %1</source>
        <translation>dernière vérification %1</translation>
    </message>
    <message>
        <source>no check yet</source>
        <translation>aucune vérification pour l’instant</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of the overview&apos;s summary line</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>plumbline::Poller</name>
    <message>
        <source>Connection &quot;%1&quot; is not defined.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>No API key for &quot;%1&quot;: %2</source>
        <translation>Aucune clé API pour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde.</numerusform>
            <numerusform>Aucune réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot be sent: %2</source>
        <translation>La clé API de «&#xa0;%1&#xa0;» ne peut pas être envoyée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>plumbline::ReportDialog</name>
    <message>
        <source>Export Audit Report</source>
        <translation>Exporter le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>An audit report documents every connection and integration, their health over a period, incidents, API deadlines and changes. It never contains an API key.</source>
        <translation>Un rapport d&apos;audit documente chaque connexion et intégration, leur état de santé sur une période, les incidents, les échéances d&apos;API et les modifications. Il ne contient jamais de clé API.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Plage&#xa0;:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Integrations in the report</source>
        <translation>Intégrations incluses dans le rapport</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Ne &amp;rien sélectionner</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>HTML page (one file)</source>
        <translation>Page HTML (un seul fichier)</translation>
    </message>
    <message>
        <source>CSV files (a folder, one file per table)</source>
        <translation>Fichiers CSV (un dossier, un fichier par tableau)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>audit-report-%1</source>
        <translation>rapport-audit-%1</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Dossier (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Pages HTML (*.html)</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Enregistrer le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Le premier jour est postérieur au dernier jour.</translation>
    </message>
    <message>
        <source>Choose at least one integration.</source>
        <translation>Choisissez au moins une intégration.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Collecting the history</source>
        <translation>Collecte de l&apos;historique</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::ReportJob</name>
    <message>
        <source>Collecting the history</source>
        <translation>Collecte de l&apos;historique</translation>
    </message>
</context>
<context>
    <name>plumbline::RunLogModel</name>
    <message>
        <source>Middleware run</source>
        <translation>Exécution du middleware</translation>
    </message>
    <message>
        <source>Poll error</source>
        <translation>Erreur d&apos;interrogation</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Aucune clé API n&apos;est enregistrée pour cette connexion.</translation>
    </message>
    <message>
        <source>No keychain service is available. On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again. Nothing was stored anywhere else.</source>
        <translation>Aucun service de trousseau n&apos;est disponible. Sous Linux, installez et démarrez un fournisseur Secret Service comme GNOME Keyring ou KWallet, puis réessayez. Rien n&apos;a été enregistré ailleurs.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by logging in again) and try again. Nothing was stored anywhere else.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (par exemple en vous reconnectant) et réessayez. Rien n&apos;a été enregistré ailleurs.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Plumbline to use the keychain and try again.</source>
        <translation>L&apos;accès au trousseau a été refusé. Autorisez Plumbline à utiliser le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>This secret store cannot do that.</source>
        <translation>Ce magasin de secrets ne permet pas cette opération.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>plumbline::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Valeur par défaut du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Afficher les notifications sur le bureau</translation>
    </message>
    <message>
        <source>A notification when an alert opens, gets worse or is resolved.</source>
        <translation>Une notification lorsqu&apos;une alerte s&apos;ouvre, s&apos;aggrave ou est résolue.</translation>
    </message>
    <message>
        <source>Checks of new integrations</source>
        <translation>Vérifications des nouvelles intégrations</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll &amp;every:</source>
        <translation>&amp;Interroger toutes les&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerated &amp;gap:</source>
        <translation>É&amp;cart toléré&#xa0;:</translation>
    </message>
    <message>
        <source> records</source>
        <translation> enregistrements</translation>
    </message>
    <message>
        <source>…or at most:</source>
        <translation>…ou au plus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sync lag allowed:</source>
        <translation>Retard de &amp;synchronisation toléré&#xa0;:</translation>
    </message>
    <message>
        <source>Integrations that already exist keep their own checks.</source>
        <translation>Les intégrations existantes conservent leurs propres vérifications.</translation>
    </message>
    <message>
        <source>History and data</source>
        <translation>Historique et données</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Indéfiniment</translation>
    </message>
    <message>
        <source>Keep every &amp;sample:</source>
        <translation>Conserver tous les &amp;relevés&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &amp;hourly summaries:</source>
        <translation>Conserver les synthèses &amp;horaires&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>The data folder %1 could not be opened.</source>
        <translation>Le dossier de données %1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Notification channels (Slack, Teams, e-mail, PagerDuty, webhooks) are set up on the Notifications page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves these settings and shows the Notifications page.</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>An answer that does not belong to this sign-in reached Plumbline and was ignored. Still waiting for the browser…</source>
        <translation>Une réponse qui n&apos;appartient pas à cette authentification est parvenue à Plumbline et a été ignorée. Plumbline attend toujours le navigateur…</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; uses a key that is pasted in, not a sign-in in the browser; only connections with the sign-in method &quot;%2&quot; sign in this way. Store its key with: plumbline secret set %1</source>
        <translation>La connexion «&#xa0;%1&#xa0;» utilise une clé collée, pas une authentification dans le navigateur&#xa0;; seules les connexions dont la méthode d&apos;authentification est «&#xa0;%2&#xa0;» s&apos;authentifient ainsi. Enregistrez sa clé avec&#xa0;: plumbline secret set %1</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; gets its tokens with its client id and client secret, without a sign-in in the browser. Store the client secret with: plumbline secret set %1 --name client_secret</source>
        <translation>La connexion «&#xa0;%1&#xa0;» obtient ses tokens avec son identifiant client et son secret client, sans authentification dans le navigateur. Enregistrez le secret client avec&#xa0;: plumbline secret set %1 --name client_secret</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; cannot sign in: %2</source>
        <translation>La connexion «&#xa0;%1&#xa0;» ne peut pas s&apos;authentifier&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; has no usable sign-in or token address: set auth.authorize_url and auth.token_url (https://, or http:// to this computer only), or its base URL.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;a pas d&apos;adresse d&apos;authentification ou de token utilisable&#xa0;: définissez auth.authorize_url et auth.token_url (https://, ou http:// vers cet ordinateur uniquement), ou son URL de base.</translation>
    </message>
    <message>
        <source>Opening the sign-in page of %1 in the browser…</source>
        <translation>Ouverture de la page d&apos;authentification de %1 dans le navigateur…</translation>
    </message>
    <message>
        <source>Plumbline could not open a browser. Open this address in a browser on this computer: %1</source>
        <translation>Plumbline n&apos;a pas pu ouvrir de navigateur. Ouvrez cette adresse dans un navigateur sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <source>You declined access in the browser, so Plumbline is not signed in to %1. To sign in, run the sign-in again and allow access.</source>
        <translation>Vous avez refusé l&apos;accès dans le navigateur, Plumbline n&apos;est donc pas authentifié auprès de %1. Pour vous authentifier, relancez l&apos;authentification et autorisez l&apos;accès.</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with an error (%2), so Plumbline is not signed in.</source>
        <translation>%1 a terminé l&apos;authentification par une erreur (%2), Plumbline n&apos;est donc pas authentifié.</translation>
    </message>
    <message>
        <source>The only answers that reached Plumbline did not carry the state this sign-in sent (they may come from an older sign-in tab, or from another web page), so they were ignored. Plumbline is not signed in; run the sign-in again and finish it in the page it opens.</source>
        <translation>Les seules réponses parvenues à Plumbline ne portaient pas le state envoyé par cette authentification (elles proviennent peut-être d&apos;un ancien onglet d&apos;authentification ou d&apos;une autre page web), elles ont donc été ignorées. Plumbline n&apos;est pas authentifié&#xa0;; relancez l&apos;authentification et terminez-la dans la page qu&apos;elle ouvre.</translation>
    </message>
    <message>
        <source>The browser did not come back to Plumbline within %1, so Plumbline is not signed in. If the page of %2 showed an error about the callback or redirect address, register %3 as a callback URL in the app there; then run the sign-in again.</source>
        <translation>Le navigateur n&apos;est pas revenu vers Plumbline dans un délai de %1, Plumbline n&apos;est donc pas authentifié. Si la page de %2 a affiché une erreur concernant l&apos;adresse de callback ou de redirection, enregistrez %3 comme URL de callback dans l&apos;application chez ce fournisseur&#xa0;; relancez ensuite l&apos;authentification.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>L&apos;authentification a été annulée.</translation>
    </message>
    <message>
        <source>Finishing the sign-in with %1…</source>
        <translation>Finalisation de l&apos;authentification auprès de %1…</translation>
    </message>
    <message>
        <source>%1 signed Plumbline in but sent no refresh token, so Plumbline could not renew its access by itself and stored nothing. Ask for a refresh token: allow the refresh_token scope in the app there and list it in the connection&apos;s auth.scope (for Salesforce, &quot;api refresh_token&quot;); then sign in again.</source>
        <translation>%1 a authentifié Plumbline mais n&apos;a envoyé aucun token d&apos;actualisation&#xa0;: Plumbline ne peut pas renouveler son accès seul et n&apos;a rien enregistré. Demandez un token d&apos;actualisation&#xa0;: autorisez le scope refresh_token dans l&apos;application chez ce fournisseur et ajoutez-le à auth.scope de la connexion (pour Salesforce, &quot;api refresh_token&quot;)&#xa0;; puis authentifiez-vous à nouveau.</translation>
    </message>
    <message>
        <source>%1 refused to finish the sign-in (%2). Check the connection&apos;s client id, the client secret in the keychain if the app has one, and that %3 is a callback URL of the app; then sign in again.</source>
        <translation>%1 a refusé de finaliser l&apos;authentification (%2). Vérifiez l&apos;identifiant client de la connexion, le secret client dans le trousseau si l&apos;application en a un, et que %3 est bien une URL de callback de l&apos;application&#xa0;; puis authentifiez-vous à nouveau.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keychain: %1</source>
        <translation>Le secret client n&apos;a pas pu être lu dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token address of %1 could not be reached or was busy (%2). Nothing was stored; run the sign-in again in a moment.</source>
        <translation>L&apos;adresse de token de %1 était injoignable ou occupée (%2). Rien n&apos;a été enregistré&#xa0;; relancez l&apos;authentification dans un instant.</translation>
    </message>
    <message>
        <source>The token address of %1 answered with something Plumbline cannot read (HTTP %2). Nothing was stored; check the connection&apos;s auth.token_url.</source>
        <translation>L&apos;adresse de token de %1 a répondu quelque chose que Plumbline ne sait pas lire (HTTP %2). Rien n&apos;a été enregistré&#xa0;; vérifiez auth.token_url de la connexion.</translation>
    </message>
    <message>
        <source>Storing the refresh token in %1…</source>
        <translation>Enregistrement du token d&apos;actualisation dans %1…</translation>
    </message>
    <message>
        <source>Signed in to %1. The connection &quot;%2&quot; now renews its access by itself.</source>
        <translation>Authentifié auprès de %1. La connexion «&#xa0;%2&#xa0;» renouvelle désormais son accès elle-même.</translation>
    </message>
    <message>
        <source>The refresh token could not be stored in %1 (%2), so it is kept in memory; you will need to sign in again after Plumbline restarts.</source>
        <translation>Le token d&apos;actualisation n&apos;a pas pu être enregistré dans %1 (%2), il est donc conservé en mémoire&#xa0;; vous devrez vous authentifier à nouveau après le redémarrage de Plumbline.</translation>
    </message>
</context>
<context>
    <name>plumbline::Transport</name>
    <message>
        <source>Refused to connect to %1: only https:// is allowed, and plain http:// only to this computer.</source>
        <translation>Connexion à %1 refusée&#xa0;: seul https:// est autorisé, le http:// simple uniquement vers cet ordinateur.</translation>
    </message>
    <message>
        <source>Plumbline&apos;s own request budget for connection &quot;%1&quot; is used up (%2 requests per hour); it waits so that monitoring never eats into the vendor quota.</source>
        <translation>Le budget de requêtes propre à Plumbline pour la connexion «&#xa0;%1&#xa0;» est épuisé (%2 requêtes par heure)&#xa0;; Plumbline patiente afin que la surveillance n&apos;empiète jamais sur le quota du fournisseur.</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>aucune donnée depuis %1 s</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>aucune réponse complète en %1 s</translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes</source>
        <translation>la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the response is larger than %2 bytes</source>
        <translation>%1&#xa0;: la réponse dépasse %2 octets</translation>
    </message>
    <message>
        <source>%1: the credentials were rejected (HTTP 401)</source>
        <translation>%1&#xa0;: les identifiants ont été refusés (HTTP 401)</translation>
    </message>
    <message>
        <source>%1: access denied (HTTP 403)</source>
        <translation>%1&#xa0;: accès refusé (HTTP 403)</translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404)</source>
        <translation>%1&#xa0;: introuvable (HTTP 404)</translation>
    </message>
    <message>
        <source>%1: the server timed out (HTTP 408)</source>
        <translation>%1&#xa0;: le serveur a dépassé le délai (HTTP 408)</translation>
    </message>
    <message>
        <source>%1: gone (HTTP 410)</source>
        <translation>%1&#xa0;: ressource supprimée (HTTP 410)</translation>
    </message>
    <message>
        <source>%1: rate limited (HTTP 429)</source>
        <translation>%1&#xa0;: débit limité (HTTP 429)</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1&#xa0;: le serveur a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1: timed out</source>
        <translation>%1&#xa0;: délai dépassé</translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2)</source>
        <translation>%1&#xa0;: la connexion sécurisée a échoué (%2)</translation>
    </message>
    <message>
        <source>Refused to send a request to %1: the %2 header contains a line break or NUL character (a key pasted with an extra line?). Nothing was sent.</source>
        <translation>Envoi d&apos;une requête à %1 refusé&#xa0;: l&apos;en-tête %2 contient un saut de ligne ou un caractère NUL (une clé collée avec une ligne en trop&#xa0;?). Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>plumbline::TrayIcon</name>
    <message>
        <source>Show Plumbline</source>
        <translation>Afficher Plumbline</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Plumbline: all integrations OK</source>
        <translation>Plumbline&#xa0;: toutes les intégrations sont OK</translation>
    </message>
    <message>
        <source>Plumbline: %1</source>
        <translation>Plumbline&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Résolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Worse: %1 (%2)</source>
        <translation>Aggravation&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueChecker</name>
    <message>
        <source>The value check of &quot;%1&quot; cannot run: exactly one mapping must be marked as the key that finds a record on both sides.</source>
        <translation>La vérification des valeurs de «&#xa0;%1&#xa0;» ne peut pas s&apos;exécuter&#xa0;: exactement un mappage doit être marqué comme la clé qui retrouve un enregistrement des deux côtés.</translation>
    </message>
    <message>
        <source>The key field %1 no longer exists in %2, so no record can be looked up; the value check did not run.</source>
        <translation>Le champ clé %1 n&apos;existe plus dans %2&#xa0;: aucun enregistrement ne peut donc être recherché&#xa0;; la vérification des valeurs n&apos;a pas été effectuée.</translation>
    </message>
    <message>
        <source>%1 has %2 requests left in its window; the check spends at most %3 there.</source>
        <translation>Il reste %2 requêtes à %1 dans sa fenêtre&#xa0;; la vérification n&apos;en utilise pas plus de %3.</translation>
    </message>
    <message>
        <source>Opening %1 and %2…</source>
        <translation>Ouverture de %1 et de %2…</translation>
    </message>
    <message>
        <source>A connection of this integration no longer exists.</source>
        <translation>Une connexion de cette intégration n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>%1 n&apos;a pas pu être interrogé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sampling %1…</source>
        <translation>Échantillonnage de %1…</translation>
    </message>
    <message>
        <source>%1 could not be sampled: %2</source>
        <translation>%1 n&apos;a pas pu être échantillonné&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no records to compare yet.</source>
        <translation>%1 n&apos;a pas encore d&apos;enregistrements à comparer.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n record(s) in %1…</source>
        <translation>
            <numerusform>Recherche de %n enregistrement dans %1…</numerusform>
            <numerusform>Recherche de %n enregistrements dans %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be asked for the sampled records: %2</source>
        <translation>%1 n&apos;a pas pu être interrogé sur les enregistrements échantillonnés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueFieldTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2–%3 %)</source>
        <translation>%1 (%2–%3&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 differ, between %2 and %3</source>
        <translation>%1 différents, entre %2 et %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 compared records failed: %3 empty at the destination, %4 cut short, %5 with another value</source>
        <translation>%1 des %2 enregistrements comparés sont en échec&#xa0;: %3 vides côté destination, %4 tronqués, %5 avec une autre valeur</translation>
    </message>
    <message>
        <source>The destination holds no value though the source has one</source>
        <translation>La destination ne contient aucune valeur alors que la source en a une</translation>
    </message>
    <message>
        <source>The destination holds the start of the source&apos;s value only</source>
        <translation>La destination ne contient que le début de la valeur de la source</translation>
    </message>
    <message>
        <source>Only upper and lower case differ; counted as a match</source>
        <translation>Seule la casse diffère&#xa0;; compté comme une correspondance</translation>
    </message>
    <message>
        <source>Share of compared records that failed, with its 95 % interval (Wilson): the true rate is most likely in this range</source>
        <translation>Part des enregistrements comparés en échec, avec son intervalle à 95&#xa0;% (Wilson)&#xa0;: le taux réel se situe très probablement dans cette fourchette</translation>
    </message>
    <message>
        <source>The earliest change at the source among the failing records: the mapping may have broken around %1</source>
        <translation>La modification la plus ancienne côté source parmi les enregistrements en échec&#xa0;: le mappage ne fonctionne peut-être plus depuis le %1 environ</translation>
    </message>
    <message>
        <source>Records found at the destination in which this field was compared</source>
        <translation>Enregistrements trouvés côté destination dans lesquels ce champ a été comparé</translation>
    </message>
    <message>
        <source>Records whose value is empty, cut short or different at the destination</source>
        <translation>Enregistrements dont la valeur est vide, tronquée ou différente côté destination</translation>
    </message>
    <message>
        <source>Empty at the destination though the source has a value</source>
        <translation>Vide côté destination alors que la source a une valeur</translation>
    </message>
    <message>
        <source>Cut short at the destination</source>
        <translation>Tronqué côté destination</translation>
    </message>
    <message>
        <source>Only the case differs (counted as equal)</source>
        <translation>Seule la casse diffère (compté comme identique)</translation>
    </message>
    <message>
        <source>Share that differs, with its 95 % interval</source>
        <translation>Part des différences, avec son intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <source>The earliest source change among the failing records</source>
        <translation>La modification source la plus ancienne parmi les enregistrements en échec</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Champ de destination</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparés</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Différents</translation>
    </message>
    <message>
        <source>Empty at destination</source>
        <translation>Vides côté destination</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Tronqués</translation>
    </message>
    <message>
        <source>Case only</source>
        <translation>Casse seulement</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueRateChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Match rate over time</source>
        <translation>Taux de correspondance dans le temps</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <source>Match rate (%)</source>
        <translation>Taux de correspondance (%)</translation>
    </message>
    <message>
        <source>No value checks in the last 90 days.</source>
        <translation>Aucune vérification des valeurs au cours des 90 derniers jours.</translation>
    </message>
    <message>
        <source>No value check in the last 90 days could compare records.</source>
        <translation>Aucune vérification des valeurs des 90 derniers jours n&apos;a pu comparer d&apos;enregistrements.</translation>
    </message>
    <message numerus="yes">
        <source>Match rate (line) and 95 % interval (band) of %n check(s); latest %1: %2 (%3–%4).</source>
        <translation>
            <numerusform>Taux de correspondance (ligne) et intervalle à 95&#xa0;% (bande) de %n vérification&#xa0;; dernière, le %1&#xa0;: %2 (%3–%4).</numerusform>
            <numerusform>Taux de correspondance (ligne) et intervalle à 95&#xa0;% (bande) de %n vérifications&#xa0;; dernière, le %1&#xa0;: %2 (%3–%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowest %1 on %2.</source>
        <translation>Minimum&#xa0;: %1 le %2.</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueRepository</name>
    <message>
        <source>The value check could not be stored; nothing of it was written: %1</source>
        <translation>La vérification des valeurs n&apos;a pas pu être enregistrée&#xa0;; rien n&apos;en a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>the workspace is not open</source>
        <translation>l&apos;espace de travail n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>Old value-check examples could not be removed: %1</source>
        <translation>Les anciens exemples de vérification des valeurs n&apos;ont pas pu être supprimés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::WorkspaceRepository</name>
    <message>
        <source>Could not save connection &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer la connexion «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save integration &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;intégration «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save the mappings of &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer les mappages de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not delete integration &quot;%1&quot;: %2</source>
        <translation>Impossible de supprimer l&apos;intégration «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the change log: %1</source>
        <translation>Impossible d&apos;écrire dans le journal des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace is not writable: %1</source>
        <translation>L&apos;espace de travail n&apos;est pas accessible en écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; changed</source>
        <translation>Connexion «&#xa0;%1&#xa0;» modifiée</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; added</source>
        <translation>Connexion «&#xa0;%1&#xa0;» ajoutée</translation>
    </message>
    <message>
        <source>There is no connection &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune connexion «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; is used by %2.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» est utilisée par %2.</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; deleted with connection &quot;%2&quot;</source>
        <translation>Intégration «&#xa0;%1&#xa0;» supprimée avec la connexion «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Could not delete connection &quot;%1&quot;: %2</source>
        <translation>Impossible de supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; deleted</source>
        <translation>Connexion «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; changed</source>
        <translation>Intégration «&#xa0;%1&#xa0;» modifiée</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; added</source>
        <translation>Intégration «&#xa0;%1&#xa0;» ajoutée</translation>
    </message>
    <message>
        <source>There is no integration &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune intégration «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; deleted</source>
        <translation>Intégration «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; changed by import of %2</source>
        <translation>Connexion «&#xa0;%1&#xa0;» modifiée par l&apos;importation de %2</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; added by import of %2</source>
        <translation>Connexion «&#xa0;%1&#xa0;» ajoutée par l&apos;importation de %2</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; changed by import of %2</source>
        <translation>Intégration «&#xa0;%1&#xa0;» modifiée par l&apos;importation de %2</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; added by import of %2</source>
        <translation>Intégration «&#xa0;%1&#xa0;» ajoutée par l&apos;importation de %2</translation>
    </message>
    <message>
        <source>The import of %1 was rolled back: %2</source>
        <translation>L&apos;importation de %1 a été annulée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not record the credential state: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;état des identifiants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save channel &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification channel &quot;%1&quot; changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification channel &quot;%1&quot; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notification channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete channel &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification channel &quot;%1&quot; deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification channel &quot;%1&quot; changed by import of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification channel &quot;%1&quot; added by import of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plumbline::WorkspaceService</name>
    <message>
        <source>API key for &quot;%1&quot; stored in %2</source>
        <translation>Clé API de «&#xa0;%1&#xa0;» enregistrée dans %2</translation>
    </message>
    <message>
        <source>There is no connection &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune connexion «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>API key for &quot;%1&quot; removed from %2</source>
        <translation>Clé API de «&#xa0;%1&#xa0;» supprimée (%2)</translation>
    </message>
    <message>
        <source>The connection was deleted, but its API key could not be removed from the keychain: %1</source>
        <translation>La connexion a été supprimée, mais sa clé API n&apos;a pas pu être retirée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid channel id: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel was saved, but its secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
