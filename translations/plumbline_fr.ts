<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name />
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
        <translation>report attend -o PATH : le fichier (pdf, html) ou le dossier (csv) à écrire.</translation>
    </message>
    <message>
        <source>--to: "%1" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</source>
        <translation>--to : « %1 » n'est pas une date (utilisez AAAA-MM-JJ ou une date et heure ISO 8601).</translation>
    </message>
    <message>
        <source>--from: "%1" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</source>
        <translation>--from : « %1 » n'est pas une date (utilisez AAAA-MM-JJ ou une date et heure ISO 8601).</translation>
    </message>
    <message>
        <source>The period is empty: --from (%1) must be before --to (%2).</source>
        <translation>La période est vide : --from (%1) doit être antérieur à --to (%2).</translation>
    </message>
    <message>
        <source>There is no workspace in %1.</source>
        <translation>Il n'existe aucun espace de travail dans %1.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Annulé ; aucun rapport n'a été écrit.</translation>
    </message>
    <message>
        <source>Collecting the history</source>
        <translation>Collecte de l'historique</translation>
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
        <translation>la dernière vérification n'a obtenu aucune réponse exploitable</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The webhook URL is not a valid address, e.g. https://hooks.slack.com/services/…</source>
        <translation>L'URL du webhook n'est pas une adresse valide, p. ex. https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>The webhook URL must start with https:// (plain http:// is allowed only to this computer).</source>
        <translation>L'URL du webhook doit commencer par https:// (le simple http:// n'est autorisé que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>Plumbline is not available in the language "%1".</source>
        <translation>Plumbline n'est pas disponible dans la langue « %1 ».</translation>
    </message>
    <message>
        <source>The check interval must be between %L1 and %L2 seconds.</source>
        <translation>L'intervalle de vérification doit être compris entre %L1 et %L2 secondes.</translation>
    </message>
    <message>
        <source>The tolerance must be between 0 and 100 %.</source>
        <translation>La tolérance doit être comprise entre 0 et 100 %.</translation>
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
        <translation>Les paramètres n'ont pas pu être enregistrés dans %1.</translation>
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
        <translation>%1 (%2) : clé API ou token enregistré ; rien à renouveler</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>authentifié en tant que %1</translation>
    </message>
    <message>
        <source>access token expires %1; last renewed %2</source>
        <translation>expiration du token d'accès : %1 ; dernier renouvellement : %2</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problème : %1</translation>
    </message>
    <message>
        <source>The workspace has no connections.</source>
        <translation>L'espace de travail ne contient aucune connexion.</translation>
    </message>
</context>
<context>
    <name>AuthLoginCommand</name>
    <message>
        <source>There is no connection "%1".</source>
        <translation>Il n'existe aucune connexion « %1 ».</translation>
    </message>
    <message>
        <source>Signed in, but the refresh token could not be stored in %1, and it ends with this command: Plumbline cannot renew the connection's access. Make the keychain available (unlock it, or start a Secret Service), then run plumbline auth login %2 again.</source>
        <translation>Authentification réussie, mais le token d'actualisation n'a pas pu être enregistré dans %1 et disparaît à la fin de cette commande : Plumbline ne peut pas renouveler l'accès de la connexion. Rendez le trousseau disponible (déverrouillez-le ou démarrez un Secret Service), puis relancez plumbline auth login %2.</translation>
    </message>
    <message>
        <source>To sign in "%1" (%2), open this address in a browser on this computer:</source>
        <translation>Pour authentifier « %1 » (%2), ouvrez cette adresse dans un navigateur sur cet ordinateur :</translation>
    </message>
    <message>
        <source>Plumbline waits for the browser on %1 for %2 s; Ctrl+C cancels.</source>
        <translation>Plumbline attend le navigateur sur %1 pendant %2 s ; Ctrl+C annule.</translation>
    </message>
    <message>
        <source>Another sign-in is running.</source>
        <translation>Une autre authentification est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>AuthMethod</name>
    <message>
        <source>unknown sign-in method "%1"; expected "%2", "%3" or the vendor's token method</source>
        <translation>méthode d'authentification inconnue « %1 » ; valeurs attendues : « %2 », « %3 » ou la méthode à token du fournisseur</translation>
    </message>
    <message>
        <source>%1 connections cannot use "%2"</source>
        <translation>les connexions %1 ne peuvent pas utiliser « %2 »</translation>
    </message>
    <message>
        <source>required for "%1": the app's client id (consumer key)</source>
        <translation>obligatoire pour « %1 » : l'identifiant client de l'application (consumer key)</translation>
    </message>
    <message>
        <source>expected an address</source>
        <translation>adresse attendue</translation>
    </message>
    <message>
        <source>"%1" cannot be used: %2</source>
        <translation>« %1 » est inutilisable : %2</translation>
    </message>
    <message>
        <source>required for a generic REST connection: the OAuth server's token address</source>
        <translation>obligatoire pour une connexion REST générique : l'adresse de token du serveur OAuth</translation>
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
        <translation>l'application réceptrice du webhook</translation>
    </message>
    <message>
        <source>the address redirects elsewhere; paste the current webhook URL</source>
        <translation>l'adresse redirige ailleurs ; collez l'URL actuelle du webhook</translation>
    </message>
    <message>
        <source>it could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>le message n'a pas pu être lu ; il s'agit d'un bogue de Plumbline, merci de le signaler</translation>
    </message>
    <message>
        <source>it refused the credentials</source>
        <translation>les identifiants ont été refusés</translation>
    </message>
    <message>
        <source>it refused the request</source>
        <translation>l'accès a été refusé</translation>
    </message>
    <message>
        <source>the webhook was probably removed or disabled</source>
        <translation>le webhook a probablement été supprimé ou désactivé</translation>
    </message>
    <message>
        <source>it timed out; it will be tried again</source>
        <translation>le délai de réponse a été dépassé ; Plumbline réessaiera</translation>
    </message>
    <message>
        <source>the webhook was removed</source>
        <translation>le webhook a été supprimé</translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation>le message est trop volumineux</translation>
    </message>
    <message>
        <source>too many messages in a short time; it will be tried again later</source>
        <translation>trop de messages en peu de temps ; Plumbline réessaiera plus tard</translation>
    </message>
    <message>
        <source>the service has a problem on its side; it will be tried again</source>
        <translation>le service rencontre un problème de son côté ; Plumbline réessaiera</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>la requête a été refusée</translation>
    </message>
    <message>
        <source>the Slack workspace was probably deleted or disabled</source>
        <translation>l'espace de travail Slack a probablement été supprimé ou désactivé</translation>
    </message>
    <message>
        <source>the channel it posts to was probably deleted</source>
        <translation>le canal dans lequel publie ce webhook a probablement été supprimé</translation>
    </message>
    <message>
        <source>the channel was archived; unarchive it or make a webhook for another channel</source>
        <translation>le canal a été archivé ; désarchivez-le ou créez un webhook pour un autre canal</translation>
    </message>
    <message>
        <source>the webhook's token is no longer valid; make a new webhook and paste its URL</source>
        <translation>le token du webhook n'est plus valide ; créez un nouveau webhook et collez son URL</translation>
    </message>
    <message>
        <source>a setting of the Slack workspace stops this webhook from posting there; ask its admin</source>
        <translation>un paramètre de l'espace de travail Slack empêche ce webhook d'y publier ; adressez-vous à son administrateur</translation>
    </message>
    <message>
        <source>Slack could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>Slack n'a pas pu lire le message ; il s'agit d'un bogue de Plumbline, merci de le signaler</translation>
    </message>
    <message>
        <source>PagerDuty refused the routing key; copy the Integration Key of the service's Events API v2 integration again</source>
        <translation>PagerDuty a refusé la clé de routage ; copiez de nouveau l'Integration Key de l'intégration Events API v2 du service</translation>
    </message>
    <message>
        <source>the Events API address is wrong; leave the channel's url empty for PagerDuty's own</source>
        <translation>l'adresse de l'Events API est incorrecte ; laissez vide le champ url du canal pour utiliser celle de PagerDuty</translation>
    </message>
    <message>
        <source>PagerDuty refused the event; this is a bug in Plumbline, please report it</source>
        <translation>PagerDuty a refusé l'événement ; il s'agit d'un bogue de Plumbline, merci de le signaler</translation>
    </message>
    <message>
        <source>PagerDuty is throttling events for this service; it will be tried again later</source>
        <translation>PagerDuty limite le débit des événements pour ce service ; Plumbline réessaiera plus tard</translation>
    </message>
    <message>
        <source>the webhook or its space was probably removed</source>
        <translation>le webhook ou son espace a probablement été supprimé</translation>
    </message>
    <message>
        <source>the webhook was probably deleted, or the space no longer allows apps</source>
        <translation>le webhook a probablement été supprimé, ou l'espace n'autorise plus les applications</translation>
    </message>
    <message>
        <source>Google Chat could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>Google Chat n'a pas pu lire le message ; il s'agit d'un bogue de Plumbline, merci de le signaler</translation>
    </message>
    <message>
        <source>the workflow was probably deleted or turned off</source>
        <translation>le workflow a probablement été supprimé ou désactivé</translation>
    </message>
    <message>
        <source>the workflow refused the request; its owner may have changed who can trigger it</source>
        <translation>le workflow a refusé la requête ; son propriétaire a peut-être modifié les personnes autorisées à le déclencher</translation>
    </message>
    <message>
        <source>Teams could not read the card; this is a bug in Plumbline, please report it</source>
        <translation>Teams n'a pas pu lire la carte ; il s'agit d'un bogue de Plumbline, merci de le signaler</translation>
    </message>
    <message>
        <source>the receiver refused the signature; check that both sides use the same signing secret and that this computer's clock is right</source>
        <translation>l'application réceptrice a refusé la signature ; vérifiez que les deux côtés utilisent le même secret de signature et que l'horloge de cet ordinateur est à l'heure</translation>
    </message>
    <message>
        <source>the receiver's address probably changed</source>
        <translation>l'adresse de l'application réceptrice a probablement changé</translation>
    </message>
    <message>
        <source>the receiver refused the message</source>
        <translation>l'application réceptrice a refusé le message</translation>
    </message>
    <message>
        <source>Channel "%1" has no "%2" in the keychain (channel/%3/%4); nothing was sent</source>
        <translation>Le trousseau ne contient pas la valeur « %2 » du canal « %1 » (channel/%3/%4) ; rien n'a été envoyé</translation>
    </message>
    <message>
        <source>The webhook URL of channel "%1" is not a full https:// address; nothing was sent</source>
        <translation>L'URL du webhook du canal « %1 » n'est pas une adresse https:// complète ; rien n'a été envoyé</translation>
    </message>
    <message>
        <source>Refused to send to %1: only https:// is allowed, and plain http:// only to this computer; nothing was sent</source>
        <translation>Envoi à %1 refusé : seul https:// est autorisé, le http:// simple uniquement vers cet ordinateur ; rien n'a été envoyé</translation>
    </message>
    <message>
        <source>PagerDuty takes single alerts, not a daily digest; turn the digest off for this channel</source>
        <translation>PagerDuty accepte des alertes individuelles, pas un récapitulatif quotidien ; désactivez le récapitulatif pour ce canal</translation>
    </message>
    <message>
        <source>%1 from %2 — %3</source>
        <translation>Code %1 renvoyé par %2 — %3</translation>
    </message>
    <message>
        <source>%1 from %2: %3 — %4</source>
        <translation>Code %1 renvoyé par %2 : %3 — %4</translation>
    </message>
    <message>
        <source>Could not deliver to %1: %2</source>
        <translation>Impossible de livrer à %1 : %2</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: %2</source>
        <translation>Rien n'a été envoyé à %1 : %2</translation>
    </message>
</context>
<context>
    <name>ChannelPayloads</name>
    <message>
        <source>Plumbline notification</source>
        <translation>Notification Plumbline</translation>
    </message>
    <message>
        <source>Open in Plumbline</source>
        <translation>Ouvrir dans Plumbline</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Procédure d'intervention</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>PLUMBLINE %1 - %n integration(s): %2 ok, %3 warning, %4 critical, %5 unknown</source>
        <translation>
            <numerusform>PLUMBLINE %1 - %n intégration : OK %2, avertissement %3, critique %4, inconnu %5</numerusform>
            <numerusform>PLUMBLINE %1 - %n intégrations : OK %2, avertissement %3, critique %4, inconnu %5</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>What to check: %1</source>
        <translation>À vérifier : %1</translation>
    </message>
    <message numerus="yes">
        <source>values: %1 of %2 sampled records match (%3–%4 %), %5 missing, %n request(s)</source>
        <translation>
            <numerusform>valeurs : %1 des %2 enregistrements échantillonnés correspondent (%3–%4 %), %5 manquants, %n requête</numerusform>
            <numerusform>valeurs : %1 des %2 enregistrements échantillonnés correspondent (%3–%4 %), %5 manquants, %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation>valeurs : %1</translation>
    </message>
    <message>
        <source>Plumbline itself:</source>
        <translation>Plumbline lui-même :</translation>
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
        <translation>--integration attend un identifiant d'intégration.</translation>
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
        <translation>Option inconnue : %1.</translation>
    </message>
    <message>
        <source>--demo opens the window; it cannot be combined with a command.</source>
        <translation>--demo ouvre la fenêtre ; cette option ne peut pas être combinée avec une commande.</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 attend exactement un argument FILE.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Argument inattendu : %1.</translation>
    </message>
    <message>
        <source>Use: plumbline alert ack ID, or plumbline alert snooze ID --until DATE.</source>
        <translation>Utilisation : plumbline alert ack ID, ou plumbline alert snooze ID --until DATE.</translation>
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
        <translation>Utilisation : plumbline maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT], maintenance list [INTEGRATION_ID] ou maintenance remove WINDOW_ID.</translation>
    </message>
    <message>
        <source>%1 is given twice; give it once.</source>
        <translation>L'option %1 est indiquée deux fois ; indiquez-la une seule fois.</translation>
    </message>
    <message>
        <source>%1 is not an alert id; plumbline alerts shows the ids.</source>
        <translation>%1 n'est pas un identifiant d'alerte ; plumbline alerts affiche les identifiants.</translation>
    </message>
    <message>
        <source>%1 is not a window id; maintenance list shows the ids.</source>
        <translation>%1 n'est pas un identifiant de fenêtre ; maintenance list affiche les identifiants.</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Commande inconnue : %1.</translation>
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
                                 navigateur sur cet ordinateur : affiche l'adresse, attend la
                                 redirection S secondes (300 par défaut), enregistre le token
                                 d'actualisation dans le trousseau du système (code de sortie
                                 0 authentifié, 1 sinon)
</translation>
    </message>
    <message>
        <source>Use: plumbline auth login CONNECTION_ID [--timeout S].</source>
        <translation>Utilisation : plumbline auth login CONNECTION_ID [--timeout S].</translation>
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
Options :
  --data-dir DIR                 utilise l'espace de travail situé dans DIR
  --version                      affiche la version
  --help                         affiche cette aide

Sans trousseau (serveurs, CI), une clé API peut provenir de la variable d'environnement
PLUMBLINE_SECRET_&lt;ID&gt; (pour une connexion OAuth, son secret client) et son token d'actualisation de
PLUMBLINE_REFRESH_TOKEN_&lt;ID&gt; : l'identifiant de la connexion en majuscules, les autres caractères remplacés par « _ ».
Codes de sortie : 0 succès, 1 échec, 64 utilisation incorrecte (check : 0-3 comme ci-dessus).
</translation>
    </message>
    <message>
        <source>--name needs token, client_secret or refresh_token.</source>
        <translation>--name attend token, client_secret ou refresh_token.</translation>
    </message>
    <message>
        <source>Use: plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] (the secret is read from standard input).</source>
        <translation>Utilisation : plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] (le secret est lu sur l'entrée standard).</translation>
    </message>
    <message>
        <source>--name belongs to secret set.</source>
        <translation>--name s'emploie uniquement avec secret set.</translation>
    </message>
    <message>
        <source>Use: plumbline auth login CONNECTION_ID, or plumbline auth status [--json].</source>
        <translation>Utilisation : plumbline auth login CONNECTION_ID, ou plumbline auth status [--json].</translation>
    </message>
    <message>
        <source>--values belongs to plumbline check.</source>
        <translation>--values s'utilise avec plumbline check.</translation>
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
        <translation>Usage : plumbline [--data-dir DIR] [COMMAND]

Plumbline surveille les intégrations API d'une pile marketing et vous signale quand l'une d'elles cesse discrètement de fonctionner.

Commandes :
  (aucune)                       ouvre la fenêtre sur l'espace de travail par défaut
  --demo                         ouvre la fenêtre sur un espace de travail de démonstration jetable
  plumbline://integration/ID     ouvre la fenêtre sur cette intégration (le lien d'une notification)
  import FILE                    importe les définitions d'un fichier JSON d'espace de travail (tout ou rien)
  export FILE                    exporte les définitions vers un fichier JSON d'espace de travail (jamais les secrets)
  secret set CONNECTION_ID [--name NAME]
                                 lit un secret sur l'entrée standard et l'enregistre dans le trousseau du système ;
                                 NAME vaut token (la clé API, par défaut), client_secret ou refresh_token
  secret set channel/CHANNEL_ID/NAME
                                 le secret d'un canal de notification : url, password, routing_key ou
                                 signing_secret
  notify test CHANNEL_ID         envoie immédiatement un message de test à un canal de notification
  notify log [--json]            le journal des livraisons des notifications, les plus récentes d'abord
  auth status [--json]           pour chaque connexion OAuth : méthode, compte authentifié, expiration
                                 du token d'accès, dernier renouvellement et éventuel problème
  check [--json] [--values] [--integration ID]... [--timeout S]
                                 interroge immédiatement et affiche l'état de santé (code de sortie 0 OK,
                                 1 avertissement, 2 critique, 3 inconnu) ; un côté sans réponse en S secondes
                                 (60 par défaut) est signalé comme délai dépassé ; une vérification des valeurs
                                 s'exécute lorsqu'elle est due, ou immédiatement avec --values
  run                            interroge selon la planification, sans fenêtre, jusqu'à SIGINT/SIGTERM
  report --format pdf|csv|html [--from DATE] [--to DATE] [--integration ID]... -o PATH
                                 écrit un rapport d'audit (csv : PATH est un nouveau dossier) ; les dates sont
                                 au format AAAA-MM-JJ (jours UTC) ou ISO 8601 ; par défaut : les 30 derniers jours
  sandbox [--port N] [--scenario NAME]
                                 sert la pile de fournisseurs simulée sur 127.0.0.1
  alerts [--json]                liste les alertes ouvertes
  alert ack ID                   acquitte une alerte (elle notifie encore si elle s'aggrave)
  alert snooze ID --until DATE   met une alerte en sourdine jusqu'à DATE (ISO 8601, p. ex. 2026-12-01T09:00)
  maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT]
                                 interroge sans lever d'alerte pendant une fenêtre de maintenance
  maintenance list [INTEGRATION_ID]
  maintenance remove WINDOW_ID
  repair                         copie ce qui peut encore être lu d'un fichier d'espace de travail endommagé
                                 dans un nouveau fichier (le fichier endommagé est conservé à côté)
</translation>
    </message>
    <message>
        <source>%1 is not a Plumbline link; only plumbline:// links can be opened.</source>
        <translation>%1 n'est pas un lien Plumbline ; seuls les liens plumbline:// peuvent être ouverts.</translation>
    </message>
    <message>
        <source>A plumbline:// link is opened on its own; unexpected argument %1.</source>
        <translation>Un lien plumbline:// s'ouvre seul, sans autre argument ; argument inattendu : %1.</translation>
    </message>
    <message>
        <source>Use: plumbline notify test CHANNEL_ID, or plumbline notify log [--json].</source>
        <translation>Utilisation : plumbline notify test CHANNEL_ID, ou plumbline notify log [--json].</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>%1 connections have no run log.</source>
        <translation>Les connexions %1 n'ont pas de journal d'exécutions.</translation>
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
        <translation>%1 a limité le débit des requêtes : %2 des %3 enregistrements échantillonnés ont été recherchés.</translation>
    </message>
    <message>
        <source>Looked up %1 of %2 sampled records, then %3 answered: %4</source>
        <translation>%1 des %2 enregistrements échantillonnés ont été recherchés, puis %3 a répondu : %4</translation>
    </message>
    <message>
        <source>Looked up %1 of %2 sampled records: the check may spend %3 requests on %4.</source>
        <translation>%1 des %2 enregistrements échantillonnés ont été recherchés : la vérification ne peut pas utiliser plus de %3 requêtes sur %4.</translation>
    </message>
    <message>
        <source>Sampled %1 of %2 records: the check may spend %3 requests on %4.</source>
        <translation>%1 enregistrements sur %2 échantillonnés : la vérification ne peut pas utiliser plus de %3 requêtes sur %4.</translation>
    </message>
    <message>
        <source>%1 limited the request rate: sampled %2 of %3 records.</source>
        <translation>%1 a limité le débit des requêtes : %2 enregistrements sur %3 échantillonnés.</translation>
    </message>
    <message>
        <source>Sampled %1 of %2 records, then %3 answered: %4</source>
        <translation>%1 enregistrements sur %2 échantillonnés, puis %3 a répondu : %4</translation>
    </message>
    <message>
        <source>%1 returned fewer records than asked for: sampled %2 of %3 records.</source>
        <translation>%1 a renvoyé moins d'enregistrements que demandé : %2 enregistrements sur %3 échantillonnés.</translation>
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
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Plumbline could not create the folder %1 for its workspace.</source>
        <translation>Plumbline n'a pas pu créer le dossier %1 de son espace de travail.</translation>
    </message>
    <message>
        <source>Plumbline could not create its workspace file %1: %2</source>
        <translation>Plumbline n'a pas pu créer son fichier d'espace de travail %1 : %2</translation>
    </message>
    <message>
        <source>Plumbline could not open its workspace file %1: %2</source>
        <translation>Plumbline n'a pas pu ouvrir son fichier d'espace de travail %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Plumbline workspace (it is not an SQLite database).</source>
        <translation>Le fichier %1 n'est pas un espace de travail Plumbline (ce n'est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Plumbline (schema %1; this version knows up to %2). It has not been changed. Please update Plumbline to open it.</source>
        <translation>Cet espace de travail a été enregistré par une version plus récente de Plumbline (schéma %1 ; cette version connaît les schémas jusqu'au %2). Il n'a pas été modifié. Veuillez mettre à jour Plumbline pour l'ouvrir.</translation>
    </message>
    <message>
        <source>Plumbline could not prepare its workspace file %1: %2</source>
        <translation>Plumbline n'a pas pu préparer son fichier d'espace de travail %1 : %2</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation>La migration de schéma %1 est absente de cette version.</translation>
    </message>
    <message>
        <source>Could not start schema migration %1: %2</source>
        <translation>Impossible de démarrer la migration de schéma %1 : %2</translation>
    </message>
    <message>
        <source>Schema migration %1 failed and was rolled back; the workspace is unchanged: %2</source>
        <translation>La migration de schéma %1 a échoué et a été annulée ; l'espace de travail est inchangé : %2</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged (%2). Plumbline has not changed it. Restore it from a backup, or run "plumbline repair" to copy everything that can still be read into a new workspace file.</source>
        <translation>Le fichier d'espace de travail %1 est endommagé (%2). Plumbline ne l'a pas modifié. Restaurez-le à partir d'une sauvegarde, ou exécutez « plumbline repair » pour copier tout ce qui peut encore être lu dans un nouveau fichier d'espace de travail.</translation>
    </message>
    <message>
        <source>Plumbline could not read its workspace file %1: %2</source>
        <translation>Plumbline n'a pas pu lire son fichier d'espace de travail %1 : %2</translation>
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
        <translation>L'espace de travail de démonstration est absent de cette version.</translation>
    </message>
    <message>
        <source>the demo workspace</source>
        <translation>l'espace de travail de démonstration</translation>
    </message>
    <message>
        <source>the demo sandbox</source>
        <translation>le bac à sable de démonstration</translation>
    </message>
    <message>
        <source>The demo sandbox is not running.</source>
        <translation>Le bac à sable de démonstration ne tourne pas.</translation>
    </message>
    <message>
        <source>#mops-alerts (demo)</source>
        <translation>#mops-alerts (démo)</translation>
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
        <translation>ce n'est pas une adresse complète commençant par https://</translation>
    </message>
    <message>
        <source>plain http:// sends the API key unencrypted, so Plumbline allows it only to this computer (localhost, 127.0.0.1, ::1); use https://%1 instead</source>
        <translation>le simple http:// envoie la clé API en clair ; Plumbline ne l'autorise donc que vers cet ordinateur (localhost, 127.0.0.1, ::1) ; utilisez plutôt https://%1</translation>
    </message>
</context>
<context>
    <name>GenericConnector</name>
    <message>
        <source>The auth header name "%1" is not a valid HTTP header name.</source>
        <translation>Le nom d'en-tête d'authentification « %1 » n'est pas un nom d'en-tête HTTP valide.</translation>
    </message>
    <message>
        <source>The auth scheme must be one word, like Bearer or Token.</source>
        <translation>Le schéma d'authentification doit être un seul mot, comme Bearer ou Token.</translation>
    </message>
    <message>
        <source>The connection has no URL.</source>
        <translation>La connexion n'a pas d'URL.</translation>
    </message>
    <message>
        <source>The count request may use GET or POST, not %1: Plumbline only reads.</source>
        <translation>La requête de comptage peut utiliser GET ou POST, pas %1 : Plumbline ne fait que lire.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer; write it like /meta/total.</source>
        <translation>« %1 » n'est pas un pointeur JSON ; écrivez-le sous la forme /meta/total.</translation>
    </message>
    <message>
        <source>"%1" cannot be made into a URL below the connection's URL.</source>
        <translation>Impossible de construire à partir de « %1 » une URL située sous l'URL de la connexion.</translation>
    </message>
    <message>
        <source>A filter for a generic connection is query parameters ("a=1&amp;b=2" or {"a": 1}), or a JSON object merged into a POST body.</source>
        <translation>Un filtre de connexion générique se compose de paramètres de requête ("a=1&amp;b=2" ou {"a": 1}) ou d'un objet JSON fusionné dans un corps POST.</translation>
    </message>
    <message>
        <source>The connection's URL is not valid.</source>
        <translation>L'URL de la connexion n'est pas valide.</translation>
    </message>
    <message>
        <source>A generic REST connection has no schema endpoint.</source>
        <translation>Une connexion REST générique n'a pas d'endpoint de schéma.</translation>
    </message>
    <message>
        <source>This generic connection has no run/error list pointer set.</source>
        <translation>Aucun pointeur vers une liste d'exécutions/d'erreurs n'est défini pour cette connexion générique.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer; write it like /errors.</source>
        <translation>« %1 » n'est pas un pointeur JSON ; écrivez-le sous la forme /errors.</translation>
    </message>
    <message>
        <source>The list_path option does not make a URL below the connection's URL.</source>
        <translation>L'option list_path ne donne pas une URL située sous l'URL de la connexion.</translation>
    </message>
    <message>
        <source>A value check needs a key field.</source>
        <translation>Une vérification des valeurs nécessite un champ clé.</translation>
    </message>
    <message>
        <source>Set the lookup_path option (e.g. {object}?email={key}) to look records up by key on this API.</source>
        <translation>Définissez l'option lookup_path (p. ex. {object}?email={key}) pour rechercher les enregistrements par clé sur cette API.</translation>
    </message>
</context>
<context>
    <name>GenericParser</name>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>La réponse n'est pas du JSON (%1 à l'octet %2).</translation>
    </message>
    <message>
        <source>The response is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer (it starts with / and escapes ~ and / as ~0 and ~1).</source>
        <translation>« %1 » n'est pas un pointeur JSON (il commence par / et échappe ~ et / sous la forme ~0 et ~1).</translation>
    </message>
    <message>
        <source>The response has nothing at %1.</source>
        <translation>La réponse ne contient rien à l'emplacement %1.</translation>
    </message>
    <message>
        <source>The response has no element %1 at %2.</source>
        <translation>La réponse n'a pas d'élément %1 à l'emplacement %2.</translation>
    </message>
    <message>
        <source>The value at %1 is not a whole number of records.</source>
        <translation>La valeur à l'emplacement %1 n'est pas un nombre entier d'enregistrements.</translation>
    </message>
    <message>
        <source>The value at %1 is not a list.</source>
        <translation>La valeur à l'emplacement %1 n'est pas une liste.</translation>
    </message>
    <message>
        <source>An entry of the list at %1 is not an object.</source>
        <translation>Une entrée de la liste à l'emplacement %1 n'est pas un objet.</translation>
    </message>
    <message>
        <source>An entry of the list at %1 has no "id".</source>
        <translation>Une entrée de la liste à l'emplacement %1 n'a pas de champ "id".</translation>
    </message>
    <message>
        <source>An entry of the list at %1 has no readable "timestamp".</source>
        <translation>Une entrée de la liste à l'emplacement %1 n'a pas de "timestamp" lisible.</translation>
    </message>
    <message>
        <source>An entry's "status" is neither text nor a number.</source>
        <translation>La valeur "status" d'une entrée n'est ni un texte ni un nombre.</translation>
    </message>
    <message>
        <source>An entry's "message" is not text.</source>
        <translation>La valeur "message" d'une entrée n'est pas un texte.</translation>
    </message>
    <message>
        <source>%1 — the service says: %2</source>
        <translation>%1 — le service indique : %2</translation>
    </message>
    <message>
        <source>The answer has no list of records at %1 (set records_pointer).</source>
        <translation>La réponse ne contient pas de liste d'enregistrements à l'emplacement %1 (définissez records_pointer).</translation>
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
        <translation>Le bac à sable de démonstration n'a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>A notification to “%1” could not be delivered: %2</source>
        <translation>Une notification vers « %1 » n'a pas pu être livrée : %2</translation>
    </message>
    <message>
        <source>Plumbline cannot open the link %1.</source>
        <translation>Plumbline ne peut pas ouvrir le lien %1.</translation>
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
        <translation>Rien n'a été importé depuis %1 :</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s)</source>
        <translation>
            <numerusform>Importation : %n connexion</numerusform>
            <numerusform>Importation : %n connexions</numerusform>
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
        <source>There is no connection "%1".</source>
        <translation>Il n'existe aucune connexion « %1 ».</translation>
    </message>
    <message>
        <source>The API key for "%1" is stored in %2.</source>
        <translation>La clé API de « %1 » est enregistrée dans %2.</translation>
    </message>
    <message>
        <source>The workspace file %1 is not damaged; nothing was changed.</source>
        <translation>Le fichier d'espace de travail %1 n'est pas endommagé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Repaired %1. What could be read was copied into a new workspace file:</source>
        <translation>%1 a été réparé. Ce qui a pu être lu a été copié dans un nouveau fichier d'espace de travail :</translation>
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
            <numerusform>%n écartée (sa définition n'a pas pu être lue)</numerusform>
            <numerusform>%n écartées (leur définition n'a pas pu être lue)</numerusform>
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
        <translation>Aucun secret sur l'entrée standard ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The client secret for "%1" is stored in %2.</source>
        <translation>Le secret client de « %1 » est enregistré dans %2.</translation>
    </message>
    <message>
        <source>The refresh token for "%1" is stored in %2.</source>
        <translation>Le token d'actualisation de « %1 » est enregistré dans %2.</translation>
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
        <translation>HubSpot qualifie les chemins /crm/v3 d'hérités et met fin aux API à versionnage sémantique en septembre 2027 ; faites passer la connexion à une version datée, comme 2026-03.</translation>
    </message>
    <message>
        <source>No HubSpot object type is set.</source>
        <translation>Aucun type d'objet HubSpot n'est défini.</translation>
    </message>
    <message>
        <source>HubSpot has no batch read by %1 at %2 (API version %3): %4</source>
        <translation>HubSpot ne propose pas de lecture par lot selon %1 à l'adresse %2 (version d'API %3) : %4</translation>
    </message>
    <message>
        <source>No HubSpot key property is set for the value check.</source>
        <translation>Aucune propriété clé HubSpot n'est définie pour la vérification des valeurs.</translation>
    </message>
    <message>
        <source>No HubSpot object type or key property is set.</source>
        <translation>Aucun type d'objet ni aucune propriété clé HubSpot n'est défini.</translation>
    </message>
</context>
<context>
    <name>HubSpotParser</name>
    <message>
        <source>HubSpot sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>HubSpot a envoyé %1 qui n'est pas du JSON valide (%2 à l'octet %3).</translation>
    </message>
    <message>
        <source>HubSpot sent %1 that is not a JSON object.</source>
        <translation>HubSpot a envoyé %1 qui n'est pas un objet JSON.</translation>
    </message>
    <message>
        <source>a search answer</source>
        <translation>une réponse de recherche</translation>
    </message>
    <message>
        <source>HubSpot's search answer has no "total".</source>
        <translation>La réponse de recherche de HubSpot n'a pas de "total".</translation>
    </message>
    <message>
        <source>HubSpot's search answer has a "total" that is not a non-negative integer.</source>
        <translation>La réponse de recherche de HubSpot contient un "total" qui n'est pas un entier positif ou nul.</translation>
    </message>
    <message>
        <source>HubSpot's search answer has "results" that is not a list.</source>
        <translation>La réponse de recherche de HubSpot contient un "results" qui n'est pas une liste.</translation>
    </message>
    <message>
        <source>a property list</source>
        <translation>une liste de propriétés</translation>
    </message>
    <message>
        <source>HubSpot's property list has no "results" list.</source>
        <translation>La liste de propriétés de HubSpot n'a pas de liste "results".</translation>
    </message>
    <message>
        <source>HubSpot's property list has an entry (#%1) without a text name, label and type.</source>
        <translation>La liste de propriétés de HubSpot contient une entrée (n° %1) sans nom, libellé et type textuels.</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <source>HubSpot says the access token has expired: %1</source>
        <translation>HubSpot indique que le token d'accès a expiré : %1</translation>
    </message>
    <message>
        <source>HubSpot rejected the access token (HTTP %1%2): %3</source>
        <translation>HubSpot a refusé le token d'accès (HTTP %1%2) : %3</translation>
    </message>
    <message>
        <source>The HubSpot token may not do this (HTTP %1%2): %3</source>
        <translation>Le token HubSpot n'a pas l'autorisation de faire ceci (HTTP %1%2) : %3</translation>
    </message>
    <message>
        <source>HubSpot rate limit reached (%1): %2</source>
        <translation>Limite de débit HubSpot atteinte (%1) : %2</translation>
    </message>
    <message>
        <source>policy not named</source>
        <translation>politique non précisée</translation>
    </message>
    <message>
        <source>HubSpot's daily API limit is used up (%1): %2</source>
        <translation>La limite quotidienne d'appels API de HubSpot est épuisée (%1) : %2</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1.</source>
        <translation>HubSpot a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1%2: %3</source>
        <translation>HubSpot a répondu HTTP %1%2 : %3</translation>
    </message>
    <message>
        <source>The HubSpot filter looks like JSON but is not valid JSON (%1).</source>
        <translation>Le filtre HubSpot ressemble à du JSON mais n'est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>The HubSpot search text is longer than 3000 characters.</source>
        <translation>Le texte de recherche HubSpot dépasse 3000 caractères.</translation>
    </message>
    <message>
        <source>The HubSpot filter's "query" is not text.</source>
        <translation>La valeur "query" du filtre HubSpot n'est pas un texte.</translation>
    </message>
    <message>
        <source>The HubSpot filter object has neither "filterGroups", "filters" nor "query".</source>
        <translation>L'objet filtre HubSpot n'a ni "filterGroups", ni "filters", ni "query".</translation>
    </message>
    <message>
        <source>The HubSpot filter must be text, a filterGroups object or a list of filter groups.</source>
        <translation>Le filtre HubSpot doit être un texte, un objet filterGroups ou une liste de groupes de filtres.</translation>
    </message>
    <message>
        <source>The HubSpot filterGroups must be a list of objects, each with a "filters" list.</source>
        <translation>Les filterGroups HubSpot doivent être une liste d'objets contenant chacun une liste "filters".</translation>
    </message>
    <message>
        <source>HubSpot sent records that are not a JSON object.</source>
        <translation>HubSpot a envoyé des enregistrements qui ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>HubSpot sent records that are not valid JSON (%1 at byte %2).</source>
        <translation>HubSpot a envoyé des enregistrements qui ne sont pas du JSON valide (%1 à l'octet %2).</translation>
    </message>
    <message>
        <source>HubSpot's answer has no "results" list.</source>
        <translation>La réponse de HubSpot n'a pas de liste "results".</translation>
    </message>
</context>
<context>
    <name>MailchimpConnector</name>
    <message>
        <source>No Mailchimp data centre: the API key has no "-us6"-style suffix and no base URL is set.</source>
        <translation>Aucun centre de données Mailchimp : la clé API n'a pas de suffixe du type "-us6" et aucune URL de base n'est définie.</translation>
    </message>
    <message>
        <source>No Mailchimp audience id is set.</source>
        <translation>Aucun identifiant d'audience Mailchimp n'est défini.</translation>
    </message>
    <message>
        <source>none documented</source>
        <translation>aucune documentée</translation>
    </message>
    <message>
        <source>No Mailchimp key field is set for the value check.</source>
        <translation>Aucun champ clé Mailchimp n'est défini pour la vérification des valeurs.</translation>
    </message>
</context>
<context>
    <name>MailchimpParser</name>
    <message>
        <source>Mailchimp sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>Mailchimp a envoyé %1 qui n'est pas du JSON valide (%2 à l'octet %3).</translation>
    </message>
    <message>
        <source>Mailchimp sent %1 that is not a JSON object.</source>
        <translation>Mailchimp a envoyé %1 qui n'est pas un objet JSON.</translation>
    </message>
    <message>
        <source>a ping answer</source>
        <translation>une réponse au ping</translation>
    </message>
    <message>
        <source>Mailchimp's ping answer has no text "health_status".</source>
        <translation>La réponse au ping de Mailchimp n'a pas de "health_status" textuel.</translation>
    </message>
    <message>
        <source>The Mailchimp filter must be empty, "subscribed", "unsubscribed" or "cleaned".</source>
        <translation>Le filtre Mailchimp doit être vide, "subscribed", "unsubscribed" ou "cleaned".</translation>
    </message>
    <message>
        <source>an audience</source>
        <translation>une audience</translation>
    </message>
    <message>
        <source>Mailchimp's audience has no "stats" object.</source>
        <translation>L'audience Mailchimp n'a pas d'objet "stats".</translation>
    </message>
    <message>
        <source>Mailchimp's audience stats have no "%1".</source>
        <translation>Les statistiques de l'audience Mailchimp n'ont pas de "%1".</translation>
    </message>
    <message>
        <source>Mailchimp's audience stats have a "%1" that is not a non-negative integer.</source>
        <translation>Les statistiques de l'audience Mailchimp contiennent un "%1" qui n'est pas un entier positif ou nul.</translation>
    </message>
    <message>
        <source>a merge field list</source>
        <translation>une liste de champs de fusion</translation>
    </message>
    <message>
        <source>Mailchimp's merge field list has no "merge_fields" list.</source>
        <translation>La liste de champs de fusion de Mailchimp n'a pas de liste "merge_fields".</translation>
    </message>
    <message>
        <source>Mailchimp's merge field list has an entry (#%1) without a text tag, name and type.</source>
        <translation>La liste de champs de fusion de Mailchimp contient une entrée (n° %1) sans tag, nom et type textuels.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Mailchimp a refusé la clé API (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>Mailchimp refused access (HTTP %1): %2</source>
        <translation>Mailchimp a refusé l'accès (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>Mailchimp does not know this (HTTP %1): %2</source>
        <translation>Mailchimp ne connaît pas cette ressource (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>Mailchimp is limiting requests (HTTP %1): %2</source>
        <translation>Mailchimp limite les requêtes (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1: %2</source>
        <translation>Mailchimp a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>Mailchimp's answer has no "total_items".</source>
        <translation>La réponse de Mailchimp n'a pas de "total_items".</translation>
    </message>
    <message>
        <source>Mailchimp sent members that are not a JSON object.</source>
        <translation>Mailchimp a envoyé des membres qui ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>Mailchimp sent members that are not valid JSON (%1 at byte %2).</source>
        <translation>Mailchimp a envoyé des membres qui ne sont pas du JSON valide (%1 à l'octet %2).</translation>
    </message>
    <message>
        <source>Mailchimp's answer has no "members" list.</source>
        <translation>La réponse de Mailchimp n'a pas de liste "members".</translation>
    </message>
    <message>
        <source>Mailchimp's member has no "email_address".</source>
        <translation>Un membre Mailchimp n'a pas de "email_address".</translation>
    </message>
</context>
<context>
    <name>MakeConnector</name>
    <message>
        <source>Make is middleware and has no record count.</source>
        <translation>Make est un middleware et ne fournit pas de nombre d'enregistrements.</translation>
    </message>
    <message>
        <source>Make is middleware and has no record schema.</source>
        <translation>Make est un middleware et ne fournit pas de schéma d'enregistrement.</translation>
    </message>
    <message>
        <source>No Make scenario ID is set for this integration.</source>
        <translation>Aucun identifiant de scénario Make n'est défini pour cette intégration.</translation>
    </message>
</context>
<context>
    <name>MakeParser</name>
    <message>
        <source>Make sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Make a envoyé un corps qui n'est pas du JSON (%1 à l'octet %2).</translation>
    </message>
    <message>
        <source>Make sent JSON that is not an object.</source>
        <translation>Make a envoyé du JSON qui n'est pas un objet.</translation>
    </message>
    <message>
        <source>Make's scenario answer has no "scenario" object.</source>
        <translation>La réponse de Make sur le scénario n'a pas d'objet "scenario".</translation>
    </message>
    <message>
        <source>A flag of Make's scenario (isActive, isPaused, isinvalid) is not true/false.</source>
        <translation>Un indicateur du scénario Make (isActive, isPaused, isinvalid) n'est pas true/false.</translation>
    </message>
    <message>
        <source>Make's scenario "dlqCount" is not a whole number.</source>
        <translation>La valeur "dlqCount" du scénario Make n'est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Make's scenario "name" is not text.</source>
        <translation>La valeur "name" du scénario Make n'est pas un texte.</translation>
    </message>
    <message>
        <source>Make's log answer has no "scenarioLogs" list.</source>
        <translation>La réponse de Make sur le journal n'a pas de liste "scenarioLogs".</translation>
    </message>
    <message>
        <source>A Make log entry is not an object.</source>
        <translation>Une entrée du journal Make n'est pas un objet.</translation>
    </message>
    <message>
        <source>A Make log entry has neither "id" nor "imtId".</source>
        <translation>Une entrée du journal Make n'a ni "id" ni "imtId".</translation>
    </message>
    <message>
        <source>A Make log entry has no readable "timestamp".</source>
        <translation>Une entrée du journal Make n'a pas de "timestamp" lisible.</translation>
    </message>
    <message>
        <source>A Make log entry's "status" is not a number.</source>
        <translation>La valeur "status" d'une entrée du journal Make n'est pas un nombre.</translation>
    </message>
    <message>
        <source>A Make log entry's "operations" is not a whole number.</source>
        <translation>La valeur "operations" d'une entrée du journal Make n'est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Make's /users/me answer has no "authUser" object.</source>
        <translation>La réponse de Make à /users/me n'a pas d'objet "authUser".</translation>
    </message>
    <message>
        <source>Make's organization answer has no "organization.license.apiLimit".</source>
        <translation>La réponse de Make sur l'organisation n'a pas de "organization.license.apiLimit".</translation>
    </message>
    <message>
        <source>Make's "license.apiLimit" is not a whole number.</source>
        <translation>La valeur "license.apiLimit" de Make n'est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1 — Make says: %2</source>
        <translation>%1 — Make indique : %2</translation>
    </message>
</context>
<context>
    <name>MappingHealth</name>
    <message>
        <source>“%1” is not in the source schema any more</source>
        <translation>« %1 » ne figure plus dans le schéma source</translation>
    </message>
    <message>
        <source>“%1” is not in the destination schema any more</source>
        <translation>« %1 » ne figure plus dans le schéma de destination</translation>
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
            <numerusform>Plumbline interroge %n intégration ; arrêtez avec Ctrl+C ou SIGTERM.</numerusform>
            <numerusform>Plumbline interroge %n intégrations ; arrêtez avec Ctrl+C ou SIGTERM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>There is no open alert %1; see plumbline alerts.</source>
        <translation>Il n'existe aucune alerte ouverte %1 ; voir plumbline alerts.</translation>
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
        <translation>(en sourdine jusqu'au %1)</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged; it will still notify if it gets worse.</source>
        <translation>Alerte %1 acquittée ; elle notifiera encore si elle s'aggrave.</translation>
    </message>
    <message>
        <source>--until needs a date and time in the future, e.g. 2026-12-01T09:00.</source>
        <translation>--until attend une date et une heure dans le futur, p. ex. 2026-12-01T09:00.</translation>
    </message>
    <message>
        <source>Alert %1 snoozed until %2.</source>
        <translation>Alerte %1 mise en sourdine jusqu'au %2.</translation>
    </message>
    <message>
        <source>There is no integration "%1".</source>
        <translation>Il n'existe aucune intégration « %1 ».</translation>
    </message>
    <message>
        <source>--from and --to need dates and times (ISO 8601), the end after the start.</source>
        <translation>--from et --to attendent des dates et heures (ISO 8601), la fin après le début.</translation>
    </message>
    <message>
        <source>Maintenance window %1 for %2: %3 to %4. Plumbline keeps polling but raises no alerts.</source>
        <translation>Fenêtre de maintenance %1 pour %2 : du %3 au %4. Plumbline continue d'interroger mais ne lève aucune alerte.</translation>
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
        <source>there is no integration "%1"</source>
        <translation>il n'existe aucune intégration « %1 »</translation>
    </message>
    <message>
        <source>the workspace has no integrations; import one with plumbline import FILE</source>
        <translation>l'espace de travail ne contient aucune intégration ; importez-en une avec plumbline import FILE</translation>
    </message>
    <message>
        <source>Another Plumbline process polls this workspace (%1, process %2 on %3); this one follows and takes over if it stops.</source>
        <translation>Un autre processus Plumbline interroge cet espace de travail (%1, processus %2 sur %3) ; celui-ci suit ses résultats et prend le relais s'il s'arrête.</translation>
    </message>
    <message>
        <source>The window ends at %1, which is already past; it would silence nothing. Check the dates.</source>
        <translation>La fenêtre se termine le %1, date déjà passée ; elle ne retiendrait aucune alerte. Vérifiez les dates.</translation>
    </message>
    <message>
        <source>Notification to %1 given up: %2</source>
        <translation>Notification vers %1 abandonnée : %2</translation>
    </message>
    <message>
        <source>Notification to %1 failed: %2</source>
        <translation>Échec de la notification vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>NotifyChannels</name>
    <message>
        <source>required key "%1" is missing</source>
        <translation>la clé obligatoire « %1 » est absente</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>"%1" is not a time of day; write it as HH:MM, e.g. 22:00</source>
        <translation>« %1 » n'est pas une heure de la journée ; écrivez-la au format HH:MM, p. ex. 22:00</translation>
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
        <translation>Webhook signé</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Integration (routing) key</source>
        <translation>Clé d'intégration (routage)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>"%1" is not a valid id: use letters, digits, '.', '_' or '-' (at most 64)</source>
        <translation>« %1 » n'est pas un identifiant valide : utilisez des lettres, des chiffres, « . », « _ » ou « - » (64 au maximum)</translation>
    </message>
    <message>
        <source>unknown kind "%1"; expected slack, teams, google_chat, email, pagerduty or webhook</source>
        <translation>type inconnu « %1 » ; valeurs attendues : slack, teams, google_chat, email, pagerduty ou webhook</translation>
    </message>
    <message>
        <source>this is a secret and does not belong in a workspace file; store it in the keychain as "%1%2" (the Notifications page, or `plumbline secret set %1%2`)</source>
        <translation>ceci est un secret, qui n'a pas sa place dans un fichier d'espace de travail ; enregistrez-le dans le trousseau sous « %1%2 » (page « Notifications », ou `plumbline secret set %1%2`)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>"%1" is not a minimum severity; expected warning or critical</source>
        <translation>« %1 » n'est pas une gravité minimale ; valeurs attendues : warning ou critical</translation>
    </message>
    <message>
        <source>unknown time zone "%1"; use an IANA name such as Europe/Berlin or America/New_York</source>
        <translation>fuseau horaire inconnu « %1 » ; utilisez un nom IANA comme Europe/Berlin ou America/New_York</translation>
    </message>
    <message>
        <source>expected an object with "from" and "to"</source>
        <translation>objet avec "from" et "to" attendu</translation>
    </message>
    <message>
        <source>quiet hours must start and end at different times</source>
        <translation>les heures calmes doivent commencer et se terminer à des heures différentes</translation>
    </message>
    <message>
        <source>expected an object such as {"at": "08:00"}</source>
        <translation>objet attendu, p. ex. {"at": "08:00"}</translation>
    </message>
    <message>
        <source>an e-mail channel needs "to": one address or a list of addresses</source>
        <translation>un canal e-mail nécessite "to" : une adresse ou une liste d'adresses</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address</source>
        <translation>« %1 » n'est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>an e-mail channel needs "smtp": {"host": …, "port": …, "security": …}</source>
        <translation>un canal e-mail nécessite "smtp" : {"host": …, "port": …, "security": …}</translation>
    </message>
    <message>
        <source>this is a secret and does not belong in a workspace file; store it in the keychain as "%1password"</source>
        <translation>ceci est un secret, qui n'a pas sa place dans un fichier d'espace de travail ; enregistrez-le dans le trousseau sous « %1password »</translation>
    </message>
    <message>
        <source>unknown security "%1"; expected starttls, tls or none</source>
        <translation>sécurité inconnue « %1 » ; valeurs attendues : starttls, tls ou none</translation>
    </message>
    <message>
        <source>expected a port number between 1 and 65535</source>
        <translation>numéro de port attendu, entre 1 et 65535</translation>
    </message>
    <message>
        <source>mail without TLS may only go to this computer; use starttls or tls for %1</source>
        <translation>l'envoi d'e-mails sans TLS n'est possible que vers cet ordinateur ; utilisez starttls ou tls pour %1</translation>
    </message>
    <message>
        <source>only an e-mail channel has "%1"</source>
        <translation>seul un canal e-mail accepte « %1 »</translation>
    </message>
</context>
<context>
    <name>NotifyCommands</name>
    <message>
        <source>A test message was delivered to %1.</source>
        <translation>Un message de test a été livré à %1.</translation>
    </message>
    <message>
        <source>The test message to %1 was not delivered: %2</source>
        <translation>Le message de test destiné à %1 n'a pas été livré : %2</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Aucune notification pour l'instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), last: %1</source>
        <translation>
            <numerusform>%n tentative, dernière erreur : %1</numerusform>
            <numerusform>%n tentatives, dernière erreur : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no notification channel "%1"; use channel/CHANNEL_ID/NAME.</source>
        <translation>Il n'existe aucun canal de notification « %1 » ; utilisez channel/CHANNEL_ID/NAME.</translation>
    </message>
    <message>
        <source>A %1 channel keeps no "%2"; it keeps %3.</source>
        <translation>Un canal de type %1 ne conserve aucun secret « %2 » ; il conserve : %3.</translation>
    </message>
    <message>
        <source>The %1 of channel "%2" is stored in %3.</source>
        <translation>Le secret %1 du canal « %2 » est enregistré dans %3.</translation>
    </message>
</context>
<context>
    <name>NotifyComposer</name>
    <message>
        <source>under a minute</source>
        <translation>moins d'une minute</translation>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>connexion %1</translation>
    </message>
    <message>
        <source>the Plumbline monitor</source>
        <translation>le moniteur Plumbline</translation>
    </message>
    <message>
        <source>Open in Plumbline</source>
        <translation>Ouvrir dans Plumbline</translation>
    </message>
    <message>
        <source>Recovered: %1 — %2</source>
        <translation>Retour à la normale : %1 — %2</translation>
    </message>
    <message>
        <source>It lasted %1.</source>
        <translation>Le problème a duré %1.</translation>
    </message>
    <message>
        <source>%1 is healthy again. It had: %2</source>
        <translation>%1 fonctionne de nouveau normalement. Problème constaté : %2</translation>
    </message>
    <message>
        <source>Acknowledged: %1 — %2</source>
        <translation>Alerte acquittée : %1 — %2</translation>
    </message>
    <message>
        <source>%1 is looking into it. %2</source>
        <translation>%1 s'en occupe. %2</translation>
    </message>
    <message>
        <source>Now %1: %2 — %3</source>
        <translation>Désormais au niveau %1 : %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>Source count</source>
        <translation>Comptage source</translation>
    </message>
    <message>
        <source>Destination count</source>
        <translation>Comptage de destination</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records (%2 %)</source>
        <translation>%1 enregistrements (%2 %)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Sent by Plumbline on %1.</source>
        <translation>Envoyé par Plumbline depuis %1.</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>Test notification for %1</source>
        <translation>Notification de test pour %1</translation>
    </message>
    <message>
        <source>This is a test from Plumbline. When an integration breaks or recovers, a message like this one names it, says what is wrong and what to check.</source>
        <translation>Ceci est un test de Plumbline. Lorsqu'une intégration tombe en panne ou se rétablit, un message comme celui-ci la nomme, indique ce qui ne va pas et ce qu'il faut vérifier.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Nothing to do: this message only shows that the channel works.</source>
        <translation>Rien à faire : ce message montre seulement que le canal fonctionne.</translation>
    </message>
    <message>
        <source>Broken (%1)</source>
        <translation>En panne (%1)</translation>
    </message>
    <message>
        <source>Recovered since the last digest (%1)</source>
        <translation>Rétablies depuis le dernier récapitulatif (%1)</translation>
    </message>
    <message>
        <source>Due soon: retiring API versions, credentials, quotas (%1)</source>
        <translation>À prévoir : versions d'API bientôt retirées, identifiants, quotas (%1)</translation>
    </message>
    <message>
        <source>Daily digest: nothing broken</source>
        <translation>Récapitulatif quotidien : aucune panne</translation>
    </message>
    <message numerus="yes">
        <source>Daily digest: %n integration(s) broken</source>
        <translation>
            <numerusform>Récapitulatif quotidien : %n intégration en panne</numerusform>
            <numerusform>Récapitulatif quotidien : %n intégrations en panne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broken, %2 recovered, %3 due soon.</source>
        <translation>En panne : %1, rétablies : %2, à prévoir : %3.</translation>
    </message>
</context>
<context>
    <name>NotifyRouting</name>
    <message>
        <source>below this channel's minimum severity (%1)</source>
        <translation>sous la gravité minimale de ce canal (%1)</translation>
    </message>
    <message>
        <source>in the daily digest at %1</source>
        <translation>dans le récapitulatif quotidien de %1</translation>
    </message>
    <message>
        <source>quiet hours until %1 (%2)</source>
        <translation>heures calmes jusqu'à %1 (%2)</translation>
    </message>
    <message>
        <source>this computer's time</source>
        <translation>heure de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In the next digest</source>
        <translation>Dans le prochain récapitulatif</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Delivered in a digest</source>
        <translation>Livrée dans un récapitulatif</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>A PDF report needs the graphical application (fonts); none is running.</source>
        <translation>Un rapport PDF nécessite l'application graphique (polices) ; aucune n'est en cours d'exécution.</translation>
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
Toutes les heures sont exprimées en UTC. L'écart correspond au comptage de destination moins le comptage source. Ce rapport ne contient jamais de clé API : les identifiants sont désignés par leur entrée dans le trousseau.</translation>
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
        <translation>Impossible d'ajouter une page au PDF.</translation>
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
        <translation>Il n'existe aucune intégration %1.</translation>
    </message>
    <message>
        <source>The report needs a start and an end date.</source>
        <translation>Le rapport nécessite une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>The report period is empty: the start (%1) is not before the end (%2).</source>
        <translation>La période du rapport est vide : le début (%1) n'est pas antérieur à la fin (%2).</translation>
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
        <translation>Rapport d'audit des intégrations</translation>
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
        <translation>Écart %</translation>
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
        <translation>Aucun constat actuel : toutes les vérifications ont réussi lors de la dernière interrogation.</translation>
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
        <translation>Intervalle d'interrogation (s)</translation>
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
        <translation>Procédure d'intervention</translation>
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
        <translation>Aucun mappage de champs n'est documenté.</translation>
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
        <translation>Nombre d'enregistrements : %1</translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation>Source : %1 %2</translation>
    </message>
    <message>
        <source>Destination: %1 %2</source>
        <translation>Destination : %1 %2</translation>
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
        <translation>Aucun comptage n'a été enregistré pour %1 sur cette période.</translation>
    </message>
    <message>
        <source>Record counts: %1 polls in the period, %2 of them failed. Each point is the %3 average; the lower panel shows the gap (destination − source).</source>
        <translation>Nombre d'enregistrements : %1 interrogations sur la période, dont %2 en échec. Chaque point représente la moyenne %3 ; le graphique inférieur montre l'écart (destination − source).</translation>
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
        <translation>Synthèse de l'état de santé</translation>
    </message>
    <message>
        <source>Time in each state is the share of the monitored part of the period (from the integration's creation, up to now) that the integration spent with its worst open alert at that severity; alerts of the connections it uses count too. Counts are the latest average in the period. The gap is always the destination count minus the source count: a negative gap means records are missing at the destination.</source>
        <translation>Le temps passé dans chaque état correspond à la part de la période surveillée (de la création de l'intégration jusqu'à maintenant) pendant laquelle l'alerte ouverte la plus grave de l'intégration présentait ce niveau de gravité ; les alertes des connexions qu'elle utilise sont également prises en compte. Les comptages correspondent à la dernière moyenne de la période. L'écart correspond toujours au comptage de destination moins le comptage source : un écart négatif signifie que des enregistrements manquent côté destination.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Every account the integrations use. API keys live in the operating system's keychain; this report names the keychain entry and never contains a key.</source>
        <translation>Tous les comptes utilisés par les intégrations. Les clés API sont conservées dans le trousseau du système d'exploitation ; ce rapport indique l'entrée du trousseau et ne contient jamais de clé.</translation>
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
        <translation>Version de l'API</translation>
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
        <translation>Variable d'environnement (serveur)</translation>
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
        <translation>Aucune connexion n'est utilisée par les intégrations de ce rapport.</translation>
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
        <source>Keychain service "%1", entry "%2"</source>
        <translation>Trousseau, service « %1 », entrée « %2 »</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Each integration's documentation, field mappings and record counts over the period (source and destination).</source>
        <translation>Pour chaque intégration, sa documentation, ses mappages des champs et ses nombres d'enregistrements sur la période (source et destination).</translation>
    </message>
    <message>
        <source>Alerts that were open at some time in the period, with their timeline. Durations run to the resolution, or to the report's generation while open.</source>
        <translation>Alertes ouvertes à un moment quelconque de la période, avec leur chronologie. Les durées courent jusqu'à la résolution ou, pour les alertes encore ouvertes, jusqu'à la génération du rapport.</translation>
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
        <translation>Délai d'acquittement</translation>
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
        <translation>Aucun événement d'incident sur cette période.</translation>
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
        <translation>Versions d'API et échéances d'obsolescence</translation>
    </message>
    <message>
        <source>The API version each connection uses and what the vendor last said about it. A version within 90 days of its sunset needs planning now.</source>
        <translation>La version d'API utilisée par chaque connexion et la dernière information communiquée à son sujet par le fournisseur. Une version à moins de 90 jours de sa date de fin exige une planification dès maintenant.</translation>
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
        <translation>Toutes les modifications apportées aux définitions au cours de la période : qui, quand et quoi. Les secrets ne sont jamais enregistrés.</translation>
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
        <translation>État actuel le plus critique : %1</translation>
    </message>
    <message numerus="yes">
        <source>Period: %n day(s)</source>
        <translation>
            <numerusform>Période : %n jour</numerusform>
            <numerusform>Période : %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>end of life published; not checked yet</source>
        <translation>fin de vie publiée ; pas encore vérifiée</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Latest value check, %1: no records could be compared. %2</source>
        <translation>Dernière vérification des valeurs, %1 : aucun enregistrement n'a pu être comparé. %2</translation>
    </message>
    <message numerus="yes">
        <source>Latest value check, %1: %2 of %3 sampled records match (%4; 95 % interval %5–%6), %7 missing at the destination, %n request(s).</source>
        <translation>
            <numerusform>Dernière vérification des valeurs, %1 : %2 des %3 enregistrements échantillonnés correspondent (%4 ; intervalle à 95 % %5–%6), %7 manquants côté destination, %n requête.</numerusform>
            <numerusform>Dernière vérification des valeurs, %1 : %2 des %3 enregistrements échantillonnés correspondent (%4 ; intervalle à 95 % %5–%6), %7 manquants côté destination, %n requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Vérification partielle : %1</translation>
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
        <translation>Borne basse (95 %)</translation>
    </message>
    <message>
        <source>High (95 %)</source>
        <translation>Borne haute (95 %)</translation>
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
        <translation>Aucun champ n'a été comparé.</translation>
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
        <translation>Aucune vérification des valeurs n'a été effectuée pour %1 : elle prélève un échantillon d'enregistrements côté source, les retrouve côté destination grâce au mappage clé et compare les champs mappés.</translation>
    </message>
    <message>
        <source>%1 (%2, critical only)</source>
        <translation>%1 (%2, critique uniquement)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody: no notification channel reaches it</source>
        <translation>Personne : aucun canal de notification ne couvre cette intégration</translation>
    </message>
    <message>
        <source>Who gets notified</source>
        <translation>Qui est notifié</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No destination was given for the report.</source>
        <translation>Aucune destination n'a été indiquée pour le rapport.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; a CSV report is a folder of files.</source>
        <translation>%1 existe et n'est pas un dossier ; un rapport CSV est un dossier de fichiers.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder for the CSV files.</source>
        <translation>Le dossier %1 n'est pas vide ; choisissez un dossier nouveau ou vide pour les fichiers CSV.</translation>
    </message>
    <message>
        <source>Could not create a folder beside %1: %2</source>
        <translation>Impossible de créer un dossier à côté de %1 : %2</translation>
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
        <translation>%1 est un dossier ; indiquez un nom de fichier pour le rapport.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
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
        <translation>Aucun des deux comptages n'a pu être lu (ni %1 ni %2) ; l'écart est donc inconnu</translation>
    </message>
    <message>
        <source>The source count (%1) could not be read, so the gap is unknown</source>
        <translation>Le comptage source (%1) n'a pas pu être lu ; l'écart est donc inconnu</translation>
    </message>
    <message>
        <source>The destination count (%1) could not be read, so the gap is unknown</source>
        <translation>Le comptage de destination (%1) n'a pas pu être lu ; l'écart est donc inconnu</translation>
    </message>
    <message>
        <source>%1 holds %2 of %3's %4 %5: %6 missing (%7 %) for %8</source>
        <translation>%1 contient %2 des %4 %5 de %3 : %6 manquants (%7 %) depuis %8</translation>
    </message>
    <message>
        <source>%1 holds %2 %3, %4 more than %5's %6 (%7 %) for %8</source>
        <translation>%1 contient %2 %3, soit %4 de plus que les %6 de %5 (%7 %) depuis %8</translation>
    </message>
    <message numerus="yes">
        <source>, and the gap grew on each of the last %n checks</source>
        <translation>
            <numerusform>, et l'écart se creuse depuis %n vérification</numerusform>
            <numerusform>, et l'écart se creuse depuis %n vérifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are not arriving in %1. Open the sync that carries them (the Make scenario, the Zap or the built-in integration) and look at its recent history for errors or skipped records. Common causes: a required field left empty, invalid e-mail addresses, contacts that unsubscribed or bounced (Mailchimp counts only subscribed members), or a filter on one side that the other does not have.</source>
        <translation>Les enregistrements n'arrivent pas dans %1. Ouvrez la synchronisation qui les transporte (le scénario Make, le Zap ou l'intégration native) et consultez son historique récent pour repérer des erreurs ou des enregistrements ignorés. Causes fréquentes : un champ obligatoire laissé vide, des adresses e-mail non valides, des contacts désabonnés ou dont les e-mails rebondissent (Mailchimp ne compte que les membres abonnés), ou un filtre appliqué d'un côté mais pas de l'autre.</translation>
    </message>
    <message>
        <source>%1 has more records than %2. Check whether records deleted or archived in %2 are still kept in %1, whether a second sync or an import also writes to %1, and whether both sides use the same filter.</source>
        <translation>%1 contient plus d'enregistrements que %2. Vérifiez si des enregistrements supprimés ou archivés dans %2 sont toujours conservés dans %1, si une deuxième synchronisation ou une importation écrit aussi dans %1, et si les deux côtés utilisent le même filtre.</translation>
    </message>
    <message>
        <source>%1 has stayed at %2 %3 for %4 while %5 changed by %6</source>
        <translation>%1 est resté à %2 %3 depuis %4 alors que %5 a varié de %6</translation>
    </message>
    <message>
        <source>Nothing has reached %1 for %2 although %3 changed. Check that the sync between them is switched on and still signed in to both systems, and look at its history for errors.</source>
        <translation>Rien n'est arrivé dans %1 depuis %2 alors que %3 a changé. Vérifiez que la synchronisation entre les deux est activée et toujours authentifiée auprès des deux systèmes, et consultez son historique pour repérer des erreurs.</translation>
    </message>
    <message>
        <source>Open %1 and look at the scenario or Zap %2: switch it back on, fix the step it marks as broken (often a connection that needs signing in again), and run it once to catch up.</source>
        <translation>Ouvrez %1 et examinez le scénario ou Zap %2 : réactivez-le, corrigez l'étape signalée comme défaillante (souvent une connexion qui demande une nouvelle authentification), puis exécutez-le une fois pour rattraper le retard.</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is marked invalid and cannot run</source>
        <translation>Le scénario ou Zap %1 dans %2 est marqué comme non valide et ne peut pas s'exécuter</translation>
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
        <translation>Ouvrez %1 et vérifiez la planification de %2 : est-il toujours activé, son déclencheur se déclenche-t-il encore, et l'abonnement a-t-il épuisé ses opérations ou ses tâches ?</translation>
    </message>
    <message>
        <source>%1 made no runs in %2 (about %3 expected)</source>
        <translation>%1 n'a effectué aucune exécution en %2 (environ %3 attendues)</translation>
    </message>
    <message>
        <source>%1 made %2 runs in %3 (about %4 expected)</source>
        <translation>%1 a effectué %2 exécutions en %3 (environ %4 attendues)</translation>
    </message>
    <message>
        <source>%1 has not run successfully for %2</source>
        <translation>%1 ne s'est pas exécuté avec succès depuis %2</translation>
    </message>
    <message>
        <source>Polling has stopped. If Plumbline runs on a server, check that the "plumbline run" service is still running; on a desktop, check that Plumbline is open and the computer did not sleep.</source>
        <translation>L'interrogation s'est arrêtée. Si Plumbline tourne sur un serveur, vérifiez que le service « plumbline run » est toujours actif ; sur un poste de travail, vérifiez que Plumbline est ouvert et que l'ordinateur ne s'est pas mis en veille.</translation>
    </message>
    <message>
        <source>No successful check yet, %1 after the first attempt</source>
        <translation>Aucune vérification réussie pour l'instant, %1 après la première tentative</translation>
    </message>
    <message>
        <source>The monitor's last check is dated %1 in the future: the computer's clock may have changed</source>
        <translation>La dernière vérification du moniteur porte une date située %1 dans le futur : l'horloge de l'ordinateur a peut-être été modifiée</translation>
    </message>
    <message>
        <source>The last successful check is dated %1 in the future: the computer's clock may have changed</source>
        <translation>La dernière vérification réussie porte une date située %1 dans le futur : l'horloge de l'ordinateur a peut-être été modifiée</translation>
    </message>
    <message>
        <source>Check the computer's date, time and time zone settings; the warning clears by itself once a new check succeeds.</source>
        <translation>Vérifiez les réglages de date, d'heure et de fuseau horaire de l'ordinateur ; l'avertissement disparaît de lui-même dès qu'une nouvelle vérification réussit.</translation>
    </message>
    <message>
        <source>Last checked %1 ago: polling has stopped</source>
        <translation>Dernière vérification il y a %1 : l'interrogation s'est arrêtée</translation>
    </message>
    <message>
        <source>Last successful check %1 ago (expected every %2)</source>
        <translation>Dernière vérification réussie il y a %1 (attendue toutes les %2)</translation>
    </message>
    <message>
        <source>%1 %2 changed by %3 in %4, against a usual %5 per check (score %6)</source>
        <translation>%2 dans %1 : variation de %3 en %4, contre %5 habituellement par vérification (score %6)</translation>
    </message>
    <message>
        <source>Many records disappeared from %1 at once. Ask who deleted, merged or archived records, or changed a list or filter; check the change log of %1.</source>
        <translation>De nombreux enregistrements ont disparu de %1 d'un coup. Demandez qui a supprimé, fusionné ou archivé des enregistrements, ou modifié une liste ou un filtre ; consultez le journal des modifications de %1.</translation>
    </message>
    <message>
        <source>Many records arrived in %1 at once. Check for a list import, a new form or a bot filling in a form; make sure the new records are meant to flow on to %2.</source>
        <translation>De nombreux enregistrements sont arrivés dans %1 d'un coup. Cherchez une importation de liste, un nouveau formulaire ou un robot qui remplit un formulaire ; assurez-vous que ces nouveaux enregistrements doivent bien être transmis à %2.</translation>
    </message>
    <message>
        <source>Open %1 and look at the history of %2: the failed runs show which step failed and why (often a connection that needs signing in again, a changed field, or a full plan). Fix it, then re-run or resolve the stored incomplete runs so no record is lost.</source>
        <translation>Ouvrez %1 et consultez l'historique de %2 : les exécutions en échec indiquent quelle étape a échoué et pourquoi (souvent une connexion qui demande une nouvelle authentification, un champ modifié ou un abonnement dont le quota est épuisé). Corrigez le problème, puis relancez ou résolvez les exécutions incomplètes conservées pour qu'aucun enregistrement ne soit perdu.</translation>
    </message>
    <message>
        <source>the automation tool</source>
        <translation>l'outil d'automatisation</translation>
    </message>
    <message>
        <source>The last %1 runs of %2 failed</source>
        <translation>Les %1 dernières exécutions de %2 ont échoué</translation>
    </message>
    <message>
        <source>%1 of %2 runs of %3 failed in %4 (%5 %)</source>
        <translation>%1 exécutions de %3 sur %2 ont échoué en %4 (%5 %)</translation>
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
        <source>In HubSpot, open Settings (the gear icon) › Integrations › Private Apps (on newer accounts: Development › Legacy apps), open the app Plumbline uses, or create one with read access to the CRM objects you monitor, and copy the access token from its Auth tab ("Show token").</source>
        <translation>Dans HubSpot, ouvrez Settings (l'icône en forme d'engrenage) › Integrations › Private Apps (sur les comptes récents : Development › Legacy apps), ouvrez l'application utilisée par Plumbline ou créez-en une avec un accès en lecture aux objets CRM que vous surveillez, puis copiez le token d'accès depuis son onglet Auth (« Show token »).</translation>
    </message>
    <message>
        <source>The Salesforce session or access token has expired or was revoked, or the user was deactivated. Ask your Salesforce admin to check the user under Setup › Users and to issue a new access token for the connected app Plumbline uses (Setup › App Manager).</source>
        <translation>La session ou le token d'accès Salesforce a expiré ou a été révoqué, ou l'utilisateur a été désactivé. Demandez à votre administrateur Salesforce de vérifier l'utilisateur dans Setup › Users et d'émettre un nouveau token d'accès pour l'application connectée utilisée par Plumbline (Setup › App Manager).</translation>
    </message>
    <message>
        <source>In Mailchimp, click your profile picture › Profile › Extras › API keys, and choose Create A Key. Copy it whole: the end of the key after the dash (for example -us6) names your account's data centre.</source>
        <translation>Dans Mailchimp, cliquez sur votre photo de profil › Profile › Extras › API keys, puis choisissez Create A Key. Copiez-la en entier : la fin de la clé après le tiret (par exemple -us6) désigne le centre de données de votre compte.</translation>
    </message>
    <message>
        <source>In the Shopify admin, open Settings › Apps and sales channels › Develop apps, select the app Plumbline uses › API credentials, and reveal or reinstall to get a new Admin API access token (it is shown only once).</source>
        <translation>Dans l'administration Shopify, ouvrez Settings › Apps and sales channels › Develop apps, sélectionnez l'application utilisée par Plumbline › API credentials, puis affichez le token ou réinstallez l'application pour obtenir un nouveau token d'accès Admin API (il n'est affiché qu'une seule fois).</translation>
    </message>
    <message>
        <source>In Make, click your avatar › Profile › API access › Add token, with at least the scenarios:read scope. Tokens belong to one zone (eu1, us1, …): create it in the zone this connection uses.</source>
        <translation>Dans Make, cliquez sur votre avatar › Profile › API access › Add token, avec au moins le scope scenarios:read. Chaque token appartient à une zone (eu1, us1, …) : créez-le dans la zone utilisée par cette connexion.</translation>
    </message>
    <message>
        <source>The Zapier access token was revoked or has expired. Ask whoever set up Plumbline's access to Zapier to sign in again and issue a new token with the zap:runs scope.</source>
        <translation>Le token d'accès Zapier a été révoqué ou a expiré. Demandez à la personne qui a configuré l'accès de Plumbline à Zapier de se reconnecter et d'émettre un nouveau token avec le scope zap:runs.</translation>
    </message>
    <message>
        <source>Ask the owner of this service for a new API key, and check in the connection's options that the header name and scheme (for example Authorization: Bearer) are still right.</source>
        <translation>Demandez une nouvelle clé API au responsable de ce service, et vérifiez dans les options de la connexion que le nom d'en-tête et le schéma (par exemple Authorization: Bearer) sont toujours corrects.</translation>
    </message>
    <message>
        <source>The HubSpot private app lacks a scope. In HubSpot open Settings › Integrations › Private Apps › the app › Scopes and tick the read scopes of the objects you monitor (for contacts: crm.objects.contacts.read and crm.schemas.contacts.read). If HubSpot issues a new token, paste it into Plumbline.</source>
        <translation>Il manque un scope à l'application privée HubSpot. Dans HubSpot, ouvrez Settings › Integrations › Private Apps › l'application › Scopes et cochez les scopes de lecture des objets que vous surveillez (pour les contacts : crm.objects.contacts.read et crm.schemas.contacts.read). Si HubSpot émet un nouveau token, collez-le dans Plumbline.</translation>
    </message>
    <message>
        <source>The Salesforce user behind the token may no longer read this object or its fields. Ask your Salesforce admin to check the user's profile or permission set: API Enabled, Read on the object, field-level access to the mapped fields, and View Setup and Configuration for the API usage figures.</source>
        <translation>L'utilisateur Salesforce associé au token n'a peut-être plus le droit de lire cet objet ou ses champs. Demandez à votre administrateur Salesforce de vérifier le profil ou l'ensemble d'autorisations de l'utilisateur : API Enabled, Read sur l'objet, accès au niveau des champs pour les champs mappés, et View Setup and Configuration pour les chiffres d'utilisation de l'API.</translation>
    </message>
    <message>
        <source>Mailchimp API keys have no scopes: the key's user needs access to this audience. Check the user's role (Manager or above) under Account &amp; billing › Settings › Users, and that the audience id in the connection is still right.</source>
        <translation>Les clés API Mailchimp n'ont pas de scopes : l'utilisateur de la clé doit avoir accès à cette audience. Vérifiez le rôle de l'utilisateur (Manager ou supérieur) dans Account &amp; billing › Settings › Users, ainsi que l'identifiant d'audience indiqué dans la connexion.</translation>
    </message>
    <message>
        <source>The Shopify app lacks an access scope. In the Shopify admin open Settings › Apps and sales channels › Develop apps › the app › Configuration › Admin API integration, add the read scope of what you monitor (for example read_customers, read_orders), save and reinstall the app.</source>
        <translation>Il manque un scope d'accès à l'application Shopify. Dans l'administration Shopify, ouvrez Settings › Apps and sales channels › Develop apps › l'application › Configuration › Admin API integration, ajoutez le scope de lecture de ce que vous surveillez (par exemple read_customers, read_orders), enregistrez et réinstallez l'application.</translation>
    </message>
    <message>
        <source>The Make token lacks a scope. Create a new token in Make (avatar › Profile › API access) with scenarios:read, and organizations:read for the plan's limits.</source>
        <translation>Il manque un scope au token Make. Créez un nouveau token dans Make (avatar › Profile › API access) avec scenarios:read, et organizations:read pour les limites de l'abonnement.</translation>
    </message>
    <message>
        <source>The Zapier token lacks the zap:runs scope, or the Zap belongs to an account it cannot see. Ask whoever set up the access to grant it.</source>
        <translation>Il manque le scope zap:runs au token Zapier, ou le Zap appartient à un compte que ce token ne peut pas voir. Demandez à la personne qui a configuré l'accès de l'accorder.</translation>
    </message>
    <message>
        <source>The key is valid but not allowed to read this data. Ask the owner of this service to grant it read access.</source>
        <translation>La clé est valide mais n'est pas autorisée à lire ces données. Demandez au responsable de ce service de lui accorder un accès en lecture.</translation>
    </message>
    <message>
        <source>HubSpot is moving to dated API versions (for example 2026-03); the old v1–v4 paths end in September 2027. In Plumbline open Connections › edit this connection › API version and choose the current dated version; ask whoever built the sync to do the same.</source>
        <translation>HubSpot passe à des versions d'API datées (par exemple 2026-03) ; les anciens chemins v1–v4 prennent fin en septembre 2027. Dans Plumbline, ouvrez Connexions › modifier cette connexion › Version de l'API et choisissez la version datée actuelle ; demandez à la personne qui a créé la synchronisation d'en faire autant.</translation>
    </message>
    <message>
        <source>Salesforce retires old API versions. In Plumbline open Connections › edit this connection › API version and choose a supported version (for example 62.0); ask whoever built the sync whether it uses the same old version.</source>
        <translation>Salesforce retire les anciennes versions d'API. Dans Plumbline, ouvrez Connexions › modifier cette connexion › Version de l'API et choisissez une version prise en charge (par exemple 62.0) ; demandez à la personne qui a créé la synchronisation si elle utilise la même ancienne version.</translation>
    </message>
    <message>
        <source>Shopify supports each API version for about a year, then silently answers with a newer one. In Plumbline open Connections › edit this connection › API version and choose a current version; check that the apps that sync your store were updated too.</source>
        <translation>Shopify prend en charge chaque version d'API pendant environ un an, puis répond sans prévenir avec une version plus récente. Dans Plumbline, ouvrez Connexions › modifier cette connexion › Version de l'API et choisissez une version actuelle ; vérifiez que les applications qui synchronisent votre boutique ont elles aussi été mises à jour.</translation>
    </message>
    <message>
        <source>The vendor is retiring the API version this connection uses. In Plumbline open Connections › edit this connection › API version and choose a current one; ask whoever built the sync to check theirs.</source>
        <translation>Le fournisseur retire la version d'API utilisée par cette connexion. Dans Plumbline, ouvrez Connexions › modifier cette connexion › Version de l'API et choisissez une version actuelle ; demandez à la personne qui a créé la synchronisation de vérifier la sienne.</translation>
    </message>
    <message>
        <source>%1 rejected Plumbline's key%2: it was revoked, has expired or was mistyped</source>
        <translation>%1 a refusé la clé de Plumbline%2 : elle a été révoquée, a expiré ou a été mal saisie</translation>
    </message>
    <message>
        <source>%1 accepted Plumbline's key but refused access%2: a permission or scope is missing</source>
        <translation>%1 a accepté la clé de Plumbline mais a refusé l'accès%2 : il manque une autorisation ou un scope</translation>
    </message>
    <message>
        <source>The key of %1 is %2 days old; your policy is to replace keys every %3 days</source>
        <translation>La clé de %1 a %2 jours ; votre politique prévoit de remplacer les clés tous les %3 jours</translation>
    </message>
    <message>
        <source>Revoke the old key afterwards so only the new one works.</source>
        <translation>Révoquez ensuite l'ancienne clé pour que seule la nouvelle fonctionne.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>API version %1 of %2 has been retired%3: requests to it no longer work</source>
        <translation>La version d'API %1 de %2 a été retirée%3 : les requêtes qui l'utilisent ne fonctionnent plus</translation>
    </message>
    <message>
        <source>%1 answered with API version %2 instead of the requested %3: the old version is no longer served</source>
        <translation>%1 a répondu avec la version d'API %2 au lieu de la version %3 demandée : l'ancienne version n'est plus servie</translation>
    </message>
    <message>
        <source>(another)</source>
        <translation>(une autre)</translation>
    </message>
    <message>
        <source>API version %1 of %2 passed its end date %3 days ago and may stop working at any moment</source>
        <translation>La version d'API %1 de %2 a dépassé sa date de fin il y a %3 jours et peut cesser de fonctionner à tout moment</translation>
    </message>
    <message numerus="yes">
        <source>API version %1 of %2 stops working on %3, in %n day(s)</source>
        <translation>
            <numerusform>La version d'API %1 de %2 cessera de fonctionner le %3, dans %n jour</numerusform>
            <numerusform>La version d'API %1 de %2 cessera de fonctionner le %3, dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>API version %1 of %2 is deprecated</source>
        <translation>La version d'API %1 de %2 est obsolète</translation>
    </message>
    <message>
        <source>%1 has used up its API quota%2: every system sharing it is refused until the quota resets</source>
        <translation>%1 a épuisé son quota d'API%2 : tous les systèmes qui le partagent se voient refuser l'accès jusqu'à sa réinitialisation</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 API calls left (%4 %)</source>
        <translation>Il reste à %1 %2 appels API sur %3 (%4 %)</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 API calls left in its %4 window (%5 %)</source>
        <translation>Il reste à %1 %2 appels API sur %3 dans sa fenêtre de %4 (%5 %)</translation>
    </message>
    <message>
        <source>, and it answered "too many requests"</source>
        <translation>, et a répondu « trop de requêtes »</translation>
    </message>
    <message>
        <source>%1 answered "too many requests" and asked to wait %2</source>
        <translation>%1 a répondu « trop de requêtes » et a demandé d'attendre %2</translation>
    </message>
    <message>
        <source>%1 answered "too many requests"</source>
        <translation>%1 a répondu « trop de requêtes »</translation>
    </message>
    <message>
        <source>Plumbline uses only a few calls per check; something else is using this account's API allowance heavily (another sync, an export, a new app or a script). Look at the account's API usage page or ask whoever runs the other integrations; if it keeps happening, spread scheduled jobs out or raise the plan's limit.</source>
        <translation>Plumbline n'utilise que quelques appels par vérification ; autre chose consomme fortement le quota d'API de ce compte (une autre synchronisation, un export, une nouvelle application ou un script). Consultez la page d'utilisation de l'API du compte ou interrogez les personnes qui gèrent les autres intégrations ; si cela se reproduit, étalez les tâches planifiées ou augmentez la limite de l'abonnement.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, even after retrying</source>
        <translation>%1 n'a pas répondu à temps, même après plusieurs tentatives</translation>
    </message>
    <message>
        <source>Check the vendor's status page for an outage. If the vendor reports no problem, check this computer's internet connection, proxy or VPN.</source>
        <translation>Consultez la page d'état du fournisseur pour vérifier s'il y a une panne. Si le fournisseur ne signale aucun problème, vérifiez la connexion Internet, le proxy ou le VPN de cet ordinateur.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat n'a pas pu être vérifié</translation>
    </message>
    <message>
        <source>Often a company proxy or antivirus that inspects secure traffic, or a wrong date on this computer. Check the date and time, and ask IT whether a proxy intercepts connections to this vendor; also check the connection's address.</source>
        <translation>Cause fréquente : un proxy d'entreprise ou un antivirus qui inspecte le trafic sécurisé, ou une date erronée sur cet ordinateur. Vérifiez la date et l'heure, et demandez au service informatique si un proxy intercepte les connexions vers ce fournisseur ; vérifiez aussi l'adresse de la connexion.</translation>
    </message>
    <message>
        <source>%1 could not be reached: the address could not be found or the connection was refused</source>
        <translation>%1 est injoignable : l'adresse est introuvable ou la connexion a été refusée</translation>
    </message>
    <message>
        <source>Check this computer's internet connection, proxy or VPN, and the connection's address (base URL) in Plumbline; then check the vendor's status page.</source>
        <translation>Vérifiez la connexion Internet, le proxy ou le VPN de cet ordinateur, ainsi que l'adresse de la connexion (URL de base) dans Plumbline ; consultez ensuite la page d'état du fournisseur.</translation>
    </message>
    <message>
        <source>%1 answered with a server error%2, even after retrying</source>
        <translation>%1 a répondu par une erreur serveur%2, même après plusieurs tentatives</translation>
    </message>
    <message>
        <source>The problem is at the vendor. Check its status page; if it lasts, contact its support with the time shown here. Nothing needs changing in Plumbline.</source>
        <translation>Le problème se situe chez le fournisseur. Consultez sa page d'état ; si cela dure, contactez son support en indiquant l'heure affichée ici. Aucune modification n'est nécessaire dans Plumbline.</translation>
    </message>
    <message>
        <source>%1 answered%2 but Plumbline could not read the answer: the API may have changed</source>
        <translation>%1 a répondu%2 mais Plumbline n'a pas pu lire la réponse : l'API a peut-être changé</translation>
    </message>
    <message>
        <source>Check the vendor's status page and developer changelog for a change to the API. Check the connection's address and API version in Plumbline (a proxy or login page may answer instead of the vendor). If it persists, update Plumbline.</source>
        <translation>Consultez la page d'état et le journal des modifications pour développeurs du fournisseur pour repérer un changement d'API. Vérifiez l'adresse et la version d'API de la connexion dans Plumbline (un proxy ou une page de connexion peut répondre à la place du fournisseur). Si le problème persiste, mettez à jour Plumbline.</translation>
    </message>
    <message>
        <source>The mapped field %1 no longer exists in %2</source>
        <translation>Le champ mappé %1 n'existe plus dans %2</translation>
    </message>
    <message>
        <source>The mapped field %1 no longer exists in %2 (renamed to %3?)</source>
        <translation>Le champ mappé %1 n'existe plus dans %2 (renommé en %3 ?)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 in %2 (renamed to %3?)</source>
        <translation>%1 dans %2 (renommé en %3 ?)</translation>
    </message>
    <message numerus="yes">
        <source>%n mapped fields no longer exist: %1</source>
        <translation>
            <numerusform>%n champ mappé n'existe plus : %1</numerusform>
            <numerusform>%n champs mappés n'existent plus : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 is the field that matches records</source>
        <translation> ; %1 est le champ qui permet d'apparier les enregistrements</translation>
    </message>
    <message>
        <source>Someone renamed or deleted the field %1 in %2. Ask who changed the fields there; then update the field mapping in the sync and in Plumbline (Integrations › edit › Mappings).</source>
        <translation>Quelqu'un a renommé ou supprimé le champ %1 dans %2. Demandez qui a modifié les champs à cet endroit, puis mettez à jour le mappage des champs dans la synchronisation et dans Plumbline (Intégrations › modifier › Mappages).</translation>
    </message>
    <message>
        <source>The field %1 in %2 was probably renamed to %3. Check the field in %2's settings, then update the mapping in the sync that carries the data and in Plumbline (Integrations › edit › Mappings).</source>
        <translation>Le champ %1 de %2 a probablement été renommé en %3. Vérifiez le champ dans les paramètres de %2, puis mettez à jour le mappage dans la synchronisation qui transporte les données et dans Plumbline (Intégrations › modifier › Mappages).</translation>
    </message>
    <message>
        <source>Without this field the sync cannot tell which records belong together and may create duplicates or stop.</source>
        <translation>Sans ce champ, la synchronisation ne peut pas savoir quels enregistrements vont ensemble et risque de créer des doublons ou de s'arrêter.</translation>
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
        <translation>Ensuite, dans Plumbline, choisissez Connexions › sélectionnez %1 › Définir la clé API… (Ctrl+K) et collez la nouvelle clé ; sur un serveur sans interface graphique, exécutez : plumbline secret set %1</translation>
    </message>
    <message>
        <source>The count could not be read because %1. Fix that first: once Plumbline can read both counts again it compares them on the next check.</source>
        <translation>Le comptage n'a pas pu être lu, car %1. Corrigez d'abord ce problème : dès que Plumbline pourra de nouveau lire les deux comptages, il les comparera lors de la vérification suivante.</translation>
    </message>
    <message>
        <source>; and </source>
        <translation> ; et </translation>
    </message>
    <message>
        <source>Plumbline has not checked this integration recently: check that polling is not paused (View › Pause polling) and that Plumbline (or its "plumbline run" service) is running.</source>
        <translation>Plumbline n'a pas vérifié cette intégration récemment : vérifiez que l'interrogation n'est pas suspendue (Affichage › Suspendre l'interrogation) et que Plumbline (ou son service « plumbline run ») est en cours d'exécution.</translation>
    </message>
    <message>
        <source>Plumbline has not managed to read both counts recently, because %1.</source>
        <translation>Plumbline n'a pas réussi à lire les deux comptages récemment, car %1.</translation>
    </message>
    <message>
        <source>the object of %1 no longer exists (see the finding about it)</source>
        <translation>l'objet de %1 n'existe plus (voir le constat correspondant)</translation>
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
        <translation>le type d'objet HubSpot</translation>
    </message>
    <message>
        <source>the Salesforce object</source>
        <translation>l'objet Salesforce</translation>
    </message>
    <message>
        <source>the Mailchimp audience</source>
        <translation>l'audience Mailchimp</translation>
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
        <translation>l'endpoint de l'API</translation>
    </message>
    <message>
        <source>If it was recreated under a new id, open this integration in Plumbline (select it, then Edit…, Ctrl+E) and enter the new id, and make sure the sync that carries the data uses it too.</source>
        <translation>S'il a été recréé sous un nouvel identifiant, ouvrez cette intégration dans Plumbline (sélectionnez-la, puis Modifier…, Ctrl+E), saisissez le nouvel identifiant et assurez-vous que la synchronisation qui transporte les données l'utilise aussi.</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings › Data Management › Objects and check that %1 still exists (a custom object may have been deleted or its internal name changed).</source>
        <translation>Dans HubSpot, ouvrez Settings › Data Management › Objects et vérifiez que %1 existe toujours (un objet personnalisé a peut-être été supprimé ou son nom interne modifié).</translation>
    </message>
    <message>
        <source>Ask your Salesforce admin to look for %1 under Setup › Object Manager: it may have been deleted or renamed, or the user behind Plumbline's access may no longer see it.</source>
        <translation>Demandez à votre administrateur Salesforce de rechercher %1 dans Setup › Object Manager : il a peut-être été supprimé ou renommé, ou l'utilisateur associé à l'accès de Plumbline ne le voit peut-être plus.</translation>
    </message>
    <message>
        <source>In Mailchimp, open Audience › All contacts and check that %1 still exists; its id is under Audience › Settings › Audience name and defaults.</source>
        <translation>Dans Mailchimp, ouvrez Audience › All contacts et vérifiez que %1 existe toujours ; son identifiant figure dans Audience › Settings › Audience name and defaults.</translation>
    </message>
    <message>
        <source>Check in the Shopify admin that %1 still exists, and that the shop address and API version of the connection are right.</source>
        <translation>Vérifiez dans l'administration Shopify que %1 existe toujours, et que l'adresse de la boutique et la version d'API de la connexion sont correctes.</translation>
    </message>
    <message>
        <source>In Make, open Scenarios and look for %1 (the id is the number in the scenario's address, …/scenarios/&lt;id&gt;/edit). Without it nothing carries the records any more.</source>
        <translation>Dans Make, ouvrez Scenarios et recherchez %1 (l'identifiant est le nombre figurant dans l'adresse du scénario, …/scenarios/&lt;id&gt;/edit). Sans ce scénario, plus rien ne transporte les enregistrements.</translation>
    </message>
    <message>
        <source>In Zapier, open Zaps (look in the trash too) and check that %1 still exists (the id is in the Zap's address, zapier.com/editor/&lt;id&gt;). Without it nothing carries the records any more.</source>
        <translation>Dans Zapier, ouvrez Zaps (regardez aussi dans la corbeille) et vérifiez que %1 existe toujours (l'identifiant figure dans l'adresse du Zap, zapier.com/editor/&lt;id&gt;). Sans ce Zap, plus rien ne transporte les enregistrements.</translation>
    </message>
    <message>
        <source>Ask the owner of this service whether %1 still exists at the address in the connection, or whether it moved.</source>
        <translation>Demandez au responsable de ce service si %1 existe toujours à l'adresse indiquée dans la connexion, ou s'il a été déplacé.</translation>
    </message>
    <message>
        <source>%1 cannot be checked in %2: %3</source>
        <translation>Impossible de vérifier %1 dans %2 : %3</translation>
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
        <translation>%1 n'existe plus dans %2%3 : l'élément a été supprimé ou son identifiant a changé</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 dans %3</translation>
    </message>
    <message>
        <source>; also gone: %1</source>
        <translation> ; également introuvable(s) : %1</translation>
    </message>
    <message>
        <source>Plumbline has no API key for %1, so it could not check it (nothing was sent to the vendor)</source>
        <translation>Plumbline n'a pas de clé API pour la connexion %1 et n'a donc pas pu la vérifier (rien n'a été envoyé au fournisseur)</translation>
    </message>
    <message>
        <source>Give Plumbline the key: in the window choose Connections › select %1 › Set API key… (Ctrl+K). Where Plumbline runs without a desktop (cron, a server, CI), set the environment variable %2 for the plumbline command, or store the key once with: plumbline secret set %1.</source>
        <translation>Fournissez la clé à Plumbline : dans la fenêtre, choisissez Connexions › sélectionnez %1 › Définir la clé API… (Ctrl+K). Lorsque Plumbline s'exécute sans interface graphique (cron, serveur, CI), définissez la variable d'environnement %2 pour la commande plumbline, ou enregistrez la clé une fois pour toutes avec : plumbline secret set %1.</translation>
    </message>
    <message>
        <source>If you need a new key:</source>
        <translation>Si vous avez besoin d'une nouvelle clé :</translation>
    </message>
    <message>
        <source>The API key of %1 contains a line break or another control character, so Plumbline did not send it (nothing was sent to the vendor)</source>
        <translation>La clé API de la connexion %1 contient un saut de ligne ou un autre caractère de contrôle ; Plumbline ne l'a donc pas envoyée (rien n'a été envoyé au fournisseur)</translation>
    </message>
    <message>
        <source>A key never contains line breaks; this one was probably pasted with an extra line. Store it again: Connections › select %1 › Set API key… (Ctrl+K), or plumbline secret set %1. Where the key comes from the environment variable %2, set it without the line break.</source>
        <translation>Une clé ne contient jamais de saut de ligne ; celle-ci a probablement été collée avec une ligne en trop. Enregistrez-la de nouveau : Connexions › sélectionnez %1 › Définir la clé API… (Ctrl+K), ou plumbline secret set %1. Si la clé provient de la variable d'environnement %2, définissez-la sans le saut de ligne.</translation>
    </message>
    <message>
        <source>Plumbline could not read the API key of %1 from the keychain, so it could not check it (nothing was sent to the vendor)</source>
        <translation>Plumbline n'a pas pu lire la clé API de la connexion %1 dans le trousseau et n'a donc pas pu la vérifier (rien n'a été envoyé au fournisseur)</translation>
    </message>
    <message>
        <source>The keychain is locked or not running. Unlock it (log in to the desktop again, or open the system's passwords app) or start a Secret Service such as GNOME Keyring or KWallet, then check again. Where there is no keychain (a server, CI), set the environment variable %1 for the plumbline command instead. The key itself is probably fine: do not replace it.</source>
        <translation>Le trousseau est verrouillé ou inactif. Déverrouillez-le (reconnectez-vous à votre session, ou ouvrez l'application de gestion des mots de passe du système) ou démarrez un fournisseur Secret Service comme GNOME Keyring ou KWallet, puis relancez la vérification. En l'absence de trousseau (serveur, CI), définissez plutôt la variable d'environnement %1 pour la commande plumbline. La clé elle-même est probablement correcte : ne la remplacez pas.</translation>
    </message>
    <message>
        <source>Plumbline could not save or read this check in its workspace file, so its history has stopped: %1</source>
        <translation>Plumbline n'a pas pu enregistrer ou lire cette vérification dans son fichier d'espace de travail ; son historique est donc interrompu : %1</translation>
    </message>
    <message>
        <source>Until this is fixed Plumbline cannot tell whether the integration is healthy. Make room on the disk that holds %1 and check that the file can be written (the folder is shown in File › Settings › Data folder). If the file is damaged, restore it from a backup or run "plumbline repair".</source>
        <translation>Tant que ce problème n'est pas résolu, Plumbline ne peut pas savoir si l'intégration fonctionne correctement. Libérez de l'espace sur le disque qui contient %1 et vérifiez que le fichier est accessible en écriture (le dossier est indiqué dans Fichier › Paramètres › Dossier de données). Si le fichier est endommagé, restaurez-le à partir d'une sauvegarde ou exécutez « plumbline repair ».</translation>
    </message>
    <message>
        <source>%1 rejected Plumbline's key (see the sign-in finding of %1)</source>
        <translation>%1 a refusé la clé de Plumbline (voir le constat d'authentification de %1)</translation>
    </message>
    <message>
        <source>%1 refused access to this data (see the permission finding of %1)</source>
        <translation>%1 a refusé l'accès à ces données (voir le constat d'autorisation de %1)</translation>
    </message>
    <message>
        <source>Plumbline has no key it can send to %1 (see the finding about the key of %1)</source>
        <translation>Plumbline n'a aucune clé qu'il puisse envoyer à %1 (voir le constat sur la clé de %1)</translation>
    </message>
    <message>
        <source>%1 refused more requests for now (see the rate-limit finding of %1)</source>
        <translation>%1 refuse de nouvelles requêtes pour le moment (voir le constat de limite de débit de %1)</translation>
    </message>
    <message>
        <source>%1 no longer serves this API version (see the deprecation finding of %1)</source>
        <translation>%1 ne sert plus cette version d'API (voir le constat d'obsolescence de %1)</translation>
    </message>
    <message>
        <source>%1 answered something Plumbline could not read (see the finding about its answer)</source>
        <translation>%1 a renvoyé une réponse que Plumbline n'a pas pu lire (voir le constat sur sa réponse)</translation>
    </message>
    <message>
        <source>%1 could not be reached (see the finding that %1 is unreachable)</source>
        <translation>%1 est injoignable (voir le constat indiquant que %1 est injoignable)</translation>
    </message>
    <message>
        <source>%1 gave no count and no error Plumbline could name; try Test connection on it (Connections › select %1 › Test connection)</source>
        <translation>%1 n'a fourni ni comptage ni erreur identifiable par Plumbline ; testez la connexion (Connexions › sélectionnez %1 › Tester la connexion)</translation>
    </message>
    <message>
        <source>In HubSpot the refresh token ends when the app is uninstalled from the account or its access is revoked (Settings › Integrations › Connected Apps); check that the app's client id and secret (Development › the app › Auth) are the ones Plumbline has.</source>
        <translation>Dans HubSpot, le token d'actualisation prend fin lorsque l'application est désinstallée du compte ou que son accès est révoqué (Settings › Integrations › Connected Apps) ; vérifiez que l'identifiant client et le secret client de l'application (Development › l'application › Auth) sont bien ceux que Plumbline possède.</translation>
    </message>
    <message>
        <source>Ask your Salesforce admin to open Setup › External Client App Manager › the app Plumbline uses and check that it is enabled for the client credentials or web server flow, that its Run As user is active, and that the consumer key and secret are the ones Plumbline has; a revoked session (Setup › Connected Apps OAuth Usage) or a refresh token unused for 30 days also ends the grant.</source>
        <translation>Demandez à votre administrateur Salesforce d'ouvrir Setup › External Client App Manager › l'application utilisée par Plumbline et de vérifier qu'elle est activée pour le flux client credentials ou le flux web server, que son utilisateur Run As est actif et que la Consumer Key et le Consumer Secret sont bien ceux que Plumbline possède ; une session révoquée (Setup › Connected Apps OAuth Usage) ou un token d'actualisation inutilisé pendant 30 jours met également fin à l'autorisation.</translation>
    </message>
    <message>
        <source>In the Shopify Dev Dashboard open the app Plumbline uses › Settings: check that the client id and secret are the ones Plumbline has (rotating the secret ends the old one) and that the app is still installed in this store.</source>
        <translation>Dans le Shopify Dev Dashboard, ouvrez l'application utilisée par Plumbline › Settings : vérifiez que l'identifiant client et le secret client sont bien ceux que Plumbline possède (renouveler le secret invalide l'ancien) et que l'application est toujours installée dans cette boutique.</translation>
    </message>
    <message>
        <source>%1 refused Plumbline's sign-in: the grant was revoked or has expired, or the app's client id or secret changed</source>
        <translation>%1 a refusé l'authentification de Plumbline : l'autorisation a été révoquée ou a expiré, ou l'identifiant client ou le secret client de l'application a changé</translation>
    </message>
    <message>
        <source>If a person signed this connection in, sign in again: Connections › select %1 › Sign in again… (on a server: plumbline auth login %1). If it uses client credentials and the secret changed, store the new one with Set API key… (on a server: plumbline secret set %1 --name client_secret).</source>
        <translation>Si une personne a authentifié cette connexion, authentifiez-vous à nouveau : Connexions › sélectionnez %1 › S'authentifier à nouveau… (sur un serveur : plumbline auth login %1). Si la connexion utilise des client credentials et que le secret a changé, enregistrez le nouveau avec Définir la clé API… (sur un serveur : plumbline secret set %1 --name client_secret).</translation>
    </message>
    <message>
        <source>Ask the owner of the OAuth server whether the app's client id and secret still hold and whether the client credentials grant is still enabled for it.</source>
        <translation>Demandez au responsable du serveur OAuth si l'identifiant client et le secret client de l'application sont toujours valides et si l'autorisation client credentials est toujours activée pour elle.</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
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
        <translation>Vérifiez la synchronisation qui écrit %1 : un champ renommé dans %2, un mappage modifié ou une longueur de champ côté destination le laisse vide ou différent.</translation>
    </message>
    <message>
        <source>Open the %1 scenario or Zap and check the step that writes %2: a field renamed in %3, a changed mapping or a field length at the destination leaves it empty or different.</source>
        <translation>Ouvrez le scénario ou Zap dans %1 et vérifiez l'étape qui écrit %2 : un champ renommé dans %3, un mappage modifié ou une longueur de champ côté destination le laisse vide ou différent.</translation>
    </message>
    <message>
        <source>In Plumbline: this integration's Values tab lists the fields by differences, with examples that reveal nobody.</source>
        <translation>Dans Plumbline : l'onglet Valeurs de cette intégration classe les champs par nombre de différences, avec des exemples qui ne permettent d'identifier personne.</translation>
    </message>
    <message>
        <source>Mark exactly one mapping as the key (usually the e-mail address) in the integration's Mappings, or switch the value check off.</source>
        <translation>Dans les mappages de l'intégration, marquez exactement un mappage comme clé (généralement l'adresse e-mail), ou désactivez la vérification des valeurs.</translation>
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
        <translation>(Vérification partielle : %1)</translation>
    </message>
    <message>
        <source>Look in the sync's history for records it skipped or rejected (often an invalid e-mail address, a required field left empty, or a filter), and re-run them. In Plumbline: the Values tab shows how many are missing over time.</source>
        <translation>Recherchez dans l'historique de la synchronisation les enregistrements qu'elle a ignorés ou refusés (souvent une adresse e-mail invalide, un champ obligatoire laissé vide ou un filtre), puis relancez-les. Dans Plumbline : l'onglet Valeurs montre combien en manquent au fil du temps.</translation>
    </message>
</context>
<context>
    <name>SalesforceConnector</name>
    <message>
        <source>The Salesforce connection has no instance URL.</source>
        <translation>La connexion Salesforce n'a pas d'URL d'instance.</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce API version (write it like 62.0).</source>
        <translation>« %1 » n'est pas une version d'API Salesforce (écrivez-la sous la forme 62.0).</translation>
    </message>
    <message>
        <source>API version %1 is not among the versions this org offers (%2 … %3).</source>
        <translation>La version d'API %1 ne fait pas partie des versions proposées par cette organisation (%2 … %3).</translation>
    </message>
    <message>
        <source>Salesforce no longer offers API version %1; the org offers %2 to %3.</source>
        <translation>Salesforce ne propose plus la version d'API %1 ; l'organisation propose les versions %2 à %3.</translation>
    </message>
    <message>
        <source>No Salesforce object is set.</source>
        <translation>Aucun objet Salesforce n'est défini.</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce field API name (letters, digits and _ such as Email or Tier__c).</source>
        <translation>« %1 » n'est pas un nom d'API de champ Salesforce (lettres, chiffres et _, comme Email ou Tier__c).</translation>
    </message>
</context>
<context>
    <name>SalesforceParser</name>
    <message>
        <source>Salesforce sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>Salesforce a envoyé %1 qui n'est pas du JSON valide (%2 à l'octet %3).</translation>
    </message>
    <message>
        <source>Salesforce sent %1 that is not a JSON object.</source>
        <translation>Salesforce a envoyé %1 qui n'est pas un objet JSON.</translation>
    </message>
    <message>
        <source>a version list</source>
        <translation>une liste de versions</translation>
    </message>
    <message>
        <source>Salesforce's version list is not a JSON list.</source>
        <translation>La liste de versions de Salesforce n'est pas une liste JSON.</translation>
    </message>
    <message>
        <source>Salesforce's version list has an entry (#%1) without a text "version".</source>
        <translation>La liste de versions de Salesforce contient une entrée (n° %1) sans "version" textuelle.</translation>
    </message>
    <message>
        <source>Salesforce's version list is empty.</source>
        <translation>La liste de versions de Salesforce est vide.</translation>
    </message>
    <message>
        <source>a query answer</source>
        <translation>une réponse de requête</translation>
    </message>
    <message>
        <source>Salesforce's query answer has no "totalSize".</source>
        <translation>La réponse de requête de Salesforce n'a pas de "totalSize".</translation>
    </message>
    <message>
        <source>Salesforce's query answer has a "totalSize" that is not a non-negative integer.</source>
        <translation>La réponse de requête de Salesforce contient un "totalSize" qui n'est pas un entier positif ou nul.</translation>
    </message>
    <message>
        <source>Salesforce's query answer has a "done" that is not true or false.</source>
        <translation>La réponse de requête de Salesforce contient un "done" qui n'est ni true ni false.</translation>
    </message>
    <message>
        <source>Salesforce's query answer has "records" that is not a list.</source>
        <translation>La réponse de requête de Salesforce contient un "records" qui n'est pas une liste.</translation>
    </message>
    <message>
        <source>an object description</source>
        <translation>une description d'objet</translation>
    </message>
    <message>
        <source>Salesforce's object description has no "fields" list.</source>
        <translation>La description d'objet de Salesforce n'a pas de liste "fields".</translation>
    </message>
    <message>
        <source>Salesforce's object description has a field (#%1) without a text name, label and type.</source>
        <translation>La description d'objet de Salesforce contient un champ (n° %1) sans nom, libellé et type textuels.</translation>
    </message>
    <message>
        <source>a limits answer</source>
        <translation>une réponse sur les limites</translation>
    </message>
    <message>
        <source>Salesforce's limits answer has no "DailyApiRequests" with integer "Max" and "Remaining".</source>
        <translation>La réponse de Salesforce sur les limites n'a pas de "DailyApiRequests" avec des valeurs entières "Max" et "Remaining".</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <source>Salesforce rejected the access token (HTTP %1%2): %3</source>
        <translation>Salesforce a refusé le token d'accès (HTTP %1%2) : %3</translation>
    </message>
    <message>
        <source>Salesforce's daily API request limit is used up (%1): %2</source>
        <translation>La limite quotidienne de requêtes API de Salesforce est épuisée (%1) : %2</translation>
    </message>
    <message>
        <source>The Salesforce user may not do this (HTTP %1%2): %3</source>
        <translation>L'utilisateur Salesforce n'a pas l'autorisation de faire ceci (HTTP %1%2) : %3</translation>
    </message>
    <message>
        <source>Salesforce does not know this (HTTP %1%2): %3</source>
        <translation>Salesforce ne connaît pas cette ressource (HTTP %1%2) : %3</translation>
    </message>
    <message>
        <source>Salesforce no longer serves this API version (HTTP %1%2): %3</source>
        <translation>Salesforce ne sert plus cette version d'API (HTTP %1%2) : %3</translation>
    </message>
    <message>
        <source>Salesforce is limiting requests (HTTP %1%2): %3</source>
        <translation>Salesforce limite les requêtes (HTTP %1%2) : %3</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1.</source>
        <translation>Salesforce a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1%2: %3</source>
        <translation>Salesforce a répondu HTTP %1%2 : %3</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce object API name (letters, digits and _ such as Contact or Invoice__c).</source>
        <translation>« %1 » n'est pas un nom d'API d'objet Salesforce (lettres, chiffres et _, comme Contact ou Invoice__c).</translation>
    </message>
    <message>
        <source>The Salesforce filter must be a SOQL WHERE clause as text (or {"where": "…"}).</source>
        <translation>Le filtre Salesforce doit être une clause SOQL WHERE sous forme de texte (ou {"where": "…"}).</translation>
    </message>
    <message>
        <source>Salesforce's query answer has no "records" list.</source>
        <translation>La réponse de requête de Salesforce n'a pas de liste "records".</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Unknown scenario "%1". Known scenarios: %2</source>
        <translation>Scénario inconnu « %1 ». Scénarios connus : %2</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (port in use?).</source>
        <translation>Impossible d'écouter sur 127.0.0.1:%1 (port déjà utilisé ?).</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Impossible de configurer la gestion des signaux.</translation>
    </message>
    <message>
        <source>Plumbline sandbox listening on %1 (scenario: %2)</source>
        <translation>Bac à sable Plumbline à l'écoute sur %1 (scénario : %2)</translation>
    </message>
    <message>
        <source>Workspace:  curl -s %1/_sandbox/workspace &gt; sandbox-workspace.json</source>
        <translation>Espace de travail :  curl -s %1/_sandbox/workspace &gt; sandbox-workspace.json</translation>
    </message>
    <message>
        <source>Secrets:    curl -s %1/_sandbox/env   (PLUMBLINE_SECRET_&lt;ID&gt;=... lines; export them)</source>
        <translation>Secrets :            curl -s %1/_sandbox/env   (lignes PLUMBLINE_SECRET_&lt;ID&gt;=... ; exportez-les)</translation>
    </message>
    <message>
        <source>Scenario:   curl -s -X POST -d '{"scenario":"count_drift"}' %1/_sandbox/scenario</source>
        <translation>Scénario :           curl -s -X POST -d '{"scenario":"count_drift"}' %1/_sandbox/scenario</translation>
    </message>
    <message>
        <source>Scenarios:  %1</source>
        <translation>Scénarios :          %1</translation>
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
        <translation>La demande d'authentification n'indique aucune adresse de redirection : %1 ne peut donc pas renvoyer le résultat de l'authentification.</translation>
    </message>
    <message>
        <source>The redirect address %1 is not registered for this app, so %2 does not send the sign-in back to it.</source>
        <translation>L'adresse de redirection %1 n'est pas enregistrée pour cette application : %2 n'y renvoie donc pas le résultat de l'authentification.</translation>
    </message>
</context>
<context>
    <name>SecretShapes</name>
    <message>
        <source>a HubSpot private app token</source>
        <translation>un token d'application privée HubSpot</translation>
    </message>
    <message>
        <source>a Mailchimp API key</source>
        <translation>une clé API Mailchimp</translation>
    </message>
    <message>
        <source>a Shopify access token</source>
        <translation>un token d'accès Shopify</translation>
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
        <translation>une clé d'accès AWS</translation>
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
        <translation>une valeur d'en-tête Authorization</translation>
    </message>
    <message>
        <source>an address with a user name or password in it</source>
        <translation>une adresse contenant un nom d'utilisateur ou un mot de passe</translation>
    </message>
    <message>
        <source>an address with a credential in its query</source>
        <translation>une adresse contenant des identifiants dans ses paramètres de requête</translation>
    </message>
    <message>
        <source>a long random-looking string, like an API key</source>
        <translation>une longue chaîne d'apparence aléatoire, comme une clé API</translation>
    </message>
    <message>
        <source>The key contains a line break. Nothing was stored or sent: a line break in a key would let it add lines to the request sent to the vendor. Copy the key again without it.</source>
        <translation>La clé contient un saut de ligne. Rien n'a été enregistré ni envoyé : un saut de ligne dans une clé permettrait d'ajouter des lignes à la requête envoyée au fournisseur. Copiez de nouveau la clé, sans le saut de ligne.</translation>
    </message>
    <message>
        <source>The key contains an invisible control character (U+%1). Nothing was stored or sent; copy the key again.</source>
        <translation>La clé contient un caractère de contrôle invisible (U+%1). Rien n'a été enregistré ni envoyé ; copiez de nouveau la clé.</translation>
    </message>
    <message>
        <source>(hidden: %1)</source>
        <translation>(masqué : %1)</translation>
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
        <source>"%1" is not a Shopify REST resource name (e.g. customers, orders, products).</source>
        <translation>« %1 » n'est pas un nom de ressource REST Shopify (p. ex. customers, orders, products).</translation>
    </message>
    <message>
        <source>A Shopify filter is query parameters, e.g. "created_at_min=2026-01-01" or {"status": "any"}.</source>
        <translation>Un filtre Shopify se compose de paramètres de requête, p. ex. "created_at_min=2026-01-01" ou {"status": "any"}.</translation>
    </message>
    <message>
        <source>Plumbline knows the fields of the Shopify resources %1, not of "%2".</source>
        <translation>Plumbline connaît les champs des ressources Shopify %1, mais pas ceux de « %2 ».</translation>
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
        <translation>Shopify a envoyé un corps qui n'est pas du JSON (%1 à l'octet %2).</translation>
    </message>
    <message>
        <source>Shopify sent JSON that is not an object.</source>
        <translation>Shopify a envoyé du JSON qui n'est pas un objet.</translation>
    </message>
    <message>
        <source>Shopify's count answer has no "count".</source>
        <translation>La réponse de comptage de Shopify n'a pas de "count".</translation>
    </message>
    <message>
        <source>Shopify's "count" is not a whole number of records.</source>
        <translation>La valeur "count" de Shopify n'est pas un nombre entier d'enregistrements.</translation>
    </message>
    <message>
        <source>Shopify's shop answer has no "shop" object.</source>
        <translation>La réponse de Shopify sur la boutique n'a pas d'objet "shop".</translation>
    </message>
    <message>
        <source>Shopify's shop name is not text.</source>
        <translation>Le nom de la boutique Shopify n'est pas un texte.</translation>
    </message>
    <message>
        <source>Asked for API version %1, Shopify served %2.</source>
        <translation>Version d'API %1 demandée, mais Shopify a servi la version %2.</translation>
    </message>
    <message>
        <source>Shopify marked this call as deprecated.</source>
        <translation>Shopify a signalé cet appel comme obsolète.</translation>
    </message>
    <message>
        <source>Shopify's deprecated API calls answer has no "deprecated_api_calls" list.</source>
        <translation>La réponse de Shopify sur les appels API obsolètes n'a pas de liste "deprecated_api_calls".</translation>
    </message>
    <message>
        <source>A deprecated API call entry is not an object.</source>
        <translation>Une entrée d'appel API obsolète n'est pas un objet.</translation>
    </message>
    <message>
        <source>A deprecated API call has an unreadable "migration_deadline".</source>
        <translation>Un appel API obsolète a un "migration_deadline" illisible.</translation>
    </message>
    <message>
        <source>A deprecated API call's description is not text.</source>
        <translation>La description d'un appel API obsolète n'est pas un texte.</translation>
    </message>
    <message>
        <source>Shopify: the shop is frozen or its plan does not include this (HTTP 402)</source>
        <translation>Shopify : la boutique est gelée ou son abonnement n'inclut pas cette fonction (HTTP 402)</translation>
    </message>
    <message>
        <source>Shopify: the shop is locked (HTTP 423)</source>
        <translation>Shopify : la boutique est verrouillée (HTTP 423)</translation>
    </message>
    <message>
        <source>%1 — Shopify says: %2</source>
        <translation>%1 — Shopify indique : %2</translation>
    </message>
    <message>
        <source>Shopify's answer has no "customers" list.</source>
        <translation>La réponse de Shopify n'a pas de liste "customers".</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail server %1 refused the user name or password (SMTP %2); check the channel's user name and the SMTP password in the keychain</source>
        <translation>Le serveur de messagerie %1 a refusé le nom d'utilisateur ou le mot de passe (SMTP %2) ; vérifiez le nom d'utilisateur du canal et le mot de passe SMTP dans le trousseau</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, and Plumbline sends mail only encrypted, so nothing was sent (if it takes implicit TLS, usually on port 465, choose security "tls")</source>
        <translation>Le serveur de messagerie %1 ne propose pas STARTTLS et Plumbline n'envoie que des e-mails chiffrés ; rien n'a donc été envoyé (s'il accepte le TLS implicite, généralement sur le port 465, choisissez la sécurité "tls")</translation>
    </message>
    <message>
        <source>The TLS certificate of the mail server %1 is not trusted, so nothing was sent (%2); if the server uses your organisation's own certificate authority, set its file as ca_file</source>
        <translation>Le certificat TLS du serveur de messagerie %1 n'est pas reconnu comme fiable, rien n'a donc été envoyé (%2) ; si le serveur utilise l'autorité de certification propre à votre organisation, indiquez son fichier dans ca_file</translation>
    </message>
    <message>
        <source>The secure connection to the mail server %1 failed: %2</source>
        <translation>La connexion sécurisée au serveur de messagerie %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1: %2</source>
        <translation>Impossible de se connecter au serveur de messagerie %1 : %2</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time: %2</source>
        <translation>Le serveur de messagerie %1 n'a pas répondu à temps : %2</translation>
    </message>
    <message>
        <source>Sending mail through %1 was cancelled</source>
        <translation>L'envoi de l'e-mail via %1 a été annulé</translation>
    </message>
    <message>
        <source>The mail server %1 refused a recipient (SMTP %2): %3; check the channel's addresses</source>
        <translation>Le serveur de messagerie %1 a refusé un destinataire (SMTP %2) : %3 ; vérifiez les adresses du canal</translation>
    </message>
    <message>
        <source>The mail server %1 refused the sender address (SMTP %2): %3; check the channel's "from"</source>
        <translation>Le serveur de messagerie %1 a refusé l'adresse de l'expéditeur (SMTP %2) : %3 ; vérifiez le "from" du canal</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message (SMTP %2): %3</source>
        <translation>Le serveur de messagerie %1 a refusé le message (SMTP %2) : %3</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message for now (SMTP %2): %3; it will be tried again</source>
        <translation>Le serveur de messagerie %1 a refusé le message pour le moment (SMTP %2) : %3 ; Plumbline réessaiera</translation>
    </message>
    <message>
        <source>Sending mail through %1 failed: %2</source>
        <translation>L'envoi de l'e-mail via %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The e-mail channel has no SMTP host; nothing was sent</source>
        <translation>Le canal e-mail n'a pas de serveur SMTP ; rien n'a été envoyé</translation>
    </message>
    <message>
        <source>"%1" is not a host name; nothing was sent</source>
        <translation>« %1 » n'est pas un nom d'hôte ; rien n'a été envoyé</translation>
    </message>
    <message>
        <source>Mail without TLS may only go to this computer; %1 needs security "starttls" or "tls". Nothing was sent</source>
        <translation>L'envoi d'e-mails sans TLS n'est possible que vers cet ordinateur ; %1 nécessite la sécurité "starttls" ou "tls". Rien n'a été envoyé</translation>
    </message>
    <message>
        <source>The e-mail channel has no valid recipient; nothing was sent</source>
        <translation>Le canal e-mail n'a aucun destinataire valide ; rien n'a été envoyé</translation>
    </message>
    <message>
        <source>The e-mail channel has a user name but no SMTP password in the keychain; nothing was sent</source>
        <translation>Le canal e-mail a un nom d'utilisateur mais aucun mot de passe SMTP dans le trousseau ; rien n'a été envoyé</translation>
    </message>
    <message>
        <source>Could not start the mail client (libcurl)</source>
        <translation>Impossible de démarrer le client de messagerie (libcurl)</translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <source>There is no workspace file %1.</source>
        <translation>Il n'existe aucun fichier d'espace de travail %1.</translation>
    </message>
    <message>
        <source>Could not copy %1 before repairing it: %2. Nothing was changed.</source>
        <translation>Impossible de copier %1 avant de le réparer : %2. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Could not create the repaired workspace file %1: %2. Nothing was changed.</source>
        <translation>Impossible de créer le fichier d'espace de travail réparé %1 : %2. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Could not write the repaired workspace file %1: %2</source>
        <translation>Impossible d'écrire le fichier d'espace de travail réparé %1 : %2</translation>
    </message>
    <message>
        <source>Nothing could be read from %1: it is too damaged. Restore it from a backup.</source>
        <translation>Rien n'a pu être lu dans %1 : le fichier est trop endommagé. Restaurez-le à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>The repaired copy does not pass its own check: %1</source>
        <translation>La copie réparée ne passe pas sa propre vérification : %1</translation>
    </message>
    <message>
        <source>The repaired file %1 could not be moved to %2; the damaged file is kept as %3. Move the repaired file into place by hand.</source>
        <translation>Le fichier réparé %1 n'a pas pu être déplacé vers %2 ; le fichier endommagé est conservé sous le nom %3. Mettez le fichier réparé en place manuellement.</translation>
    </message>
</context>
<context>
    <name>TokenKeeper</name>
    <message>
        <source>%1's token endpoint refused Plumbline's grant for "%2" (%3). Renewing again will not help: sign in again, or check the app's client id and secret.</source>
        <translation>L'endpoint de token de %1 a refusé l'autorisation de Plumbline pour « %2 » (%3). Renouveler à nouveau n'y changera rien : authentifiez-vous à nouveau, ou vérifiez l'identifiant client et le secret client de l'application.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Could not reach %1's token endpoint for "%2": %3. Plumbline will try again; nothing to do unless it lasts.</source>
        <translation>Impossible de joindre l'endpoint de token de %1 pour « %2 » : %3. Plumbline va réessayer ; aucune action n'est nécessaire, sauf si le problème persiste.</translation>
    </message>
    <message>
        <source>%1's token endpoint is unavailable for "%2" (HTTP %3%4). Plumbline will try again; nothing to do unless it lasts.</source>
        <translation>L'endpoint de token de %1 est indisponible pour « %2 » (HTTP %3%4). Plumbline va réessayer ; aucune action n'est nécessaire, sauf si le problème persiste.</translation>
    </message>
    <message>
        <source>%1's token endpoint for "%2" answered something that is not a token (HTTP %3): %4. A proxy or captive portal login page answers like this; check the token address and the network.</source>
        <translation>L'endpoint de token de %1 pour « %2 » a répondu quelque chose qui n'est pas un token (HTTP %3) : %4. C'est ainsi que répond un proxy ou la page de connexion d'un portail captif ; vérifiez l'adresse de token et le réseau.</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>aucun access_token</translation>
    </message>
    <message>
        <source>"%1" has no token address: set auth.token_url in the connection.</source>
        <translation>« %1 » n'a pas d'adresse de token : définissez auth.token_url dans la connexion.</translation>
    </message>
    <message>
        <source>No client secret for "%1": store the app's client secret (Set API key…, or plumbline secret set %2 --name client_secret).</source>
        <translation>Aucun secret client pour « %1 » : enregistrez le secret client de l'application (Définir la clé API…, ou plumbline secret set %2 --name client_secret).</translation>
    </message>
    <message>
        <source>"%1" is not signed in yet: choose Sign in… on the connection (or run plumbline auth login %2).</source>
        <translation>« %1 » n'est pas encore authentifiée : choisissez S'authentifier… sur la connexion (ou exécutez plumbline auth login %2).</translation>
    </message>
    <message>
        <source>The keychain would not store the new refresh token of "%1"; it is kept in memory only, so after Plumbline restarts you will need to sign in again.</source>
        <translation>Le trousseau n'a pas voulu enregistrer le nouveau token d'actualisation de « %1 » ; il est conservé en mémoire uniquement, vous devrez donc vous authentifier à nouveau après le redémarrage de Plumbline.</translation>
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
        <source>expected a two-letter country code such as "US" or "DE"</source>
        <translation>code pays à deux lettres attendu, comme "US" ou "DE"</translation>
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
        <translation>URL de base de l'API</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Token d'accès de l'application privée</translation>
    </message>
    <message>
        <source>In HubSpot: Settings › Integrations › Private apps › your app › Auth › Show token.</source>
        <translation>Dans HubSpot : Settings › Integrations › Private apps › votre application › Auth › Show token.</translation>
    </message>
    <message>
        <source>Instance URL</source>
        <translation>URL d'instance</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token d'accès</translation>
    </message>
    <message>
        <source>An OAuth access token of a connected app (Setup › App Manager) for the integration user.</source>
        <translation>Un token d'accès OAuth d'une application connectée (Setup › App Manager) pour l'utilisateur d'intégration.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>In Mailchimp: Profile › Extras › API keys. The part after the dash (e.g. us6) is your data centre.</source>
        <translation>Dans Mailchimp : Profile › Extras › API keys. La partie après le tiret (p. ex. us6) correspond à votre centre de données.</translation>
    </message>
    <message>
        <source>Audience ID</source>
        <translation>ID d'audience</translation>
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
        <translation>URL de base de l'Admin API</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Token d'accès Admin API</translation>
    </message>
    <message>
        <source>In Shopify admin: Settings › Apps and sales channels › Develop apps › your app › API credentials.</source>
        <translation>Dans l'administration Shopify : Settings › Apps and sales channels › Develop apps › votre application › API credentials.</translation>
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
        <source>The shop's myshopify.com domain.</source>
        <translation>Le domaine myshopify.com de la boutique.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>In Make: Profile › API access › Add token (tokens are per zone).</source>
        <translation>Dans Make : Profile › API access › Add token (chaque token est propre à une zone).</translation>
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
        <source>The host name in your organization's dashboard URL.</source>
        <translation>Le nom d'hôte figurant dans l'URL du tableau de bord de votre organisation.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID d'équipe</translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation>p. ex. 42</translation>
    </message>
    <message>
        <source>The team whose scenarios are watched.</source>
        <translation>L'équipe dont les scénarios sont surveillés.</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID d'organisation</translation>
    </message>
    <message>
        <source>e.g. 7</source>
        <translation>p. ex. 7</translation>
    </message>
    <message>
        <source>Lets Plumbline read the organization's API rate limit (license.apiLimit).</source>
        <translation>Permet à Plumbline de lire la limite de débit API de l'organisation (license.apiLimit).</translation>
    </message>
    <message>
        <source>An OAuth access token with the zap and zap:runs scopes.</source>
        <translation>Un token d'accès OAuth avec les scopes zap et zap:runs.</translation>
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
        <translation>Envoyé dans l'en-tête ci-dessous, après le schéma (le cas échéant).</translation>
    </message>
    <message>
        <source>Auth header name</source>
        <translation>Nom de l'en-tête d'authentification</translation>
    </message>
    <message>
        <source>The HTTP header that carries the key.</source>
        <translation>L'en-tête HTTP qui transporte la clé.</translation>
    </message>
    <message>
        <source>Auth scheme</source>
        <translation>Schéma d'authentification</translation>
    </message>
    <message>
        <source>Put before the key, e.g. Bearer; may be empty.</source>
        <translation>Placé avant la clé, p. ex. Bearer ; peut rester vide.</translation>
    </message>
    <message>
        <source>JSON pointer to the count</source>
        <translation>Pointeur JSON vers le comptage</translation>
    </message>
    <message>
        <source>Where the record count is in the response, e.g. /meta/total.</source>
        <translation>Emplacement du nombre d'enregistrements dans la réponse, p. ex. /meta/total.</translation>
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
        <translation>Pointeur JSON vers une liste d'exécutions/d'erreurs</translation>
    </message>
    <message>
        <source>Optional: an array of {id, status, timestamp, message} read as the run log.</source>
        <translation>Facultatif : un tableau de {id, status, timestamp, message} lu comme journal d'exécutions.</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Utilisez de 1 à 64 lettres, chiffres, « . », « _ » ou « - », en commençant par une lettre ou un chiffre.</translation>
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
        <source>Use the shop's myshopify.com domain, e.g. my-store.myshopify.com.</source>
        <translation>Utilisez le domaine myshopify.com de la boutique, p. ex. my-store.myshopify.com.</translation>
    </message>
    <message>
        <source>Paste the %1.</source>
        <translation>Collez la valeur du champ « %1 ».</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks; paste it again.</source>
        <translation>La clé contient des espaces ou des sauts de ligne ; collez-la de nouveau.</translation>
    </message>
    <message>
        <source>A Mailchimp API key ends with its data centre, like -us6. Check that you copied all of it.</source>
        <translation>Une clé API Mailchimp se termine par son centre de données, comme -us6. Vérifiez que vous l'avez copiée en entier.</translation>
    </message>
    <message>
        <source>retired with the Summer '25 release</source>
        <translation>retirée avec la version Summer '25</translation>
    </message>
    <message>
        <source>retires with the Summer '27 release</source>
        <translation>sera retirée avec la version Summer '27</translation>
    </message>
    <message>
        <source>Plain http:// would send the key unencrypted, so it is only allowed for this computer (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>Le simple http:// enverrait la clé en clair ; il n'est donc autorisé que vers cet ordinateur (localhost, 127.0.0.1, ::1) ; utilisez https://.</translation>
    </message>
    <message>
        <source>Remove the key or password from the address (it looks like %1) and paste the key in the key field instead.</source>
        <translation>Retirez la clé ou le mot de passe de l'adresse (elle semble contenir %1) et collez plutôt la clé dans le champ de la clé.</translation>
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
        <source>Enter the OAuth server's token URL, the client id and (optionally) the scope; the client secret goes in the field below. Plumbline gets access tokens and sends them as Authorization: Bearer.</source>
        <translation>Saisissez l'URL de token du serveur OAuth, l'identifiant client et (facultatif) le scope ; le secret client va dans le champ ci-dessous. Plumbline obtient des tokens d'accès et les envoie sous la forme Authorization: Bearer.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Service key or private app token</source>
        <translation>Service key ou token d'application privée</translation>
    </message>
    <message>
        <source>1. In HubSpot open Settings › Integrations › Service Keys (new accounts) or your legacy private app (Development › Legacy apps).
2. Give it read access to the CRM objects you monitor (for example crm.objects.contacts.read and crm.schemas.contacts.read).
3. Copy the key or token into the field below. It does not expire until it is rotated.</source>
        <translation>1. Dans HubSpot, ouvrez Settings › Integrations › Service Keys (nouveaux comptes) ou votre ancienne application privée (Development › Legacy apps).
2. Accordez-lui un accès en lecture aux objets CRM que vous surveillez (par exemple crm.objects.contacts.read et crm.schemas.contacts.read).
3. Copiez la clé ou le token dans le champ ci-dessous. Ces identifiants n'expirent pas tant qu'ils ne sont pas renouvelés.</translation>
    </message>
    <message>
        <source>Service key or access token</source>
        <translation>Service key ou token d'accès</translation>
    </message>
    <message>
        <source>Sign in with HubSpot (OAuth app)</source>
        <translation>S'authentifier avec HubSpot (application OAuth)</translation>
    </message>
    <message>
        <source>1. In your HubSpot developer account create an app with OAuth, the read scopes of the CRM objects you monitor, and the redirect URL http://localhost:53682/callback (HubSpot allows plain http for localhost only).
2. Enter its client id, and its client secret in the field below.
3. Choose Sign in…: your browser opens HubSpot; access tokens last 30 minutes and Plumbline renews them with the refresh token it keeps in the keychain.</source>
        <translation>1. Dans votre compte développeur HubSpot, créez une application avec OAuth, les scopes de lecture des objets CRM que vous surveillez et l'URL de redirection http://localhost:53682/callback (HubSpot n'autorise le http non chiffré que pour localhost).
2. Saisissez son identifiant client, et son secret client dans le champ ci-dessous.
3. Choisissez S'authentifier… : votre navigateur ouvre HubSpot ; les tokens d'accès durent 30 minutes et Plumbline les renouvelle avec le token d'actualisation qu'il conserve dans le trousseau.</translation>
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
        <translation>1. Dans Setup de Salesforce, ouvrez External Client App Manager › New External Client App (une application locale de votre propre org).
2. Activez OAuth, saisissez une URL de callback quelconque (ce flux ne l'utilise pas), ajoutez le scope « Manage user data via APIs (api) » et cochez « Enable Client Credentials Flow ».
3. Sous Policies › OAuth Policies, définissez Run As sur un utilisateur d'intégration dédié (la licence Salesforce Integration avec « Minimum Access – API Only Integrations » est recommandée).
4. Copiez la Consumer Key dans Identifiant client et le Consumer Secret dans le champ de secret ci-dessous. L'URL d'instance doit être votre My Domain, par exemple https://acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Sign in with a Salesforce user (web server flow)</source>
        <translation>S'authentifier avec un utilisateur Salesforce (flux web server)</translation>
    </message>
    <message>
        <source>1. In Setup › External Client App Manager create a Local External Client App with OAuth enabled, the scopes api and refresh_token, "Require PKCE" ticked and the callback URL http://localhost:53682/callback (or the redirect port you set).
2. If Plumbline is a public client, untick "Require secret for Web Server Flow" and "Require secret for Refresh Token Flow".
3. Enter the Consumer Key as Client id, save, and choose Sign in…: your browser opens Salesforce, and Plumbline keeps the refresh token in the keychain.</source>
        <translation>1. Dans Setup › External Client App Manager, créez une External Client App locale avec OAuth activé, les scopes api et refresh_token, « Require PKCE » coché et l'URL de callback http://localhost:53682/callback (ou le port de redirection que vous avez défini).
2. Si Plumbline est un client public, décochez « Require secret for Web Server Flow » et « Require secret for Refresh Token Flow ».
3. Saisissez la Consumer Key comme identifiant client, enregistrez, puis choisissez S'authentifier… : votre navigateur ouvre Salesforce, et Plumbline conserve le token d'actualisation dans le trousseau.</translation>
    </message>
    <message>
        <source>Consumer secret (only if the app requires one)</source>
        <translation>Consumer Secret (uniquement si l'application en exige un)</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Token d'accès collé</translation>
    </message>
    <message>
        <source>For short tests only: a pasted Salesforce access token ends with the session (2 hours by default), and Plumbline cannot renew it.</source>
        <translation>Pour des tests courts uniquement : un token d'accès Salesforce collé expire avec la session (2 heures par défaut) et Plumbline ne peut pas le renouveler.</translation>
    </message>
    <message>
        <source>Dev Dashboard app (client credentials)</source>
        <translation>Application Dev Dashboard (client credentials)</translation>
    </message>
    <message>
        <source>1. In the Shopify Dev Dashboard create an app of your organization with the Admin API read scopes you monitor (read_customers, read_orders, read_products).
2. Install it in your own store.
3. Copy its client id, and its client secret into the field below. Tokens last 24 hours; Plumbline gets a new one before each expires.</source>
        <translation>1. Dans le Shopify Dev Dashboard, créez une application de votre organisation avec les scopes de lecture de l'Admin API que vous surveillez (read_customers, read_orders, read_products).
2. Installez-la dans votre propre boutique.
3. Copiez son identifiant client, et son secret client dans le champ ci-dessous. Les tokens durent 24 heures ; Plumbline en obtient un nouveau avant l'expiration de chacun.</translation>
    </message>
    <message>
        <source>Admin API access token (legacy custom app)</source>
        <translation>Token d'accès Admin API (ancienne application personnalisée)</translation>
    </message>
    <message>
        <source>Stores can no longer create legacy custom apps since 1 January 2026; existing shpat_ tokens keep working.</source>
        <translation>Depuis le 1er janvier 2026, les boutiques ne peuvent plus créer d'anciennes applications personnalisées (legacy custom apps) ; les tokens shpat_ existants continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Record list path (value checks)</source>
        <translation>Chemin de la liste d'enregistrements (vérifications des valeurs)</translation>
    </message>
    <message>
        <source>Optional: where pages of records are read for a value check, below the URL.</source>
        <translation>Facultatif : emplacement, sous l'URL, où sont lues les pages d'enregistrements pour une vérification des valeurs.</translation>
    </message>
    <message>
        <source>JSON pointer to the records</source>
        <translation>Pointeur JSON vers les enregistrements</translation>
    </message>
    <message>
        <source>Optional: where the list of records is in a list or lookup answer.</source>
        <translation>Facultatif : emplacement de la liste d'enregistrements dans une réponse de liste ou de recherche.</translation>
    </message>
    <message>
        <source>JSON pointer to a record's key</source>
        <translation>Pointeur JSON vers la clé d'un enregistrement</translation>
    </message>
    <message>
        <source>Optional: where the key is inside a record, when it is not the mapped member.</source>
        <translation>Facultatif : emplacement de la clé dans un enregistrement, lorsque ce n'est pas le membre mappé.</translation>
    </message>
    <message>
        <source>Last-modified member</source>
        <translation>Membre de dernière modification</translation>
    </message>
    <message>
        <source>Optional: a record's last-modified time (ISO 8601 or epoch milliseconds).</source>
        <translation>Facultatif : date de dernière modification d'un enregistrement (ISO 8601 ou millisecondes depuis l'epoch).</translation>
    </message>
    <message>
        <source>Lookup path (value checks)</source>
        <translation>Chemin de recherche (vérifications des valeurs)</translation>
    </message>
    <message>
        <source>Optional: how one record is found by its key, {key} standing for the key; a 404 means it is missing.</source>
        <translation>Facultatif : comment un enregistrement est retrouvé par sa clé, {key} représentant la clé ; une réponse 404 signifie qu'il est absent.</translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>required key "%1" is missing</source>
        <translation>la clé obligatoire « %1 » est absente</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>"%1" is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-'</source>
        <translation>« %1 » n'est pas un identifiant valide : utilisez de 1 à 64 lettres, chiffres, « . », « _ » ou « - »</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>unknown vendor "%1"; expected one of: %2</source>
        <translation>fournisseur inconnu « %1 » ; valeurs attendues : %2</translation>
    </message>
    <message>
        <source>expected null, a string or an object, found %1</source>
        <translation>null, chaîne ou objet attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>unknown direction "%1"; expected one_way or two_way</source>
        <translation>sens inconnu « %1 » ; valeurs attendues : one_way ou two_way</translation>
    </message>
    <message>
        <source>expected an object or null, found %1</source>
        <translation>objet ou null attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>nombre attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the limit of %2 bytes for a workspace file</source>
        <translation>le fichier fait %1 octets, au-delà de la limite de %2 octets pour un fichier d'espace de travail</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n'est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide : %1 à l'octet %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>un objet JSON est attendu au niveau supérieur</translation>
    </message>
    <message>
        <source>required key "format" is missing; expected "plumbline-workspace"</source>
        <translation>la clé obligatoire "format" est absente ; valeur attendue : "plumbline-workspace"</translation>
    </message>
    <message>
        <source>unknown format; expected "plumbline-workspace"</source>
        <translation>format inconnu ; valeur attendue : "plumbline-workspace"</translation>
    </message>
    <message>
        <source>required key "version" is missing</source>
        <translation>la clé obligatoire "version" est absente</translation>
    </message>
    <message>
        <source>version %1 is not supported; this Plumbline reads version 1</source>
        <translation>la version %1 n'est pas prise en charge ; cette version de Plumbline lit la version 1</translation>
    </message>
    <message>
        <source>required key "connections" is missing</source>
        <translation>la clé obligatoire "connections" est absente</translation>
    </message>
    <message>
        <source>duplicate connection id "%1"</source>
        <translation>identifiant de connexion en double : « %1 »</translation>
    </message>
    <message>
        <source>required key "integrations" is missing</source>
        <translation>la clé obligatoire "integrations" est absente</translation>
    </message>
    <message>
        <source>duplicate integration id "%1"</source>
        <translation>identifiant d'intégration en double : « %1 »</translation>
    </message>
    <message>
        <source>refers to connection "%1", which is not defined</source>
        <translation>fait référence à la connexion « %1 », qui n'est pas définie</translation>
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
        <source>%1; secrets never go in a workspace file — remove it, and store the key of the connection it belongs to with "plumbline secret set CONNECTION_ID"</source>
        <translation>%1 ; les secrets ne vont jamais dans un fichier d'espace de travail — retirez cette valeur et enregistrez la clé de la connexion concernée avec « plumbline secret set CONNECTION_ID »</translation>
    </message>
    <message>
        <source>%1; secrets never go in a workspace file — store it with "plumbline secret set %2" instead</source>
        <translation>%1 ; les secrets ne vont jamais dans un fichier d'espace de travail — enregistrez-le plutôt avec « plumbline secret set %2 »</translation>
    </message>
    <message>
        <source>"%1" cannot be used: %2</source>
        <translation>« %1 » est inutilisable : %2</translation>
    </message>
    <message>
        <source>this key appears twice in the same object; remove one of them (Plumbline does not guess which one you meant)</source>
        <translation>cette clé apparaît deux fois dans le même objet ; supprimez l'une des deux (Plumbline ne devine pas laquelle vous vouliez garder)</translation>
    </message>
    <message>
        <source>expected an array of channel ids, found %1</source>
        <translation>tableau d'identifiants de canaux attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>expected a channel id, found %1</source>
        <translation>identifiant de canal attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>duplicate channel id "%1"</source>
        <translation>identifiant de canal en double : « %1 »</translation>
    </message>
    <message>
        <source>refers to notification channel "%1", which is not defined</source>
        <translation>fait référence au canal de notification « %1 », qui n'est pas défini</translation>
    </message>
</context>
<context>
    <name>ZapierConnector</name>
    <message>
        <source>Zapier is middleware and has no record count.</source>
        <translation>Zapier est un middleware et ne fournit pas de nombre d'enregistrements.</translation>
    </message>
    <message>
        <source>Zapier is middleware and has no record schema.</source>
        <translation>Zapier est un middleware et ne fournit pas de schéma d'enregistrement.</translation>
    </message>
    <message>
        <source>No Zap ID is set for this integration.</source>
        <translation>Aucun identifiant de Zap n'est défini pour cette intégration.</translation>
    </message>
    <message>
        <source>Zapier lists no Zap with the ID "%1" for this account.</source>
        <translation>Zapier ne répertorie aucun Zap ayant l'identifiant « %1 » pour ce compte.</translation>
    </message>
    <message>
        <source>Zapier lists more Zaps than Plumbline reads (%1 pages); the Zap "%2" was not among them.</source>
        <translation>Zapier répertorie plus de Zaps que Plumbline n'en lit (%1 pages) ; le Zap « %2 » n'en faisait pas partie.</translation>
    </message>
</context>
<context>
    <name>ZapierParser</name>
    <message>
        <source>Zapier sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Zapier a envoyé un corps qui n'est pas du JSON (%1 à l'octet %2).</translation>
    </message>
    <message>
        <source>Zapier's answer has no "data" list.</source>
        <translation>La réponse de Zapier n'a pas de liste "data".</translation>
    </message>
    <message>
        <source>A Zap entry is not an object.</source>
        <translation>Une entrée de Zap n'est pas un objet.</translation>
    </message>
    <message>
        <source>A Zap entry has no "id".</source>
        <translation>Une entrée de Zap n'a pas de "id".</translation>
    </message>
    <message>
        <source>A Zap's "is_enabled" is not true/false.</source>
        <translation>La valeur "is_enabled" d'un Zap n'est pas true/false.</translation>
    </message>
    <message>
        <source>A Zap's "last_successful_run_date" is not a date.</source>
        <translation>La valeur "last_successful_run_date" d'un Zap n'est pas une date.</translation>
    </message>
    <message>
        <source>A Zap's title is not text.</source>
        <translation>Le titre d'un Zap n'est pas un texte.</translation>
    </message>
    <message>
        <source>A Zap run entry is not an object.</source>
        <translation>Une entrée d'exécution de Zap n'est pas un objet.</translation>
    </message>
    <message>
        <source>A Zap run has no "id".</source>
        <translation>Une exécution de Zap n'a pas de "id".</translation>
    </message>
    <message>
        <source>A Zap run has no "zap_id".</source>
        <translation>Une exécution de Zap n'a pas de "zap_id".</translation>
    </message>
    <message>
        <source>A Zap run's "end_time" is not a date.</source>
        <translation>La valeur "end_time" d'une exécution de Zap n'est pas une date.</translation>
    </message>
    <message>
        <source>A Zap run has no readable "start_time".</source>
        <translation>Une exécution de Zap n'a pas de "start_time" lisible.</translation>
    </message>
    <message>
        <source>A Zap run's "status" is not text.</source>
        <translation>La valeur "status" d'une exécution de Zap n'est pas un texte.</translation>
    </message>
    <message>
        <source>Zapier status "%1"</source>
        <translation>Statut Zapier « %1 »</translation>
    </message>
    <message>
        <source>A Zap run's "steps" is not a list.</source>
        <translation>La valeur "steps" d'une exécution de Zap n'est pas une liste.</translation>
    </message>
    <message>
        <source>%1 — Zapier says: %2</source>
        <translation>%1 — Zapier indique : %2</translation>
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
        <translation>Version d'API bientôt retirée</translation>
    </message>
    <message>
        <source>Running out of API quota</source>
        <translation>Quota d'API bientôt épuisé</translation>
    </message>
    <message>
        <source>Unusual change in volume</source>
        <translation>Variation inhabituelle du volume</translation>
    </message>
    <message>
        <source>Automation runs failing</source>
        <translation>Exécutions d'automatisation en échec</translation>
    </message>
    <message>
        <source>Service unreachable</source>
        <translation>Service injoignable</translation>
    </message>
    <message>
        <source>Unreadable answer from the API</source>
        <translation>Réponse illisible de l'API</translation>
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
        <translation>moins d'une minute</translation>
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
        <translation>En sourdine jusqu'au %1</translation>
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
        <translation>Règle : %1</translation>
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
        <translation>Affic&amp;her :</translation>
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
        <translation>Indiquer que quelqu'un s'en occupe : plus aucun rappel tant que l'alerte ne s'aggrave pas.</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>Mettre en so&amp;urdine</translation>
    </message>
    <message>
        <source>Keep the selected alerts quiet until a time you choose.</source>
        <translation>Mettre les alertes sélectionnées en sourdine jusqu'au moment de votre choix.</translation>
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
        <translation>Jusqu'à demain 09:00</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Pendant 1 semaine</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Jusqu'au…</translation>
    </message>
    <message>
        <source>&amp;History of the selected alert</source>
        <translation>Histori&amp;que de l'alerte sélectionnée</translation>
    </message>
    <message>
        <source>History of the selected alert</source>
        <translation>Historique de l'alerte sélectionnée</translation>
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
        <translation>En sourdine &amp;jusqu'au :</translation>
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
        <translation>Histori&amp;que : %1 · %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu'au %1</translation>
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
        <translation>aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor's response</source>
        <translation>Réponse du fournisseur</translation>
    </message>
    <message>
        <source>Vendor's schedule</source>
        <translation>Calendrier du fournisseur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Versions d'API et échéances</translation>
    </message>
    <message>
        <source>Dates come from the vendors' own responses (Deprecation and Sunset headers, version lists, 410 Gone) at the latest check, and from the end-of-life dates vendors publish. Red: retired, another version served, or under 14 days left; amber: under 90 days.</source>
        <translation>Les dates proviennent des réponses des fournisseurs eux-mêmes (en-têtes Deprecation et Sunset, listes de versions, 410 Gone) lors de la dernière vérification, ainsi que des dates de fin de vie publiées par les fournisseurs. Rouge : version retirée, autre version servie ou moins de 14 jours restants ; orange : moins de 90 jours.</translation>
    </message>
    <message>
        <source>No connections yet.</source>
        <translation>Aucune connexion pour l'instant.</translation>
    </message>
    <message>
        <source>No API version of your connections is going away within 90 days.</source>
        <translation>Aucune version d'API de vos connexions ne sera retirée dans les 90 prochains jours.</translation>
    </message>
    <message numerus="yes">
        <source>%n API version deadline(s) need attention within 90 days.</source>
        <translation>
            <numerusform>%n échéance de version d'API demande votre attention dans les 90 jours.</numerusform>
            <numerusform>%n échéances de version d'API demandent votre attention dans les 90 jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::AppContext</name>
    <message>
        <source>The webhook URL stays in the settings file for now: %1</source>
        <translation>L'URL du webhook reste pour l'instant dans le fichier de paramètres : %1</translation>
    </message>
    <message>
        <source>Webhook (from the settings)</source>
        <translation>Webhook (issu des paramètres)</translation>
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
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Chaque jour à %1</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critique uniquement</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Avertissement et critique</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>En échec depuis %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No secret yet (%1)</source>
        <translation>Pas encore de secret (%1)</translation>
    </message>
    <message>
        <source>OK, last delivered %1</source>
        <translation>OK, dernière livraison : %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Critical alerts break through the quiet hours.</source>
        <translation>Les alertes critiques passent outre les heures calmes.</translation>
    </message>
    <message>
        <source>Nothing breaks through the quiet hours.</source>
        <translation>Aucune alerte ne passe pendant les heures calmes.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Prévient</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravité minimale</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Modifier la connexion « %1 »</translation>
    </message>
    <message>
        <source>The vendor of an existing connection cannot be changed; add a new connection instead.</source>
        <translation>Le fournisseur d'une connexion existante ne peut pas être modifié ; ajoutez plutôt une nouvelle connexion.</translation>
    </message>
    <message>
        <source>The ID of an existing connection cannot be changed.</source>
        <translation>L'identifiant d'une connexion existante ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fournisseur :</translation>
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
        <translation>&amp;Nom :</translation>
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
        <translation>Un identifiant court et stable, utilisé dans les fichiers d'espace de travail et en ligne de commande.</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>URL de base de l'API :</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l'API</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l'API :</translation>
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
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes :</translation>
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
        <translation> (obligatoire) :</translation>
    </message>
    <message>
        <source>:</source>
        <translation> :</translation>
    </message>
    <message>
        <source>Derived from the API key's data centre</source>
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
        <translation>La clé est enregistrée dans %1, jamais dans l'espace de travail.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>La nouvelle clé remplacera la clé stockée à l'enregistrement.</translation>
    </message>
    <message>
        <source>A key is stored in the keychain — leave empty to keep it.</source>
        <translation>Une clé est enregistrée dans le trousseau — laissez vide pour la conserver.</translation>
    </message>
    <message>
        <source>No key is stored for this connection yet — paste one to store it.</source>
        <translation>Aucune clé n'est encore enregistrée pour cette connexion — collez-en une pour l'enregistrer.</translation>
    </message>
    <message>
        <source>The keychain could not be reached, so it is not known whether a key is stored. A key entered here is stored when you save.</source>
        <translation>Le trousseau est inaccessible ; impossible de savoir si une clé est enregistrée. Une clé saisie ici sera stockée à l'enregistrement.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Data centre: %1 (https://%1.api.mailchimp.com)</source>
        <translation>Centre de données : %1 (https://%1.api.mailchimp.com)</translation>
    </message>
    <message>
        <source>Data centre: shown when you enter the key (it ends with e.g. -us6).</source>
        <translation>Centre de données : affiché lorsque vous saisissez la clé (elle se termine par exemple par -us6).</translation>
    </message>
    <message>
        <source>Data centre: not found — a Mailchimp key ends with its data centre, e.g. -us6.</source>
        <translation>Centre de données : introuvable — une clé Mailchimp se termine par son centre de données, p. ex. -us6.</translation>
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
        <translation>La clé enregistrée n'a pas pu être lue : %1</translation>
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
        <translation>Méthode d'authentification</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Étapes de configuration</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Méthode d'a&amp;uthentification :</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>The public id of the app you created at the vendor (its consumer key).</source>
        <translation>L'identifiant public de l'application que vous avez créée chez le fournisseur (sa consumer key).</translation>
    </message>
    <message>
        <source>C&amp;lient id (required):</source>
        <translation>Identifiant c&amp;lient (obligatoire) :</translation>
    </message>
    <message>
        <source>Optional: space-separated; empty asks for the app's own scopes</source>
        <translation>Facultatif : séparés par des espaces ; vide demande les scopes de l'application</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe :</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du token</translation>
    </message>
    <message>
        <source>Token U&amp;RL:</source>
        <translation>URL du to&amp;ken :</translation>
    </message>
    <message>
        <source>Sign-in URL</source>
        <translation>URL d'autorisation</translation>
    </message>
    <message>
        <source>Si&amp;gn-in URL:</source>
        <translation>URL d'autorisati&amp;on :</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Port de redirection</translation>
    </message>
    <message>
        <source>The port on this computer where the browser hands the sign-in back to Plumbline.</source>
        <translation>Le port de cet ordinateur par lequel le navigateur renvoie l'authentification à Plumbline.</translation>
    </message>
    <message>
        <source>Re&amp;direct port:</source>
        <translation>Port de re&amp;direction :</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recommandé)</translation>
    </message>
    <message>
        <source>Token U&amp;RL (required):</source>
        <translation>URL du to&amp;ken (obligatoire) :</translation>
    </message>
    <message>
        <source>Optional. After saving, choose Sign in… on the Connections page to sign in in your browser.</source>
        <translation>Facultatif. Après l'enregistrement, choisissez « Se connecter… » sur la page « Connexions » pour vous connecter dans votre navigateur.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;%2</source>
        <comment>placeholder: the vendor's address on a base URL not entered yet</comment>
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
        <source>Empty: the vendor's own address shown here.</source>
        <translation>Vide : l'adresse du fournisseur affichée ici.</translation>
    </message>
    <message>
        <source>Register this callback URL: %1</source>
        <translation>Enregistrez cette URL de rappel : %1</translation>
    </message>
    <message>
        <source>This sign-in method keeps its secret in another keychain entry than the previous one: paste it to store it.</source>
        <translation>Cette méthode d'authentification conserve son secret dans une autre entrée du trousseau que la précédente : collez-le pour l'enregistrer.</translation>
    </message>
    <message>
        <source>No client secret is stored for this connection — paste one if the app requires it.</source>
        <translation>Aucun secret client n'est enregistré pour cette connexion — collez-en un si l'application l'exige.</translation>
    </message>
    <message>
        <source>A connection that signs in as a person can be tested once it is saved and signed in (Sign in… on the Connections page).</source>
        <translation>Une connexion qui s'authentifie au nom d'une personne peut être testée une fois enregistrée et authentifiée (« Se connecter… » sur la page « Connexions »).</translation>
    </message>
    <message>
        <source>Enter the client id of the app you created at %1 (its consumer key).</source>
        <translation>Saisissez l'identifiant client de l'application que vous avez créée chez %1 (sa consumer key).</translation>
    </message>
    <message>
        <source>Enter the token URL of the OAuth server.</source>
        <translation>Saisissez l'URL du token du serveur OAuth.</translation>
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
        <translation>Version de l'API</translation>
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
        <translation>Remarque : le fournisseur indique que cette version d'API est obsolète ou retirée.</translation>
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
        <translation>Sélectionnez une connexion pour voir comment elle s'authentifie.</translation>
    </message>
    <message>
        <source>Sign-in of “%1”</source>
        <translation>Authentification de « %1 »</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Authentification : %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>No access token yet: Plumbline gets one at the next check (F5).</source>
        <translation>Pas encore de token d'accès : Plumbline en obtient un à la prochaine vérification (F5).</translation>
    </message>
    <message>
        <source>No access token is held.</source>
        <translation>Aucun token d'accès n'est détenu.</translation>
    </message>
    <message>
        <source>Access token expires %1 (%2)</source>
        <translation>Le token d'accès expire le %1 (%2)</translation>
    </message>
    <message>
        <source>Access token expired %1 (%2)</source>
        <translation>Le token d'accès a expiré le %1 (%2)</translation>
    </message>
    <message>
        <source>Last renewed %1 (%2)</source>
        <translation>Dernier renouvellement le %1 (%2)</translation>
    </message>
    <message>
        <source>The keychain would not store the newest refresh token: it is kept in memory only, so after Plumbline restarts you will need to sign in again.</source>
        <translation>Le trousseau n'a pas enregistré le dernier token d'actualisation : il n'est conservé qu'en mémoire, vous devrez donc vous reconnecter après un redémarrage de Plumbline.</translation>
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
        <source>Opens %1's sign-in page in your browser; Plumbline keeps the refresh token in the keychain.</source>
        <translation>Ouvre la page de connexion de %1 dans votre navigateur ; Plumbline conserve le token d'actualisation dans le trousseau.</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>dans moins d'une minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l'instant</translation>
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
        <translation>Graphiques de l'historique de l'intégration</translation>
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
        <translation>Écart % (destination − source)</translation>
    </message>
    <message>
        <source>API quota headroom</source>
        <translation>Marge de quota d'API</translation>
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
        <translation>Aucune interrogation n'a été enregistrée sur cette période. Choisissez une période plus longue.</translation>
    </message>
    <message>
        <source>No history yet. Source and destination counts appear here after the first poll of this integration.</source>
        <translation>Pas encore d'historique. Les comptages source et destination apparaîtront ici après la première interrogation de cette intégration.</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Affichage : %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
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
        <translation>Dernier relevé : %1</translation>
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
        <translation>Dernier relevé : source %1, destination %2, écart %3 (%4 %), tolérance ± %5, %6.</translation>
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
        <translation>Arrêter la vérification des valeurs ; rien n'en est enregistré</translation>
    </message>
    <message>
        <source>F&amp;ields, most differences first:</source>
        <translation>&amp;Champs, par nombre de différences décroissant :</translation>
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
        <translation>Aucune vérification des valeurs pour l'instant</translation>
    </message>
    <message>
        <source>A value check samples records of %1, finds each one in %2 by the key mapping and compares the mapped fields. This integration has no key mapping yet: edit it and mark the mapping that identifies a record on both sides (an e-mail address, an id) as the key.</source>
        <translation>Une vérification des valeurs prélève un échantillon d'enregistrements de %1, retrouve chacun d'eux dans %2 grâce au mappage clé et compare les champs mappés. Cette intégration n'a pas encore de mappage clé : modifiez-la et marquez comme clé le mappage qui identifie un enregistrement des deux côtés (une adresse e-mail, un identifiant).</translation>
    </message>
    <message>
        <source>A value check samples records of %1, finds each one in %2 by the key %3 → %4 and compares the mapped fields, counting what differs. Compare now runs one.</source>
        <translation>Une vérification des valeurs prélève un échantillon d'enregistrements de %1, retrouve chacun d'eux dans %2 grâce à la clé %3 → %4, compare les champs mappés et compte les différences. « Comparer maintenant » en lance une.</translation>
    </message>
    <message numerus="yes">
        <source>Tried %1 · %n request(s)</source>
        <translation>
            <numerusform>Tentative : %1 · %n requête</numerusform>
            <numerusform>Tentative : %1 · %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sampled records match (%3–%4 %)</source>
        <translation>%1 des %2 enregistrements échantillonnés correspondent (%3–%4 %)</translation>
    </message>
    <message>
        <source>%1 missing in %2</source>
        <translation>%1 manquants dans %2</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>vérification : %1</translation>
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
        <comment>between the parts of the value check's headline</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Vérification partielle : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found more than one record in %1.</source>
        <translation>
            <numerusform>%n clé a trouvé plus d'un enregistrement dans %1.</numerusform>
            <numerusform>%n clés ont trouvé plus d'un enregistrement dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sampled from %1 records in %2.</source>
        <translation>Échantillon prélevé parmi %1 enregistrements dans %2.</translation>
    </message>
    <message>
        <source>A record matches when it is found in %1 and every mapped field holds the same value there (letter case aside).</source>
        <translation>Un enregistrement correspond lorsqu'il est trouvé dans %1 et que chaque champ mappé y contient la même valeur (casse non prise en compte).</translation>
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
        <translation>Masqués : premières lettres et longueurs, jamais une valeur.</translation>
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
        <translation>Aucun exemple n'a été conservé pour ce champ.</translation>
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
        <translation>La vérification des valeurs a été annulée ; rien n'en a été enregistré.</translation>
    </message>
    <message>
        <source>The value check ran but could not be stored: %1</source>
        <translation>La vérification des valeurs a été effectuée, mais n'a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The value check did not run: value checks are off for this integration or it has no key mapping.</source>
        <translation>La vérification des valeurs n'a pas été effectuée : les vérifications des valeurs sont désactivées pour cette intégration, ou elle n'a pas de mappage clé.</translation>
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
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Aggravation</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittement</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>%1 (status %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error or note</source>
        <translation>Dernière erreur ou remarque</translation>
    </message>
</context>
<context>
    <name>plumbline::EnvSecretStore</name>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable d'environnement %1 n'est pas définie.</translation>
    </message>
    <message>
        <source>Secrets from environment variables cannot be changed by Plumbline.</source>
        <translation>Plumbline ne peut pas modifier les secrets provenant de variables d'environnement.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>les variables d'environnement</translation>
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
        <translation>Plumbline surveille les intégrations entre vos outils marketing — HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier ou toute API REST — et vous prévient quand l'une d'elles cesse discrètement de transférer des données.

Commencez par explorer un espace de travail de démonstration, ou ajoutez le premier compte que vous souhaitez surveiller.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l'espace de travail de &amp;démonstration</translation>
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
        <translation>Signal d'activité de la surveillance</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l'instant</translation>
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
        <translation>L'interrogation s'est arrêtée — dernière vérification %1</translation>
    </message>
    <message>
        <source>Last check %1</source>
        <translation>Dernière vérification %1</translation>
    </message>
    <message>
        <source>Plumbline has not checked your integrations for longer than their intervals allow. Check that polling is not paused and that this computer was not asleep; F5 checks now.</source>
        <translation>Plumbline n'a pas vérifié vos intégrations depuis plus longtemps que leurs intervalles ne le permettent. Vérifiez que l'interrogation n'est pas suspendue et que cet ordinateur n'était pas en veille ; F5 lance une vérification immédiate.</translation>
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
        <translation>interrogation assurée par %1 (processus %2 sur %3) ; cette fenêtre suit ses résultats</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationDashboard</name>
    <message>
        <source>just now</source>
        <translation>à l'instant</translation>
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
        <translation>&amp;Vue d'ensemble</translation>
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
        <translation>&amp;Journal d'exécutions</translation>
    </message>
    <message>
        <source>Integration definition</source>
        <translation>Définition de l'intégration</translation>
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
        <translation>Les graphiques des comptages, de l'écart, du quota et de la latence apparaissent ici.</translation>
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
        <translation>Filtrer le journal d'exécutions</translation>
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
        <translation>Écart %1 (%2 %)</translation>
    </message>
    <message>
        <source>Gap %1</source>
        <translation>Écart %1</translation>
    </message>
    <message>
        <source>Last checked %1 (%2)</source>
        <translation>Dernière vérification : %1 (%2)</translation>
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
        <translation>Aucun constat pour l'instant : cette intégration n'a pas été vérifiée depuis le démarrage de Plumbline.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>À vérifier :</translation>
    </message>
    <message>
        <source>No alert open (alerts open after repeated failing checks).</source>
        <translation>Aucune alerte ouverte (une alerte s'ouvre après plusieurs vérifications en échec).</translation>
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
        <translation>quelqu'un</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>en sourdine jusqu'au %1</translation>
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
        <translation>Indiquer que quelqu'un s'en occupe ; les aggravations sont toujours notifiées</translation>
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
        <translation>Jusqu'à demain 09:00</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Pendant 1 semaine</translation>
    </message>
    <message>
        <source>No field mappings are defined. Edit the integration to add them.</source>
        <translation>Aucun mappage de champs n'est défini. Modifiez l'intégration pour en ajouter.</translation>
    </message>
    <message>
        <source>The field schemas have not been fetched yet; the states show after the first check.</source>
        <translation>Les schémas des champs n'ont pas encore été récupérés ; les états s'afficheront après la première vérification.</translation>
    </message>
    <message>
        <source>Checked against the schemas fetched %1 (source) and %2 (destination).</source>
        <translation>Vérifié par rapport aux schémas récupérés le %1 (source) et le %2 (destination).</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1 : %2 · %3</translation>
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
        <translation>Le comptage n'a pas pu être lu.</translation>
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
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>Identifiant : %1</translation>
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
        <translation>(personne n'est désigné)</translation>
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
        <translation>Toutes les %1 s ; écart toléré %2 % ou %3 enregistrements ; délai de grâce %4 s.</translation>
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
        <translation>Procédure d'intervention</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Sign in to %1 again for “%2” in your browser</source>
        <translation>Se reconnecter à %1 pour « %2 » dans votre navigateur</translation>
    </message>
    <message>
        <source>Set client secret…</source>
        <translation>Définir le secret client…</translation>
    </message>
    <message>
        <source>Store a new client secret for “%1”</source>
        <translation>Enregistrer un nouveau secret client pour « %1 »</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation>Définir la clé…</translation>
    </message>
    <message>
        <source>Store a new key for “%1”</source>
        <translation>Enregistrer une nouvelle clé pour « %1 »</translation>
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
        <translation>Modifier l'intégration « %1 »</translation>
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
        <translation>L'identifiant d'une intégration existante ne peut pas être modifié.</translation>
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
        <translation>&amp;Identifiant :</translation>
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
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>e.g. contacts, Account, audience members</source>
        <translation>p. ex. contacts, Account, membres de l'audience</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Optional: a JSON object or the vendor's filter text</source>
        <translation>Facultatif : un objet JSON ou le texte de filtre du fournisseur</translation>
    </message>
    <message>
        <source>Makes the two counts comparable, e.g. only subscribed contacts. Text that parses as a JSON object is stored as JSON; anything else as text.</source>
        <translation>Rend les deux comptages comparables, p. ex. uniquement les contacts abonnés. Un texte lisible comme objet JSON est enregistré en JSON ; tout autre texte est enregistré tel quel.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre :</translation>
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
        <translation>&amp;Sens :</translation>
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
        <translation>Connexion du midd&amp;leware :</translation>
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
        <translation>Scénario ou &amp;Zap :</translation>
    </message>
    <message>
        <source>Which source field feeds which destination field. Tick the field that identifies a record on both sides (usually the email address).</source>
        <translation>Quel champ source alimente quel champ de destination. Cochez le champ qui identifie un enregistrement des deux côtés (généralement l'adresse e-mail).</translation>
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
        <translation>Intervalle d'interrogation en secondes</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>Interroger &amp;toutes les :</translation>
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
        <translation>Écart toléré (&amp;pourcentage) :</translation>
    </message>
    <message>
        <source> records</source>
        <translation> enregistrements</translation>
    </message>
    <message>
        <source>Tolerated gap in records</source>
        <translation>Écart toléré en nombre d'enregistrements</translation>
    </message>
    <message>
        <source>Tolerated gap (&amp;records):</source>
        <translation>Écart toléré (&amp;enregistrements) :</translation>
    </message>
    <message>
        <source>Lag grace in seconds</source>
        <translation>Délai de grâce en secondes</translation>
    </message>
    <message>
        <source>&amp;Lag grace:</source>
        <translation>Délai de &amp;grâce :</translation>
    </message>
    <message>
        <source>A gap counts as a problem when it exceeds both tolerances for longer than the lag grace. The monitor polls the integration at this interval.</source>
        <translation>Un écart est considéré comme un problème lorsqu'il dépasse les deux tolérances plus longtemps que le délai de grâce. Le moniteur interroge l'intégration à cet intervalle.</translation>
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
        <translation>&amp;Responsable :</translation>
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
        <translation>Ob&amp;jectif :</translation>
    </message>
    <message>
        <source>What to check and whom to call when it breaks</source>
        <translation>Ce qu'il faut vérifier et qui appeler en cas de panne</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Procédure d'intervention</translation>
    </message>
    <message>
        <source>Run&amp;book:</source>
        <translation>&amp;Procédure d'intervention :</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Utilisez de 1 à 64 lettres, chiffres, « . », « _ » ou « - », en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Another integration already uses this ID.</source>
        <translation>Une autre intégration utilise déjà cet identifiant.</translation>
    </message>
    <message>
        <source>Give the integration a name.</source>
        <translation>Donnez un nom à l'intégration.</translation>
    </message>
    <message>
        <source>Choose the connection the data comes from.</source>
        <translation>Choisissez la connexion d'où proviennent les données.</translation>
    </message>
    <message>
        <source>Choose the connection the data goes to.</source>
        <translation>Choisissez la connexion vers laquelle vont les données.</translation>
    </message>
    <message>
        <source>Name the object that is counted at the source.</source>
        <translation>Indiquez l'objet compté côté source.</translation>
    </message>
    <message>
        <source>Name the object that is counted at the destination.</source>
        <translation>Indiquez l'objet compté côté destination.</translation>
    </message>
    <message>
        <source>Source and destination are the same; choose a different connection, object or filter for one side.</source>
        <translation>La source et la destination sont identiques ; choisissez une autre connexion, un autre objet ou un autre filtre pour l'un des deux côtés.</translation>
    </message>
    <message>
        <source>Choose the middleware's connection, or untick “middleware”.</source>
        <translation>Choisissez la connexion du middleware, ou décochez « middleware ».</translation>
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
        <translation>Notifier ces canaux</translation>
    </message>
    <message>
        <source>No&amp;tify:</source>
        <translation>Noti&amp;fier :</translation>
    </message>
    <message>
        <source>%1 (no such channel)</source>
        <translation>%1 (canal inexistant)</translation>
    </message>
    <message>
        <source>The workspace has no notification channels yet; add them on the Notifications page.</source>
        <translation>L'espace de travail n'a pas encore de canal de notification ; ajoutez-en sur la page « Notifications ».</translation>
    </message>
    <message>
        <source>Empty: the default channels (none is marked default, so nobody is notified).</source>
        <translation>Vide : les canaux par défaut (aucun canal n'est marqué par défaut, personne n'est donc notifié).</translation>
    </message>
    <message>
        <source>Empty: the default channels (%1).</source>
        <translation>Vide : les canaux par défaut (%1).</translation>
    </message>
    <message>
        <source>With an owner, the channels that reach that person are notified too.</source>
        <translation>Si un responsable est indiqué, les canaux qui préviennent cette personne sont également notifiés.</translation>
    </message>
    <message>
        <source>No channel reaches “%1”.</source>
        <translation>Aucun canal ne prévient « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is reached through %2, whatever is ticked below.</source>
        <translation>Canaux qui préviennent « %1 », quelles que soient les cases cochées ci-dessous : %2.</translation>
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
        <translation>%1 : %2</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no open alerts</source>
        <translation>aucune alerte ouverte</translation>
    </message>
    <message>
        <source>Open alerts of this integration and of the connections it uses: %1</source>
        <translation>Alertes ouvertes de cette intégration et des connexions qu'elle utilise : %1</translation>
    </message>
    <message>
        <source>Gap %</source>
        <translation>Écart %</translation>
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
        <translation>Vérification des valeurs du %1 : %2</translation>
    </message>
    <message>
        <source>Value check of %1: %2 of %3 sampled records match, %4 (95 % interval %5–%6); %7 missing in %8</source>
        <translation>Vérification des valeurs du %1 : %2 des %3 enregistrements échantillonnés correspondent, %4 (intervalle à 95 % %5–%6) ; %7 manquants dans %8</translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Vérification partielle : %1</translation>
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
        <translation>Aucune vérification des valeurs pour l'instant : elle compare les champs mappés d'enregistrements échantillonnés des deux côtés</translation>
    </message>
    <message>
        <source>The latest value check: the share of sampled records whose mapped fields hold the same values on both sides</source>
        <translation>La dernière vérification des valeurs : la part des enregistrements échantillonnés dont les champs mappés ont les mêmes valeurs des deux côtés</translation>
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
        <translation>(Trousseau : %1)</translation>
    </message>
    <message>
        <source>The keychain accepted the API key but did not keep it; it may be locked or not running for this session. Nothing was stored anywhere else.</source>
        <translation>Le trousseau a accepté la clé API mais ne l'a pas conservée ; il est peut-être verrouillé ou inactif pour cette session. Rien n'a été enregistré ailleurs.</translation>
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
        <translation>Une authentification a besoin d'un state à attendre.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already in use by another program, so Plumbline cannot receive the answer of the sign-in there. Close the other program (it may be another Plumbline sign-in) and try again, or choose a free port: set the connection's auth.redirect_port to it and register http://localhost:PORT/callback, with that port, as a callback URL in the vendor's app.</source>
        <translation>Le port %1 de cet ordinateur est déjà utilisé par un autre programme, Plumbline ne peut donc pas y recevoir la réponse de l'authentification. Fermez l'autre programme (il peut s'agir d'une autre authentification Plumbline) et réessayez, ou choisissez un port libre : indiquez-le dans auth.redirect_port de la connexion et enregistrez http://localhost:PORT/callback, avec ce port, comme URL de callback dans l'application du fournisseur.</translation>
    </message>
    <message>
        <source>Plumbline cannot listen on localhost port %1 for the answer of the sign-in: %2</source>
        <translation>Plumbline ne peut pas écouter sur le port %1 de localhost pour recevoir la réponse de l'authentification : %2</translation>
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
        <translation>Plumbline n'a pas pu lire cette requête.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n'y a rien ici.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Plumbline is waiting for (it may come from an older sign-in tab), so Plumbline ignored it. Use the sign-in address Plumbline showed last.</source>
        <translation>Cette réponse n'appartient pas à l'authentification que Plumbline attend (elle provient peut-être d'un ancien onglet d'authentification), Plumbline l'a donc ignorée. Utilisez la dernière adresse d'authentification affichée par Plumbline.</translation>
    </message>
    <message>
        <source>You declined access in the browser, so Plumbline is not signed in. You can close this tab.</source>
        <translation>Vous avez refusé l'accès dans le navigateur, Plumbline n'est donc pas authentifié. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>The sign-in ended with an error (%1), so Plumbline is not signed in. You can close this tab.</source>
        <translation>L'authentification s'est terminée par une erreur (%1), Plumbline n'est donc pas authentifié. Vous pouvez fermer cet onglet.</translation>
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
        <translation>Ceci est un espace de travail de démonstration relié à un bac à sable intégré qui imite HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier et une API REST sur cet ordinateur. Il est supprimé lorsque vous quittez l'application ; ses clés sont conservées en mémoire uniquement. Utilisez Bac à sable › Scénario pour provoquer une panne, puis Vérifier les comptages maintenant (F5).</translation>
    </message>
    <message>
        <source>Scheduled polling is off · F5 checks counts now</source>
        <translation>L'interrogation planifiée est désactivée · F5 vérifie les comptages maintenant</translation>
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
        <translation>&amp;Suspendre l'interrogation</translation>
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
        <translation>Modifier l'in&amp;tégration…</translation>
    </message>
    <message>
        <source>Delete inte&amp;gration…</source>
        <translation>Supprimer l'inté&amp;gration…</translation>
    </message>
    <message>
        <source>&amp;Import workspace…</source>
        <translation>&amp;Importer l'espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>E&amp;xporter l'espace de travail…</translation>
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
        <translation>Barre d'outils principale</translation>
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
        <translation>La connexion « %1 » a été enregistrée, mais sa clé API n'a pas pu être stockée : %2 Définissez de nouveau la clé avec « Définir la clé API… » lorsque le trousseau sera disponible.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>« %1 » n'a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <source>Connection “%1” added.</source>
        <translation>Connexion « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>Saving “%1” did not complete: %2</source>
        <translation>L'enregistrement de « %1 » n'a pas abouti : %2</translation>
    </message>
    <message>
        <source>Connection “%1” and its API key saved.</source>
        <translation>Connexion « %1 » et sa clé API enregistrées.</translation>
    </message>
    <message>
        <source>Connection “%1” saved.</source>
        <translation>Connexion « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Delete the connection “%1”? Its API key is removed from %2 as well.</source>
        <translation>Supprimer la connexion « %1 » ? Sa clé API sera également supprimée (%2).</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message numerus="yes">
        <source>These integrations use it and will be deleted too:
%1</source>
        <translation>
            <numerusform>Cette intégration l'utilise et sera également supprimée :
%1</numerusform>
            <numerusform>Ces intégrations l'utilisent et seront également supprimées :
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Connection “%1” deleted.</source>
        <translation>Connexion « %1 » supprimée.</translation>
    </message>
    <message>
        <source>Add the connections on both sides of the flow first; an integration links two of them.</source>
        <translation>Ajoutez d'abord les connexions des deux côtés du flux ; une intégration relie deux connexions.</translation>
    </message>
    <message>
        <source>Integration “%1” added.</source>
        <translation>Intégration « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>Integration “%1” saved.</source>
        <translation>Intégration « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation>Supprimer l'intégration</translation>
    </message>
    <message>
        <source>Delete the integration “%1”? Its definition, mappings and documentation are removed; the connections stay.</source>
        <translation>Supprimer l'intégration « %1 » ? Sa définition, ses mappages et sa documentation seront supprimés ; les connexions sont conservées.</translation>
    </message>
    <message>
        <source>Integration “%1” deleted.</source>
        <translation>Intégration « %1 » supprimée.</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Importer un espace de travail</translation>
    </message>
    <message>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation>Fichiers d'espace de travail (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Rien n'a été importé depuis %1 :</translation>
    </message>
    <message>
        <source>Imported %1 connections and %2 integrations.</source>
        <translation>Importation réussie : %1 connexions et %2 intégrations.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exporter l'espace de travail</translation>
    </message>
    <message>
        <source>Workspace files (*.json)</source>
        <translation>Fichiers d'espace de travail (*.json)</translation>
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
        <translation>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;Surveille les intégrations API marketing et vous signale quand l'une d'elles cesse discrètement de fonctionner.&lt;/p&gt;&lt;p&gt;Les clés sont conservées dans %2, jamais dans le fichier d'espace de travail.&lt;/p&gt;</translation>
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
        <translation>V&amp;ersions de l'API</translation>
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
        <translation>Vue d'ensemble</translation>
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
        <translation>Exporter le &amp;rapport d'audit…</translation>
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
        <source>Waiting for the browser to sign in to "%1"…</source>
        <translation>En attente de l’authentification à « %1 » dans le navigateur…</translation>
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
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>There is no integration “%1” in this workspace.</source>
        <translation>Il n'existe aucune intégration « %1 » dans cet espace de travail.</translation>
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
        <translation>Type : %1</translation>
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
        <translation>Renommé en « %1 » ?</translation>
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
        <translation>&amp;Créer l'intégration</translation>
    </message>
    <message>
        <source>Which data flows where?</source>
        <translation>Quelles données vont où ?</translation>
    </message>
    <message>
        <source>Pick the system the records come from and the one they should arrive in. Plumbline will read both field lists and suggest how the fields map.</source>
        <translation>Choisissez le système d'où proviennent les enregistrements et celui où ils doivent arriver. Plumbline lira les deux listes de champs et proposera un mappage des champs.</translation>
    </message>
    <message>
        <source>e.g. HubSpot contacts to Mailchimp newsletter</source>
        <translation>p. ex. contacts HubSpot vers la newsletter Mailchimp</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>The object or list: contacts, Contact, an audience id, customers, …</source>
        <translation>L'objet ou la liste : contacts, Contact, un ID d'audience, customers, …</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
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
        <translation>La source et la destination sont le même objet : choisissez-en deux différents.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no connections yet. Add the accounts on both sides first.</source>
        <translation>Aucune connexion pour l'instant. Ajoutez d'abord les comptes des deux côtés.</translation>
    </message>
    <message>
        <source>Reading both field lists</source>
        <translation>Lecture des deux listes de champs</translation>
    </message>
    <message>
        <source>Plumbline asks each system which fields the object has. This takes a moment.</source>
        <translation>Plumbline demande à chaque système quels champs comporte l'objet. Cela prend un instant.</translation>
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
        <translation>✘ %1 : la liste des champs ne peut pas être lue ici.</translation>
    </message>
    <message>
        <source>⏳ %1: reading the fields of %2 · %3…</source>
        <translation>⏳ %1 : lecture des champs de %2 · %3…</translation>
    </message>
    <message>
        <source>✘ %1: %2 could not be read: %3</source>
        <translation>✘ %1 : impossible de lire %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>✔ %1: %n field(s) in %2</source>
        <translation>
            <numerusform>✔ %1 : %n champ dans %2</numerusform>
            <numerusform>✔ %1 : %n champs dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the field mappings</source>
        <translation>Vérifiez les mappages des champs</translation>
    </message>
    <message>
        <source>Suggested from field names and labels. Tick the mappings to watch, change a destination where the guess is wrong, and mark the field that identifies a record as the key.</source>
        <translation>Propositions établies d'après les noms et libellés des champs. Cochez les mappages à surveiller, changez la destination lorsque la proposition est erronée et marquez comme clé le champ qui identifie un enregistrement.</translation>
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
        <translation>Type : %1</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>Prête à être surveillée</translation>
    </message>
    <message>
        <source>Plumbline creates the integration and starts comparing both sides on its next check. Filters, checks and documentation can be edited afterwards.</source>
        <translation>Plumbline crée l'intégration et commence à comparer les deux côtés lors de sa prochaine vérification. Les filtres, les vérifications et la documentation pourront être modifiés ensuite.</translation>
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
            <numerusform>%n mappage de champ :</numerusform>
            <numerusform>%n mappages de champs :</numerusform>
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
        <translation>Les résultats d'interrogation n'ont pas pu être enregistrés ; aucun n'a été écrit : %1</translation>
    </message>
    <message>
        <source>a sample of %1 has no time</source>
        <translation>un échantillon de %1 n'a pas d'horodatage</translation>
    </message>
    <message>
        <source>connection facts of %1 have no time</source>
        <translation>les informations de connexion de %1 n'ont pas d'horodatage</translation>
    </message>
    <message>
        <source>a field schema of %1 has no time</source>
        <translation>un schéma de champs de %1 n'a pas d'horodatage</translation>
    </message>
    <message>
        <source>a run of %1 has no time or no id</source>
        <translation>une exécution de %1 n'a pas d'horodatage ou pas d'identifiant</translation>
    </message>
    <message>
        <source>a middleware state of %1 has no time</source>
        <translation>un état du middleware de %1 n'a pas d'horodatage</translation>
    </message>
    <message>
        <source>Old monitoring history could not be removed: %1</source>
        <translation>L'ancien historique de surveillance n'a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>no current time</source>
        <translation>aucune heure actuelle</translation>
    </message>
    <message>
        <source>The alert history could not be stored: %1</source>
        <translation>L'historique des alertes n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>alert %1 does not exist</source>
        <translation>l'alerte %1 n'existe pas</translation>
    </message>
    <message>
        <source>The maintenance window could not be saved: %1</source>
        <translation>La fenêtre de maintenance n'a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>it must end after it starts</source>
        <translation>elle doit se terminer après son début</translation>
    </message>
    <message>
        <source>there is no integration %1</source>
        <translation>il n'existe aucune intégration %1</translation>
    </message>
    <message>
        <source>The maintenance window could not be removed: %1</source>
        <translation>La fenêtre de maintenance n'a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>there is no maintenance window %1</source>
        <translation>il n'existe aucune fenêtre de maintenance %1</translation>
    </message>
    <message>
        <source>The lease could not be taken: %1</source>
        <translation>Le verrou d'interrogation n'a pas pu être obtenu : %1</translation>
    </message>
    <message>
        <source>The lease could not be released: %1</source>
        <translation>Le verrou d'interrogation n'a pas pu être libéré : %1</translation>
    </message>
</context>
<context>
    <name>plumbline::NotificationCenter</name>
    <message>
        <source>the channel was removed</source>
        <translation>le canal a été supprimé</translation>
    </message>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>le trousseau n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>no %1 in the keychain (%2/%3) — set it on the Notifications page</source>
        <translation>secret absent du trousseau : %1 (%2/%3) — définissez-le sur la page « Notifications »</translation>
    </message>
    <message>
        <source>There is no notification channel "%1".</source>
        <translation>Il n'existe aucun canal de notification « %1 ».</translation>
    </message>
    <message>
        <source>Notifications to %1 have failed since %2: %3</source>
        <translation>Les notifications vers %1 échouent depuis %2 : %3</translation>
    </message>
    <message>
        <source>Open Notifications, check the channel's settings and its secret in the keychain, then press Send test. Waiting messages are sent again on their own once it works.</source>
        <translation>Ouvrez la page « Notifications », vérifiez les paramètres du canal et son secret dans le trousseau, puis cliquez sur « Envoyer un test ». Les messages en attente sont renvoyés automatiquement dès que cela fonctionne.</translation>
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
        <translation>Où vont les alertes. Une intégration notifie les canaux de sa propre liste ainsi que ceux qui préviennent son responsable ; une intégration sans liste notifie les canaux par défaut. Les secrets (URL de webhook, mots de passe, clés) restent dans le trousseau.</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>&amp;Canaux</translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation>Canaux de notification</translation>
    </message>
    <message>
        <source>No channels yet. Add a Slack or Teams channel, an e-mail address or PagerDuty so that alerts reach a person.</source>
        <translation>Aucun canal pour l'instant. Ajoutez un canal Slack ou Teams, une adresse e-mail ou PagerDuty pour que les alertes parviennent à quelqu'un.</translation>
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
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Envoyer un &amp;test</translation>
    </message>
    <message>
        <source>Send a test message to the selected channel now and show what happened.</source>
        <translation>Envoyer maintenant un message de test au canal sélectionné et afficher le résultat.</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Send what waits for the selected channel now instead of after the backoff.</source>
        <translation>Envoyer dès maintenant les messages en attente pour le canal sélectionné, sans attendre le délai avant la prochaine tentative.</translation>
    </message>
    <message>
        <source>Delivery &amp;log</source>
        <translation>&amp;Journal des livraisons</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <source>Show the deliveries of</source>
        <translation>Afficher les livraisons de</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal des livraisons</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>“%1” was saved, but its secret could not be stored: %2 Edit the channel and enter it again when the keychain is available.</source>
        <translation>Le canal « %1 » a été enregistré, mais son secret n'a pas pu être stocké : %2 Modifiez le canal et saisissez de nouveau le secret lorsque le trousseau sera disponible.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>Le canal « %1 » n'a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>Channel “%1” added.</source>
        <translation>Canal « %1 » ajouté.</translation>
    </message>
    <message>
        <source>Saving “%1” did not complete: %2</source>
        <translation>L'enregistrement de « %1 » n'a pas abouti : %2</translation>
    </message>
    <message>
        <source>Channel “%1” saved.</source>
        <translation>Canal « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Supprimer le canal</translation>
    </message>
    <message>
        <source>Remove the channel “%1”? Its secrets are removed from the keychain as well; integrations that listed it notify their other channels.</source>
        <translation>Supprimer le canal « %1 » ? Ses secrets seront également supprimés du trousseau ; les intégrations qui le listaient notifieront leurs autres canaux.</translation>
    </message>
    <message>
        <source>Channel “%1” removed.</source>
        <translation>Canal « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Envoi d'un message de test à %1…</translation>
    </message>
    <message>
        <source>Test message delivered to %1</source>
        <translation>Message de test livré à %1</translation>
    </message>
    <message>
        <source>Sending what waits for “%1” now.</source>
        <translation>Envoi immédiat des messages en attente pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>plumbline::NotifyChannelDialog</name>
    <message>
        <source>Add notification channel</source>
        <translation>Ajouter un canal de notification</translation>
    </message>
    <message>
        <source>Edit notification channel “%1”</source>
        <translation>Modifier le canal de notification « %1 »</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The ID of an existing channel cannot be changed.</source>
        <translation>L'identifiant d'un canal existant ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>To deliver another way, add a new channel and remove this one.</source>
        <translation>Pour changer de mode d'envoi, ajoutez un nouveau canal et supprimez celui-ci.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>mops-slack</source>
        <translation>mops-slack</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Identifiant du canal</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>#mops-alerts, Dana Whitfield, On-call</source>
        <translation>#mops-alerts, Dana Whitfield, Astreinte</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nom du canal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Dana Whitfield</source>
        <translation>Dana Whitfield</translation>
    </message>
    <message>
        <source>Person it reaches</source>
        <translation>Personne prévenue</translation>
    </message>
    <message>
        <source>Integrations whose owner is this person (or this channel's ID) notify this channel too.</source>
        <translation>Les intégrations dont le responsable est cette personne (ou l'identifiant de ce canal) notifient aussi ce canal.</translation>
    </message>
    <message>
        <source>&amp;Person it reaches:</source>
        <translation>Personne pré&amp;venue :</translation>
    </message>
    <message>
        <source>&amp;Default channel (for integrations without channels of their own)</source>
        <translation>Canal par &amp;défaut (pour les intégrations sans canaux propres)</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Canal par défaut</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravité minimale</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Avertissement et critique</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critique uniquement</translation>
    </message>
    <message>
        <source>Minimum se&amp;verity:</source>
        <translation>&amp;Gravité minimale :</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>URL du &amp;webhook :</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>Signing s&amp;ecret:</source>
        <translation>&amp;Secret de signature :</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>SMTP pass&amp;word:</source>
        <translation>&amp;Mot de passe SMTP :</translation>
    </message>
    <message>
        <source>Integration (routing) key</source>
        <translation>Clé d'intégration (routage)</translation>
    </message>
    <message>
        <source>Routing &amp;key:</source>
        <translation>Clé de r&amp;outage :</translation>
    </message>
    <message>
        <source>dana@example.com, ops@example.com</source>
        <translation>dana@example.com, ops@example.com</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Des&amp;tinataires :</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation>&amp;Serveur SMTP :</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Sécurité SMTP</translation>
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
        <translation>Aucune (uniquement vers cet ordinateur)</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Séc&amp;urité :</translation>
    </message>
    <message>
        <source>Empty: no sign-in</source>
        <translation>Vide : sans authentification</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <translation>Nom d'utilisateur SMTP</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>Nom d'uti&amp;lisateur :</translation>
    </message>
    <message>
        <source>plumbline@example.com</source>
        <translation>plumbline@example.com</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>E&amp;xpéditeur :</translation>
    </message>
    <message>
        <source>Empty: the system's certificate authorities</source>
        <translation>Vide : les autorités de certification du système</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l'autorité de certification</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Choisir le fichier de l'autorité de certification</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Fichier d'AC :</translation>
    </message>
    <message>
        <source>Empty: PagerDuty's own Events API</source>
        <translation>Vide : l'Events API de PagerDuty</translation>
    </message>
    <message>
        <source>Events API URL</source>
        <translation>URL de l'Events API</translation>
    </message>
    <message>
        <source>Events API &amp;URL:</source>
        <translation>&amp;URL de l'Events API :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>Heures &amp;calmes</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>d&amp;e</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;jusqu'à</translation>
    </message>
    <message>
        <source>C&amp;ritical alerts break through</source>
        <translation>Laisser passer les alertes c&amp;ritiques</translation>
    </message>
    <message>
        <source>Critical alerts break through quiet hours</source>
        <translation>Les alertes critiques passent outre les heures calmes</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>This computer's (%1)</source>
        <translation>Celui de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>For quiet hours and the digest; an IANA name such as Europe/Berlin</source>
        <translation>Pour les heures calmes et le récapitulatif ; un nom IANA comme Europe/Berlin</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>Daily &amp;digest</source>
        <translation>Récapitulatif &amp;quotidien</translation>
    </message>
    <message>
        <source>Daily digest instead of single messages</source>
        <translation>Récapitulatif quotidien au lieu de messages individuels</translation>
    </message>
    <message>
        <source>Digest time</source>
        <translation>Heure du récapitulatif</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>&amp;à</translation>
    </message>
    <message>
        <source>one message a day instead of one per change</source>
        <translation>un message par jour au lieu d'un par changement</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it.</source>
        <translation>Enregistré dans le trousseau ; laissez vide pour le conserver.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Pas encore défini.</translation>
    </message>
    <message>
        <source>(stored in the keychain)</source>
        <translation>(enregistré dans le trousseau)</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Utilisez de 1 à 64 lettres, chiffres, « . », « _ » ou « - », en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Another channel already uses this ID.</source>
        <translation>Un autre canal utilise déjà cet identifiant.</translation>
    </message>
    <message>
        <source>Give at least one address; separate several with commas.</source>
        <translation>Indiquez au moins une adresse ; séparez-en plusieurs par des virgules.</translation>
    </message>
    <message>
        <source>Quiet hours must start and end at different times.</source>
        <translation>Les heures calmes doivent commencer et se terminer à des heures différentes.</translation>
    </message>
</context>
<context>
    <name>plumbline::NotifyRepository</name>
    <message>
        <source>The notifications could not be queued: %1</source>
        <translation>Les notifications n'ont pas pu être mises en file d'attente : %1</translation>
    </message>
    <message>
        <source>the workspace is not open</source>
        <translation>l'espace de travail n'est pas ouvert</translation>
    </message>
    <message>
        <source>The delivery log could not be updated: %1</source>
        <translation>Le journal des livraisons n'a pas pu être mis à jour : %1</translation>
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
        <translation>Tableau de bord de l'intégration</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
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
        <translation>Aucune intégration pour l'instant. Ajoutez-en une pour indiquer quelles données circulent entre deux de vos connexions.</translation>
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
        <comment>between the parts of the overview's summary line</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>plumbline::Poller</name>
    <message>
        <source>Connection "%1" is not defined.</source>
        <translation>La connexion « %1 » n'est pas définie.</translation>
    </message>
    <message>
        <source>No API key for "%1": %2</source>
        <translation>Aucune clé API pour « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde.</numerusform>
            <numerusform>Aucune réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key of "%1" cannot be sent: %2</source>
        <translation>La clé API de « %1 » ne peut pas être envoyée : %2</translation>
    </message>
</context>
<context>
    <name>plumbline::ReportDialog</name>
    <message>
        <source>Export Audit Report</source>
        <translation>Exporter le rapport d'audit</translation>
    </message>
    <message>
        <source>An audit report documents every connection and integration, their health over a period, incidents, API deadlines and changes. It never contains an API key.</source>
        <translation>Un rapport d'audit documente chaque connexion et intégration, leur état de santé sur une période, les incidents, les échéances d'API et les modifications. Il ne contient jamais de clé API.</translation>
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
        <translation>&amp;Plage :</translation>
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
        <translation>&amp;Du :</translation>
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
        <translation>&amp;Format :</translation>
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
        <translation>&amp;Enregistrer dans :</translation>
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
        <translation>Enregistrer le rapport d'audit</translation>
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
        <translation>Collecte de l'historique</translation>
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
        <translation>Annulé ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n'a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>plumbline::ReportJob</name>
    <message>
        <source>Collecting the history</source>
        <translation>Collecte de l'historique</translation>
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
        <translation>Erreur d'interrogation</translation>
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
        <translation>Aucune clé API n'est enregistrée pour cette connexion.</translation>
    </message>
    <message>
        <source>No keychain service is available. On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again. Nothing was stored anywhere else.</source>
        <translation>Aucun service de trousseau n'est disponible. Sous Linux, installez et démarrez un fournisseur Secret Service comme GNOME Keyring ou KWallet, puis réessayez. Rien n'a été enregistré ailleurs.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by logging in again) and try again. Nothing was stored anywhere else.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (par exemple en vous reconnectant) et réessayez. Rien n'a été enregistré ailleurs.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Plumbline to use the keychain and try again.</source>
        <translation>L'accès au trousseau a été refusé. Autorisez Plumbline à utiliser le trousseau et réessayez.</translation>
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
        <translation>&amp;Langue :</translation>
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
        <translation>&amp;Thème :</translation>
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
        <translation>Une notification lorsqu'une alerte s'ouvre, s'aggrave ou est résolue.</translation>
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
        <translation>&amp;Interroger toutes les :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerated &amp;gap:</source>
        <translation>É&amp;cart toléré :</translation>
    </message>
    <message>
        <source> records</source>
        <translation> enregistrements</translation>
    </message>
    <message>
        <source>…or at most:</source>
        <translation>…ou au plus :</translation>
    </message>
    <message>
        <source>&amp;Sync lag allowed:</source>
        <translation>Retard de &amp;synchronisation toléré :</translation>
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
        <translation>Conserver tous les &amp;relevés :</translation>
    </message>
    <message>
        <source>Keep &amp;hourly summaries:</source>
        <translation>Conserver les synthèses &amp;horaires :</translation>
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
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>The data folder %1 could not be opened.</source>
        <translation>Le dossier de données %1 n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Notification channels (Slack, Teams, e-mail, PagerDuty, webhooks) are set up on the Notifications page.</source>
        <translation>Les canaux de notification (Slack, Teams, e-mail, PagerDuty, webhooks) se configurent sur la page « Notifications ».</translation>
    </message>
    <message>
        <source>Open &amp;Notifications</source>
        <translation>Ouvrir la page &amp;Notifications</translation>
    </message>
    <message>
        <source>Saves these settings and shows the Notifications page.</source>
        <translation>Enregistre ces paramètres et affiche la page « Notifications ».</translation>
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
        <translation>Une réponse qui n'appartient pas à cette authentification est parvenue à Plumbline et a été ignorée. Plumbline attend toujours le navigateur…</translation>
    </message>
    <message>
        <source>The connection "%1" uses a key that is pasted in, not a sign-in in the browser; only connections with the sign-in method "%2" sign in this way. Store its key with: plumbline secret set %1</source>
        <translation>La connexion « %1 » utilise une clé collée, pas une authentification dans le navigateur ; seules les connexions dont la méthode d'authentification est « %2 » s'authentifient ainsi. Enregistrez sa clé avec : plumbline secret set %1</translation>
    </message>
    <message>
        <source>The connection "%1" gets its tokens with its client id and client secret, without a sign-in in the browser. Store the client secret with: plumbline secret set %1 --name client_secret</source>
        <translation>La connexion « %1 » obtient ses tokens avec son identifiant client et son secret client, sans authentification dans le navigateur. Enregistrez le secret client avec : plumbline secret set %1 --name client_secret</translation>
    </message>
    <message>
        <source>The connection "%1" cannot sign in: %2</source>
        <translation>La connexion « %1 » ne peut pas s'authentifier : %2</translation>
    </message>
    <message>
        <source>The connection "%1" has no usable sign-in or token address: set auth.authorize_url and auth.token_url (https://, or http:// to this computer only), or its base URL.</source>
        <translation>La connexion « %1 » n'a pas d'adresse d'authentification ou de token utilisable : définissez auth.authorize_url et auth.token_url (https://, ou http:// vers cet ordinateur uniquement), ou son URL de base.</translation>
    </message>
    <message>
        <source>Opening the sign-in page of %1 in the browser…</source>
        <translation>Ouverture de la page d'authentification de %1 dans le navigateur…</translation>
    </message>
    <message>
        <source>Plumbline could not open a browser. Open this address in a browser on this computer: %1</source>
        <translation>Plumbline n'a pas pu ouvrir de navigateur. Ouvrez cette adresse dans un navigateur sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <source>You declined access in the browser, so Plumbline is not signed in to %1. To sign in, run the sign-in again and allow access.</source>
        <translation>Vous avez refusé l'accès dans le navigateur, Plumbline n'est donc pas authentifié auprès de %1. Pour vous authentifier, relancez l'authentification et autorisez l'accès.</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with an error (%2), so Plumbline is not signed in.</source>
        <translation>%1 a terminé l'authentification par une erreur (%2), Plumbline n'est donc pas authentifié.</translation>
    </message>
    <message>
        <source>The only answers that reached Plumbline did not carry the state this sign-in sent (they may come from an older sign-in tab, or from another web page), so they were ignored. Plumbline is not signed in; run the sign-in again and finish it in the page it opens.</source>
        <translation>Les seules réponses parvenues à Plumbline ne portaient pas le state envoyé par cette authentification (elles proviennent peut-être d'un ancien onglet d'authentification ou d'une autre page web), elles ont donc été ignorées. Plumbline n'est pas authentifié ; relancez l'authentification et terminez-la dans la page qu'elle ouvre.</translation>
    </message>
    <message>
        <source>The browser did not come back to Plumbline within %1, so Plumbline is not signed in. If the page of %2 showed an error about the callback or redirect address, register %3 as a callback URL in the app there; then run the sign-in again.</source>
        <translation>Le navigateur n'est pas revenu vers Plumbline dans un délai de %1, Plumbline n'est donc pas authentifié. Si la page de %2 a affiché une erreur concernant l'adresse de callback ou de redirection, enregistrez %3 comme URL de callback dans l'application chez ce fournisseur ; relancez ensuite l'authentification.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>L'authentification a été annulée.</translation>
    </message>
    <message>
        <source>Finishing the sign-in with %1…</source>
        <translation>Finalisation de l'authentification auprès de %1…</translation>
    </message>
    <message>
        <source>%1 signed Plumbline in but sent no refresh token, so Plumbline could not renew its access by itself and stored nothing. Ask for a refresh token: allow the refresh_token scope in the app there and list it in the connection's auth.scope (for Salesforce, "api refresh_token"); then sign in again.</source>
        <translation>%1 a authentifié Plumbline mais n'a envoyé aucun token d'actualisation : Plumbline ne peut pas renouveler son accès seul et n'a rien enregistré. Demandez un token d'actualisation : autorisez le scope refresh_token dans l'application chez ce fournisseur et ajoutez-le à auth.scope de la connexion (pour Salesforce, "api refresh_token") ; puis authentifiez-vous à nouveau.</translation>
    </message>
    <message>
        <source>%1 refused to finish the sign-in (%2). Check the connection's client id, the client secret in the keychain if the app has one, and that %3 is a callback URL of the app; then sign in again.</source>
        <translation>%1 a refusé de finaliser l'authentification (%2). Vérifiez l'identifiant client de la connexion, le secret client dans le trousseau si l'application en a un, et que %3 est bien une URL de callback de l'application ; puis authentifiez-vous à nouveau.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keychain: %1</source>
        <translation>Le secret client n'a pas pu être lu dans le trousseau : %1</translation>
    </message>
    <message>
        <source>The token address of %1 could not be reached or was busy (%2). Nothing was stored; run the sign-in again in a moment.</source>
        <translation>L'adresse de token de %1 était injoignable ou occupée (%2). Rien n'a été enregistré ; relancez l'authentification dans un instant.</translation>
    </message>
    <message>
        <source>The token address of %1 answered with something Plumbline cannot read (HTTP %2). Nothing was stored; check the connection's auth.token_url.</source>
        <translation>L'adresse de token de %1 a répondu quelque chose que Plumbline ne sait pas lire (HTTP %2). Rien n'a été enregistré ; vérifiez auth.token_url de la connexion.</translation>
    </message>
    <message>
        <source>Storing the refresh token in %1…</source>
        <translation>Enregistrement du token d'actualisation dans %1…</translation>
    </message>
    <message>
        <source>Signed in to %1. The connection "%2" now renews its access by itself.</source>
        <translation>Authentifié auprès de %1. La connexion « %2 » renouvelle désormais son accès elle-même.</translation>
    </message>
    <message>
        <source>The refresh token could not be stored in %1 (%2), so it is kept in memory; you will need to sign in again after Plumbline restarts.</source>
        <translation>Le token d'actualisation n'a pas pu être enregistré dans %1 (%2), il est donc conservé en mémoire ; vous devrez vous authentifier à nouveau après le redémarrage de Plumbline.</translation>
    </message>
</context>
<context>
    <name>plumbline::Transport</name>
    <message>
        <source>Refused to connect to %1: only https:// is allowed, and plain http:// only to this computer.</source>
        <translation>Connexion à %1 refusée : seul https:// est autorisé, le http:// simple uniquement vers cet ordinateur.</translation>
    </message>
    <message>
        <source>Plumbline's own request budget for connection "%1" is used up (%2 requests per hour); it waits so that monitoring never eats into the vendor quota.</source>
        <translation>Le budget de requêtes propre à Plumbline pour la connexion « %1 » est épuisé (%2 requêtes par heure) ; Plumbline patiente afin que la surveillance n'empiète jamais sur le quota du fournisseur.</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the response is larger than %2 bytes</source>
        <translation>%1 : la réponse dépasse %2 octets</translation>
    </message>
    <message>
        <source>%1: the credentials were rejected (HTTP 401)</source>
        <translation>%1 : les identifiants ont été refusés (HTTP 401)</translation>
    </message>
    <message>
        <source>%1: access denied (HTTP 403)</source>
        <translation>%1 : accès refusé (HTTP 403)</translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404)</source>
        <translation>%1 : introuvable (HTTP 404)</translation>
    </message>
    <message>
        <source>%1: the server timed out (HTTP 408)</source>
        <translation>%1 : le serveur a dépassé le délai (HTTP 408)</translation>
    </message>
    <message>
        <source>%1: gone (HTTP 410)</source>
        <translation>%1 : ressource supprimée (HTTP 410)</translation>
    </message>
    <message>
        <source>%1: rate limited (HTTP 429)</source>
        <translation>%1 : débit limité (HTTP 429)</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1 : le serveur a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1: timed out</source>
        <translation>%1 : délai dépassé</translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2)</source>
        <translation>%1 : la connexion sécurisée a échoué (%2)</translation>
    </message>
    <message>
        <source>Refused to send a request to %1: the %2 header contains a line break or NUL character (a key pasted with an extra line?). Nothing was sent.</source>
        <translation>Envoi d'une requête à %1 refusé : l'en-tête %2 contient un saut de ligne ou un caractère NUL (une clé collée avec une ligne en trop ?). Rien n'a été envoyé.</translation>
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
        <translation>Plumbline : toutes les intégrations sont OK</translation>
    </message>
    <message>
        <source>Plumbline: %1</source>
        <translation>Plumbline : %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Résolu : %1</translation>
    </message>
    <message>
        <source>Worse: %1 (%2)</source>
        <translation>Aggravation : %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueChecker</name>
    <message>
        <source>The value check of "%1" cannot run: exactly one mapping must be marked as the key that finds a record on both sides.</source>
        <translation>La vérification des valeurs de « %1 » ne peut pas s'exécuter : exactement un mappage doit être marqué comme la clé qui retrouve un enregistrement des deux côtés.</translation>
    </message>
    <message>
        <source>The key field %1 no longer exists in %2, so no record can be looked up; the value check did not run.</source>
        <translation>Le champ clé %1 n'existe plus dans %2 : aucun enregistrement ne peut donc être recherché ; la vérification des valeurs n'a pas été effectuée.</translation>
    </message>
    <message>
        <source>%1 has %2 requests left in its window; the check spends at most %3 there.</source>
        <translation>Il reste %2 requêtes à %1 dans sa fenêtre ; la vérification n'en utilise pas plus de %3.</translation>
    </message>
    <message>
        <source>Opening %1 and %2…</source>
        <translation>Ouverture de %1 et de %2…</translation>
    </message>
    <message>
        <source>A connection of this integration no longer exists.</source>
        <translation>Une connexion de cette intégration n'existe plus.</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>%1 n'a pas pu être interrogé : %2</translation>
    </message>
    <message>
        <source>Sampling %1…</source>
        <translation>Échantillonnage de %1…</translation>
    </message>
    <message>
        <source>%1 could not be sampled: %2</source>
        <translation>%1 n'a pas pu être échantillonné : %2</translation>
    </message>
    <message>
        <source>%1 has no records to compare yet.</source>
        <translation>%1 n'a pas encore d'enregistrements à comparer.</translation>
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
        <translation>%1 n'a pas pu être interrogé sur les enregistrements échantillonnés : %2</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2–%3 %)</source>
        <translation>%1 (%2–%3 %)</translation>
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
        <translation>%1 des %2 enregistrements comparés sont en échec : %3 vides côté destination, %4 tronqués, %5 avec une autre valeur</translation>
    </message>
    <message>
        <source>The destination holds no value though the source has one</source>
        <translation>La destination ne contient aucune valeur alors que la source en a une</translation>
    </message>
    <message>
        <source>The destination holds the start of the source's value only</source>
        <translation>La destination ne contient que le début de la valeur de la source</translation>
    </message>
    <message>
        <source>Only upper and lower case differ; counted as a match</source>
        <translation>Seule la casse diffère ; compté comme une correspondance</translation>
    </message>
    <message>
        <source>Share of compared records that failed, with its 95 % interval (Wilson): the true rate is most likely in this range</source>
        <translation>Part des enregistrements comparés en échec, avec son intervalle à 95 % (Wilson) : le taux réel se situe très probablement dans cette fourchette</translation>
    </message>
    <message>
        <source>The earliest change at the source among the failing records: the mapping may have broken around %1</source>
        <translation>La modification la plus ancienne côté source parmi les enregistrements en échec : le mappage ne fonctionne peut-être plus depuis le %1 environ</translation>
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
        <translation>Part des différences, avec son intervalle à 95 %</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Match rate over time</source>
        <translation>Taux de correspondance dans le temps</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalle à 95 %</translation>
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
        <translation>Aucune vérification des valeurs des 90 derniers jours n'a pu comparer d'enregistrements.</translation>
    </message>
    <message numerus="yes">
        <source>Match rate (line) and 95 % interval (band) of %n check(s); latest %1: %2 (%3–%4).</source>
        <translation>
            <numerusform>Taux de correspondance (ligne) et intervalle à 95 % (bande) de %n vérification ; dernière, le %1 : %2 (%3–%4).</numerusform>
            <numerusform>Taux de correspondance (ligne) et intervalle à 95 % (bande) de %n vérifications ; dernière, le %1 : %2 (%3–%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowest %1 on %2.</source>
        <translation>Minimum : %1 le %2.</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueRepository</name>
    <message>
        <source>The value check could not be stored; nothing of it was written: %1</source>
        <translation>La vérification des valeurs n'a pas pu être enregistrée ; rien n'en a été écrit : %1</translation>
    </message>
    <message>
        <source>the workspace is not open</source>
        <translation>l'espace de travail n'est pas ouvert</translation>
    </message>
    <message>
        <source>Old value-check examples could not be removed: %1</source>
        <translation>Les anciens exemples de vérification des valeurs n'ont pas pu être supprimés : %1</translation>
    </message>
</context>
<context>
    <name>plumbline::WorkspaceRepository</name>
    <message>
        <source>Could not save connection "%1": %2</source>
        <translation>Impossible d'enregistrer la connexion « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not save integration "%1": %2</source>
        <translation>Impossible d'enregistrer l'intégration « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not save the mappings of "%1": %2</source>
        <translation>Impossible d'enregistrer les mappages de « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not delete integration "%1": %2</source>
        <translation>Impossible de supprimer l'intégration « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not write the change log: %1</source>
        <translation>Impossible d'écrire dans le journal des modifications : %1</translation>
    </message>
    <message>
        <source>The workspace is not writable: %1</source>
        <translation>L'espace de travail n'est pas accessible en écriture : %1</translation>
    </message>
    <message>
        <source>Connection "%1" changed</source>
        <translation>Connexion « %1 » modifiée</translation>
    </message>
    <message>
        <source>Connection "%1" added</source>
        <translation>Connexion « %1 » ajoutée</translation>
    </message>
    <message>
        <source>There is no connection "%1".</source>
        <translation>Il n'existe aucune connexion « %1 ».</translation>
    </message>
    <message>
        <source>Connection "%1" is used by %2.</source>
        <translation>La connexion « %1 » est utilisée par %2.</translation>
    </message>
    <message>
        <source>Integration "%1" deleted with connection "%2"</source>
        <translation>Intégration « %1 » supprimée avec la connexion « %2 »</translation>
    </message>
    <message>
        <source>Could not delete connection "%1": %2</source>
        <translation>Impossible de supprimer la connexion « %1 » : %2</translation>
    </message>
    <message>
        <source>Connection "%1" deleted</source>
        <translation>Connexion « %1 » supprimée</translation>
    </message>
    <message>
        <source>Integration "%1" changed</source>
        <translation>Intégration « %1 » modifiée</translation>
    </message>
    <message>
        <source>Integration "%1" added</source>
        <translation>Intégration « %1 » ajoutée</translation>
    </message>
    <message>
        <source>There is no integration "%1".</source>
        <translation>Il n'existe aucune intégration « %1 ».</translation>
    </message>
    <message>
        <source>Integration "%1" deleted</source>
        <translation>Intégration « %1 » supprimée</translation>
    </message>
    <message>
        <source>Connection "%1" changed by import of %2</source>
        <translation>Connexion « %1 » modifiée par l'importation de %2</translation>
    </message>
    <message>
        <source>Connection "%1" added by import of %2</source>
        <translation>Connexion « %1 » ajoutée par l'importation de %2</translation>
    </message>
    <message>
        <source>Integration "%1" changed by import of %2</source>
        <translation>Intégration « %1 » modifiée par l'importation de %2</translation>
    </message>
    <message>
        <source>Integration "%1" added by import of %2</source>
        <translation>Intégration « %1 » ajoutée par l'importation de %2</translation>
    </message>
    <message>
        <source>The import of %1 was rolled back: %2</source>
        <translation>L'importation de %1 a été annulée : %2</translation>
    </message>
    <message>
        <source>Could not record the credential state: %1</source>
        <translation>Impossible d'enregistrer l'état des identifiants : %1</translation>
    </message>
    <message>
        <source>Could not save channel "%1": %2</source>
        <translation>Impossible d'enregistrer le canal « %1 » : %2</translation>
    </message>
    <message>
        <source>Notification channel "%1" changed</source>
        <translation>Canal de notification « %1 » modifié</translation>
    </message>
    <message>
        <source>Notification channel "%1" added</source>
        <translation>Canal de notification « %1 » ajouté</translation>
    </message>
    <message>
        <source>There is no notification channel "%1".</source>
        <translation>Il n'existe aucun canal de notification « %1 ».</translation>
    </message>
    <message>
        <source>Could not delete channel "%1": %2</source>
        <translation>Impossible de supprimer le canal « %1 » : %2</translation>
    </message>
    <message>
        <source>the channel was removed</source>
        <translation>le canal a été supprimé</translation>
    </message>
    <message>
        <source>Notification channel "%1" deleted</source>
        <translation>Canal de notification « %1 » supprimé</translation>
    </message>
    <message>
        <source>Notification channel "%1" changed by import of %2</source>
        <translation>Canal de notification « %1 » modifié par l'importation de %2</translation>
    </message>
    <message>
        <source>Notification channel "%1" added by import of %2</source>
        <translation>Canal de notification « %1 » ajouté par l'importation de %2</translation>
    </message>
</context>
<context>
    <name>plumbline::WorkspaceService</name>
    <message>
        <source>API key for "%1" stored in %2</source>
        <translation>Clé API de « %1 » enregistrée dans %2</translation>
    </message>
    <message>
        <source>There is no connection "%1".</source>
        <translation>Il n'existe aucune connexion « %1 ».</translation>
    </message>
    <message>
        <source>API key for "%1" removed from %2</source>
        <translation>Clé API de « %1 » supprimée (%2)</translation>
    </message>
    <message>
        <source>The connection was deleted, but its API key could not be removed from the keychain: %1</source>
        <translation>La connexion a été supprimée, mais sa clé API n'a pas pu être retirée du trousseau : %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n'a été exporté : %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid channel id: use letters, digits, '.', '_' or '-'.</source>
        <translation>« %1 » n'est pas un identifiant de canal valide : utilisez des lettres, des chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
        <source>The channel was saved, but its secret could not be stored: %1</source>
        <translation>Le canal a été enregistré, mais son secret n'a pas pu être stocké : %1</translation>
    </message>
</context>
</TS>
