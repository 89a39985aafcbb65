<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ArchiveError</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Se canceló la transferencia.</translation>
    </message>
    <message>
        <source>The transfer stopped before the archive was complete.</source>
        <translation>La transferencia se detuvo antes de que el archivo estuviera completo.</translation>
    </message>
    <message>
        <source>The transfer stopped: %1</source>
        <translation>La transferencia se detuvo: %1</translation>
    </message>
    <message>
        <source>“%1” does not exist (any more). Choose the files again.</source>
        <translation>«%1» no existe (ya). Vuelva a elegir los archivos.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2. Check that you may read it, then try again.</source>
        <translation>No se pudo leer «%1»: %2. Compruebe que tiene permiso de lectura e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being packed. Try again when nothing is writing to it.</source>
        <translation>«%1» cambió mientras se empaquetaba. Inténtelo de nuevo cuando nada esté escribiendo en él.</translation>
    </message>
    <message>
        <source>Two of the chosen items are called “%1”. Rename one of them or send them one at a time.</source>
        <translation>Dos de los elementos elegidos se llaman «%1». Cambie el nombre de uno o envíelos de uno en uno.</translation>
    </message>
    <message>
        <source>Could not pack “%1”: %2.</source>
        <translation>No se pudo empaquetar «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot extract into “%1”: %2. Choose another folder.</source>
        <translation>No se puede extraer en «%1»: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, which points outside the download folder; nothing was extracted.</source>
        <translation>El archivo contiene «%1», que apunta fuera de la carpeta de descargas; no se extrajo nada.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, a device, pipe or socket, which is never extracted; nothing was extracted.</source>
        <translation>El archivo contiene «%1», un dispositivo, tubería o socket, que nunca se extrae; no se extrajo nada.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, a name too long for this disk; nothing was extracted.</source>
        <translation>El archivo contiene «%1», un nombre demasiado largo para este disco; no se extrajo nada.</translation>
    </message>
    <message>
        <source>The archive contains an entry with an unusable name (“%1”); nothing was extracted.</source>
        <translation>El archivo contiene una entrada con un nombre inutilizable («%1»); no se extrajo nada.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, a hard link to “%2”, which is not a file extracted before it; nothing was extracted.</source>
        <translation>El archivo contiene «%1», un enlace duro a «%2», que no es un archivo extraído antes; no se extrajo nada.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, which would be written through a symbolic link; nothing was extracted.</source>
        <translation>El archivo contiene «%1», que se escribiría a través de un enlace simbólico; no se extrajo nada.</translation>
    </message>
    <message>
        <source>The archive contains “%1” twice; nothing was extracted.</source>
        <translation>El archivo contiene «%1» dos veces; no se extrajo nada.</translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete (%1); nothing was extracted. Try the download again.</source>
        <translation>El archivo está dañado o incompleto (%1); no se extrajo nada. Vuelva a intentar la descarga.</translation>
    </message>
    <message>
        <source>The archive is incomplete (%1); nothing was extracted. Try the download again.</source>
        <translation>El archivo está incompleto (%1); no se extrajo nada. Vuelva a intentar la descarga.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2; nothing was extracted. Check the free space and the permissions of the download folder.</source>
        <translation>No se pudo escribir «%1»: %2; no se extrajo nada. Compruebe el espacio libre y los permisos de la carpeta de descargas.</translation>
    </message>
    <message>
        <source>The archive contains “%1”, which was not asked for; nothing was extracted. The server sent more than the chosen items: tell your hub&apos;s administrators.</source>
        <translation>El archivo comprimido contiene «%1», que no se pidió; no se extrajo nada. El servidor envió más que los elementos elegidos: avise a los administradores de su hub.</translation>
    </message>
    <message>
        <source>The archive holds %1 (at “%2”); extraction stopped there and nothing was extracted. Try the download again; if it happens again, tell your hub&apos;s administrators.</source>
        <translation>El archivo comprimido contiene %1 (en «%2»); la extracción se detuvo ahí y no se extrajo nada. Intente la descarga de nuevo; si vuelve a ocurrir, avise a los administradores de su hub.</translation>
    </message>
    <message>
        <source>“%1” arrived with different contents than the server has (SHA-256); nothing was extracted. Download again.</source>
        <translation>«%1» llegó con un contenido distinto del que tiene el servidor (SHA-256); no se extrajo nada. Descárguelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Options of %1:</source>
        <translation>Opciones de %1:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Opciones de todos los comandos:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The hub to use: the address you open in a browser (default: $FORNAX_HUB, else the Fornax Science Console).</source>
        <translation>El hub que se usará: la dirección que abre en el navegador (predeterminado: $FORNAX_HUB, si no, la Fornax Science Console).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the API token from this file (else $FORNAX_TOKEN, else the token saved in the keychain by signing in with the app).</source>
        <translation>Leer el token de API de este archivo (si no, $FORNAX_TOKEN; si no, el token guardado en el llavero al iniciar sesión con la aplicación).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print results as JSON, for scripts.</source>
        <translation>Mostrar los resultados en JSON, para scripts.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Fornax Desktop: a desktop client for the Fornax Science Console and any JupyterHub.
Without a command it opens the window.</source>
        <translation>Fornax Desktop: un cliente de escritorio para la Fornax Science Console y cualquier JupyterHub.
Sin un comando, abre la ventana.</translation>
    </message>
    <message>
        <source>Optional command to run without a window (below).</source>
        <translation>Comando opcional que se ejecuta sin ventana (véase abajo).</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[comando]</translation>
    </message>
    <message>
        <source>--%1 belongs to a command; run with --help to see which.</source>
        <translation>--%1 pertenece a un comando; ejecute con --help para ver a cuál.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run with --help to see what is available.</source>
        <translation>Comando desconocido «%1». Ejecute con --help para ver los disponibles.</translation>
    </message>
    <message>
        <source>Use a hub on another computer even over plain http:// (your token then crosses the network unencrypted, readable by anyone on the way).</source>
        <translation>Usar un hub de otro ordenador incluso mediante http:// simple (su token cruza entonces la red sin cifrar, legible para cualquiera que esté en el camino).</translation>
    </message>
    <message>
        <source>Also print the app&apos;s log lines (on stderr), e.g. for a bug report.</source>
        <translation>Mostrar también las líneas de registro de la aplicación (en stderr), p. ej. para un informe de error.</translation>
    </message>
    <message>
        <source>“help” takes one command, e.g. “help upload”, but got “%1”.</source>
        <translation>«help» admite un comando, p. ej. «help upload», pero recibió «%1».</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 belongs to %2, but no command was given. Run with --help to see the commands.</source>
        <translation>%1 pertenece a %2, pero no se indicó ningún comando. Ejecute con --help para ver los comandos.</translation>
    </message>
    <message>
        <source>“%1” has no option %2. Run “fornax-desktop help %1” to see what “%1” takes.</source>
        <translation>«%1» no tiene la opción %2. Ejecute «fornax-desktop help %1» para ver qué admite «%1».</translation>
    </message>
    <message>
        <source>“%1” has no option %2: it belongs to %3; options only apply to the commands they belong to. Run “fornax-desktop help %1” to see what “%1” takes.</source>
        <translation>«%1» no tiene la opción %2: pertenece a %3; las opciones solo se aplican a los comandos a los que pertenecen. Ejecute «fornax-desktop help %1» para ver qué admite «%1».</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>Show what COMMAND does, its arguments and its options (also: COMMAND --help).</source>
        <translation>Mostrar qué hace COMANDO, sus argumentos y sus opciones (también: COMANDO --help).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
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
        <translation>Códigos de salida:
  0  éxito
  1  el hub rechazó la solicitud o la operación falló (el mensaje dice por qué)
  2  argumentos incorrectos
  3  sin sesión iniciada, la sesión caducó o le falta un permiso: inicie sesión con la aplicación o indique un token nuevo
  4  no se puede contactar con el hub (red, resolución de nombres, TLS, tiempo de espera, pasarela)
  5  el servidor no está en marcha
  6  se rechazó una descarga: por encima del presupuesto mensual, o por encima del tamaño de aviso sin terminal donde preguntar y sin --yes
  7  terminado con omisiones: todo lo demás se copió, pero las entradas que la aplicación nunca copia se omitieron y se nombran (enlaces que apuntan fuera de lo elegido; sockets, FIFO, dispositivos)
  130  interrumpido (Ctrl+C), tras eliminar lo que el comando había dejado en el servidor
</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a command&apos;s name, quoted</comment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>CostMeter</name>
    <message>
        <source>Estimated cost: %1 this session, %2 this month</source>
        <translation>Coste estimado: %1 en esta sesión, %2 este mes</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (estimación)</translation>
    </message>
</context>
<context>
    <name>CreditYear</name>
    <message>
        <source>This year (since %1): %2 of %3 %4 used</source>
        <translation>Este año (desde el %1): %2 de %3 %4 usados</translation>
    </message>
    <message>
        <source>%1: the allotment is used up until it is renewed on %2.</source>
        <translation>%1: la asignación está agotada hasta que se renueve el %2.</translation>
    </message>
    <message>
        <source>%1; at this rate they run out on %2.</source>
        <translation>%1; a este ritmo se agotan el %2.</translation>
    </message>
    <message>
        <source>%1; at this rate they last until they are renewed on %2.</source>
        <translation>%1; a este ritmo duran hasta que se renueven el %2.</translation>
    </message>
    <message>
        <source>%1; they are renewed on %2.</source>
        <translation>%1; se renuevan el %2.</translation>
    </message>
    <message>
        <source>Storage is not counted: the app has not yet seen how much your home folder holds.</source>
        <translation>El almacenamiento no se cuenta: la aplicación aún no ha visto cuánto ocupa su carpeta personal.</translation>
    </message>
    <message>
        <source>Storage is counted from %1, when the app first saw how much your home folder holds.</source>
        <translation>El almacenamiento se cuenta desde el %1, cuando la aplicación vio por primera vez cuánto ocupa su carpeta personal.</translation>
    </message>
    <message>
        <source>Alert: %1 % of the year&apos;s %2 used.</source>
        <translation>Aviso: %1 % de los %2 del año usados.</translation>
    </message>
    <message>
        <source>Alert: %1 % of this month&apos;s budget used.</source>
        <translation>Aviso: %1 % del presupuesto de este mes usado.</translation>
    </message>
    <message>
        <source>This year&apos;s %1 are used up</source>
        <translation>Los %1 de este año se han agotado</translation>
    </message>
    <message>
        <source>%1 % of this year&apos;s %2 used</source>
        <translation>Usado el %1 % de los %2 de este año</translation>
    </message>
    <message>
        <source>This month&apos;s budget is used up</source>
        <translation>El presupuesto de este mes se ha agotado</translation>
    </message>
    <message>
        <source>%1 % of this month&apos;s budget used</source>
        <translation>Usado el %1 % del presupuesto de este mes</translation>
    </message>
    <message>
        <source>About %1 of %2 spent this month (an estimate; the hub&apos;s bill is the truth).</source>
        <translation>Unos %1 de %2 gastados este mes (una estimación; la factura del hub es la que vale).</translation>
    </message>
    <message>
        <source>Home folder: at least %1 (measured %2); the rates have no storage price.</source>
        <translation>Carpeta personal: al menos %1 (medición: %2); las tarifas no incluyen precio de almacenamiento.</translation>
    </message>
    <message>
        <source>Home folder: %1 (measured %2); the rates have no storage price.</source>
        <translation>Carpeta personal: %1 (medición: %2); las tarifas no incluyen precio de almacenamiento.</translation>
    </message>
    <message>
        <source>Home folder: at least %1 (measured %2); storage costs at least %3 a month.</source>
        <translation>Carpeta personal: al menos %1 (medición: %2); el almacenamiento cuesta al menos %3 al mes.</translation>
    </message>
    <message>
        <source>Home folder: %1 (measured %2); storage costs %3 a month.</source>
        <translation>Carpeta personal: %1 (medición: %2); el almacenamiento cuesta %3 al mes.</translation>
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
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EgressPolicy</name>
    <message>
        <source>this download</source>
        <translation>esta descarga</translation>
    </message>
    <message>
        <source>Every byte that leaves the console is billed to the mission. Where you can, analyse the data in the cloud and download only the results.</source>
        <translation>Cada byte que sale de la consola se factura a la misión. Siempre que pueda, analice los datos en la nube y descargue solo los resultados.</translation>
    </message>
    <message>
        <source>of unknown size</source>
        <translation>de tamaño desconocido</translation>
    </message>
    <message>
        <source>Download over your monthly budget</source>
        <translation>Descarga por encima de su presupuesto mensual</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download a large file?</source>
        <translation>¿Descargar un archivo grande?</translation>
    </message>
    <message>
        <source>Downloading “%1” (%2) would cost %3, but only %4 of your monthly budget of %5 is left (%6 used this month; all figures are estimates). Raise the budget in Settings ▸ Rates and budget to download it.</source>
        <translation>Descargar «%1» (%2) costaría %3, pero solo quedan %4 de su presupuesto mensual de %5 (%6 usados este mes; todas las cifras son estimaciones). Aumente el presupuesto en Ajustes ▸ Tarifas y presupuesto para descargarlo.</translation>
    </message>
    <message>
        <source>Your monthly budget of %1 is used up (%2 this month; an estimate), and the size of “%3” is not known. Raise the budget in Settings ▸ Rates and budget to download it.</source>
        <translation>Su presupuesto mensual de %1 está agotado (%2 este mes; una estimación) y no se conoce el tamaño de «%3». Aumente el presupuesto en Ajustes ▸ Tarifas y presupuesto para descargarlo.</translation>
    </message>
    <message>
        <source>“%1” (%2) costs %3 to download (an estimate).</source>
        <translation>Descargar «%1» (%2) cuesta %3 (una estimación).</translation>
    </message>
    <message>
        <source>“%1” is %2, more than %3. Downloading it costs %4 (an estimate). This month so far: %5.</source>
        <translation>«%1» ocupa %2, más de %3. Descargarlo cuesta %4 (una estimación). En lo que va de mes: %5.</translation>
    </message>
    <message>
        <source>The size of “%1” is not known before it downloads, so its cost cannot be estimated (%2 per GB). This month so far: %3.</source>
        <translation>El tamaño de «%1» no se conoce antes de descargarlo, así que su coste no se puede estimar (%2 por GB). En lo que va de mes: %3.</translation>
    </message>
</context>
<context>
    <name>EgressPrompt</name>
    <message>
        <source>--yes does not override the monthly budget.</source>
        <translation>--yes no anula el presupuesto mensual.</translation>
    </message>
    <message>
        <source>Not downloading: there is no terminal to ask. Run it in a terminal, or add --yes to accept the cost.</source>
        <translation>No se descarga: no hay un terminal donde preguntar. Ejecútelo en un terminal o añada --yes para aceptar el coste.</translation>
    </message>
    <message>
        <source>Download it anyway? [y/N]</source>
        <translation>¿Descargarlo de todos modos? [s/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>EventStreamParser</name>
    <message>
        <source>The hub sent an event larger than %1, far more than progress reports need; the rest of the stream is ignored.</source>
        <translation>El hub envió un evento de más de %1, mucho más de lo que necesitan los informes de progreso; se ignora el resto del flujo.</translation>
    </message>
</context>
<context>
    <name>HomeFacts</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En ejecución desde hace %1</translation>
    </message>
    <message>
        <source>This session&apos;s cost is not known: the hub does not say which size runs.</source>
        <translation>Se desconoce el coste de esta sesión: el hub no indica qué tamaño se está ejecutando.</translation>
    </message>
    <message>
        <source>This session&apos;s cost is not known: there is no rate for %1 (Settings ▸ Rates and budget).</source>
        <translation>Se desconoce el coste de esta sesión: no hay tarifa para %1 (Configuración ▸ Tarifas y presupuesto).</translation>
    </message>
    <message>
        <source>This session so far: %1</source>
        <translation>Esta sesión hasta ahora: %1</translation>
    </message>
    <message>
        <source>Kept from stopping when idle until %1</source>
        <translation>No se detendrá por inactividad hasta %1</translation>
    </message>
    <message>
        <source>When the hub stops an idle server is not known.</source>
        <translation>Se desconoce cuándo detiene el hub un servidor inactivo.</translation>
    </message>
    <message>
        <source>Stops after %1 without use (the hub has not said when it was last used).</source>
        <translation>Se detiene tras %1 sin uso (el hub no ha indicado cuándo se usó por última vez).</translation>
    </message>
    <message>
        <source>Stops when idle at %1 (in %2)</source>
        <translation>Se detiene por inactividad: %1 (dentro de %2)</translation>
    </message>
    <message>
        <source>Idle for the hub&apos;s %1: it may stop the server any moment.</source>
        <translation>Inactivo durante %1, el límite del hub: puede detener el servidor en cualquier momento.</translation>
    </message>
    <message>
        <source>The hub&apos;s time limit for a server is not known.</source>
        <translation>Se desconoce el límite de tiempo del hub para un servidor.</translation>
    </message>
    <message>
        <source>Stops %1 after it started (the hub has not said when that was).</source>
        <translation>Se detiene %1 después de iniciarse (el hub no ha indicado cuándo fue).</translation>
    </message>
    <message>
        <source>Stops at its %1 limit at %2 (in %3)</source>
        <translation>Se detiene al alcanzar su límite de %1: %2 (dentro de %3)</translation>
    </message>
    <message>
        <source>No yearly allotment is known for this hub (Settings ▸ Rates and budget).</source>
        <translation>No se conoce ninguna asignación anual para este hub (Configuración ▸ Tarifas y presupuesto).</translation>
    </message>
    <message>
        <source>%1 of %2 %3 used since %4</source>
        <translation>%1 de %2 %3 usados desde %4</translation>
    </message>
    <message>
        <source>%1 %2 left until %3</source>
        <translation>Quedan %1 %2 hasta %3</translation>
    </message>
    <message>
        <source>Used up until they are renewed on %1.</source>
        <translation>Agotados hasta que se renueven el %1.</translation>
    </message>
    <message>
        <source>At this rate they run out on %1.</source>
        <translation>A este ritmo se agotarán el %1.</translation>
    </message>
    <message>
        <source>At this rate they last until they are renewed.</source>
        <translation>A este ritmo durarán hasta que se renueven.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing used in the last %n day(s): no forecast.</source>
        <translation>
            <numerusform>No se ha usado nada en %n día: no hay previsión.</numerusform>
            <numerusform>No se ha usado nada en los últimos %n días: no hay previsión.</numerusform>
        </translation>
    </message>
    <message>
        <source>size not known</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>cost not known</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>finalizó %1</translation>
    </message>
    <message>
        <source>last seen running %1</source>
        <translation>visto en ejecución por última vez %1</translation>
    </message>
    <message>
        <source>%1, %2, %3; %4.</source>
        <translation>%1, %2, %3; %4.</translation>
    </message>
    <message>
        <source>Not measured yet: the app measures it while your server runs.</source>
        <translation>Aún sin medir: la aplicación la mide mientras su servidor está en marcha.</translation>
    </message>
    <message>
        <source>At least %1, measured %2</source>
        <translation>Al menos %1, medición: %2</translation>
    </message>
    <message>
        <source>%1, measured %2</source>
        <translation>%1, medición: %2</translation>
    </message>
    <message>
        <source>At least %1, measured %2; at least %3 a month</source>
        <translation>Al menos %1, medición: %2; al menos %3 al mes</translation>
    </message>
    <message>
        <source>%1, measured %2; %3 a month</source>
        <translation>%1, medición: %2; %3 al mes</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <source>The hub&apos;s address could not be found (%1). Check the address in the settings and your internet connection.</source>
        <translation>No se encontró la dirección del hub (%1). Compruebe la dirección en la configuración y su conexión a internet.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check your internet connection; if it works, the hub may be down for maintenance: try again later.</source>
        <translation>No se puede contactar con el hub. Compruebe su conexión a internet; si funciona, puede que el hub esté en mantenimiento: inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The hub&apos;s secure connection could not be verified, so nothing was sent. The network may be intercepting traffic: try another network, or ask the hub&apos;s administrators.</source>
        <translation>No se pudo verificar la conexión segura con el hub, así que no se envió nada. Es posible que la red esté interceptando el tráfico: pruebe otra red o consulte a los administradores del hub.</translation>
    </message>
    <message>
        <source>The hub did not answer in time. Try again; if it keeps happening, the hub may be overloaded.</source>
        <translation>El hub no respondió a tiempo. Inténtelo de nuevo; si sigue ocurriendo, puede que el hub esté sobrecargado.</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the hub failed. This is usually temporary: try again in a minute.</source>
        <translation>Falló un proxy o pasarela delante del hub. Suele ser temporal: inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>This address does not belong to a JupyterHub. Check it: it should be the address you open in a browser to reach your hub.</source>
        <translation>Esta dirección no pertenece a un JupyterHub. Compruébela: debe ser la dirección que abre en el navegador para llegar a su hub.</translation>
    </message>
    <message>
        <source>The hub does not know this user or server. Check the account in the settings.</source>
        <translation>El hub no conoce este usuario o servidor. Compruebe la cuenta en la configuración.</translation>
    </message>
    <message>
        <source>Your server is already running.</source>
        <translation>Su servidor ya está en marcha.</translation>
    </message>
    <message>
        <source>Your server is already starting or stopping. Wait for it to finish.</source>
        <translation>Su servidor ya se está iniciando o deteniendo. Espere a que termine.</translation>
    </message>
    <message numerus="yes">
        <source>The hub is starting too many servers at once. It asks to try again in %n second(s).</source>
        <translation>
            <numerusform>El hub está iniciando demasiados servidores a la vez. Pide volver a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>El hub está iniciando demasiados servidores a la vez. Pide volver a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub reported an error. Try again; if it keeps happening, tell the hub&apos;s administrators.</source>
        <translation>El hub informó de un error. Inténtelo de nuevo; si sigue ocurriendo, avise a los administradores del hub.</translation>
    </message>
    <message>
        <source>The hub sent a reply this app cannot understand. The hub may be a version this app does not support yet.</source>
        <translation>El hub envió una respuesta que esta aplicación no entiende. Puede que el hub tenga una versión que esta aplicación aún no admite.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The hub said: %1</source>
        <translation>El hub dijo: %1</translation>
    </message>
    <message>
        <source>The hub sent more than %1 in one reply, far more than such an answer holds, so the app stopped reading it. Nothing was changed. If this keeps happening, tell the hub&apos;s administrators.</source>
        <translation>El hub envió más de %1 en una sola respuesta, mucho más de lo que contiene una respuesta de ese tipo, por lo que la aplicación dejó de leerla. No se cambió nada. Si sigue ocurriendo, avise a los administradores del hub.</translation>
    </message>
    <message>
        <source>The request was redirected to %1, where your sign-in must not go (another site, or another part of the hub). It was stopped there, so nothing was sent to it.</source>
        <translation>La solicitud se redirigió a %1, adonde su sesión no debe llegar (otro sitio u otra parte del hub). Se detuvo en ese punto, así que no se envió nada allí.</translation>
    </message>
    <message>
        <source>The hub refused this request: the sign-in this app uses is not allowed to do it. A token made on the hub&apos;s token page may lack a permission (scope) the hub names below: sign in again with the app, or make a token with that scope. If your account itself may not do this, ask the hub&apos;s administrators.</source>
        <translation>El hub rechazó esta solicitud: la sesión que usa esta aplicación no tiene permiso para hacerlo. Puede que a un token creado en la página de tokens del hub le falte un permiso (scope) que el hub indica abajo: vuelva a iniciar sesión con la aplicación o cree un token con ese scope. Si es su propia cuenta la que no puede hacerlo, consulte a los administradores del hub.</translation>
    </message>
    <message>
        <source>This hub does not offer named servers: leave out --server to use your one server.</source>
        <translation>Este hub no ofrece servidores con nombre: omita --server para usar su único servidor.</translation>
    </message>
    <message>
        <source>The hub refused this request as it stands; sending it again will not change that.</source>
        <translation>El hub rechazó esta solicitud tal como está; volver a enviarla no cambiará eso.</translation>
    </message>
    <message>
        <source>If the hub&apos;s reason below does not say what to change, tell the hub&apos;s administrators.</source>
        <translation>Si el motivo del hub que aparece abajo no dice qué cambiar, avise a los administradores del hub.</translation>
    </message>
    <message>
        <source>Your server sent more than %1 in one reply, far more than such an answer holds, so the app stopped reading it. Nothing was changed. Software on your server may be misbehaving: if this keeps happening, restart your server.</source>
        <translation>Su servidor envió más de %1 en una respuesta, mucho más de lo que contiene una respuesta así, por lo que la aplicación dejó de leerla. No se cambió nada. Puede que algún software de su servidor no funcione bien: si vuelve a ocurrir, reinicie su servidor.</translation>
    </message>
    <message>
        <source>The hub does not accept this sign-in: it expired, was revoked, or (for a token you gave) was never valid. Sign in again with the app, or make a new token on the hub&apos;s token page.</source>
        <translation>El hub no acepta este inicio de sesión: caducó, fue revocado o (si es un token que usted dio) nunca fue válido. Inicie sesión de nuevo con la aplicación o cree un token nuevo en la página de tokens del hub.</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>starting</source>
        <translation>iniciándose</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>stopped at its time limit</source>
        <translation>detenido al alcanzar su límite de tiempo</translation>
    </message>
    <message>
        <source>server stopped during the job</source>
        <translation>servidor detenido durante el trabajo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>LocalPlacement</name>
    <message>
        <source>it could not be moved to the trash</source>
        <translation>no se pudo mover a la papelera</translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <source>credits</source>
        <translation>créditos</translation>
    </message>
    <message>
        <source>AWS public price for data transfer out to the internet</source>
        <translation>Precio público de AWS por la transferencia de datos hacia internet</translation>
    </message>
    <message>
        <source>%1 %2 per hour</source>
        <translation>%1 %2 por hora</translation>
    </message>
    <message>
        <source>AWS public price for data transfer out to the internet, up to 10 TB a month</source>
        <translation>Precio público de AWS para la transferencia de datos salientes a Internet, hasta 10 TB al mes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>less than %1 %2</source>
        <translation>menos de %1 %2</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026)</source>
        <translation>Fornax, «User resource allotments and costs» V1.3 (julio de 2026)</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026) and documentation server_options.md</source>
        <translation>Fornax, «User resource allotments and costs» V1.3 (julio de 2026) y documentación, server_options.md</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026) and documentation data_storage.md</source>
        <translation>Fornax, «User resource allotments and costs» V1.3 (julio de 2026) y documentación, data_storage.md</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): 1000 credits a year per user, renewed on 1 October</source>
        <translation>Fornax, «User resource allotments and costs» V1.3 (julio de 2026): 1000 créditos al año por usuario, renovados el 1 de octubre</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): credits are renewed on 1 October</source>
        <translation>Fornax, «User resource allotments and costs» V1.3 (julio de 2026): los créditos se renuevan el 1 de octubre</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): home (FSx) 0.090 credit per GB-month of use</source>
        <translation>Fornax, «User resource allotments and costs» V1.3 (julio de 2026): home (FSx) 0,090 créditos por GB-mes de uso</translation>
    </message>
    <message>
        <source>Fornax, “User resource allotments and costs” V1.3 (July 2026): /scratch (EBS) 0.080 credit per GB-month allocated</source>
        <translation>Fornax, «User resource allotments and costs» V1.3 (julio de 2026): /scratch (EBS) 0,080 créditos por GB-mes asignado</translation>
    </message>
    <message>
        <source>Fornax documentation data_storage.md: the home folder holds up to 200 GB</source>
        <translation>Documentación de Fornax data_storage.md: la carpeta personal admite hasta 200 GB</translation>
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
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceSample</name>
    <message>
        <source>CPU %1 of %2</source>
        <translation>CPU %1 de %2</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Memory %1 of %2 GB</source>
        <translation>Memoria %1 de %2 GB</translation>
    </message>
    <message>
        <source>Memory %1 GB</source>
        <translation>Memoria %1 GB</translation>
    </message>
    <message>
        <source>Home %1 of %2 GB</source>
        <translation>Carpeta personal %1 de %2 GB</translation>
    </message>
    <message>
        <source>Home %1 GB</source>
        <translation>Carpeta personal %1 GB</translation>
    </message>
    <message>
        <source>Scratch %1 of %2 GB</source>
        <translation>Scratch %1 de %2 GB</translation>
    </message>
    <message>
        <source>Scratch %1 GB</source>
        <translation>Scratch %1 GB</translation>
    </message>
    <message>
        <source>Your server is using %1 % of its memory (%2 of %3 GB): when it runs out, the kernel doing the work is killed or the server stops. Save your work, and restart busy kernels or choose a larger size.</source>
        <translation>Su servidor está usando el %1 % de su memoria (%2 de %3 GB): cuando se agote, se cerrará a la fuerza el kernel que hace el trabajo o se detendrá el servidor. Guarde su trabajo y reinicie los kernels ocupados o elija un tamaño mayor.</translation>
    </message>
    <message>
        <source>Your home folder is %1 % full (%2 of %3 GB): when it is full, saving files and notebooks fails. Delete or download what you no longer need there.</source>
        <translation>Su carpeta personal está llena al %1 % (%2 de %3 GB): cuando esté llena, no se podrán guardar archivos ni notebooks. Elimine o descargue lo que ya no necesite allí.</translation>
    </message>
    <message>
        <source>/scratch is %1 % full (%2 of %3 GB): when it is full, writing there fails. Delete what you no longer need there, or ask for more scratch space.</source>
        <translation>/scratch está lleno al %1 % (%2 de %3 GB): cuando esté lleno, no se podrá escribir en él. Elimine lo que ya no necesite allí o solicite más espacio scratch.</translation>
    </message>
    <message>
        <source>Memory %1</source>
        <translation>Memoria %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>Carpeta personal %1</translation>
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
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Starting (%1%)</source>
        <translation>Iniciándose (%1 %)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciándose</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Deteniéndose</translation>
    </message>
    <message>
        <source>Failed to start</source>
        <translation>No se pudo iniciar</translation>
    </message>
</context>
<context>
    <name>SizeAdvice</name>
    <message numerus="yes">
        <source>Your last %n sessions on %1 peaked at %2 GB and %3 CPUs</source>
        <translation>
            <numerusform>Su última sesión (%n) en %1 alcanzó un máximo de %2 GB y %3 CPU</numerusform>
            <numerusform>Sus últimas %n sesiones en %1 alcanzaron un máximo de %2 GB y %3 CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 would do, saving %3.</source>
        <translation>%1: bastaría con %2, con un ahorro de %3.</translation>
    </message>
    <message>
        <source>%1: %2 would do.</source>
        <translation>%1: bastaría con %2.</translation>
    </message>
</context>
<context>
    <name>SpawnForm</name>
    <message>
        <source>Server size %1</source>
        <translation>Tamaño de servidor %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Default server</source>
        <translation>Servidor predeterminado</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Enter the SSH server&apos;s host name.</source>
        <translation>Introduzca el nombre de host del servidor SSH.</translation>
    </message>
    <message>
        <source>The SSH port must be a number from 1 to 65535.</source>
        <translation>El puerto SSH debe ser un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Enter your user name on the SSH server.</source>
        <translation>Introduzca su nombre de usuario en el servidor SSH.</translation>
    </message>
    <message>
        <source>Choose the private key file to sign in with.</source>
        <translation>Elija el archivo de clave privada con el que iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>SshError</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>La transferencia se canceló.</translation>
    </message>
    <message>
        <source>The SSH server of %1 could not be found. Check the host name in the hub&apos;s SSH settings, and your network connection.</source>
        <translation>No se encontró el servidor SSH de %1. Compruebe el nombre de host en los ajustes SSH del hub y su conexión de red.</translation>
    </message>
    <message>
        <source>%1 refused the SSH connection. Check the port in the hub&apos;s SSH settings and that the server runs SSH.</source>
        <translation>%1 rechazó la conexión SSH. Compruebe el puerto en los ajustes SSH del hub y que el servidor ejecute SSH.</translation>
    </message>
    <message>
        <source>%1 cannot be reached over SSH. Check your network connection or VPN.</source>
        <translation>No se puede acceder a %1 por SSH. Compruebe su conexión de red o VPN.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the host and port in the hub&apos;s SSH settings, and your network or VPN.</source>
        <translation>%1 no respondió a tiempo. Compruebe el host y el puerto en los ajustes SSH del hub, y su red o VPN.</translation>
    </message>
    <message>
        <source>You did not trust the host key of %1, so no connection was made.</source>
        <translation>No confió en la clave de host de %1, así que no se estableció ninguna conexión.</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 is not the one it had before. Someone may be intercepting the connection, or the server was reinstalled. The connection was refused. Ask the server&apos;s administrators for its new fingerprint; only if it matches, remove the old key for this server from %2 and connect again.</source>
        <translation>ADVERTENCIA: la clave de host de %1 no es la que tenía antes. Puede que alguien esté interceptando la conexión o que el servidor se haya reinstalado. Se rechazó la conexión. Pida a los administradores del servidor su nueva huella; solo si coincide, elimine la clave antigua de este servidor de %2 y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>The host key of %1 could not be checked, so no connection was made.</source>
        <translation>No se pudo comprobar la clave de host de %1, así que no se estableció ninguna conexión.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read. Check the path in the hub&apos;s SSH settings.</source>
        <translation>No se puede leer el archivo de clave %1. Compruebe la ruta en los ajustes SSH del hub.</translation>
    </message>
    <message>
        <source>%1 is not a private key that can be used. Choose the private key file (not the .pub file) in the hub&apos;s SSH settings.</source>
        <translation>%1 no es una clave privada utilizable. Elija el archivo de clave privada (no el archivo .pub) en los ajustes SSH del hub.</translation>
    </message>
    <message>
        <source>The key file %1 is protected by a passphrase. Enter the passphrase to sign in.</source>
        <translation>El archivo de clave %1 está protegido con una frase de contraseña. Introdúzcala para iniciar sesión.</translation>
    </message>
    <message>
        <source>The passphrase for the key file %1 is wrong. Enter it again.</source>
        <translation>La frase de contraseña del archivo de clave %1 es incorrecta. Introdúzcala de nuevo.</translation>
    </message>
    <message>
        <source>%1 did not accept the key %2. Check the user name, and that the public key is in ~/.ssh/authorized_keys on the server.</source>
        <translation>%1 no aceptó la clave %2. Compruebe el nombre de usuario y que la clave pública esté en ~/.ssh/authorized_keys en el servidor.</translation>
    </message>
    <message>
        <source>No SSH agent is running (SSH_AUTH_SOCK is not set or does not answer). Start one and add your key with ssh-add, or choose a key file in the hub&apos;s SSH settings.</source>
        <translation>No hay ningún agente SSH en marcha (SSH_AUTH_SOCK no está definido o no responde). Inicie uno y añada su clave con ssh-add, o elija un archivo de clave en los ajustes SSH del hub.</translation>
    </message>
    <message>
        <source>%1 accepted none of the SSH agent&apos;s keys. Add the right key with ssh-add, or choose a key file in the hub&apos;s SSH settings.</source>
        <translation>%1 no aceptó ninguna de las claves del agente SSH. Añada la clave correcta con ssh-add, o elija un archivo de clave en los ajustes SSH del hub.</translation>
    </message>
    <message>
        <source>A password is needed to sign in to %1. Enter it in the hub&apos;s SSH settings.</source>
        <translation>Se necesita una contraseña para iniciar sesión en %1. Introdúzcala en los ajustes SSH del hub.</translation>
    </message>
    <message>
        <source>%1 did not accept the password. Check the user name and enter the password again.</source>
        <translation>%1 no aceptó la contraseña. Compruebe el nombre de usuario e introduzca la contraseña de nuevo.</translation>
    </message>
    <message>
        <source>%1 does not allow this way of signing in (it offers: %2). Choose another one in the hub&apos;s SSH settings.</source>
        <translation>%1 no permite esta forma de iniciar sesión (ofrece: %2). Elija otra en los ajustes SSH del hub.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost. Nothing incomplete was kept; try again.</source>
        <translation>Se perdió la conexión SSH con %1. No se conservó nada incompleto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 refused to run a command over SSH. The server may not allow commands for this user.</source>
        <translation>%1 se negó a ejecutar un comando por SSH. Puede que el servidor no permita comandos a este usuario.</translation>
    </message>
    <message>
        <source>The command on %1 was stopped before it ended.</source>
        <translation>El comando en %1 se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>The command on %1 failed (exit status %2).</source>
        <translation>El comando en %1 falló (código de salida %2).</translation>
    </message>
    <message>
        <source>The command on %1 did not finish in time and was stopped.</source>
        <translation>El comando en %1 no terminó a tiempo y se detuvo.</translation>
    </message>
    <message>
        <source>The command on %1 printed more than expected and was stopped.</source>
        <translation>El comando en %1 produjo más salida de la esperada y se detuvo.</translation>
    </message>
    <message>
        <source>The transfer stopped.</source>
        <translation>La transferencia se detuvo.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed.</source>
        <translation>La conexión SSH con %1 falló.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>WARNING: %1 offered a host key of another type (%2) than the one known for it in %3. Someone may be intercepting the connection, or the server&apos;s keys were changed. The connection was refused. Ask the server&apos;s administrators for its fingerprint; only if it matches, remove the old key for this server from %3 and connect again.</source>
        <translation>ADVERTENCIA: %1 ofreció una clave de host de otro tipo (%2) distinto del que se conoce para él en %3. Puede que alguien esté interceptando la conexión o que se hayan cambiado las claves del servidor. Se rechazó la conexión. Pida a los administradores del servidor su huella; solo si coincide, elimine la clave antigua de este servidor de %3 y vuelva a conectarse.</translation>
    </message>
</context>
<context>
    <name>StopDiagnosis</name>
    <message>
        <source>Your server was stopped because it reached the hub&apos;s time limit: it had run for %1, and servers here are stopped after %2 whether in use or not.</source>
        <translation>Su servidor se detuvo porque alcanzó el límite de tiempo del hub: llevaba %1 en marcha, y aquí los servidores se detienen al cabo de %2, se estén usando o no.</translation>
    </message>
    <message>
        <source>Your server was stopped by someone else, or by the cloud: it was not idle (it was being kept alive) and had not reached a time limit. It may have been stopped from a browser or by an administrator, or its machine may have run out of memory or been reclaimed.</source>
        <translation>Su servidor lo detuvo otra persona, o la nube: no estaba inactivo (se estaba manteniendo en marcha) y no había alcanzado ningún límite de tiempo. Puede que se detuviera desde un navegador o que lo detuviera un administrador, o que su máquina se quedara sin memoria o fuera recuperada.</translation>
    </message>
    <message>
        <source>Your server was stopped outside this app: by the hub, from a browser, or by an administrator.</source>
        <translation>Su servidor se detuvo fuera de esta aplicación: por el hub, desde un navegador o por un administrador.</translation>
    </message>
    <message>
        <source>Your server was stopped for inactivity: nothing had used it for %1, and the hub stops servers after %2 without activity.</source>
        <translation>Su servidor se detuvo por inactividad: nada lo había usado desde hacía %1, y el hub detiene los servidores tras %2 sin actividad.</translation>
    </message>
    <message>
        <source>Your server was stopped by someone else, or by the cloud: it had been in use %1 before, sooner than the hub&apos;s idle limit of %2. It may have been stopped from a browser or by an administrator, or its machine may have run out of memory or been reclaimed.</source>
        <translation>Su servidor lo detuvo otra persona, o la nube: se usó por última vez %1 antes de detenerse, menos que el límite de inactividad del hub, de %2. Puede que se detuviera desde un navegador o que lo detuviera un administrador, o que su máquina se quedara sin memoria o fuera recuperada.</translation>
    </message>
    <message>
        <source>Your server was most likely stopped for inactivity: nothing had used it for %1.</source>
        <translation>Lo más probable es que su servidor se detuviera por inactividad: nada lo había usado desde hacía %1.</translation>
    </message>
    <message>
        <source>Your server was stopped outside this app: by the hub, from a browser, or by an administrator. It was last in use %1 before.</source>
        <translation>Su servidor se detuvo fuera de esta aplicación: por el hub, desde un navegador o por un administrador. Se usó por última vez %1 antes de detenerse.</translation>
    </message>
    <message numerus="yes">
        <source>%n kernel(s) were running</source>
        <translation>
            <numerusform>había %n kernel en ejecución</numerusform>
            <numerusform>había %n kernels en ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n busy)</source>
        <translation>
            <numerusform> (%n ocupado)</numerusform>
            <numerusform> (%n ocupados)</numerusform>
        </translation>
    </message>
    <message>
        <source>no kernel was running</source>
        <translation>no había ningún kernel en ejecución</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message numerus="yes">
        <source>%n terminal(s) were open</source>
        <translation>
            <numerusform>había %n terminal abierto</numerusform>
            <numerusform>había %n terminales abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Your server probably ran out of memory: when last measured it used %1 of its %2 GB (%3 %).</source>
        <translation>Probablemente su servidor se quedó sin memoria: en la última medición usaba %1 de sus %2 GB (%3 %).</translation>
    </message>
    <message>
        <source>At that time %1.</source>
        <translation>En ese momento %1.</translation>
    </message>
    <message>
        <source>Choose a larger size next time, or use less memory at once (smaller chunks of data, fewer kernels).</source>
        <translation>La próxima vez elija un tamaño mayor o use menos memoria a la vez (fragmentos de datos más pequeños, menos kernels).</translation>
    </message>
    <message>
        <source>Your server was stopped through the hub, from a browser or by an administrator: the hub was seen stopping it, and it had been in use %1 before, sooner than the hub&apos;s idle limit of %2.</source>
        <translation>Su servidor se detuvo a través del hub, desde un navegador o por un administrador: se vio al hub detenerlo, y su último uso había sido %1 antes, menos que el límite de inactividad del hub de %2.</translation>
    </message>
</context>
<context>
    <name>StopReason</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
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
</context>
<context>
    <name>StorageWalk</name>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 en %n archivo</numerusform>
            <numerusform>%1 en %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %1 in %n file(s)</source>
        <translation>
            <numerusform>al menos %1 en %n archivo</numerusform>
            <numerusform>al menos %1 en %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The measurement stopped after %n folder(s), so as not to load the server.</source>
        <translation>
            <numerusform>La medición se detuvo tras %n carpeta, para no sobrecargar el servidor.</numerusform>
            <numerusform>La medición se detuvo tras %n carpetas, para no sobrecargar el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The measurement stopped after its time limit, so as not to load the server.</source>
        <translation>La medición se detuvo al alcanzar su límite de tiempo, para no sobrecargar el servidor.</translation>
    </message>
    <message>
        <source>The measurement was stopped before it ended.</source>
        <translation>La medición se detuvo antes de terminar.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) nested too deep were not entered.</source>
        <translation>
            <numerusform>No se entró en %n carpeta anidada a demasiada profundidad.</numerusform>
            <numerusform>No se entró en %n carpetas anidadas a demasiada profundidad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read by the server and are not counted.</source>
        <translation>
            <numerusform>El servidor no pudo leer %n carpeta, que no se cuenta.</numerusform>
            <numerusform>El servidor no pudo leer %n carpetas, que no se cuentan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) leading back to a folder above them were not followed.</source>
        <translation>
            <numerusform>No se siguió %n enlace que lleva de vuelta a una carpeta superior.</numerusform>
            <numerusform>No se siguieron %n enlaces que llevan de vuelta a una carpeta superior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted, as they are storage of their own: %1.</source>
        <translation>No se cuentan, pues son un almacenamiento propio: %1.</translation>
    </message>
    <message>
        <source>The scratch folder holds %1, counted apart: /scratch is billed by the space allocated to it, which the server does not report.</source>
        <translation>La carpeta scratch contiene %1, contado aparte: /scratch se factura por el espacio que tiene asignado, que el servidor no informa.</translation>
    </message>
    <message>
        <source>Hidden files and folders (names starting with a dot, such as .conda) and folders the server may not read are not shown by the server, so they are not counted.</source>
        <translation>Los archivos y carpetas ocultos (nombres que empiezan por un punto, como .conda) y las carpetas que el servidor no puede leer no los muestra el servidor, así que no se cuentan.</translation>
    </message>
</context>
<context>
    <name>TokenScopes</name>
    <message>
        <source>see which account is signed in</source>
        <translation>ver qué cuenta tiene la sesión iniciada</translation>
    </message>
    <message>
        <source>show how long your server may stay idle before the hub stops it</source>
        <translation>mostrar cuánto tiempo puede estar inactivo su servidor antes de que el hub lo detenga</translation>
    </message>
    <message>
        <source>start, stop and watch your server</source>
        <translation>iniciar, detener y supervisar su servidor</translation>
    </message>
    <message>
        <source>give your server a sign-in of its own that cannot reach the hub, and cancel the app&apos;s sign-ins on the hub when you sign out</source>
        <translation>dar a su servidor una sesión propia que no puede acceder al hub, y anular las sesiones de la aplicación en el hub cuando usted cierra la sesión</translation>
    </message>
    <message>
        <source>open your files and terminals on your server (the file browser, uploads and downloads)</source>
        <translation>abrir sus archivos y terminales en su servidor (el explorador de archivos, las subidas y las descargas)</translation>
    </message>
    <message>
        <source>Can: %1</source>
        <translation>Puede: %1</translation>
    </message>
    <message>
        <source>Cannot: %1</source>
        <translation>No puede: %1</translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <source>Cannot read the token file %1: %2.</source>
        <translation>No se puede leer el archivo de token %1: %2.</translation>
    </message>
    <message>
        <source>The token file %1 must hold the token alone on one line.</source>
        <translation>El archivo de token %1 debe contener solo el token, en una sola línea.</translation>
    </message>
    <message>
        <source>Warning: %1 can be read by other users; protect it with “chmod 600 %1”.</source>
        <translation>Aviso: otros usuarios pueden leer %1; protéjalo con «chmod 600 %1».</translation>
    </message>
</context>
<context>
    <name>TransferConflict</name>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Skip identical</source>
        <translation>Omitir si es idéntico</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace: the folder on your server, with %1 that exist only there, is renamed “%2 (replaced &lt;date&gt;)” and kept; nothing is deleted.</source>
        <translation>Reemplazar: la carpeta de su servidor (solo allí: %1) se renombra como «%2 (replaced &lt;fecha&gt;)» y se conserva; no se elimina nada.</translation>
    </message>
    <message>
        <source>Replace: the folder on this computer, with %1 that exist only here, moves to the trash; nothing is deleted.</source>
        <translation>Reemplazar: la carpeta de este ordenador (solo aquí: %1) se mueve a la papelera; no se elimina nada.</translation>
    </message>
    <message>
        <source>Replace: the file on your server is renamed “%1 (replaced &lt;date&gt;)” and kept; nothing is deleted.</source>
        <translation>Reemplazar: el archivo de su servidor se renombra como «%1 (replaced &lt;fecha&gt;)» y se conserva; no se elimina nada.</translation>
    </message>
    <message>
        <source>Replace: the file on this computer moves to the trash; nothing is deleted.</source>
        <translation>Reemplazar: el archivo de este ordenador se mueve a la papelera; no se elimina nada.</translation>
    </message>
    <message>
        <source>Replace (keep the old one aside)</source>
        <translation>Reemplazar (apartar el anterior)</translation>
    </message>
</context>
<context>
    <name>TransferHolds</name>
    <message>
        <source>upload</source>
        <translation>subida</translation>
    </message>
    <message>
        <source>download</source>
        <translation>descarga</translation>
    </message>
</context>
<context>
    <name>TransferMethod</name>
    <message>
        <source>--method direct is for downloads in this version; the upload goes as one archive.</source>
        <translation>--method direct es para descargas en esta versión; la subida se envía como un único archivo comprimido.</translation>
    </message>
    <message>
        <source>Uploads go as one archive, unpacked on the server while it arrives.</source>
        <translation>Las subidas se envían como un único archivo comprimido, que se desempaqueta en el servidor a medida que llega.</translation>
    </message>
    <message>
        <source>--method archive asked for the archive.</source>
        <translation>--method archive solicitó el archivo comprimido.</translation>
    </message>
    <message>
        <source>--method direct cannot be honoured over SSH, which streams one archive; the archive is used.</source>
        <translation>--method direct no puede respetarse por SSH, que transmite un único archivo comprimido; se usa el archivo comprimido.</translation>
    </message>
    <message>
        <source>Over SSH the archive streams straight out of the server&apos;s tar.</source>
        <translation>Por SSH, el archivo comprimido se transmite directamente desde el tar del servidor.</translation>
    </message>
    <message>
        <source>--method direct takes files only; folders and links go in the archive.</source>
        <translation>--method direct admite solo archivos; las carpetas y los enlaces van en el archivo comprimido.</translation>
    </message>
    <message>
        <source>--method direct asked for the direct way.</source>
        <translation>--method direct solicitó la vía directa.</translation>
    </message>
    <message>
        <source>Folders and links go as one archive, which keeps them whole.</source>
        <translation>Las carpetas y los enlaces van como un único archivo comprimido, que los mantiene íntegros.</translation>
    </message>
    <message numerus="yes">
        <source>%n files: one archive saves a request per file.</source>
        <translation>
            <numerusform>%n archivo: un único archivo comprimido ahorra una solicitud por archivo.</numerusform>
            <numerusform>%n archivos: un único archivo comprimido ahorra una solicitud por archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data compresses and the link is slow (%1 ms round trip): the archive sends fewer bytes.</source>
        <translation>Los datos se comprimen bien y la conexión es lenta (%1 ms de ida y vuelta): el archivo comprimido envía menos bytes.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), no folders: fetched as they are, without packing on the server first.</source>
        <translation>
            <numerusform>%n archivo, sin carpetas: se descarga tal cual, sin empaquetarlo antes en el servidor.</numerusform>
            <numerusform>%n archivos, sin carpetas: se descargan tal cual, sin empaquetarlos antes en el servidor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustPrompt</name>
    <message>
        <source>Unencrypted connection</source>
        <translation>Conexión sin cifrar</translation>
    </message>
    <message>
        <source>%1 is reached over plain http://, without encryption.</source>
        <translation>A %1 se accede mediante http:// simple, sin cifrado.</translation>
    </message>
    <message>
        <source>Your password, your session and the app&apos;s sign-in would cross the network readable by anyone on the way (a shared Wi-Fi, a proxy), who could then act as you on this hub. Use its https:// address if it has one. Continue only on a network you trust.</source>
        <translation>Su contraseña, su sesión web y la sesión de la aplicación cruzarían la red legibles para cualquiera que esté en el camino (una wifi compartida, un proxy), y quien las leyera podría entonces actuar en su nombre en este hub. Use la dirección https:// del hub si la tiene. Continúe solo en una red de confianza.</translation>
    </message>
    <message>
        <source>&amp;Use it without encryption</source>
        <translation>&amp;Usarlo sin cifrado</translation>
    </message>
    <message>
        <source>The hub is somewhere else</source>
        <translation>El hub está en otro sitio</translation>
    </message>
    <message>
        <source>%1 sent the app on to %2.</source>
        <translation>%1 redirigió la aplicación a %2.</translation>
    </message>
    <message>
        <source>Signing in there sends your password and the app&apos;s sign-in to %1. Continue only if you know that %1 is your hub; if you did not expect this, someone may be redirecting you.</source>
        <translation>Al iniciar sesión allí, su contraseña y la sesión de la aplicación se envían a %1. Continúe solo si sabe que %1 es su hub; si no lo esperaba, puede que alguien le esté redirigiendo.</translation>
    </message>
    <message>
        <source>&amp;Continue to %1</source>
        <translation>C&amp;ontinuar hacia %1</translation>
    </message>
    <message>
        <source>The hub would not give the app a sign-in limited to your server, so files, transfers and terminals cannot work.</source>
        <translation>El hub no quiso dar a la aplicación una sesión limitada a su servidor, así que los archivos, las transferencias y los terminales no pueden funcionar.</translation>
    </message>
    <message>
        <source>The hub would not give the app a sign-in limited to what it needs.</source>
        <translation>El hub no quiso dar a la aplicación una sesión limitada a lo que necesita.</translation>
    </message>
    <message>
        <source>The app can ask instead for a sign-in with every permission your account has (for an administrator: everything on the hub), valid as long as the usual one.</source>
        <translation>En su lugar, la aplicación puede pedir una sesión con todos los permisos de su cuenta (para un administrador: todo en el hub), válida durante el mismo tiempo que la habitual.</translation>
    </message>
    <message>
        <source>It would be sent to your server, where any software running there could read it and act as you on the hub.</source>
        <translation>Se enviaría a su servidor, donde cualquier software que se ejecute allí podría leerla y actuar en su nombre en el hub.</translation>
    </message>
    <message>
        <source>A sign-in with every permission?</source>
        <translation>¿Una sesión con todos los permisos?</translation>
    </message>
    <message>
        <source>The hub said: %1</source>
        <translation>El hub dijo: %1</translation>
    </message>
    <message>
        <source>&amp;Allow every permission</source>
        <translation>&amp;Autorizar todos los permisos</translation>
    </message>
    <message>
        <source>Signed in with limits</source>
        <translation>Sesión iniciada con límites</translation>
    </message>
    <message>
        <source>The hub gave the app less than it asked for. Signed in; this is what the app can and cannot do with it:</source>
        <translation>El hub dio a la aplicación menos de lo que pidió. Sesión iniciada; esto es lo que la aplicación puede y no puede hacer con ella:</translation>
    </message>
</context>
<context>
    <name>UsageLedger</name>
    <message>
        <source>The usage record %1 could not be written: %2</source>
        <translation>No se pudo escribir el registro de uso %1: %2</translation>
    </message>
    <message>
        <source>The usage record %1 could not be read: %2</source>
        <translation>No se pudo leer el registro de uso %1: %2</translation>
    </message>
    <message>
        <source>The usage record %1 could not be read and was set aside as %2. Usage estimates start afresh from now.</source>
        <translation>No se pudo leer el registro de uso %1 y se ha apartado como %2. Las estimaciones de uso empiezan de nuevo desde ahora.</translation>
    </message>
    <message>
        <source>The usage record %1 could not be read, nor set aside. Usage estimates leave it out; move the file away to start afresh.</source>
        <translation>No se pudo leer ni apartar el registro de uso %1. Las estimaciones de uso lo omiten; mueva el archivo para empezar de nuevo.</translation>
    </message>
    <message>
        <source>The last usage record was cut short (the app stopped while writing it) and was left out.</source>
        <translation>El último registro de uso quedó incompleto (la aplicación se detuvo mientras lo escribía) y se ha omitido.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged usage record(s) were left out.</source>
        <translation>
            <numerusform>Se omitió %n registro de uso dañado.</numerusform>
            <numerusform>Se omitieron %n registros de uso dañados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usage record(s) written by a newer version of this app are kept but not counted here.</source>
        <translation>
            <numerusform>%n registro de uso escrito por una versión más reciente de esta aplicación se conserva, pero no se cuenta aquí.</numerusform>
            <numerusform>%n registros de uso escritos por una versión más reciente de esta aplicación se conservan, pero no se cuentan aquí.</numerusform>
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
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ArchiveExtractor</name>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>received %1, expected %2</source>
        <translation>recibido %1, se esperaba %2</translation>
    </message>
    <message numerus="yes">
        <source>more entries than the %n announced</source>
        <translation>
            <numerusform>más entradas de las anunciadas (%n)</numerusform>
            <numerusform>más entradas de las anunciadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>more than the %1 bytes announced</source>
        <translation>más de los %1 bytes anunciados</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>tubería con nombre</translation>
    </message>
</context>
<context>
    <name>fornax::ArchiveWriter</name>
    <message>
        <source>a whole disk cannot be sent as one item</source>
        <translation>no se puede enviar un disco entero como un solo elemento</translation>
    </message>
    <message>
        <source>unknown error in the archive library</source>
        <translation>error desconocido en la biblioteca de archivos</translation>
    </message>
</context>
<context>
    <name>fornax::Autostart</name>
    <message>
        <source>Starting at login is not supported on this system yet.</source>
        <translation>El inicio al iniciar sesión aún no es compatible con este sistema.</translation>
    </message>
    <message>
        <source>Cannot set up starting at login: no configuration folder is known. Set HOME or XDG_CONFIG_HOME and try again.</source>
        <translation>No se puede configurar el inicio al iniciar sesión: no se conoce ninguna carpeta de configuración. Defina HOME o XDG_CONFIG_HOME e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot turn on starting at login: the folder %1 cannot be created. Check that it is not a file and that you may write to it.</source>
        <translation>No se puede activar el inicio al iniciar sesión: no se puede crear la carpeta %1. Compruebe que no es un archivo y que tiene permiso de escritura.</translation>
    </message>
    <message>
        <source>Cannot turn on starting at login: writing %1 failed (%2). Check that you may write to that folder.</source>
        <translation>No se puede activar el inicio al iniciar sesión: no se pudo escribir %1 (%2). Compruebe que tiene permiso de escritura en esa carpeta.</translation>
    </message>
    <message>
        <source>Cannot turn off starting at login: removing %1 failed (%2). Remove that file by hand to stop Fornax Desktop from starting at login.</source>
        <translation>No se puede desactivar el inicio al iniciar sesión: no se pudo eliminar %1 (%2). Elimine ese archivo a mano para que Fornax Desktop no se inicie al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>fornax::ContentsTransport</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Se canceló la transferencia.</translation>
    </message>
    <message>
        <source>The upload stopped because the archive could not be made: %1</source>
        <translation>La subida se detuvo porque no se pudo crear el archivo comprimido: %1</translation>
    </message>
    <message>
        <source>The server holds %1 bytes of %2 where %3 were sent. Another program may be writing the same file; try the transfer again.</source>
        <translation>El servidor tiene %1 bytes de %2, pero se enviaron %3. Puede que otro programa esté escribiendo en el mismo archivo; vuelva a intentar la transferencia.</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>Falló la subida de %1: %2</translation>
    </message>
    <message>
        <source>The connection broke while %1 was being written, and the file on the server is incomplete (%2 bytes where %3 or %4 were expected). Start the upload again.</source>
        <translation>La conexión se cortó mientras se escribía %1 y el archivo del servidor está incompleto (%2 bytes en lugar de %3 o %4). Vuelva a iniciar la subida.</translation>
    </message>
    <message>
        <source>The server resumed the download of %1 at the wrong place.</source>
        <translation>El servidor reanudó la descarga de %1 en el lugar equivocado.</translation>
    </message>
    <message>
        <source>%1 on the server has %2 bytes, not the %3 expected. It may have changed; start the download again.</source>
        <translation>%1 en el servidor tiene %2 bytes, no los %3 esperados. Puede que haya cambiado; vuelva a iniciar la descarga.</translation>
    </message>
    <message>
        <source>The download stopped because the archive could not be unpacked: %1</source>
        <translation>La descarga se detuvo porque no se pudo descomprimir el archivo: %1</translation>
    </message>
    <message>
        <source>The download stopped because its receiver was closed.</source>
        <translation>La descarga se detuvo porque su receptor se cerró.</translation>
    </message>
    <message>
        <source>The connection ended early.</source>
        <translation>La conexión terminó antes de tiempo.</translation>
    </message>
    <message>
        <source>The server sent more of %1 than expected (%2 bytes, not %3). Start the download again.</source>
        <translation>El servidor envió más de %1 de lo esperado (%2 bytes, no %3). Vuelva a iniciar la descarga.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Falló la descarga de %1: %2</translation>
    </message>
    <message>
        <source>The server refuses uploads even in pieces of %1 (HTTP 413, request too large). A proxy in front of it limits request sizes; ask the administrators to raise that limit.</source>
        <translation>El servidor rechaza las subidas incluso en partes de %1 (HTTP 413, solicitud demasiado grande). Un proxy delante de él limita el tamaño de las solicitudes; pida a los administradores que aumenten ese límite.</translation>
    </message>
    <message>
        <source>The server sent more of %1 than it announced (%2 bytes, not %3), so the download was stopped and nothing was kept. If the file is still being written on the server, download it once that is finished.</source>
        <translation>El servidor envió más de %1 de lo anunciado (%2 bytes, no %3), así que la descarga se detuvo y no se conservó nada. Si el archivo todavía se está escribiendo en el servidor, descárguelo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>fornax::CredentialStore</name>
    <message>
        <source>Nothing was stored: the account or its token is missing.</source>
        <translation>No se guardó nada: falta la cuenta o su token.</translation>
    </message>
    <message>
        <source>No token can be read for an account without a hub or user.</source>
        <translation>No se puede leer ningún token de una cuenta sin hub o usuario.</translation>
    </message>
    <message>
        <source>No token can be deleted for an account without a hub or user.</source>
        <translation>No se puede eliminar ningún token de una cuenta sin hub o usuario.</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). If it asks for a password, unlock it and try again.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo. Si pide una contraseña, desbloquéelo e inténtelo de nuevo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos. Si pide una contraseña, desbloquéelo e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring refused access. Unlock it (or allow Fornax Desktop to use it) and try again.</source>
        <translation>El llavero denegó el acceso. Desbloquéelo (o permita que Fornax Desktop lo use) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
    </message>
    <message>
        <source>Your system keyring is not available, so Fornax Desktop cannot save your sign-in. You stay signed in until you quit the app; after that you will have to sign in again. To stay signed in, install or unlock a keyring (such as GNOME Keyring or KWallet) and restart the app.</source>
        <translation>El llavero del sistema no está disponible, así que Fornax Desktop no puede guardar su sesión. Seguirá con la sesión iniciada hasta que salga de la aplicación; después tendrá que volver a iniciar sesión. Para mantener la sesión, instale o desbloquee un llavero (como GNOME Keyring o KWallet) y reinicie la aplicación.</translation>
    </message>
    <message>
        <source>(The keyring said: %1)</source>
        <translation>(El llavero dijo: %1)</translation>
    </message>
    <message>
        <source>Nothing was stored: the name or the secret is missing.</source>
        <translation>No se guardó nada: falta el nombre o el secreto.</translation>
    </message>
</context>
<context>
    <name>fornax::DownloadJob</name>
    <message>
        <source>“%1” cannot be downloaded on its own: choose the files or folders inside it.</source>
        <translation>«%1» no se puede descargar por sí solo: elija los archivos o carpetas que contiene.</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>su carpeta personal</translation>
    </message>
    <message>
        <source>Could not prepare your server for the download.</source>
        <translation>No se pudo preparar su servidor para la descarga.</translation>
    </message>
    <message>
        <source>Your server did not answer the transfer&apos;s questions (free space, tar). Check that a terminal can be opened in JupyterLab.</source>
        <translation>Su servidor no respondió a las comprobaciones de la transferencia (espacio libre, tar). Compruebe que se puede abrir un terminal en JupyterLab.</translation>
    </message>
    <message>
        <source>Could not measure the items on your server.</source>
        <translation>No se pudo medir el tamaño de los elementos en su servidor.</translation>
    </message>
    <message>
        <source>“%1” does not exist on your server. Check the name (paths start in your home folder).</source>
        <translation>«%1» no existe en su servidor. Compruebe el nombre (las rutas empiezan en su carpeta personal).</translation>
    </message>
    <message>
        <source>“%1” on your server is not a file or folder and cannot be downloaded.</source>
        <translation>«%1» en su servidor no es un archivo ni una carpeta y no se puede descargar.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”. Check that you may write there.</source>
        <translation>No se pudo crear la carpeta «%1». Compruebe que tiene permiso de escritura allí.</translation>
    </message>
    <message>
        <source>This download needs %1 in “%2”, but only %3 is free there. Free some space (or download less) and try again.</source>
        <translation>Esta descarga necesita %1 en «%2», pero allí solo quedan %3 libres. Libere espacio (o descargue menos) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Packing the items on your server failed.</source>
        <translation>Falló el empaquetado de los elementos en su servidor.</translation>
    </message>
    <message>
        <source>Computing checksums on your server failed.</source>
        <translation>Falló el cálculo de las sumas de comprobación en su servidor.</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>La descarga se detuvo.</translation>
    </message>
    <message>
        <source>Your server packed the items but did not say how big the archive is, so nothing was downloaded (the size is checked against your budget first). The server&apos;s tools may be broken; if this happens again, tell your hub&apos;s administrators.</source>
        <translation>Su servidor empaquetó los elementos pero no indicó el tamaño del archivo, así que no se descargó nada (el tamaño se compara primero con su presupuesto). Puede que las herramientas del servidor estén averiadas; si vuelve a ocurrir, avise a los administradores de su hub.</translation>
    </message>
    <message>
        <source>You may not write in “%1” on this computer, so nothing was downloaded. Choose another folder, or change its permissions.</source>
        <translation>No puede escribir en «%1» en este equipo, así que no se descargó nada. Elija otra carpeta o cambie sus permisos.</translation>
    </message>
    <message>
        <source>“%1” on this computer is a file, not a folder, so nothing was downloaded. Choose a folder.</source>
        <translation>«%1» en este equipo es un archivo, no una carpeta, así que no se descargó nada. Elija una carpeta.</translation>
    </message>
    <message>
        <source>%1 (a %2, not a file)</source>
        <translation>%1 (%2, no un archivo)</translation>
    </message>
</context>
<context>
    <name>fornax::HubDirectory</name>
    <message>
        <source>This is the hub of %1, which is already in your list. If its address there is wrong, correct it in the settings instead of adding it again.</source>
        <translation>Este es el hub de %1, que ya está en su lista. Si su dirección ahí es incorrecta, corríjala en la configuración en lugar de añadirlo de nuevo.</translation>
    </message>
    <message>
        <source>The hub at %1 is already in your list as “%2”. Choose it there instead of adding it again.</source>
        <translation>El hub en %1 ya está en su lista como «%2». Elíjalo ahí en lugar de añadirlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>fornax::HubProbe</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» no es una dirección web.</translation>
    </message>
</context>
<context>
    <name>fornax::HubSession</name>
    <message>
        <source>Your sign-in to this hub expired on %1. Sign in again.</source>
        <translation>Su sesión en este hub caducó el %1. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keychain. Sign in again.</source>
        <translation>No se encontró ninguna sesión guardada en el llavero. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>That does not look like an API token: paste the token alone, as the hub&apos;s token page shows it.</source>
        <translation>Eso no parece un token de API: pegue solo el token, tal como lo muestra la página de tokens del hub.</translation>
    </message>
    <message>
        <source>The hub no longer accepts your saved sign-in (it expired or was revoked). Sign in again.</source>
        <translation>El hub ya no acepta su sesión guardada (caducó o fue revocada). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The hub stopped accepting your sign-in (it expired or was revoked). Sign in again.</source>
        <translation>El hub dejó de aceptar su sesión (caducó o fue revocada). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub could not be reached to cancel the app&apos;s sign-in there: it stays valid until %1 unless the app reaches the hub first. The app tries again each time it starts.</source>
        <translation>Ha cerrado la sesión aquí, pero no se pudo contactar con el hub para anular allí la sesión de la aplicación: seguirá siendo válida hasta el %1, salvo que la aplicación contacte antes con el hub. La aplicación lo vuelve a intentar cada vez que se inicia.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub could not be reached to cancel the app&apos;s sign-in there. The app tries again each time it starts.</source>
        <translation>Ha cerrado la sesión aquí, pero no se pudo contactar con el hub para anular allí la sesión de la aplicación. La aplicación lo vuelve a intentar cada vez que se inicia.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub did not let the app cancel its sign-in there (%1): it stays valid until %2. You can delete it on %3.</source>
        <translation>Ha cerrado la sesión aquí, pero el hub no permitió a la aplicación anular allí su sesión (%1): seguirá siendo válida hasta el %2. Puede eliminarla en %3.</translation>
    </message>
    <message>
        <source>You are signed out here, but the hub did not let the app cancel its sign-in there (%1). You can delete it on %2.</source>
        <translation>Ha cerrado la sesión aquí, pero el hub no permitió a la aplicación anular allí su sesión (%1). Puede eliminarla en %2.</translation>
    </message>
</context>
<context>
    <name>fornax::JobClient</name>
    <message>
        <source>There is no such job on the server (see “fornax-desktop jobs”).</source>
        <translation>Ese trabajo no existe en el servidor (consulte «fornax-desktop jobs»).</translation>
    </message>
    <message>
        <source>The server has no “setsid” command, so a job could not run there detached from the terminal. Nothing was started.</source>
        <translation>El servidor no tiene el comando «setsid», por lo que no se pudo ejecutar allí un trabajo desvinculado del terminal. No se inició nada.</translation>
    </message>
    <message>
        <source>No Python on the server can run notebooks (nbconvert is missing). Install it there (“pip install --user nbconvert”) or run a script instead. Nothing was started.</source>
        <translation>Ningún Python del servidor puede ejecutar notebooks (falta nbconvert). Instálelo allí («pip install --user nbconvert») o ejecute un script en su lugar. No se inició nada.</translation>
    </message>
    <message>
        <source>--param needs papermill on the server, which it does not have. Install it there (“pip install --user papermill”) or run without --param. Nothing was started.</source>
        <translation>--param necesita papermill en el servidor, y no lo tiene. Instálelo allí («pip install --user papermill») o ejecute sin --param. No se inició nada.</translation>
    </message>
    <message>
        <source>The file to run did not arrive on the server. Nothing was started.</source>
        <translation>El archivo que se debía ejecutar no llegó al servidor. No se inició nada.</translation>
    </message>
    <message>
        <source>A job with this id exists already on the server. Nothing was started.</source>
        <translation>Ya existe un trabajo con este id en el servidor. No se inició nada.</translation>
    </message>
    <message>
        <source>The command on the server failed (exit code %1).</source>
        <translation>El comando falló en el servidor (código de salida %1).</translation>
    </message>
    <message>
        <source>The command on the server failed: %1</source>
        <translation>El comando falló en el servidor: %1</translation>
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
        <translation>terminó y detuvo el servidor</translation>
    </message>
</context>
<context>
    <name>fornax::JobReader</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>No hay ninguna sesión iniciada.</translation>
    </message>
    <message>
        <source>The jobs on your server could not be read (%1).</source>
        <translation>No se pudieron leer los trabajos de su servidor (%1).</translation>
    </message>
    <message>
        <source>The status of job %1 could not be read (%2).</source>
        <translation>No se pudo leer el estado del trabajo %1 (%2).</translation>
    </message>
</context>
<context>
    <name>fornax::KeepAlive</name>
    <message>
        <source>The server did not answer the keep-alive request as a Jupyter server would (HTTP %1).</source>
        <translation>El servidor no respondió a la solicitud de mantenimiento de actividad como lo haría un servidor Jupyter (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>fornax::KernelCatalog</name>
    <message>
        <source>The server did not list its kernels (%1).</source>
        <translation>El servidor no enumeró sus kernels (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s list of kernels could not be read.</source>
        <translation>No se pudo leer la lista de kernels del servidor.</translation>
    </message>
</context>
<context>
    <name>fornax::LoopbackBackend</name>
    <message>
        <source>The stand-in server is switched off.</source>
        <translation>El servidor sustituto está apagado.</translation>
    </message>
</context>
<context>
    <name>fornax::LoopbackCommands</name>
    <message>
        <source>The step took too long and was stopped.</source>
        <translation>El paso tardó demasiado y se detuvo.</translation>
    </message>
</context>
<context>
    <name>fornax::LoopbackStream</name>
    <message>
        <source>The command on the server failed (exit status %1): %2</source>
        <translation>El comando en el servidor falló (estado de salida %1): %2</translation>
    </message>
</context>
<context>
    <name>fornax::NotificationCenter</name>
    <message>
        <source>Your server is ready</source>
        <translation>Su servidor está listo</translation>
    </message>
    <message>
        <source>JupyterLab is open in Fornax Desktop.</source>
        <translation>JupyterLab está abierto en Fornax Desktop.</translation>
    </message>
    <message>
        <source>Your server was stopped</source>
        <translation>Su servidor se ha detenido</translation>
    </message>
    <message>
        <source>Your server will stop soon</source>
        <translation>Su servidor se detendrá pronto</translation>
    </message>
    <message numerus="yes">
        <source>It has been idle; the hub stops it in about %n minute(s). Use it, or choose “Keep alive 1 h”.</source>
        <translation>
            <numerusform>Ha estado inactivo; el hub lo detendrá en aproximadamente %n minuto. Úselo o elija «Mantener activo 1 h».</numerusform>
            <numerusform>Ha estado inactivo; el hub lo detendrá en unos %n minutos. Úselo o elija «Mantener activo 1 h».</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep alive 1 h</source>
        <translation>Mantener activo 1 h</translation>
    </message>
    <message numerus="yes">
        <source>It has been idle; the hub stops it in about %n minute(s). Use it, or choose “Keep it running for an hour” in Fornax Desktop.</source>
        <translation>
            <numerusform>Ha estado inactivo; el hub lo detendrá en aproximadamente %n minuto. Úselo o elija «Mantenerlo en marcha una hora» en Fornax Desktop.</numerusform>
            <numerusform>Ha estado inactivo; el hub lo detendrá en unos %n minutos. Úselo o elija «Mantenerlo en marcha una hora» en Fornax Desktop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job “%1” finished</source>
        <translation>El trabajo «%1» ha terminado</translation>
    </message>
    <message>
        <source>Job “%1” failed</source>
        <translation>El trabajo «%1» ha fallado</translation>
    </message>
    <message>
        <source>Your server stops within the hour</source>
        <translation>Su servidor se detendrá antes de una hora</translation>
    </message>
    <message>
        <source>The hub stops every server %1 after it started; yours stops at %2, in about %3. Save your work; you can start a new server afterwards.</source>
        <translation>El hub detiene todos los servidores %1 después de iniciarse; el suyo se detendrá a las %2, dentro de unos %3. Guarde su trabajo; después podrá iniciar un servidor nuevo.</translation>
    </message>
    <message>
        <source>Job “%1” ended</source>
        <translation>El trabajo “%1” terminó</translation>
    </message>
</context>
<context>
    <name>fornax::ProgressStream</name>
    <message>
        <source>The hub reported that the server failed to start, without saying why. A smaller server may start where this one could not.</source>
        <translation>El hub informó de que el servidor no pudo iniciarse, sin decir por qué. Puede que un servidor más pequeño se inicie donde este no pudo.</translation>
    </message>
</context>
<context>
    <name>fornax::RemoteDirectory</name>
    <message>
        <source>your home folder</source>
        <translation>su carpeta personal</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Type a name for the new folder.</source>
        <translation>Escriba un nombre para la nueva carpeta.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”. Create the folders one at a time.</source>
        <translation>Un nombre de carpeta no puede contener «/». Cree las carpetas de una en una.</translation>
    </message>
    <message>
        <source>“%1” is not a folder name. Choose another name.</source>
        <translation>«%1» no es un nombre de carpeta válido. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Names that start with a dot are hidden on your server, so the folder would not show. Choose a name without the leading dot.</source>
        <translation>Los nombres que empiezan por un punto están ocultos en su servidor, así que la carpeta no se vería. Elija un nombre sin el punto inicial.</translation>
    </message>
    <message>
        <source>A folder name cannot contain control characters such as line breaks.</source>
        <translation>Un nombre de carpeta no puede contener caracteres de control, como saltos de línea.</translation>
    </message>
    <message>
        <source>A folder name should not start or end with spaces.</source>
        <translation>Un nombre de carpeta no debe empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <source>Your server is not running. Start it to see and change your files.</source>
        <translation>Su servidor no está en marcha. Inícielo para ver y modificar sus archivos.</translation>
    </message>
    <message>
        <source>Your server refused access to %1. You may not have permission for it; if every folder is refused, sign out and sign in again.</source>
        <translation>Su servidor denegó el acceso a %1. Puede que no tenga permiso; si se deniega el acceso a todas las carpetas, cierre la sesión y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on your server; it may have been moved or deleted. Go up, or back to your home folder.</source>
        <translation>En su servidor no existe %1; puede que la carpeta se haya movido o eliminado. Suba un nivel o vuelva a su carpeta personal.</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists on your server, so nothing can be created in it. Refresh to see your files as they are now.</source>
        <translation>En su servidor ya no existe %1, así que no se puede crear nada en esa carpeta. Actualice para ver sus archivos tal como están ahora.</translation>
    </message>
    <message>
        <source>%1 no longer exists on your server; it may have been deleted already. Refresh to see your files as they are now.</source>
        <translation>En su servidor ya no existe %1; puede que ya se haya eliminado. Actualice para ver sus archivos tal como están ahora.</translation>
    </message>
    <message>
        <source>Something named %1 already exists in %2. Choose another name.</source>
        <translation>Ya existe algo llamado %1 en %2. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Your server could not be reached. %1</source>
        <translation>No se pudo contactar con su servidor. %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Your server could not list %1.</source>
        <translation>Su servidor no pudo mostrar el contenido de %1.</translation>
    </message>
    <message>
        <source>Your server could not create the folder %1.</source>
        <translation>Su servidor no pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Your server could not delete %1.</source>
        <translation>Su servidor no pudo eliminar %1.</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <translation>%1 El servidor dijo: %2</translation>
    </message>
    <message>
        <source>%1 It answered with HTTP status %2; try again, and tell your hub&apos;s administrators if it keeps happening.</source>
        <translation>%1 El servidor respondió con el estado HTTP %2; inténtelo de nuevo y avise a los administradores de su hub si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>Your server sent a reply this app cannot understand when listing %1. If this keeps happening, sign out and sign in again.</source>
        <translation>Al mostrar el contenido de %1, su servidor envió una respuesta que esta aplicación no entiende. Si sigue ocurriendo, cierre la sesión y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>Your home folder itself cannot be deleted. Choose the items inside it.</source>
        <translation>Su carpeta personal en sí no se puede eliminar. Elija los elementos que contiene.</translation>
    </message>
    <message>
        <source>Your server keeps folders that are not empty, and %1 could not be deleted another way: %2</source>
        <translation>Su servidor no elimina carpetas que no estén vacías, y %1 tampoco se pudo eliminar de otra forma: %2</translation>
    </message>
    <message>
        <source>%1 changed on your server while it was being deleted. Refresh and try again.</source>
        <translation>%1 cambió en su servidor mientras se eliminaba. Actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 could not be deleted completely; some items inside it are protected. The server said: %2</source>
        <translation>%1 no se pudo eliminar por completo; algunos elementos que contiene están protegidos. El servidor dijo: %2</translation>
    </message>
    <message>
        <source>The hub does not accept this sign-in: it expired, was revoked, or (for a token you gave) was never valid. Sign in again with the app, or make a new token on the hub&apos;s token page.</source>
        <translation>El hub no acepta este inicio de sesión: caducó, fue revocado o (si es un token que usted dio) nunca fue válido. Inicie sesión de nuevo con la aplicación o cree un token nuevo en la página de tokens del hub.</translation>
    </message>
</context>
<context>
    <name>fornax::RemoteShell</name>
    <message>
        <source>Could not open a terminal on your server: it did not answer within %1 s. Check that the server is running.</source>
        <translation>No se pudo abrir un terminal en su servidor: no respondió en %1 s. Compruebe que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The connection to the terminal on your server was lost.</source>
        <translation>Se perdió la conexión con el terminal de su servidor.</translation>
    </message>
    <message>
        <source>The connection to the terminal on your server failed: %1</source>
        <translation>Falló la conexión con el terminal de su servidor: %1</translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>respuesta inesperada (HTTP %1)</translation>
    </message>
    <message>
        <source>Could not open a terminal on your server (%1). Check that the server is running and that it offers terminals.</source>
        <translation>No se pudo abrir un terminal en su servidor (%1). Compruebe que el servidor esté en marcha y que ofrezca terminales.</translation>
    </message>
    <message>
        <source>The command was not run: the terminal is closed.</source>
        <translation>El comando no se ejecutó: el terminal está cerrado.</translation>
    </message>
    <message>
        <source>The terminal on your server ended.</source>
        <translation>El terminal de su servidor terminó.</translation>
    </message>
    <message>
        <source>The terminal on your server did not respond. Try again, or restart your server.</source>
        <translation>El terminal de su servidor no responde. Inténtelo de nuevo o reinicie su servidor.</translation>
    </message>
    <message>
        <source>The command did not finish within %1 s and was interrupted.</source>
        <translation>El comando no terminó en %1 s y se interrumpió.</translation>
    </message>
    <message>
        <source>The command was not run: the terminal was closed.</source>
        <translation>El comando no se ejecutó: se cerró el terminal.</translation>
    </message>
    <message>
        <source>Your server sent more than %1 in one terminal message, so the app closed the terminal.</source>
        <translation>Su servidor envió más de %1 en un solo mensaje del terminal, así que la aplicación cerró el terminal.</translation>
    </message>
    <message>
        <source>Your server named its new terminal “%1”, which is not a terminal name: it would make the app send requests elsewhere. Nothing was sent there. Your server may run software you should not trust; restart it, and tell the hub&apos;s administrators.</source>
        <translation>Su servidor llamó «%1» a su nuevo terminal, lo cual no es un nombre de terminal: haría que la aplicación enviara solicitudes a otro lugar. No se envió nada allí. Puede que su servidor ejecute software en el que no debería confiar; reinícielo y avise a los administradores del hub.</translation>
    </message>
    <message>
        <source>Your server refused the app&apos;s sign-in (HTTP %1): it is not allowed to use your server. It needs the permission (scope) “access:servers”: sign in again with the app, or use a token from the hub&apos;s token page that includes access to your server.</source>
        <translation>Su servidor rechazó la sesión de la aplicación (HTTP %1): no tiene permiso para usar su servidor. Necesita el permiso (scope) «access:servers»: vuelva a iniciar sesión con la aplicación o use un token de la página de tokens del hub que incluya acceso a su servidor.</translation>
    </message>
</context>
<context>
    <name>fornax::ResourceWatch</name>
    <message>
        <source>Resources unknown on this server: it does not report them (it has no jupyter-resource-usage), and reading them another way would count as using it.</source>
        <translation>Recursos desconocidos en este servidor: no los informa (no tiene jupyter-resource-usage), y leerlos de otra forma contaría como usarlo.</translation>
    </message>
</context>
<context>
    <name>fornax::ServerController</name>
    <message>
        <source>The hub has not stopped the server yet.</source>
        <translation>El hub aún no ha detenido el servidor.</translation>
    </message>
    <message>
        <source>Asking the hub for a server…</source>
        <translation>Solicitando un servidor al hub…</translation>
    </message>
    <message>
        <source>A start of this server was already under way; following it. The size chosen now was not applied.</source>
        <translation>Ya había un inicio de este servidor en curso; se le hace seguimiento. No se aplicó el tamaño elegido ahora.</translation>
    </message>
    <message>
        <source>The server stopped while it was starting.</source>
        <translation>El servidor se detuvo mientras se iniciaba.</translation>
    </message>
</context>
<context>
    <name>fornax::ServerMonitor</name>
    <message>
        <source>The server was stopped outside this app: by the hub (after being idle, or because its cloud machine was reclaimed) or from a browser.</source>
        <translation>El servidor se detuvo fuera de esta aplicación: lo hizo el hub (por inactividad o porque se recuperó su máquina en la nube) o se hizo desde un navegador.</translation>
    </message>
</context>
<context>
    <name>fornax::ServerProbe</name>
    <message>
        <source>The server did not describe its state as a Jupyter server does (HTTP %1).</source>
        <translation>El servidor no describió su estado como lo hace un servidor Jupyter (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>fornax::SingleInstance</name>
    <message>
        <source>Could not tell whether Fornax Desktop is already running (the lock file %1 is held). Close other copies of the app, or remove the file.</source>
        <translation>No se pudo saber si Fornax Desktop ya está en marcha (el archivo de bloqueo %1 está ocupado). Cierre otras copias de la aplicación o elimine el archivo.</translation>
    </message>
    <message>
        <source>Fornax Desktop is already running.</source>
        <translation>Fornax Desktop ya está en marcha.</translation>
    </message>
    <message>
        <source>Could not create the socket that keeps Fornax Desktop to one window (%1): %2</source>
        <translation>No se pudo crear el socket que limita Fornax Desktop a una sola ventana (%1): %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the socket that keeps Fornax Desktop to one window: %2</source>
        <translation>No se pudo crear la carpeta %1 para el socket que mantiene Fornax Desktop en una sola ventana: %2</translation>
    </message>
    <message>
        <source>The folder %1 for the socket that keeps Fornax Desktop to one window is not private (another user owns it, or others may open it). Remove it, or set XDG_RUNTIME_DIR to your own runtime folder.</source>
        <translation>La carpeta %1 para el socket que mantiene Fornax Desktop en una sola ventana no es privada (pertenece a otro usuario u otros pueden abrirla). Elimínela o asigne a XDG_RUNTIME_DIR su propia carpeta de ejecución.</translation>
    </message>
</context>
<context>
    <name>fornax::SshChannel</name>
    <message>
        <source>The upload&apos;s data source went away.</source>
        <translation>La fuente de datos de la subida desapareció.</translation>
    </message>
    <message>
        <source>The download&apos;s destination went away.</source>
        <translation>El destino de la descarga desapareció.</translation>
    </message>
    <message>
        <source>The transfer was stopped.</source>
        <translation>La transferencia se detuvo.</translation>
    </message>
</context>
<context>
    <name>fornax::SshShell</name>
    <message>
        <source>The SSH connection is gone.</source>
        <translation>La conexión SSH ya no existe.</translation>
    </message>
</context>
<context>
    <name>fornax::StorageWalk</name>
    <message>
        <source>The server did not list the home folder as a Jupyter server does.</source>
        <translation>El servidor no listó la carpeta personal como lo hace un servidor Jupyter.</translation>
    </message>
</context>
<context>
    <name>fornax::TerminalOutputParser</name>
    <message>
        <source>The command printed more than %1; its output was discarded.</source>
        <translation>El comando mostró más de %1; su salida se descartó.</translation>
    </message>
</context>
<context>
    <name>fornax::TransferJob</name>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>La transferencia se canceló.</translation>
    </message>
    <message>
        <source>The download was not started: you declined it.</source>
        <translation>La descarga no se inició: usted la rechazó.</translation>
    </message>
    <message>
        <source>The connection to the hub is gone.</source>
        <translation>Se perdió la conexión con el hub.</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 El servidor dijo: %2</translation>
    </message>
    <message>
        <source>Two of the chosen items are named “%1”; they would land on the same name. Copy them in separate transfers.</source>
        <translation>Dos de los elementos elegidos se llaman «%1»; acabarían con el mismo nombre. Cópielos en transferencias separadas.</translation>
    </message>
    <message>
        <source>%1 %2 Check the connection and retry the transfer.</source>
        <translation>%1 %2 Compruebe la conexión y vuelva a intentar la transferencia.</translation>
    </message>
    <message>
        <source>Could not write to your server (%1). Check the connection and retry the transfer.</source>
        <translation>No se pudo escribir en su servidor (%1). Compruebe la conexión y vuelva a intentar la transferencia.</translation>
    </message>
    <message>
        <source>The SSH connection to your server is gone.</source>
        <translation>Se perdió la conexión SSH con su servidor.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not write to your server.</source>
        <translation>No se pudo escribir en su servidor.</translation>
    </message>
    <message>
        <source>Could not write to your server: %1 Check the connection and retry the transfer.</source>
        <translation>No se pudo escribir en su servidor: %1 Compruebe la conexión y vuelva a intentar la transferencia.</translation>
    </message>
    <message>
        <source>Could not read the transfer&apos;s notes on your server.</source>
        <translation>No se pudieron leer las notas de la transferencia en su servidor.</translation>
    </message>
    <message>
        <source>Could not read the transfer&apos;s notes on your server (%1). Check the connection and retry the transfer.</source>
        <translation>No se pudieron leer las notas de la transferencia en su servidor (%1). Compruebe la conexión y vuelva a intentar la transferencia.</translation>
    </message>
    <message>
        <source>“%1” climbs out of a folder with “..”. Name the place on your server from your home folder, for example “data/run1”.</source>
        <translation>«%1» sale de una carpeta con «..». Indique el lugar en su servidor a partir de su carpeta personal, por ejemplo «data/run1».</translation>
    </message>
    <message>
        <source>“%1” is where this app keeps its temporary files on your server, and it empties that folder on its own. Choose another folder.</source>
        <translation>En «%1» esta aplicación guarda sus archivos temporales en su servidor, y ella misma vacía esa carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>This way cannot upload.</source>
        <translation>Esta vía no permite subir archivos.</translation>
    </message>
</context>
<context>
    <name>fornax::TransferQueue</name>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transferencia</numerusform>
            <numerusform>%n transferencias</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2</source>
        <translation>, %1 de %2</translation>
    </message>
    <message>
        <source>, less than a minute left</source>
        <translation>, queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>, about %n minute(s) left</source>
        <translation>
            <numerusform>, queda alrededor de %n minuto</numerusform>
            <numerusform>, quedan unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, about %n hour(s) left</source>
        <translation>
            <numerusform>, queda alrededor de %n hora</numerusform>
            <numerusform>, quedan unas %n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::UploadJob</name>
    <message>
        <source>“%1” does not exist (any more). Choose the files again.</source>
        <translation>«%1» no existe (o ya no existe). Vuelva a elegir los archivos.</translation>
    </message>
    <message>
        <source>Could not prepare your server for the upload.</source>
        <translation>No se pudo preparar su servidor para la subida.</translation>
    </message>
    <message>
        <source>Your server did not answer the transfer&apos;s questions (free space, tar). Check that a terminal can be opened in JupyterLab.</source>
        <translation>Su servidor no respondió a las comprobaciones de la transferencia (espacio libre, tar). Compruebe que se puede abrir un terminal en JupyterLab.</translation>
    </message>
    <message>
        <source>“%1” on your server is a file, not a folder. Choose a folder to upload into.</source>
        <translation>«%1» en su servidor es un archivo, no una carpeta. Elija una carpeta a la que subir.</translation>
    </message>
    <message>
        <source>Could not look into the folder on your server.</source>
        <translation>No se pudo examinar la carpeta en su servidor.</translation>
    </message>
    <message>
        <source>This upload needs %1 on your server, but only %2 is free there. Free some space on the server (or upload less) and try again.</source>
        <translation>Esta subida necesita %1 en su servidor, pero allí solo quedan %2 libres. Libere espacio en el servidor (o suba menos) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This upload needs %1 in “%2” on your server, but only %3 is free there. Free some space there (or upload less) and try again.</source>
        <translation>Esta subida necesita %1 en «%2» en su servidor, pero allí solo quedan %3 libres. Libere espacio allí (o suba menos) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Unpacking on your server failed.</source>
        <translation>Falló la descompresión en su servidor.</translation>
    </message>
    <message>
        <source>Packing did not finish.</source>
        <translation>El empaquetado no terminó.</translation>
    </message>
    <message>
        <source>Your server unpacked the upload but did not say what it found. Try again.</source>
        <translation>Su servidor descomprimió la subida, pero no indicó qué encontró. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your server found %1 files (%2) after unpacking, but %3 files (%4) were sent. Nothing was placed in “%5”; try again.</source>
        <translation>Tras descomprimir, su servidor encontró %1 archivos (%2), pero se enviaron %3 archivos (%4). No se colocó nada en «%5»; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>su carpeta personal</translation>
    </message>
    <message>
        <source>Computing checksums on your server failed.</source>
        <translation>Falló el cálculo de las sumas de comprobación en su servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) arrived with different contents, for example “%1”. Nothing was placed; try again.</source>
        <translation>
            <numerusform>%n archivo llegó con un contenido distinto: «%1». No se colocó nada; inténtelo de nuevo.</numerusform>
            <numerusform>%n archivos llegaron con un contenido distinto, por ejemplo «%1». No se colocó nada; inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving the uploaded items into place on your server failed.</source>
        <translation>Falló la colocación de los elementos subidos en su destino en su servidor.</translation>
    </message>
    <message>
        <source>The upload was stopped.</source>
        <translation>La subida se detuvo.</translation>
    </message>
    <message>
        <source>“%1” has no name to upload under. Choose the files or folders inside it.</source>
        <translation>«%1» no tiene un nombre con el que subirlo. Elija los archivos o carpetas que contiene.</translation>
    </message>
    <message>
        <source>You may not write in %1 on your server (nor change its permissions). Nothing was sent. Choose another folder, or ask its owner for write permission.</source>
        <translation>No puede escribir en %1 en su servidor (ni cambiar sus permisos). No se envió nada. Elija otra carpeta o pida permiso de escritura a su propietario.</translation>
    </message>
    <message>
        <source>%1 does not exist on your server, and you may not create it there (no write permission in the folder above it). Nothing was sent. Choose another folder.</source>
        <translation>%1 no existe en su servidor y no puede crearlo allí (no tiene permiso de escritura en la carpeta superior). No se envió nada. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The folder name “%1” is longer than the %2 bytes a name may have on your server. Choose a shorter name; nothing was sent.</source>
        <translation>El nombre de carpeta «%1» supera los %2 bytes que puede tener un nombre en su servidor. Elija un nombre más corto; no se envió nada.</translation>
    </message>
</context>
<context>
    <name>fornax::WebSession</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>The hub shows its list of server sizes only while your server is stopped.</source>
        <translation>El hub solo muestra su lista de tamaños de servidor mientras su servidor está detenido.</translation>
    </message>
    <message>
        <source>The hub grants your account none of what the app needs:
%1</source>
        <translation>El hub no concede a su cuenta nada de lo que la aplicación necesita:
%1</translation>
    </message>
</context>
<context>
    <name>fornax::cli::CliCommand</name>
    <message>
        <source>A named server instead of the default one.</source>
        <translation>Un servidor con nombre en lugar del predeterminado.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Return once the hub has accepted the request.</source>
        <translation>Volver en cuanto el hub haya aceptado la solicitud.</translation>
    </message>
    <message>
        <source>If the hub will not make a token limited to your server, send your own token to the server too (software running there could then read it and act as you on the hub).</source>
        <translation>Si el hub no crea un token limitado a su servidor, enviar también su propio token al servidor (el software que se ejecute allí podría entonces leerlo y actuar en su nombre en el hub).</translation>
    </message>
    <message>
        <source>“%1” takes no arguments, but got “%2”.</source>
        <translation>«%1» no admite argumentos, pero recibió «%2».</translation>
    </message>
</context>
<context>
    <name>fornax::cli::CliRunner</name>
    <message>
        <source>No hub found at %1.</source>
        <translation>No se encontró ningún hub en %1.</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in with the app, or give a token from %2 with --token-file or $FORNAX_TOKEN.</source>
        <translation>No ha iniciado sesión en %1. Inicie sesión con la aplicación o indique un token de %2 con --token-file o $FORNAX_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>%1 sent the app on to %2. The command line sends your token only to the hub you name, so nothing was sent. If you trust %2, run again with --hub %2.</source>
        <translation>%1 redirigió la aplicación a %2. La línea de comandos solo envía su token al hub que usted indique, así que no se envió nada. Si confía en %2, vuelva a ejecutar con --hub %2.</translation>
    </message>
    <message>
        <source>%1 is a plain http:// address on another computer: your token would cross the network unencrypted, readable by anyone on the way. Use the hub&apos;s https:// address, or run again with --allow-insecure if you accept that.</source>
        <translation>%1 es una dirección http:// simple en otro ordenador: su token cruzaría la red sin cifrar, legible para cualquiera que esté en el camino. Use la dirección https:// del hub o, si lo acepta, vuelva a ejecutar con --allow-insecure.</translation>
    </message>
    <message>
        <source>The hub would not make a token for your server alone; as --use-token-for-server asks, your own token goes to the server too.</source>
        <translation>El hub no quiso crear un token solo para su servidor; como pide --use-token-for-server, su propio token también se envía al servidor.</translation>
    </message>
    <message>
        <source>The hub does not let your account use your server through its API (the access:servers permission), so no files can be copied. Ask the hub&apos;s administrators.</source>
        <translation>El hub no permite a su cuenta usar su servidor a través de su API (el permiso access:servers), así que no se puede copiar ningún archivo. Consulte a los administradores del hub.</translation>
    </message>
    <message>
        <source>The hub would not make a token limited to your server (%1). Nothing was sent to the server. To send your own token to it instead, run again with --use-token-for-server: software running on your server could then read that token and act as you on the hub.</source>
        <translation>El hub no quiso crear un token limitado a su servidor (%1). No se envió nada al servidor. Para enviarle en su lugar su propio token, vuelva a ejecutar con --use-token-for-server: el software que se ejecute en su servidor podría entonces leer ese token y actuar en su nombre en el hub.</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (línea de comandos)</translation>
    </message>
    <message>
        <source>The token made for this run (%1) could not be revoked: %2 It expires within a day.</source>
        <translation>No se pudo revocar el token creado para esta ejecución (%1): %2 Caduca en menos de un día.</translation>
    </message>
    <message>
        <source>The server&apos;s hours are not in your usage record: %1</source>
        <translation>Las horas de servidor no están en su registro de uso: %1</translation>
    </message>
    <message numerus="yes">
        <source>Still removing what the command left on your server; at most %n second(s).</source>
        <translation>
            <numerusform>Aún se está eliminando lo que el comando dejó en su servidor; como máximo %n segundo.</numerusform>
            <numerusform>Aún se está eliminando lo que el comando dejó en su servidor; como máximo %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::cli::DownloadCommand</name>
    <message numerus="yes">
        <source>Downloaded %n file(s), %1, into “%2”</source>
        <translation>
            <numerusform>Se descargó %n archivo, %1, en «%2»</numerusform>
            <numerusform>Se descargaron %n archivos, %1, en «%2»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) (%1) as a %2 archive, estimated egress cost %3.</source>
        <translation>
            <numerusform>Descargando %n archivo (%1) como un archivo comprimido de %2; coste estimado de salida: %3.</numerusform>
            <numerusform>Descargando %n archivos (%1) como un archivo comprimido de %2; coste estimado de salida: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download is not in your usage record: %1</source>
        <translation>La descarga no quedó en su registro de uso: %1</translation>
    </message>
    <message>
        <source>Not downloaded, because they point outside what you chose: %1.</source>
        <translation>No se descargaron porque apuntan fuera de lo que eligió: %1.</translation>
    </message>
    <message>
        <source>The download was not started (the reason is above).</source>
        <translation>La descarga no se inició (el motivo aparece arriba).</translation>
    </message>
    <message>
        <source>REMOTE... LOCAL-FOLDER</source>
        <translation>REMOTO... CARPETA-LOCAL</translation>
    </message>
    <message>
        <source>Copy files and folders of the server into a local folder.</source>
        <translation>Copiar archivos y carpetas del servidor a una carpeta local.</translation>
    </message>
    <message>
        <source>Copies files and folders of the server into a local folder; the size and the egress cost estimate are shown before anything moves.</source>
        <translation>Copia archivos y carpetas del servidor a una carpeta local; el tamaño y el coste estimado de salida se muestran antes de mover nada.</translation>
    </message>
    <message>
        <source>analysis/plots .</source>
        <translation>estudio/figuras .</translation>
    </message>
</context>
<context>
    <name>fornax::cli::JobBaseCommand</name>
    <message>
        <source>Your server is not running. Jobs are kept in your home folder on the server (fornax-jobs~); start the server with “fornax-desktop start” to see them.</source>
        <translation>Su servidor no está en ejecución. Los trabajos se guardan en su carpeta personal del servidor (fornax-jobs~); inicie el servidor con «fornax-desktop start» para verlos.</translation>
    </message>
    <message>
        <source>The job could not be written into the usage record: %1</source>
        <translation>No se pudo anotar el trabajo en el registro de uso: %1</translation>
    </message>
    <message>
        <source>%1  %2  %3  started %4  elapsed %5</source>
        <translation>%1  %2  %3  iniciado %4  transcurrido %5</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>tamaño %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>cost unknown (no rate for size “%1”; set one in the app&apos;s Costs settings)</source>
        <translation>costo desconocido (no hay tarifa para el tamaño “%1”; defina una en la configuración de Costos de la aplicación)</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>costo desconocido</translation>
    </message>
    <message>
        <source>what stopping the server saved is unknown (no rate for this size, or the hub&apos;s idle cull and time limit are not known)</source>
        <translation>se desconoce lo que ahorró detener el servidor (no hay tarifa para este tamaño, o se desconocen el cierre por inactividad y el límite de tiempo del hub)</translation>
    </message>
    <message numerus="yes">
        <source>stopping the server saved %1 (against idling until the hub&apos;s %n-minute idle cull)</source>
        <translation>
            <numerusform>detener el servidor ahorró %1 (frente a permanecer inactivo hasta el cierre por inactividad del hub a los %n minuto)</numerusform>
            <numerusform>detener el servidor ahorró %1 (frente a permanecer inactivo hasta el cierre por inactividad del hub a los %n minutos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopping the server saved %1 (against running until the hub&apos;s %n-hour time limit)</source>
        <translation>
            <numerusform>detener el servidor ahorró %1 (frente a seguir en marcha hasta el límite de tiempo del hub de %n hora)</numerusform>
            <numerusform>detener el servidor ahorró %1 (frente a seguir en marcha hasta el límite de tiempo del hub de %n horas)</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>the server was stopped for it when job %1 ended</source>
        <translation>el servidor se detuvo para este trabajo cuando terminó el trabajo %1</translation>
    </message>
    <message>
        <source>the server stops when the last other job ends</source>
        <translation>el servidor se detiene cuando termine el último de los demás trabajos</translation>
    </message>
    <message>
        <source>the server stop waits for a job being started</source>
        <translation>la detención del servidor espera a un trabajo que se está iniciando</translation>
    </message>
    <message>
        <source>the server could not be stopped (%1)</source>
        <translation>no se pudo detener el servidor (%1)</translation>
    </message>
    <message>
        <source>stopped the server for job %1</source>
        <translation>detuvo el servidor para el trabajo %1</translation>
    </message>
    <message>
        <source>stopped the server</source>
        <translation>detuvo el servidor</translation>
    </message>
</context>
<context>
    <name>fornax::cli::JobCommand</name>
    <message>
        <source>log ID [--follow] | cancel ID | fetch ID OUT-FOLDER</source>
        <translation>log ID [--follow] | cancel ID | fetch ID OUT-FOLDER</translation>
    </message>
    <message>
        <source>Show a job&apos;s log, cancel it, or download its outputs.</source>
        <translation>Muestra el registro de un trabajo, lo cancela o descarga sus resultados.</translation>
    </message>
    <message>
        <source>“job log ID” prints what the job wrote so far (with --follow: until it ends). “job cancel ID” ends every process of the job on the server. “job fetch ID OUT-FOLDER” downloads the job&apos;s folder (its inputs, the executed notebook and every file it wrote) into OUT-FOLDER, through the same egress check as “download”. IDs are listed by “fornax-desktop jobs”.</source>
        <translation>«job log ID» muestra lo que el trabajo ha escrito hasta ahora (con --follow: hasta que termine). «job cancel ID» finaliza todos los procesos del trabajo en el servidor. «job fetch ID OUT-FOLDER» descarga la carpeta del trabajo (sus entradas, el notebook ejecutado y todos los archivos que escribió) en OUT-FOLDER, con el mismo control de salida de datos que «download». «fornax-desktop jobs» muestra los ID.</translation>
    </message>
    <message>
        <source>With “log”: keep printing until the job ends.</source>
        <translation>Con «log»: seguir mostrando hasta que termine el trabajo.</translation>
    </message>
    <message>
        <source>With “fetch”: answer yes to a large download&apos;s cost warning. Never passes the monthly budget.</source>
        <translation>Con «fetch»: responder sí al aviso de coste de una descarga grande. Nunca supera el presupuesto mensual.</translation>
    </message>
    <message>
        <source>With “fetch”: what to do with files that exist already (as for “download”).</source>
        <translation>Con «fetch»: qué hacer con los archivos que ya existen (como en «download»).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>“job” needs what to do and a job id: “job log ID”, “job cancel ID” or “job fetch ID OUT-FOLDER”.</source>
        <translation>«job» necesita una acción y un id de trabajo: «job log ID», «job cancel ID» o «job fetch ID OUT-FOLDER».</translation>
    </message>
    <message>
        <source>“%1” is not a job id; “fornax-desktop jobs” lists them.</source>
        <translation>«%1» no es un id de trabajo; «fornax-desktop jobs» los enumera.</translation>
    </message>
    <message>
        <source>--follow goes with “job log”.</source>
        <translation>--follow va con «job log».</translation>
    </message>
    <message>
        <source>Job %1 was cancelled; nothing of it runs on the server any more.</source>
        <translation>El trabajo %1 se ha cancelado; ya no se ejecuta nada de él en el servidor.</translation>
    </message>
    <message>
        <source>Job %1 had already ended (%2): nothing to cancel.</source>
        <translation>El trabajo %1 ya había terminado (%2): no hay nada que cancelar.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::JobsCommand</name>
    <message>
        <source>List the jobs on your server (run with “run”).</source>
        <translation>Enumera los trabajos de su servidor (ejecutados con «run»).</translation>
    </message>
    <message>
        <source>No jobs on your server. Start one with “fornax-desktop run FILE”.</source>
        <translation>No hay trabajos en su servidor. Inicie uno con «fornax-desktop run FILE».</translation>
    </message>
    <message>
        <source>Lists every job in your server&apos;s job folder (fornax-jobs~ in your home), newest first: its id, file, state, start, elapsed time, exit code, server size, the estimated credits of its server time (so far, or in all) and, for a job that stopped the server, what that saved (against idling until the hub&apos;s idle cull, else until its time limit). A job whose server stopped under it shows as “server stopped during the job”. With --json, one object per job.</source>
        <translation>Muestra cada trabajo de la carpeta de trabajos de su servidor (fornax-jobs~ en su carpeta personal), del más reciente al más antiguo: su id, archivo, estado, inicio, tiempo transcurrido, código de salida, tamaño del servidor, los créditos estimados de su tiempo de servidor (hasta ahora o en total) y, para un trabajo que detuvo el servidor, lo que eso ahorró (frente a permanecer inactivo hasta el cierre por inactividad del hub o, si no, hasta su límite de tiempo). Un trabajo cuyo servidor se detuvo durante su ejecución aparece como “servidor detenido durante el trabajo”. Con --json, un objeto por trabajo.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::KeepAliveCommand</name>
    <message>
        <source>Your server is not running, so there is nothing to keep alive. Start it with “fornax-desktop start”.</source>
        <translation>Su servidor no está en marcha, así que no hay nada que mantener en marcha. Inícielo con «fornax-desktop start».</translation>
    </message>
    <message>
        <source>The server did not say how it can be kept alive.</source>
        <translation>El servidor no indicó cómo puede mantenerse en marcha.</translation>
    </message>
    <message>
        <source>%1 (%2 from now)</source>
        <translation>%1 (dentro de %2)</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own (Fornax&apos;s jupyter-keepalive), so nothing keeps it alive there. “fornax-desktop keep-alive DURATION” can keep it alive while that command runs.</source>
        <translation>Su servidor no tiene mantenimiento de actividad propio (el jupyter-keepalive de Fornax), así que allí nada lo mantiene en marcha. «fornax-desktop keep-alive DURACIÓN» puede mantenerlo en marcha mientras ese comando se ejecute.</translation>
    </message>
    <message>
        <source>Your server keeps itself alive until %1.</source>
        <translation>Su servidor se mantiene en marcha por sí mismo hasta el %1.</translation>
    </message>
    <message>
        <source>Your server is not being kept alive: the hub stops it after its idle time without activity.</source>
        <translation>Su servidor no se está manteniendo en marcha: el hub lo detiene cuando lleva inactivo el tiempo que el hub permite.</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own, so there is nothing to stop there. A “fornax-desktop keep-alive DURATION” still running ends with Ctrl+C.</source>
        <translation>Su servidor no tiene mantenimiento de actividad propio, así que allí no hay nada que detener. Un «fornax-desktop keep-alive DURACIÓN» que siga en ejecución se termina con Ctrl+C.</translation>
    </message>
    <message>
        <source>Your server is no longer kept alive: the hub stops it after its idle time without activity.</source>
        <translation>Su servidor ya no se mantiene en marcha: el hub lo detiene cuando lleva inactivo el tiempo que el hub permite.</translation>
    </message>
    <message>
        <source>Your server was not being kept alive.</source>
        <translation>Su servidor no se estaba manteniendo en marcha.</translation>
    </message>
    <message>
        <source>A server kept alive keeps costing: this keeps it alive for at most %1.</source>
        <translation>Un servidor mantenido en marcha sigue costando dinero: esto lo mantiene en marcha como máximo %1.</translation>
    </message>
    <message>
        <source>Your server is kept alive until %1, by the server itself: it holds with this computer off, and JupyterLab shows the same time. “fornax-desktop keep-alive --stop” ends it sooner.</source>
        <translation>Su servidor se mantiene en marcha hasta el %1, por el propio servidor: sigue vigente con este ordenador apagado, y JupyterLab muestra la misma hora. «fornax-desktop keep-alive --stop» lo termina antes.</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own (Fornax&apos;s jupyter-keepalive), so this command keeps it alive from here: leave it running until %1, or press Ctrl+C to stop sooner.</source>
        <translation>Su servidor no tiene mantenimiento de actividad propio (el jupyter-keepalive de Fornax), así que este comando lo mantiene en marcha desde aquí: déjelo en ejecución hasta el %1, o pulse Ctrl+C para terminar antes.</translation>
    </message>
    <message>
        <source>A keep-alive request failed; trying again at the next one. %1</source>
        <translation>Falló una solicitud de mantenimiento de actividad; se volverá a intentar con la siguiente. %1</translation>
    </message>
    <message>
        <source>Your server stopped, so there is nothing left to keep alive.</source>
        <translation>Su servidor se detuvo, así que ya no queda nada que mantener en marcha.</translation>
    </message>
    <message>
        <source>Stopped keeping your server alive.</source>
        <translation>Se dejó de mantener en marcha su servidor.</translation>
    </message>
    <message>
        <source>Done: your server was kept alive for the time you asked.</source>
        <translation>Listo: su servidor se mantuvo en marcha durante el tiempo que pidió.</translation>
    </message>
    <message>
        <source>The server&apos;s keep-alive could not be reached. %1</source>
        <translation>No se pudo contactar con el mantenimiento de actividad del servidor. %1</translation>
    </message>
    <message>
        <source>DURATION | --stop | --status</source>
        <translation>DURACIÓN | --stop | --status</translation>
    </message>
    <message>
        <source>Keep the server from being stopped for inactivity, end that, or show it.</source>
        <translation>Evitar que el servidor se detenga por inactividad, ponerle fin o mostrarlo.</translation>
    </message>
    <message>
        <source>Keeps the server from being stopped for inactivity for DURATION (90s, 45m, 2h, 1h30m; at most 4 hours), ends that (--stop), or shows it (--status). Where the server has its own keep-alive (Fornax&apos;s), it holds there and the command returns at once; elsewhere the command must keep running until DURATION or Ctrl+C.</source>
        <translation>Evita que el servidor se detenga por inactividad durante DURACIÓN (90s, 45m, 2h, 1h30m; como máximo 4 horas), le pone fin (--stop) o lo muestra (--status). Si el servidor tiene su propio mantenimiento de actividad (el de Fornax), este actúa allí y el comando termina enseguida; si no, el comando debe seguir en ejecución hasta DURACIÓN o Ctrl+C.</translation>
    </message>
    <message>
        <source>End the server&apos;s keep-alive (also one started in JupyterLab).</source>
        <translation>Terminar el mantenimiento de actividad del servidor (también uno iniciado en JupyterLab).</translation>
    </message>
    <message>
        <source>Show whether, and until when, the server is kept alive.</source>
        <translation>Mostrar si el servidor se mantiene en marcha y hasta cuándo.</translation>
    </message>
    <message>
        <source>“keep-alive” needs one of: a duration (e.g. “keep-alive 2h”), --stop or --status.</source>
        <translation>«keep-alive» necesita uno de estos argumentos: una duración (p. ej. «keep-alive 2h»), --stop o --status.</translation>
    </message>
    <message>
        <source>“%1” is not a duration: give one like 90s, 45m, 2h or 1h30m.</source>
        <translation>«%1» no es una duración: indique una como 90s, 45m, 2h o 1h30m.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::RunCommand</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Run a notebook or script on your server as a job that needs neither this command nor the app.</source>
        <translation>Ejecuta un notebook o script en su servidor como un trabajo que no necesita ni este comando ni la aplicación.</translation>
    </message>
    <message>
        <source>Runs FILE (a notebook .ipynb, a Python script .py or a shell script .sh) on your server, detached: it goes on with this computer off. Notebooks run with nbconvert (papermill for --param) in the kernel given or named in the notebook; every cell&apos;s output goes to the job&apos;s log. Everything of the job stays in fornax-jobs~/ID in your home on the server: the inputs, the log, the executed notebook (NAME-executed.ipynb) and whatever the job writes. Without --wait the command returns once the job runs and prints its id (see “jobs”, “job log ID”, “job fetch ID OUT-FOLDER”). The server is started first when it is not running.</source>
        <translation>Ejecuta FILE (un notebook .ipynb, un script de Python .py o un script de shell .sh) en su servidor, de forma desvinculada: continúa aunque este equipo esté apagado. Los notebooks se ejecutan con nbconvert (papermill para --param) en el kernel indicado o en el que nombra el notebook; la salida de cada celda va al registro del trabajo. Todo lo del trabajo queda en fornax-jobs~/ID en su carpeta personal del servidor: las entradas, el registro, el notebook ejecutado (NAME-executed.ipynb) y todo lo que escriba el trabajo. Sin --wait, el comando termina en cuanto el trabajo está en ejecución y muestra su id (consulte «jobs», «job log ID», «job fetch ID OUT-FOLDER»). Si el servidor no está en ejecución, primero se inicia.</translation>
    </message>
    <message>
        <source>The server size to start with when the server is not running (e.g. small, large).</source>
        <translation>El tamaño de servidor con el que iniciarlo si no está en ejecución (p. ej., small, large).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>The notebook&apos;s kernel (default: the one the notebook names, else the server&apos;s default); checked against the server&apos;s kernels.</source>
        <translation>El kernel del notebook (predeterminado: el que nombra el notebook o, si no, el predeterminado del servidor); se comprueba con los kernels del servidor.</translation>
    </message>
    <message>
        <source>KERNEL</source>
        <translation>KERNEL</translation>
    </message>
    <message>
        <source>Also copy PATH (a file or folder) into the job&apos;s folder first; may be given several times.</source>
        <translation>Copiar también PATH (un archivo o carpeta) antes a la carpeta del trabajo; se puede indicar varias veces.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Set a notebook parameter (papermill, which the server must have).</source>
        <translation>Establecer un parámetro del notebook (papermill, que el servidor debe tener).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>Stop the server when the job ends (success or failure) and no other job runs, even with this computer off. The server stops itself with a token that can do nothing but stop and start your servers, valid until the job&apos;s time limit.</source>
        <translation>Detener el servidor cuando termine el trabajo (con éxito o con error) y no se ejecute ningún otro, aunque este equipo esté apagado. El servidor se detiene a sí mismo con un token que solo puede detener e iniciar sus servidores, válido hasta el límite de tiempo del trabajo.</translation>
    </message>
    <message>
        <source>Wait for the job to end, printing its log as it grows.</source>
        <translation>Esperar a que termine el trabajo, mostrando su registro a medida que crece.</translation>
    </message>
    <message>
        <source>With --wait: download the job&apos;s folder into OUT-FOLDER at the end (through the egress check).</source>
        <translation>Con --wait: descargar la carpeta del trabajo en OUT-FOLDER al final (con el control de salida de datos).</translation>
    </message>
    <message>
        <source>OUT-FOLDER</source>
        <translation>OUT-FOLDER</translation>
    </message>
    <message>
        <source>End the job after this long (e.g. 90m, 2h; default: the hub&apos;s longest server lifetime, 48h on Fornax). The server is kept from idling out for as long, where it can keep itself alive.</source>
        <translation>Finalizar el trabajo tras este tiempo (p. ej., 90m, 2h; predeterminado: la vida máxima de un servidor en el hub, 48h en Fornax). Durante ese tiempo se evita que el servidor se detenga por inactividad, cuando puede mantenerse activo por sí mismo.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>“run” needs one file to run, e.g. “run analysis.ipynb”.</source>
        <translation>«run» necesita un archivo que ejecutar, p. ej., «run analysis.ipynb».</translation>
    </message>
    <message>
        <source>“%1” is not a notebook (.ipynb), a Python script (.py) or a shell script (.sh).</source>
        <translation>«%1» no es un notebook (.ipynb), un script de Python (.py) ni un script de shell (.sh).</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read.</source>
        <translation>«%1» no es un archivo legible.</translation>
    </message>
    <message>
        <source>“%1” is larger than 16 MB; a job&apos;s file must be smaller (send data with --upload).</source>
        <translation>«%1» ocupa más de 16 MB; el archivo de un trabajo debe ser más pequeño (envíe los datos con --upload).</translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE with a Python name and a value on one line, not “%1”.</source>
        <translation>--param necesita NAME=VALUE con un nombre de Python y un valor en una sola línea, no «%1».</translation>
    </message>
    <message>
        <source>--param sets a notebook&apos;s parameters; “%1” is a script.</source>
        <translation>--param establece los parámetros de un notebook; «%1» es un script.</translation>
    </message>
    <message>
        <source>--max-time needs a duration such as 90m, 2h or 1h30m, not “%1”.</source>
        <translation>--max-time necesita una duración como 90m, 2h o 1h30m, no «%1».</translation>
    </message>
    <message>
        <source>--download needs --wait: the outputs exist only once the job has ended (later, use “job fetch ID OUT-FOLDER”).</source>
        <translation>--download necesita --wait: los resultados solo existen cuando el trabajo ha terminado (más tarde, use «job fetch ID OUT-FOLDER»).</translation>
    </message>
    <message>
        <source>--upload: “%1” does not exist.</source>
        <translation>--upload: «%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>Starting your server first…</source>
        <translation>Iniciando primero su servidor…</translation>
    </message>
    <message>
        <source>The server did not start. %1</source>
        <translation>El servidor no se inició. %1</translation>
    </message>
    <message>
        <source>Your server runs as “%1”, not “%2”. Stop it first (“fornax-desktop stop”) to run this job on a “%2” server, or leave out --profile.</source>
        <translation>Su servidor se ejecuta como «%1», no como «%2». Deténgalo primero («fornax-desktop stop») para ejecutar este trabajo en un servidor «%2», u omita --profile.</translation>
    </message>
    <message>
        <source>The notebook&apos;s kernel “%1”</source>
        <translation>El kernel del notebook «%1»</translation>
    </message>
    <message>
        <source>The kernel “%1”</source>
        <translation>El kernel «%1»</translation>
    </message>
    <message>
        <source>%1 is not on your server. It has: %2. Choose one with --kernel.</source>
        <translation>%1 no está en su servidor. Tiene: %2. Elija uno con --kernel.</translation>
    </message>
    <message>
        <source>The hub would not give a token that may stop your server (%1), so --stop-when-done cannot work. Nothing was started.</source>
        <translation>El hub no quiso dar un token que pueda detener su servidor (%1), así que --stop-when-done no puede funcionar. No se inició nada.</translation>
    </message>
    <message>
        <source>the permission was refused</source>
        <translation>se denegó el permiso</translation>
    </message>
    <message>
        <source>Fornax Desktop job %1 on %2: stops the server when the job ends</source>
        <translation>Trabajo %1 de Fornax Desktop en %2: detiene el servidor cuando termina el trabajo</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n input(s) to the server…</source>
        <translation>
            <numerusform>Copiando %n archivo de entrada al servidor…</numerusform>
            <numerusform>Copiando %n archivos de entrada al servidor…</numerusform>
        </translation>
    </message>
    <message>
        <source>The inputs could not be copied: %1 Nothing was started.</source>
        <translation>No se pudieron copiar las entradas: %1 No se inició nada.</translation>
    </message>
    <message>
        <source>Job %1 was made on the server but did not start within ten seconds; see “fornax-desktop job log %1”.</source>
        <translation>El trabajo %1 se creó en el servidor pero no se inició en diez segundos; consulte «fornax-desktop job log %1».</translation>
    </message>
    <message>
        <source>Job %1 runs on your server (%2).</source>
        <translation>El trabajo %1 se está ejecutando en su servidor (%2).</translation>
    </message>
    <message>
        <source>Your server keeps itself alive while the job runs (up to %1).</source>
        <translation>Su servidor se mantiene activo mientras se ejecuta el trabajo (hasta %1).</translation>
    </message>
    <message>
        <source>Your server has no keep-alive of its own: it may be stopped as idle while the job runs unless something keeps it busy. Use --wait (or keep the app open) to keep it alive from here.</source>
        <translation>Su servidor no tiene un mecanismo propio para mantenerse activo: puede detenerse por inactividad mientras se ejecuta el trabajo, a menos que algo lo mantenga ocupado. Use --wait (o mantenga la aplicación abierta) para mantenerlo activo desde aquí.</translation>
    </message>
    <message>
        <source>The server stops by itself when the job ends and no other job runs.</source>
        <translation>El servidor se detendrá solo cuando termine el trabajo y no se ejecute ningún otro.</translation>
    </message>
    <message>
        <source>The job ended and your server stopped as asked (--stop-when-done).</source>
        <translation>El trabajo terminó y su servidor se detuvo, como se pidió (--stop-when-done).</translation>
    </message>
    <message>
        <source>Job %1 is no longer on the server.</source>
        <translation>El trabajo %1 ya no está en el servidor.</translation>
    </message>
    <message>
        <source>Another job still runs on your server: it keeps running.</source>
        <translation>Otro trabajo sigue ejecutándose en su servidor: el servidor sigue en marcha.</translation>
    </message>
    <message>
        <source>Your server was stopped (--stop-when-done).</source>
        <translation>Su servidor se ha detenido (--stop-when-done).</translation>
    </message>
    <message>
        <source>The server could not be stopped: %1</source>
        <translation>No se pudo detener el servidor: %1</translation>
    </message>
    <message>
        <source>The job goes on on your server; see it with “fornax-desktop jobs” (cancel it with “fornax-desktop job cancel %1”).</source>
        <translation>El trabajo continúa en su servidor; consúltelo con «fornax-desktop jobs» (cancélelo con «fornax-desktop job cancel %1»).</translation>
    </message>
    <message>
        <source>--download: “%1” is a file, not a folder.</source>
        <translation>--download: “%1” es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>--download: the folder “%1” cannot be written to.</source>
        <translation>--download: no se puede escribir en la carpeta “%1”.</translation>
    </message>
    <message>
        <source>--download: “%1” cannot be made: “%2” is a file, not a folder.</source>
        <translation>--download: no se puede crear “%1”: “%2” es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>--download: “%1” cannot be made: the folder “%2” cannot be written to.</source>
        <translation>--download: no se puede crear “%1”: no se puede escribir en la carpeta “%2”.</translation>
    </message>
    <message>
        <source>The job&apos;s stop token could not be revoked (%1); it expires by itself at the job&apos;s time limit.</source>
        <translation>No se pudo revocar el token de detención del trabajo (%1); caduca por sí solo al alcanzar el límite de tiempo del trabajo.</translation>
    </message>
    <message>
        <source>Neither your server nor the hub answers (%1). The job may go on; see it later with “fornax-desktop jobs”.</source>
        <translation>Ni su servidor ni el hub responden (%1). Puede que el trabajo siga en marcha; consúltelo más tarde con “fornax-desktop jobs”.</translation>
    </message>
    <message>
        <source>The job&apos;s log could not be read; the job may go on. See it with “fornax-desktop job log %1”.</source>
        <translation>No se pudo leer el registro del trabajo; puede que el trabajo siga en marcha. Consúltelo con “fornax-desktop job log %1”.</translation>
    </message>
    <message>
        <source>Your server stopped during the job (culled, stopped elsewhere or out of memory); what the job wrote so far stays in fornax-jobs~/%1 on the server.</source>
        <translation>Su servidor se detuvo durante el trabajo (cerrado por inactividad, detenido desde otro lugar o sin memoria); lo que el trabajo escribió hasta ahora permanece en fornax-jobs~/%1 en el servidor.</translation>
    </message>
    <message>
        <source>Nothing was downloaded: the server is not running. Start it and use “fornax-desktop job fetch %1 OUT-FOLDER”.</source>
        <translation>No se descargó nada: el servidor no está en marcha. Inícielo y use “fornax-desktop job fetch %1 OUT-FOLDER”.</translation>
    </message>
    <message>
        <source>Your server stopped as asked (--stop-when-done).</source>
        <translation>Su servidor se detuvo según lo solicitado (--stop-when-done).</translation>
    </message>
    <message>
        <source>Interrupted: nothing was started.</source>
        <translation>Interrumpido: no se inició nada.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StartCommand</name>
    <message>
        <source>Your server is already running at %1.</source>
        <translation>Su servidor ya está en marcha en %1.</translation>
    </message>
    <message>
        <source>Your server is ready at %1.</source>
        <translation>Su servidor está listo en %1.</translation>
    </message>
    <message>
        <source>The server did not start. %1</source>
        <translation>El servidor no se inició. %1</translation>
    </message>
    <message>
        <source>The hub is starting your server; “status” tells when it is ready.</source>
        <translation>El hub está iniciando su servidor; «status» indica cuándo está listo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This hub has no server size “%1”. Its sizes: %2. Choose one with --profile.</source>
        <translation>Este hub no tiene el tamaño de servidor «%1». Sus tamaños: %2. Elija uno con --profile.</translation>
    </message>
    <message>
        <source>Start the server and wait until it is ready, showing progress.</source>
        <translation>Iniciar el servidor y esperar a que esté listo, mostrando el progreso.</translation>
    </message>
    <message>
        <source>The server size (profile slug, e.g. small). Default: the hub&apos;s default.</source>
        <translation>El tamaño del servidor (identificador del perfil, p. ej. small). Predeterminado: el del hub.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>IDENTIFICADOR</translation>
    </message>
    <message>
        <source>A profile option, e.g. image=base. May be repeated.</source>
        <translation>Una opción del perfil, p. ej. image=base. Se puede repetir.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CLAVE=VALOR</translation>
    </message>
    <message>
        <source>--option needs KEY=VALUE, but got “%1”.</source>
        <translation>--option necesita CLAVE=VALOR, pero recibió «%1».</translation>
    </message>
    <message>
        <source>--option needs --profile: options belong to a server size.</source>
        <translation>--option necesita --profile: las opciones pertenecen a un tamaño de servidor.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StatusCommand</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub:     %1 (JupyterHub %2)</source>
        <translation>Hub:        %1 (JupyterHub %2)</translation>
    </message>
    <message>
        <source>User:    %1</source>
        <translation>Usuario:    %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>tamaño %1</translation>
    </message>
    <message>
        <source>Server:  %1</source>
        <translation>Servidor:   %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección:  %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Iniciado:   %1</translation>
    </message>
    <message>
        <source>Active:  %1</source>
        <translation>Actividad:  %1</translation>
    </message>
    <message>
        <source>Show the server&apos;s state (stopped, starting, running) and size.</source>
        <translation>Mostrar el estado del servidor (detenido, iniciándose, en marcha) y su tamaño.</translation>
    </message>
    <message>
        <source>Resources not read: the hub would not make a token for your server.</source>
        <translation>Recursos no leídos: el hub no quiso crear un token para su servidor.</translation>
    </message>
    <message>
        <source>Resources not read: the server did not answer.</source>
        <translation>Recursos no leídos: el servidor no respondió.</translation>
    </message>
    <message>
        <source>Uses:    %1</source>
        <translation>Usa:     %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StopCommand</name>
    <message>
        <source>Your server is not running.</source>
        <translation>Su servidor no está en marcha.</translation>
    </message>
    <message>
        <source>Your server is stopped.</source>
        <translation>Su servidor está detenido.</translation>
    </message>
    <message>
        <source>The server could not be stopped. %1</source>
        <translation>No se pudo detener el servidor. %1</translation>
    </message>
    <message>
        <source>The hub is stopping your server.</source>
        <translation>El hub está deteniendo su servidor.</translation>
    </message>
    <message>
        <source>Stop the server and wait until it is gone.</source>
        <translation>Detener el servidor y esperar a que termine.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::StorageCommand</name>
    <message>
        <source>Measure your home folder now and record it for the year&apos;s credits.</source>
        <translation>Mide ahora su carpeta personal y la registra para los créditos del año.</translation>
    </message>
    <message>
        <source>Reads every folder of your home through your running server (never counted as using it), at most %1 folders and %2 seconds; a measure cut short is a lower bound (“at least”). Hidden files (names starting with a dot) and the scratch, s3-storage and shared-storage folders are not counted. The app measures by itself at most every %3 hours while it shows a running server.</source>
        <translation>Lee cada carpeta de su carpeta personal a través de su servidor en marcha (nunca se cuenta como uso), como máximo %1 carpetas y %2 segundos; una medición interrumpida es un límite inferior (“al menos”). No se cuentan los archivos ocultos (nombres que empiezan por un punto) ni las carpetas scratch, s3-storage y shared-storage. La aplicación mide por sí sola como máximo cada %3 horas mientras muestra un servidor en marcha.</translation>
    </message>
    <message>
        <source>Your server is not running: the home folder is measured through it. Start it with “fornax-desktop start”, then run “fornax-desktop storage”.</source>
        <translation>Su servidor no está en marcha: la carpeta personal se mide a través de él. Inícielo con “fornax-desktop start” y luego ejecute “fornax-desktop storage”.</translation>
    </message>
    <message>
        <source>Stopped: the home folder was not measured.</source>
        <translation>Detenido: no se midió la carpeta personal.</translation>
    </message>
    <message>
        <source>The home folder could not be measured: %1</source>
        <translation>No se pudo medir la carpeta personal: %1</translation>
    </message>
    <message>
        <source>Home folder: %1</source>
        <translation>Carpeta personal: %1</translation>
    </message>
    <message>
        <source>Storage:     %1 a month (%2)</source>
        <translation>Almacenamiento:   %1 al mes (%2)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>The measure could not be written to the usage record: %1</source>
        <translation>No se pudo escribir la medición en el registro de uso: %1</translation>
    </message>
    <message>
        <source>Measuring your home folder…</source>
        <translation>Midiendo su carpeta personal…</translation>
    </message>
</context>
<context>
    <name>fornax::cli::TransferCommand</name>
    <message>
        <source>Your server is not running. Start it with “fornax-desktop start” (or add --start) and try again.</source>
        <translation>Su servidor no está en marcha. Inícielo con «fornax-desktop start» (o añada --start) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Starting your server first…</source>
        <translation>Iniciando primero su servidor…</translation>
    </message>
    <message>
        <source>The server did not start. %1</source>
        <translation>El servidor no se inició. %1</translation>
    </message>
    <message>
        <source>Cancelling: removing the temporary files on your server…</source>
        <translation>Cancelando: eliminando los archivos temporales de su servidor…</translation>
    </message>
    <message>
        <source>  [o]verwrite, [s]kip, [k]eep both, skip if [i]dentical; capital letter: for all the rest [s]: </source>
        <translation>  [o] sobrescribir, [s] omitir, [k] conservar ambos, [i] omitir si es idéntico; en mayúscula: para todos los demás [s]: </translation>
    </message>
    <message>
        <source>%1 of %2, %3/s, %4 left</source>
        <translation>%1 de %2, %3/s, quedan %4</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> como %1</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Omitidos: %1.</translation>
    </message>
    <message>
        <source>SSH was not used, the transfer went through the hub instead: %1</source>
        <translation>No se usó SSH; la transferencia pasó por el hub en su lugar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) meet a folder of the same name (or the reverse); both are kept.</source>
        <translation>
            <numerusform>%n archivo coincide con una carpeta del mismo nombre (o al revés); se conservan ambos.</numerusform>
            <numerusform>%n archivos coinciden con una carpeta del mismo nombre (o al revés); se conservan ambos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>These names exist already: %1. Nothing was copied. Say what to do with --on-conflict (overwrite, skip, keep-both or skip-identical); folders are merged either way.</source>
        <translation>Estos nombres ya existen: %1. No se copió nada. Indique qué hacer con --on-conflict (overwrite, skip, keep-both o skip-identical); las carpetas se fusionan en cualquier caso.</translation>
    </message>
    <message>
        <source>Folders that exist on both sides are merged; files that exist only at the destination are never deleted.</source>
        <translation>Las carpetas que existen en ambos lados se fusionan; los archivos que solo existen en el destino nunca se eliminan.</translation>
    </message>
    <message numerus="yes">
        <source>a folder with %n file(s), %1</source>
        <translation>
            <numerusform>una carpeta con %n archivo, %1</numerusform>
            <numerusform>una carpeta con %n archivos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1” exists already (there: %2; new: %3).</source>
        <translation>«%1» ya existe (allí: %2; nuevo: %3).</translation>
    </message>
    <message>
        <source>  [s]kip, [k]eep both, [r]eplace; capital letter: for all the rest [s]: </source>
        <translation>  [s] omitir, [k] conservar ambos, [r] reemplazar; mayúscula: para todos los demás [s]: </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in merged folders stayed as they were.</source>
        <translation>
            <numerusform>%n archivo de las carpetas fusionadas quedó como estaba.</numerusform>
            <numerusform>%n archivos de las carpetas fusionadas quedaron como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was kept and the new one is “%2”.</source>
        <translation>Se conservó «%1» y el nuevo se llama «%2».</translation>
    </message>
    <message>
        <source>“%1” was replaced; the old one is now “%2”.</source>
        <translation>Se reemplazó «%1»; el anterior se llama ahora «%2».</translation>
    </message>
    <message>
        <source>Not copied (never copied by this app): %1.</source>
        <translation>No copiado (esta aplicación nunca copia esto): %1.</translation>
    </message>
    <message>
        <source>Your server stopped during the transfer, so the transfer did not finish. Start the server (“fornax-desktop start”, or add --start) and run the command again.</source>
        <translation>Su servidor se detuvo durante la transferencia, así que la transferencia no terminó. Inicie el servidor («fornax-desktop start», o añada --start) y vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>What to do with files that exist already: ask (default on a terminal), overwrite, skip, keep-both or skip-identical (same size and time; with --verify also the same SHA-256). Folders that exist on both sides are always merged, file by file; files that exist only at the destination are never deleted. A file against a folder is asked about on a terminal and otherwise both are kept; its answer &quot;replace&quot; moves the old item to the trash (on this computer) or renames it &quot;NAME (replaced DATE)&quot; (on the server), never deletes it.</source>
        <translation>Qué hacer con los archivos que ya existen: ask (preguntar; predeterminado en un terminal), overwrite (sobrescribir), skip (omitir), keep-both (conservar ambos) o skip-identical (omitir los idénticos: mismo tamaño y fecha; con --verify, también el mismo SHA-256). Las carpetas que existen en ambos lados siempre se fusionan, archivo por archivo; los archivos que solo existen en el destino nunca se eliminan. Si un archivo coincide con una carpeta, se pregunta en un terminal y, si no, se conservan ambos; la respuesta «replace» (reemplazar) mueve el elemento anterior a la papelera (en este ordenador) o lo renombra como «NAME (replaced DATE)» (en el servidor), nunca lo elimina.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <source>Answer yes to questions (a large download&apos;s cost warning), for scripts. Never passes the monthly budget.</source>
        <translation>Responder sí a las preguntas (el aviso de coste de una descarga grande), para scripts. Nunca sobrepasa el presupuesto mensual.</translation>
    </message>
    <message>
        <source>Start the server first if it is not running.</source>
        <translation>Iniciar primero el servidor si no está en marcha.</translation>
    </message>
    <message>
        <source>Also compare a SHA-256 checksum of every file.</source>
        <translation>Comparar además una suma de comprobación SHA-256 de cada archivo.</translation>
    </message>
    <message>
        <source>“%1” needs what to copy and, last, the folder to copy it into, e.g. “%1 %2”.</source>
        <translation>«%1» necesita qué copiar y, al final, la carpeta de destino, p. ej. «%1 %2».</translation>
    </message>
    <message>
        <source>--on-conflict must be ask, overwrite, skip, keep-both or skip-identical, not “%1”.</source>
        <translation>--on-conflict debe ser ask, overwrite, skip, keep-both o skip-identical, no «%1».</translation>
    </message>
    <message>
        <source>Too late to cancel: everything is in place; removing the temporary files on your server…</source>
        <translation>Demasiado tarde para cancelar: todo está en su sitio; se eliminan los archivos temporales de su servidor…</translation>
    </message>
    <message>
        <source>The input ended before every name had an answer, so nothing was copied. Run the command again and answer each question, or say what to do with --on-conflict.</source>
        <translation>La entrada terminó antes de que cada nombre tuviera respuesta, así que no se copió nada. Ejecute el comando de nuevo y responda cada pregunta, o indique qué hacer con --on-conflict.</translation>
    </message>
    <message>
        <source>  Please answer s, k or r (or press Enter to skip).</source>
        <translation>  Responda s, k o r (o pulse Intro para omitir).</translation>
    </message>
    <message>
        <source>  Please answer o, s, k or i (or press Enter to skip).</source>
        <translation>  Responda o, s, k o i (o pulse Intro para omitir).</translation>
    </message>
    <message>
        <source>How the bytes travel: archive (one tar + zstd stream, packed or unpacked on the server) or direct (downloads: each file as it is, from /files). Chosen per transfer by default; --verbose says which and why.</source>
        <translation>Cómo viajan los bytes: archive (un único flujo tar + zstd, empaquetado o desempaquetado en el servidor) o direct (descargas: cada archivo tal cual, desde /files). De forma predeterminada se elige en cada transferencia; --verbose indica cuál y por qué.</translation>
    </message>
    <message>
        <source>WAY</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>--method must be archive or direct, not “%1”.</source>
        <translation>--method debe ser archive o direct, no “%1”.</translation>
    </message>
</context>
<context>
    <name>fornax::cli::UploadCommand</name>
    <message>
        <source>your home folder</source>
        <translation>su carpeta personal</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1, into %2</source>
        <translation>
            <numerusform>Se subió %n archivo, %1, a %2</numerusform>
            <numerusform>Se subieron %n archivos, %1, a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>LOCAL... REMOTE-FOLDER</source>
        <translation>LOCAL... CARPETA-REMOTA</translation>
    </message>
    <message>
        <source>Copy local files and folders into a folder of the server.</source>
        <translation>Copiar archivos y carpetas locales a una carpeta del servidor.</translation>
    </message>
    <message>
        <source>Copies local files and folders into a folder of the server (relative to your home there; created when missing), packed as one archive.</source>
        <translation>Copia archivos y carpetas locales a una carpeta del servidor (relativa a su carpeta personal allí; se crea si falta), empaquetados en un archivo.</translation>
    </message>
    <message>
        <source>results/ data.csv analysis</source>
        <translation>resultados/ datos.csv estudio</translation>
    </message>
</context>
<context>
    <name>fornax::cli::UsageCommand</name>
    <message>
        <source>Usage in %1 (estimates; the hub&apos;s bill is the truth)</source>
        <translation>Uso en %1 (estimaciones; lo que cuenta es la factura del hub)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>No hay nada registrado.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>  Servers:    %1 hours, %2</source>
        <translation>  Servidores: %1 horas, %2</translation>
    </message>
    <message>
        <source>  (%1 hours of sizes without a rate are not priced; add their rates in the app&apos;s Settings ▸ Rates and budget.)</source>
        <translation>  (%1 horas de tamaños sin tarifa no tienen precio; añada sus tarifas en Ajustes ▸ Tarifas y presupuesto de la aplicación.)</translation>
    </message>
    <message>
        <source>  Total:      %1</source>
        <translation>  Total:      %1</translation>
    </message>
    <message>
        <source>  Budget:     %1 a month, %2 left</source>
        <translation>  Presupuesto: %1 al mes, quedan %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n file(s)</source>
        <translation>
            <numerusform>al menos %n archivo</numerusform>
            <numerusform>al menos %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>  Downloaded: %1 (%2), %3, %4</source>
        <translation>  Descargado: %1 (%2), %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n descarga</numerusform>
            <numerusform>%n descargas</numerusform>
        </translation>
    </message>
    <message>
        <source>    %1  %2  %3  %4</source>
        <translation>    %1  %2  %3  %4</translation>
    </message>
    <message>
        <source>Downloads and server hours this month (or --month) with estimated costs.</source>
        <translation>Descargas y horas de servidor de este mes (o --month) con costes estimados.</translation>
    </message>
    <message>
        <source>Reads the usage record on this computer: it needs no hub and no sign-in. With --hub (or $FORNAX_HUB) it shows that hub only.</source>
        <translation>Lee el registro de uso de este ordenador: no necesita hub ni inicio de sesión. Con --hub (o $FORNAX_HUB) muestra solo ese hub.</translation>
    </message>
    <message>
        <source>The month to show (default: this month).</source>
        <translation>El mes que se muestra (por defecto: este mes).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>--month needs a month as YYYY-MM, e.g. 2026-03, but got “%1”.</source>
        <translation>--month necesita un mes como AAAA-MM, p. ej. 2026-03, pero recibió «%1».</translation>
    </message>
    <message>
        <source>    job %1  %2  %3</source>
        <translation>    trabajo %1  %2  %3</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
    <message>
        <source>running, or its end not seen yet</source>
        <translation>en ejecución, o aún no se ha visto su final</translation>
    </message>
    <message>
        <source>stopping the server at its end saved about %1</source>
        <translation>detener el servidor al terminar ahorró unos %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::ConflictsDialog</name>
    <message>
        <source>&amp;Apply to all</source>
        <translation>&amp;Aplicar a todos</translation>
    </message>
    <message>
        <source>Some names exist already</source>
        <translation>Algunos nombres ya existen</translation>
    </message>
    <message>
        <source>your home folder on your server</source>
        <translation>su carpeta personal en su servidor</translation>
    </message>
    <message>
        <source>“%1” on your server</source>
        <translation>«%1» en su servidor</translation>
    </message>
    <message>
        <source>“%1” on this computer</source>
        <translation>«%1» en este ordenador</translation>
    </message>
    <message>
        <source>On your server</source>
        <translation>En su servidor</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <source>From this computer</source>
        <translation>Desde este ordenador</translation>
    </message>
    <message>
        <source>From your server</source>
        <translation>Desde su servidor</translation>
    </message>
    <message>
        <source>Names that exist already</source>
        <translation>Nombres que ya existen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Una carpeta</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Un archivo</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What to do with “%1”</source>
        <translation>Qué hacer con «%1»</translation>
    </message>
    <message>
        <source>For &amp;all names:</source>
        <translation>Para &amp;todos los nombres:</translation>
    </message>
    <message>
        <source>What to do with all names</source>
        <translation>Qué hacer con todos los nombres</translation>
    </message>
    <message>
        <source>Apply this choice to every name</source>
        <translation>Aplicar esta elección a todos los nombres</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue the transfer with these choices</source>
        <translation>Continuar la transferencia con estas elecciones</translation>
    </message>
    <message>
        <source>&amp;Cancel transfer</source>
        <translation>Ca&amp;ncelar la transferencia</translation>
    </message>
    <message>
        <source>Cancel the transfer; nothing is changed</source>
        <translation>Cancelar la transferencia; no se cambia nada</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message numerus="yes">
        <source>folder, %n file(s), %1</source>
        <translation>
            <numerusform>carpeta, %n archivo, %1</numerusform>
            <numerusform>carpeta, %n archivos, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of “%1” already exist in %2. Choose what to do with each; nothing is changed until you continue, and Cancel stops the whole transfer. Folders that exist on both sides are merged: files that exist only there are never deleted.</source>
        <translation>
            <numerusform>%n elemento de «%1» ya existe en %2. Elija qué hacer con cada uno; no se cambia nada hasta que continúe, y Cancelar detiene toda la transferencia. Las carpetas que existen en ambos lados se fusionan: los archivos que solo existen allí nunca se eliminan.</numerusform>
            <numerusform>%n elementos de «%1» ya existen en %2. Elija qué hacer con cada uno; no se cambia nada hasta que continúe, y Cancelar detiene toda la transferencia. Las carpetas que existen en ambos lados se fusionan: los archivos que solo existen allí nunca se eliminan.</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder here, a file from the other side</source>
        <translation>Aquí una carpeta, del otro lado un archivo</translation>
    </message>
    <message>
        <source>A file here, a folder from the other side</source>
        <translation>Aquí un archivo, del otro lado una carpeta</translation>
    </message>
</context>
<context>
    <name>fornax::ui::DownloadApproval</name>
    <message>
        <source>Save download</source>
        <translation>Guardar la descarga</translation>
    </message>
</context>
<context>
    <name>fornax::ui::DropZone</name>
    <message>
        <source>Drop zone</source>
        <translation>Zona para soltar</translation>
    </message>
    <message>
        <source>Drop to upload to %1</source>
        <translation>Suelte aquí para subir a %1</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>su carpeta personal</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>fornax::ui::EgressDialog</name>
    <message>
        <source>about %1 %2</source>
        <translation>unos %1 %2</translation>
    </message>
    <message>
        <source>What this download costs</source>
        <translation>Lo que cuesta esta descarga</translation>
    </message>
    <message>
        <source>unknown until the download starts</source>
        <translation>desconocido hasta que empiece la descarga</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (estimación)</translation>
    </message>
    <message>
        <source>cannot be estimated without the size</source>
        <translation>no se puede estimar sin el tamaño</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>Estimated cost:</source>
        <translation>Coste estimado:</translation>
    </message>
    <message>
        <source>Estimated cost this month so far</source>
        <translation>Coste estimado en lo que va de mes</translation>
    </message>
    <message>
        <source>This month so far:</source>
        <translation>En lo que va de mes:</translation>
    </message>
    <message>
        <source>%1 a month, %2 left</source>
        <translation>%1 al mes, quedan %2</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Presupuesto mensual</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Presupuesto:</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>&amp;Rates and budget…</source>
        <translation>&amp;Tarifas y presupuesto…</translation>
    </message>
    <message>
        <source>&amp;Download anyway</source>
        <translation>&amp;Descargar de todos modos</translation>
    </message>
</context>
<context>
    <name>fornax::ui::GuiApplication</name>
    <message>
        <source>The server could not be stopped. %1</source>
        <translation>No se pudo detener el servidor. %1</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Files on your server</source>
        <translation>Archivos en su servidor</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Run as job…</source>
        <translation>Ejecutar como trabajo…</translation>
    </message>
</context>
<context>
    <name>fornax::ui::HomePage</name>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <source>When idle</source>
        <translation>Si está inactivo</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Your server</source>
        <translation>Su servidor</translation>
    </message>
    <message>
        <source>Credits this year</source>
        <translation>Créditos este año</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>&amp;Start my server…</source>
        <translation>&amp;Iniciar mi servidor…</translation>
    </message>
    <message>
        <source>&amp;Open JupyterLab</source>
        <translation>&amp;Abrir JupyterLab</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>&amp;Detener mi servidor</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>&amp;Transferencias</translation>
    </message>
    <message>
        <source>&amp;Usage and costs</source>
        <translation>&amp;Uso y costes</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No transfers running.</source>
        <translation>No hay transferencias en curso.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Trabajo %1</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Carpeta personal</translation>
    </message>
</context>
<context>
    <name>fornax::ui::JobsController</name>
    <message>
        <source>Your server is not running: its jobs can be read once it runs.</source>
        <translation>Su servidor no está en marcha: sus trabajos podrán leerse cuando esté en marcha.</translation>
    </message>
    <message>
        <source>Your server is not running: the jobs are shown as they were last seen.</source>
        <translation>Su servidor no está en marcha: los trabajos se muestran tal como se vieron por última vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n trabajo en ejecución</numerusform>
            <numerusform>%n trabajos en ejecución</numerusform>
        </translation>
    </message>
    <message>
        <source>Your server is not running. Start it, then run the job.</source>
        <translation>Su servidor no está en marcha. Inícielo y luego ejecute el trabajo.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, too large to be sent with a job. Nothing was started.</source>
        <translation>“%1” ocupa más de %2 MB, demasiado para enviarlo con un trabajo. No se inició nada.</translation>
    </message>
    <message>
        <source>“%1” could not be read from your server (%2). Nothing was started.</source>
        <translation>No se pudo leer “%1” desde su servidor (%2). No se inició nada.</translation>
    </message>
    <message>
        <source>Run a notebook or script as a job</source>
        <translation>Ejecutar un notebook o script como trabajo</translation>
    </message>
    <message>
        <source>Notebooks and scripts (*.ipynb *.py *.sh)</source>
        <translation>Notebooks y scripts (*.ipynb *.py *.sh)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2. Nothing was started.</source>
        <translation>No se pudo leer “%1”: %2. No se inició nada.</translation>
    </message>
    <message>
        <source>“%1” is not a notebook (.ipynb) or a script (.py, .sh): it cannot run as a job.</source>
        <translation>“%1” no es un notebook (.ipynb) ni un script (.py, .sh): no puede ejecutarse como trabajo.</translation>
    </message>
    <message>
        <source>Starting “%1” on your server…</source>
        <translation>Iniciando “%1” en su servidor…</translation>
    </message>
    <message>
        <source>The hub would not give a token that may stop your server (%1), so “Stop the server when the job ends” cannot work. Nothing was started.</source>
        <translation>El hub no proporcionó un token que permita detener su servidor (%1), así que “Detener el servidor cuando termine el trabajo” no puede funcionar. No se inició nada.</translation>
    </message>
    <message>
        <source>the permission was refused</source>
        <translation>se denegó el permiso</translation>
    </message>
    <message>
        <source>Fornax Desktop job %1 on %2: stops the server when the job ends</source>
        <translation>Trabajo %1 de Fornax Desktop en %2: detiene el servidor cuando termina el trabajo</translation>
    </message>
    <message>
        <source>Job “%1” was made on your server but has not started yet.</source>
        <translation>El trabajo “%1” se creó en su servidor pero aún no ha empezado.</translation>
    </message>
    <message>
        <source>Job “%1” runs on your server. You may close the app: it goes on.</source>
        <translation>El trabajo “%1” se ejecuta en su servidor. Puede cerrar la aplicación: seguirá en marcha.</translation>
    </message>
    <message>
        <source>Download the outputs of job %1 into</source>
        <translation>Descargar los resultados del trabajo %1 en</translation>
    </message>
    <message>
        <source>Your server is not running, so the job is not running either.</source>
        <translation>Su servidor no está en marcha, así que el trabajo tampoco.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar trabajo</translation>
    </message>
    <message>
        <source>Cancel job “%1”? Everything it runs on the server is ended; what it wrote so far stays in its folder.</source>
        <translation>¿Cancelar el trabajo “%1”? Se termina todo lo que ejecuta en el servidor; lo que escribió hasta ahora permanece en su carpeta.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Cancelar el trabajo</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Mantenerlo en ejecución</translation>
    </message>
    <message>
        <source>Cancelling “%1”…</source>
        <translation>Cancelando “%1”…</translation>
    </message>
    <message>
        <source>“%1” could not be cancelled: %2</source>
        <translation>No se pudo cancelar “%1”: %2</translation>
    </message>
    <message>
        <source>Job “%1” was cancelled.</source>
        <translation>Se canceló el trabajo “%1”.</translation>
    </message>
    <message>
        <source>It ended and stopped your server, as you asked. How it ended is shown once the server runs again.</source>
        <translation>Terminó y detuvo su servidor, como usted pidió. Cómo terminó se mostrará cuando el servidor vuelva a estar en marcha.</translation>
    </message>
    <message>
        <source>It ran for %1.</source>
        <translation>Se ejecutó durante %1.</translation>
    </message>
    <message>
        <source>It stopped with exit code %1 after %2; the end of its log is in the Jobs panel.</source>
        <translation>Se detuvo con el código de salida %1 tras %2; el final de su registro está en el panel Trabajos.</translation>
    </message>
    <message>
        <source>It ended: %1.</source>
        <translation>Terminó: %1.</translation>
    </message>
    <message>
        <source>Your server was stopped, as you asked.</source>
        <translation>Su servidor se detuvo, como usted pidió.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::JobsPanel</name>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Ejecutar…</translation>
    </message>
    <message>
        <source>&amp;Open output</source>
        <translation>&amp;Abrir resultados</translation>
    </message>
    <message>
        <source>&amp;Download outputs…</source>
        <translation>&amp;Descargar resultados…</translation>
    </message>
    <message>
        <source>&amp;Cancel job…</source>
        <translation>&amp;Cancelar trabajo…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Jobs on your server</source>
        <translation>Trabajos en su servidor</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Costo hasta ahora</translation>
    </message>
    <message>
        <source>End of the selected job&apos;s log</source>
        <translation>Final del registro del trabajo seleccionado</translation>
    </message>
    <message>
        <source>Select a job to see the end of its log.</source>
        <translation>Seleccione un trabajo para ver el final de su registro.</translation>
    </message>
    <message>
        <source>Run a notebook or script as a job</source>
        <translation>Ejecutar un notebook o script como trabajo</translation>
    </message>
    <message>
        <source>Run a notebook or script from this computer as a job (or drop one here). To run one that is on your server, use “Run as job…” in Files on your server.</source>
        <translation>Ejecute como trabajo un notebook o script de esta computadora (o suéltelo aquí). Para ejecutar uno que está en su servidor, use “Ejecutar como trabajo…” en Archivos en su servidor.</translation>
    </message>
    <message>
        <source>Open the selected job&apos;s output</source>
        <translation>Abrir los resultados del trabajo seleccionado</translation>
    </message>
    <message>
        <source>Download the selected job&apos;s outputs</source>
        <translation>Descargar los resultados del trabajo seleccionado</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Cancelar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Refresh the list of jobs</source>
        <translation>Actualizar la lista de trabajos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>This job stopped your server when it ended: that saved %1 of idle time before the hub would have stopped it.</source>
        <translation>Este trabajo detuvo su servidor al terminar: eso ahorró %1 de tiempo inactivo antes de que el hub lo hubiera detenido.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::LabPage</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The page tried to open a link of the kind “%1:” outside the app. It was not opened: only web (https, http) and e-mail (mailto) links leave the app.</source>
        <translation>La página intentó abrir fuera de la aplicación un enlace del tipo «%1:». No se abrió: solo los enlaces web (https, http) y de correo electrónico (mailto) salen de la aplicación.</translation>
    </message>
    <message>
        <source>The page tried to open an empty new window. It was not opened: windows open only for a link&apos;s address.</source>
        <translation>La página intentó abrir una ventana nueva vacía. No se abrió: las ventanas solo se abren para la dirección de un enlace.</translation>
    </message>
    <message>
        <source>The page tried to open %1 in a new window by itself, without a click. It was not opened; click the link if you want it.</source>
        <translation>La página intentó abrir %1 en una ventana nueva por sí sola, sin un clic. No se abrió; haga clic en el enlace si lo desea.</translation>
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
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>The JupyterLab page stopped working. Your server and your notebooks are fine; reload the page to carry on.</source>
        <translation>La página de JupyterLab dejó de funcionar. Su servidor y sus cuadernos están bien; recargue la página para continuar.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::MainWindow</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Sign in with an API &amp;token…</source>
        <translation>Iniciar sesión con un &amp;token de API…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Fornax Desktop</source>
        <translation>&amp;Acerca de Fornax Desktop</translation>
    </message>
    <message>
        <source>About Fornax Desktop</source>
        <translation>Acerca de Fornax Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fornax Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop client for the Fornax Science Console and any JupyterHub.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fornax Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un cliente de escritorio para la Fornax Science Console y cualquier JupyterHub.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to Fornax Desktop</source>
        <translation>Le damos la bienvenida a Fornax Desktop</translation>
    </message>
    <message>
        <source>Sign in to the hub</source>
        <translation>Iniciar sesión en el hub</translation>
    </message>
    <message>
        <source>Check the hub again</source>
        <translation>Volver a comprobar el hub</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sesión iniciada como &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking the hub at %1 …</source>
        <translation>Comprobando el hub en %1…</translation>
    </message>
    <message>
        <source>JupyterHub %1 is ready. Sign in to start your server.</source>
        <translation>JupyterHub %1 está listo. Inicie sesión para iniciar su servidor.</translation>
    </message>
    <message>
        <source>Start Fornax Desktop at &amp;login</source>
        <translation>Iniciar Fornax Desktop al i&amp;niciar sesión</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Fornax Desktop.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de Fornax Desktop.</translation>
    </message>
    <message>
        <source>&amp;Usage and costs…</source>
        <translation>&amp;Uso y costes…</translation>
    </message>
    <message>
        <source>&amp;Rates and budget…</source>
        <translation>&amp;Tarifas y presupuesto…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>SS&amp;H access…</source>
        <translation>Acceso SS&amp;H…</translation>
    </message>
    <message>
        <source>&amp;Keep the server running while transfers run</source>
        <translation>&amp;Mantener el servidor en marcha durante las transferencias</translation>
    </message>
    <message>
        <source>A hub may stop a server it thinks is idle, and a long upload or download looks idle to some hubs. While one runs, Fornax Desktop keeps the server running, for no longer than the transfer needs.</source>
        <translation>Un hub puede detener un servidor que cree inactivo, y para algunos hubs una subida o descarga larga parece inactividad. Mientras se realiza una, Fornax Desktop mantiene el servidor en marcha, no más tiempo del que necesita la transferencia.</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>&amp;Detener mi servidor</translation>
    </message>
    <message>
        <source>&amp;Keep it running for an hour</source>
        <translation>&amp;Mantenerlo en marcha una hora</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>Stop my server</source>
        <translation>Detener mi servidor</translation>
    </message>
    <message>
        <source>Keep my server running for an hour</source>
        <translation>Mantener mi servidor en marcha una hora</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notificaciones…</translation>
    </message>
</context>
<context>
    <name>fornax::ui::NotificationSettingsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Fornax Desktop tells you about these through your desktop&apos;s notifications (or the tray icon where there is none):</source>
        <translation>Fornax Desktop le avisa de lo siguiente mediante las notificaciones de su escritorio (o el icono de la bandeja del sistema si no las hay):</translation>
    </message>
    <message>
        <source>&amp;Server ready</source>
        <translation>&amp;Servidor listo</translation>
    </message>
    <message>
        <source>When a server you started is ready and you are elsewhere</source>
        <translation>Cuando un servidor que usted inició está listo mientras usted está en otra parte</translation>
    </message>
    <message>
        <source>&amp;Job ended</source>
        <translation>&amp;Trabajo terminado</translation>
    </message>
    <message>
        <source>When a job on your server finishes or fails</source>
        <translation>Cuando un trabajo de su servidor termina o falla</translation>
    </message>
    <message>
        <source>&amp;Idle stop in 2 minutes</source>
        <translation>Detención por &amp;inactividad en 2 minutos</translation>
    </message>
    <message>
        <source>Two minutes before the hub stops an idle server, with “Keep alive 1 h”</source>
        <translation>Dos minutos antes de que el hub detenga un servidor inactivo, con «Mantener activo 1 h»</translation>
    </message>
    <message>
        <source>&amp;Time limit within the hour</source>
        <translation>&amp;Límite de tiempo en menos de una hora</translation>
    </message>
    <message>
        <source>One hour before the hub&apos;s time limit stops your server</source>
        <translation>Una hora antes de que el límite de tiempo del hub detenga su servidor</translation>
    </message>
    <message>
        <source>Server stopped &amp;unexpectedly</source>
        <translation>Servidor detenido in&amp;esperadamente</translation>
    </message>
    <message>
        <source>When your server stops without you asking, and why</source>
        <translation>Cuando su servidor se detiene sin que usted lo pida, y el motivo</translation>
    </message>
    <message>
        <source>&amp;Long transfer done</source>
        <translation>Trans&amp;ferencia larga terminada</translation>
    </message>
    <message>
        <source>When an upload or download of 30 seconds or more ends while you are elsewhere</source>
        <translation>Cuando termina una subida o descarga de 30 segundos o más mientras usted está en otra parte</translation>
    </message>
    <message>
        <source>&amp;Credits at 50, 80, 100 %</source>
        <translation>&amp;Créditos al 50, 80, 100 %</translation>
    </message>
    <message>
        <source>When this year&apos;s credits or this month&apos;s budget reach 50, 80 or 100 % (once each)</source>
        <translation>Cuando los créditos de este año o el presupuesto de este mes lleguen al 50, 80 o 100 % (una vez cada uno)</translation>
    </message>
</context>
<context>
    <name>fornax::ui::ProfilePicker</name>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Iniciar el servidor</translation>
    </message>
    <message>
        <source>Choose a server size</source>
        <translation>Elija un tamaño de servidor</translation>
    </message>
    <message>
        <source>Use the smallest size to write and test your code; larger sizes cost more for every hour they run, so keep them for full runs. A server stops by itself after a while without activity.</source>
        <translation>Use el tamaño más pequeño para escribir y probar su código; los tamaños mayores cuestan más por cada hora en marcha, así que resérvelos para las ejecuciones completas. Un servidor se detiene solo tras un tiempo sin actividad.</translation>
    </message>
    <message>
        <source>Start a server of the chosen size</source>
        <translation>Iniciar un servidor del tamaño elegido</translation>
    </message>
    <message>
        <source>%1 CPU</source>
        <translation>%1 CPU</translation>
    </message>
    <message>
        <source>%1 GB memory</source>
        <translation>%1 GB de memoria</translation>
    </message>
    <message>
        <source>needs permission</source>
        <translation>requiere permiso</translation>
    </message>
    <message>
        <source>Custom value</source>
        <translation>Valor personalizado</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>Enter a value for “%1”, or pick one from the list.</source>
        <translation>Escriba un valor para «%1» o elija uno de la lista.</translation>
    </message>
    <message>
        <source>It costs %1, about %2 for a working day of 8 hours.</source>
        <translation>Cuesta %1, unos %2 por una jornada de trabajo de 8 horas.</translation>
    </message>
    <message>
        <source>It costs far more per hour than the smaller sizes.</source>
        <translation>Cuesta mucho más por hora que los tamaños más pequeños.</translation>
    </message>
    <message>
        <source>Start a %1 server?</source>
        <translation>¿Iniciar un servidor %1?</translation>
    </message>
    <message>
        <source>The %1 size may only be used with permission from the hub&apos;s administrators. %2 Start it only if you have that permission and your work needs it.</source>
        <translation>El tamaño %1 solo puede usarse con permiso de los administradores del hub. %2 Inícielo solo si tiene ese permiso y su trabajo lo necesita.</translation>
    </message>
    <message>
        <source>I have permission, &amp;start it</source>
        <translation>Tengo permiso, &amp;iniciarlo</translation>
    </message>
    <message>
        <source>Where the rates come from</source>
        <translation>De dónde proceden las tarifas</translation>
    </message>
    <message>
        <source>Hourly rates: %1.</source>
        <translation>Tarifas por hora: %1.</translation>
    </message>
    <message>
        <source>Your yearly allotment: %1 (%2).</source>
        <translation>Su asignación anual: %1 (%2).</translation>
    </message>
    <message>
        <source>What your last sessions used</source>
        <translation>Lo que usaron sus últimas sesiones</translation>
    </message>
</context>
<context>
    <name>fornax::ui::QuitFlow</name>
    <message numerus="yes">
        <source>The hub did not confirm within %n second(s) that your server stopped.</source>
        <translation>
            <numerusform>El hub no confirmó en %n segundo que su servidor se detuvo.</numerusform>
            <numerusform>El hub no confirmó en %n segundos que su servidor se detuvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fornax Desktop is still running</source>
        <translation>Fornax Desktop sigue en marcha</translation>
    </message>
    <message>
        <source>Your server keeps running. Stop it, or quit, from this icon.</source>
        <translation>Su servidor sigue en marcha. Deténgalo, o salga, desde este icono.</translation>
    </message>
    <message>
        <source>Your server keeps costing money while it runs, even when this app is closed. Stop it before quitting?</source>
        <translation>Su servidor sigue costando dinero mientras está en marcha, aunque esta aplicación esté cerrada. ¿Detenerlo antes de salir?</translation>
    </message>
    <message>
        <source>Transfers still running are cancelled.</source>
        <translation>Las transferencias aún en curso se cancelan.</translation>
    </message>
    <message>
        <source>Your server is still running</source>
        <translation>Su servidor sigue en marcha</translation>
    </message>
    <message>
        <source>&amp;Stop server and quit</source>
        <translation>&amp;Detener el servidor y salir</translation>
    </message>
    <message>
        <source>&amp;Quit and leave it running</source>
        <translation>Salir y &amp;dejarlo en marcha</translation>
    </message>
    <message>
        <source>Stopping your server before quitting…</source>
        <translation>Deteniendo su servidor antes de salir…</translation>
    </message>
    <message>
        <source>&amp;Quit now</source>
        <translation>&amp;Salir ahora</translation>
    </message>
    <message>
        <source>Quitting Fornax Desktop</source>
        <translation>Saliendo de Fornax Desktop</translation>
    </message>
    <message>
        <source>Your server may still be running</source>
        <translation>Puede que su servidor siga en marcha</translation>
    </message>
    <message>
        <source>%1 Fornax Desktop quits now; your server may still be running and costing money. Check it on the hub&apos;s page (%2) or with “fornax-desktop status”.</source>
        <translation>%1 Fornax Desktop se cierra ahora; puede que su servidor siga en marcha y generando costes. Compruébelo en la página del hub (%2) o con «fornax-desktop status».</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RateCardDialog</name>
    <message>
        <source>Price per GB downloaded</source>
        <translation>Precio por GB descargado</translation>
    </message>
    <message>
        <source>Set a monthly &amp;budget</source>
        <translation>Fijar un &amp;presupuesto mensual</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Presupuesto mensual</translation>
    </message>
    <message>
        <source>Rates and budget — %1</source>
        <translation>Tarifas y presupuesto — %1</translation>
    </message>
    <message>
        <source>What %1 charges, used for every cost estimate in the app. Check the figures against your hub&apos;s own price list; the hub&apos;s bill is what counts.</source>
        <translation>Lo que cobra %1, usado en todas las estimaciones de coste de la aplicación. Compruebe las cifras con la lista de precios de su hub; lo que cuenta es su factura.</translation>
    </message>
    <message>
        <source>Unit of all prices</source>
        <translation>Unidad de todos los precios</translation>
    </message>
    <message>
        <source>Ask before downloads larger than, in MB</source>
        <translation>Preguntar antes de descargas mayores de, en MB</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Price per hour of each server size</source>
        <translation>Precio por hora de cada tamaño de servidor</translation>
    </message>
    <message>
        <source>Server size</source>
        <translation>Tamaño del servidor</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>&amp;Add size</source>
        <translation>&amp;Añadir tamaño</translation>
    </message>
    <message>
        <source>Re&amp;move size</source>
        <translation>&amp;Quitar tamaño</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Price per &amp;GB downloaded:</source>
        <translation>Precio por &amp;GB descargado:</translation>
    </message>
    <message>
        <source>Price per &amp;hour:</source>
        <translation>Precio por &amp;hora:</translation>
    </message>
    <message>
        <source>Ask before downloads &amp;larger than:</source>
        <translation>Preguntar antes de descargas &amp;mayores de:</translation>
    </message>
    <message>
        <source>edited by you on %1</source>
        <translation>editado por usted el %1</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>Precio por hora</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RemoteBrowser</name>
    <message>
        <source>Files on your server</source>
        <translation>Archivos en su servidor</translation>
    </message>
    <message>
        <source>File actions</source>
        <translation>Acciones de archivo</translation>
    </message>
    <message>
        <source>Location on your server</source>
        <translation>Ubicación en su servidor</translation>
    </message>
    <message>
        <source>Your server is not running. Start it to see your files; files you drop here are uploaded once it runs.</source>
        <translation>Su servidor no está en marcha. Inícielo para ver sus archivos; los archivos que suelte aquí se subirán en cuanto esté en marcha.</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Iniciar el servidor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Carpeta superior</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Carpeta personal</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nueva carpeta…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation>Esta carpeta está vacía. Suelte archivos aquí para subirlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n carpeta</numerusform>
            <numerusform>%n carpetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>Se eliminó %n elemento.</numerusform>
            <numerusform>Se eliminaron %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the folder “%1”.</source>
        <translation>Se creó la carpeta «%1».</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Go to your home folder</source>
        <translation>Ir a su carpeta personal</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Name of the new folder in your home folder:</source>
        <translation>Nombre de la nueva carpeta en su carpeta personal:</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Nombre de la nueva carpeta en «%1»:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Download “%1” to</source>
        <translation>Descargar «%1» en</translation>
    </message>
    <message numerus="yes">
        <source>Download %n item(s) to</source>
        <translation>
            <numerusform>Descargar %n elemento en</numerusform>
            <numerusform>Descargar %n elementos en</numerusform>
        </translation>
    </message>
    <message>
        <source>Download here</source>
        <translation>Descargar aquí</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and everything in it from your server?</source>
        <translation>¿Eliminar de su servidor la carpeta «%1» y todo su contenido?</translation>
    </message>
    <message>
        <source>Delete “%1” from your server?</source>
        <translation>¿Eliminar «%1» de su servidor?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s) from your server?</source>
        <translation>
            <numerusform>¿Eliminar %n elemento de su servidor?</numerusform>
            <numerusform>¿Eliminar estos %n elementos de su servidor?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders are deleted with everything in them.</source>
        <translation>Las carpetas se eliminan con todo su contenido.</translation>
    </message>
    <message>
        <source>Delete from your server</source>
        <translation>Eliminar de su servidor</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>The items dragged out could not be downloaded: %1</source>
        <translation>No se pudieron descargar los elementos arrastrados: %1</translation>
    </message>
    <message>
        <source>Drop to upload into your home folder</source>
        <translation>Suelte para subir a su carpeta personal</translation>
    </message>
    <message>
        <source>Drop to upload into “%1”</source>
        <translation>Suelte para subir a «%1»</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RemoteFileModel</name>
    <message>
        <source>Folder %1</source>
        <translation>Carpeta %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RemoteMimeData</name>
    <message>
        <source>The folder for the download could not be created: %1</source>
        <translation>No se pudo crear la carpeta para la descarga: %1</translation>
    </message>
    <message>
        <source>Dragging files out is not available.</source>
        <translation>No es posible arrastrar archivos hacia fuera.</translation>
    </message>
    <message>
        <source>The download ended, but none of the items arrived.</source>
        <translation>La descarga terminó, pero no llegó ninguno de los elementos.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::RunJobDialog</name>
    <message>
        <source>&amp;Stop the server when the job ends</source>
        <translation>&amp;Detener el servidor cuando termine el trabajo</translation>
    </message>
    <message>
        <source>Run as a job</source>
        <translation>Ejecutar como trabajo</translation>
    </message>
    <message>
        <source>Run “%1” on your server. It goes on running when you close the app; its log, outputs and executed notebook stay in its job folder.</source>
        <translation>Ejecutar “%1” en su servidor. Seguirá ejecutándose cuando cierre la aplicación; su registro, sus resultados y el notebook ejecutado permanecen en su carpeta de trabajo.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Reading your server&apos;s kernels…</source>
        <translation>Leyendo los kernels de su servidor…</translation>
    </message>
    <message>
        <source>Stop the server when the job ends</source>
        <translation>Detener el servidor cuando termine el trabajo</translation>
    </message>
    <message>
        <source>When the job ends and no other job runs, the server stops itself, even if this computer sleeps or the app is closed.</source>
        <translation>Cuando el trabajo termine y no se esté ejecutando ningún otro, el servidor se detiene por sí solo, aunque esta computadora entre en suspensión o la aplicación esté cerrada.</translation>
    </message>
    <message>
        <source>Longest run time in hours</source>
        <translation>Tiempo máximo de ejecución en horas</translation>
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
        <translation>&amp;Finalizarlo tras:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Your server offers no kernels: a notebook cannot run there.</source>
        <translation>Su servidor no ofrece kernels: no se puede ejecutar un notebook en él.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::ServerPanel</name>
    <message>
        <source>&amp;Start my server</source>
        <translation>&amp;Iniciar mi servidor</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>&amp;Detener mi servidor</translation>
    </message>
    <message>
        <source>Server start progress</source>
        <translation>Progreso del inicio del servidor</translation>
    </message>
    <message>
        <source>Start my server</source>
        <translation>Iniciar mi servidor</translation>
    </message>
    <message>
        <source>Stop my server</source>
        <translation>Detener mi servidor</translation>
    </message>
    <message>
        <source>Your server: %1</source>
        <translation>Su servidor: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel start</source>
        <translation>&amp;Cancelar el inicio</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>Why the server is kept running</source>
        <translation>Por qué se mantiene en marcha el servidor</translation>
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
        <translation>El servidor no se inició. %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message numerus="yes">
        <source>up %n minute(s)</source>
        <translation>
            <numerusform>en marcha desde hace %n minuto</numerusform>
            <numerusform>en marcha desde hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message numerus="yes">
        <source>stops when idle in %n minute(s)</source>
        <translation>
            <numerusform>se detiene por inactividad en %n minuto</numerusform>
            <numerusform>se detiene por inactividad en %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>kept alive: %1</source>
        <translation>se mantiene en marcha por: %1</translation>
    </message>
    <message>
        <source>(the hub stops the server at %1, before this can finish)</source>
        <translation>(el hub detendrá el servidor el %1, antes de que esto pueda terminar)</translation>
    </message>
    <message>
        <source>kept running by the server until %1</source>
        <translation>el servidor lo mantiene en marcha hasta las %1</translation>
    </message>
    <message>
        <source>kept running until %1 while this app runs</source>
        <translation>se mantiene en marcha hasta las %1 mientras esta aplicación esté en marcha</translation>
    </message>
    <message>
        <source>The server keeps itself running until %1, also after you quit; after that it stops when idle.</source>
        <translation>El servidor se mantiene en marcha por sí mismo hasta las %1, también después de que salga; después se detiene por inactividad.</translation>
    </message>
    <message>
        <source>This app keeps the server running until %1 only while it runs: once you quit, the hub stops the server when it has been idle for its usual time.</source>
        <translation>Esta aplicación mantiene el servidor en marcha hasta las %1 solo mientras ella misma esté en marcha: en cuanto salga, el hub detendrá el servidor cuando lleve inactivo el tiempo habitual.</translation>
    </message>
    <message>
        <source>Keeping your server running</source>
        <translation>Su servidor sigue en marcha</translation>
    </message>
    <message>
        <source>It will not be stopped for being idle until %1.</source>
        <translation>No se detendrá por inactividad hasta las %1.</translation>
    </message>
    <message>
        <source>The server could not be stopped. %1</source>
        <translation>No se pudo detener el servidor. %1</translation>
    </message>
    <message>
        <source>Your server could not be stopped</source>
        <translation>No se pudo detener su servidor</translation>
    </message>
    <message>
        <source>Your server is running short</source>
        <translation>A su servidor le faltan recursos</translation>
    </message>
    <message>
        <source>resources unknown on this server</source>
        <translation>recursos desconocidos en este servidor</translation>
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
            <numerusform>Sigue sin poderse contactar con el hub para anular %n sesión de un cierre de sesión anterior. La aplicación lo volverá a intentar en su próximo inicio.</numerusform>
            <numerusform>Sigue sin poderse contactar con el hub para anular %n sesiones de un cierre de sesión anterior. La aplicación lo volverá a intentar en su próximo inicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 led to %2, which you did not confirm, so nothing was sent there. Check the address.</source>
        <translation>%1 llevó a %2, que usted no confirmó, así que no se envió nada allí. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>%1 offers no encryption, and you chose not to use it that way. Use its https:// address if it has one.</source>
        <translation>%1 no ofrece cifrado y usted eligió no usarlo así. Use su dirección https:// si la tiene.</translation>
    </message>
    <message>
        <source>The hub did not confirm the sign-in. %1</source>
        <translation>El hub no confirmó el inicio de sesión. %1</translation>
    </message>
    <message>
        <source>Signed in, but the hub did not give the app a token. %1</source>
        <translation>Sesión iniciada, pero el hub no dio ningún token a la aplicación. %1</translation>
    </message>
    <message>
        <source>Signed in on the web page, but the app holds no sign-in: the hub refused a limited one, and you chose not to allow more. %1</source>
        <translation>Sesión iniciada en la página web, pero la aplicación no tiene sesión: el hub rechazó una limitada y usted eligió no permitir más. %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::SignInPage</name>
    <message>
        <source>Sign in with an API &amp;token instead…</source>
        <translation>Iniciar sesión con un &amp;token de API en su lugar…</translation>
    </message>
    <message>
        <source>The hub&apos;s sign-in page</source>
        <translation>La página de inicio de sesión del hub</translation>
    </message>
    <message>
        <source>Sign in with an API token instead</source>
        <translation>Iniciar sesión con un token de API en su lugar</translation>
    </message>
    <message>
        <source>Sign in as you would in a browser. The app then keeps a sign-in of its own in your system keychain, so you need not do this again.</source>
        <translation>Inicie sesión como lo haría en un navegador. La aplicación guarda entonces una sesión propia en el llavero del sistema, así que no tendrá que volver a hacerlo.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::SshSettingsDialog</name>
    <message>
        <source>&amp;Transfer files over SSH</source>
        <translation>&amp;Transferir archivos por SSH</translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase in the keychain</source>
        <translation>Guardar la frase de contraseña en el &amp;llavero</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Probar la &amp;conexión</translation>
    </message>
    <message>
        <source>New server: check its host key</source>
        <translation>Servidor nuevo: compruebe su clave de host</translation>
    </message>
    <message>
        <source>T&amp;rust this key and connect</source>
        <translation>Con&amp;fiar en esta clave y conectar</translation>
    </message>
    <message>
        <source>&amp;Do not trust it</source>
        <translation>&amp;No confiar en ella</translation>
    </message>
    <message>
        <source>SSH access — %1</source>
        <translation>Acceso SSH — %1</translation>
    </message>
    <message>
        <source>If you can also reach your files on %1 over SSH (a login node, or the machine the hub runs on), uploads and downloads can stream over SSH, which is much faster. Without it, or when SSH does not answer, they use the hub.</source>
        <translation>Si también puede acceder a sus archivos de %1 por SSH (un nodo de acceso o la máquina en la que se ejecuta el hub), las subidas y descargas pueden ir directamente por SSH, lo que es mucho más rápido. Sin SSH, o cuando SSH no responde, se hacen a través del hub.</translation>
    </message>
    <message>
        <source>Transfer files over SSH</source>
        <translation>Transferir archivos por SSH</translation>
    </message>
    <message>
        <source>SSH server host name</source>
        <translation>Nombre de host del servidor SSH</translation>
    </message>
    <message>
        <source>login.example.org</source>
        <translation>login.example.org</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Puerto SSH</translation>
    </message>
    <message>
        <source>User name on the SSH server</source>
        <translation>Nombre de usuario en el servidor SSH</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Forma de iniciar sesión</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Archivo de clave privada</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Elegir el archivo de clave privada</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>Keep the passphrase in the keychain</source>
        <translation>Guardar la frase de contraseña en el llavero</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Contraseña SSH</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>Iniciar &amp;sesión con:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de cla&amp;ve:</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>Fr&amp;ase de contraseña:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Cont&amp;raseña:</translation>
    </message>
    <message>
        <source>Test the SSH connection</source>
        <translation>Probar la conexión SSH</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>The server&apos;s host key</source>
        <translation>La clave de host del servidor</translation>
    </message>
    <message>
        <source>Trust this host key and connect</source>
        <translation>Confiar en esta clave de host y conectar</translation>
    </message>
    <message>
        <source>Do not trust this host key</source>
        <translation>No confiar en esta clave de host</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace it</source>
        <translation>Guardada en el llavero; escriba para sustituirla</translation>
    </message>
    <message>
        <source>None kept yet</source>
        <translation>Aún no hay nada guardado</translation>
    </message>
    <message>
        <source>Signed in to %1. Transfers for this hub will go over SSH.</source>
        <translation>Sesión iniciada en %1. Las transferencias de este hub irán por SSH.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>This app has not connected to %1 before. The server identifies itself with this %2 key:

%3

Trust it only if this fingerprint is the one the server&apos;s administrators publish (on the server, `ssh-keygen -l -f` on its host key prints it). Once trusted, the key is remembered, and a different key later is refused.</source>
        <translation>Esta aplicación no se ha conectado antes a %1. El servidor se identifica con esta clave %2:

%3

Confíe en ella solo si esta huella es la que publican los administradores del servidor (en el servidor, `ssh-keygen -l -f` aplicado a su clave de host la muestra). Una vez aceptada, la clave se recuerda, y más adelante se rechazará una clave distinta.</translation>
    </message>
    <message>
        <source>Waiting for you to check the server&apos;s host key.</source>
        <translation>Esperando a que compruebe la clave de host del servidor.</translation>
    </message>
    <message>
        <source>SSH is not available on this hub</source>
        <translation>SSH no está disponible en este hub</translation>
    </message>
    <message>
        <source>%1 does not offer SSH: it is switched off there, and only the web ports (80 and 443) can be reached. Uploads and downloads go through the hub, which needs no setting here.</source>
        <translation>%1 no ofrece SSH: está desactivado allí y solo se puede acceder a los puertos web (80 y 443). Las subidas y descargas pasan por el hub, lo cual no requiere ninguna configuración aquí.</translation>
    </message>
</context>
<context>
    <name>fornax::ui::TokenDialog</name>
    <message>
        <source>Sign in with an API token</source>
        <translation>Iniciar sesión con un token de API</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;your hub&apos;s token page&lt;/a&gt;, request a new token, and paste it here. It is kept in your system keychain.</source>
        <translation>Abra &lt;a href=&quot;%1&quot;&gt;la página de tokens de su hub&lt;/a&gt;, solicite un token nuevo y péguelo aquí. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
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
        <translation>Inicie sesión primero en su hub.</translation>
    </message>
    <message>
        <source>The download did not finish.</source>
        <translation>La descarga no terminó.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Se canceló la descarga.</translation>
    </message>
    <message>
        <source>Sign in to your hub first; then drop the files again.</source>
        <translation>Inicie sesión primero en su hub y vuelva a soltar los archivos.</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Subida terminada</translation>
    </message>
    <message>
        <source>“%1” is in %2 on your server.</source>
        <translation>«%1» está en %2 en su servidor.</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Descarga terminada</translation>
    </message>
    <message>
        <source>“%1” is in “%2”.</source>
        <translation>«%1» está en «%2».</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>La subida falló</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>La descarga falló</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Waiting for your server to start</source>
        <translation>Esperando a que se inicie su servidor</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Esperando su respuesta</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n skipped</source>
        <translation>
            <numerusform>Terminada, %n omitido</numerusform>
            <numerusform>Terminada, %n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Not sent: your server did not start. %1</source>
        <translation>No realizada: su servidor no se inició. %1</translation>
    </message>
    <message>
        <source>Cancelled: you signed out.</source>
        <translation>Cancelada: cerró la sesión.</translation>
    </message>
    <message>
        <source>Start your server?</source>
        <translation>¿Iniciar su servidor?</translation>
    </message>
    <message numerus="yes">
        <source>Your server is stopped. %n transfer(s) will wait and run as soon as it is ready. Start it now?</source>
        <translation>
            <numerusform>Su servidor está detenido. %n transferencia esperará y se realizará en cuanto esté listo. ¿Iniciarlo ahora?</numerusform>
            <numerusform>Su servidor está detenido. %n transferencias esperarán y se realizarán en cuanto esté listo. ¿Iniciarlo ahora?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Iniciar el servidor</translation>
    </message>
    <message>
        <source>Start your server, then run the transfers</source>
        <translation>Iniciar su servidor y después realizar las transferencias</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Do not start the server; cancel the waiting transfers</source>
        <translation>No iniciar el servidor; cancelar las transferencias en espera</translation>
    </message>
    <message>
        <source>Not sent: your server is stopped. Start it, then choose Retry.</source>
        <translation>No realizada: su servidor está detenido. Inícielo y elija «Reintentar».</translation>
    </message>
    <message>
        <source>Replaced by a new transfer to your server&apos;s address</source>
        <translation>Sustituida por una nueva transferencia a la dirección de su servidor</translation>
    </message>
    <message>
        <source>“%1” went through the hub instead of SSH: %2</source>
        <translation>«%1» pasó por el hub en lugar de por SSH: %2</translation>
    </message>
    <message>
        <source>not copied: %1</source>
        <translation>no copiado: %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::TransferListModel</name>
    <message>
        <source>To %1 on your server</source>
        <translation>A %1 en su servidor</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>su carpeta personal</translation>
    </message>
    <message>
        <source>To %1 on this computer</source>
        <translation>A %1 en este ordenador</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Files as they are: %1</source>
        <translation>Archivos tal cual: %1</translation>
    </message>
    <message>
        <source>One archive: %1</source>
        <translation>Un único archivo comprimido: %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::TransferPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cancel the selected transfers</source>
        <translation>Cancelar las transferencias seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Reinten&amp;tar</translation>
    </message>
    <message>
        <source>Start the selected transfers again</source>
        <translation>Iniciar de nuevo las transferencias seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>Open the folder on this computer</source>
        <translation>Abrir la carpeta en este ordenador</translation>
    </message>
    <message>
        <source>Show in &amp;browser</source>
        <translation>Mostrar en el &amp;servidor</translation>
    </message>
    <message>
        <source>Show the folder on your server</source>
        <translation>Mostrar la carpeta en su servidor</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Quitar terminadas</translation>
    </message>
    <message>
        <source>Remove the finished transfers from the list</source>
        <translation>Quitar de la lista las transferencias terminadas</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Transfer totals</source>
        <translation>Resumen de las transferencias</translation>
    </message>
    <message>
        <source>No transfers. Drop files here to upload them.</source>
        <translation>No hay transferencias. Suelte archivos aquí para subirlos.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n failed</source>
        <translation>
            <numerusform>%1; %n fallida</numerusform>
            <numerusform>%1; %n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) done</source>
        <translation>
            <numerusform>%n transferencia terminada</numerusform>
            <numerusform>%n transferencias terminadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fornax::ui::TrayIcon</name>
    <message>
        <source>&amp;Open Fornax Desktop</source>
        <translation>&amp;Abrir Fornax Desktop</translation>
    </message>
    <message>
        <source>&amp;Start my server</source>
        <translation>&amp;Iniciar mi servidor</translation>
    </message>
    <message>
        <source>S&amp;top my server</source>
        <translation>&amp;Detener mi servidor</translation>
    </message>
    <message>
        <source>&amp;Keep it running for an hour</source>
        <translation>&amp;Mantenerlo en marcha una hora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Fornax Desktop</source>
        <translation>Fornax Desktop</translation>
    </message>
    <message>
        <source>Fornax Desktop — server: %1</source>
        <translation>Fornax Desktop — servidor: %1</translation>
    </message>
    <message>
        <source>&amp;Start my server (%1)</source>
        <translation>&amp;Iniciar mi servidor (%1)</translation>
    </message>
    <message>
        <source>Transfers: %1</source>
        <translation>Transferencias: %1</translation>
    </message>
</context>
<context>
    <name>fornax::ui::UsageDialog</name>
    <message>
        <source>Usage and costs — %1</source>
        <translation>Uso y costes — %1</translation>
    </message>
    <message>
        <source>All figures are estimates from this computer&apos;s record of downloads and server hours, at the rates in Settings ▸ Rates and budget. The hub&apos;s bill is what counts.</source>
        <translation>Todas las cifras son estimaciones a partir del registro de descargas y horas de servidor de este ordenador, con las tarifas de Ajustes ▸ Tarifas y presupuesto. Lo que cuenta es la factura del hub.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>Estimated cost of the month</source>
        <translation>Coste estimado del mes</translation>
    </message>
    <message>
        <source>Estimated cost per day of the month, as a chart</source>
        <translation>Coste estimado por día del mes, como gráfico</translation>
    </message>
    <message>
        <source>Usage per day</source>
        <translation>Uso por día</translation>
    </message>
    <message>
        <source>Usage per month</source>
        <translation>Uso por mes</translation>
    </message>
    <message>
        <source>By &amp;day</source>
        <translation>Por &amp;día</translation>
    </message>
    <message>
        <source>By m&amp;onth</source>
        <translation>Por m&amp;es</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportar como CSV…</translation>
    </message>
    <message>
        <source>%1: %2 downloaded, %3 server hours — %4</source>
        <translation>%1: %2 descargados, %3 horas de servidor — %4</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Download cost (estimate)</source>
        <translation>Coste de descarga (estimación)</translation>
    </message>
    <message>
        <source>Server hours</source>
        <translation>Horas de servidor</translation>
    </message>
    <message>
        <source>Server cost (estimate)</source>
        <translation>Coste de servidor (estimación)</translation>
    </message>
    <message>
        <source>Total (estimate)</source>
        <translation>Total (estimación)</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Estimated cost per day, %1</source>
        <translation>Coste estimado por día, %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>The usage could not be saved to %1: %2. Choose another place.</source>
        <translation>No se pudo guardar el uso en %1: %2. Elija otro lugar.</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Exportar el uso como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>No yearly allotment is known for this hub.</source>
        <translation>No se conoce ninguna asignación anual para este hub.</translation>
    </message>
    <message>
        <source>&amp;Measure home folder now</source>
        <translation>&amp;Medir la carpeta personal ahora</translation>
    </message>
    <message>
        <source>Home folder storage</source>
        <translation>Almacenamiento de la carpeta personal</translation>
    </message>
    <message>
        <source>Measure the home folder now</source>
        <translation>Medir la carpeta personal ahora</translation>
    </message>
    <message numerus="yes">
        <source>Home folder: not measured yet. The app measures it while your server runs, at most every %n hour(s).</source>
        <translation>
            <numerusform>Carpeta personal: aún sin medir. La aplicación la mide mientras su servidor está en marcha, como máximo cada %n hora.</numerusform>
            <numerusform>Carpeta personal: aún sin medir. La aplicación la mide mientras su servidor está en marcha, como máximo cada %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The home folder could not be measured: %1</source>
        <translation>No se pudo medir la carpeta personal: %1</translation>
    </message>
    <message>
        <source>Measured %1, but the usage record could not be written: %2</source>
        <translation>Se midió %1, pero no se pudo escribir en el registro de uso: %2</translation>
    </message>
    <message>
        <source>The home folder is measured through your server: start it, then measure again.</source>
        <translation>La carpeta personal se mide a través de su servidor: inícielo y vuelva a medir.</translation>
    </message>
    <message>
        <source>Measuring the home folder… (it reads every folder; this may take a minute)</source>
        <translation>Midiendo la carpeta personal… (se lee cada carpeta; puede tardar un minuto)</translation>
    </message>
</context>
<context>
    <name>fornax::ui::YearChart</name>
    <message>
        <source>The credit year, as a chart</source>
        <translation>El año de créditos, en un gráfico</translation>
    </message>
    <message>
        <source>No yearly allotment is known for this hub: set one in Settings ▸ Rates and budget.</source>
        <translation>No se conoce ninguna asignación anual para este hub: establezca una en Configuración ▸ Tarifas y presupuesto.</translation>
    </message>
    <message>
        <source>run out %1</source>
        <translation>agotados %1</translation>
    </message>
    <message>
        <source>Used since %1 (solid line), forecast to %2 (dashed), the year&apos;s %3 %4 (grey line)</source>
        <translation>Usado desde %1 (línea continua), previsión hasta %2 (discontinua), los %3 %4 del año (línea gris)</translation>
    </message>
</context>
</TS>
