<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>See plumbline --help.</source>
        <translation>Consulte plumbline --help.</translation>
    </message>
    <message>
        <source>report needs --format pdf, csv or html.</source>
        <translation>report necesita --format pdf, csv o html.</translation>
    </message>
    <message>
        <source>report needs -o PATH: the file (pdf, html) or folder (csv) to write.</source>
        <translation>report necesita -o PATH: el archivo (pdf, html) o la carpeta (csv) donde se escribirá.</translation>
    </message>
    <message>
        <source>--to: "%1" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</source>
        <translation>--to: "%1" no es una fecha (use YYYY-MM-DD o una fecha y hora ISO 8601).</translation>
    </message>
    <message>
        <source>--from: "%1" is not a date (use YYYY-MM-DD or an ISO 8601 date and time).</source>
        <translation>--from: "%1" no es una fecha (use YYYY-MM-DD o una fecha y hora ISO 8601).</translation>
    </message>
    <message>
        <source>The period is empty: --from (%1) must be before --to (%2).</source>
        <translation>El periodo está vacío: --from (%1) debe ser anterior a --to (%2).</translation>
    </message>
    <message>
        <source>There is no workspace in %1.</source>
        <translation>No hay ningún espacio de trabajo en %1.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Cancelado; no se ha escrito ningún informe.</translation>
    </message>
    <message>
        <source>Collecting the history</source>
        <translation>Recopilando el historial</translation>
    </message>
    <message>
        <source>Wrote the %1 report for %2 to %3 to %4.</source>
        <translation>Se ha escrito el informe %1 del %2 al %3 en %4.</translation>
    </message>
</context>
<context>
    <name>ApiVersionCalendar</name>
    <message>
        <source>deprecated since %1</source>
        <translation>obsoleta desde %1</translation>
    </message>
    <message>
        <source>asked for %1, got %2</source>
        <translation>se solicitó %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>the latest check got no usable answer</source>
        <translation>la última comprobación no obtuvo ninguna respuesta utilizable</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The webhook URL is not a valid address, e.g. https://hooks.slack.com/services/…</source>
        <translation>La URL del webhook no es una dirección válida; por ejemplo: https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>The webhook URL must start with https:// (plain http:// is allowed only to this computer).</source>
        <translation>La URL del webhook debe empezar por https:// (http:// sin cifrar solo se admite para este equipo).</translation>
    </message>
    <message>
        <source>Plumbline is not available in the language "%1".</source>
        <translation>Plumbline no está disponible en el idioma «%1».</translation>
    </message>
    <message>
        <source>The check interval must be between %L1 and %L2 seconds.</source>
        <translation>El intervalo de comprobación debe estar entre %L1 y %L2 segundos.</translation>
    </message>
    <message>
        <source>The tolerance must be between 0 and 100 %.</source>
        <translation>La tolerancia debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>The tolerance in records must be between 0 and %L1.</source>
        <translation>La tolerancia en registros debe estar entre 0 y %L1.</translation>
    </message>
    <message>
        <source>The lag grace must be between 0 seconds and 7 days.</source>
        <translation>El margen de retraso debe estar entre 0 segundos y 7 días.</translation>
    </message>
    <message>
        <source>Retention must be between 0 (keep forever) and %L1 days.</source>
        <translation>La conservación debe estar entre 0 (conservar siempre) y %L1 días.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>No se ha podido guardar la configuración en %1.</translation>
    </message>
</context>
<context>
    <name>AuthCommands</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (%2): a stored API key or token; nothing to renew</source>
        <translation>%1 (%2): una API key o un token guardados; no hay nada que renovar</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>sesión iniciada como %1</translation>
    </message>
    <message>
        <source>access token expires %1; last renewed %2</source>
        <translation>el token de acceso caduca: %1; última renovación: %2</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>The workspace has no connections.</source>
        <translation>El espacio de trabajo no tiene conexiones.</translation>
    </message>
</context>
<context>
    <name>AuthLoginCommand</name>
    <message>
        <source>There is no connection "%1".</source>
        <translation>No existe la conexión "%1".</translation>
    </message>
    <message>
        <source>Signed in, but the refresh token could not be stored in %1, and it ends with this command: Plumbline cannot renew the connection's access. Make the keychain available (unlock it, or start a Secret Service), then run plumbline auth login %2 again.</source>
        <translation>Sesión iniciada, pero el token de actualización no se pudo guardar en %1 y se pierde al terminar este comando: Plumbline no puede renovar el acceso de la conexión. Haga disponible el llavero (desbloquéelo o inicie un Secret Service) y vuelva a ejecutar plumbline auth login %2.</translation>
    </message>
    <message>
        <source>To sign in "%1" (%2), open this address in a browser on this computer:</source>
        <translation>Para iniciar sesión en "%1" (%2), abra esta dirección en un navegador de este equipo:</translation>
    </message>
    <message>
        <source>Plumbline waits for the browser on %1 for %2 s; Ctrl+C cancels.</source>
        <translation>Plumbline espera al navegador en %1 durante %2 s; Ctrl+C cancela.</translation>
    </message>
    <message>
        <source>Another sign-in is running.</source>
        <translation>Ya hay otro inicio de sesión en curso.</translation>
    </message>
</context>
<context>
    <name>AuthMethod</name>
    <message>
        <source>unknown sign-in method "%1"; expected "%2", "%3" or the vendor's token method</source>
        <translation>método de inicio de sesión desconocido "%1"; se esperaba "%2", "%3" o el método de token del proveedor</translation>
    </message>
    <message>
        <source>%1 connections cannot use "%2"</source>
        <translation>las conexiones de %1 no pueden usar "%2"</translation>
    </message>
    <message>
        <source>required for "%1": the app's client id (consumer key)</source>
        <translation>obligatorio para "%1": el client id de la aplicación (consumer key)</translation>
    </message>
    <message>
        <source>expected an address</source>
        <translation>se esperaba una dirección</translation>
    </message>
    <message>
        <source>"%1" cannot be used: %2</source>
        <translation>"%1" no se puede usar: %2</translation>
    </message>
    <message>
        <source>required for a generic REST connection: the OAuth server's token address</source>
        <translation>obligatorio para una conexión REST genérica: la dirección de token del servidor OAuth</translation>
    </message>
    <message>
        <source>expected null or a space-separated list of scopes</source>
        <translation>se esperaba null o una lista de scopes separados por espacios</translation>
    </message>
    <message>
        <source>expected a port number from 1024 to 65535</source>
        <translation>se esperaba un número de puerto de 1024 a 65535</translation>
    </message>
</context>
<context>
    <name>ChannelDelivery</name>
    <message>
        <source>the webhook receiver</source>
        <translation>el receptor del webhook</translation>
    </message>
    <message>
        <source>the address redirects elsewhere; paste the current webhook URL</source>
        <translation>la dirección redirige a otro sitio; pegue la URL actual del webhook</translation>
    </message>
    <message>
        <source>it could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>no ha podido leer el mensaje; es un error de Plumbline, por favor, notifíquelo</translation>
    </message>
    <message>
        <source>it refused the credentials</source>
        <translation>ha rechazado las credenciales</translation>
    </message>
    <message>
        <source>it refused the request</source>
        <translation>ha rechazado la solicitud</translation>
    </message>
    <message>
        <source>the webhook was probably removed or disabled</source>
        <translation>probablemente el webhook se ha eliminado o desactivado</translation>
    </message>
    <message>
        <source>it timed out; it will be tried again</source>
        <translation>se ha agotado el tiempo de espera; se volverá a intentar</translation>
    </message>
    <message>
        <source>the webhook was removed</source>
        <translation>el webhook se ha eliminado</translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation>el mensaje es demasiado grande</translation>
    </message>
    <message>
        <source>too many messages in a short time; it will be tried again later</source>
        <translation>demasiados mensajes en poco tiempo; se volverá a intentar más tarde</translation>
    </message>
    <message>
        <source>the service has a problem on its side; it will be tried again</source>
        <translation>el servicio tiene un problema por su parte; se volverá a intentar</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>se ha rechazado la solicitud</translation>
    </message>
    <message>
        <source>the Slack workspace was probably deleted or disabled</source>
        <translation>probablemente el espacio de trabajo de Slack se ha eliminado o desactivado</translation>
    </message>
    <message>
        <source>the channel it posts to was probably deleted</source>
        <translation>probablemente se ha eliminado el canal en el que publica</translation>
    </message>
    <message>
        <source>the channel was archived; unarchive it or make a webhook for another channel</source>
        <translation>el canal se ha archivado; desarchívelo o cree un webhook para otro canal</translation>
    </message>
    <message>
        <source>the webhook's token is no longer valid; make a new webhook and paste its URL</source>
        <translation>el token del webhook ya no es válido; cree un webhook nuevo y pegue su URL</translation>
    </message>
    <message>
        <source>a setting of the Slack workspace stops this webhook from posting there; ask its admin</source>
        <translation>una opción del espacio de trabajo de Slack impide que este webhook publique allí; consulte a su administrador</translation>
    </message>
    <message>
        <source>Slack could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>Slack no ha podido leer el mensaje; es un error de Plumbline, por favor, notifíquelo</translation>
    </message>
    <message>
        <source>PagerDuty refused the routing key; copy the Integration Key of the service's Events API v2 integration again</source>
        <translation>PagerDuty ha rechazado la clave de enrutamiento; vuelva a copiar la Integration Key de la integración Events API v2 del servicio</translation>
    </message>
    <message>
        <source>the Events API address is wrong; leave the channel's url empty for PagerDuty's own</source>
        <translation>la dirección de la Events API es incorrecta; deje vacío el url del canal para usar la de PagerDuty</translation>
    </message>
    <message>
        <source>PagerDuty refused the event; this is a bug in Plumbline, please report it</source>
        <translation>PagerDuty ha rechazado el evento; es un error de Plumbline, por favor, notifíquelo</translation>
    </message>
    <message>
        <source>PagerDuty is throttling events for this service; it will be tried again later</source>
        <translation>PagerDuty está limitando los eventos de este servicio; se volverá a intentar más tarde</translation>
    </message>
    <message>
        <source>the webhook or its space was probably removed</source>
        <translation>probablemente se ha eliminado el webhook o su espacio</translation>
    </message>
    <message>
        <source>the webhook was probably deleted, or the space no longer allows apps</source>
        <translation>probablemente se ha eliminado el webhook o el espacio ya no permite aplicaciones</translation>
    </message>
    <message>
        <source>Google Chat could not read the message; this is a bug in Plumbline, please report it</source>
        <translation>Google Chat no ha podido leer el mensaje; es un error de Plumbline, por favor, notifíquelo</translation>
    </message>
    <message>
        <source>the workflow was probably deleted or turned off</source>
        <translation>probablemente el flujo de trabajo se ha eliminado o desactivado</translation>
    </message>
    <message>
        <source>the workflow refused the request; its owner may have changed who can trigger it</source>
        <translation>el flujo de trabajo ha rechazado la solicitud; puede que su propietario haya cambiado quién puede activarlo</translation>
    </message>
    <message>
        <source>Teams could not read the card; this is a bug in Plumbline, please report it</source>
        <translation>Teams no ha podido leer la tarjeta; es un error de Plumbline, por favor, notifíquelo</translation>
    </message>
    <message>
        <source>the receiver refused the signature; check that both sides use the same signing secret and that this computer's clock is right</source>
        <translation>el receptor ha rechazado la firma; compruebe que ambos lados usan el mismo secreto de firma y que el reloj de este equipo es correcto</translation>
    </message>
    <message>
        <source>the receiver's address probably changed</source>
        <translation>probablemente ha cambiado la dirección del receptor</translation>
    </message>
    <message>
        <source>the receiver refused the message</source>
        <translation>el receptor ha rechazado el mensaje</translation>
    </message>
    <message>
        <source>Channel "%1" has no "%2" in the keychain (channel/%3/%4); nothing was sent</source>
        <translation>El canal "%1" no tiene "%2" en el llavero (channel/%3/%4); no se ha enviado nada</translation>
    </message>
    <message>
        <source>The webhook URL of channel "%1" is not a full https:// address; nothing was sent</source>
        <translation>La URL del webhook del canal "%1" no es una dirección https:// completa; no se ha enviado nada</translation>
    </message>
    <message>
        <source>Refused to send to %1: only https:// is allowed, and plain http:// only to this computer; nothing was sent</source>
        <translation>Se ha rechazado el envío a %1: solo se permite https://, y http:// sin cifrar solo hacia este equipo; no se ha enviado nada</translation>
    </message>
    <message>
        <source>PagerDuty takes single alerts, not a daily digest; turn the digest off for this channel</source>
        <translation>PagerDuty admite alertas individuales, no un resumen diario; desactive el resumen diario de este canal</translation>
    </message>
    <message>
        <source>%1 from %2 — %3</source>
        <translation>%2 ha respondido %1 — %3</translation>
    </message>
    <message>
        <source>%1 from %2: %3 — %4</source>
        <translation>%2 ha respondido %1: %3 — %4</translation>
    </message>
    <message>
        <source>Could not deliver to %1: %2</source>
        <translation>No se ha podido entregar en %1: %2</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: %2</source>
        <translation>No se ha enviado nada hacia %1: %2</translation>
    </message>
</context>
<context>
    <name>ChannelPayloads</name>
    <message>
        <source>Plumbline notification</source>
        <translation>Notificación de Plumbline</translation>
    </message>
    <message>
        <source>Open in Plumbline</source>
        <translation>Abrir en Plumbline</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Qué revisar</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Manual de actuación</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>PLUMBLINE %1 - %n integration(s): %2 ok, %3 warning, %4 critical, %5 unknown</source>
        <translation>
            <numerusform>PLUMBLINE %1 - %n integración: %2 correctas, %3 con advertencia, %4 críticas, %5 desconocidas</numerusform>
            <numerusform>PLUMBLINE %1 - %n integraciones: %2 correctas, %3 con advertencia, %4 críticas, %5 desconocidas</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>What to check: %1</source>
        <translation>Qué revisar: %1</translation>
    </message>
    <message numerus="yes">
        <source>values: %1 of %2 sampled records match (%3–%4 %), %5 missing, %n request(s)</source>
        <translation>
            <numerusform>valores: %1 de %2 registros de la muestra coinciden (%3–%4 %), faltan %5, %n solicitud</numerusform>
            <numerusform>valores: %1 de %2 registros de la muestra coinciden (%3–%4 %), faltan %5, %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation>valores: %1</translation>
    </message>
    <message>
        <source>Plumbline itself:</source>
        <translation>El propio Plumbline:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>--integration needs an integration id.</source>
        <translation>--integration necesita un id de integración.</translation>
    </message>
    <message>
        <source>--format needs pdf, csv or html.</source>
        <translation>--format necesita pdf, csv o html.</translation>
    </message>
    <message>
        <source>--from needs a date.</source>
        <translation>--from necesita una fecha.</translation>
    </message>
    <message>
        <source>--to needs a date.</source>
        <translation>--to necesita una fecha.</translation>
    </message>
    <message>
        <source>-o needs a path.</source>
        <translation>-o necesita una ruta.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port necesita un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--timeout necesita un número de segundos de 1 a 3600.</translation>
    </message>
    <message>
        <source>--until needs a date and time.</source>
        <translation>--until necesita una fecha y una hora.</translation>
    </message>
    <message>
        <source>--note needs a text.</source>
        <translation>--note necesita un texto.</translation>
    </message>
    <message>
        <source>--scenario needs a name.</source>
        <translation>--scenario necesita un nombre.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida: %1.</translation>
    </message>
    <message>
        <source>--demo opens the window; it cannot be combined with a command.</source>
        <translation>--demo abre la ventana; no se puede combinar con un comando.</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 necesita exactamente un FILE.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Argumento inesperado: %1.</translation>
    </message>
    <message>
        <source>Use: plumbline alert ack ID, or plumbline alert snooze ID --until DATE.</source>
        <translation>Uso: plumbline alert ack ID, o plumbline alert snooze ID --until DATE.</translation>
    </message>
    <message>
        <source>alert snooze needs --until DATE.</source>
        <translation>alert snooze necesita --until DATE.</translation>
    </message>
    <message>
        <source>maintenance add needs --from DATE and --to DATE.</source>
        <translation>maintenance add necesita --from DATE y --to DATE.</translation>
    </message>
    <message>
        <source>Use: plumbline maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT], maintenance list [INTEGRATION_ID] or maintenance remove WINDOW_ID.</source>
        <translation>Uso: plumbline maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT], maintenance list [INTEGRATION_ID] o maintenance remove WINDOW_ID.</translation>
    </message>
    <message>
        <source>%1 is given twice; give it once.</source>
        <translation>%1 aparece dos veces; indíquelo solo una vez.</translation>
    </message>
    <message>
        <source>%1 is not an alert id; plumbline alerts shows the ids.</source>
        <translation>%1 no es un id de alerta; plumbline alerts muestra los ids.</translation>
    </message>
    <message>
        <source>%1 is not a window id; maintenance list shows the ids.</source>
        <translation>%1 no es un id de ventana; maintenance list muestra los ids.</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Comando desconocido: %1.</translation>
    </message>
    <message>
        <source>  auth login CONNECTION_ID [--timeout S]
                                 sign in to an oauth_authorization_code connection in a browser on
                                 this computer: prints the address, waits S seconds (default 300)
                                 for the redirect, stores the refresh token in the OS keychain
                                 (exit 0 signed in, 1 not)
</source>
        <translation>  auth login CONNECTION_ID [--timeout S]
                                 inicia sesión en una conexión oauth_authorization_code en un
                                 navegador de este equipo: muestra la dirección, espera S segundos
                                 (300 por defecto) a la redirección y guarda el token de
                                 actualización en el llavero del sistema (salida 0 con sesión
                                 iniciada, 1 sin ella)
</translation>
    </message>
    <message>
        <source>Use: plumbline auth login CONNECTION_ID [--timeout S].</source>
        <translation>Uso: plumbline auth login CONNECTION_ID [--timeout S].</translation>
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
Opciones:
  --data-dir DIR                 usa el espacio de trabajo de DIR
  --version                      muestra la versión
  --help                         muestra esta ayuda

Sin llavero (servidores, CI), una API key puede proceder de la variable de entorno
PLUMBLINE_SECRET_&lt;ID&gt; (en una conexión OAuth, su client secret) y su token de actualización de
PLUMBLINE_REFRESH_TOKEN_&lt;ID&gt;: el id de la conexión en mayúsculas, con los demás caracteres sustituidos
por '_'.
Códigos de salida: 0 correcto, 1 error, 64 uso incorrecto (check: 0-3, como se indica arriba).
</translation>
    </message>
    <message>
        <source>--name needs token, client_secret or refresh_token.</source>
        <translation>--name requiere token, client_secret o refresh_token.</translation>
    </message>
    <message>
        <source>Use: plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] (the secret is read from standard input).</source>
        <translation>Uso: plumbline secret set CONNECTION_ID [--name token|client_secret|refresh_token] (el secreto se lee de la entrada estándar).</translation>
    </message>
    <message>
        <source>--name belongs to secret set.</source>
        <translation>--name solo se usa con secret set.</translation>
    </message>
    <message>
        <source>Use: plumbline auth login CONNECTION_ID, or plumbline auth status [--json].</source>
        <translation>Uso: plumbline auth login CONNECTION_ID o plumbline auth status [--json].</translation>
    </message>
    <message>
        <source>--values belongs to plumbline check.</source>
        <translation>--values solo se usa con plumbline check.</translation>
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
        <translation>Uso: plumbline [--data-dir DIR] [COMMAND]

Plumbline supervisa las integraciones de API de sus herramientas de marketing y avisa cuando una
deja de funcionar sin dar señales.

Comandos:
  (ninguno)                      abre la ventana con el espacio de trabajo predeterminado
  --demo                         abre la ventana con un espacio de trabajo de demostración desechable
  plumbline://integration/ID     abre la ventana en esa integración (el enlace de una notificación)
  import FILE                    importa definiciones de un archivo JSON de espacio de trabajo
                                 (todo o nada)
  export FILE                    exporta definiciones a un archivo JSON de espacio de trabajo
                                 (nunca los secretos)
  secret set CONNECTION_ID [--name NAME]
                                 lee un secreto de la entrada estándar y lo guarda en el llavero del
                                 sistema; NAME es token (la API key, valor predeterminado),
                                 client_secret o refresh_token
  secret set channel/CHANNEL_ID/NAME
                                 lee el secreto de un canal de notificación: url, password,
                                 routing_key o signing_secret
  notify test CHANNEL_ID         envía ahora un mensaje de prueba a un canal de notificación
  notify log [--json]            muestra el registro de entregas de las notificaciones, empezando
                                 por las más recientes
  auth status [--json]           para cada conexión OAuth: método, quién ha iniciado sesión, cuándo
                                 caduca el token de acceso, su última renovación y cualquier problema
  check [--json] [--values] [--integration ID]... [--timeout S]
                                 consulta ahora y muestra el estado (código de salida 0 correcto,
                                 1 advertencia, 2 crítico, 3 desconocido); un lado que no responde
                                 en S segundos (60 por defecto) se notifica como tiempo agotado;
                                 se ejecuta una comprobación de valores cuando corresponde, o ahora
                                 con --values
  run                            consulta según la programación, sin ventana, hasta SIGINT/SIGTERM
  report --format pdf|csv|html [--from DATE] [--to DATE] [--integration ID]... -o PATH
                                 escribe un informe de auditoría (csv: PATH es una carpeta nueva);
                                 las fechas son YYYY-MM-DD (días UTC) o ISO 8601; por defecto,
                                 los últimos 30 días
  sandbox [--port N] [--scenario NAME]
                                 ofrece los servicios simulados de los proveedores en 127.0.0.1
  alerts [--json]                muestra las alertas abiertas
  alert ack ID                   confirma una alerta (seguirá avisando si empeora)
  alert snooze ID --until DATE   pospone una alerta hasta DATE (ISO 8601, p. ej. 2026-12-01T09:00)
  maintenance add INTEGRATION_ID --from DATE --to DATE [--note TEXT]
                                 consulta, pero no genera alertas, durante una ventana de
                                 mantenimiento
  maintenance list [INTEGRATION_ID]
  maintenance remove WINDOW_ID
  repair                         copia lo que aún se puede leer de un archivo de espacio de trabajo
                                 dañado en uno nuevo (el archivo dañado se conserva junto a él)
</translation>
    </message>
    <message>
        <source>%1 is not a Plumbline link; only plumbline:// links can be opened.</source>
        <translation>%1 no es un enlace de Plumbline; solo se pueden abrir enlaces plumbline://.</translation>
    </message>
    <message>
        <source>A plumbline:// link is opened on its own; unexpected argument %1.</source>
        <translation>Un enlace plumbline:// se abre sin más argumentos; argumento inesperado: %1.</translation>
    </message>
    <message>
        <source>Use: plumbline notify test CHANNEL_ID, or plumbline notify log [--json].</source>
        <translation>Uso: plumbline notify test CHANNEL_ID o plumbline notify log [--json].</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>%1 connections have no run log.</source>
        <translation>Las conexiones de %1 no tienen registro de ejecuciones.</translation>
    </message>
    <message>
        <source>%1 connections cannot be sampled for a value check.</source>
        <translation>Las conexiones de %1 no permiten tomar una muestra para una comprobación de valores.</translation>
    </message>
    <message>
        <source>%1 connections cannot look records up by key for a value check.</source>
        <translation>Las conexiones de %1 no permiten buscar registros por clave para una comprobación de valores.</translation>
    </message>
    <message>
        <source>%1 limited the request rate: looked up %2 of %3 sampled records.</source>
        <translation>%1 ha limitado el ritmo de solicitudes: se han buscado %2 de los %3 registros de la muestra.</translation>
    </message>
    <message>
        <source>Looked up %1 of %2 sampled records, then %3 answered: %4</source>
        <translation>Se han buscado %1 de los %2 registros de la muestra y luego %3 ha respondido: %4</translation>
    </message>
    <message>
        <source>Looked up %1 of %2 sampled records: the check may spend %3 requests on %4.</source>
        <translation>Se han buscado %1 de los %2 registros de la muestra: la comprobación puede gastar como máximo %3 solicitudes en %4.</translation>
    </message>
    <message>
        <source>Sampled %1 of %2 records: the check may spend %3 requests on %4.</source>
        <translation>Se han tomado %1 de %2 registros para la muestra: la comprobación puede gastar como máximo %3 solicitudes en %4.</translation>
    </message>
    <message>
        <source>%1 limited the request rate: sampled %2 of %3 records.</source>
        <translation>%1 ha limitado el ritmo de solicitudes: se han tomado %2 de %3 registros para la muestra.</translation>
    </message>
    <message>
        <source>Sampled %1 of %2 records, then %3 answered: %4</source>
        <translation>Se han tomado %1 de %2 registros para la muestra y luego %3 ha respondido: %4</translation>
    </message>
    <message>
        <source>%1 returned fewer records than asked for: sampled %2 of %3 records.</source>
        <translation>%1 ha devuelto menos registros de los solicitados: se han tomado %2 de %3 registros para la muestra.</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>Writing %1.csv</source>
        <translation>Escribiendo %1.csv</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Plumbline could not create the folder %1 for its workspace.</source>
        <translation>Plumbline no ha podido crear la carpeta %1 para su espacio de trabajo.</translation>
    </message>
    <message>
        <source>Plumbline could not create its workspace file %1: %2</source>
        <translation>Plumbline no ha podido crear su archivo de espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>Plumbline could not open its workspace file %1: %2</source>
        <translation>Plumbline no ha podido abrir su archivo de espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Plumbline workspace (it is not an SQLite database).</source>
        <translation>El archivo %1 no es un espacio de trabajo de Plumbline (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Plumbline (schema %1; this version knows up to %2). It has not been changed. Please update Plumbline to open it.</source>
        <translation>Este espacio de trabajo se guardó con una versión más reciente de Plumbline (esquema %1; esta versión admite hasta el %2). No se ha modificado. Actualice Plumbline para abrirlo.</translation>
    </message>
    <message>
        <source>Plumbline could not prepare its workspace file %1: %2</source>
        <translation>Plumbline no ha podido preparar su archivo de espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation>Falta la migración de esquema %1 en esta compilación.</translation>
    </message>
    <message>
        <source>Could not start schema migration %1: %2</source>
        <translation>No se ha podido iniciar la migración de esquema %1: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 failed and was rolled back; the workspace is unchanged: %2</source>
        <translation>La migración de esquema %1 ha fallado y se ha revertido; el espacio de trabajo no ha cambiado: %2</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged (%2). Plumbline has not changed it. Restore it from a backup, or run "plumbline repair" to copy everything that can still be read into a new workspace file.</source>
        <translation>El archivo de espacio de trabajo %1 está dañado (%2). Plumbline no lo ha modificado. Restáurelo desde una copia de seguridad o ejecute "plumbline repair" para copiar todo lo que aún se pueda leer en un nuevo archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>Plumbline could not read its workspace file %1: %2</source>
        <translation>Plumbline no ha podido leer su archivo de espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The destination rejected the record (400 Bad Request)</source>
        <translation>El destino rechazó el registro (400 Bad Request)</translation>
    </message>
    <message>
        <source>The destination rejected the record: the field %1 is required (400 Bad Request)</source>
        <translation>El destino rechazó el registro: el campo %1 es obligatorio (400 Bad Request)</translation>
    </message>
    <message>
        <source>The demo history could not be stored: %1</source>
        <translation>No se pudo guardar el historial de demostración: %1</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo workspace is missing from this build.</source>
        <translation>Falta el espacio de trabajo de demostración en esta compilación.</translation>
    </message>
    <message>
        <source>the demo workspace</source>
        <translation>el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>the demo sandbox</source>
        <translation>el sandbox de demostración</translation>
    </message>
    <message>
        <source>The demo sandbox is not running.</source>
        <translation>El entorno de prueba de la demostración no está en marcha.</translation>
    </message>
    <message>
        <source>#mops-alerts (demo)</source>
        <translation>#mops-alerts (demostración)</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Two-way</source>
        <translation>Bidireccional</translation>
    </message>
    <message>
        <source>One-way</source>
        <translation>Unidireccional</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>not a full address starting with https://</source>
        <translation>no es una dirección completa que empiece por https://</translation>
    </message>
    <message>
        <source>plain http:// sends the API key unencrypted, so Plumbline allows it only to this computer (localhost, 127.0.0.1, ::1); use https://%1 instead</source>
        <translation>http:// envía la API key sin cifrar, por lo que Plumbline solo lo permite hacia este equipo (localhost, 127.0.0.1, ::1); use https://%1 en su lugar</translation>
    </message>
</context>
<context>
    <name>GenericConnector</name>
    <message>
        <source>The auth header name "%1" is not a valid HTTP header name.</source>
        <translation>El nombre de cabecera de autenticación "%1" no es un nombre de cabecera HTTP válido.</translation>
    </message>
    <message>
        <source>The auth scheme must be one word, like Bearer or Token.</source>
        <translation>El esquema de autenticación debe ser una sola palabra, como Bearer o Token.</translation>
    </message>
    <message>
        <source>The connection has no URL.</source>
        <translation>La conexión no tiene URL.</translation>
    </message>
    <message>
        <source>The count request may use GET or POST, not %1: Plumbline only reads.</source>
        <translation>La solicitud de recuento puede usar GET o POST, no %1: Plumbline solo lee.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer; write it like /meta/total.</source>
        <translation>"%1" no es un JSON pointer; escríbalo así: /meta/total.</translation>
    </message>
    <message>
        <source>"%1" cannot be made into a URL below the connection's URL.</source>
        <translation>"%1" no se puede convertir en una URL por debajo de la URL de la conexión.</translation>
    </message>
    <message>
        <source>A filter for a generic connection is query parameters ("a=1&amp;b=2" or {"a": 1}), or a JSON object merged into a POST body.</source>
        <translation>Un filtro de una conexión genérica son parámetros de consulta ("a=1&amp;b=2" o {"a": 1}), o un objeto JSON que se combina con el cuerpo de un POST.</translation>
    </message>
    <message>
        <source>The connection's URL is not valid.</source>
        <translation>La URL de la conexión no es válida.</translation>
    </message>
    <message>
        <source>A generic REST connection has no schema endpoint.</source>
        <translation>Una conexión REST genérica no tiene endpoint de esquema.</translation>
    </message>
    <message>
        <source>This generic connection has no run/error list pointer set.</source>
        <translation>Esta conexión genérica no tiene definido el puntero a la lista de ejecuciones/errores.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer; write it like /errors.</source>
        <translation>"%1" no es un JSON pointer; escríbalo así: /errors.</translation>
    </message>
    <message>
        <source>The list_path option does not make a URL below the connection's URL.</source>
        <translation>La opción list_path no da una URL por debajo de la URL de la conexión.</translation>
    </message>
    <message>
        <source>A value check needs a key field.</source>
        <translation>Una comprobación de valores necesita un campo clave.</translation>
    </message>
    <message>
        <source>Set the lookup_path option (e.g. {object}?email={key}) to look records up by key on this API.</source>
        <translation>Defina la opción lookup_path (p. ej. {object}?email={key}) para buscar registros por clave en esta API.</translation>
    </message>
</context>
<context>
    <name>GenericParser</name>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>La respuesta no es JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The response is empty.</source>
        <translation>La respuesta está vacía.</translation>
    </message>
    <message>
        <source>"%1" is not a JSON pointer (it starts with / and escapes ~ and / as ~0 and ~1).</source>
        <translation>"%1" no es un JSON pointer (empieza por / y escapa ~ y / como ~0 y ~1).</translation>
    </message>
    <message>
        <source>The response has nothing at %1.</source>
        <translation>La respuesta no contiene nada en %1.</translation>
    </message>
    <message>
        <source>The response has no element %1 at %2.</source>
        <translation>La respuesta no tiene el elemento %1 en %2.</translation>
    </message>
    <message>
        <source>The value at %1 is not a whole number of records.</source>
        <translation>El valor en %1 no es un número entero de registros.</translation>
    </message>
    <message>
        <source>The value at %1 is not a list.</source>
        <translation>El valor en %1 no es una lista.</translation>
    </message>
    <message>
        <source>An entry of the list at %1 is not an object.</source>
        <translation>Una entrada de la lista en %1 no es un objeto.</translation>
    </message>
    <message>
        <source>An entry of the list at %1 has no "id".</source>
        <translation>Una entrada de la lista en %1 no tiene "id".</translation>
    </message>
    <message>
        <source>An entry of the list at %1 has no readable "timestamp".</source>
        <translation>Una entrada de la lista en %1 no tiene un "timestamp" legible.</translation>
    </message>
    <message>
        <source>An entry's "status" is neither text nor a number.</source>
        <translation>El "status" de una entrada no es ni texto ni un número.</translation>
    </message>
    <message>
        <source>An entry's "message" is not text.</source>
        <translation>El "message" de una entrada no es texto.</translation>
    </message>
    <message>
        <source>%1 — the service says: %2</source>
        <translation>%1 — el servicio indica: %2</translation>
    </message>
    <message>
        <source>The answer has no list of records at %1 (set records_pointer).</source>
        <translation>La respuesta no tiene una lista de registros en %1 (defina records_pointer).</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Plumbline cannot open its workspace</source>
        <translation>Plumbline no puede abrir su espacio de trabajo</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>El sandbox de demostración no ha podido escuchar en 127.0.0.1.</translation>
    </message>
    <message>
        <source>A notification to “%1” could not be delivered: %2</source>
        <translation>No se ha podido entregar una notificación a «%1»: %2</translation>
    </message>
    <message>
        <source>Plumbline cannot open the link %1.</source>
        <translation>Plumbline no puede abrir el enlace %1.</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>See plumbline --help.</source>
        <translation>Consulte plumbline --help.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>No se ha importado nada de %1:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s)</source>
        <translation>
            <numerusform>Se ha importado %n conexión</numerusform>
            <numerusform>Se han importado %n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n integración</numerusform>
            <numerusform>%n integraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the workspace to %1 (without secrets).</source>
        <translation>Espacio de trabajo exportado a %1 (sin secretos).</translation>
    </message>
    <message>
        <source>There is no connection "%1".</source>
        <translation>No existe la conexión "%1".</translation>
    </message>
    <message>
        <source>The API key for "%1" is stored in %2.</source>
        <translation>La API key de "%1" se ha guardado en %2.</translation>
    </message>
    <message>
        <source>The workspace file %1 is not damaged; nothing was changed.</source>
        <translation>El archivo de espacio de trabajo %1 no está dañado; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>Repaired %1. What could be read was copied into a new workspace file:</source>
        <translation>Se ha reparado %1. Lo que se ha podido leer se ha copiado en un nuevo archivo de espacio de trabajo:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n fila copiada</numerusform>
            <numerusform>%n filas copiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped (their definition could not be read)</source>
        <translation>
            <numerusform>%n descartada (no se ha podido leer su definición)</numerusform>
            <numerusform>%n descartadas (no se ha podido leer su definición)</numerusform>
        </translation>
    </message>
    <message>
        <source>rows on damaged pages are lost</source>
        <translation>las filas de las páginas dañadas se han perdido</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>El archivo dañado se conserva como %1.</translation>
    </message>
    <message>
        <source>No secret on standard input; nothing was stored.</source>
        <translation>No hay ningún secreto en la entrada estándar; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The client secret for "%1" is stored in %2.</source>
        <translation>El client secret de "%1" se ha guardado en %2.</translation>
    </message>
    <message>
        <source>The refresh token for "%1" is stored in %2.</source>
        <translation>El token de actualización de "%1" se ha guardado en %2.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Generated %1 by %2 with Plumbline. All times are UTC.</source>
        <translation>Generado el %1 por %2 con Plumbline. Todas las horas se indican en UTC.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>%1 · %2 · generated %3</source>
        <translation>%1 · %2 · generado el %3</translation>
    </message>
</context>
<context>
    <name>HubSpotConnector</name>
    <message>
        <source>HubSpot calls the /crm/v3 paths legacy and ends semantic-version APIs in September 2027; switch the connection to a date-based version such as 2026-03.</source>
        <translation>HubSpot considera heredadas las rutas /crm/v3 y pone fin a las API con versiones semánticas en septiembre de 2027; cambie la conexión a una versión basada en fecha, como 2026-03.</translation>
    </message>
    <message>
        <source>No HubSpot object type is set.</source>
        <translation>No se ha definido ningún tipo de objeto de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot has no batch read by %1 at %2 (API version %3): %4</source>
        <translation>HubSpot no ofrece lectura por lotes por %1 en %2 (versión de API %3): %4</translation>
    </message>
    <message>
        <source>No HubSpot key property is set for the value check.</source>
        <translation>No se ha definido ninguna propiedad clave de HubSpot para la comprobación de valores.</translation>
    </message>
    <message>
        <source>No HubSpot object type or key property is set.</source>
        <translation>No se ha definido ningún tipo de objeto ni ninguna propiedad clave de HubSpot.</translation>
    </message>
</context>
<context>
    <name>HubSpotParser</name>
    <message>
        <source>HubSpot sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>HubSpot ha enviado %1 que no es JSON válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>HubSpot sent %1 that is not a JSON object.</source>
        <translation>HubSpot ha enviado %1 que no es un objeto JSON.</translation>
    </message>
    <message>
        <source>a search answer</source>
        <translation>una respuesta de búsqueda</translation>
    </message>
    <message>
        <source>HubSpot's search answer has no "total".</source>
        <translation>La respuesta de búsqueda de HubSpot no tiene "total".</translation>
    </message>
    <message>
        <source>HubSpot's search answer has a "total" that is not a non-negative integer.</source>
        <translation>La respuesta de búsqueda de HubSpot tiene un "total" que no es un entero no negativo.</translation>
    </message>
    <message>
        <source>HubSpot's search answer has "results" that is not a list.</source>
        <translation>La respuesta de búsqueda de HubSpot tiene un "results" que no es una lista.</translation>
    </message>
    <message>
        <source>a property list</source>
        <translation>una lista de propiedades</translation>
    </message>
    <message>
        <source>HubSpot's property list has no "results" list.</source>
        <translation>La lista de propiedades de HubSpot no tiene una lista "results".</translation>
    </message>
    <message>
        <source>HubSpot's property list has an entry (#%1) without a text name, label and type.</source>
        <translation>La lista de propiedades de HubSpot tiene una entrada (n.º %1) sin nombre, etiqueta y tipo en forma de texto.</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
    </message>
    <message>
        <source>HubSpot says the access token has expired: %1</source>
        <translation>HubSpot indica que el token de acceso ha caducado: %1</translation>
    </message>
    <message>
        <source>HubSpot rejected the access token (HTTP %1%2): %3</source>
        <translation>HubSpot ha rechazado el token de acceso (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>The HubSpot token may not do this (HTTP %1%2): %3</source>
        <translation>El token de HubSpot no tiene permiso para esto (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>HubSpot rate limit reached (%1): %2</source>
        <translation>Se ha alcanzado el límite de solicitudes de HubSpot (%1): %2</translation>
    </message>
    <message>
        <source>policy not named</source>
        <translation>directiva sin nombre</translation>
    </message>
    <message>
        <source>HubSpot's daily API limit is used up (%1): %2</source>
        <translation>Se ha agotado el límite diario de API de HubSpot (%1): %2</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1.</source>
        <translation>HubSpot ha respondido HTTP %1.</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1%2: %3</source>
        <translation>HubSpot ha respondido HTTP %1%2: %3</translation>
    </message>
    <message>
        <source>The HubSpot filter looks like JSON but is not valid JSON (%1).</source>
        <translation>El filtro de HubSpot parece JSON, pero no es JSON válido (%1).</translation>
    </message>
    <message>
        <source>The HubSpot search text is longer than 3000 characters.</source>
        <translation>El texto de búsqueda de HubSpot supera los 3000 caracteres.</translation>
    </message>
    <message>
        <source>The HubSpot filter's "query" is not text.</source>
        <translation>El "query" del filtro de HubSpot no es texto.</translation>
    </message>
    <message>
        <source>The HubSpot filter object has neither "filterGroups", "filters" nor "query".</source>
        <translation>El objeto de filtro de HubSpot no tiene ni "filterGroups", ni "filters", ni "query".</translation>
    </message>
    <message>
        <source>The HubSpot filter must be text, a filterGroups object or a list of filter groups.</source>
        <translation>El filtro de HubSpot debe ser texto, un objeto filterGroups o una lista de grupos de filtros.</translation>
    </message>
    <message>
        <source>The HubSpot filterGroups must be a list of objects, each with a "filters" list.</source>
        <translation>Los filterGroups de HubSpot deben ser una lista de objetos, cada uno con una lista "filters".</translation>
    </message>
    <message>
        <source>HubSpot sent records that are not a JSON object.</source>
        <translation>HubSpot ha enviado registros que no son un objeto JSON.</translation>
    </message>
    <message>
        <source>HubSpot sent records that are not valid JSON (%1 at byte %2).</source>
        <translation>HubSpot ha enviado registros que no son JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>HubSpot's answer has no "results" list.</source>
        <translation>La respuesta de HubSpot no tiene una lista "results".</translation>
    </message>
</context>
<context>
    <name>MailchimpConnector</name>
    <message>
        <source>No Mailchimp data centre: the API key has no "-us6"-style suffix and no base URL is set.</source>
        <translation>No hay centro de datos de Mailchimp: la API key no tiene un sufijo del tipo "-us6" y no se ha definido ninguna URL base.</translation>
    </message>
    <message>
        <source>No Mailchimp audience id is set.</source>
        <translation>No se ha definido ningún id de audiencia de Mailchimp.</translation>
    </message>
    <message>
        <source>none documented</source>
        <translation>ninguno documentado</translation>
    </message>
    <message>
        <source>No Mailchimp key field is set for the value check.</source>
        <translation>No se ha definido ningún campo clave de Mailchimp para la comprobación de valores.</translation>
    </message>
</context>
<context>
    <name>MailchimpParser</name>
    <message>
        <source>Mailchimp sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>Mailchimp ha enviado %1 que no es JSON válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>Mailchimp sent %1 that is not a JSON object.</source>
        <translation>Mailchimp ha enviado %1 que no es un objeto JSON.</translation>
    </message>
    <message>
        <source>a ping answer</source>
        <translation>una respuesta de ping</translation>
    </message>
    <message>
        <source>Mailchimp's ping answer has no text "health_status".</source>
        <translation>La respuesta de ping de Mailchimp no tiene un "health_status" de texto.</translation>
    </message>
    <message>
        <source>The Mailchimp filter must be empty, "subscribed", "unsubscribed" or "cleaned".</source>
        <translation>El filtro de Mailchimp debe estar vacío o ser "subscribed", "unsubscribed" o "cleaned".</translation>
    </message>
    <message>
        <source>an audience</source>
        <translation>una audiencia</translation>
    </message>
    <message>
        <source>Mailchimp's audience has no "stats" object.</source>
        <translation>La audiencia de Mailchimp no tiene objeto "stats".</translation>
    </message>
    <message>
        <source>Mailchimp's audience stats have no "%1".</source>
        <translation>Las estadísticas de la audiencia de Mailchimp no tienen "%1".</translation>
    </message>
    <message>
        <source>Mailchimp's audience stats have a "%1" that is not a non-negative integer.</source>
        <translation>Las estadísticas de la audiencia de Mailchimp tienen un "%1" que no es un entero no negativo.</translation>
    </message>
    <message>
        <source>a merge field list</source>
        <translation>una lista de campos de combinación</translation>
    </message>
    <message>
        <source>Mailchimp's merge field list has no "merge_fields" list.</source>
        <translation>La lista de campos de combinación de Mailchimp no tiene una lista "merge_fields".</translation>
    </message>
    <message>
        <source>Mailchimp's merge field list has an entry (#%1) without a text tag, name and type.</source>
        <translation>La lista de campos de combinación de Mailchimp tiene una entrada (n.º %1) sin etiqueta, nombre y tipo en forma de texto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1 with an HTML page.</source>
        <translation>Mailchimp ha respondido HTTP %1 con una página HTML.</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1.</source>
        <translation>Mailchimp ha respondido HTTP %1.</translation>
    </message>
    <message>
        <source>Mailchimp rejected the API key (HTTP %1): %2</source>
        <translation>Mailchimp ha rechazado la API key (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp refused access (HTTP %1): %2</source>
        <translation>Mailchimp ha denegado el acceso (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp does not know this (HTTP %1): %2</source>
        <translation>Mailchimp no reconoce este recurso (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp is limiting requests (HTTP %1): %2</source>
        <translation>Mailchimp está limitando las solicitudes (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Mailchimp answered HTTP %1: %2</source>
        <translation>Mailchimp ha respondido HTTP %1: %2</translation>
    </message>
    <message>
        <source>Mailchimp's answer has no "total_items".</source>
        <translation>La respuesta de Mailchimp no tiene "total_items".</translation>
    </message>
    <message>
        <source>Mailchimp sent members that are not a JSON object.</source>
        <translation>Mailchimp ha enviado miembros que no son un objeto JSON.</translation>
    </message>
    <message>
        <source>Mailchimp sent members that are not valid JSON (%1 at byte %2).</source>
        <translation>Mailchimp ha enviado miembros que no son JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>Mailchimp's answer has no "members" list.</source>
        <translation>La respuesta de Mailchimp no tiene una lista "members".</translation>
    </message>
    <message>
        <source>Mailchimp's member has no "email_address".</source>
        <translation>Un miembro de Mailchimp no tiene "email_address".</translation>
    </message>
</context>
<context>
    <name>MakeConnector</name>
    <message>
        <source>Make is middleware and has no record count.</source>
        <translation>Make es un middleware y no tiene recuento de registros.</translation>
    </message>
    <message>
        <source>Make is middleware and has no record schema.</source>
        <translation>Make es un middleware y no tiene esquema de registros.</translation>
    </message>
    <message>
        <source>No Make scenario ID is set for this integration.</source>
        <translation>No se ha definido ningún ID de escenario de Make para esta integración.</translation>
    </message>
</context>
<context>
    <name>MakeParser</name>
    <message>
        <source>Make sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Make ha enviado un cuerpo que no es JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>Make sent JSON that is not an object.</source>
        <translation>Make ha enviado un JSON que no es un objeto.</translation>
    </message>
    <message>
        <source>Make's scenario answer has no "scenario" object.</source>
        <translation>La respuesta de escenario de Make no tiene objeto "scenario".</translation>
    </message>
    <message>
        <source>A flag of Make's scenario (isActive, isPaused, isinvalid) is not true/false.</source>
        <translation>Un indicador del escenario de Make (isActive, isPaused, isinvalid) no es true/false.</translation>
    </message>
    <message>
        <source>Make's scenario "dlqCount" is not a whole number.</source>
        <translation>El "dlqCount" del escenario de Make no es un número entero.</translation>
    </message>
    <message>
        <source>Make's scenario "name" is not text.</source>
        <translation>El "name" del escenario de Make no es texto.</translation>
    </message>
    <message>
        <source>Make's log answer has no "scenarioLogs" list.</source>
        <translation>La respuesta de registros de Make no tiene una lista "scenarioLogs".</translation>
    </message>
    <message>
        <source>A Make log entry is not an object.</source>
        <translation>Una entrada del registro de Make no es un objeto.</translation>
    </message>
    <message>
        <source>A Make log entry has neither "id" nor "imtId".</source>
        <translation>Una entrada del registro de Make no tiene ni "id" ni "imtId".</translation>
    </message>
    <message>
        <source>A Make log entry has no readable "timestamp".</source>
        <translation>Una entrada del registro de Make no tiene un "timestamp" legible.</translation>
    </message>
    <message>
        <source>A Make log entry's "status" is not a number.</source>
        <translation>El "status" de una entrada del registro de Make no es un número.</translation>
    </message>
    <message>
        <source>A Make log entry's "operations" is not a whole number.</source>
        <translation>El "operations" de una entrada del registro de Make no es un número entero.</translation>
    </message>
    <message>
        <source>Make's /users/me answer has no "authUser" object.</source>
        <translation>La respuesta de /users/me de Make no tiene objeto "authUser".</translation>
    </message>
    <message>
        <source>Make's organization answer has no "organization.license.apiLimit".</source>
        <translation>La respuesta de organización de Make no tiene "organization.license.apiLimit".</translation>
    </message>
    <message>
        <source>Make's "license.apiLimit" is not a whole number.</source>
        <translation>El "license.apiLimit" de Make no es un número entero.</translation>
    </message>
    <message>
        <source>%1 — Make says: %2</source>
        <translation>%1 — Make indica: %2</translation>
    </message>
</context>
<context>
    <name>MappingHealth</name>
    <message>
        <source>“%1” is not in the source schema any more</source>
        <translation>«%1» ya no está en el esquema de origen</translation>
    </message>
    <message>
        <source>“%1” is not in the destination schema any more</source>
        <translation>«%1» ya no está en el esquema de destino</translation>
    </message>
    <message>
        <source>%1 was %2, now %3</source>
        <translation>%1 era %2, ahora es %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
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
        <translation>Primera lectura</translation>
    </message>
    <message>
        <source>Field added</source>
        <translation>Campo añadido</translation>
    </message>
    <message>
        <source>Field removed</source>
        <translation>Campo eliminado</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Tipo cambiado</translation>
    </message>
</context>
<context>
    <name>MonitorCommands</name>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>No se puede configurar la gestión de señales.</translation>
    </message>
    <message numerus="yes">
        <source>Plumbline is polling %n integration(s); stop with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>Plumbline está consultando %n integración; deténgalo con Ctrl+C o SIGTERM.</numerusform>
            <numerusform>Plumbline está consultando %n integraciones; deténgalo con Ctrl+C o SIGTERM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>There is no open alert %1; see plumbline alerts.</source>
        <translation>No hay ninguna alerta abierta %1; consulte plumbline alerts.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>No hay alertas abiertas.</translation>
    </message>
    <message>
        <source>(acknowledged by %1)</source>
        <translation>(confirmada por %1)</translation>
    </message>
    <message>
        <source>(snoozed until %1)</source>
        <translation>(pospuesta hasta %1)</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged; it will still notify if it gets worse.</source>
        <translation>Alerta %1 confirmada; seguirá avisando si empeora.</translation>
    </message>
    <message>
        <source>--until needs a date and time in the future, e.g. 2026-12-01T09:00.</source>
        <translation>--until necesita una fecha y hora futuras, p. ej. 2026-12-01T09:00.</translation>
    </message>
    <message>
        <source>Alert %1 snoozed until %2.</source>
        <translation>Alerta %1 pospuesta hasta %2.</translation>
    </message>
    <message>
        <source>There is no integration "%1".</source>
        <translation>No existe la integración "%1".</translation>
    </message>
    <message>
        <source>--from and --to need dates and times (ISO 8601), the end after the start.</source>
        <translation>--from y --to necesitan fechas y horas (ISO 8601), con el fin posterior al inicio.</translation>
    </message>
    <message>
        <source>Maintenance window %1 for %2: %3 to %4. Plumbline keeps polling but raises no alerts.</source>
        <translation>Ventana de mantenimiento %1 para %2: de %3 a %4. Plumbline sigue consultando, pero no genera alertas.</translation>
    </message>
    <message>
        <source>No maintenance windows.</source>
        <translation>No hay ventanas de mantenimiento.</translation>
    </message>
    <message>
        <source>Maintenance window %1 removed.</source>
        <translation>Ventana de mantenimiento %1 eliminada.</translation>
    </message>
    <message>
        <source>there is no integration "%1"</source>
        <translation>no existe la integración "%1"</translation>
    </message>
    <message>
        <source>the workspace has no integrations; import one with plumbline import FILE</source>
        <translation>el espacio de trabajo no tiene integraciones; importe una con plumbline import FILE</translation>
    </message>
    <message>
        <source>Another Plumbline process polls this workspace (%1, process %2 on %3); this one follows and takes over if it stops.</source>
        <translation>Otro proceso de Plumbline consulta este espacio de trabajo (%1, proceso %2 en %3); este sigue sus resultados y toma el relevo si el otro se detiene.</translation>
    </message>
    <message>
        <source>The window ends at %1, which is already past; it would silence nothing. Check the dates.</source>
        <translation>La ventana termina el %1, que ya ha pasado; no silenciaría nada. Revise las fechas.</translation>
    </message>
    <message>
        <source>Notification to %1 given up: %2</source>
        <translation>Notificación a %1 abandonada: %2</translation>
    </message>
    <message>
        <source>Notification to %1 failed: %2</source>
        <translation>Ha fallado la notificación a %1: %2</translation>
    </message>
</context>
<context>
    <name>NotifyChannels</name>
    <message>
        <source>required key "%1" is missing</source>
        <translation>falta la clave obligatoria "%1"</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>"%1" is not a time of day; write it as HH:MM, e.g. 22:00</source>
        <translation>"%1" no es una hora del día; escríbala como HH:MM, p. ej. 22:00</translation>
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
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Signed webhook</source>
        <translation>Webhook firmado</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <source>Integration (routing) key</source>
        <translation>Clave de integración (de enrutamiento)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>"%1" is not a valid id: use letters, digits, '.', '_' or '-' (at most 64)</source>
        <translation>"%1" no es un id válido: use letras, dígitos, '.', '_' o '-' (64 como máximo)</translation>
    </message>
    <message>
        <source>unknown kind "%1"; expected slack, teams, google_chat, email, pagerduty or webhook</source>
        <translation>tipo desconocido "%1"; se esperaba slack, teams, google_chat, email, pagerduty o webhook</translation>
    </message>
    <message>
        <source>this is a secret and does not belong in a workspace file; store it in the keychain as "%1%2" (the Notifications page, or `plumbline secret set %1%2`)</source>
        <translation>esto es un secreto y no debe estar en un archivo de espacio de trabajo; guárdelo en el llavero como "%1%2" (en la página «Notificaciones» o con `plumbline secret set %1%2`)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>"%1" is not a minimum severity; expected warning or critical</source>
        <translation>"%1" no es una gravedad mínima; se esperaba warning o critical</translation>
    </message>
    <message>
        <source>unknown time zone "%1"; use an IANA name such as Europe/Berlin or America/New_York</source>
        <translation>zona horaria desconocida "%1"; use un nombre IANA, como Europe/Madrid o America/Mexico_City</translation>
    </message>
    <message>
        <source>expected an object with "from" and "to"</source>
        <translation>se esperaba un objeto con "from" y "to"</translation>
    </message>
    <message>
        <source>quiet hours must start and end at different times</source>
        <translation>el inicio y el fin de las horas de silencio deben ser distintos</translation>
    </message>
    <message>
        <source>expected an object such as {"at": "08:00"}</source>
        <translation>se esperaba un objeto como {"at": "08:00"}</translation>
    </message>
    <message>
        <source>an e-mail channel needs "to": one address or a list of addresses</source>
        <translation>un canal de correo electrónico necesita "to": una dirección o una lista de direcciones</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address</source>
        <translation>"%1" no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>an e-mail channel needs "smtp": {"host": …, "port": …, "security": …}</source>
        <translation>un canal de correo electrónico necesita "smtp": {"host": …, "port": …, "security": …}</translation>
    </message>
    <message>
        <source>this is a secret and does not belong in a workspace file; store it in the keychain as "%1password"</source>
        <translation>esto es un secreto y no debe estar en un archivo de espacio de trabajo; guárdelo en el llavero como "%1password"</translation>
    </message>
    <message>
        <source>unknown security "%1"; expected starttls, tls or none</source>
        <translation>seguridad desconocida "%1"; se esperaba starttls, tls o none</translation>
    </message>
    <message>
        <source>expected a port number between 1 and 65535</source>
        <translation>se esperaba un número de puerto entre 1 y 65535</translation>
    </message>
    <message>
        <source>mail without TLS may only go to this computer; use starttls or tls for %1</source>
        <translation>el correo sin TLS solo puede enviarse a este equipo; use starttls o tls para %1</translation>
    </message>
    <message>
        <source>only an e-mail channel has "%1"</source>
        <translation>solo un canal de correo electrónico tiene "%1"</translation>
    </message>
</context>
<context>
    <name>NotifyCommands</name>
    <message>
        <source>A test message was delivered to %1.</source>
        <translation>Se ha entregado un mensaje de prueba a %1.</translation>
    </message>
    <message>
        <source>The test message to %1 was not delivered: %2</source>
        <translation>El mensaje de prueba a %1 no se ha entregado: %2</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Aún no hay notificaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), last: %1</source>
        <translation>
            <numerusform>%n intento; último error: %1</numerusform>
            <numerusform>%n intentos; último error: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no notification channel "%1"; use channel/CHANNEL_ID/NAME.</source>
        <translation>No existe el canal de notificación "%1"; use channel/CHANNEL_ID/NAME.</translation>
    </message>
    <message>
        <source>A %1 channel keeps no "%2"; it keeps %3.</source>
        <translation>Un canal de tipo %1 no guarda ningún "%2"; guarda %3.</translation>
    </message>
    <message>
        <source>The %1 of channel "%2" is stored in %3.</source>
        <translation>El secreto %1 del canal "%2" se ha guardado en %3.</translation>
    </message>
</context>
<context>
    <name>NotifyComposer</name>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>conexión %1</translation>
    </message>
    <message>
        <source>the Plumbline monitor</source>
        <translation>el monitor de Plumbline</translation>
    </message>
    <message>
        <source>Open in Plumbline</source>
        <translation>Abrir en Plumbline</translation>
    </message>
    <message>
        <source>Recovered: %1 — %2</source>
        <translation>Recuperado: %1 — %2</translation>
    </message>
    <message>
        <source>It lasted %1.</source>
        <translation>Duró %1.</translation>
    </message>
    <message>
        <source>%1 is healthy again. It had: %2</source>
        <translation>%1 vuelve a estar en buen estado. Tenía este problema: %2</translation>
    </message>
    <message>
        <source>Acknowledged: %1 — %2</source>
        <translation>Confirmado: %1 — %2</translation>
    </message>
    <message>
        <source>%1 is looking into it. %2</source>
        <translation>%1 se está ocupando de ello. %2</translation>
    </message>
    <message>
        <source>Now %1: %2 — %3</source>
        <translation>Ahora %1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>sin leer</translation>
    </message>
    <message>
        <source>Source count</source>
        <translation>Recuento de origen</translation>
    </message>
    <message>
        <source>Destination count</source>
        <translation>Recuento de destino</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records (%2 %)</source>
        <translation>%1 registros (%2 %)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Sent by Plumbline on %1.</source>
        <translation>Enviado por Plumbline desde %1.</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>Test notification for %1</source>
        <translation>Notificación de prueba para %1</translation>
    </message>
    <message>
        <source>This is a test from Plumbline. When an integration breaks or recovers, a message like this one names it, says what is wrong and what to check.</source>
        <translation>Esto es una prueba de Plumbline. Cuando una integración falla o se recupera, un mensaje como este indica cuál es, qué ocurre y qué revisar.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Nothing to do: this message only shows that the channel works.</source>
        <translation>No tiene que hacer nada: este mensaje solo demuestra que el canal funciona.</translation>
    </message>
    <message>
        <source>Broken (%1)</source>
        <translation>Con fallos (%1)</translation>
    </message>
    <message>
        <source>Recovered since the last digest (%1)</source>
        <translation>Recuperadas desde el último resumen (%1)</translation>
    </message>
    <message>
        <source>Due soon: retiring API versions, credentials, quotas (%1)</source>
        <translation>Vencen pronto: versiones de API que se retiran, credenciales, cuotas (%1)</translation>
    </message>
    <message>
        <source>Daily digest: nothing broken</source>
        <translation>Resumen diario: ningún fallo</translation>
    </message>
    <message numerus="yes">
        <source>Daily digest: %n integration(s) broken</source>
        <translation>
            <numerusform>Resumen diario: %n integración con fallos</numerusform>
            <numerusform>Resumen diario: %n integraciones con fallos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broken, %2 recovered, %3 due soon.</source>
        <translation>%1 con fallos, %2 recuperadas, %3 con vencimiento próximo.</translation>
    </message>
</context>
<context>
    <name>NotifyRouting</name>
    <message>
        <source>below this channel's minimum severity (%1)</source>
        <translation>por debajo de la gravedad mínima de este canal (%1)</translation>
    </message>
    <message>
        <source>in the daily digest at %1</source>
        <translation>en el resumen diario de las %1</translation>
    </message>
    <message>
        <source>quiet hours until %1 (%2)</source>
        <translation>horas de silencio hasta las %1 (%2)</translation>
    </message>
    <message>
        <source>this computer's time</source>
        <translation>hora de este equipo</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In the next digest</source>
        <translation>En el próximo resumen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Delivered in a digest</source>
        <translation>Entregada en un resumen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>A PDF report needs the graphical application (fonts); none is running.</source>
        <translation>Un informe PDF requiere la aplicación gráfica (por las fuentes), pero no hay ninguna en ejecución.</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Maquetando las páginas</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>No se ha podido iniciar el PDF.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 with Plumbline.
All times are UTC. The gap is the destination count minus the source count. This report never contains an API key: credentials are named by their keychain entry.</source>
        <translation>Generado el %1 por %2 con Plumbline.
Todas las horas se indican en UTC. La diferencia es el recuento de destino menos el recuento de origen. Este informe nunca contiene una API key: las credenciales se identifican por su entrada en el llavero.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Could not add a page to the PDF.</source>
        <translation>No se ha podido añadir una página al PDF.</translation>
    </message>
    <message>
        <source>Could not finish the PDF.</source>
        <translation>No se ha podido finalizar el PDF.</translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>Gap (destination − source)</source>
        <translation>Diferencia (destino − origen)</translation>
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
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Agravada</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Atenuada</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Suppressed (maintenance)</source>
        <translation>Suprimida (mantenimiento)</translation>
    </message>
    <message>
        <source>There is no integration %1.</source>
        <translation>No existe la integración %1.</translation>
    </message>
    <message>
        <source>The report needs a start and an end date.</source>
        <translation>El informe necesita una fecha de inicio y una fecha de fin.</translation>
    </message>
    <message>
        <source>The report period is empty: the start (%1) is not before the end (%2).</source>
        <translation>El periodo del informe está vacío: el inicio (%1) no es anterior al fin (%2).</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Conexión %1</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Integración %1</translation>
    </message>
    <message>
        <source>Integration audit report</source>
        <translation>Informe de auditoría de integraciones</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>OK (s)</source>
        <translation>Correcto (s)</translation>
    </message>
    <message>
        <source>Warning (s)</source>
        <translation>Advertencia (s)</translation>
    </message>
    <message>
        <source>Critical (s)</source>
        <translation>Crítico (s)</translation>
    </message>
    <message>
        <source>Unknown (s)</source>
        <translation>Desconocido (s)</translation>
    </message>
    <message>
        <source>Monitored (s)</source>
        <translation>Tiempo supervisado (s)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Failed polls</source>
        <translation>Consultas fallidas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Gap %</source>
        <translation>Diferencia %</translation>
    </message>
    <message>
        <source>No integration is part of this report.</source>
        <translation>Este informe no incluye ninguna integración.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Qué revisar</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>No current findings: every check passed at the latest poll.</source>
        <translation>No hay hallazgos actuales: todas las comprobaciones fueron correctas en la última consulta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Sistema de origen</translation>
    </message>
    <message>
        <source>Source object</source>
        <translation>Objeto de origen</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtro de origen</translation>
    </message>
    <message>
        <source>Destination system</source>
        <translation>Sistema de destino</translation>
    </message>
    <message>
        <source>Destination object</source>
        <translation>Objeto de destino</translation>
    </message>
    <message>
        <source>Destination filter</source>
        <translation>Filtro de destino</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Middleware</source>
        <translation>Middleware</translation>
    </message>
    <message>
        <source>Poll interval (s)</source>
        <translation>Intervalo de consulta (s)</translation>
    </message>
    <message>
        <source>Tolerance (%)</source>
        <translation>Tolerancia (%)</translation>
    </message>
    <message>
        <source>Tolerance (records)</source>
        <translation>Tolerancia (registros)</translation>
    </message>
    <message>
        <source>Lag grace (s)</source>
        <translation>Margen de retraso (s)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Manual de actuación</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Campo de origen</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Campo de destino</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>No field mappings are documented.</source>
        <translation>No hay mapeos de campos documentados.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Record counts of %1</source>
        <translation>Recuentos de registros de %1</translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation>Origen: %1 %2</translation>
    </message>
    <message>
        <source>Destination: %1 %2</source>
        <translation>Destino: %1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Source (average)</source>
        <translation>Origen (promedio)</translation>
    </message>
    <message>
        <source>Destination (average)</source>
        <translation>Destino (promedio)</translation>
    </message>
    <message>
        <source>Gap (average)</source>
        <translation>Diferencia (promedio)</translation>
    </message>
    <message>
        <source>Gap (lowest)</source>
        <translation>Diferencia (mínima)</translation>
    </message>
    <message>
        <source>Gap (highest)</source>
        <translation>Diferencia (máxima)</translation>
    </message>
    <message>
        <source>No counts were recorded for %1 in this period.</source>
        <translation>No se registraron recuentos de %1 en este periodo.</translation>
    </message>
    <message>
        <source>Record counts: %1 polls in the period, %2 of them failed. Each point is the %3 average; the lower panel shows the gap (destination − source).</source>
        <translation>Recuentos de registros: %1 consultas en el periodo, %2 de ellas fallidas. Cada punto es el promedio %3; el panel inferior muestra la diferencia (destino − origen).</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mapeos de campos</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Resumen del estado</translation>
    </message>
    <message>
        <source>Time in each state is the share of the monitored part of the period (from the integration's creation, up to now) that the integration spent with its worst open alert at that severity; alerts of the connections it uses count too. Counts are the latest average in the period. The gap is always the destination count minus the source count: a negative gap means records are missing at the destination.</source>
        <translation>El tiempo en cada estado es la proporción de la parte supervisada del periodo (desde la creación de la integración hasta ahora) durante la cual la alerta abierta más grave de la integración tuvo esa gravedad; también cuentan las alertas de las conexiones que utiliza. Los recuentos son el último promedio del periodo. La diferencia es siempre el recuento de destino menos el recuento de origen: una diferencia negativa significa que faltan registros en el destino.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Every account the integrations use. API keys live in the operating system's keychain; this report names the keychain entry and never contains a key.</source>
        <translation>Todas las cuentas que utilizan las integraciones. Las API keys se guardan en el llavero del sistema operativo; este informe indica la entrada del llavero y nunca contiene una clave.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de API</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Credential location</source>
        <translation>Ubicación de la credencial</translation>
    </message>
    <message>
        <source>Server variable</source>
        <translation>Variable del servidor</translation>
    </message>
    <message>
        <source>Credential state</source>
        <translation>Estado de la credencial</translation>
    </message>
    <message>
        <source>Credential stored</source>
        <translation>Credencial guardada</translation>
    </message>
    <message>
        <source>Credential age (days)</source>
        <translation>Antigüedad de la credencial (días)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No connection is used by the integrations in this report.</source>
        <translation>Ninguna de las integraciones de este informe utiliza conexiones.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>llavero no disponible</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>Keychain service "%1", entry "%2"</source>
        <translation>Servicio del llavero «%1», entrada «%2»</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Each integration's documentation, field mappings and record counts over the period (source and destination).</source>
        <translation>La documentación, los mapeos de campos y los recuentos de registros de cada integración durante el periodo (origen y destino).</translation>
    </message>
    <message>
        <source>Alerts that were open at some time in the period, with their timeline. Durations run to the resolution, or to the report's generation while open.</source>
        <translation>Alertas que estuvieron abiertas en algún momento del periodo, con su cronología. Las duraciones se calculan hasta la resolución o, si la alerta sigue abierta, hasta la generación del informe.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>To acknowledge</source>
        <translation>Tiempo hasta la confirmación</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>No hubo incidentes en este periodo.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No incident events in this period.</source>
        <translation>No hubo eventos de incidentes en este periodo.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Cronología de incidentes</translation>
    </message>
    <message>
        <source>Current findings</source>
        <translation>Hallazgos actuales</translation>
    </message>
    <message>
        <source>What the checks found at the latest poll of each integration and connection.</source>
        <translation>Lo que detectaron las comprobaciones en la última consulta de cada integración y conexión.</translation>
    </message>
    <message>
        <source>API versions and deprecation deadlines</source>
        <translation>Versiones de API y plazos de obsolescencia</translation>
    </message>
    <message>
        <source>The API version each connection uses and what the vendor last said about it. A version within 90 days of its sunset needs planning now.</source>
        <translation>La versión de API que usa cada conexión y lo último que ha comunicado el proveedor sobre ella. Una versión a menos de 90 días de su fecha de fin requiere planificación inmediata.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Version used</source>
        <translation>Versión utilizada</translation>
    </message>
    <message>
        <source>Version served</source>
        <translation>Versión servida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Deprecated since</source>
        <translation>Obsoleta desde</translation>
    </message>
    <message>
        <source>Sunset</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Vendor notice</source>
        <translation>Aviso del proveedor</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>No connection is part of this report.</source>
        <translation>Este informe no incluye ninguna conexión.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>served a different version</source>
        <translation>se sirvió otra versión</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsoleta</translation>
    </message>
    <message>
        <source>sunset announced</source>
        <translation>fecha de fin anunciada</translation>
    </message>
    <message>
        <source>current</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>Every change made to the definitions in the period: who, when and what. Secrets are never recorded.</source>
        <translation>Todos los cambios realizados en las definiciones durante el periodo: quién, cuándo y qué. Los secretos nunca se registran.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>No changes in this period.</source>
        <translation>No hubo cambios en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) and %1 connection(s)</source>
        <translation>
            <numerusform>%n integración y %1 conexión(es)</numerusform>
            <numerusform>%n integraciones y %1 conexión(es)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period</source>
        <translation>
            <numerusform>%n incidente en el periodo</numerusform>
            <numerusform>%n incidentes en el periodo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n current finding(s)</source>
        <translation>
            <numerusform>%n hallazgo actual</numerusform>
            <numerusform>%n hallazgos actuales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the definitions</source>
        <translation>
            <numerusform>%n cambio en las definiciones</numerusform>
            <numerusform>%n cambios en las definiciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst state now: %1</source>
        <translation>Estado más grave en este momento: %1</translation>
    </message>
    <message numerus="yes">
        <source>Period: %n day(s)</source>
        <translation>
            <numerusform>Periodo: %n día</numerusform>
            <numerusform>Periodo: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>end of life published; not checked yet</source>
        <translation>fin de vida publicado; aún no comprobado</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Latest value check, %1: no records could be compared. %2</source>
        <translation>Última comprobación de valores, %1: no se ha podido comparar ningún registro. %2</translation>
    </message>
    <message numerus="yes">
        <source>Latest value check, %1: %2 of %3 sampled records match (%4; 95 % interval %5–%6), %7 missing at the destination, %n request(s).</source>
        <translation>
            <numerusform>Última comprobación de valores, %1: %2 de %3 registros de la muestra coinciden (%4; intervalo del 95 % %5–%6), faltan %7 en el destino, %n solicitud.</numerusform>
            <numerusform>Última comprobación de valores, %1: %2 de %3 registros de la muestra coinciden (%4; intervalo del 95 % %5–%6), faltan %7 en el destino, %n solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Comprobación parcial: %1</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobada</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrados</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Coincidentes</translation>
    </message>
    <message>
        <source>Match rate</source>
        <translation>Tasa de coincidencia</translation>
    </message>
    <message>
        <source>Low (95 %)</source>
        <translation>Límite inferior (95 %)</translation>
    </message>
    <message>
        <source>High (95 %)</source>
        <translation>Límite superior (95 %)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Requests (source)</source>
        <translation>Solicitudes (origen)</translation>
    </message>
    <message>
        <source>Requests (destination)</source>
        <translation>Solicitudes (destino)</translation>
    </message>
    <message>
        <source>Source records</source>
        <translation>Registros de origen</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Partial because</source>
        <translation>Parcial porque</translation>
    </message>
    <message>
        <source>Problem kind</source>
        <translation>Tipo de problema</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>No se pudo comparar</translation>
    </message>
    <message>
        <source>No value check in this period.</source>
        <translation>No hay ninguna comprobación de valores en este periodo.</translation>
    </message>
    <message>
        <source>Value checks</source>
        <translation>Comprobaciones de valores</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparados</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Distintos</translation>
    </message>
    <message>
        <source>Empty at destination</source>
        <translation>Vacíos en el destino</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Truncados</translation>
    </message>
    <message>
        <source>Case only</source>
        <translation>Solo mayúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Empty at source</source>
        <translation>Vacíos en el origen</translation>
    </message>
    <message>
        <source>Both empty</source>
        <translation>Vacíos en ambos lados</translation>
    </message>
    <message>
        <source>Differ rate</source>
        <translation>Tasa de diferencia</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>No fields were compared.</source>
        <translation>No se ha comparado ningún campo.</translation>
    </message>
    <message>
        <source>Fields of the latest value check, most differences first</source>
        <translation>Campos de la última comprobación de valores, de más a menos diferencias</translation>
    </message>
    <message>
        <source>Example (redacted)</source>
        <translation>Ejemplo (enmascarado)</translation>
    </message>
    <message>
        <source>Examples of the latest value check, redacted (at most 3 a field)</source>
        <translation>Ejemplos de la última comprobación de valores, enmascarados (3 como máximo por campo)</translation>
    </message>
    <message>
        <source>No value check has run for %1: it samples records of the source, finds them at the destination by the key mapping and compares the mapped fields.</source>
        <translation>Todavía no se ha ejecutado ninguna comprobación de valores para %1: toma una muestra de registros del origen, los busca en el destino mediante el mapeo clave y compara los campos mapeados.</translation>
    </message>
    <message>
        <source>%1 (%2, critical only)</source>
        <translation>%1 (%2, solo críticas)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody: no notification channel reaches it</source>
        <translation>Nadie: ningún canal de notificación recibe sus alertas</translation>
    </message>
    <message>
        <source>Who gets notified</source>
        <translation>Quién recibe las notificaciones</translation>
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
        <translation>No se ha indicado dónde guardar el informe.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; a CSV report is a folder of files.</source>
        <translation>%1 existe y no es una carpeta; un informe CSV es una carpeta de archivos.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder for the CSV files.</source>
        <translation>La carpeta %1 no está vacía; elija una carpeta nueva o vacía para los archivos CSV.</translation>
    </message>
    <message>
        <source>Could not create a folder beside %1: %2</source>
        <translation>No se ha podido crear una carpeta junto a %1: %2</translation>
    </message>
    <message>
        <source>Could not move the CSV files into %1.</source>
        <translation>No se han podido mover los archivos CSV a %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the report.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo para el informe.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>Neither count could be read (%1 nor %2), so the gap is unknown</source>
        <translation>No se ha podido leer ninguno de los dos recuentos (ni %1 ni %2), así que se desconoce la diferencia</translation>
    </message>
    <message>
        <source>The source count (%1) could not be read, so the gap is unknown</source>
        <translation>No se ha podido leer el recuento de origen (%1), así que se desconoce la diferencia</translation>
    </message>
    <message>
        <source>The destination count (%1) could not be read, so the gap is unknown</source>
        <translation>No se ha podido leer el recuento de destino (%1), así que se desconoce la diferencia</translation>
    </message>
    <message>
        <source>%1 holds %2 of %3's %4 %5: %6 missing (%7 %) for %8</source>
        <translation>%1 tiene %2 de los %4 %5 de %3: faltan %6 (%7 %) desde hace %8</translation>
    </message>
    <message>
        <source>%1 holds %2 %3, %4 more than %5's %6 (%7 %) for %8</source>
        <translation>%1 tiene %2 %3, %4 más que los %6 de %5 (%7 %) desde hace %8</translation>
    </message>
    <message numerus="yes">
        <source>, and the gap grew on each of the last %n checks</source>
        <translation>
            <numerusform>, y la diferencia ha aumentado en %n comprobación (la última)</numerusform>
            <numerusform>, y la diferencia ha aumentado en cada una de las últimas %n comprobaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are not arriving in %1. Open the sync that carries them (the Make scenario, the Zap or the built-in integration) and look at its recent history for errors or skipped records. Common causes: a required field left empty, invalid e-mail addresses, contacts that unsubscribed or bounced (Mailchimp counts only subscribed members), or a filter on one side that the other does not have.</source>
        <translation>Los registros no están llegando a %1. Abra la sincronización que los transporta (el escenario de Make, el Zap o la integración nativa) y revise su historial reciente en busca de errores o registros omitidos. Causas habituales: un campo obligatorio vacío, direcciones de correo electrónico no válidas, contactos que se han dado de baja o rebotado (Mailchimp solo cuenta los miembros suscritos) o un filtro en un lado que el otro no tiene.</translation>
    </message>
    <message>
        <source>%1 has more records than %2. Check whether records deleted or archived in %2 are still kept in %1, whether a second sync or an import also writes to %1, and whether both sides use the same filter.</source>
        <translation>%1 tiene más registros que %2. Compruebe si los registros eliminados o archivados en %2 se siguen conservando en %1, si una segunda sincronización o una importación también escribe en %1 y si ambos lados usan el mismo filtro.</translation>
    </message>
    <message>
        <source>%1 has stayed at %2 %3 for %4 while %5 changed by %6</source>
        <translation>%1 se ha mantenido en %2 %3 durante %4 mientras %5 ha cambiado en %6</translation>
    </message>
    <message>
        <source>Nothing has reached %1 for %2 although %3 changed. Check that the sync between them is switched on and still signed in to both systems, and look at its history for errors.</source>
        <translation>No ha llegado nada a %1 desde hace %2, aunque %3 ha cambiado. Compruebe que la sincronización entre ambos está activada y sigue con la sesión iniciada en los dos sistemas, y revise su historial en busca de errores.</translation>
    </message>
    <message>
        <source>Open %1 and look at the scenario or Zap %2: switch it back on, fix the step it marks as broken (often a connection that needs signing in again), and run it once to catch up.</source>
        <translation>Abra %1 y revise el escenario o Zap %2: vuelva a activarlo, corrija el paso que aparece como erróneo (a menudo una conexión en la que hay que volver a iniciar sesión) y ejecútelo una vez para ponerse al día.</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is marked invalid and cannot run</source>
        <translation>El escenario o Zap %1 de %2 está marcado como no válido y no puede ejecutarse</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is switched off</source>
        <translation>El escenario o Zap %1 de %2 está desactivado</translation>
    </message>
    <message>
        <source>The scenario or Zap %1 in %2 is paused</source>
        <translation>El escenario o Zap %1 de %2 está en pausa</translation>
    </message>
    <message>
        <source>Open %1 and check the schedule of %2: is it still switched on, is its trigger still firing, and has the plan run out of operations or tasks?</source>
        <translation>Abra %1 y revise la programación de %2: ¿sigue activado?, ¿se sigue disparando su activador?, ¿se han agotado las operaciones o tareas del plan?</translation>
    </message>
    <message>
        <source>%1 made no runs in %2 (about %3 expected)</source>
        <translation>%1 no ha tenido ninguna ejecución en %2 (se esperaban unas %3)</translation>
    </message>
    <message>
        <source>%1 made %2 runs in %3 (about %4 expected)</source>
        <translation>%1 ha tenido %2 ejecuciones en %3 (se esperaban unas %4)</translation>
    </message>
    <message>
        <source>%1 has not run successfully for %2</source>
        <translation>%1 no se ha ejecutado correctamente desde hace %2</translation>
    </message>
    <message>
        <source>Polling has stopped. If Plumbline runs on a server, check that the "plumbline run" service is still running; on a desktop, check that Plumbline is open and the computer did not sleep.</source>
        <translation>Las consultas se han detenido. Si Plumbline se ejecuta en un servidor, compruebe que el servicio "plumbline run" sigue en marcha; en un equipo de escritorio, compruebe que Plumbline está abierto y que el equipo no ha entrado en suspensión.</translation>
    </message>
    <message>
        <source>No successful check yet, %1 after the first attempt</source>
        <translation>Aún no hay ninguna comprobación correcta, %1 después del primer intento</translation>
    </message>
    <message>
        <source>The monitor's last check is dated %1 in the future: the computer's clock may have changed</source>
        <translation>La fecha de la última comprobación del monitor está %1 en el futuro: es posible que el reloj del equipo haya cambiado</translation>
    </message>
    <message>
        <source>The last successful check is dated %1 in the future: the computer's clock may have changed</source>
        <translation>La fecha de la última comprobación correcta está %1 en el futuro: es posible que el reloj del equipo haya cambiado</translation>
    </message>
    <message>
        <source>Check the computer's date, time and time zone settings; the warning clears by itself once a new check succeeds.</source>
        <translation>Compruebe la fecha, la hora y la zona horaria del equipo; la advertencia desaparece sola en cuanto una nueva comprobación sea correcta.</translation>
    </message>
    <message>
        <source>Last checked %1 ago: polling has stopped</source>
        <translation>Última comprobación hace %1: las consultas se han detenido</translation>
    </message>
    <message>
        <source>Last successful check %1 ago (expected every %2)</source>
        <translation>Última comprobación correcta hace %1 (se espera cada %2)</translation>
    </message>
    <message>
        <source>%1 %2 changed by %3 in %4, against a usual %5 per check (score %6)</source>
        <translation>%2 de %1: cambio de %3 en %4, frente a los %5 habituales por comprobación (puntuación %6)</translation>
    </message>
    <message>
        <source>Many records disappeared from %1 at once. Ask who deleted, merged or archived records, or changed a list or filter; check the change log of %1.</source>
        <translation>Han desaparecido muchos registros de %1 de golpe. Pregunte quién ha eliminado, fusionado o archivado registros, o ha cambiado una lista o un filtro; revise el registro de cambios de %1.</translation>
    </message>
    <message>
        <source>Many records arrived in %1 at once. Check for a list import, a new form or a bot filling in a form; make sure the new records are meant to flow on to %2.</source>
        <translation>Han llegado muchos registros a %1 de golpe. Compruebe si ha habido una importación de lista, un formulario nuevo o un bot rellenando un formulario; asegúrese de que los nuevos registros deben pasar a %2.</translation>
    </message>
    <message>
        <source>Open %1 and look at the history of %2: the failed runs show which step failed and why (often a connection that needs signing in again, a changed field, or a full plan). Fix it, then re-run or resolve the stored incomplete runs so no record is lost.</source>
        <translation>Abra %1 y revise el historial de %2: las ejecuciones fallidas muestran qué paso falló y por qué (a menudo una conexión en la que hay que volver a iniciar sesión, un campo modificado o un plan agotado). Corríjalo y, después, vuelva a ejecutar o resuelva las ejecuciones incompletas almacenadas para no perder ningún registro.</translation>
    </message>
    <message>
        <source>the automation tool</source>
        <translation>la herramienta de automatización</translation>
    </message>
    <message>
        <source>The last %1 runs of %2 failed</source>
        <translation>Las últimas %1 ejecuciones de %2 han fallado</translation>
    </message>
    <message>
        <source>%1 of %2 runs of %3 failed in %4 (%5 %)</source>
        <translation>%1 de %2 ejecuciones de %3 han fallado en %4 (%5 %)</translation>
    </message>
    <message>
        <source>%1 holds %2 incomplete runs of %3 waiting to be resolved</source>
        <translation>%1 tiene %2 ejecuciones incompletas de %3 pendientes de resolver</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings (the gear icon) › Integrations › Private Apps (on newer accounts: Development › Legacy apps), open the app Plumbline uses, or create one with read access to the CRM objects you monitor, and copy the access token from its Auth tab ("Show token").</source>
        <translation>En HubSpot, abra Settings (el icono del engranaje) › Integrations › Private Apps (en las cuentas más recientes: Development › Legacy apps), abra la aplicación que usa Plumbline, o cree una con acceso de lectura a los objetos del CRM que supervisa, y copie el token de acceso de su pestaña Auth ("Show token").</translation>
    </message>
    <message>
        <source>The Salesforce session or access token has expired or was revoked, or the user was deactivated. Ask your Salesforce admin to check the user under Setup › Users and to issue a new access token for the connected app Plumbline uses (Setup › App Manager).</source>
        <translation>La sesión o el token de acceso de Salesforce ha caducado o se ha revocado, o se ha desactivado el usuario. Pida a su administrador de Salesforce que revise el usuario en Setup › Users y que emita un nuevo token de acceso para la aplicación conectada que usa Plumbline (Setup › App Manager).</translation>
    </message>
    <message>
        <source>In Mailchimp, click your profile picture › Profile › Extras › API keys, and choose Create A Key. Copy it whole: the end of the key after the dash (for example -us6) names your account's data centre.</source>
        <translation>En Mailchimp, haga clic en su foto de perfil › Profile › Extras › API keys y elija Create A Key. Cópiela entera: el final de la clave después del guion (por ejemplo, -us6) indica el centro de datos de su cuenta.</translation>
    </message>
    <message>
        <source>In the Shopify admin, open Settings › Apps and sales channels › Develop apps, select the app Plumbline uses › API credentials, and reveal or reinstall to get a new Admin API access token (it is shown only once).</source>
        <translation>En el panel de administración de Shopify, abra Settings › Apps and sales channels › Develop apps, seleccione la aplicación que usa Plumbline › API credentials y muestre o reinstale para obtener un nuevo token de acceso de Admin API (solo se muestra una vez).</translation>
    </message>
    <message>
        <source>In Make, click your avatar › Profile › API access › Add token, with at least the scenarios:read scope. Tokens belong to one zone (eu1, us1, …): create it in the zone this connection uses.</source>
        <translation>En Make, haga clic en su avatar › Profile › API access › Add token, con al menos el scope scenarios:read. Los tokens pertenecen a una zona (eu1, us1, …): créelo en la zona que usa esta conexión.</translation>
    </message>
    <message>
        <source>The Zapier access token was revoked or has expired. Ask whoever set up Plumbline's access to Zapier to sign in again and issue a new token with the zap:runs scope.</source>
        <translation>El token de acceso de Zapier se ha revocado o ha caducado. Pida a quien configuró el acceso de Plumbline a Zapier que vuelva a iniciar sesión y emita un nuevo token con el scope zap:runs.</translation>
    </message>
    <message>
        <source>Ask the owner of this service for a new API key, and check in the connection's options that the header name and scheme (for example Authorization: Bearer) are still right.</source>
        <translation>Pida al responsable de este servicio una nueva API key y compruebe en las opciones de la conexión que el nombre de la cabecera y el esquema (por ejemplo, Authorization: Bearer) siguen siendo correctos.</translation>
    </message>
    <message>
        <source>The HubSpot private app lacks a scope. In HubSpot open Settings › Integrations › Private Apps › the app › Scopes and tick the read scopes of the objects you monitor (for contacts: crm.objects.contacts.read and crm.schemas.contacts.read). If HubSpot issues a new token, paste it into Plumbline.</source>
        <translation>A la aplicación privada de HubSpot le falta un scope. En HubSpot, abra Settings › Integrations › Private Apps › la aplicación › Scopes y marque los scopes de lectura de los objetos que supervisa (para contactos: crm.objects.contacts.read y crm.schemas.contacts.read). Si HubSpot emite un nuevo token, péguelo en Plumbline.</translation>
    </message>
    <message>
        <source>The Salesforce user behind the token may no longer read this object or its fields. Ask your Salesforce admin to check the user's profile or permission set: API Enabled, Read on the object, field-level access to the mapped fields, and View Setup and Configuration for the API usage figures.</source>
        <translation>Es posible que el usuario de Salesforce asociado al token ya no pueda leer este objeto o sus campos. Pida a su administrador de Salesforce que revise el perfil o el conjunto de permisos del usuario: API Enabled, Read en el objeto, acceso a nivel de campo a los campos mapeados y View Setup and Configuration para las cifras de uso de la API.</translation>
    </message>
    <message>
        <source>Mailchimp API keys have no scopes: the key's user needs access to this audience. Check the user's role (Manager or above) under Account &amp; billing › Settings › Users, and that the audience id in the connection is still right.</source>
        <translation>Las API keys de Mailchimp no tienen scopes: el usuario de la clave necesita acceso a esta audiencia. Compruebe el rol del usuario (Manager o superior) en Account &amp; billing › Settings › Users, y que el id de audiencia de la conexión sigue siendo correcto.</translation>
    </message>
    <message>
        <source>The Shopify app lacks an access scope. In the Shopify admin open Settings › Apps and sales channels › Develop apps › the app › Configuration › Admin API integration, add the read scope of what you monitor (for example read_customers, read_orders), save and reinstall the app.</source>
        <translation>A la aplicación de Shopify le falta un scope de acceso. En el panel de administración de Shopify, abra Settings › Apps and sales channels › Develop apps › la aplicación › Configuration › Admin API integration, añada el scope de lectura de lo que supervisa (por ejemplo, read_customers, read_orders), guarde y reinstale la aplicación.</translation>
    </message>
    <message>
        <source>The Make token lacks a scope. Create a new token in Make (avatar › Profile › API access) with scenarios:read, and organizations:read for the plan's limits.</source>
        <translation>Al token de Make le falta un scope. Cree un nuevo token en Make (avatar › Profile › API access) con scenarios:read, y organizations:read para los límites del plan.</translation>
    </message>
    <message>
        <source>The Zapier token lacks the zap:runs scope, or the Zap belongs to an account it cannot see. Ask whoever set up the access to grant it.</source>
        <translation>Al token de Zapier le falta el scope zap:runs, o el Zap pertenece a una cuenta que el token no puede ver. Pida a quien configuró el acceso que se lo conceda.</translation>
    </message>
    <message>
        <source>The key is valid but not allowed to read this data. Ask the owner of this service to grant it read access.</source>
        <translation>La clave es válida, pero no tiene permiso para leer estos datos. Pida al responsable de este servicio que le conceda acceso de lectura.</translation>
    </message>
    <message>
        <source>HubSpot is moving to dated API versions (for example 2026-03); the old v1–v4 paths end in September 2027. In Plumbline open Connections › edit this connection › API version and choose the current dated version; ask whoever built the sync to do the same.</source>
        <translation>HubSpot está pasando a versiones de API con fecha (por ejemplo, 2026-03); las rutas antiguas v1–v4 dejan de funcionar en septiembre de 2027. En Plumbline, abra Conexiones › editar esta conexión › Versión de API y elija la versión con fecha actual; pida a quien creó la sincronización que haga lo mismo.</translation>
    </message>
    <message>
        <source>Salesforce retires old API versions. In Plumbline open Connections › edit this connection › API version and choose a supported version (for example 62.0); ask whoever built the sync whether it uses the same old version.</source>
        <translation>Salesforce retira las versiones antiguas de su API. En Plumbline, abra Conexiones › editar esta conexión › Versión de API y elija una versión compatible (por ejemplo, 62.0); pregunte a quien creó la sincronización si usa la misma versión antigua.</translation>
    </message>
    <message>
        <source>Shopify supports each API version for about a year, then silently answers with a newer one. In Plumbline open Connections › edit this connection › API version and choose a current version; check that the apps that sync your store were updated too.</source>
        <translation>Shopify mantiene cada versión de API durante aproximadamente un año y después responde, sin avisar, con una más reciente. En Plumbline, abra Conexiones › editar esta conexión › Versión de API y elija una versión actual; compruebe que también se han actualizado las aplicaciones que sincronizan su tienda.</translation>
    </message>
    <message>
        <source>The vendor is retiring the API version this connection uses. In Plumbline open Connections › edit this connection › API version and choose a current one; ask whoever built the sync to check theirs.</source>
        <translation>El proveedor va a retirar la versión de API que usa esta conexión. En Plumbline, abra Conexiones › editar esta conexión › Versión de API y elija una actual; pida a quien creó la sincronización que revise la suya.</translation>
    </message>
    <message>
        <source>%1 rejected Plumbline's key%2: it was revoked, has expired or was mistyped</source>
        <translation>%1 ha rechazado la API key de Plumbline%2: se ha revocado, ha caducado o se escribió mal</translation>
    </message>
    <message>
        <source>%1 accepted Plumbline's key but refused access%2: a permission or scope is missing</source>
        <translation>%1 ha aceptado la API key de Plumbline, pero ha denegado el acceso%2: falta un permiso o un scope</translation>
    </message>
    <message>
        <source>The key of %1 is %2 days old; your policy is to replace keys every %3 days</source>
        <translation>La API key de %1 tiene %2 días; su directiva es sustituir las claves cada %3 días</translation>
    </message>
    <message>
        <source>Revoke the old key afterwards so only the new one works.</source>
        <translation>Después, revoque la clave antigua para que solo funcione la nueva.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminada)</translation>
    </message>
    <message>
        <source>API version %1 of %2 has been retired%3: requests to it no longer work</source>
        <translation>La versión de API %1 de %2 se ha retirado%3: las solicitudes a ella ya no funcionan</translation>
    </message>
    <message>
        <source>%1 answered with API version %2 instead of the requested %3: the old version is no longer served</source>
        <translation>%1 ha respondido con la versión de API %2 en lugar de la %3 solicitada: la versión antigua ya no está disponible</translation>
    </message>
    <message>
        <source>(another)</source>
        <translation>(otra)</translation>
    </message>
    <message>
        <source>API version %1 of %2 passed its end date %3 days ago and may stop working at any moment</source>
        <translation>La versión de API %1 de %2 superó su fecha de fin hace %3 días y puede dejar de funcionar en cualquier momento</translation>
    </message>
    <message numerus="yes">
        <source>API version %1 of %2 stops working on %3, in %n day(s)</source>
        <translation>
            <numerusform>La versión de API %1 de %2 deja de funcionar el %3, dentro de %n día</numerusform>
            <numerusform>La versión de API %1 de %2 deja de funcionar el %3, dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>API version %1 of %2 is deprecated</source>
        <translation>La versión de API %1 de %2 está obsoleta</translation>
    </message>
    <message>
        <source>%1 has used up its API quota%2: every system sharing it is refused until the quota resets</source>
        <translation>%1 ha agotado su cuota de API%2: se rechazan las solicitudes de todos los sistemas que la comparten hasta que se restablezca la cuota</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 API calls left (%4 %)</source>
        <translation>A %1 le quedan %2 de %3 llamadas a la API (%4 %)</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 API calls left in its %4 window (%5 %)</source>
        <translation>A %1 le quedan %2 de %3 llamadas a la API en su ventana de %4 (%5 %)</translation>
    </message>
    <message>
        <source>, and it answered "too many requests"</source>
        <translation>, y ha respondido «demasiadas solicitudes»</translation>
    </message>
    <message>
        <source>%1 answered "too many requests" and asked to wait %2</source>
        <translation>%1 ha respondido «demasiadas solicitudes» y ha pedido esperar %2</translation>
    </message>
    <message>
        <source>%1 answered "too many requests"</source>
        <translation>%1 ha respondido «demasiadas solicitudes»</translation>
    </message>
    <message>
        <source>Plumbline uses only a few calls per check; something else is using this account's API allowance heavily (another sync, an export, a new app or a script). Look at the account's API usage page or ask whoever runs the other integrations; if it keeps happening, spread scheduled jobs out or raise the plan's limit.</source>
        <translation>Plumbline solo usa unas pocas llamadas por comprobación; otra cosa está consumiendo intensamente la asignación de API de esta cuenta (otra sincronización, una exportación, una aplicación nueva o un script). Revise la página de uso de la API de la cuenta o pregunte a quien gestiona las demás integraciones; si sigue ocurriendo, escalone las tareas programadas o amplíe el límite del plan.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, even after retrying</source>
        <translation>%1 no ha respondido a tiempo, ni siquiera tras reintentarlo</translation>
    </message>
    <message>
        <source>Check the vendor's status page for an outage. If the vendor reports no problem, check this computer's internet connection, proxy or VPN.</source>
        <translation>Consulte la página de estado del proveedor por si hay una interrupción del servicio. Si el proveedor no informa de ningún problema, compruebe la conexión a Internet, el proxy o la VPN de este equipo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified</source>
        <translation>La conexión segura con %1 ha fallado: no se ha podido verificar su certificado</translation>
    </message>
    <message>
        <source>Often a company proxy or antivirus that inspects secure traffic, or a wrong date on this computer. Check the date and time, and ask IT whether a proxy intercepts connections to this vendor; also check the connection's address.</source>
        <translation>Suele deberse a un proxy corporativo o un antivirus que inspecciona el tráfico seguro, o a una fecha incorrecta en este equipo. Compruebe la fecha y la hora, y pregunte a TI si un proxy intercepta las conexiones con este proveedor; compruebe también la dirección de la conexión.</translation>
    </message>
    <message>
        <source>%1 could not be reached: the address could not be found or the connection was refused</source>
        <translation>No se ha podido acceder a %1: no se ha encontrado la dirección o se ha rechazado la conexión</translation>
    </message>
    <message>
        <source>Check this computer's internet connection, proxy or VPN, and the connection's address (base URL) in Plumbline; then check the vendor's status page.</source>
        <translation>Compruebe la conexión a Internet, el proxy o la VPN de este equipo, y la dirección de la conexión (URL base) en Plumbline; después, consulte la página de estado del proveedor.</translation>
    </message>
    <message>
        <source>%1 answered with a server error%2, even after retrying</source>
        <translation>%1 ha respondido con un error del servidor%2, incluso tras reintentarlo</translation>
    </message>
    <message>
        <source>The problem is at the vendor. Check its status page; if it lasts, contact its support with the time shown here. Nothing needs changing in Plumbline.</source>
        <translation>El problema está en el proveedor. Consulte su página de estado; si persiste, póngase en contacto con su soporte indicando la hora que se muestra aquí. No es necesario cambiar nada en Plumbline.</translation>
    </message>
    <message>
        <source>%1 answered%2 but Plumbline could not read the answer: the API may have changed</source>
        <translation>%1 ha respondido%2, pero Plumbline no ha podido leer la respuesta: es posible que la API haya cambiado</translation>
    </message>
    <message>
        <source>Check the vendor's status page and developer changelog for a change to the API. Check the connection's address and API version in Plumbline (a proxy or login page may answer instead of the vendor). If it persists, update Plumbline.</source>
        <translation>Consulte la página de estado del proveedor y su registro de cambios para desarrolladores por si ha habido un cambio en la API. Compruebe la dirección y la versión de API de la conexión en Plumbline (puede que responda un proxy o una página de inicio de sesión en lugar del proveedor). Si persiste, actualice Plumbline.</translation>
    </message>
    <message>
        <source>The mapped field %1 no longer exists in %2</source>
        <translation>El campo mapeado %1 ya no existe en %2</translation>
    </message>
    <message>
        <source>The mapped field %1 no longer exists in %2 (renamed to %3?)</source>
        <translation>El campo mapeado %1 ya no existe en %2 (¿se ha renombrado como %3?)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 in %2 (renamed to %3?)</source>
        <translation>%1 en %2 (¿se ha renombrado como %3?)</translation>
    </message>
    <message numerus="yes">
        <source>%n mapped fields no longer exist: %1</source>
        <translation>
            <numerusform>%n campo mapeado ya no existe: %1</numerusform>
            <numerusform>%n campos mapeados ya no existen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 is the field that matches records</source>
        <translation>; %1 es el campo que empareja los registros</translation>
    </message>
    <message>
        <source>Someone renamed or deleted the field %1 in %2. Ask who changed the fields there; then update the field mapping in the sync and in Plumbline (Integrations › edit › Mappings).</source>
        <translation>Alguien ha renombrado o eliminado el campo %1 en %2. Pregunte quién ha cambiado los campos allí; después, actualice el mapeo de campos en la sincronización y en Plumbline (Integraciones › editar › Mapeos).</translation>
    </message>
    <message>
        <source>The field %1 in %2 was probably renamed to %3. Check the field in %2's settings, then update the mapping in the sync that carries the data and in Plumbline (Integrations › edit › Mappings).</source>
        <translation>Probablemente el campo %1 de %2 se ha renombrado como %3. Revise el campo en la configuración de %2 y, después, actualice el mapeo en la sincronización que transporta los datos y en Plumbline (Integraciones › editar › Mapeos).</translation>
    </message>
    <message>
        <source>Without this field the sync cannot tell which records belong together and may create duplicates or stop.</source>
        <translation>Sin este campo, la sincronización no puede saber qué registros se corresponden y puede crear duplicados o detenerse.</translation>
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
        <translation>más de %1 días</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Then in Plumbline choose Connections › select %1 › Set API key… (Ctrl+K) and paste the new key; on a server without a desktop run: plumbline secret set %1</source>
        <translation>Después, en Plumbline, elija Conexiones › seleccione %1 › Establecer API key… (Ctrl+K) y pegue la nueva clave; en un servidor sin escritorio, ejecute: plumbline secret set %1</translation>
    </message>
    <message>
        <source>The count could not be read because %1. Fix that first: once Plumbline can read both counts again it compares them on the next check.</source>
        <translation>No se ha podido leer el recuento porque %1. Solucione eso primero: en cuanto Plumbline pueda volver a leer ambos recuentos, los comparará en la siguiente comprobación.</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>; y </translation>
    </message>
    <message>
        <source>Plumbline has not checked this integration recently: check that polling is not paused (View › Pause polling) and that Plumbline (or its "plumbline run" service) is running.</source>
        <translation>Plumbline no ha comprobado esta integración recientemente: compruebe que las consultas no estén en pausa (Ver › Pausar consultas) y que Plumbline (o su servicio "plumbline run") se esté ejecutando.</translation>
    </message>
    <message>
        <source>Plumbline has not managed to read both counts recently, because %1.</source>
        <translation>Plumbline no ha conseguido leer ambos recuentos recientemente, porque %1.</translation>
    </message>
    <message>
        <source>the object of %1 no longer exists (see the finding about it)</source>
        <translation>el objeto de %1 ya no existe (consulte el hallazgo correspondiente)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>the HubSpot object type</source>
        <translation>el tipo de objeto de HubSpot</translation>
    </message>
    <message>
        <source>the Salesforce object</source>
        <translation>el objeto de Salesforce</translation>
    </message>
    <message>
        <source>the Mailchimp audience</source>
        <translation>la audiencia de Mailchimp</translation>
    </message>
    <message>
        <source>the Shopify resource</source>
        <translation>el recurso de Shopify</translation>
    </message>
    <message>
        <source>the Make scenario</source>
        <translation>el escenario de Make</translation>
    </message>
    <message>
        <source>the Zap</source>
        <translation>el Zap</translation>
    </message>
    <message>
        <source>the API endpoint</source>
        <translation>el endpoint de la API</translation>
    </message>
    <message>
        <source>If it was recreated under a new id, open this integration in Plumbline (select it, then Edit…, Ctrl+E) and enter the new id, and make sure the sync that carries the data uses it too.</source>
        <translation>Si se ha vuelto a crear con un id nuevo, abra esta integración en Plumbline (selecciónela y, después, Editar…, Ctrl+E), introduzca el nuevo id y asegúrese de que la sincronización que transporta los datos también lo usa.</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings › Data Management › Objects and check that %1 still exists (a custom object may have been deleted or its internal name changed).</source>
        <translation>En HubSpot, abra Settings › Data Management › Objects y compruebe que %1 sigue existiendo (puede que se haya eliminado un objeto personalizado o que haya cambiado su nombre interno).</translation>
    </message>
    <message>
        <source>Ask your Salesforce admin to look for %1 under Setup › Object Manager: it may have been deleted or renamed, or the user behind Plumbline's access may no longer see it.</source>
        <translation>Pida a su administrador de Salesforce que busque %1 en Setup › Object Manager: puede que se haya eliminado o renombrado, o que el usuario asociado al acceso de Plumbline ya no pueda verlo.</translation>
    </message>
    <message>
        <source>In Mailchimp, open Audience › All contacts and check that %1 still exists; its id is under Audience › Settings › Audience name and defaults.</source>
        <translation>En Mailchimp, abra Audience › All contacts y compruebe que %1 sigue existiendo; su id se encuentra en Audience › Settings › Audience name and defaults.</translation>
    </message>
    <message>
        <source>Check in the Shopify admin that %1 still exists, and that the shop address and API version of the connection are right.</source>
        <translation>Compruebe en el panel de administración de Shopify que %1 sigue existiendo y que la dirección de la tienda y la versión de API de la conexión son correctas.</translation>
    </message>
    <message>
        <source>In Make, open Scenarios and look for %1 (the id is the number in the scenario's address, …/scenarios/&lt;id&gt;/edit). Without it nothing carries the records any more.</source>
        <translation>En Make, abra Scenarios y busque %1 (el id es el número que aparece en la dirección del escenario, …/scenarios/&lt;id&gt;/edit). Sin él, ya nada transporta los registros.</translation>
    </message>
    <message>
        <source>In Zapier, open Zaps (look in the trash too) and check that %1 still exists (the id is in the Zap's address, zapier.com/editor/&lt;id&gt;). Without it nothing carries the records any more.</source>
        <translation>En Zapier, abra Zaps (busque también en la papelera) y compruebe que %1 sigue existiendo (el id está en la dirección del Zap, zapier.com/editor/&lt;id&gt;). Sin él, ya nada transporta los registros.</translation>
    </message>
    <message>
        <source>Ask the owner of this service whether %1 still exists at the address in the connection, or whether it moved.</source>
        <translation>Pregunte al responsable de este servicio si %1 sigue existiendo en la dirección indicada en la conexión o si se ha trasladado.</translation>
    </message>
    <message>
        <source>%1 cannot be checked in %2: %3</source>
        <translation>%1 no se puede comprobar en %2: %3</translation>
    </message>
    <message>
        <source>Open this integration in Plumbline (select it, then Edit…, Ctrl+E) and fill in what is missing.</source>
        <translation>Abra esta integración en Plumbline (selecciónela y, después, Editar…, Ctrl+E) y complete lo que falta.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 no longer exists in %2%3: it was deleted or its id changed</source>
        <translation>%1 ya no existe en %2%3: se ha eliminado o ha cambiado su id</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 en %3</translation>
    </message>
    <message>
        <source>; also gone: %1</source>
        <translation>; también han desaparecido: %1</translation>
    </message>
    <message>
        <source>Plumbline has no API key for %1, so it could not check it (nothing was sent to the vendor)</source>
        <translation>Plumbline no tiene ninguna API key para %1, así que no ha podido comprobar la conexión (no se ha enviado nada al proveedor)</translation>
    </message>
    <message>
        <source>Give Plumbline the key: in the window choose Connections › select %1 › Set API key… (Ctrl+K). Where Plumbline runs without a desktop (cron, a server, CI), set the environment variable %2 for the plumbline command, or store the key once with: plumbline secret set %1.</source>
        <translation>Proporcione la clave a Plumbline: en la ventana, elija Conexiones › seleccione %1 › Establecer API key… (Ctrl+K). Si Plumbline se ejecuta sin escritorio (cron, un servidor, CI), defina la variable de entorno %2 para el comando plumbline o guarde la clave una sola vez con: plumbline secret set %1.</translation>
    </message>
    <message>
        <source>If you need a new key:</source>
        <translation>Si necesita una clave nueva:</translation>
    </message>
    <message>
        <source>The API key of %1 contains a line break or another control character, so Plumbline did not send it (nothing was sent to the vendor)</source>
        <translation>La API key de %1 contiene un salto de línea u otro carácter de control, así que Plumbline no la ha enviado (no se ha enviado nada al proveedor)</translation>
    </message>
    <message>
        <source>A key never contains line breaks; this one was probably pasted with an extra line. Store it again: Connections › select %1 › Set API key… (Ctrl+K), or plumbline secret set %1. Where the key comes from the environment variable %2, set it without the line break.</source>
        <translation>Una clave nunca contiene saltos de línea; probablemente esta se pegó con una línea de más. Vuelva a guardarla: Conexiones › seleccione %1 › Establecer API key… (Ctrl+K), o plumbline secret set %1. Si la clave procede de la variable de entorno %2, defínala sin el salto de línea.</translation>
    </message>
    <message>
        <source>Plumbline could not read the API key of %1 from the keychain, so it could not check it (nothing was sent to the vendor)</source>
        <translation>Plumbline no ha podido leer del llavero la API key de %1, así que no ha podido comprobar la conexión (no se ha enviado nada al proveedor)</translation>
    </message>
    <message>
        <source>The keychain is locked or not running. Unlock it (log in to the desktop again, or open the system's passwords app) or start a Secret Service such as GNOME Keyring or KWallet, then check again. Where there is no keychain (a server, CI), set the environment variable %1 for the plumbline command instead. The key itself is probably fine: do not replace it.</source>
        <translation>El llavero está bloqueado o no se está ejecutando. Desbloquéelo (vuelva a iniciar sesión en el escritorio o abra la aplicación de contraseñas del sistema) o inicie un proveedor de Secret Service, como GNOME Keyring o KWallet, y vuelva a comprobar. Si no hay llavero (un servidor, CI), defina en su lugar la variable de entorno %1 para el comando plumbline. Probablemente la clave en sí está bien: no la sustituya.</translation>
    </message>
    <message>
        <source>Plumbline could not save or read this check in its workspace file, so its history has stopped: %1</source>
        <translation>Plumbline no ha podido guardar ni leer esta comprobación en su archivo de espacio de trabajo, así que su historial se ha detenido: %1</translation>
    </message>
    <message>
        <source>Until this is fixed Plumbline cannot tell whether the integration is healthy. Make room on the disk that holds %1 and check that the file can be written (the folder is shown in File › Settings › Data folder). If the file is damaged, restore it from a backup or run "plumbline repair".</source>
        <translation>Hasta que se solucione, Plumbline no puede saber si la integración funciona correctamente. Libere espacio en el disco que contiene %1 y compruebe que se puede escribir en el archivo (la carpeta se muestra en Archivo › Configuración › Carpeta de datos). Si el archivo está dañado, restáurelo desde una copia de seguridad o ejecute "plumbline repair".</translation>
    </message>
    <message>
        <source>%1 rejected Plumbline's key (see the sign-in finding of %1)</source>
        <translation>%1 ha rechazado la API key de Plumbline (consulte el hallazgo de autenticación de %1)</translation>
    </message>
    <message>
        <source>%1 refused access to this data (see the permission finding of %1)</source>
        <translation>%1 ha denegado el acceso a estos datos (consulte el hallazgo de permisos de %1)</translation>
    </message>
    <message>
        <source>Plumbline has no key it can send to %1 (see the finding about the key of %1)</source>
        <translation>Plumbline no tiene ninguna clave que pueda enviar a %1 (consulte el hallazgo sobre la clave de %1)</translation>
    </message>
    <message>
        <source>%1 refused more requests for now (see the rate-limit finding of %1)</source>
        <translation>%1 no acepta más solicitudes por ahora (consulte el hallazgo de límite de solicitudes de %1)</translation>
    </message>
    <message>
        <source>%1 no longer serves this API version (see the deprecation finding of %1)</source>
        <translation>%1 ya no admite esta versión de API (consulte el hallazgo de obsolescencia de %1)</translation>
    </message>
    <message>
        <source>%1 answered something Plumbline could not read (see the finding about its answer)</source>
        <translation>%1 ha respondido algo que Plumbline no ha podido leer (consulte el hallazgo sobre su respuesta)</translation>
    </message>
    <message>
        <source>%1 could not be reached (see the finding that %1 is unreachable)</source>
        <translation>no se ha podido acceder a %1 (consulte el hallazgo que indica que no se puede acceder a %1)</translation>
    </message>
    <message>
        <source>%1 gave no count and no error Plumbline could name; try Test connection on it (Connections › select %1 › Test connection)</source>
        <translation>%1 no ha devuelto ningún recuento ni ningún error que Plumbline pueda identificar; pruebe la conexión (Conexiones › seleccione %1 › Probar conexión)</translation>
    </message>
    <message>
        <source>In HubSpot the refresh token ends when the app is uninstalled from the account or its access is revoked (Settings › Integrations › Connected Apps); check that the app's client id and secret (Development › the app › Auth) are the ones Plumbline has.</source>
        <translation>En HubSpot, el token de actualización deja de valer cuando la aplicación se desinstala de la cuenta o se revoca su acceso (Settings › Integrations › Connected Apps); compruebe que el client id y el client secret de la aplicación (Development › la aplicación › Auth) son los que tiene Plumbline.</translation>
    </message>
    <message>
        <source>Ask your Salesforce admin to open Setup › External Client App Manager › the app Plumbline uses and check that it is enabled for the client credentials or web server flow, that its Run As user is active, and that the consumer key and secret are the ones Plumbline has; a revoked session (Setup › Connected Apps OAuth Usage) or a refresh token unused for 30 days also ends the grant.</source>
        <translation>Pida a su administrador de Salesforce que abra Setup › External Client App Manager › la aplicación que usa Plumbline y compruebe que está habilitada para el flujo client credentials o web server, que su usuario Run As está activo y que la Consumer Key y el Consumer Secret son los que tiene Plumbline; una sesión revocada (Setup › Connected Apps OAuth Usage) o un token de actualización sin usar durante 30 días también ponen fin a la autorización.</translation>
    </message>
    <message>
        <source>In the Shopify Dev Dashboard open the app Plumbline uses › Settings: check that the client id and secret are the ones Plumbline has (rotating the secret ends the old one) and that the app is still installed in this store.</source>
        <translation>En el Shopify Dev Dashboard, abra la aplicación que usa Plumbline › Settings: compruebe que el client id y el client secret son los que tiene Plumbline (al rotar el secret, el anterior deja de valer) y que la aplicación sigue instalada en esta tienda.</translation>
    </message>
    <message>
        <source>%1 refused Plumbline's sign-in: the grant was revoked or has expired, or the app's client id or secret changed</source>
        <translation>%1 ha rechazado el inicio de sesión de Plumbline: la autorización se ha revocado o ha caducado, o han cambiado el client id o el client secret de la aplicación</translation>
    </message>
    <message>
        <source>If a person signed this connection in, sign in again: Connections › select %1 › Sign in again… (on a server: plumbline auth login %1). If it uses client credentials and the secret changed, store the new one with Set API key… (on a server: plumbline secret set %1 --name client_secret).</source>
        <translation>Si una persona inició la sesión de esta conexión, vuelva a iniciar sesión: Conexiones › seleccione %1 › Volver a iniciar sesión… (en un servidor: plumbline auth login %1). Si usa client credentials y el secret ha cambiado, guarde el nuevo con Establecer API key… (en un servidor: plumbline secret set %1 --name client_secret).</translation>
    </message>
    <message>
        <source>Ask the owner of the OAuth server whether the app's client id and secret still hold and whether the client credentials grant is still enabled for it.</source>
        <translation>Pregunte al responsable del servidor OAuth si el client id y el client secret de la aplicación siguen siendo válidos y si el grant client credentials sigue habilitado para ella.</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>%1 of %2 matched records (%3)</source>
        <translation>%1 de los %2 registros emparejados (%3)</translation>
    </message>
    <message>
        <source>%1 is empty in %2 for %3 though %4 has a value</source>
        <translation>%1 está vacío en %2 para %3, aunque %4 tiene un valor</translation>
    </message>
    <message>
        <source>%1 arrives cut short in %2 for %3</source>
        <translation>%1 llega recortado a %2 para %3</translation>
    </message>
    <message>
        <source>%1 differs between %2 and %3 for %4</source>
        <translation>%1 difiere entre %2 y %3 para %4</translation>
    </message>
    <message>
        <source>; the mapping %1 → %2 may have broken on %3</source>
        <translation>; puede que el mapeo %1 → %2 dejara de funcionar el %3</translation>
    </message>
    <message>
        <source>Check the sync that writes %1: a field renamed in %2, a changed mapping or a field length at the destination leaves it empty or different.</source>
        <translation>Revise la sincronización que escribe %1: un campo renombrado en %2, un mapeo modificado o la longitud de un campo en el destino lo dejan vacío o distinto.</translation>
    </message>
    <message>
        <source>Open the %1 scenario or Zap and check the step that writes %2: a field renamed in %3, a changed mapping or a field length at the destination leaves it empty or different.</source>
        <translation>Abra el escenario o Zap en %1 y revise el paso que escribe %2: un campo renombrado en %3, un mapeo modificado o la longitud de un campo en el destino lo dejan vacío o distinto.</translation>
    </message>
    <message>
        <source>In Plumbline: this integration's Values tab lists the fields by differences, with examples that reveal nobody.</source>
        <translation>En Plumbline: la pestaña Valores de esta integración muestra los campos ordenados por diferencias, con ejemplos que no identifican a nadie.</translation>
    </message>
    <message>
        <source>Mark exactly one mapping as the key (usually the e-mail address) in the integration's Mappings, or switch the value check off.</source>
        <translation>Marque exactamente un mapeo como clave (normalmente, la dirección de correo electrónico) en los mapeos de la integración, o desactive la comprobación de valores.</translation>
    </message>
    <message>
        <source>%1 of %2 sampled records from %3 are missing in %4 (%5), though both systems are answering.</source>
        <translation>Faltan en %4 %1 de los %2 registros de la muestra de %3 (%5), aunque ambos sistemas responden.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this check.</source>
        <translation>
            <numerusform>%n problema más en esta comprobación.</numerusform>
            <numerusform>%n problemas más en esta comprobación.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Partial check: %1)</source>
        <translation>(Comprobación parcial: %1)</translation>
    </message>
    <message>
        <source>Look in the sync's history for records it skipped or rejected (often an invalid e-mail address, a required field left empty, or a filter), and re-run them. In Plumbline: the Values tab shows how many are missing over time.</source>
        <translation>Busque en el historial de la sincronización los registros que omitió o rechazó (a menudo una dirección de correo electrónico no válida, un campo obligatorio vacío o un filtro) y vuelva a procesarlos. En Plumbline: la pestaña Valores muestra cuántos faltan a lo largo del tiempo.</translation>
    </message>
</context>
<context>
    <name>SalesforceConnector</name>
    <message>
        <source>The Salesforce connection has no instance URL.</source>
        <translation>La conexión de Salesforce no tiene URL de instancia.</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce API version (write it like 62.0).</source>
        <translation>"%1" no es una versión de API de Salesforce (escríbala así: 62.0).</translation>
    </message>
    <message>
        <source>API version %1 is not among the versions this org offers (%2 … %3).</source>
        <translation>La versión de API %1 no está entre las que ofrece esta organización (%2 … %3).</translation>
    </message>
    <message>
        <source>Salesforce no longer offers API version %1; the org offers %2 to %3.</source>
        <translation>Salesforce ya no ofrece la versión de API %1; la organización ofrece de la %2 a la %3.</translation>
    </message>
    <message>
        <source>No Salesforce object is set.</source>
        <translation>No se ha definido ningún objeto de Salesforce.</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce field API name (letters, digits and _ such as Email or Tier__c).</source>
        <translation>"%1" no es un nombre de API de campo de Salesforce (letras, dígitos y _, como Email o Tier__c).</translation>
    </message>
</context>
<context>
    <name>SalesforceParser</name>
    <message>
        <source>Salesforce sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>Salesforce ha enviado %1 que no es JSON válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>Salesforce sent %1 that is not a JSON object.</source>
        <translation>Salesforce ha enviado %1 que no es un objeto JSON.</translation>
    </message>
    <message>
        <source>a version list</source>
        <translation>una lista de versiones</translation>
    </message>
    <message>
        <source>Salesforce's version list is not a JSON list.</source>
        <translation>La lista de versiones de Salesforce no es una lista JSON.</translation>
    </message>
    <message>
        <source>Salesforce's version list has an entry (#%1) without a text "version".</source>
        <translation>La lista de versiones de Salesforce tiene una entrada (n.º %1) sin "version" de texto.</translation>
    </message>
    <message>
        <source>Salesforce's version list is empty.</source>
        <translation>La lista de versiones de Salesforce está vacía.</translation>
    </message>
    <message>
        <source>a query answer</source>
        <translation>una respuesta de consulta</translation>
    </message>
    <message>
        <source>Salesforce's query answer has no "totalSize".</source>
        <translation>La respuesta de consulta de Salesforce no tiene "totalSize".</translation>
    </message>
    <message>
        <source>Salesforce's query answer has a "totalSize" that is not a non-negative integer.</source>
        <translation>La respuesta de consulta de Salesforce tiene un "totalSize" que no es un entero no negativo.</translation>
    </message>
    <message>
        <source>Salesforce's query answer has a "done" that is not true or false.</source>
        <translation>La respuesta de consulta de Salesforce tiene un "done" que no es true ni false.</translation>
    </message>
    <message>
        <source>Salesforce's query answer has "records" that is not a list.</source>
        <translation>La respuesta de consulta de Salesforce tiene un "records" que no es una lista.</translation>
    </message>
    <message>
        <source>an object description</source>
        <translation>una descripción de objeto</translation>
    </message>
    <message>
        <source>Salesforce's object description has no "fields" list.</source>
        <translation>La descripción de objeto de Salesforce no tiene una lista "fields".</translation>
    </message>
    <message>
        <source>Salesforce's object description has a field (#%1) without a text name, label and type.</source>
        <translation>La descripción de objeto de Salesforce tiene un campo (n.º %1) sin nombre, etiqueta y tipo en forma de texto.</translation>
    </message>
    <message>
        <source>a limits answer</source>
        <translation>una respuesta de límites</translation>
    </message>
    <message>
        <source>Salesforce's limits answer has no "DailyApiRequests" with integer "Max" and "Remaining".</source>
        <translation>La respuesta de límites de Salesforce no tiene "DailyApiRequests" con "Max" y "Remaining" enteros.</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
    </message>
    <message>
        <source>Salesforce rejected the access token (HTTP %1%2): %3</source>
        <translation>Salesforce ha rechazado el token de acceso (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce's daily API request limit is used up (%1): %2</source>
        <translation>Se ha agotado el límite diario de solicitudes a la API de Salesforce (%1): %2</translation>
    </message>
    <message>
        <source>The Salesforce user may not do this (HTTP %1%2): %3</source>
        <translation>El usuario de Salesforce no tiene permiso para esto (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce does not know this (HTTP %1%2): %3</source>
        <translation>Salesforce no reconoce este recurso (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce no longer serves this API version (HTTP %1%2): %3</source>
        <translation>Salesforce ya no ofrece esta versión de API (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce is limiting requests (HTTP %1%2): %3</source>
        <translation>Salesforce está limitando las solicitudes (HTTP %1%2): %3</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1.</source>
        <translation>Salesforce ha respondido HTTP %1.</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1%2: %3</source>
        <translation>Salesforce ha respondido HTTP %1%2: %3</translation>
    </message>
    <message>
        <source>"%1" is not a Salesforce object API name (letters, digits and _ such as Contact or Invoice__c).</source>
        <translation>"%1" no es un nombre de API de objeto de Salesforce (letras, dígitos y _, como Contact o Invoice__c).</translation>
    </message>
    <message>
        <source>The Salesforce filter must be a SOQL WHERE clause as text (or {"where": "…"}).</source>
        <translation>El filtro de Salesforce debe ser una cláusula WHERE de SOQL en forma de texto (o {"where": "…"}).</translation>
    </message>
    <message>
        <source>Salesforce's query answer has no "records" list.</source>
        <translation>La respuesta de consulta de Salesforce no tiene una lista "records".</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Unknown scenario "%1". Known scenarios: %2</source>
        <translation>Escenario desconocido: "%1". Escenarios disponibles: %2</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (port in use?).</source>
        <translation>No se puede escuchar en 127.0.0.1:%1 (¿puerto en uso?).</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>No se puede configurar la gestión de señales.</translation>
    </message>
    <message>
        <source>Plumbline sandbox listening on %1 (scenario: %2)</source>
        <translation>Sandbox de Plumbline escuchando en %1 (escenario: %2)</translation>
    </message>
    <message>
        <source>Workspace:  curl -s %1/_sandbox/workspace &gt; sandbox-workspace.json</source>
        <translation>Espacio de trabajo:  curl -s %1/_sandbox/workspace &gt; sandbox-workspace.json</translation>
    </message>
    <message>
        <source>Secrets:    curl -s %1/_sandbox/env   (PLUMBLINE_SECRET_&lt;ID&gt;=... lines; export them)</source>
        <translation>Secretos:            curl -s %1/_sandbox/env   (líneas PLUMBLINE_SECRET_&lt;ID&gt;=...; expórtelas)</translation>
    </message>
    <message>
        <source>Scenario:   curl -s -X POST -d '{"scenario":"count_drift"}' %1/_sandbox/scenario</source>
        <translation>Escenario:           curl -s -X POST -d '{"scenario":"count_drift"}' %1/_sandbox/scenario</translation>
    </message>
    <message>
        <source>Scenarios:  %1</source>
        <translation>Escenarios:          %1</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Detenga con Ctrl+C.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox detenido.</translation>
    </message>
</context>
<context>
    <name>SandboxOAuth</name>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>The sign-in request names no redirect address, so %1 cannot send the sign-in back.</source>
        <translation>La solicitud de inicio de sesión no indica ninguna dirección de redirección, por lo que %1 no puede devolver el inicio de sesión.</translation>
    </message>
    <message>
        <source>The redirect address %1 is not registered for this app, so %2 does not send the sign-in back to it.</source>
        <translation>La dirección de redirección %1 no está registrada para esta aplicación, por lo que %2 no le devuelve el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>SecretShapes</name>
    <message>
        <source>a HubSpot private app token</source>
        <translation>un token de aplicación privada de HubSpot</translation>
    </message>
    <message>
        <source>a Mailchimp API key</source>
        <translation>una API key de Mailchimp</translation>
    </message>
    <message>
        <source>a Shopify access token</source>
        <translation>un token de acceso de Shopify</translation>
    </message>
    <message>
        <source>a Salesforce session token</source>
        <translation>un token de sesión de Salesforce</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>un token de Slack</translation>
    </message>
    <message>
        <source>a Slack webhook address</source>
        <translation>una dirección de webhook de Slack</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>un token de GitHub</translation>
    </message>
    <message>
        <source>a Stripe key</source>
        <translation>una clave de Stripe</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>una clave de acceso de AWS</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>una API key de Google</translation>
    </message>
    <message>
        <source>a SendGrid API key</source>
        <translation>una API key de SendGrid</translation>
    </message>
    <message>
        <source>a signed token (JWT)</source>
        <translation>un token firmado (JWT)</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>una clave privada</translation>
    </message>
    <message>
        <source>an Authorization header value</source>
        <translation>un valor de cabecera Authorization</translation>
    </message>
    <message>
        <source>an address with a user name or password in it</source>
        <translation>una dirección que contiene un nombre de usuario o una contraseña</translation>
    </message>
    <message>
        <source>an address with a credential in its query</source>
        <translation>una dirección con una credencial en su cadena de consulta</translation>
    </message>
    <message>
        <source>a long random-looking string, like an API key</source>
        <translation>una cadena larga de aspecto aleatorio, como una API key</translation>
    </message>
    <message>
        <source>The key contains a line break. Nothing was stored or sent: a line break in a key would let it add lines to the request sent to the vendor. Copy the key again without it.</source>
        <translation>La clave contiene un salto de línea. No se ha guardado ni enviado nada: un salto de línea en una clave le permitiría añadir líneas a la solicitud enviada al proveedor. Vuelva a copiar la clave sin él.</translation>
    </message>
    <message>
        <source>The key contains an invisible control character (U+%1). Nothing was stored or sent; copy the key again.</source>
        <translation>La clave contiene un carácter de control invisible (U+%1). No se ha guardado ni enviado nada; vuelva a copiar la clave.</translation>
    </message>
    <message>
        <source>(hidden: %1)</source>
        <translation>(oculto: %1)</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>ShopifyConnector</name>
    <message>
        <source>"%1" is not a Shopify REST resource name (e.g. customers, orders, products).</source>
        <translation>"%1" no es un nombre de recurso REST de Shopify (p. ej. customers, orders, products).</translation>
    </message>
    <message>
        <source>A Shopify filter is query parameters, e.g. "created_at_min=2026-01-01" or {"status": "any"}.</source>
        <translation>Un filtro de Shopify son parámetros de consulta, p. ej. "created_at_min=2026-01-01" o {"status": "any"}.</translation>
    </message>
    <message>
        <source>Plumbline knows the fields of the Shopify resources %1, not of "%2".</source>
        <translation>Plumbline conoce los campos de los recursos de Shopify %1, pero no los de "%2".</translation>
    </message>
    <message>
        <source>A value check needs a Shopify resource (customers), a key field and a usable filter.</source>
        <translation>Una comprobación de valores necesita un recurso de Shopify (customers), un campo clave y un filtro utilizable.</translation>
    </message>
    <message>
        <source>A value check needs a Shopify resource (customers) and a key field.</source>
        <translation>Una comprobación de valores necesita un recurso de Shopify (customers) y un campo clave.</translation>
    </message>
</context>
<context>
    <name>ShopifyParser</name>
    <message>
        <source>Shopify sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Shopify ha enviado un cuerpo que no es JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>Shopify sent JSON that is not an object.</source>
        <translation>Shopify ha enviado un JSON que no es un objeto.</translation>
    </message>
    <message>
        <source>Shopify's count answer has no "count".</source>
        <translation>La respuesta de recuento de Shopify no tiene "count".</translation>
    </message>
    <message>
        <source>Shopify's "count" is not a whole number of records.</source>
        <translation>El "count" de Shopify no es un número entero de registros.</translation>
    </message>
    <message>
        <source>Shopify's shop answer has no "shop" object.</source>
        <translation>La respuesta de tienda de Shopify no tiene objeto "shop".</translation>
    </message>
    <message>
        <source>Shopify's shop name is not text.</source>
        <translation>El nombre de la tienda de Shopify no es texto.</translation>
    </message>
    <message>
        <source>Asked for API version %1, Shopify served %2.</source>
        <translation>Se solicitó la versión de API %1 y Shopify ha respondido con la %2.</translation>
    </message>
    <message>
        <source>Shopify marked this call as deprecated.</source>
        <translation>Shopify ha marcado esta llamada como obsoleta.</translation>
    </message>
    <message>
        <source>Shopify's deprecated API calls answer has no "deprecated_api_calls" list.</source>
        <translation>La respuesta de llamadas a la API obsoletas de Shopify no tiene una lista "deprecated_api_calls".</translation>
    </message>
    <message>
        <source>A deprecated API call entry is not an object.</source>
        <translation>Una entrada de llamada a la API obsoleta no es un objeto.</translation>
    </message>
    <message>
        <source>A deprecated API call has an unreadable "migration_deadline".</source>
        <translation>Una llamada a la API obsoleta tiene un "migration_deadline" ilegible.</translation>
    </message>
    <message>
        <source>A deprecated API call's description is not text.</source>
        <translation>La descripción de una llamada a la API obsoleta no es texto.</translation>
    </message>
    <message>
        <source>Shopify: the shop is frozen or its plan does not include this (HTTP 402)</source>
        <translation>Shopify: la tienda está congelada o su plan no incluye esto (HTTP 402)</translation>
    </message>
    <message>
        <source>Shopify: the shop is locked (HTTP 423)</source>
        <translation>Shopify: la tienda está bloqueada (HTTP 423)</translation>
    </message>
    <message>
        <source>%1 — Shopify says: %2</source>
        <translation>%1 — Shopify indica: %2</translation>
    </message>
    <message>
        <source>Shopify's answer has no "customers" list.</source>
        <translation>La respuesta de Shopify no tiene una lista "customers".</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail server %1 refused the user name or password (SMTP %2); check the channel's user name and the SMTP password in the keychain</source>
        <translation>El servidor de correo %1 ha rechazado el nombre de usuario o la contraseña (SMTP %2); compruebe el nombre de usuario del canal y la contraseña SMTP del llavero</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, and Plumbline sends mail only encrypted, so nothing was sent (if it takes implicit TLS, usually on port 465, choose security "tls")</source>
        <translation>El servidor de correo %1 no ofrece STARTTLS y Plumbline solo envía correo cifrado, así que no se ha enviado nada (si admite TLS implícito, normalmente en el puerto 465, elija la seguridad "tls")</translation>
    </message>
    <message>
        <source>The TLS certificate of the mail server %1 is not trusted, so nothing was sent (%2); if the server uses your organisation's own certificate authority, set its file as ca_file</source>
        <translation>El certificado TLS del servidor de correo %1 no es de confianza, así que no se ha enviado nada (%2); si el servidor usa la autoridad de certificación propia de su organización, indique su archivo en ca_file</translation>
    </message>
    <message>
        <source>The secure connection to the mail server %1 failed: %2</source>
        <translation>Ha fallado la conexión segura con el servidor de correo %1: %2</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1: %2</source>
        <translation>No se ha podido conectar con el servidor de correo %1: %2</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time: %2</source>
        <translation>El servidor de correo %1 no ha respondido a tiempo: %2</translation>
    </message>
    <message>
        <source>Sending mail through %1 was cancelled</source>
        <translation>Se ha cancelado el envío de correo a través de %1</translation>
    </message>
    <message>
        <source>The mail server %1 refused a recipient (SMTP %2): %3; check the channel's addresses</source>
        <translation>El servidor de correo %1 ha rechazado un destinatario (SMTP %2): %3; compruebe las direcciones del canal</translation>
    </message>
    <message>
        <source>The mail server %1 refused the sender address (SMTP %2): %3; check the channel's "from"</source>
        <translation>El servidor de correo %1 ha rechazado la dirección del remitente (SMTP %2): %3; compruebe el "from" del canal</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message (SMTP %2): %3</source>
        <translation>El servidor de correo %1 ha rechazado el mensaje (SMTP %2): %3</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message for now (SMTP %2): %3; it will be tried again</source>
        <translation>El servidor de correo %1 ha rechazado el mensaje por ahora (SMTP %2): %3; se volverá a intentar</translation>
    </message>
    <message>
        <source>Sending mail through %1 failed: %2</source>
        <translation>Ha fallado el envío de correo a través de %1: %2</translation>
    </message>
    <message>
        <source>The e-mail channel has no SMTP host; nothing was sent</source>
        <translation>El canal de correo electrónico no tiene servidor SMTP; no se ha enviado nada</translation>
    </message>
    <message>
        <source>"%1" is not a host name; nothing was sent</source>
        <translation>"%1" no es un nombre de host; no se ha enviado nada</translation>
    </message>
    <message>
        <source>Mail without TLS may only go to this computer; %1 needs security "starttls" or "tls". Nothing was sent</source>
        <translation>El correo sin TLS solo puede enviarse a este equipo; %1 necesita la seguridad "starttls" o "tls". No se ha enviado nada</translation>
    </message>
    <message>
        <source>The e-mail channel has no valid recipient; nothing was sent</source>
        <translation>El canal de correo electrónico no tiene ningún destinatario válido; no se ha enviado nada</translation>
    </message>
    <message>
        <source>The e-mail channel has a user name but no SMTP password in the keychain; nothing was sent</source>
        <translation>El canal de correo electrónico tiene un nombre de usuario, pero no hay ninguna contraseña SMTP en el llavero; no se ha enviado nada</translation>
    </message>
    <message>
        <source>Could not start the mail client (libcurl)</source>
        <translation>No se ha podido iniciar el cliente de correo (libcurl)</translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <source>There is no workspace file %1.</source>
        <translation>No existe el archivo de espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>Could not copy %1 before repairing it: %2. Nothing was changed.</source>
        <translation>No se ha podido copiar %1 antes de repararlo: %2. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Could not create the repaired workspace file %1: %2. Nothing was changed.</source>
        <translation>No se ha podido crear el archivo de espacio de trabajo reparado %1: %2. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>Could not write the repaired workspace file %1: %2</source>
        <translation>No se ha podido escribir el archivo de espacio de trabajo reparado %1: %2</translation>
    </message>
    <message>
        <source>Nothing could be read from %1: it is too damaged. Restore it from a backup.</source>
        <translation>No se ha podido leer nada de %1: está demasiado dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The repaired copy does not pass its own check: %1</source>
        <translation>La copia reparada no supera su propia comprobación: %1</translation>
    </message>
    <message>
        <source>The repaired file %1 could not be moved to %2; the damaged file is kept as %3. Move the repaired file into place by hand.</source>
        <translation>No se ha podido mover el archivo reparado %1 a %2; el archivo dañado se conserva como %3. Mueva manualmente el archivo reparado a su ubicación.</translation>
    </message>
</context>
<context>
    <name>TokenKeeper</name>
    <message>
        <source>%1's token endpoint refused Plumbline's grant for "%2" (%3). Renewing again will not help: sign in again, or check the app's client id and secret.</source>
        <translation>El endpoint de token de %1 ha rechazado la autorización de Plumbline para "%2" (%3). Volver a intentar la renovación no servirá: vuelva a iniciar sesión o compruebe el client id y el client secret de la aplicación.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Could not reach %1's token endpoint for "%2": %3. Plumbline will try again; nothing to do unless it lasts.</source>
        <translation>No se ha podido contactar con el endpoint de token de %1 para "%2": %3. Plumbline lo volverá a intentar; no tiene que hacer nada salvo que el problema persista.</translation>
    </message>
    <message>
        <source>%1's token endpoint is unavailable for "%2" (HTTP %3%4). Plumbline will try again; nothing to do unless it lasts.</source>
        <translation>El endpoint de token de %1 no está disponible para "%2" (HTTP %3%4). Plumbline lo volverá a intentar; no tiene que hacer nada salvo que el problema persista.</translation>
    </message>
    <message>
        <source>%1's token endpoint for "%2" answered something that is not a token (HTTP %3): %4. A proxy or captive portal login page answers like this; check the token address and the network.</source>
        <translation>El endpoint de token de %1 para "%2" ha respondido algo que no es un token (HTTP %3): %4. Así responde un proxy o la página de inicio de sesión de un portal cautivo; compruebe la dirección de token y la red.</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>falta access_token</translation>
    </message>
    <message>
        <source>"%1" has no token address: set auth.token_url in the connection.</source>
        <translation>"%1" no tiene dirección de token: defina auth.token_url en la conexión.</translation>
    </message>
    <message>
        <source>No client secret for "%1": store the app's client secret (Set API key…, or plumbline secret set %2 --name client_secret).</source>
        <translation>No hay client secret para "%1": guarde el client secret de la aplicación (Establecer API key… o plumbline secret set %2 --name client_secret).</translation>
    </message>
    <message>
        <source>"%1" is not signed in yet: choose Sign in… on the connection (or run plumbline auth login %2).</source>
        <translation>"%1" todavía no ha iniciado sesión: elija Iniciar sesión… en la conexión (o ejecute plumbline auth login %2).</translation>
    </message>
    <message>
        <source>The keychain would not store the new refresh token of "%1"; it is kept in memory only, so after Plumbline restarts you will need to sign in again.</source>
        <translation>El llavero no ha querido guardar el nuevo token de actualización de "%1"; solo se conserva en memoria, así que tendrá que volver a iniciar sesión cuando se reinicie Plumbline.</translation>
    </message>
</context>
<context>
    <name>ValueSettings</name>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>se esperaba un número de %1 a %2</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as "US" or "DE"</source>
        <translation>se esperaba un código de país de dos letras, como "US" o "DE"</translation>
    </message>
    <message>
        <source>expected one of text, email, phone, date, datetime, boolean, multiselect, number, address</source>
        <translation>se esperaba uno de estos valores: text, email, phone, date, datetime, boolean, multiselect, number, address</translation>
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
        <translation>API REST genérica</translation>
    </message>
</context>
<context>
    <name>VendorCatalog</name>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Token de acceso de la aplicación privada</translation>
    </message>
    <message>
        <source>In HubSpot: Settings › Integrations › Private apps › your app › Auth › Show token.</source>
        <translation>En HubSpot: Settings › Integrations › Private apps › su aplicación › Auth › Show token.</translation>
    </message>
    <message>
        <source>Instance URL</source>
        <translation>URL de instancia</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>An OAuth access token of a connected app (Setup › App Manager) for the integration user.</source>
        <translation>Un token de acceso OAuth de una aplicación conectada (Setup › App Manager) para el usuario de integración.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>In Mailchimp: Profile › Extras › API keys. The part after the dash (e.g. us6) is your data centre.</source>
        <translation>En Mailchimp: Profile › Extras › API keys. La parte que sigue al guion (p. ej. us6) es su centro de datos.</translation>
    </message>
    <message>
        <source>Audience ID</source>
        <translation>ID de audiencia</translation>
    </message>
    <message>
        <source>e.g. a1b2c3d4e5</source>
        <translation>p. ej. a1b2c3d4e5</translation>
    </message>
    <message>
        <source>Audience › Settings › Audience name and defaults › Audience ID.</source>
        <translation>Audience › Settings › Audience name and defaults › Audience ID.</translation>
    </message>
    <message>
        <source>Admin API base URL</source>
        <translation>URL base de Admin API</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Token de acceso de Admin API</translation>
    </message>
    <message>
        <source>In Shopify admin: Settings › Apps and sales channels › Develop apps › your app › API credentials.</source>
        <translation>En el panel de administración de Shopify: Settings › Apps and sales channels › Develop apps › su aplicación › API credentials.</translation>
    </message>
    <message>
        <source>Shop domain</source>
        <translation>Dominio de la tienda</translation>
    </message>
    <message>
        <source>e.g. my-store.myshopify.com</source>
        <translation>p. ej. my-store.myshopify.com</translation>
    </message>
    <message>
        <source>The shop's myshopify.com domain.</source>
        <translation>El dominio myshopify.com de la tienda.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>In Make: Profile › API access › Add token (tokens are per zone).</source>
        <translation>En Make: Profile › API access › Add token (los tokens son por zona).</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>e.g. eu1.make.com</source>
        <translation>p. ej. eu1.make.com</translation>
    </message>
    <message>
        <source>The host name in your organization's dashboard URL.</source>
        <translation>El nombre de host de la URL del panel de su organización.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID de equipo</translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation>p. ej. 42</translation>
    </message>
    <message>
        <source>The team whose scenarios are watched.</source>
        <translation>El equipo cuyos escenarios se vigilan.</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID de organización</translation>
    </message>
    <message>
        <source>e.g. 7</source>
        <translation>p. ej. 7</translation>
    </message>
    <message>
        <source>Lets Plumbline read the organization's API rate limit (license.apiLimit).</source>
        <translation>Permite a Plumbline leer el límite de solicitudes a la API de la organización (license.apiLimit).</translation>
    </message>
    <message>
        <source>An OAuth access token with the zap and zap:runs scopes.</source>
        <translation>Un token de acceso OAuth con los scopes zap y zap:runs.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation>API key o token</translation>
    </message>
    <message>
        <source>Sent in the header below, after the scheme (if any).</source>
        <translation>Se envía en la cabecera indicada abajo, después del esquema (si lo hay).</translation>
    </message>
    <message>
        <source>Auth header name</source>
        <translation>Nombre de la cabecera de autenticación</translation>
    </message>
    <message>
        <source>The HTTP header that carries the key.</source>
        <translation>La cabecera HTTP que transporta la clave.</translation>
    </message>
    <message>
        <source>Auth scheme</source>
        <translation>Esquema de autenticación</translation>
    </message>
    <message>
        <source>Put before the key, e.g. Bearer; may be empty.</source>
        <translation>Se antepone a la clave, p. ej. Bearer; puede quedar vacío.</translation>
    </message>
    <message>
        <source>JSON pointer to the count</source>
        <translation>JSON pointer al recuento</translation>
    </message>
    <message>
        <source>Where the record count is in the response, e.g. /meta/total.</source>
        <translation>Dónde está el recuento de registros en la respuesta, p. ej. /meta/total.</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Método HTTP</translation>
    </message>
    <message>
        <source>GET or POST for the count request.</source>
        <translation>GET o POST para la solicitud de recuento.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Sent with the count request (JSON bodies get Content-Type: application/json).</source>
        <translation>Se envía con la solicitud de recuento (los cuerpos JSON llevan Content-Type: application/json).</translation>
    </message>
    <message>
        <source>JSON pointer to a run/error list</source>
        <translation>JSON pointer a una lista de ejecuciones/errores</translation>
    </message>
    <message>
        <source>Optional: an array of {id, status, timestamp, message} read as the run log.</source>
        <translation>Opcional: un array de {id, status, timestamp, message} que se lee como registro de ejecuciones.</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Use de 1 a 64 letras, dígitos, '.', '_' o '-', empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Asigne un nombre a la conexión.</translation>
    </message>
    <message>
        <source>Enter a full URL starting with https://.</source>
        <translation>Introduzca una URL completa que empiece por https://.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>El campo «%1» es obligatorio para %2.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>El campo «%1» es obligatorio.</translation>
    </message>
    <message>
        <source>Use the shop's myshopify.com domain, e.g. my-store.myshopify.com.</source>
        <translation>Use el dominio myshopify.com de la tienda, p. ej. my-store.myshopify.com.</translation>
    </message>
    <message>
        <source>Paste the %1.</source>
        <translation>Pegue el valor de «%1».</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks; paste it again.</source>
        <translation>La clave contiene espacios o saltos de línea; vuelva a pegarla.</translation>
    </message>
    <message>
        <source>A Mailchimp API key ends with its data centre, like -us6. Check that you copied all of it.</source>
        <translation>Una API key de Mailchimp termina con su centro de datos, como -us6. Compruebe que la ha copiado entera.</translation>
    </message>
    <message>
        <source>retired with the Summer '25 release</source>
        <translation>retirada con la versión Summer '25</translation>
    </message>
    <message>
        <source>retires with the Summer '27 release</source>
        <translation>se retira con la versión Summer '27</translation>
    </message>
    <message>
        <source>Plain http:// would send the key unencrypted, so it is only allowed for this computer (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>http:// enviaría la clave sin cifrar, por lo que solo se permite para este equipo (localhost, 127.0.0.1, ::1); use https://.</translation>
    </message>
    <message>
        <source>Remove the key or password from the address (it looks like %1) and paste the key in the key field instead.</source>
        <translation>Quite la clave o la contraseña de la dirección (parece %1) y pegue la clave en el campo de la clave.</translation>
    </message>
    <message>
        <source>Static key in a header</source>
        <translation>Clave estática en una cabecera</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>Client credentials de OAuth 2.0</translation>
    </message>
    <message>
        <source>Enter the OAuth server's token URL, the client id and (optionally) the scope; the client secret goes in the field below. Plumbline gets access tokens and sends them as Authorization: Bearer.</source>
        <translation>Introduzca la URL de token del servidor OAuth, el client id y (opcionalmente) el scope; el client secret va en el campo de abajo. Plumbline obtiene tokens de acceso y los envía como Authorization: Bearer.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Service key or private app token</source>
        <translation>Service key o token de aplicación privada</translation>
    </message>
    <message>
        <source>1. In HubSpot open Settings › Integrations › Service Keys (new accounts) or your legacy private app (Development › Legacy apps).
2. Give it read access to the CRM objects you monitor (for example crm.objects.contacts.read and crm.schemas.contacts.read).
3. Copy the key or token into the field below. It does not expire until it is rotated.</source>
        <translation>1. En HubSpot, abra Settings › Integrations › Service Keys (cuentas nuevas) o su aplicación privada heredada (Development › Legacy apps).
2. Concédale acceso de lectura a los objetos del CRM que supervisa (por ejemplo, crm.objects.contacts.read y crm.schemas.contacts.read).
3. Copie la clave o el token en el campo de abajo. No caduca hasta que se rota.</translation>
    </message>
    <message>
        <source>Service key or access token</source>
        <translation>Service key o token de acceso</translation>
    </message>
    <message>
        <source>Sign in with HubSpot (OAuth app)</source>
        <translation>Iniciar sesión con HubSpot (aplicación OAuth)</translation>
    </message>
    <message>
        <source>1. In your HubSpot developer account create an app with OAuth, the read scopes of the CRM objects you monitor, and the redirect URL http://localhost:53682/callback (HubSpot allows plain http for localhost only).
2. Enter its client id, and its client secret in the field below.
3. Choose Sign in…: your browser opens HubSpot; access tokens last 30 minutes and Plumbline renews them with the refresh token it keeps in the keychain.</source>
        <translation>1. En su cuenta de desarrollador de HubSpot, cree una aplicación con OAuth, los scopes de lectura de los objetos del CRM que supervisa y la URL de redirección http://localhost:53682/callback (HubSpot solo permite http sin cifrar para localhost).
2. Introduzca su client id, y su client secret en el campo de abajo.
3. Elija Iniciar sesión…: el navegador abre HubSpot; los tokens de acceso duran 30 minutos y Plumbline los renueva con el token de actualización que guarda en el llavero.</translation>
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
        <translation>1. En Setup de Salesforce, abra External Client App Manager › New External Client App (una aplicación local de su propia organización).
2. Habilite OAuth, introduzca cualquier URL de callback (este flujo no la usa), añada el scope "Manage user data via APIs (api)" y marque "Enable Client Credentials Flow".
3. En Policies › OAuth Policies, establezca Run As en un usuario de integración dedicado (se recomienda la licencia Salesforce Integration con "Minimum Access – API Only Integrations").
4. Copie la Consumer Key en Client id y el Consumer Secret en el campo de secret de abajo. La URL de instancia debe ser su My Domain, como https://acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Sign in with a Salesforce user (web server flow)</source>
        <translation>Iniciar sesión con un usuario de Salesforce (flujo web server)</translation>
    </message>
    <message>
        <source>1. In Setup › External Client App Manager create a Local External Client App with OAuth enabled, the scopes api and refresh_token, "Require PKCE" ticked and the callback URL http://localhost:53682/callback (or the redirect port you set).
2. If Plumbline is a public client, untick "Require secret for Web Server Flow" and "Require secret for Refresh Token Flow".
3. Enter the Consumer Key as Client id, save, and choose Sign in…: your browser opens Salesforce, and Plumbline keeps the refresh token in the keychain.</source>
        <translation>1. En Setup › External Client App Manager, cree una External Client App local con OAuth habilitado, los scopes api y refresh_token, "Require PKCE" marcado y la URL de callback http://localhost:53682/callback (o el puerto de redirección que haya configurado).
2. Si Plumbline es un cliente público, desmarque "Require secret for Web Server Flow" y "Require secret for Refresh Token Flow".
3. Introduzca la Consumer Key como Client id, guarde y elija Iniciar sesión…: el navegador abre Salesforce y Plumbline guarda el token de actualización en el llavero.</translation>
    </message>
    <message>
        <source>Consumer secret (only if the app requires one)</source>
        <translation>Consumer Secret (solo si la aplicación lo exige)</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Token de acceso pegado</translation>
    </message>
    <message>
        <source>For short tests only: a pasted Salesforce access token ends with the session (2 hours by default), and Plumbline cannot renew it.</source>
        <translation>Solo para pruebas breves: un token de acceso de Salesforce pegado caduca con la sesión (2 horas por defecto) y Plumbline no puede renovarlo.</translation>
    </message>
    <message>
        <source>Dev Dashboard app (client credentials)</source>
        <translation>Aplicación del Dev Dashboard (client credentials)</translation>
    </message>
    <message>
        <source>1. In the Shopify Dev Dashboard create an app of your organization with the Admin API read scopes you monitor (read_customers, read_orders, read_products).
2. Install it in your own store.
3. Copy its client id, and its client secret into the field below. Tokens last 24 hours; Plumbline gets a new one before each expires.</source>
        <translation>1. En el Shopify Dev Dashboard, cree una aplicación de su organización con los scopes de lectura de la Admin API que supervisa (read_customers, read_orders, read_products).
2. Instálela en su propia tienda.
3. Copie su client id, y su client secret en el campo de abajo. Los tokens duran 24 horas; Plumbline obtiene uno nuevo antes de que caduque cada uno.</translation>
    </message>
    <message>
        <source>Admin API access token (legacy custom app)</source>
        <translation>Token de acceso de la Admin API (aplicación personalizada heredada)</translation>
    </message>
    <message>
        <source>Stores can no longer create legacy custom apps since 1 January 2026; existing shpat_ tokens keep working.</source>
        <translation>Desde el 1 de enero de 2026, las tiendas ya no pueden crear aplicaciones personalizadas heredadas (legacy custom apps); los tokens shpat_ existentes siguen funcionando.</translation>
    </message>
    <message>
        <source>Record list path (value checks)</source>
        <translation>Ruta de la lista de registros (comprobaciones de valores)</translation>
    </message>
    <message>
        <source>Optional: where pages of records are read for a value check, below the URL.</source>
        <translation>Opcional: dónde se leen, por debajo de la URL, las páginas de registros para una comprobación de valores.</translation>
    </message>
    <message>
        <source>JSON pointer to the records</source>
        <translation>JSON pointer a los registros</translation>
    </message>
    <message>
        <source>Optional: where the list of records is in a list or lookup answer.</source>
        <translation>Opcional: dónde está la lista de registros en una respuesta de lista o de búsqueda.</translation>
    </message>
    <message>
        <source>JSON pointer to a record's key</source>
        <translation>JSON pointer a la clave de un registro</translation>
    </message>
    <message>
        <source>Optional: where the key is inside a record, when it is not the mapped member.</source>
        <translation>Opcional: dónde está la clave dentro de un registro, cuando no es el miembro mapeado.</translation>
    </message>
    <message>
        <source>Last-modified member</source>
        <translation>Miembro de última modificación</translation>
    </message>
    <message>
        <source>Optional: a record's last-modified time (ISO 8601 or epoch milliseconds).</source>
        <translation>Opcional: la hora de la última modificación de un registro (ISO 8601 o milisegundos desde epoch).</translation>
    </message>
    <message>
        <source>Lookup path (value checks)</source>
        <translation>Ruta de búsqueda (comprobaciones de valores)</translation>
    </message>
    <message>
        <source>Optional: how one record is found by its key, {key} standing for the key; a 404 means it is missing.</source>
        <translation>Opcional: cómo se encuentra un registro por su clave, donde {key} representa la clave; un 404 significa que falta.</translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>required key "%1" is missing</source>
        <translation>falta la clave obligatoria "%1"</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba una cadena y se ha encontrado %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se esperaba un número entero y se ha encontrado %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>"%1" is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-'</source>
        <translation>"%1" no es un id válido: use de 1 a 64 letras, dígitos, '.', '_' o '-'</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto y se ha encontrado %1</translation>
    </message>
    <message>
        <source>unknown vendor "%1"; expected one of: %2</source>
        <translation>proveedor desconocido "%1"; se esperaba uno de estos: %2</translation>
    </message>
    <message>
        <source>expected null, a string or an object, found %1</source>
        <translation>se esperaba null, una cadena o un objeto y se ha encontrado %1</translation>
    </message>
    <message>
        <source>unknown direction "%1"; expected one_way or two_way</source>
        <translation>dirección desconocida "%1"; se esperaba one_way o two_way</translation>
    </message>
    <message>
        <source>expected an object or null, found %1</source>
        <translation>se esperaba un objeto o null y se ha encontrado %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>se esperaba un array y se ha encontrado %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false y se ha encontrado %1</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>debe estar entre 0 y 100</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>se esperaba un número y se ha encontrado %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the limit of %2 bytes for a workspace file</source>
        <translation>el archivo ocupa %1 bytes y supera el límite de %2 bytes de un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <source>required key "format" is missing; expected "plumbline-workspace"</source>
        <translation>falta la clave obligatoria "format"; se esperaba "plumbline-workspace"</translation>
    </message>
    <message>
        <source>unknown format; expected "plumbline-workspace"</source>
        <translation>formato desconocido; se esperaba "plumbline-workspace"</translation>
    </message>
    <message>
        <source>required key "version" is missing</source>
        <translation>falta la clave obligatoria "version"</translation>
    </message>
    <message>
        <source>version %1 is not supported; this Plumbline reads version 1</source>
        <translation>la versión %1 no es compatible; esta versión de Plumbline lee la versión 1</translation>
    </message>
    <message>
        <source>required key "connections" is missing</source>
        <translation>falta la clave obligatoria "connections"</translation>
    </message>
    <message>
        <source>duplicate connection id "%1"</source>
        <translation>id de conexión duplicado "%1"</translation>
    </message>
    <message>
        <source>required key "integrations" is missing</source>
        <translation>falta la clave obligatoria "integrations"</translation>
    </message>
    <message>
        <source>duplicate integration id "%1"</source>
        <translation>id de integración duplicado "%1"</translation>
    </message>
    <message>
        <source>refers to connection "%1", which is not defined</source>
        <translation>hace referencia a la conexión "%1", que no está definida</translation>
    </message>
    <message>
        <source>looks like a credential</source>
        <translation>parece una credencial</translation>
    </message>
    <message>
        <source>looks like %1</source>
        <translation>parece %1</translation>
    </message>
    <message>
        <source>%1; secrets never go in a workspace file — remove it, and store the key of the connection it belongs to with "plumbline secret set CONNECTION_ID"</source>
        <translation>%1; los secretos nunca van en un archivo de espacio de trabajo: elimínelo y guarde la clave de la conexión a la que pertenece con "plumbline secret set CONNECTION_ID"</translation>
    </message>
    <message>
        <source>%1; secrets never go in a workspace file — store it with "plumbline secret set %2" instead</source>
        <translation>%1; los secretos nunca van en un archivo de espacio de trabajo: guárdelo en su lugar con "plumbline secret set %2"</translation>
    </message>
    <message>
        <source>"%1" cannot be used: %2</source>
        <translation>"%1" no se puede usar: %2</translation>
    </message>
    <message>
        <source>this key appears twice in the same object; remove one of them (Plumbline does not guess which one you meant)</source>
        <translation>esta clave aparece dos veces en el mismo objeto; elimine una de ellas (Plumbline no adivina cuál quería usar)</translation>
    </message>
    <message>
        <source>expected an array of channel ids, found %1</source>
        <translation>se esperaba un array de ids de canal y se ha encontrado %1</translation>
    </message>
    <message>
        <source>expected a channel id, found %1</source>
        <translation>se esperaba un id de canal y se ha encontrado %1</translation>
    </message>
    <message>
        <source>duplicate channel id "%1"</source>
        <translation>id de canal duplicado "%1"</translation>
    </message>
    <message>
        <source>refers to notification channel "%1", which is not defined</source>
        <translation>hace referencia al canal de notificación "%1", que no está definido</translation>
    </message>
</context>
<context>
    <name>ZapierConnector</name>
    <message>
        <source>Zapier is middleware and has no record count.</source>
        <translation>Zapier es un middleware y no tiene recuento de registros.</translation>
    </message>
    <message>
        <source>Zapier is middleware and has no record schema.</source>
        <translation>Zapier es un middleware y no tiene esquema de registros.</translation>
    </message>
    <message>
        <source>No Zap ID is set for this integration.</source>
        <translation>No se ha definido ningún ID de Zap para esta integración.</translation>
    </message>
    <message>
        <source>Zapier lists no Zap with the ID "%1" for this account.</source>
        <translation>Zapier no muestra ningún Zap con el ID "%1" para esta cuenta.</translation>
    </message>
    <message>
        <source>Zapier lists more Zaps than Plumbline reads (%1 pages); the Zap "%2" was not among them.</source>
        <translation>Zapier muestra más Zaps de los que Plumbline lee (%1 páginas); el Zap "%2" no estaba entre ellos.</translation>
    </message>
</context>
<context>
    <name>ZapierParser</name>
    <message>
        <source>Zapier sent a body that is not JSON (%1 at byte %2).</source>
        <translation>Zapier ha enviado un cuerpo que no es JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>Zapier's answer has no "data" list.</source>
        <translation>La respuesta de Zapier no tiene una lista "data".</translation>
    </message>
    <message>
        <source>A Zap entry is not an object.</source>
        <translation>Una entrada de Zap no es un objeto.</translation>
    </message>
    <message>
        <source>A Zap entry has no "id".</source>
        <translation>Una entrada de Zap no tiene "id".</translation>
    </message>
    <message>
        <source>A Zap's "is_enabled" is not true/false.</source>
        <translation>El "is_enabled" de un Zap no es true/false.</translation>
    </message>
    <message>
        <source>A Zap's "last_successful_run_date" is not a date.</source>
        <translation>El "last_successful_run_date" de un Zap no es una fecha.</translation>
    </message>
    <message>
        <source>A Zap's title is not text.</source>
        <translation>El título de un Zap no es texto.</translation>
    </message>
    <message>
        <source>A Zap run entry is not an object.</source>
        <translation>Una entrada de ejecución de Zap no es un objeto.</translation>
    </message>
    <message>
        <source>A Zap run has no "id".</source>
        <translation>Una ejecución de Zap no tiene "id".</translation>
    </message>
    <message>
        <source>A Zap run has no "zap_id".</source>
        <translation>Una ejecución de Zap no tiene "zap_id".</translation>
    </message>
    <message>
        <source>A Zap run's "end_time" is not a date.</source>
        <translation>El "end_time" de una ejecución de Zap no es una fecha.</translation>
    </message>
    <message>
        <source>A Zap run has no readable "start_time".</source>
        <translation>Una ejecución de Zap no tiene un "start_time" legible.</translation>
    </message>
    <message>
        <source>A Zap run's "status" is not text.</source>
        <translation>El "status" de una ejecución de Zap no es texto.</translation>
    </message>
    <message>
        <source>Zapier status "%1"</source>
        <translation>Estado de Zapier "%1"</translation>
    </message>
    <message>
        <source>A Zap run's "steps" is not a list.</source>
        <translation>Los "steps" de una ejecución de Zap no son una lista.</translation>
    </message>
    <message>
        <source>%1 — Zapier says: %2</source>
        <translation>%1 — Zapier indica: %2</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertFilterProxy</name>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmadas</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertTableModel</name>
    <message>
        <source>Counts drifted apart</source>
        <translation>Los recuentos se han desviado</translation>
    </message>
    <message>
        <source>Data stopped moving</source>
        <translation>Los datos han dejado de fluir</translation>
    </message>
    <message>
        <source>Not checked for too long</source>
        <translation>Demasiado tiempo sin comprobar</translation>
    </message>
    <message>
        <source>A mapped field changed</source>
        <translation>Ha cambiado un campo mapeado</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Credenciales rechazadas</translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation>Falta un permiso</translation>
    </message>
    <message>
        <source>API version going away</source>
        <translation>Una versión de API va a retirarse</translation>
    </message>
    <message>
        <source>Running out of API quota</source>
        <translation>Se está agotando la cuota de API</translation>
    </message>
    <message>
        <source>Unusual change in volume</source>
        <translation>Cambio inusual de volumen</translation>
    </message>
    <message>
        <source>Automation runs failing</source>
        <translation>Fallan las ejecuciones de la automatización</translation>
    </message>
    <message>
        <source>Service unreachable</source>
        <translation>Servicio inaccesible</translation>
    </message>
    <message>
        <source>Unreadable answer from the API</source>
        <translation>Respuesta ilegible de la API</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Confirmada por %1</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Conexión %1</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Integración %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Integration or connection</source>
        <translation>Integración o conexión</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Field values differ between systems</source>
        <translation>Los valores de los campos difieren entre sistemas</translation>
    </message>
</context>
<context>
    <name>plumbline::AlertsPage</name>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Agravada</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Atenuada</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Held back (maintenance window)</source>
        <translation>Retenida (ventana de mantenimiento)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Which alerts to show</source>
        <translation>Qué alertas mostrar</translation>
    </message>
    <message>
        <source>Every alert that is not resolved, acknowledged and snoozed ones included</source>
        <translation>Todas las alertas no resueltas, incluidas las confirmadas y las pospuestas</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Say that someone is on it: no more reminders until the alert gets worse.</source>
        <translation>Indique que alguien se está ocupando: no habrá más recordatorios hasta que la alerta empeore.</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <source>Keep the selected alerts quiet until a time you choose.</source>
        <translation>Silencia las alertas seleccionadas hasta el momento que usted elija.</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Durante 4 horas</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>Hasta mañana a las 09:00</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Durante 1 semana</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Hasta…</translation>
    </message>
    <message>
        <source>&amp;History of the selected alert</source>
        <translation>&amp;Historial de la alerta seleccionada</translation>
    </message>
    <message>
        <source>History of the selected alert</source>
        <translation>Historial de la alerta seleccionada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>By / details</source>
        <translation>Autor / detalles</translation>
    </message>
    <message>
        <source>%1 — connection</source>
        <translation>%1 — conexión</translation>
    </message>
    <message>
        <source>Plumbline itself</source>
        <translation>El propio Plumbline</translation>
    </message>
    <message>
        <source>Snooze alerts</source>
        <translation>Posponer alertas</translation>
    </message>
    <message>
        <source>Quiet &amp;until:</source>
        <translation>Posponer &amp;hasta:</translation>
    </message>
    <message>
        <source>Alerts appear here once Plumbline checks your integrations.</source>
        <translation>Las alertas aparecen aquí cuando Plumbline comprueba sus integraciones.</translation>
    </message>
    <message>
        <source>No open alerts — every integration is quiet.</source>
        <translation>No hay alertas abiertas: todas las integraciones están en calma.</translation>
    </message>
    <message>
        <source>No alerts in this view.</source>
        <translation>No hay alertas en esta vista.</translation>
    </message>
    <message>
        <source>&amp;History: %1 · %2</source>
        <translation>&amp;Historial: %1 · %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>snooze ended</source>
        <translation>posposición finalizada</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>notificación enviada</translation>
    </message>
    <message>
        <source>%1 (notified)</source>
        <translation>%1 (notificación enviada)</translation>
    </message>
</context>
<context>
    <name>plumbline::ApiVersionCalendarModel</name>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Under 14 days</source>
        <translation>Menos de 14 días</translation>
    </message>
    <message>
        <source>Under 90 days</source>
        <translation>Menos de 90 días</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>No deadline announced</source>
        <translation>Sin fecha límite anunciada</translation>
    </message>
    <message>
        <source>Stops working</source>
        <translation>Deja de funcionar</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsoleta</translation>
    </message>
    <message>
        <source>Another version is served</source>
        <translation>Se sirve otra versión</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor's response</source>
        <translation>Respuesta del proveedor</translation>
    </message>
    <message>
        <source>Vendor's schedule</source>
        <translation>Calendario del proveedor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>As served at the check of %1</source>
        <translation>Versión servida en la comprobación del %1</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servida</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>plumbline::ApiVersionsPage</name>
    <message>
        <source>API versions and deadlines</source>
        <translation>Versiones de API y fechas límite</translation>
    </message>
    <message>
        <source>Dates come from the vendors' own responses (Deprecation and Sunset headers, version lists, 410 Gone) at the latest check, and from the end-of-life dates vendors publish. Red: retired, another version served, or under 14 days left; amber: under 90 days.</source>
        <translation>Las fechas proceden de las propias respuestas de los proveedores en la última comprobación (cabeceras Deprecation y Sunset, listas de versiones, 410 Gone) y de las fechas de fin de soporte que publican los proveedores. Rojo: retirada, se sirve otra versión o quedan menos de 14 días; ámbar: menos de 90 días.</translation>
    </message>
    <message>
        <source>No connections yet.</source>
        <translation>Aún no hay conexiones.</translation>
    </message>
    <message>
        <source>No API version of your connections is going away within 90 days.</source>
        <translation>Ninguna versión de API de sus conexiones se retira en los próximos 90 días.</translation>
    </message>
    <message numerus="yes">
        <source>%n API version deadline(s) need attention within 90 days.</source>
        <translation>
            <numerusform>%n fecha límite de versión de API requiere atención en los próximos 90 días.</numerusform>
            <numerusform>%n fechas límite de versiones de API requieren atención en los próximos 90 días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::AppContext</name>
    <message>
        <source>The webhook URL stays in the settings file for now: %1</source>
        <translation>La URL del webhook se mantiene de momento en el archivo de configuración: %1</translation>
    </message>
    <message>
        <source>Webhook (from the settings)</source>
        <translation>Webhook (de la configuración)</translation>
    </message>
</context>
<context>
    <name>plumbline::ChangeLogPage</name>
    <message>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
</context>
<context>
    <name>plumbline::ChangeLogTableModel</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Credential stored</source>
        <translation>Credencial guardada</translation>
    </message>
    <message>
        <source>Credential removed</source>
        <translation>Credencial eliminada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
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
        <translation>Diario a las %1</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Solo críticas</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Advertencias y críticas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>Con fallos desde %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No secret yet (%1)</source>
        <translation>Aún sin secreto (%1)</translation>
    </message>
    <message>
        <source>OK, last delivered %1</source>
        <translation>Correcto; última entrega: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Critical alerts break through the quiet hours.</source>
        <translation>Las alertas críticas se notifican también durante las horas de silencio.</translation>
    </message>
    <message>
        <source>Nothing breaks through the quiet hours.</source>
        <translation>Durante las horas de silencio no se notifica nada.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Llega a</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravedad mínima</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionDialog</name>
    <message>
        <source>Add connection</source>
        <translation>Añadir conexión</translation>
    </message>
    <message>
        <source>Edit connection “%1”</source>
        <translation>Editar la conexión «%1»</translation>
    </message>
    <message>
        <source>The vendor of an existing connection cannot be changed; add a new connection instead.</source>
        <translation>No se puede cambiar el proveedor de una conexión existente; añada una conexión nueva.</translation>
    </message>
    <message>
        <source>The ID of an existing connection cannot be changed.</source>
        <translation>No se puede cambiar el ID de una conexión existente.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>e.g. HubSpot production</source>
        <translation>p. ej. HubSpot producción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. hubspot-prod</source>
        <translation>p. ej. hubspot-prod</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A short, stable identifier used in workspace files and on the command line.</source>
        <translation>Un identificador corto y estable que se usa en los archivos de espacio de trabajo y en la línea de comandos.</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>URL base de la API:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de API</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versión de API:</translation>
    </message>
    <message>
        <source>Who to ask about this account</source>
        <translation>A quién preguntar sobre esta cuenta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the key (reads a stored key from the keychain when the field is empty)</source>
        <translation>Mostrar la clave (lee la clave guardada en el llavero si el campo está vacío)</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar clave</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <source>Ask the vendor whether this connection and its key work, without saving</source>
        <translation>Preguntar al proveedor si esta conexión y su clave funcionan, sin guardar</translation>
    </message>
    <message>
        <source> (required):</source>
        <translation> (obligatorio):</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>Derived from the API key's data centre</source>
        <translation>Se obtiene del centro de datos de la API key</translation>
    </message>
    <message>
        <source>Derived from the shop domain</source>
        <translation>Se obtiene del dominio de la tienda</translation>
    </message>
    <message>
        <source>Derived from the zone</source>
        <translation>Se obtiene de la zona</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>The key is stored in %1, never in the workspace.</source>
        <translation>La clave se guarda en %1, nunca en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>La clave nueva sustituye a la guardada al guardar.</translation>
    </message>
    <message>
        <source>A key is stored in the keychain — leave empty to keep it.</source>
        <translation>Hay una clave guardada en el llavero; deje el campo vacío para conservarla.</translation>
    </message>
    <message>
        <source>No key is stored for this connection yet — paste one to store it.</source>
        <translation>Aún no hay ninguna clave guardada para esta conexión; pegue una para guardarla.</translation>
    </message>
    <message>
        <source>The keychain could not be reached, so it is not known whether a key is stored. A key entered here is stored when you save.</source>
        <translation>No se ha podido acceder al llavero, así que no se sabe si hay una clave guardada. La clave que introduzca aquí se guardará al guardar.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Consultando el llavero…</translation>
    </message>
    <message>
        <source>Data centre: %1 (https://%1.api.mailchimp.com)</source>
        <translation>Centro de datos: %1 (https://%1.api.mailchimp.com)</translation>
    </message>
    <message>
        <source>Data centre: shown when you enter the key (it ends with e.g. -us6).</source>
        <translation>Centro de datos: se muestra al introducir la clave (termina, p. ej., en -us6).</translation>
    </message>
    <message>
        <source>Data centre: not found — a Mailchimp key ends with its data centre, e.g. -us6.</source>
        <translation>Centro de datos: no encontrado; una clave de Mailchimp termina con su centro de datos, p. ej. -us6.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Ocultar clave</translation>
    </message>
    <message>
        <source>The stored key could not be read: %1</source>
        <translation>No se ha podido leer la clave guardada: %1</translation>
    </message>
    <message>
        <source>Paste the key to test it.</source>
        <translation>Pegue la clave para probarla.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
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
        <translation>Otra conexión ya usa este ID.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Pasos de configuración</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>The public id of the app you created at the vendor (its consumer key).</source>
        <translation>El ID público de la aplicación que creó en el proveedor (su consumer key).</translation>
    </message>
    <message>
        <source>C&amp;lient id (required):</source>
        <translation>ID de c&amp;liente (obligatorio):</translation>
    </message>
    <message>
        <source>Optional: space-separated; empty asks for the app's own scopes</source>
        <translation>Opcional: separados por espacios; vacío solicita los scopes de la aplicación</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Scop&amp;e:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>Token U&amp;RL:</source>
        <translation>URL del to&amp;ken:</translation>
    </message>
    <message>
        <source>Sign-in URL</source>
        <translation>URL de inicio de sesión</translation>
    </message>
    <message>
        <source>Si&amp;gn-in URL:</source>
        <translation>URL de inicio de se&amp;sión:</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Puerto de redirección</translation>
    </message>
    <message>
        <source>The port on this computer where the browser hands the sign-in back to Plumbline.</source>
        <translation>El puerto de este equipo por el que el navegador devuelve el inicio de sesión a Plumbline.</translation>
    </message>
    <message>
        <source>Re&amp;direct port:</source>
        <translation>Puerto de re&amp;dirección:</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <source>Token U&amp;RL (required):</source>
        <translation>URL del to&amp;ken (obligatoria):</translation>
    </message>
    <message>
        <source>Optional. After saving, choose Sign in… on the Connections page to sign in in your browser.</source>
        <translation>Opcional. Después de guardar, elija «Iniciar sesión…» en la página «Conexiones» para iniciar sesión en su navegador.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;%2</source>
        <comment>placeholder: the vendor's address on a base URL not entered yet</comment>
        <translation>&lt;%1&gt;%2</translation>
    </message>
    <message>
        <source>e.g. https://auth.example.com/oauth/token</source>
        <translation>p. ej. https://auth.example.com/oauth/token</translation>
    </message>
    <message>
        <source>e.g. https://auth.example.com/oauth/authorize</source>
        <translation>p. ej. https://auth.example.com/oauth/authorize</translation>
    </message>
    <message>
        <source>Empty: the vendor's own address shown here.</source>
        <translation>Vacío: la dirección del proveedor que se muestra aquí.</translation>
    </message>
    <message>
        <source>Register this callback URL: %1</source>
        <translation>Registre esta URL de retorno (callback): %1</translation>
    </message>
    <message>
        <source>This sign-in method keeps its secret in another keychain entry than the previous one: paste it to store it.</source>
        <translation>Este método de inicio de sesión guarda su secreto en otra entrada del llavero distinta de la anterior: péguelo para guardarlo.</translation>
    </message>
    <message>
        <source>No client secret is stored for this connection — paste one if the app requires it.</source>
        <translation>No hay ningún secreto de cliente guardado para esta conexión; pegue uno si la aplicación lo exige.</translation>
    </message>
    <message>
        <source>A connection that signs in as a person can be tested once it is saved and signed in (Sign in… on the Connections page).</source>
        <translation>Una conexión que inicia sesión en nombre de una persona se puede probar cuando esté guardada y con la sesión iniciada («Iniciar sesión…» en la página «Conexiones»).</translation>
    </message>
    <message>
        <source>Enter the client id of the app you created at %1 (its consumer key).</source>
        <translation>Introduzca el ID de cliente de la aplicación que creó en %1 (su consumer key).</translation>
    </message>
    <message>
        <source>Enter the token URL of the OAuth server.</source>
        <translation>Introduzca la URL del token del servidor OAuth.</translation>
    </message>
    <message>
        <source>Paste the secret here (%1).</source>
        <translation>Pegue aquí el secreto (%1).</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionTableModel</name>
    <message>
        <source>In keychain</source>
        <translation>En el llavero</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Secret unavailable</source>
        <translation>Secreto no disponible</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de API</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
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
        <translation>Conectado en %1 ms.</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms.</source>
        <translation>Conectado a %1 en %2 ms.</translation>
    </message>
    <message>
        <source>Note: the vendor says this API version is deprecated or retired.</source>
        <translation>Nota: el proveedor indica que esta versión de API está obsoleta o retirada.</translation>
    </message>
</context>
<context>
    <name>plumbline::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Set API &amp;key…</source>
        <translation>Establecer API &amp;key…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Select a connection to see how it signs in.</source>
        <translation>Seleccione una conexión para ver cómo inicia sesión.</translation>
    </message>
    <message>
        <source>Sign-in of “%1”</source>
        <translation>Inicio de sesión de «%1»</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>No access token yet: Plumbline gets one at the next check (F5).</source>
        <translation>Aún no hay token de acceso: Plumbline obtiene uno en la próxima comprobación (F5).</translation>
    </message>
    <message>
        <source>No access token is held.</source>
        <translation>No se dispone de ningún token de acceso.</translation>
    </message>
    <message>
        <source>Access token expires %1 (%2)</source>
        <translation>El token de acceso caduca el %1 (%2)</translation>
    </message>
    <message>
        <source>Access token expired %1 (%2)</source>
        <translation>El token de acceso caducó el %1 (%2)</translation>
    </message>
    <message>
        <source>Last renewed %1 (%2)</source>
        <translation>Última renovación: %1 (%2)</translation>
    </message>
    <message>
        <source>The keychain would not store the newest refresh token: it is kept in memory only, so after Plumbline restarts you will need to sign in again.</source>
        <translation>El llavero no ha guardado el token de actualización más reciente: solo se conserva en memoria, así que tendrá que volver a iniciar sesión cuando Plumbline se reinicie.</translation>
    </message>
    <message>
        <source>Sign in a&amp;gain…</source>
        <translation>Volver a i&amp;niciar sesión…</translation>
    </message>
    <message>
        <source>Si&amp;gn in…</source>
        <translation>I&amp;niciar sesión…</translation>
    </message>
    <message>
        <source>Opens %1's sign-in page in your browser; Plumbline keeps the refresh token in the keychain.</source>
        <translation>Abre la página de inicio de sesión de %1 en su navegador; Plumbline guarda el token de actualización en el llavero.</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>en menos de un minuto</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dentro de %n min</numerusform>
            <numerusform>dentro de %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>dentro de %n h</numerusform>
            <numerusform>dentro de %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::CountSeriesQuery</name>
    <message>
        <source>every poll</source>
        <translation>cada consulta</translation>
    </message>
    <message>
        <source>hourly averages</source>
        <translation>medias por hora</translation>
    </message>
    <message>
        <source>daily averages</source>
        <translation>medias diarias</translation>
    </message>
</context>
<context>
    <name>plumbline::DashboardCharts</name>
    <message>
        <source>Integration history charts</source>
        <translation>Gráficos del historial de la integración</translation>
    </message>
    <message>
        <source>Values at the pointer</source>
        <translation>Valores en la posición del puntero</translation>
    </message>
    <message>
        <source>Source and destination counts</source>
        <translation>Recuentos de origen y destino</translation>
    </message>
    <message>
        <source>Tolerance band</source>
        <translation>Banda de tolerancia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Gap in percent of the source count</source>
        <translation>Diferencia en porcentaje del recuento de origen</translation>
    </message>
    <message>
        <source>Tolerance (%)</source>
        <translation>Tolerancia (%)</translation>
    </message>
    <message>
        <source>Gap % (destination − source)</source>
        <translation>Diferencia % (destino − origen)</translation>
    </message>
    <message>
        <source>API quota headroom</source>
        <translation>Margen de cuota de API</translation>
    </message>
    <message>
        <source>Source quota left (%)</source>
        <translation>Cuota restante del origen (%)</translation>
    </message>
    <message>
        <source>Destination quota left (%)</source>
        <translation>Cuota restante del destino (%)</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>Source latency (ms)</source>
        <translation>Latencia del origen (ms)</translation>
    </message>
    <message>
        <source>Destination latency (ms)</source>
        <translation>Latencia del destino (ms)</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1 a</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Intervalo de tiempo personalizado</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Start of the custom range</source>
        <translation>Inicio del intervalo personalizado</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>End of the custom range</source>
        <translation>Fin del intervalo personalizado</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the custom range</source>
        <translation>Mostrar el intervalo personalizado</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>Restablecer &amp;zoom</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>Show the whole time range again (drag across a chart to zoom in)</source>
        <translation>Vuelve a mostrar todo el intervalo de tiempo (arrastre sobre un gráfico para ampliarlo)</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>El inicio debe ser anterior al fin.</translation>
    </message>
    <message>
        <source>Choose an integration to see its history.</source>
        <translation>Elija una integración para ver su historial.</translation>
    </message>
    <message>
        <source>No polls were stored in this time range. Choose a longer range.</source>
        <translation>No se guardó ninguna consulta en este intervalo de tiempo. Elija un intervalo más largo.</translation>
    </message>
    <message>
        <source>No history yet. Source and destination counts appear here after the first poll of this integration.</source>
        <translation>Aún no hay historial. Los recuentos de origen y destino aparecerán aquí tras la primera consulta de esta integración.</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Mostrando %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>sin leer</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 — Source %2 · Destination %3 · Gap %4</source>
        <translation>%1 — Origen %2 · Destino %3 · Diferencia %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — no poll stored near this time</source>
        <translation>%1 — no hay ninguna consulta guardada cerca de este momento</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Más reciente: %1</translation>
    </message>
    <message>
        <source>Point at a chart to read its exact values.</source>
        <translation>Señale un gráfico para leer sus valores exactos.</translation>
    </message>
    <message>
        <source>No integration chosen.</source>
        <translation>No se ha elegido ninguna integración.</translation>
    </message>
    <message>
        <source>%1, %2 to %3, %4.</source>
        <translation>%1, del %2 al %3, %4.</translation>
    </message>
    <message>
        <source>Latest: source %1, destination %2, gap %3 (%4 %), tolerance ± %5, %6.</source>
        <translation>Más reciente: origen %1, destino %2, diferencia %3 (%4 %), tolerancia ± %5, %6.</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>dentro de la tolerancia</translation>
    </message>
    <message>
        <source>outside tolerance</source>
        <translation>fuera de la tolerancia</translation>
    </message>
</context>
<context>
    <name>plumbline::DashboardValuesTab</name>
    <message>
        <source>Com&amp;pare now</source>
        <translation>Comparar a&amp;hora</translation>
    </message>
    <message>
        <source>Sample records of the source, look them up at the destination and compare the mapped fields now</source>
        <translation>Tomar ahora una muestra de registros del origen, buscarlos en el destino y comparar los campos mapeados</translation>
    </message>
    <message>
        <source>Value check progress</source>
        <translation>Progreso de la comprobación de valores</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Stop the value check; nothing of it is stored</source>
        <translation>Detener la comprobación de valores; no se guarda nada de ella</translation>
    </message>
    <message>
        <source>F&amp;ields, most differences first:</source>
        <translation>Campos, &amp;de más a menos diferencias:</translation>
    </message>
    <message>
        <source>Compared fields and their differences</source>
        <translation>Campos comparados y sus diferencias</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>Eje&amp;mplos</translation>
    </message>
    <message>
        <source>Redacted examples of the selected field</source>
        <translation>Ejemplos enmascarados del campo seleccionado</translation>
    </message>
    <message>
        <source>No value check yet</source>
        <translation>Todavía no hay ninguna comprobación de valores</translation>
    </message>
    <message>
        <source>A value check samples records of %1, finds each one in %2 by the key mapping and compares the mapped fields. This integration has no key mapping yet: edit it and mark the mapping that identifies a record on both sides (an e-mail address, an id) as the key.</source>
        <translation>Una comprobación de valores toma una muestra de registros de %1, busca cada uno en %2 mediante el mapeo clave y compara los campos mapeados. Esta integración todavía no tiene un mapeo clave: edítela y marque como clave el mapeo que identifica un registro en ambos lados (una dirección de correo electrónico, un id).</translation>
    </message>
    <message>
        <source>A value check samples records of %1, finds each one in %2 by the key %3 → %4 and compares the mapped fields, counting what differs. Compare now runs one.</source>
        <translation>Una comprobación de valores toma una muestra de registros de %1, busca cada uno en %2 mediante la clave %3 → %4, compara los campos mapeados y cuenta lo que difiere. «Comparar ahora» ejecuta una.</translation>
    </message>
    <message numerus="yes">
        <source>Tried %1 · %n request(s)</source>
        <translation>
            <numerusform>Intento: %1 · %n solicitud</numerusform>
            <numerusform>Intento: %1 · %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sampled records match (%3–%4 %)</source>
        <translation>%1 de %2 registros de la muestra coinciden (%3–%4 %)</translation>
    </message>
    <message>
        <source>%1 missing in %2</source>
        <translation>faltan %1 en %2</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>comprobación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of the value check's headline</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Comprobación parcial: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found more than one record in %1.</source>
        <translation>
            <numerusform>%n clave ha encontrado más de un registro en %1.</numerusform>
            <numerusform>%n claves han encontrado más de un registro en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sampled from %1 records in %2.</source>
        <translation>Muestra tomada de %1 registros en %2.</translation>
    </message>
    <message>
        <source>A record matches when it is found in %1 and every mapped field holds the same value there (letter case aside).</source>
        <translation>Un registro coincide cuando se encuentra en %1 y cada campo mapeado tiene allí el mismo valor (sin tener en cuenta mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>Select a field to see examples of its differences.</source>
        <translation>Seleccione un campo para ver ejemplos de sus diferencias.</translation>
    </message>
    <message>
        <source>Examples are off for this integration.</source>
        <translation>Los ejemplos están desactivados para esta integración.</translation>
    </message>
    <message>
        <source>E&amp;xamples of %1 → %2</source>
        <translation>Eje&amp;mplos de %1 → %2</translation>
    </message>
    <message>
        <source>Redacted: first letters and lengths, never a value.</source>
        <translation>Enmascarados: primeras letras y longitudes, nunca un valor.</translation>
    </message>
    <message>
        <source>No differences in this field.</source>
        <translation>No hay diferencias en este campo.</translation>
    </message>
    <message numerus="yes">
        <source>No examples kept (older than %n days).</source>
        <translation>
            <numerusform>No se conservan ejemplos (de hace más de %n día).</numerusform>
            <numerusform>No se conservan ejemplos (de hace más de %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>No examples were kept for this field.</source>
        <translation>No se ha conservado ningún ejemplo de este campo.</translation>
    </message>
    <message>
        <source>Mark one mapping as the key (Edit…) to compare values</source>
        <translation>Marque un mapeo como clave (Editar…) para comparar valores</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Starting the value check…</source>
        <translation>Iniciando la comprobación de valores…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The value check was cancelled; nothing of it was stored.</source>
        <translation>Se ha cancelado la comprobación de valores; no se ha guardado nada de ella.</translation>
    </message>
    <message>
        <source>The value check ran but could not be stored: %1</source>
        <translation>La comprobación de valores se ha ejecutado, pero no se ha podido guardar: %1</translation>
    </message>
    <message>
        <source>The value check did not run: value checks are off for this integration or it has no key mapping.</source>
        <translation>La comprobación de valores no se ha ejecutado: las comprobaciones de valores están desactivadas para esta integración o no tiene un mapeo clave.</translation>
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
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Agravada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>%1 (status %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error or note</source>
        <translation>Último error o nota</translation>
    </message>
</context>
<context>
    <name>plumbline::EnvSecretStore</name>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable de entorno %1 no está definida.</translation>
    </message>
    <message>
        <source>Secrets from environment variables cannot be changed by Plumbline.</source>
        <translation>Plumbline no puede modificar los secretos procedentes de variables de entorno.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>variables de entorno</translation>
    </message>
</context>
<context>
    <name>plumbline::FirstRunPage</name>
    <message>
        <source>Welcome to Plumbline</source>
        <translation>Le damos la bienvenida a Plumbline</translation>
    </message>
    <message>
        <source>Plumbline watches the integrations between your marketing tools — HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier or any REST API — and tells you when one quietly stops moving data.

Start by exploring a demo workspace, or add the first account you want to watch.</source>
        <translation>Plumbline vigila las integraciones entre sus herramientas de marketing (HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier o cualquier API REST) y le avisa cuando una deja de mover datos sin dar señales.

Empiece explorando un espacio de trabajo de demostración o añada la primera cuenta que desee vigilar.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Add your first connection</source>
        <translation>&amp;Añadir su primera conexión</translation>
    </message>
    <message>
        <source>Set up an integration step by step…</source>
        <translation>Configurar una integración paso a paso…</translation>
    </message>
</context>
<context>
    <name>plumbline::HeartbeatIndicator</name>
    <message>
        <source>Monitor heartbeat</source>
        <translation>Pulso del monitor</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling paused — last check %1</source>
        <translation>Consultas en pausa — última comprobación %1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Consultas en pausa</translation>
    </message>
    <message>
        <source>Waiting for the first check…</source>
        <translation>Esperando la primera comprobación…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>Polling has stopped — last check %1</source>
        <translation>Las consultas se han detenido — última comprobación %1</translation>
    </message>
    <message>
        <source>Last check %1</source>
        <translation>Última comprobación %1</translation>
    </message>
    <message>
        <source>Plumbline has not checked your integrations for longer than their intervals allow. Check that polling is not paused and that this computer was not asleep; F5 checks now.</source>
        <translation>Plumbline lleva sin comprobar sus integraciones más tiempo del que permiten sus intervalos. Compruebe que las consultas no estén en pausa y que este equipo no haya estado en suspensión; F5 comprueba ahora.</translation>
    </message>
    <message>
        <source>another Plumbline window</source>
        <translation>otra ventana de Plumbline</translation>
    </message>
    <message>
        <source>plumbline run</source>
        <translation>plumbline run</translation>
    </message>
    <message>
        <source>polled by %1 (process %2 on %3); this window follows it</source>
        <translation>las consultas las realiza %1 (proceso %2 en %3); esta ventana sigue sus resultados</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationDashboard</name>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>Ma&amp;peos</translation>
    </message>
    <message>
        <source>Schema c&amp;hanges</source>
        <translation>&amp;Cambios de esquema</translation>
    </message>
    <message>
        <source>Run &amp;log</source>
        <translation>Re&amp;gistro de ejecuciones</translation>
    </message>
    <message>
        <source>Integration definition</source>
        <translation>Definición de la integración</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>De&amp;finición</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>E&amp;jecutar ahora</translation>
    </message>
    <message>
        <source>Poll this integration now and evaluate its checks</source>
        <translation>Consultar esta integración ahora y evaluar sus comprobaciones</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Charts of counts, gap, quota and latency appear here.</source>
        <translation>Aquí aparecen los gráficos de recuentos, diferencia, cuota y latencia.</translation>
    </message>
    <message>
        <source>Current findings</source>
        <translation>Hallazgos actuales</translation>
    </message>
    <message>
        <source>Field mappings and their state</source>
        <translation>Mapeos de campos y su estado</translation>
    </message>
    <message>
        <source>Schema changes</source>
        <translation>Cambios de esquema</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>Filtrar por texto…</translation>
    </message>
    <message>
        <source>Filter the run log</source>
        <translation>Filtrar el registro de ejecuciones</translation>
    </message>
    <message>
        <source>Run and error log</source>
        <translation>Registro de ejecuciones y errores</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Siguien&amp;te</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>%1 · %2  →  %3 · %4</source>
        <translation>%1 · %2  →  %3 · %4</translation>
    </message>
    <message>
        <source>(via %1)</source>
        <translation>(a través de %1)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>Gap %1 (%2 %)</source>
        <translation>Diferencia: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Gap %1</source>
        <translation>Diferencia: %1</translation>
    </message>
    <message>
        <source>Last checked %1 (%2)</source>
        <translation>Última comprobación: %1 (%2)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>Todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <source>No findings yet: this integration has not been checked since Plumbline started.</source>
        <translation>Aún no hay hallazgos: esta integración no se ha comprobado desde que se inició Plumbline.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Qué revisar:</translation>
    </message>
    <message>
        <source>No alert open (alerts open after repeated failing checks).</source>
        <translation>No hay ninguna alerta abierta (las alertas se abren tras varias comprobaciones fallidas seguidas).</translation>
    </message>
    <message>
        <source>Alert open since %1</source>
        <translation>Alerta abierta desde %1</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation>confirmada por %1 el %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>pospuesta hasta %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Already acknowledged</source>
        <translation>Ya confirmada</translation>
    </message>
    <message>
        <source>Say that someone is on it; escalations still notify</source>
        <translation>Indique que alguien se está ocupando; si la alerta empeora, se seguirá notificando</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Durante 4 horas</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>Hasta mañana a las 09:00</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Durante 1 semana</translation>
    </message>
    <message>
        <source>No field mappings are defined. Edit the integration to add them.</source>
        <translation>No hay mapeos de campos definidos. Edite la integración para añadirlos.</translation>
    </message>
    <message>
        <source>The field schemas have not been fetched yet; the states show after the first check.</source>
        <translation>Aún no se han obtenido los esquemas de campos; los estados se mostrarán tras la primera comprobación.</translation>
    </message>
    <message>
        <source>Checked against the schemas fetched %1 (source) and %2 (destination).</source>
        <translation>Comprobado con los esquemas obtenidos el %1 (origen) y el %2 (destino).</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Aún no obtenido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no count</source>
        <translation>sin recuento</translation>
    </message>
    <message>
        <source>The count could not be read.</source>
        <translation>No se ha podido leer el recuento.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>No hay entradas</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entries</source>
        <translation>
            <numerusform>Página %1 de %2 · %n entrada</numerusform>
            <numerusform>Página %1 de %2 · %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
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
        <translation>(nadie asignado)</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mapeos de campos</translation>
    </message>
    <message>
        <source>No mappings defined.</source>
        <translation>No hay mapeos definidos.</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Campo de origen</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Campo de destino</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Every %1 s; tolerated gap %2 % or %3 records; lag grace %4 s.</source>
        <translation>Cada %1 s; diferencia tolerada: %2 % o %3 registros; margen de retraso: %4 s.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>(not documented)</source>
        <translation>(sin documentar)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Manual de actuación</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in to %1 again for “%2” in your browser</source>
        <translation>Volver a iniciar sesión en %1 para «%2» en su navegador</translation>
    </message>
    <message>
        <source>Set client secret…</source>
        <translation>Establecer secreto de cliente…</translation>
    </message>
    <message>
        <source>Store a new client secret for “%1”</source>
        <translation>Guardar un nuevo secreto de cliente para «%1»</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation>Establecer clave…</translation>
    </message>
    <message>
        <source>Store a new key for “%1”</source>
        <translation>Guardar una nueva clave para «%1»</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>Val&amp;ores</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationDialog</name>
    <message>
        <source>Add integration</source>
        <translation>Añadir integración</translation>
    </message>
    <message>
        <source>Edit integration “%1”</source>
        <translation>Editar la integración «%1»</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definición</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Mapeos</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Comprobaciones</translation>
    </message>
    <message>
        <source>D&amp;ocumentation</source>
        <translation>D&amp;ocumentación</translation>
    </message>
    <message>
        <source>The ID of an existing integration cannot be changed.</source>
        <translation>No se puede cambiar el ID de una integración existente.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. hubspot-to-mailchimp</source>
        <translation>p. ej. hubspot-to-mailchimp</translation>
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
        <translation>p. ej. Sincronización de la newsletter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>e.g. contacts, Account, audience members</source>
        <translation>p. ej. contacts, Account, miembros de la audiencia</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objeto:</translation>
    </message>
    <message>
        <source>Optional: a JSON object or the vendor's filter text</source>
        <translation>Opcional: un objeto JSON o el texto de filtro del proveedor</translation>
    </message>
    <message>
        <source>Makes the two counts comparable, e.g. only subscribed contacts. Text that parses as a JSON object is stored as JSON; anything else as text.</source>
        <translation>Hace comparables los dos recuentos, p. ej. solo los contactos suscritos. El texto que se interpreta como objeto JSON se guarda como JSON; cualquier otro, como texto.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtro</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>Carried by &amp;middleware (a Make scenario, a Zap, …)</source>
        <translation>Transportada por &amp;middleware (un escenario de Make, un Zap, …)</translation>
    </message>
    <message>
        <source>Middleware connection</source>
        <translation>Conexión de middleware</translation>
    </message>
    <message>
        <source>Middleware co&amp;nnection:</source>
        <translation>Cone&amp;xión de middleware:</translation>
    </message>
    <message>
        <source>Scenario ID or Zap ID</source>
        <translation>ID de escenario o ID de Zap</translation>
    </message>
    <message>
        <source>Middleware reference</source>
        <translation>Referencia de middleware</translation>
    </message>
    <message>
        <source>Scenario or &amp;Zap:</source>
        <translation>Escenario o &amp;Zap:</translation>
    </message>
    <message>
        <source>Which source field feeds which destination field. Tick the field that identifies a record on both sides (usually the email address).</source>
        <translation>Qué campo de origen alimenta a qué campo de destino. Marque el campo que identifica un registro en ambos lados (normalmente, la dirección de correo electrónico).</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mapeos de campos</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalo de consulta en segundos</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>Con&amp;sultar cada:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerated gap in percent</source>
        <translation>Diferencia tolerada en porcentaje</translation>
    </message>
    <message>
        <source>Tolerated gap (&amp;percent):</source>
        <translation>Diferencia tolerada (&amp;porcentaje):</translation>
    </message>
    <message>
        <source> records</source>
        <translation> registros</translation>
    </message>
    <message>
        <source>Tolerated gap in records</source>
        <translation>Diferencia tolerada en registros</translation>
    </message>
    <message>
        <source>Tolerated gap (&amp;records):</source>
        <translation>Diferencia tolerada (&amp;registros):</translation>
    </message>
    <message>
        <source>Lag grace in seconds</source>
        <translation>Margen de retraso en segundos</translation>
    </message>
    <message>
        <source>&amp;Lag grace:</source>
        <translation>&amp;Margen de retraso:</translation>
    </message>
    <message>
        <source>A gap counts as a problem when it exceeds both tolerances for longer than the lag grace. The monitor polls the integration at this interval.</source>
        <translation>Una diferencia se considera un problema cuando supera ambas tolerancias durante más tiempo que el margen de retraso. El monitor consulta la integración con este intervalo.</translation>
    </message>
    <message>
        <source>Who is responsible for this flow</source>
        <translation>Quién es responsable de este flujo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Why this flow exists and who relies on it</source>
        <translation>Por qué existe este flujo y quién depende de él</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Finalidad:</translation>
    </message>
    <message>
        <source>What to check and whom to call when it breaks</source>
        <translation>Qué revisar y a quién llamar cuando falla</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Manual de actuación</translation>
    </message>
    <message>
        <source>Run&amp;book:</source>
        <translation>Manual de &amp;actuación:</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Use de 1 a 64 letras, dígitos, '.', '_' o '-', empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Another integration already uses this ID.</source>
        <translation>Otra integración ya usa este ID.</translation>
    </message>
    <message>
        <source>Give the integration a name.</source>
        <translation>Asigne un nombre a la integración.</translation>
    </message>
    <message>
        <source>Choose the connection the data comes from.</source>
        <translation>Elija la conexión de la que proceden los datos.</translation>
    </message>
    <message>
        <source>Choose the connection the data goes to.</source>
        <translation>Elija la conexión a la que van los datos.</translation>
    </message>
    <message>
        <source>Name the object that is counted at the source.</source>
        <translation>Indique el objeto que se cuenta en el origen.</translation>
    </message>
    <message>
        <source>Name the object that is counted at the destination.</source>
        <translation>Indique el objeto que se cuenta en el destino.</translation>
    </message>
    <message>
        <source>Source and destination are the same; choose a different connection, object or filter for one side.</source>
        <translation>El origen y el destino son iguales; elija otra conexión, otro objeto u otro filtro para uno de los lados.</translation>
    </message>
    <message>
        <source>Choose the middleware's connection, or untick “middleware”.</source>
        <translation>Elija la conexión del middleware o desmarque «middleware».</translation>
    </message>
    <message numerus="yes">
        <source>Mapping row %1 needs both a source and a destination field.</source>
        <translation>
            <numerusform>La fila de mapeo %1 necesita un campo de origen y uno de destino.</numerusform>
            <numerusform>La fila de mapeo %1 necesita un campo de origen y uno de destino.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify these channels</source>
        <translation>Notificar a estos canales</translation>
    </message>
    <message>
        <source>No&amp;tify:</source>
        <translation>No&amp;tificar:</translation>
    </message>
    <message>
        <source>%1 (no such channel)</source>
        <translation>%1 (el canal no existe)</translation>
    </message>
    <message>
        <source>The workspace has no notification channels yet; add them on the Notifications page.</source>
        <translation>El espacio de trabajo aún no tiene canales de notificación; añádalos en la página «Notificaciones».</translation>
    </message>
    <message>
        <source>Empty: the default channels (none is marked default, so nobody is notified).</source>
        <translation>Vacío: los canales predeterminados (ninguno está marcado como predeterminado, así que no se notifica a nadie).</translation>
    </message>
    <message>
        <source>Empty: the default channels (%1).</source>
        <translation>Vacío: los canales predeterminados (%1).</translation>
    </message>
    <message>
        <source>With an owner, the channels that reach that person are notified too.</source>
        <translation>Si hay un responsable, también se notifica a los canales que llegan a esa persona.</translation>
    </message>
    <message>
        <source>No channel reaches “%1”.</source>
        <translation>Ningún canal llega a «%1».</translation>
    </message>
    <message>
        <source>“%1” is reached through %2, whatever is ticked below.</source>
        <translation>«%1» recibe los avisos a través de %2, independientemente de lo que se marque abajo.</translation>
    </message>
</context>
<context>
    <name>plumbline::IntegrationFilterProxy</name>
    <message>
        <source>All integrations</source>
        <translation>Todas las integraciones</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Solo con problemas</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
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
        <translation>no disponible</translation>
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
        <translation>Integración</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no open alerts</source>
        <translation>no hay alertas abiertas</translation>
    </message>
    <message>
        <source>Open alerts of this integration and of the connections it uses: %1</source>
        <translation>Alertas abiertas de esta integración y de las conexiones que usa: %1</translation>
    </message>
    <message>
        <source>Gap %</source>
        <translation>Diferencia %</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>no problem found</source>
        <translation>no se encontró ningún problema</translation>
    </message>
    <message>
        <source>Records counted at the source at the last check</source>
        <translation>Registros contados en el origen en la última comprobación</translation>
    </message>
    <message>
        <source>Records counted at the destination at the last check</source>
        <translation>Registros contados en el destino en la última comprobación</translation>
    </message>
    <message>
        <source>Why: the most serious finding of the last check</source>
        <translation>Por qué: el hallazgo más grave de la última comprobación</translation>
    </message>
    <message>
        <source>In source</source>
        <translation>En el origen</translation>
    </message>
    <message>
        <source>In destination</source>
        <translation>En el destino</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>No se pudo ejecutar</translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation>%1 de coincidencia</translation>
    </message>
    <message>
        <source>Value check of %1: %2</source>
        <translation>Comprobación de valores del %1: %2</translation>
    </message>
    <message>
        <source>Value check of %1: %2 of %3 sampled records match, %4 (95 % interval %5–%6); %7 missing in %8</source>
        <translation>Comprobación de valores del %1: %2 de %3 registros de la muestra coinciden, %4 (intervalo del 95 % %5–%6); faltan %7 en %8</translation>
    </message>
    <message>
        <source>Partial check: %1</source>
        <translation>Comprobación parcial: %1</translation>
    </message>
    <message>
        <source>no value check yet</source>
        <translation>todavía sin comprobación de valores</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No value check yet: it compares the mapped fields of sampled records on both sides</source>
        <translation>Todavía no hay ninguna comprobación de valores: compara los campos mapeados de una muestra de registros en ambos lados</translation>
    </message>
    <message>
        <source>The latest value check: the share of sampled records whose mapped fields hold the same values on both sides</source>
        <translation>La última comprobación de valores: la proporción de registros de la muestra cuyos campos mapeados tienen los mismos valores en ambos lados</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
</context>
<context>
    <name>plumbline::KeychainSecretStore</name>
    <message>
        <source>(Keychain: %1)</source>
        <translation>(Llavero: %1)</translation>
    </message>
    <message>
        <source>The keychain accepted the API key but did not keep it; it may be locked or not running for this session. Nothing was stored anywhere else.</source>
        <translation>El llavero ha aceptado la API key, pero no la ha conservado; puede que esté bloqueado o que no se esté ejecutando en esta sesión. No se ha guardado nada en ningún otro lugar.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>plumbline::LoopbackReceiver</name>
    <message>
        <source>A sign-in is already waiting on port %1.</source>
        <translation>Ya hay un inicio de sesión esperando en el puerto %1.</translation>
    </message>
    <message>
        <source>A sign-in needs a state to wait for.</source>
        <translation>Un inicio de sesión necesita un state que esperar.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is already in use by another program, so Plumbline cannot receive the answer of the sign-in there. Close the other program (it may be another Plumbline sign-in) and try again, or choose a free port: set the connection's auth.redirect_port to it and register http://localhost:PORT/callback, with that port, as a callback URL in the vendor's app.</source>
        <translation>El puerto %1 de este equipo ya lo usa otro programa, así que Plumbline no puede recibir allí la respuesta del inicio de sesión. Cierre el otro programa (puede ser otro inicio de sesión de Plumbline) y vuelva a intentarlo, o elija un puerto libre: indíquelo en auth.redirect_port de la conexión y registre http://localhost:PORT/callback, con ese puerto, como URL de callback en la aplicación del proveedor.</translation>
    </message>
    <message>
        <source>Plumbline cannot listen on localhost port %1 for the answer of the sign-in: %2</source>
        <translation>Plumbline no puede escuchar en el puerto %1 de localhost la respuesta del inicio de sesión: %2</translation>
    </message>
    <message>
        <source>Plumbline sign-in</source>
        <translation>Inicio de sesión de Plumbline</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Esta solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>Plumbline could not read this request.</source>
        <translation>Plumbline no ha podido leer esta solicitud.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Plumbline is waiting for (it may come from an older sign-in tab), so Plumbline ignored it. Use the sign-in address Plumbline showed last.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión que Plumbline espera (puede venir de una pestaña de inicio de sesión anterior), así que Plumbline la ha ignorado. Use la última dirección de inicio de sesión que mostró Plumbline.</translation>
    </message>
    <message>
        <source>You declined access in the browser, so Plumbline is not signed in. You can close this tab.</source>
        <translation>Ha rechazado el acceso en el navegador, así que Plumbline no ha iniciado sesión. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>The sign-in ended with an error (%1), so Plumbline is not signed in. You can close this tab.</source>
        <translation>El inicio de sesión terminó con un error (%1), así que Plumbline no ha iniciado sesión. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Signed in to Plumbline. You can close this tab.</source>
        <translation>Sesión iniciada en Plumbline. Puede cerrar esta pestaña.</translation>
    </message>
</context>
<context>
    <name>plumbline::MainWindow</name>
    <message>
        <source>Plumbline — demo workspace</source>
        <translation>Plumbline — espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Plumbline</source>
        <translation>Plumbline</translation>
    </message>
    <message>
        <source>Demo workspace · keys in memory only · scheduled polling is off</source>
        <translation>Espacio de trabajo de demostración · claves solo en memoria · la consulta programada está desactivada</translation>
    </message>
    <message>
        <source>This is a demo workspace wired to a built-in sandbox that imitates HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier and a REST API on this computer. It is discarded when you quit; its keys are kept in memory only. Use Sandbox › Scenario to break something, then Check counts now (F5).</source>
        <translation>Este es un espacio de trabajo de demostración conectado a un sandbox integrado que imita HubSpot, Salesforce, Mailchimp, Shopify, Make, Zapier y una API REST en este equipo. Se descarta al salir; sus claves solo se guardan en memoria. Use Sandbox › Escenario para provocar un fallo y, después, Comprobar recuentos ahora (F5).</translation>
    </message>
    <message>
        <source>Scheduled polling is off · F5 checks counts now</source>
        <translation>La consulta programada está desactivada · F5 comprueba los recuentos ahora</translation>
    </message>
    <message>
        <source>Checking integrations…</source>
        <translation>Comprobando integraciones…</translation>
    </message>
    <message>
        <source>demo workspace, keys in memory only</source>
        <translation>espacio de trabajo de demostración, claves solo en memoria</translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation>&amp;Integraciones</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Conexiones</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Change &amp;log</source>
        <translation>&amp;Registro de cambios</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Check counts &amp;now</source>
        <translation>Comprobar recuentos &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>&amp;Pausar consultas</translation>
    </message>
    <message>
        <source>Add &amp;connection…</source>
        <translation>Añadir &amp;conexión…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add &amp;integration…</source>
        <translation>Añadir &amp;integración…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Editar selección…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>E&amp;liminar selección…</translation>
    </message>
    <message>
        <source>Edit co&amp;nnection…</source>
        <translation>Editar co&amp;nexión…</translation>
    </message>
    <message>
        <source>Delete conn&amp;ection…</source>
        <translation>Eliminar cone&amp;xión…</translation>
    </message>
    <message>
        <source>Set API &amp;key…</source>
        <translation>Establecer API &amp;key…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Edit in&amp;tegration…</source>
        <translation>Editar in&amp;tegración…</translation>
    </message>
    <message>
        <source>Delete inte&amp;gration…</source>
        <translation>Eliminar inte&amp;gración…</translation>
    </message>
    <message>
        <source>&amp;Import workspace…</source>
        <translation>&amp;Importar espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>&amp;Exportar espacio de trabajo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Plumbline</source>
        <translation>&amp;Acerca de Plumbline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>Es&amp;cenario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Integ&amp;rations</source>
        <translation>Integ&amp;raciones</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>“%1” was saved, but its API key could not be stored: %2 Set the key again with “Set API key…” when the keychain is available.</source>
        <translation>«%1» se ha guardado, pero no se ha podido guardar su API key: %2 Vuelva a establecer la clave con «Establecer API key…» cuando el llavero esté disponible.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>No se ha podido guardar «%1»: %2</translation>
    </message>
    <message>
        <source>Connection “%1” added.</source>
        <translation>Conexión «%1» añadida.</translation>
    </message>
    <message>
        <source>Saving “%1” did not complete: %2</source>
        <translation>No se ha completado el guardado de «%1»: %2</translation>
    </message>
    <message>
        <source>Connection “%1” and its API key saved.</source>
        <translation>Conexión «%1» y su API key guardadas.</translation>
    </message>
    <message>
        <source>Connection “%1” saved.</source>
        <translation>Conexión «%1» guardada.</translation>
    </message>
    <message>
        <source>Delete the connection “%1”? Its API key is removed from %2 as well.</source>
        <translation>¿Eliminar la conexión «%1»? También se eliminará su API key guardada en %2.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>These integrations use it and will be deleted too:
%1</source>
        <translation>
            <numerusform>Esta integración la usa y también se eliminará:
%1</numerusform>
            <numerusform>Estas integraciones la usan y también se eliminarán:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Connection “%1” deleted.</source>
        <translation>Conexión «%1» eliminada.</translation>
    </message>
    <message>
        <source>Add the connections on both sides of the flow first; an integration links two of them.</source>
        <translation>Añada primero las conexiones de ambos lados del flujo; una integración vincula dos de ellas.</translation>
    </message>
    <message>
        <source>Integration “%1” added.</source>
        <translation>Integración «%1» añadida.</translation>
    </message>
    <message>
        <source>Integration “%1” saved.</source>
        <translation>Integración «%1» guardada.</translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation>Eliminar integración</translation>
    </message>
    <message>
        <source>Delete the integration “%1”? Its definition, mappings and documentation are removed; the connections stay.</source>
        <translation>¿Eliminar la integración «%1»? Se eliminarán su definición, sus mapeos y su documentación; las conexiones se mantienen.</translation>
    </message>
    <message>
        <source>Integration “%1” deleted.</source>
        <translation>Integración «%1» eliminada.</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Importar espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation>Archivos de espacio de trabajo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>No se ha importado nada de %1:</translation>
    </message>
    <message>
        <source>Imported %1 connections and %2 integrations.</source>
        <translation>Se han importado %1 conexiones y %2 integraciones.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exportar espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace files (*.json)</source>
        <translation>Archivos de espacio de trabajo (*.json)</translation>
    </message>
    <message>
        <source>Workspace exported to %1 (definitions only, no keys).</source>
        <translation>Espacio de trabajo exportado a %1 (solo definiciones, sin claves).</translation>
    </message>
    <message>
        <source>About Plumbline</source>
        <translation>Acerca de Plumbline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;Watches marketing API integrations and says when one quietly breaks.&lt;/p&gt;&lt;p&gt;Keys are kept in %2, never in the workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;Vigila las integraciones por API de marketing y avisa cuando una deja de funcionar sin dar señales.&lt;/p&gt;&lt;p&gt;Las claves se guardan en %2, nunca en el archivo del espacio de trabajo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>API &amp;versions</source>
        <translation>&amp;Versiones de API</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Find integration…</source>
        <translation>&amp;Buscar integración…</translation>
    </message>
    <message>
        <source>New integration (&amp;guided)…</source>
        <translation>Nueva integración (g&amp;uiada)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n open</source>
        <translation>
            <numerusform>Alertas, %n abierta</numerusform>
            <numerusform>Alertas, %n abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit &amp;report…</source>
        <translation>Exportar i&amp;nforme de auditoría…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Inventory, health, incidents and changes over a period, as PDF, CSV or HTML</source>
        <translation>Inventario, estado, incidentes y cambios durante un periodo, en PDF, CSV o HTML</translation>
    </message>
    <message>
        <source>A sign-in is already waiting for the browser; finish or cancel it first.</source>
        <translation>Ya hay un inicio de sesión esperando al navegador; termínelo o cancélelo primero.</translation>
    </message>
    <message>
        <source>Waiting for the browser to sign in to "%1"…</source>
        <translation>Esperando a que inicie sesión en «%1» en el navegador…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>No se pudo iniciar sesión</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>There is no integration “%1” in this workspace.</source>
        <translation>No existe la integración «%1» en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>plumbline::MappingStateModel</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Missing on source</source>
        <translation>Falta en el origen</translation>
    </message>
    <message>
        <source>Missing on destination</source>
        <translation>Falta en el destino</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Tipo cambiado</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Renamed to “%1”?</source>
        <translation>¿Renombrado como «%1»?</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Campo de origen</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Campo de destino</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
</context>
<context>
    <name>plumbline::MappingTableModel</name>
    <message>
        <source>Key field</source>
        <translation>Campo clave</translation>
    </message>
    <message>
        <source>Not a key field</source>
        <translation>No es un campo clave</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Campo de origen</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Campo de destino</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
</context>
<context>
    <name>plumbline::MappingWizard</name>
    <message>
        <source>New integration (guided)</source>
        <translation>Nueva integración (guiada)</translation>
    </message>
    <message>
        <source>&amp;Create integration</source>
        <translation>&amp;Crear integración</translation>
    </message>
    <message>
        <source>Which data flows where?</source>
        <translation>¿Qué datos van a dónde?</translation>
    </message>
    <message>
        <source>Pick the system the records come from and the one they should arrive in. Plumbline will read both field lists and suggest how the fields map.</source>
        <translation>Elija el sistema del que proceden los registros y aquel al que deben llegar. Plumbline leerá las listas de campos de ambos y le sugerirá cómo se corresponden los campos.</translation>
    </message>
    <message>
        <source>e.g. HubSpot contacts to Mailchimp newsletter</source>
        <translation>p. ej., contactos de HubSpot al boletín de Mailchimp</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>The object or list: contacts, Contact, an audience id, customers, …</source>
        <translation>El objeto o la lista: contacts, Contact, un ID de audiencia, customers, …</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation>Conexión de origen</translation>
    </message>
    <message>
        <source>Source object</source>
        <translation>Objeto de origen</translation>
    </message>
    <message>
        <source>Destination connection</source>
        <translation>Conexión de destino</translation>
    </message>
    <message>
        <source>Destination object</source>
        <translation>Objeto de destino</translation>
    </message>
    <message>
        <source>Add a &amp;connection…</source>
        <translation>Añadir una cone&amp;xión…</translation>
    </message>
    <message>
        <source>The source and the destination are the same object: pick two different ones.</source>
        <translation>El origen y el destino son el mismo objeto: elija dos distintos.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no connections yet. Add the accounts on both sides first.</source>
        <translation>Aún no hay conexiones. Añada primero las cuentas de ambos lados.</translation>
    </message>
    <message>
        <source>Reading both field lists</source>
        <translation>Leyendo ambas listas de campos</translation>
    </message>
    <message>
        <source>Plumbline asks each system which fields the object has. This takes a moment.</source>
        <translation>Plumbline pregunta a cada sistema qué campos tiene el objeto. Esto tarda un momento.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>✘ %1: the field list cannot be read here.</source>
        <translation>✘ %1: la lista de campos no se puede leer aquí.</translation>
    </message>
    <message>
        <source>⏳ %1: reading the fields of %2 · %3…</source>
        <translation>⏳ %1: leyendo los campos de %2 · %3…</translation>
    </message>
    <message>
        <source>✘ %1: %2 could not be read: %3</source>
        <translation>✘ %1: no se ha podido leer %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>✔ %1: %n field(s) in %2</source>
        <translation>
            <numerusform>✔ %1: %n campo en %2</numerusform>
            <numerusform>✔ %1: %n campos en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the field mappings</source>
        <translation>Revise los mapeos de campos</translation>
    </message>
    <message>
        <source>Suggested from field names and labels. Tick the mappings to watch, change a destination where the guess is wrong, and mark the field that identifies a record as the key.</source>
        <translation>Sugeridos a partir de los nombres y las etiquetas de los campos. Marque los mapeos que quiera vigilar, cambie el destino donde la suposición sea incorrecta y marque como clave el campo que identifica cada registro.</translation>
    </message>
    <message>
        <source>Suggested field mappings</source>
        <translation>Mapeos de campos sugeridos</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Campo de origen</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Campo de destino</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(sin mapear)</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elección manual</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>Lista para vigilar</translation>
    </message>
    <message>
        <source>Plumbline creates the integration and starts comparing both sides on its next check. Filters, checks and documentation can be edited afterwards.</source>
        <translation>Plumbline crea la integración y empieza a comparar ambos lados en la próxima comprobación. Los filtros, las comprobaciones y la documentación se pueden editar después.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message numerus="yes">
        <source>%n field mapping(s):</source>
        <translation>
            <numerusform>%n mapeo de campos:</numerusform>
            <numerusform>%n mapeos de campos:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>la memoria (solo esta sesión)</translation>
    </message>
</context>
<context>
    <name>plumbline::MessageBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>plumbline::MonitorRepository</name>
    <message>
        <source>The poll results could not be stored; nothing of them was written: %1</source>
        <translation>No se han podido guardar los resultados de la consulta; no se ha escrito ninguno de ellos: %1</translation>
    </message>
    <message>
        <source>a sample of %1 has no time</source>
        <translation>una muestra de %1 no tiene hora</translation>
    </message>
    <message>
        <source>connection facts of %1 have no time</source>
        <translation>los datos de conexión de %1 no tienen hora</translation>
    </message>
    <message>
        <source>a field schema of %1 has no time</source>
        <translation>un esquema de campos de %1 no tiene hora</translation>
    </message>
    <message>
        <source>a run of %1 has no time or no id</source>
        <translation>una ejecución de %1 no tiene hora o no tiene id</translation>
    </message>
    <message>
        <source>a middleware state of %1 has no time</source>
        <translation>un estado de middleware de %1 no tiene hora</translation>
    </message>
    <message>
        <source>Old monitoring history could not be removed: %1</source>
        <translation>No se ha podido eliminar el historial de supervisión antiguo: %1</translation>
    </message>
    <message>
        <source>no current time</source>
        <translation>no hay hora actual</translation>
    </message>
    <message>
        <source>The alert history could not be stored: %1</source>
        <translation>No se ha podido guardar el historial de alertas: %1</translation>
    </message>
    <message>
        <source>alert %1 does not exist</source>
        <translation>la alerta %1 no existe</translation>
    </message>
    <message>
        <source>The maintenance window could not be saved: %1</source>
        <translation>No se ha podido guardar la ventana de mantenimiento: %1</translation>
    </message>
    <message>
        <source>it must end after it starts</source>
        <translation>debe terminar después de empezar</translation>
    </message>
    <message>
        <source>there is no integration %1</source>
        <translation>no existe la integración %1</translation>
    </message>
    <message>
        <source>The maintenance window could not be removed: %1</source>
        <translation>No se ha podido eliminar la ventana de mantenimiento: %1</translation>
    </message>
    <message>
        <source>there is no maintenance window %1</source>
        <translation>no existe la ventana de mantenimiento %1</translation>
    </message>
    <message>
        <source>The lease could not be taken: %1</source>
        <translation>No se ha podido obtener el bloqueo de consulta: %1</translation>
    </message>
    <message>
        <source>The lease could not be released: %1</source>
        <translation>No se ha podido liberar el bloqueo de consulta: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::NotificationCenter</name>
    <message>
        <source>the channel was removed</source>
        <translation>el canal se ha eliminado</translation>
    </message>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>no se ha podido leer el llavero: %1</translation>
    </message>
    <message>
        <source>no %1 in the keychain (%2/%3) — set it on the Notifications page</source>
        <translation>no hay «%1» en el llavero (%2/%3) — defina el valor en la página «Notificaciones»</translation>
    </message>
    <message>
        <source>There is no notification channel "%1".</source>
        <translation>No existe el canal de notificación "%1".</translation>
    </message>
    <message>
        <source>Notifications to %1 have failed since %2: %3</source>
        <translation>Las notificaciones a %1 fallan desde %2: %3</translation>
    </message>
    <message>
        <source>Open Notifications, check the channel's settings and its secret in the keychain, then press Send test. Waiting messages are sent again on their own once it works.</source>
        <translation>Abra la página «Notificaciones», revise la configuración del canal y su secreto en el llavero y pulse «Enviar prueba». Los mensajes en espera se vuelven a enviar automáticamente cuando funcione.</translation>
    </message>
</context>
<context>
    <name>plumbline::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Where alerts go. An integration notifies the channels on its own list and the ones that reach its owner; one without a list notifies the default channels. Secrets (webhook URLs, passwords, keys) stay in the keychain.</source>
        <translation>Adónde van las alertas. Una integración notifica a los canales de su propia lista y a los que llegan a su responsable; una integración sin lista notifica a los canales predeterminados. Los secretos (URL de webhooks, contraseñas, claves) se quedan en el llavero.</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>&amp;Canales</translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation>Canales de notificación</translation>
    </message>
    <message>
        <source>No channels yet. Add a Slack or Teams channel, an e-mail address or PagerDuty so that alerts reach a person.</source>
        <translation>Aún no hay canales. Añada un canal de Slack o Teams, una dirección de correo electrónico o PagerDuty para que las alertas lleguen a una persona.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Enviar &amp;prueba</translation>
    </message>
    <message>
        <source>Send a test message to the selected channel now and show what happened.</source>
        <translation>Envía ahora un mensaje de prueba al canal seleccionado y muestra el resultado.</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>Reintentar a&amp;hora</translation>
    </message>
    <message>
        <source>Send what waits for the selected channel now instead of after the backoff.</source>
        <translation>Envía ahora lo que está pendiente para el canal seleccionado, sin esperar al próximo reintento programado.</translation>
    </message>
    <message>
        <source>Delivery &amp;log</source>
        <translation>&amp;Registro de entregas</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <source>Show the deliveries of</source>
        <translation>Mostrar las entregas de</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>“%1” was saved, but its secret could not be stored: %2 Edit the channel and enter it again when the keychain is available.</source>
        <translation>«%1» se ha guardado, pero no se ha podido guardar su secreto: %2 Edite el canal y vuelva a introducirlo cuando el llavero esté disponible.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>No se ha podido guardar «%1»: %2</translation>
    </message>
    <message>
        <source>Channel “%1” added.</source>
        <translation>Canal «%1» añadido.</translation>
    </message>
    <message>
        <source>Saving “%1” did not complete: %2</source>
        <translation>No se ha completado el guardado de «%1»: %2</translation>
    </message>
    <message>
        <source>Channel “%1” saved.</source>
        <translation>Canal «%1» guardado.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Eliminar canal</translation>
    </message>
    <message>
        <source>Remove the channel “%1”? Its secrets are removed from the keychain as well; integrations that listed it notify their other channels.</source>
        <translation>¿Eliminar el canal «%1»? También se eliminarán sus secretos del llavero; las integraciones que lo incluían notificarán a sus otros canales.</translation>
    </message>
    <message>
        <source>Channel “%1” removed.</source>
        <translation>Canal «%1» eliminado.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Enviando un mensaje de prueba a %1…</translation>
    </message>
    <message>
        <source>Test message delivered to %1</source>
        <translation>Mensaje de prueba entregado a %1</translation>
    </message>
    <message>
        <source>Sending what waits for “%1” now.</source>
        <translation>Enviando ahora lo pendiente para «%1».</translation>
    </message>
</context>
<context>
    <name>plumbline::NotifyChannelDialog</name>
    <message>
        <source>Add notification channel</source>
        <translation>Añadir canal de notificación</translation>
    </message>
    <message>
        <source>Edit notification channel “%1”</source>
        <translation>Editar el canal de notificación «%1»</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The ID of an existing channel cannot be changed.</source>
        <translation>No se puede cambiar el ID de un canal existente.</translation>
    </message>
    <message>
        <source>To deliver another way, add a new channel and remove this one.</source>
        <translation>Para entregar de otra forma, añada un canal nuevo y elimine este.</translation>
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
        <translation>ID del canal</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>#mops-alerts, Dana Whitfield, On-call</source>
        <translation>#mops-alerts, Dana Whitfield, Guardia</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nombre del canal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Dana Whitfield</source>
        <translation>Dana Whitfield</translation>
    </message>
    <message>
        <source>Person it reaches</source>
        <translation>Persona a la que llega</translation>
    </message>
    <message>
        <source>Integrations whose owner is this person (or this channel's ID) notify this channel too.</source>
        <translation>Las integraciones cuyo responsable es esta persona (o el ID de este canal) también notifican a este canal.</translation>
    </message>
    <message>
        <source>&amp;Person it reaches:</source>
        <translation>&amp;Persona a la que llega:</translation>
    </message>
    <message>
        <source>&amp;Default channel (for integrations without channels of their own)</source>
        <translation>Canal predeterminad&amp;o (para integraciones sin canales propios)</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Canal predeterminado</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravedad mínima</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Advertencias y críticas</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Solo críticas</translation>
    </message>
    <message>
        <source>Minimum se&amp;verity:</source>
        <translation>&amp;Gravedad mínima:</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Consultando el llavero…</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>&amp;URL del webhook:</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>Signing s&amp;ecret:</source>
        <translation>&amp;Secreto de firma:</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <source>SMTP pass&amp;word:</source>
        <translation>&amp;Contraseña SMTP:</translation>
    </message>
    <message>
        <source>Integration (routing) key</source>
        <translation>Clave de integración (de enrutamiento)</translation>
    </message>
    <message>
        <source>Routing &amp;key:</source>
        <translation>&amp;Clave de enrutamiento:</translation>
    </message>
    <message>
        <source>dana@example.com, ops@example.com</source>
        <translation>dana@example.com, ops@example.com</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinatarios:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation>Ser&amp;vidor SMTP:</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Seguridad SMTP</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (puerto 465)</translation>
    </message>
    <message>
        <source>None (only to this computer)</source>
        <translation>Ninguna (solo hacia este equipo)</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>&amp;Seguridad:</translation>
    </message>
    <message>
        <source>Empty: no sign-in</source>
        <translation>Vacío: sin inicio de sesión</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <translation>Nombre de usuario SMTP</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>Nom&amp;bre de usuario:</translation>
    </message>
    <message>
        <source>plumbline@example.com</source>
        <translation>plumbline@example.com</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Re&amp;mitente:</translation>
    </message>
    <message>
        <source>Empty: the system's certificate authorities</source>
        <translation>Vacío: las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Elegir el archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Archivo de CA:</translation>
    </message>
    <message>
        <source>Empty: PagerDuty's own Events API</source>
        <translation>Vacío: la Events API de PagerDuty</translation>
    </message>
    <message>
        <source>Events API URL</source>
        <translation>URL de la Events API</translation>
    </message>
    <message>
        <source>Events API &amp;URL:</source>
        <translation>&amp;URL de la Events API:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>&amp;entre las</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;y las</translation>
    </message>
    <message>
        <source>C&amp;ritical alerts break through</source>
        <translation>Las alertas críticas se noti&amp;fican siempre</translation>
    </message>
    <message>
        <source>Critical alerts break through quiet hours</source>
        <translation>Las alertas críticas se notifican también durante las horas de silencio</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>This computer's (%1)</source>
        <translation>La de este equipo (%1)</translation>
    </message>
    <message>
        <source>For quiet hours and the digest; an IANA name such as Europe/Berlin</source>
        <translation>Para las horas de silencio y el resumen diario; un nombre IANA como Europe/Madrid</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Daily &amp;digest</source>
        <translation>&amp;Resumen diario</translation>
    </message>
    <message>
        <source>Daily digest instead of single messages</source>
        <translation>Resumen diario en lugar de mensajes individuales</translation>
    </message>
    <message>
        <source>Digest time</source>
        <translation>Hora del resumen</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>a &amp;las</translation>
    </message>
    <message>
        <source>one message a day instead of one per change</source>
        <translation>un mensaje al día en lugar de uno por cambio</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it.</source>
        <translation>Hay un valor guardado en el llavero; deje el campo vacío para conservarlo.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Aún sin definir.</translation>
    </message>
    <message>
        <source>(stored in the keychain)</source>
        <translation>(guardado en el llavero)</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Use de 1 a 64 letras, dígitos, '.', '_' o '-', empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Another channel already uses this ID.</source>
        <translation>Otro canal ya usa este ID.</translation>
    </message>
    <message>
        <source>Give at least one address; separate several with commas.</source>
        <translation>Indique al menos una dirección; separe varias con comas.</translation>
    </message>
    <message>
        <source>Quiet hours must start and end at different times.</source>
        <translation>El inicio y el fin de las horas de silencio deben ser distintos.</translation>
    </message>
</context>
<context>
    <name>plumbline::NotifyRepository</name>
    <message>
        <source>The notifications could not be queued: %1</source>
        <translation>No se han podido poner en cola las notificaciones: %1</translation>
    </message>
    <message>
        <source>the workspace is not open</source>
        <translation>el espacio de trabajo no está abierto</translation>
    </message>
    <message>
        <source>The delivery log could not be updated: %1</source>
        <translation>No se ha podido actualizar el registro de entregas: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::OverviewPage</name>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Integration dashboard</source>
        <translation>Panel de la integración</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Which integrations to show</source>
        <translation>Qué integraciones mostrar</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Buscar integraciones</translation>
    </message>
    <message>
        <source>Search name, system or object (%1)</source>
        <translation>Buscar nombre, sistema u objeto (%1)</translation>
    </message>
    <message>
        <source>Overview summary</source>
        <translation>Resumen de la vista general</translation>
    </message>
    <message>
        <source>No integration matches the filter and search.</source>
        <translation>Ninguna integración coincide con el filtro y la búsqueda.</translation>
    </message>
    <message>
        <source>No integrations yet. Add one to say which data flows between two of your connections.</source>
        <translation>Aún no hay integraciones. Añada una para indicar qué datos fluyen entre dos de sus conexiones.</translation>
    </message>
    <message>
        <source>Select an integration to see its dashboard.</source>
        <translation>Seleccione una integración para ver su panel.</translation>
    </message>
    <message>
        <source>No integrations yet</source>
        <translation>Todavía no hay integraciones</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n crítica</numerusform>
            <numerusform>%n críticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n desconocida</numerusform>
            <numerusform>%n desconocidas</numerusform>
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
            <numerusform>%n aún sin comprobar</numerusform>
            <numerusform>%n aún sin comprobar</numerusform>
        </translation>
    </message>
    <message>
        <source>last check %1</source>
        <translation>última comprobación %1</translation>
    </message>
    <message>
        <source>no check yet</source>
        <translation>ninguna comprobación todavía</translation>
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
        <translation>La conexión "%1" no está definida.</translation>
    </message>
    <message>
        <source>No API key for "%1": %2</source>
        <translation>No hay API key para "%1": %2</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Sin respuesta en %n segundo.</numerusform>
            <numerusform>Sin respuesta en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key of "%1" cannot be sent: %2</source>
        <translation>No se puede enviar la API key de "%1": %2</translation>
    </message>
</context>
<context>
    <name>plumbline::ReportDialog</name>
    <message>
        <source>Export Audit Report</source>
        <translation>Exportar informe de auditoría</translation>
    </message>
    <message>
        <source>An audit report documents every connection and integration, their health over a period, incidents, API deadlines and changes. It never contains an API key.</source>
        <translation>Un informe de auditoría documenta todas las conexiones e integraciones, su estado durante un periodo, los incidentes, los plazos de las API y los cambios. Nunca contiene una API key.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Integrations in the report</source>
        <translation>Integraciones incluidas en el informe</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todas</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Quitar la selección</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>HTML page (one file)</source>
        <translation>Página HTML (un solo archivo)</translation>
    </message>
    <message>
        <source>CSV files (a folder, one file per table)</source>
        <translation>Archivos CSV (una carpeta, un archivo por tabla)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>audit-report-%1</source>
        <translation>informe-auditoria-%1</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Carpeta (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Páginas HTML (*.html)</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Guardar el informe de auditoría</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>El primer día es posterior al último día.</translation>
    </message>
    <message>
        <source>Choose at least one integration.</source>
        <translation>Elija al menos una integración.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Elija dónde guardar el informe.</translation>
    </message>
    <message>
        <source>Collecting the history</source>
        <translation>Recopilando el historial</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelado; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>No se ha podido guardar el informe: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::ReportJob</name>
    <message>
        <source>Collecting the history</source>
        <translation>Recopilando el historial</translation>
    </message>
</context>
<context>
    <name>plumbline::RunLogModel</name>
    <message>
        <source>Middleware run</source>
        <translation>Ejecución de middleware</translation>
    </message>
    <message>
        <source>Poll error</source>
        <translation>Error de consulta</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>plumbline::SecretStore</name>
    <message>
        <source>No API key is stored for this connection.</source>
        <translation>No hay ninguna API key guardada para esta conexión.</translation>
    </message>
    <message>
        <source>No keychain service is available. On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again. Nothing was stored anywhere else.</source>
        <translation>No hay ningún servicio de llavero disponible. En Linux, instale e inicie un proveedor de Secret Service, como GNOME Keyring o KWallet, y vuelva a intentarlo. No se ha guardado nada en ningún otro lugar.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by logging in again) and try again. Nothing was stored anywhere else.</source>
        <translation>El llavero está bloqueado. Desbloquéelo (por ejemplo, volviendo a iniciar sesión) y vuelva a intentarlo. No se ha guardado nada en ningún otro lugar.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Plumbline to use the keychain and try again.</source>
        <translation>Se ha denegado el acceso al llavero. Permita que Plumbline use el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This secret store cannot do that.</source>
        <translation>Este almacén de secretos no admite esta operación.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero ha notificado un error.</translation>
    </message>
</context>
<context>
    <name>plumbline::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Mostrar notificaciones de escritorio</translation>
    </message>
    <message>
        <source>A notification when an alert opens, gets worse or is resolved.</source>
        <translation>Una notificación cuando una alerta se abre, empeora o se resuelve.</translation>
    </message>
    <message>
        <source>Checks of new integrations</source>
        <translation>Comprobaciones de las integraciones nuevas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll &amp;every:</source>
        <translation>Con&amp;sultar cada:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerated &amp;gap:</source>
        <translation>&amp;Diferencia tolerada:</translation>
    </message>
    <message>
        <source> records</source>
        <translation> registros</translation>
    </message>
    <message>
        <source>…or at most:</source>
        <translation>…o como máximo:</translation>
    </message>
    <message>
        <source>&amp;Sync lag allowed:</source>
        <translation>Margen de &amp;retraso de sincronización:</translation>
    </message>
    <message>
        <source>Integrations that already exist keep their own checks.</source>
        <translation>Las integraciones que ya existen conservan sus propias comprobaciones.</translation>
    </message>
    <message>
        <source>History and data</source>
        <translation>Historial y datos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Keep every &amp;sample:</source>
        <translation>Conservar todas las &amp;muestras:</translation>
    </message>
    <message>
        <source>Keep &amp;hourly summaries:</source>
        <translation>Conservar resúmenes por &amp;hora:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>The data folder %1 could not be opened.</source>
        <translation>No se ha podido abrir la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Notification channels (Slack, Teams, e-mail, PagerDuty, webhooks) are set up on the Notifications page.</source>
        <translation>Los canales de notificación (Slack, Teams, correo electrónico, PagerDuty, webhooks) se configuran en la página «Notificaciones».</translation>
    </message>
    <message>
        <source>Open &amp;Notifications</source>
        <translation>Abrir &amp;Notificaciones</translation>
    </message>
    <message>
        <source>Saves these settings and shows the Notifications page.</source>
        <translation>Guarda esta configuración y muestra la página «Notificaciones».</translation>
    </message>
</context>
<context>
    <name>plumbline::SignIn</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>An answer that does not belong to this sign-in reached Plumbline and was ignored. Still waiting for the browser…</source>
        <translation>Ha llegado a Plumbline una respuesta que no corresponde a este inicio de sesión y se ha ignorado. Se sigue esperando al navegador…</translation>
    </message>
    <message>
        <source>The connection "%1" uses a key that is pasted in, not a sign-in in the browser; only connections with the sign-in method "%2" sign in this way. Store its key with: plumbline secret set %1</source>
        <translation>La conexión "%1" usa una clave que se pega, no un inicio de sesión en el navegador; solo las conexiones con el método de inicio de sesión "%2" inician sesión así. Guarde su clave con: plumbline secret set %1</translation>
    </message>
    <message>
        <source>The connection "%1" gets its tokens with its client id and client secret, without a sign-in in the browser. Store the client secret with: plumbline secret set %1 --name client_secret</source>
        <translation>La conexión "%1" obtiene sus tokens con su client id y su client secret, sin iniciar sesión en el navegador. Guarde el client secret con: plumbline secret set %1 --name client_secret</translation>
    </message>
    <message>
        <source>The connection "%1" cannot sign in: %2</source>
        <translation>La conexión "%1" no puede iniciar sesión: %2</translation>
    </message>
    <message>
        <source>The connection "%1" has no usable sign-in or token address: set auth.authorize_url and auth.token_url (https://, or http:// to this computer only), or its base URL.</source>
        <translation>La conexión "%1" no tiene una dirección de inicio de sesión o de token utilizable: defina auth.authorize_url y auth.token_url (https://, o http:// solo hacia este equipo) o su URL base.</translation>
    </message>
    <message>
        <source>Opening the sign-in page of %1 in the browser…</source>
        <translation>Abriendo la página de inicio de sesión de %1 en el navegador…</translation>
    </message>
    <message>
        <source>Plumbline could not open a browser. Open this address in a browser on this computer: %1</source>
        <translation>Plumbline no ha podido abrir un navegador. Abra esta dirección en un navegador de este equipo: %1</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Esperando al navegador…</translation>
    </message>
    <message>
        <source>You declined access in the browser, so Plumbline is not signed in to %1. To sign in, run the sign-in again and allow access.</source>
        <translation>Ha rechazado el acceso en el navegador, así que Plumbline no ha iniciado sesión en %1. Para iniciar sesión, vuelva a iniciar el proceso y permita el acceso.</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with an error (%2), so Plumbline is not signed in.</source>
        <translation>%1 terminó el inicio de sesión con un error (%2), así que Plumbline no ha iniciado sesión.</translation>
    </message>
    <message>
        <source>The only answers that reached Plumbline did not carry the state this sign-in sent (they may come from an older sign-in tab, or from another web page), so they were ignored. Plumbline is not signed in; run the sign-in again and finish it in the page it opens.</source>
        <translation>Las únicas respuestas que llegaron a Plumbline no llevaban el state que envió este inicio de sesión (pueden venir de una pestaña de inicio de sesión anterior o de otra página web), así que se han ignorado. Plumbline no ha iniciado sesión; vuelva a iniciar el proceso y termínelo en la página que se abre.</translation>
    </message>
    <message>
        <source>The browser did not come back to Plumbline within %1, so Plumbline is not signed in. If the page of %2 showed an error about the callback or redirect address, register %3 as a callback URL in the app there; then run the sign-in again.</source>
        <translation>El navegador no volvió a Plumbline en %1, así que Plumbline no ha iniciado sesión. Si la página de %2 mostró un error sobre la dirección de callback o de redirección, registre %3 como URL de callback en la aplicación de ese proveedor; después vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se ha cancelado el inicio de sesión.</translation>
    </message>
    <message>
        <source>Finishing the sign-in with %1…</source>
        <translation>Completando el inicio de sesión en %1…</translation>
    </message>
    <message>
        <source>%1 signed Plumbline in but sent no refresh token, so Plumbline could not renew its access by itself and stored nothing. Ask for a refresh token: allow the refresh_token scope in the app there and list it in the connection's auth.scope (for Salesforce, "api refresh_token"); then sign in again.</source>
        <translation>%1 inició la sesión de Plumbline, pero no envió ningún token de actualización, así que Plumbline no puede renovar su acceso por sí mismo y no ha guardado nada. Solicite un token de actualización: permita el scope refresh_token en la aplicación de ese proveedor e inclúyalo en auth.scope de la conexión (para Salesforce, "api refresh_token"); después vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 refused to finish the sign-in (%2). Check the connection's client id, the client secret in the keychain if the app has one, and that %3 is a callback URL of the app; then sign in again.</source>
        <translation>%1 se negó a completar el inicio de sesión (%2). Compruebe el client id de la conexión, el client secret del llavero si la aplicación tiene uno y que %3 sea una URL de callback de la aplicación; después vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keychain: %1</source>
        <translation>No se ha podido leer el client secret del llavero: %1</translation>
    </message>
    <message>
        <source>The token address of %1 could not be reached or was busy (%2). Nothing was stored; run the sign-in again in a moment.</source>
        <translation>La dirección de token de %1 no estaba disponible o estaba ocupada (%2). No se ha guardado nada; vuelva a iniciar sesión dentro de un momento.</translation>
    </message>
    <message>
        <source>The token address of %1 answered with something Plumbline cannot read (HTTP %2). Nothing was stored; check the connection's auth.token_url.</source>
        <translation>La dirección de token de %1 respondió algo que Plumbline no puede leer (HTTP %2). No se ha guardado nada; compruebe auth.token_url de la conexión.</translation>
    </message>
    <message>
        <source>Storing the refresh token in %1…</source>
        <translation>Guardando el token de actualización en %1…</translation>
    </message>
    <message>
        <source>Signed in to %1. The connection "%2" now renews its access by itself.</source>
        <translation>Sesión iniciada en %1. La conexión "%2" renueva ahora su acceso por sí misma.</translation>
    </message>
    <message>
        <source>The refresh token could not be stored in %1 (%2), so it is kept in memory; you will need to sign in again after Plumbline restarts.</source>
        <translation>El token de actualización no se pudo guardar en %1 (%2), así que se conserva en memoria; tendrá que volver a iniciar sesión cuando se reinicie Plumbline.</translation>
    </message>
</context>
<context>
    <name>plumbline::Transport</name>
    <message>
        <source>Refused to connect to %1: only https:// is allowed, and plain http:// only to this computer.</source>
        <translation>Se ha rechazado la conexión con %1: solo se permite https://, y http:// sin cifrar solo hacia este equipo.</translation>
    </message>
    <message>
        <source>Plumbline's own request budget for connection "%1" is used up (%2 requests per hour); it waits so that monitoring never eats into the vendor quota.</source>
        <translation>Se ha agotado el presupuesto de solicitudes propio de Plumbline para la conexión "%1" (%2 solicitudes por hora); Plumbline espera para que la supervisión nunca consuma la cuota del proveedor.</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>sin datos durante %1 s</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>sin respuesta completa en %1 s</translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes</source>
        <translation>la respuesta supera los %1 bytes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the response is larger than %2 bytes</source>
        <translation>%1: la respuesta supera los %2 bytes</translation>
    </message>
    <message>
        <source>%1: the credentials were rejected (HTTP 401)</source>
        <translation>%1: se han rechazado las credenciales (HTTP 401)</translation>
    </message>
    <message>
        <source>%1: access denied (HTTP 403)</source>
        <translation>%1: acceso denegado (HTTP 403)</translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404)</source>
        <translation>%1: no encontrado (HTTP 404)</translation>
    </message>
    <message>
        <source>%1: the server timed out (HTTP 408)</source>
        <translation>%1: se ha agotado el tiempo de espera del servidor (HTTP 408)</translation>
    </message>
    <message>
        <source>%1: gone (HTTP 410)</source>
        <translation>%1: ya no existe (HTTP 410)</translation>
    </message>
    <message>
        <source>%1: rate limited (HTTP 429)</source>
        <translation>%1: límite de solicitudes alcanzado (HTTP 429)</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1: el servidor ha respondido HTTP %2</translation>
    </message>
    <message>
        <source>%1: timed out</source>
        <translation>%1: se ha agotado el tiempo de espera</translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2)</source>
        <translation>%1: la conexión segura ha fallado (%2)</translation>
    </message>
    <message>
        <source>Refused to send a request to %1: the %2 header contains a line break or NUL character (a key pasted with an extra line?). Nothing was sent.</source>
        <translation>Se ha rechazado el envío de una solicitud a %1: la cabecera %2 contiene un salto de línea o un carácter NUL (¿una clave pegada con una línea de más?). No se ha enviado nada.</translation>
    </message>
</context>
<context>
    <name>plumbline::TrayIcon</name>
    <message>
        <source>Show Plumbline</source>
        <translation>Mostrar Plumbline</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Plumbline: all integrations OK</source>
        <translation>Plumbline: todas las integraciones funcionan correctamente</translation>
    </message>
    <message>
        <source>Plumbline: %1</source>
        <translation>Plumbline: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Resuelto: %1</translation>
    </message>
    <message>
        <source>Worse: %1 (%2)</source>
        <translation>Empeora: %1 (%2)</translation>
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
        <translation>La comprobación de valores de "%1" no se puede ejecutar: debe marcarse exactamente un mapeo como la clave que encuentra un registro en ambos lados.</translation>
    </message>
    <message>
        <source>The key field %1 no longer exists in %2, so no record can be looked up; the value check did not run.</source>
        <translation>El campo clave %1 ya no existe en %2, así que no se puede buscar ningún registro; la comprobación de valores no se ha ejecutado.</translation>
    </message>
    <message>
        <source>%1 has %2 requests left in its window; the check spends at most %3 there.</source>
        <translation>A %1 le quedan %2 solicitudes en su ventana; la comprobación gasta allí como máximo %3.</translation>
    </message>
    <message>
        <source>Opening %1 and %2…</source>
        <translation>Abriendo %1 y %2…</translation>
    </message>
    <message>
        <source>A connection of this integration no longer exists.</source>
        <translation>Una conexión de esta integración ya no existe.</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>No se ha podido consultar %1: %2</translation>
    </message>
    <message>
        <source>Sampling %1…</source>
        <translation>Tomando una muestra de %1…</translation>
    </message>
    <message>
        <source>%1 could not be sampled: %2</source>
        <translation>No se ha podido tomar una muestra de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no records to compare yet.</source>
        <translation>%1 todavía no tiene registros que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n record(s) in %1…</source>
        <translation>
            <numerusform>Buscando %n registro en %1…</numerusform>
            <numerusform>Buscando %n registros en %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be asked for the sampled records: %2</source>
        <translation>No se ha podido consultar %1 sobre los registros de la muestra: %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
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
        <translation>%1 distintos, entre %2 y %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 compared records failed: %3 empty at the destination, %4 cut short, %5 with another value</source>
        <translation>%1 de %2 registros comparados han fallado: %3 vacíos en el destino, %4 recortados, %5 con otro valor</translation>
    </message>
    <message>
        <source>The destination holds no value though the source has one</source>
        <translation>El destino no tiene ningún valor, aunque el origen sí</translation>
    </message>
    <message>
        <source>The destination holds the start of the source's value only</source>
        <translation>El destino solo tiene el principio del valor del origen</translation>
    </message>
    <message>
        <source>Only upper and lower case differ; counted as a match</source>
        <translation>Solo difieren las mayúsculas y minúsculas; se cuenta como coincidencia</translation>
    </message>
    <message>
        <source>Share of compared records that failed, with its 95 % interval (Wilson): the true rate is most likely in this range</source>
        <translation>Proporción de registros comparados que han fallado, con su intervalo del 95 % (Wilson): la tasa real está muy probablemente en este rango</translation>
    </message>
    <message>
        <source>The earliest change at the source among the failing records: the mapping may have broken around %1</source>
        <translation>El cambio más antiguo en el origen entre los registros que fallan: puede que el mapeo dejara de funcionar hacia el %1</translation>
    </message>
    <message>
        <source>Records found at the destination in which this field was compared</source>
        <translation>Registros encontrados en el destino en los que se ha comparado este campo</translation>
    </message>
    <message>
        <source>Records whose value is empty, cut short or different at the destination</source>
        <translation>Registros cuyo valor está vacío, recortado o es distinto en el destino</translation>
    </message>
    <message>
        <source>Empty at the destination though the source has a value</source>
        <translation>Vacío en el destino, aunque el origen tiene un valor</translation>
    </message>
    <message>
        <source>Cut short at the destination</source>
        <translation>Recortado en el destino</translation>
    </message>
    <message>
        <source>Only the case differs (counted as equal)</source>
        <translation>Solo difieren las mayúsculas y minúsculas (se cuenta como igual)</translation>
    </message>
    <message>
        <source>Share that differs, with its 95 % interval</source>
        <translation>Proporción que difiere, con su intervalo del 95 %</translation>
    </message>
    <message>
        <source>The earliest source change among the failing records</source>
        <translation>El cambio de origen más antiguo entre los registros que fallan</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Campo de origen</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Campo de destino</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparados</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Distintos</translation>
    </message>
    <message>
        <source>Empty at destination</source>
        <translation>Vacíos en el destino</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Truncados</translation>
    </message>
    <message>
        <source>Case only</source>
        <translation>Solo mayúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
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
        <translation>Tasa de coincidencia a lo largo del tiempo</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Match rate (%)</source>
        <translation>Tasa de coincidencia (%)</translation>
    </message>
    <message>
        <source>No value checks in the last 90 days.</source>
        <translation>No hay comprobaciones de valores en los últimos 90 días.</translation>
    </message>
    <message>
        <source>No value check in the last 90 days could compare records.</source>
        <translation>Ninguna comprobación de valores de los últimos 90 días ha podido comparar registros.</translation>
    </message>
    <message numerus="yes">
        <source>Match rate (line) and 95 % interval (band) of %n check(s); latest %1: %2 (%3–%4).</source>
        <translation>
            <numerusform>Tasa de coincidencia (línea) e intervalo del 95 % (banda) de %n comprobación; la última, %1: %2 (%3–%4).</numerusform>
            <numerusform>Tasa de coincidencia (línea) e intervalo del 95 % (banda) de %n comprobaciones; la última, %1: %2 (%3–%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowest %1 on %2.</source>
        <translation>Mínimo: %1 el %2.</translation>
    </message>
</context>
<context>
    <name>plumbline::ValueRepository</name>
    <message>
        <source>The value check could not be stored; nothing of it was written: %1</source>
        <translation>No se ha podido guardar la comprobación de valores; no se ha escrito nada de ella: %1</translation>
    </message>
    <message>
        <source>the workspace is not open</source>
        <translation>el espacio de trabajo no está abierto</translation>
    </message>
    <message>
        <source>Old value-check examples could not be removed: %1</source>
        <translation>No se han podido eliminar los ejemplos antiguos de las comprobaciones de valores: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::WorkspaceRepository</name>
    <message>
        <source>Could not save connection "%1": %2</source>
        <translation>No se ha podido guardar la conexión "%1": %2</translation>
    </message>
    <message>
        <source>Could not save integration "%1": %2</source>
        <translation>No se ha podido guardar la integración "%1": %2</translation>
    </message>
    <message>
        <source>Could not save the mappings of "%1": %2</source>
        <translation>No se han podido guardar los mapeos de "%1": %2</translation>
    </message>
    <message>
        <source>Could not delete integration "%1": %2</source>
        <translation>No se ha podido eliminar la integración "%1": %2</translation>
    </message>
    <message>
        <source>Could not write the change log: %1</source>
        <translation>No se ha podido escribir en el registro de cambios: %1</translation>
    </message>
    <message>
        <source>The workspace is not writable: %1</source>
        <translation>No se puede escribir en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Connection "%1" changed</source>
        <translation>Conexión "%1" modificada</translation>
    </message>
    <message>
        <source>Connection "%1" added</source>
        <translation>Conexión "%1" añadida</translation>
    </message>
    <message>
        <source>There is no connection "%1".</source>
        <translation>No existe la conexión "%1".</translation>
    </message>
    <message>
        <source>Connection "%1" is used by %2.</source>
        <translation>La conexión "%1" se usa en %2.</translation>
    </message>
    <message>
        <source>Integration "%1" deleted with connection "%2"</source>
        <translation>Integración "%1" eliminada junto con la conexión "%2"</translation>
    </message>
    <message>
        <source>Could not delete connection "%1": %2</source>
        <translation>No se ha podido eliminar la conexión "%1": %2</translation>
    </message>
    <message>
        <source>Connection "%1" deleted</source>
        <translation>Conexión "%1" eliminada</translation>
    </message>
    <message>
        <source>Integration "%1" changed</source>
        <translation>Integración "%1" modificada</translation>
    </message>
    <message>
        <source>Integration "%1" added</source>
        <translation>Integración "%1" añadida</translation>
    </message>
    <message>
        <source>There is no integration "%1".</source>
        <translation>No existe la integración "%1".</translation>
    </message>
    <message>
        <source>Integration "%1" deleted</source>
        <translation>Integración "%1" eliminada</translation>
    </message>
    <message>
        <source>Connection "%1" changed by import of %2</source>
        <translation>Conexión "%1" modificada al importar %2</translation>
    </message>
    <message>
        <source>Connection "%1" added by import of %2</source>
        <translation>Conexión "%1" añadida al importar %2</translation>
    </message>
    <message>
        <source>Integration "%1" changed by import of %2</source>
        <translation>Integración "%1" modificada al importar %2</translation>
    </message>
    <message>
        <source>Integration "%1" added by import of %2</source>
        <translation>Integración "%1" añadida al importar %2</translation>
    </message>
    <message>
        <source>The import of %1 was rolled back: %2</source>
        <translation>La importación de %1 se ha revertido: %2</translation>
    </message>
    <message>
        <source>Could not record the credential state: %1</source>
        <translation>No se ha podido registrar el estado de la credencial: %1</translation>
    </message>
    <message>
        <source>Could not save channel "%1": %2</source>
        <translation>No se ha podido guardar el canal "%1": %2</translation>
    </message>
    <message>
        <source>Notification channel "%1" changed</source>
        <translation>Canal de notificación "%1" modificado</translation>
    </message>
    <message>
        <source>Notification channel "%1" added</source>
        <translation>Canal de notificación "%1" añadido</translation>
    </message>
    <message>
        <source>There is no notification channel "%1".</source>
        <translation>No existe el canal de notificación "%1".</translation>
    </message>
    <message>
        <source>Could not delete channel "%1": %2</source>
        <translation>No se ha podido eliminar el canal "%1": %2</translation>
    </message>
    <message>
        <source>the channel was removed</source>
        <translation>el canal se ha eliminado</translation>
    </message>
    <message>
        <source>Notification channel "%1" deleted</source>
        <translation>Canal de notificación "%1" eliminado</translation>
    </message>
    <message>
        <source>Notification channel "%1" changed by import of %2</source>
        <translation>Canal de notificación "%1" modificado al importar %2</translation>
    </message>
    <message>
        <source>Notification channel "%1" added by import of %2</source>
        <translation>Canal de notificación "%1" añadido al importar %2</translation>
    </message>
</context>
<context>
    <name>plumbline::WorkspaceService</name>
    <message>
        <source>API key for "%1" stored in %2</source>
        <translation>API key de "%1" guardada en %2</translation>
    </message>
    <message>
        <source>There is no connection "%1".</source>
        <translation>No existe la conexión "%1".</translation>
    </message>
    <message>
        <source>API key for "%1" removed from %2</source>
        <translation>API key de "%1" eliminada; estaba guardada en %2</translation>
    </message>
    <message>
        <source>The connection was deleted, but its API key could not be removed from the keychain: %1</source>
        <translation>La conexión se ha eliminado, pero no se ha podido eliminar su API key del llavero: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se ha exportado nada: %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid channel id: use letters, digits, '.', '_' or '-'.</source>
        <translation>"%1" no es un id de canal válido: use letras, dígitos, '.', '_' o '-'.</translation>
    </message>
    <message>
        <source>The channel was saved, but its secret could not be stored: %1</source>
        <translation>El canal se ha guardado, pero no se ha podido guardar su secreto: %1</translation>
    </message>
</context>
</TS>
