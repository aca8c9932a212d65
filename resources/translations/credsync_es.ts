<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApplyProgress</name>
    <message>
        <source>%1 of %2 steps written; verifying the result…</source>
        <translation>%1 de %2 pasos escritos; verificando el resultado…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>AutoFix</name>
    <message>
        <source>Already correct: nothing needed changing</source>
        <translation>Ya estaba correcto: no hubo que cambiar nada</translation>
    </message>
    <message>
        <source>Not resolved: nothing was changed</source>
        <translation>Sin resolver: no se cambió nada</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
</context>
<context>
    <name>BoundedJson</name>
    <message>
        <source>the JSON document is %1 bytes long, more than the %2 allowed</source>
        <translation>el documento JSON ocupa %1 bytes, más de los %2 permitidos</translation>
    </message>
    <message>
        <source>the JSON document is nested deeper than %1 levels (at byte %2)</source>
        <translation>el documento JSON tiene más de %1 niveles de anidamiento (en el byte %2)</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>credsync case: %1
</source>
        <translation>credsync case: %1
</translation>
    </message>
    <message>
        <source>%1  %2  %3 therapist(s)  opened %4%5
</source>
        <translation>%1  %2  %3 terapeuta(s)  abierto %4%5
</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>(sin ticket)</translation>
    </message>
    <message>
        <source>  closed </source>
        <translation>  cerrado </translation>
    </message>
    <message>
        <source>Machine-readable output (list, show).</source>
        <translation>Salida para programas (list, show).</translation>
    </message>
    <message>
        <source>list: closed cases too.</source>
        <translation>list: también los casos cerrados.</translation>
    </message>
    <message>
        <source>new: the ticket reference.</source>
        <translation>new: la referencia del ticket.</translation>
    </message>
    <message>
        <source>new: notes.</source>
        <translation>new: notas.</translation>
    </message>
    <message>
        <source>list, show, new, add, remove-therapist, rename, notes, ticket, close, reopen, delete</source>
        <translation>list, show, new, add, remove-therapist, rename, notes, ticket, close, reopen, delete</translation>
    </message>
    <message>
        <source>credsync case: expected one of: %1 (with its arguments). See &apos;credsync case --help&apos;.
</source>
        <translation>credsync case: se esperaba uno de: %1 (con sus argumentos). Consulte «credsync case --help».
</translation>
    </message>
    <message>
        <source>No cases.
</source>
        <translation>No hay casos.
</translation>
    </message>
    <message>
        <source>  notes: %1
</source>
        <translation>  notas: %1
</translation>
    </message>
    <message>
        <source>  %1  %2  %3  seen %4: %5
</source>
        <translation>  %1  %2  %3  visto %4: %5
</translation>
    </message>
    <message>
        <source>credsync case: name at least one TARGET (or &apos;-&apos; to read a ticket from stdin).
</source>
        <translation>credsync case: indique al menos un OBJETIVO (o «-» para leer un ticket de la entrada estándar).
</translation>
    </message>
    <message>
        <source>not found: %1 (%2)
</source>
        <translation>no encontrado: %1 (%2)
</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; saved with %2 therapist(s).
</source>
        <translation>Caso «%1» guardado con %2 terapeuta(s).
</translation>
    </message>
    <message>
        <source>%1 therapist(s) added to &quot;%2&quot;.
</source>
        <translation>%1 terapeuta(s) añadidos a «%2».
</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>The profile (JSON) that says where HubSpot, the database, Loki and Sentry are.</source>
        <translation>El perfil (JSON) que indica dónde están HubSpot, la base de datos, Loki y Sentry.</translation>
    </message>
    <message>
        <source>Use the bundled sandbox and its demo world instead of real systems.</source>
        <translation>Usar el sandbox incluido y su mundo de demostración en lugar de los sistemas reales.</translation>
    </message>
    <message>
        <source>Log level on stderr: trace, debug, info, warn (default), error, off.</source>
        <translation>Nivel de log en stderr: trace, debug, info, warn (por defecto), error, off.</translation>
    </message>
    <message>
        <source>Also write a debug log to this file (secrets are redacted).</source>
        <translation>Escribir además un log de depuración en este archivo (los secretos se ocultan).</translation>
    </message>
    <message>
        <source>Language of the output: es or en (default: the system locale&apos;s).</source>
        <translation>Idioma de la salida: es o en (por defecto, el del sistema).</translation>
    </message>
    <message>
        <source>the demo sandbox did not start: %1</source>
        <translation>el sandbox de demostración no arrancó: %1</translation>
    </message>
    <message>
        <source>no profile: pass --profile FILE, or --demo for the bundled sandbox</source>
        <translation>no hay perfil: indique --profile ARCHIVO, o --demo para usar el sandbox incluido</translation>
    </message>
</context>
<context>
    <name>DelayChart</name>
    <message>
        <source>%1: %2 objects, p50 %3 s, p99 %4 s; today&apos;s %5 s finds %6 %</source>
        <translation>%1: %2 objetos, p50 %3 s, p99 %4 s; con los %5 s actuales se encuentra el %6 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>today: %1 s</source>
        <translation>hoy: %1 s</translation>
    </message>
    <message>
        <source>99 %</source>
        <translation>99 %</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>-o takes a .png or .svg file, got %1</source>
        <translation>-o espera un archivo .png o .svg, pero recibió %1</translation>
    </message>
</context>
<context>
    <name>DelayReport</name>
    <message>
        <source>Sign-ups from %1 to %2: %3. The id pull runs %4 s after sign-up today.

</source>
        <translation>Altas del %1 al %2: %3. Hoy la consulta de ids se hace %4 s después del alta.

</translation>
    </message>
    <message>
        <source>object type            objects      p50      p90      p99      max
</source>
        <translation>tipo de objeto         objetos      p50      p90      p99     máx.
</translation>
    </message>
    <message>
        <source>%1: no object in this window, so no answer yet.
</source>
        <translation>%1: no hay ningún objeto en este periodo, así que todavía no hay respuesta.
</translation>
    </message>
    <message>
        <source>%1: a pull %2 s after sign-up would have found the object for 99 % of the sign-ups in this window; today&apos;s %3 s finds %4 %.
</source>
        <translation>%1: una consulta %2 s después del alta habría encontrado el objeto en el 99 % de las altas de este periodo; con los %3 s actuales se encuentra el %4 %.
</translation>
    </message>
    <message>
        <source>%1: where the log has the id pull that found nothing (%2 sign-ups), the object came %3 s after it (median), at most %4 s.
</source>
        <translation>%1: cuando el log muestra la consulta de ids que no encontró nada (%2 altas), el objeto apareció %3 s después (mediana), como mucho %4 s.
</translation>
    </message>
    <message>
        <source>%1: no object after %2 s: %3
</source>
        <translation>%1: ningún objeto pasados %2 s: %3
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Nota: %1
</translation>
    </message>
    <message>
        <source>give either --since or --from/--to, not both</source>
        <translation>indique --since o bien --from/--to, no ambos</translation>
    </message>
    <message>
        <source>--since takes a duration such as 30d, 12h or 90m, got &quot;%1&quot;</source>
        <translation>--since espera una duración como 30d, 12h o 90m, pero recibió «%1»</translation>
    </message>
    <message>
        <source>--from takes a date (2026-11-01) or an ISO-8601 time, got &quot;%1&quot;</source>
        <translation>--from espera una fecha (2026-11-01) o una hora ISO-8601, pero recibió «%1»</translation>
    </message>
    <message>
        <source>--to takes a date (2026-11-30) or an ISO-8601 time, got &quot;%1&quot;</source>
        <translation>--to espera una fecha (2026-11-30) o una hora ISO-8601, pero recibió «%1»</translation>
    </message>
    <message>
        <source>the window is empty: %1 is not before %2</source>
        <translation>el periodo está vacío: %1 no es anterior a %2</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>create a new private app token and put it in the environment variable or the keyring</source>
        <translation>cree un token nuevo de la app privada y póngalo en la variable de entorno o en el llavero</translation>
    </message>
    <message>
        <source>give the private app the scopes %1</source>
        <translation>dé a la app privada los permisos %1</translation>
    </message>
    <message>
        <source>check the base URL, the network and any proxy</source>
        <translation>compruebe la URL base, la red y el proxy si lo hay</translation>
    </message>
    <message>
        <source>%1 labels readable</source>
        <translation>se pueden leer las etiquetas de %1</translation>
    </message>
    <message>
        <source>crm.objects.custom.read, crm.schemas.custom.read</source>
        <translation>crm.objects.custom.read, crm.schemas.custom.read</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; exists for %2</source>
        <translation>la etiqueta «%1» existe para %2</translation>
    </message>
    <message>
        <source>the portal defines no such label from contacts to %1 (%2)</source>
        <translation>el portal no define esa etiqueta de contactos a %1 (%2)</translation>
    </message>
    <message>
        <source>create the association label in HubSpot, or correct objects[].labels in the profile</source>
        <translation>cree la etiqueta de asociación en HubSpot o corrija objects[].labels en el perfil</translation>
    </message>
    <message>
        <source>associationTypeId %1 (%2)</source>
        <translation>associationTypeId %1 (%2)</translation>
    </message>
    <message>
        <source>%1 association limits readable</source>
        <translation>se pueden leer los límites de asociación de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; capped at one %2</source>
        <translation>«%1» limitada a un solo %2</translation>
    </message>
    <message>
        <source>HubSpot enforces at most one record with this label</source>
        <translation>HubSpot impone como mucho un registro con esta etiqueta</translation>
    </message>
    <message>
        <source>HubSpot allows up to %1 records with this label</source>
        <translation>HubSpot permite hasta %1 registros con esta etiqueta</translation>
    </message>
    <message>
        <source>HubSpot does not limit this label: two objects can carry it at once</source>
        <translation>HubSpot no limita esta etiqueta: dos objetos pueden llevarla a la vez</translation>
    </message>
    <message>
        <source>optional: set an association limit of 1 in HubSpot; the console checks it either way</source>
        <translation>opcional: ponga un límite de asociación de 1 en HubSpot; la consola lo comprueba de todos modos</translation>
    </message>
    <message>
        <source>contacts searchable</source>
        <translation>se pueden buscar contactos</translation>
    </message>
    <message>
        <source>contact search answered</source>
        <translation>la búsqueda de contactos respondió</translation>
    </message>
    <message>
        <source>logs readable</source>
        <translation>se pueden leer los logs</translation>
    </message>
    <message>
        <source>query_range answered for %1</source>
        <translation>query_range respondió para %1</translation>
    </message>
    <message>
        <source>check loki.base_url, loki.selector and the credentials</source>
        <translation>compruebe loki.base_url, loki.selector y las credenciales</translation>
    </message>
    <message>
        <source>logs configured</source>
        <translation>logs configurados</translation>
    </message>
    <message>
        <source>no loki.base_url in the profile: log evidence is off</source>
        <translation>el perfil no tiene loki.base_url: sin evidencia de logs</translation>
    </message>
    <message>
        <source>issues readable</source>
        <translation>se pueden leer las incidencias</translation>
    </message>
    <message>
        <source>errors configured</source>
        <translation>errores configurados</translation>
    </message>
    <message>
        <source>no sentry.base_url in the profile: error evidence is off</source>
        <translation>el perfil no tiene sentry.base_url: sin evidencia de errores</translation>
    </message>
    <message>
        <source>profile valid</source>
        <translation>perfil válido</translation>
    </message>
    <message>
        <source>database reachable, columns present</source>
        <translation>base de datos accesible, columnas presentes</translation>
    </message>
    <message>
        <source>token accepted</source>
        <translation>token aceptado</translation>
    </message>
    <message>
        <source>check database.url, the password variable and the table/column names in the profile</source>
        <translation>compruebe database.url, la variable de la contraseña y los nombres de tabla y columnas del perfil</translation>
    </message>
    <message>
        <source>check hubspot.token_env and that the private app token is current</source>
        <translation>compruebe hubspot.token_env y que el token de la app privada esté vigente</translation>
    </message>
    <message>
        <source>therapists readable</source>
        <translation>se pueden leer los terapeutas</translation>
    </message>
    <message>
        <source>%1 rows in %2</source>
        <translation>%1 filas en %2</translation>
    </message>
    <message>
        <source>organization readable</source>
        <translation>se puede leer la organización</translation>
    </message>
    <message>
        <source>project found</source>
        <translation>proyecto encontrado</translation>
    </message>
    <message>
        <source>create a Sentry auth token with org:read, project:read and event:read and put it in %1 or the keyring</source>
        <translation>cree un token de autenticación de Sentry con org:read, project:read y event:read y guárdelo en %1 o en el llavero</translation>
    </message>
    <message>
        <source>check sentry.base_url, the network and any proxy</source>
        <translation>revise sentry.base_url, la red y el proxy, si lo hay</translation>
    </message>
    <message>
        <source>check sentry.org and sentry.project (the slugs in the Sentry URL)</source>
        <translation>revise sentry.org y sentry.project (los identificadores que aparecen en la URL de Sentry)</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida para programas.</translation>
    </message>
    <message>
        <source>credsync doctor: %1
</source>
        <translation>credsync doctor: %1
</translation>
    </message>
    <message>
        <source>✗ profile: %1
</source>
        <translation>✗ perfil: %1
</translation>
    </message>
    <message>
        <source>    fix: %1
</source>
        <translation>    solución: %1
</translation>
    </message>
    <message>
        <source>
Everything the console needs is in place.
</source>
        <translation>
Todo lo que la consola necesita está en su sitio.
</translation>
    </message>
    <message>
        <source>
Some checks failed: see the fixes above.
</source>
        <translation>
Algunas comprobaciones fallaron: vea arriba cómo solucionarlas.
</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>less than 0.1 s</source>
        <translation>menos de 0,1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceWindow</name>
    <message>
        <source>Loki was asked for the last %1 days: this therapist has no known start.</source>
        <translation>Se consultaron en Loki los últimos %1 días: no se sabe cuándo empezó este terapeuta.</translation>
    </message>
    <message>
        <source>Sentry was asked for the last %1 days: this therapist has no known start.</source>
        <translation>Se consultaron en Sentry los últimos %1 días: no se sabe cuándo empezó este terapeuta.</translation>
    </message>
    <message>
        <source>Loki covers this therapist&apos;s whole history, which starts %1.</source>
        <translation>Loki abarca todo el historial de este terapeuta, que empieza el %1.</translation>
    </message>
    <message>
        <source>Sentry covers this therapist&apos;s whole history, which starts %1.</source>
        <translation>Sentry abarca todo el historial de este terapeuta, que empieza el %1.</translation>
    </message>
    <message>
        <source>Loki keeps %1 days (since %2); this therapist&apos;s history starts %3, so the id pull of that day cannot be shown.</source>
        <translation>Loki conserva %1 días (desde el %2); el historial de este terapeuta empieza el %3, así que no se puede mostrar la consulta de ids de ese día.</translation>
    </message>
    <message>
        <source>Sentry is asked for the last %1 only (sentry.stats_period, since %2); this therapist&apos;s history starts %3, so the errors of that day cannot be shown.</source>
        <translation>A Sentry solo se le piden los últimos %1 (sentry.stats_period, desde el %2); el historial de este terapeuta empieza el %3, así que no se pueden mostrar los errores de ese día.</translation>
    </message>
    <message>
        <source>Sentry keeps %1 days (since %2); this therapist&apos;s history starts %3, so the errors of that day cannot be shown.</source>
        <translation>Sentry conserva %1 días (desde el %2); el historial de este terapeuta empieza el %3, así que no se pueden mostrar los errores de ese día.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>unknown: %1</source>
        <translation>desconocido: %1</translation>
    </message>
    <message>
        <source>checked in full (ids, labels, logs and Sentry)</source>
        <translation>comprobado a fondo (ids, etiquetas, registros y Sentry)</translation>
    </message>
    <message>
        <source>checked (ids and labels)</source>
        <translation>comprobado (ids y etiquetas)</translation>
    </message>
    <message>
        <source>Fixed and verified %1: logs and errors from before it are history and make no finding.</source>
        <translation>Corregido y verificado %1: los registros y errores anteriores son historia y no generan hallazgos.</translation>
    </message>
    <message>
        <source>(before the fix of %1)</source>
        <translation>(antes de la corrección del %1)</translation>
    </message>
    <message>
        <source>[email hidden]</source>
        <translation>[correo oculto]</translation>
    </message>
    <message>
        <source>HubSpot has the %1 object %2 labelled “%3”, but the database column %4 is empty. Every later sync of this object fails until the id is pulled.</source>
        <translation>HubSpot tiene el objeto %1 %2 con la etiqueta «%3», pero la columna %4 de la base de datos está vacía. Cada sincronización posterior de este objeto falla hasta que se traiga el id.</translation>
    </message>
    <message>
        <source>HubSpot has the %1 object and its label, but the database column that should hold its id is empty. Every later sync of this object fails until the id is pulled.</source>
        <translation>HubSpot tiene el objeto %1 y su etiqueta, pero la columna de la base de datos que debería guardar su id está vacía. Cada sincronización posterior de este objeto falla hasta que se traiga el id.</translation>
    </message>
    <message>
        <source>The database column %1 holds %2, which is not the %3 object carrying “%4” in HubSpot (it is unlabelled, carries another label, is archived or no longer exists).</source>
        <translation>La columna %1 de la base de datos guarda %2, que no es el objeto %3 con la etiqueta «%4» en HubSpot (no tiene etiqueta, tiene otra, está archivado o ya no existe).</translation>
    </message>
    <message>
        <source>The database holds an id for this label that is not the %1 object carrying the label in HubSpot (it is unlabelled, carries another label, is archived or no longer exists).</source>
        <translation>La base de datos guarda para esta etiqueta un id que no es el objeto %1 que la lleva en HubSpot (no tiene etiqueta, tiene otra, está archivado o ya no existe).</translation>
    </message>
    <message>
        <source>HubSpot has no %1 object associated with this contact. For a fresh sign-up the workflow may still be running; for an older one it did not run.</source>
        <translation>HubSpot no tiene ningún objeto %1 asociado a este contacto. En un alta reciente el workflow puede seguir en curso; en una antigua no se ejecutó.</translation>
    </message>
    <message>
        <source>Several %1 objects (%2) carry “%3”, which must be on exactly one object: a new credentialing cycle stopped half-way, or the worker ran twice.</source>
        <translation>Varios objetos %1 (%2) llevan «%3», que debe estar en un solo objeto: un nuevo ciclo de credencialización se quedó a medias o el worker se ejecutó dos veces.</translation>
    </message>
    <message>
        <source>More than one %1 object carries a label that must be on exactly one object: a new credentialing cycle stopped half-way, or the worker ran twice.</source>
        <translation>Más de un objeto %1 lleva una etiqueta que debe estar en un solo objeto: un nuevo ciclo de credencialización se quedó a medias o el worker se ejecutó dos veces.</translation>
    </message>
    <message>
        <source>%1 objects exist, but none carries the required label: the step that labels the new object did not happen.</source>
        <translation>Existen objetos %1, pero ninguno lleva la etiqueta obligatoria: no se ejecutó el paso que etiqueta el objeto nuevo.</translation>
    </message>
    <message>
        <source>The %1 object %2 carries labels that exclude each other (%3): the step that removes the old label did not happen.</source>
        <translation>El objeto %1 %2 lleva etiquetas que se excluyen entre sí (%3): no se ejecutó el paso que quita la etiqueta antigua.</translation>
    </message>
    <message>
        <source>One %1 object carries two labels that exclude each other: the step that removes the old label did not happen.</source>
        <translation>Un objeto %1 lleva dos etiquetas que se excluyen entre sí: no se ejecutó el paso que quita la etiqueta antigua.</translation>
    </message>
    <message>
        <source>The backend pulled the ids, found nothing, and HubSpot created the %1 object %2 %3 s later: the pull ran too early.</source>
        <translation>El backend pidió los ids, no encontró nada, y HubSpot creó el objeto %1 %2 %3 s después: la consulta se hizo demasiado pronto.</translation>
    </message>
    <message>
        <source>The backend pulled the ids before HubSpot had created the %1 object: the pull found nothing and the object was created afterwards. The pull ran too early.</source>
        <translation>El backend pidió los ids antes de que HubSpot creara el objeto %1: la consulta no encontró nada y el objeto se creó después. La consulta se hizo demasiado pronto.</translation>
    </message>
    <message>
        <source>The %1 objects %2 were created %3 s apart for this contact: the worker ran twice.</source>
        <translation>Los objetos %1 %2 se crearon con %3 s de diferencia para este contacto: el worker se ejecutó dos veces.</translation>
    </message>
    <message>
        <source>Two %1 objects were created for this contact seconds apart: the worker ran twice.</source>
        <translation>Se crearon dos objetos %1 para este contacto con segundos de diferencia: el worker se ejecutó dos veces.</translation>
    </message>
    <message>
        <source>The column %1 changed %2 times within a short time: two workers were writing it in turn.</source>
        <translation>La columna %1 cambió %2 veces en poco tiempo: dos workers la escribían por turnos.</translation>
    </message>
    <message>
        <source>An id column changed several times within a short time: two workers were writing it in turn.</source>
        <translation>Una columna de id cambió varias veces en poco tiempo: dos workers la escribían por turnos.</translation>
    </message>
    <message>
        <source>Sentry holds %1 sync error event(s) for this contact; they continue until the ids are right.</source>
        <translation>Sentry tiene %1 evento(s) de error de sincronización para este contacto; seguirán hasta que los ids sean correctos.</translation>
    </message>
    <message>
        <source>Sentry holds sync errors for this contact; they continue until the ids are right.</source>
        <translation>Sentry tiene errores de sincronización para este contacto; seguirán hasta que los ids sean correctos.</translation>
    </message>
    <message>
        <source>pull the ids from HubSpot into the database</source>
        <translation>traer los ids de HubSpot a la base de datos</translation>
    </message>
    <message>
        <source>relabel the objects so that exactly one carries each unique label</source>
        <translation>reetiquetar los objetos para que cada etiqueta única esté en un solo objeto</translation>
    </message>
    <message>
        <source>resync the object from the database</source>
        <translation>resincronizar el objeto desde la base de datos</translation>
    </message>
    <message>
        <source>wait: HubSpot may still be creating the objects</source>
        <translation>esperar: HubSpot puede estar creando aún los objetos</translation>
    </message>
    <message>
        <source>no fix needed</source>
        <translation>no hace falta corrección</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message numerus="yes">
        <source>Therapist write-up: %n therapist(s)</source>
        <translation>
            <numerusform>Informe de terapeutas: %n terapeuta</numerusform>
            <numerusform>Informe de terapeutas: %n terapeutas</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Caso abierto</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Caso cerrado</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>HubSpot portal</source>
        <translation>portal de HubSpot</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Anonimizado</translation>
    </message>
    <message>
        <source>names and email addresses are masked</source>
        <translation>los nombres y las direcciones de correo están ocultos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Id de contacto</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Fix applied</source>
        <translation>Corrección aplicada</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>Therapists by finding</source>
        <translation>Terapeutas por hallazgo</translation>
    </message>
    <message>
        <source>no object carries the label</source>
        <translation>ningún objeto lleva la etiqueta</translation>
    </message>
    <message>
        <source>HubSpot could not be read</source>
        <translation>no se pudo leer HubSpot</translation>
    </message>
    <message>
        <source>Ids in the database</source>
        <translation>Ids en la base de datos</translation>
    </message>
    <message>
        <source>Objects in HubSpot</source>
        <translation>Objetos en HubSpot</translation>
    </message>
    <message>
        <source>HubSpot could not be read for this contact.</source>
        <translation>No se pudo leer HubSpot para este contacto.</translation>
    </message>
    <message>
        <source>No object is associated with this contact.</source>
        <translation>No hay ningún objeto asociado a este contacto.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>No findings: the database ids and the HubSpot labels agree.</source>
        <translation>Sin hallazgos: los ids de la base de datos y las etiquetas de HubSpot coinciden.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Corrección sugerida</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Líneas de log</translation>
    </message>
    <message>
        <source>LogQL query</source>
        <translation>Consulta LogQL</translation>
    </message>
    <message>
        <source>No log lines found.</source>
        <translation>No se encontraron líneas de log.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Sentry issues</source>
        <translation>Incidencias de Sentry</translation>
    </message>
    <message>
        <source>No Sentry issues found.</source>
        <translation>No se encontraron incidencias en Sentry.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>vista por primera vez</translation>
    </message>
    <message>
        <source>last seen</source>
        <translation>vista por última vez</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Labels of object %1</source>
        <translation>Etiquetas del objeto %1</translation>
    </message>
    <message>
        <source>New object %1</source>
        <translation>Objeto nuevo %1</translation>
    </message>
    <message>
        <source>Object %1 is gone or archived</source>
        <translation>El objeto %1 ya no existe o está archivado</translation>
    </message>
    <message>
        <source>Was → now</source>
        <translation>Antes → ahora</translation>
    </message>
    <message>
        <source>Seen when the case was saved</source>
        <translation>Visto al guardar el caso</translation>
    </message>
    <message>
        <source>inspected again</source>
        <translation>inspeccionado de nuevo</translation>
    </message>
    <message>
        <source>Nothing changed since the case was saved.</source>
        <translation>Nada ha cambiado desde que se guardó el caso.</translation>
    </message>
    <message>
        <source>Fixes applied</source>
        <translation>Correcciones aplicadas</translation>
    </message>
    <message>
        <source>None recorded in the workspace.</source>
        <translation>Ninguna registrada en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>Therapist id</source>
        <translation>Id de terapeuta</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Looked up as</source>
        <translation>Buscado como</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <source>Targets not found</source>
        <translation>Objetivos no encontrados</translation>
    </message>
    <message>
        <source>Made by %1 from profile %2 on %3. Contains no secrets.</source>
        <translation>Generado por %1 con el perfil %2 el %3. No contiene secretos.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Therapist %1</source>
        <translation>Terapeuta %1</translation>
    </message>
    <message>
        <source>matches HubSpot %1</source>
        <translation>coincide con HubSpot %1</translation>
    </message>
    <message>
        <source>MISSING: HubSpot has %1</source>
        <translation>FALTA: HubSpot tiene %1</translation>
    </message>
    <message>
        <source>STALE: no object with this id carries the label</source>
        <translation>OBSOLETO: ningún objeto con este id lleva la etiqueta</translation>
    </message>
    <message>
        <source>CONFLICT: %1 all carry the label</source>
        <translation>CONFLICTO: %1 llevan todos la etiqueta</translation>
    </message>
    <message>
        <source>No log lines found in what Loki still keeps.</source>
        <translation>No se encontraron líneas de log en lo que Loki aún conserva.</translation>
    </message>
    <message>
        <source>No Sentry issues found in what Sentry still keeps.</source>
        <translation>No se encontraron incidencias en lo que Sentry aún conserva.</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Hora (%1)</translation>
    </message>
    <message>
        <source>Created (%1)</source>
        <translation>Creado (%1)</translation>
    </message>
    <message>
        <source>What was wrong: %1.</source>
        <translation>Qué fallaba: %1.</translation>
    </message>
    <message>
        <source>What was wrong: not known, %1</source>
        <translation>Qué fallaba: no se sabe, %1</translation>
    </message>
    <message>
        <source>What was wrong: nothing is left to see now; what was done says what the fix changed.</source>
        <translation>Qué fallaba: ya no queda nada a la vista; lo que se hizo explica qué cambió la corrección.</translation>
    </message>
    <message>
        <source>What was wrong: nothing, the database ids and the HubSpot labels agree.</source>
        <translation>Qué fallaba: nada, los ids de la base de datos y las etiquetas de HubSpot coinciden.</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) el %3</translation>
    </message>
    <message>
        <source>%1 (%2) on %3 by %4</source>
        <translation>%1 (%2) el %3 por %4</translation>
    </message>
    <message>
        <source>What was done: %1.</source>
        <translation>Qué se hizo: %1.</translation>
    </message>
    <message>
        <source>What was done: a fix was verified on %1.</source>
        <translation>Qué se hizo: se verificó una corrección el %1.</translation>
    </message>
    <message>
        <source>What was done: nothing yet; the fix to apply: %1.</source>
        <translation>Qué se hizo: nada todavía; la corrección que hay que aplicar: %1.</translation>
    </message>
    <message>
        <source>What was done: nothing.</source>
        <translation>Qué se hizo: nada.</translation>
    </message>
    <message>
        <source>Checked in full (ids, labels, logs and Sentry) on %1.</source>
        <translation>Comprobado por completo (ids, etiquetas, logs y Sentry) el %1.</translation>
    </message>
    <message>
        <source>Ids and labels checked on %1; logs and Sentry not read.</source>
        <translation>Ids y etiquetas comprobados el %1; no se leyeron los logs ni Sentry.</translation>
    </message>
    <message>
        <source>Current state: resolved, the database ids and the HubSpot labels agree.</source>
        <translation>Estado actual: resuelto, los ids de la base de datos y las etiquetas de HubSpot coinciden.</translation>
    </message>
    <message>
        <source>Current state: correct, the database ids and the HubSpot labels agree.</source>
        <translation>Estado actual: correcto, los ids de la base de datos y las etiquetas de HubSpot coinciden.</translation>
    </message>
    <message>
        <source>Current state: still wrong (%1).</source>
        <translation>Estado actual: sigue mal (%1).</translation>
    </message>
    <message>
        <source>Current state: needs attention (%1).</source>
        <translation>Estado actual: requiere atención (%1).</translation>
    </message>
    <message>
        <source>Current state: cannot be told: %1</source>
        <translation>Estado actual: no se puede saber: %1</translation>
    </message>
    <message>
        <source>For the ticket</source>
        <translation>Para el ticket</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>contacto %1</translation>
    </message>
    <message>
        <source>Times in %1.</source>
        <translation>Horas en %1.</translation>
    </message>
    <message>
        <source>The full evidence follows.</source>
        <translation>A continuación, toda la evidencia.</translation>
    </message>
    <message>
        <source>checked (ids, labels, and logs and Sentry as far back as they keep)</source>
        <translation>comprobado (ids, etiquetas, y logs y Sentry hasta donde los conservan)</translation>
    </message>
    <message>
        <source>Checked on %1: ids, labels, and logs and Sentry as far back as they keep.</source>
        <translation>Comprobado el %1: ids, etiquetas, y logs y Sentry hasta donde los conservan.</translation>
    </message>
    <message>
        <source>Ids and labels checked on %1; logs or Sentry could not be read.</source>
        <translation>Ids y etiquetas comprobados el %1; no se pudieron leer los logs o Sentry.</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>con problemas</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>credsync export: %1
See &apos;credsync export --help&apos;.
</source>
        <translation>credsync export: %1
Consulte «credsync export --help».
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>md, json, csv or pdf.</source>
        <translation>md, json, csv o pdf.</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout (required for pdf).</source>
        <translation>Escribir en ARCHIVO en lugar de la salida estándar (obligatorio para pdf).</translation>
    </message>
    <message>
        <source>Mask names and email addresses (for sharing outside the team).</source>
        <translation>Ocultar nombres y direcciones de correo (para compartir fuera del equipo).</translation>
    </message>
    <message>
        <source>Export the stored case NAME (inspected again unless --stored).</source>
        <translation>Exportar el caso guardado NOMBRE (se inspecciona de nuevo salvo con --stored).</translation>
    </message>
    <message>
        <source>With --case: only the evidence stored with the case; no new inspection.</source>
        <translation>Con --case: solo la evidencia guardada con el caso, sin inspeccionar de nuevo.</translation>
    </message>
    <message>
        <source>Save the inspected TARGETs as case NAME (added to it when it exists).</source>
        <translation>Guardar los OBJETIVOS inspeccionados como caso NOMBRE (se añaden si ya existe).</translation>
    </message>
    <message>
        <source>With --save-case: the ticket reference (text or URL).</source>
        <translation>Con --save-case: la referencia del ticket (texto o URL).</translation>
    </message>
    <message>
        <source>With --save-case: notes for the case.</source>
        <translation>Con --save-case: notas del caso.</translation>
    </message>
    <message>
        <source>Contact ids, emails, UUIDs, HubSpot links, or &apos;-&apos; for a ticket on stdin.</source>
        <translation>Ids de contacto, correos, UUID, enlaces de HubSpot, o «-» para leer un ticket de la entrada estándar.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (md, json, csv or pdf)</source>
        <translation>formato desconocido «%1» (md, json, csv o pdf)</translation>
    </message>
    <message>
        <source>--format md|json|csv|pdf is required</source>
        <translation>hace falta --format md|json|csv|pdf</translation>
    </message>
    <message>
        <source>a PDF needs -o FILE</source>
        <translation>un PDF necesita -o ARCHIVO</translation>
    </message>
    <message>
        <source>--tz: unknown time zone &apos;%1&apos; (an IANA name such as Europe/Madrid)</source>
        <translation>--tz: zona horaria desconocida «%1» (un nombre IANA como Europe/Madrid)</translation>
    </message>
    <message>
        <source>--case and --save-case do not go together</source>
        <translation>--case y --save-case no se pueden usar juntos</translation>
    </message>
    <message>
        <source>--case exports the therapists of the case; to add TARGETs use --save-case NAME</source>
        <translation>--case exporta los terapeutas del caso; para añadir OBJETIVOS use --save-case NOMBRE</translation>
    </message>
    <message>
        <source>name at least one TARGET (or &apos;-&apos; to read a ticket from stdin), or --case NAME</source>
        <translation>indique al menos un OBJETIVO (o «-» para leer un ticket de la entrada estándar), o --case NOMBRE</translation>
    </message>
    <message>
        <source>--stored goes with --case</source>
        <translation>--stored va con --case</translation>
    </message>
    <message>
        <source>credsync export: %1
</source>
        <translation>credsync export: %1
</translation>
    </message>
    <message>
        <source>credsync export: could not inspect again (%1); exporting the evidence stored with the case.
</source>
        <translation>credsync export: no se pudo inspeccionar de nuevo (%1); se exporta la evidencia guardada con el caso.
</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot;: %2 therapist(s) added.
</source>
        <translation>Caso «%1»: %2 terapeuta(s) añadidos.
</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; saved with %2 therapist(s).
</source>
        <translation>Caso «%1» guardado con %2 terapeuta(s).
</translation>
    </message>
    <message>
        <source>credsync export: the audit log is unavailable (%1); fixes applied are not listed.
</source>
        <translation>credsync export: el registro de auditoría no está disponible (%1); no se listan las correcciones aplicadas.
</translation>
    </message>
    <message>
        <source>credsync export: %1 target(s) not found (listed in the export).
</source>
        <translation>credsync export: %1 objetivo(s) no encontrados (figuran en la exportación).
</translation>
    </message>
    <message>
        <source>The reader&apos;s time zone: every time is shown in it, and only in it (default: this machine&apos;s).</source>
        <translation>La zona horaria del lector: todas las horas se muestran en ella, y solo en ella (por defecto, la de este equipo).</translation>
    </message>
</context>
<context>
    <name>ExtraSettings</name>
    <message>
        <source>%1: expected a whole number from %2 to %3, got %4</source>
        <translation>%1: se esperaba un número entero de %2 a %3, pero se recibió %4</translation>
    </message>
    <message>
        <source>%1.%2: expected true or false, got %3</source>
        <translation>%1.%2: se esperaba true o false, pero se recibió %3</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Id missing in the database</source>
        <translation>Falta el id en la base de datos</translation>
    </message>
    <message>
        <source>HubSpot has the object and its label, but the database has no id for it: pull the ids.</source>
        <translation>HubSpot tiene el objeto y su etiqueta, pero la base de datos no guarda su id: traiga los ids.</translation>
    </message>
    <message>
        <source>Out-of-date id in the database</source>
        <translation>Id desactualizado en la base de datos</translation>
    </message>
    <message>
        <source>The database points to an object that no longer carries the label: pull the ids.</source>
        <translation>La base de datos apunta a un objeto que ya no lleva la etiqueta: traiga los ids.</translation>
    </message>
    <message>
        <source>No object in HubSpot</source>
        <translation>Ningún objeto en HubSpot</translation>
    </message>
    <message>
        <source>HubSpot has no object for this contact yet: wait for a fresh sign-up, escalate an old one.</source>
        <translation>HubSpot aún no tiene ningún objeto para este contacto: si el alta es reciente, espere; si es antigua, escálelo.</translation>
    </message>
    <message>
        <source>Label on several objects</source>
        <translation>Etiqueta en varios objetos</translation>
    </message>
    <message>
        <source>A label that belongs on one object is on several: relabel so only the right one keeps it.</source>
        <translation>Una etiqueta que va en un solo objeto está en varios: reetiquete para que solo la conserve el correcto.</translation>
    </message>
    <message>
        <source>Required label missing</source>
        <translation>Falta la etiqueta obligatoria</translation>
    </message>
    <message>
        <source>The objects exist but none carries the required label: relabel the newest one.</source>
        <translation>Los objetos existen, pero ninguno lleva la etiqueta obligatoria: reetiquete el más reciente.</translation>
    </message>
    <message>
        <source>Labels in conflict</source>
        <translation>Etiquetas en conflicto</translation>
    </message>
    <message>
        <source>One object carries two labels that exclude each other: relabel to remove the old one.</source>
        <translation>Un objeto lleva dos etiquetas que se excluyen entre sí: reetiquete para quitar la antigua.</translation>
    </message>
    <message>
        <source>Ids pulled too early</source>
        <translation>Ids consultados demasiado pronto</translation>
    </message>
    <message>
        <source>The backend asked for the ids before HubSpot had created the object: pull the ids again.</source>
        <translation>El backend pidió los ids antes de que HubSpot creara el objeto: vuelva a traer los ids.</translation>
    </message>
    <message>
        <source>Worker ran twice</source>
        <translation>El worker se ejecutó dos veces</translation>
    </message>
    <message>
        <source>Two objects were created seconds apart for this contact: relabel so one carries the label.</source>
        <translation>Se crearon dos objetos con segundos de diferencia para este contacto: reetiquete para que la etiqueta quede en uno.</translation>
    </message>
    <message>
        <source>Id changing back and forth</source>
        <translation>Id que cambia una y otra vez</translation>
    </message>
    <message>
        <source>An id column changed several times within an hour: two workers are overwriting each other.</source>
        <translation>Una columna de id cambió varias veces en una hora: dos workers se están pisando.</translation>
    </message>
    <message>
        <source>Sync errors in Sentry</source>
        <translation>Errores de sincronización en Sentry</translation>
    </message>
    <message>
        <source>Sentry holds sync errors for this contact; they stop once the ids are right.</source>
        <translation>Sentry tiene errores de sincronización para este contacto; cesarán cuando los ids sean correctos.</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>no object</source>
        <translation>sin objeto</translation>
    </message>
    <message>
        <source>missing in the database</source>
        <translation>falta en la base de datos</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>en conflicto</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>con problemas</translation>
    </message>
    <message>
        <source>ids only</source>
        <translation>solo ids</translation>
    </message>
    <message>
        <source>full</source>
        <translation>completa</translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <source>name at least one TARGET (or &apos;-&apos; to read a ticket from stdin)</source>
        <translation>indique al menos un OBJETIVO (o «-» para leer un ticket de la entrada estándar)</translation>
    </message>
    <message>
        <source>--label is for relabel only</source>
        <translation>--label solo sirve para relabel</translation>
    </message>
    <message>
        <source>--label-write: expected batch or put</source>
        <translation>--label-write: se esperaba batch o put</translation>
    </message>
    <message>
        <source>--recheck: expected a number of seconds</source>
        <translation>--recheck: se esperaba un número de segundos</translation>
    </message>
    <message>
        <source>--recheck only makes sense with --apply</source>
        <translation>--recheck solo tiene sentido con --apply</translation>
    </message>
    <message>
        <source>  %1 (contact %2): %3
</source>
        <translation>  %1 (contacto %2): %3
</translation>
    </message>
    <message>
        <source>BROKE AGAIN</source>
        <translation>VOLVIÓ A FALLAR</translation>
    </message>
    <message>
        <source>Print the plan or the result as JSON.</source>
        <translation>Mostrar el plan o el resultado en JSON.</translation>
    </message>
    <message>
        <source>Apply the plan (otherwise it is only shown).</source>
        <translation>Aplicar el plan (si no, solo se muestra).</translation>
    </message>
    <message>
        <source>relabel target, repeatable: &quot;LABEL=OBJECT_ID&quot;.</source>
        <translation>propuesta para relabel, repetible: &quot;ETIQUETA=ID_OBJETO&quot;.</translation>
    </message>
    <message>
        <source>Only this object type of the profile (e.g. Credentialing).</source>
        <translation>Solo este tipo de objeto del perfil (p. ej. Credentialing).</translation>
    </message>
    <message>
        <source>After applying, wait SECONDS and inspect again.</source>
        <translation>Tras aplicar, esperar SEGUNDOS e inspeccionar de nuevo.</translation>
    </message>
    <message>
        <source>How relabel adds labels: batch (batch/create, default) or put.</source>
        <translation>Cómo añade etiquetas relabel: batch (batch/create, por defecto) o put.</translation>
    </message>
    <message>
        <source>Contact ids, emails, UUIDs or HubSpot links.</source>
        <translation>Ids de contacto, correos, UUID o enlaces de HubSpot.</translation>
    </message>
    <message>
        <source>%1: the audit workspace cannot be opened, nothing applied: %2
</source>
        <translation>%1: no se puede abrir el espacio de trabajo de auditoría; no se aplicó nada: %2
</translation>
    </message>
    <message>
        <source>%1: no therapist matched.
</source>
        <translation>%1: ningún terapeuta coincide.
</translation>
    </message>
    <message>
        <source>waiting %1 s before re-checking (HubSpot workflows may still be running)…
</source>
        <translation>esperando %1 s antes de volver a comprobar (los workflows de HubSpot pueden seguir en curso)…
</translation>
    </message>
    <message>
        <source>fix held (ids and labels still right)</source>
        <translation>la corrección se mantiene (ids y etiquetas siguen bien)</translation>
    </message>
    <message>
        <source>name the fix: auto, pull-ids, resync or relabel</source>
        <translation>indique la corrección: auto, pull-ids, resync o relabel</translation>
    </message>
    <message>
        <source>unknown fix; expected auto, pull-ids, resync or relabel</source>
        <translation>corrección desconocida; se esperaba auto, pull-ids, resync o relabel</translation>
    </message>
    <message>
        <source>Plan: auto (one plan per therapist) for %1 therapist(s), profile %2. Nothing has been changed.</source>
        <translation>Plan: auto (un plan por terapeuta) para %1 terapeuta(s), perfil %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation>  %1: %2
</translation>
    </message>
    <message>
        <source>Each plan combines:</source>
        <translation>Cada plan combina:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <source>    changed: %1
</source>
        <translation>    cambiado: %1
</translation>
    </message>
    <message>
        <source>    left: %1
</source>
        <translation>    pendiente: %1
</translation>
    </message>
    <message>
        <source>auto | pull-ids | resync | relabel</source>
        <translation>auto | pull-ids | resync | relabel</translation>
    </message>
</context>
<context>
    <name>FixHeadline</name>
    <message>
        <source>%1 unresolved</source>
        <translation>%1 sin resolver</translation>
    </message>
    <message>
        <source>no therapist</source>
        <translation>ningún terapeuta</translation>
    </message>
    <message>
        <source>%1, profile %2: %3.</source>
        <translation>%1, perfil %2: %3.</translation>
    </message>
    <message>
        <source>Cancelled part-way.</source>
        <translation>Cancelado a medias.</translation>
    </message>
    <message>
        <source>%1 applied and verified</source>
        <translation>%1 aplicado(s) y verificado(s)</translation>
    </message>
    <message>
        <source>%1 with nothing to do</source>
        <translation>%1 sin nada que hacer</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 rechazado(s): %2</translation>
    </message>
    <message>
        <source>%1 not applied (read-only profile)</source>
        <translation>%1 sin aplicar (perfil de solo lectura)</translation>
    </message>
    <message>
        <source>%1 not applied (changed since planned)</source>
        <translation>%1 sin aplicar (cambió desde el plan)</translation>
    </message>
    <message>
        <source>%1 locked by %2</source>
        <translation>%1 bloqueado(s) por %2</translation>
    </message>
    <message>
        <source>%1 not started (cancelled)</source>
        <translation>%1 sin empezar (cancelado)</translation>
    </message>
    <message>
        <source>%1 failed and undone</source>
        <translation>%1 fallido(s) y deshecho(s)</translation>
    </message>
    <message>
        <source>%1 failed and NOT undone (needs a person)</source>
        <translation>%1 fallido(s) y NO deshecho(s) (hace falta una persona)</translation>
    </message>
    <message>
        <source>%1 written but not verified</source>
        <translation>%1 escrito(s) pero sin verificar</translation>
    </message>
</context>
<context>
    <name>FixPlan</name>
    <message>
        <source> (created %1)</source>
        <translation> (creado %1)</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <source>UPDATE %1 SET %2 WHERE %3 = ? AND (the row still holds the planned values); one transaction</source>
        <translation>UPDATE %1 SET %2 WHERE %3 = ? AND (la fila conserva aún los valores planificados); una sola transacción</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Poner %1</translation>
    </message>
    <message>
        <source>Remove %1 from %2 (it keeps: %3; the association stays)</source>
        <translation>Quitar %1 de %2 (conserva: %3; la asociación se mantiene)</translation>
    </message>
    <message>
        <source>Add %1 to %2 (it will carry: %3)</source>
        <translation>Añadir %1 a %2 (llevará: %3)</translation>
    </message>
    <message>
        <source>Update %1: %2</source>
        <translation>Actualizar %1: %2</translation>
    </message>
</context>
<context>
    <name>FixPlanCommand</name>
    <message>
        <source>
Applied and verified: %1
</source>
        <translation>
Aplicado y verificado: %1
</translation>
    </message>
    <message>
        <source>Already correct: %1
</source>
        <translation>Ya estaba correcto: %1
</translation>
    </message>
    <message>
        <source>Applied by an earlier run of this plan: %1
</source>
        <translation>Aplicado en una ejecución anterior de este plan: %1
</translation>
    </message>
    <message>
        <source>Skipped: %1
</source>
        <translation>Omitido: %1
</translation>
    </message>
    <message>
        <source>Failed: %1
</source>
        <translation>Falló: %1
</translation>
    </message>
    <message>
        <source>Interrupted: run the same &apos;credsync fix apply&apos; again to resume.
</source>
        <translation>Interrumpido: ejecute de nuevo el mismo &apos;credsync fix apply&apos; para continuar.
</translation>
    </message>
    <message>
        <source>the scan did not finish, so nothing was planned: %1</source>
        <translation>el escaneo no terminó, así que no se planificó nada: %1</translation>
    </message>
    <message>
        <source>the audit workspace cannot be opened, nothing applied: %1</source>
        <translation>no se puede abrir el espacio de auditoría; no se aplicó nada: %1</translation>
    </message>
    <message>
        <source>%1 (planned by %2, approved by %3)</source>
        <translation>%1 (planificado por %2, aprobado por %3)</translation>
    </message>
    <message>
        <source>An approved clean-up:
  credsync fix pull-ids|relabel|resync --from-scan [--code CODE] [--limit N] --plan-out PLAN.json
  credsync fix approve PLAN.json      (a second operator; never the planner)
  credsync fix apply PLAN.json        (only approved, unexpired plans; resumes after an interruption)</source>
        <translation>Una limpieza aprobada:
  credsync fix pull-ids|relabel|resync --from-scan [--code CODE] [--limit N] --plan-out PLAN.json
  credsync fix approve PLAN.json      (un segundo operador; nunca quien hizo el plan)
  credsync fix apply PLAN.json        (solo planes aprobados y vigentes; continúa tras una interrupción)</translation>
    </message>
    <message>
        <source>Plan for every therapist a fresh scan finds needing this fix.</source>
        <translation>Planificar para cada terapeuta que, según un escaneo nuevo, necesite esta corrección.</translation>
    </message>
    <message>
        <source>Only therapists with this finding code.</source>
        <translation>Solo los terapeutas con este código de hallazgo.</translation>
    </message>
    <message>
        <source>At most N therapists.</source>
        <translation>Como máximo N terapeutas.</translation>
    </message>
    <message>
        <source>Where to write the plan for approval.</source>
        <translation>Dónde guardar el plan para su aprobación.</translation>
    </message>
    <message>
        <source>Print the plan or the summary as JSON.</source>
        <translation>Mostrar el plan o el resumen en JSON.</translation>
    </message>
    <message>
        <source>pull-ids | relabel | resync (with --from-scan), approve or apply</source>
        <translation>pull-ids | relabel | resync (con --from-scan), approve o apply</translation>
    </message>
    <message>
        <source>credsync fix: %1
</source>
        <translation>credsync fix: %1
</translation>
    </message>
    <message>
        <source>credsync fix %1: name one PLAN.json.
</source>
        <translation>credsync fix %1: indique un único PLAN.json.
</translation>
    </message>
    <message>
        <source>credsync fix %1: %2
</source>
        <translation>credsync fix %1: %2
</translation>
    </message>
    <message>
        <source>credsync fix approve: %1
</source>
        <translation>credsync fix approve: %1
</translation>
    </message>
    <message>
        <source>%1 approved the %2 plan for %3 therapists (planned by %4).
</source>
        <translation>%1 aprobó el plan %2 para %3 terapeutas (planificado por %4).
</translation>
    </message>
    <message>
        <source>credsync fix apply: %1
</source>
        <translation>credsync fix apply: %1
</translation>
    </message>
    <message>
        <source>credsync fix apply: the profile &quot;%1&quot; is read-only: every fix is disabled.
</source>
        <translation>credsync fix apply: el perfil «%1» es de solo lectura: todas las correcciones están desactivadas.
</translation>
    </message>
    <message>
        <source>credsync fix apply: %1; nothing applied.
</source>
        <translation>credsync fix apply: %1; no se aplicó nada.
</translation>
    </message>
    <message>
        <source>[%1/%2] %3
</source>
        <translation>[%1/%2] %3
</translation>
    </message>
    <message>
        <source>credsync fix: use &apos;fix pull-ids|relabel|resync --from-scan --plan-out PLAN.json&apos;, &apos;fix approve PLAN.json&apos; or &apos;fix apply PLAN.json&apos;.
</source>
        <translation>credsync fix: use &apos;fix pull-ids|relabel|resync --from-scan --plan-out PLAN.json&apos;, &apos;fix approve PLAN.json&apos; o &apos;fix apply PLAN.json&apos;.
</translation>
    </message>
    <message>
        <source>credsync fix: --from-scan needs --plan-out PLAN.json.
</source>
        <translation>credsync fix: --from-scan necesita --plan-out PLAN.json.
</translation>
    </message>
    <message>
        <source>credsync fix: unknown finding code &quot;%1&quot;; expected one of %2.
</source>
        <translation>credsync fix: código de hallazgo desconocido «%1»; se esperaba uno de estos: %2.
</translation>
    </message>
    <message>
        <source>credsync fix: --limit takes a positive whole number, got &quot;%1&quot;.
</source>
        <translation>credsync fix: --limit espera un número entero positivo, pero recibió «%1».
</translation>
    </message>
    <message>
        <source>Planned %1 for %2 therapists; written to %3. A second operator approves it with &apos;credsync fix approve %3&apos;, then &apos;credsync fix apply %3&apos; applies it.
</source>
        <translation>Se planificó %1 para %2 terapeutas; guardado en %3. Un segundo operador lo aprueba con &apos;credsync fix approve %3&apos; y después &apos;credsync fix apply %3&apos; lo aplica.
</translation>
    </message>
</context>
<context>
    <name>FixText</name>
    <message>
        <source>     before: %1
     after:  %2
</source>
        <translation>     antes:   %1
     después: %2
</translation>
    </message>
    <message>
        <source>     api:    %1
</source>
        <translation>     api:     %1
</translation>
    </message>
    <message>
        <source>     status: %1%2%3
</source>
        <translation>     estado:  %1%2%3
</translation>
    </message>
    <message>
        <source> after %1 attempts</source>
        <translation> tras %1 intentos</translation>
    </message>
    <message>
        <source>  target (proposed from the evidence; change it with --label &quot;LABEL=OBJECT_ID&quot;):
</source>
        <translation>  destino (propuesto a partir de la evidencia; cámbielo con --label &quot;ETIQUETA=ID_OBJETO&quot;):
</translation>
    </message>
    <message>
        <source>  target (as given):
</source>
        <translation>  destino (tal como se indicó):
</translation>
    </message>
    <message>
        <source>no object</source>
        <translation>sin objeto</translation>
    </message>
    <message>
        <source>  REFUSED: %1
</source>
        <translation>  RECHAZADO: %1
</translation>
    </message>
    <message>
        <source>  nothing to do
</source>
        <translation>  nada que hacer
</translation>
    </message>
    <message>
        <source>  note: %1
</source>
        <translation>  nota: %1
</translation>
    </message>
    <message>
        <source> (contact %1)</source>
        <translation> (contacto %1)</translation>
    </message>
    <message>
        <source>Plan: %1 for %2 therapist(s), profile %3. Nothing has been changed.
</source>
        <translation>Plan: %1 para %2 terapeuta(s), perfil %3. No se ha cambiado nada.
</translation>
    </message>
    <message>
        <source>
unresolved: %1: %2
</source>
        <translation>
sin resolver: %1: %2
</translation>
    </message>
    <message>
        <source>
Run again with --apply to apply these steps.
</source>
        <translation>
Vuelva a ejecutarlo con --apply para aplicar estos pasos.
</translation>
    </message>
    <message>
        <source>  state now:
</source>
        <translation>  estado actual:
</translation>
    </message>
    <message>
        <source>  left to do:
</source>
        <translation>  lo que falta:
</translation>
    </message>
</context>
<context>
    <name>FixWords</name>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>nothing-to-do</source>
        <translation>nada que hacer</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>changed-since-planned</source>
        <translation>cambió desde el plan</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>failed-compensated</source>
        <translation>falló y se deshizo</translation>
    </message>
    <message>
        <source>failed-not-compensated</source>
        <translation>falló sin deshacerse</translation>
    </message>
    <message>
        <source>verify-failed</source>
        <translation>falló la verificación</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>pull-ids</source>
        <translation>traer ids</translation>
    </message>
    <message>
        <source>relabel</source>
        <translation>reetiquetar</translation>
    </message>
    <message>
        <source>resync</source>
        <translation>resincronizar</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>compensated</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>compensation-failed</source>
        <translation>no se pudo deshacer</translation>
    </message>
    <message>
        <source>not-attempted</source>
        <translation>sin intentar</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>no terminó</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>the request was not sent: the value of header %1 contains a control character (such as a line break)</source>
        <translation>no se envió la petición: el valor de la cabecera %1 contiene un carácter de control (como un salto de línea)</translation>
    </message>
</context>
<context>
    <name>HubSpot</name>
    <message numerus="yes">
        <source>HubSpot answered malformed data for %1: it said nothing about %n contact(s) it was asked for (%2)</source>
        <translation>
            <numerusform>HubSpot devolvió datos mal formados para %1: no dijo nada de %n contacto que se le pidió (%2)</numerusform>
            <numerusform>HubSpot devolvió datos mal formados para %1: no dijo nada de %n contactos que se le pidieron (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>HubSpot answered malformed data for %1: a result for contact %2, which was not asked for</source>
        <translation>HubSpot devolvió datos mal formados para %1: un resultado para el contacto %2, que no se había pedido</translation>
    </message>
    <message>
        <source>HubSpot answered malformed data for %1: %2 (answer began: %3)</source>
        <translation>HubSpot devolvió datos mal formados para %1: %2 (la respuesta empezaba así: %3)</translation>
    </message>
</context>
<context>
    <name>HubSpotGatherer</name>
    <message>
        <source>The database has no HubSpot contact id for this therapist, so HubSpot could not be read.</source>
        <translation>La base de datos no tiene id de contacto de HubSpot para este terapeuta, así que no se pudo leer HubSpot.</translation>
    </message>
    <message>
        <source>The database&apos;s contact id &quot;%1&quot; is not a HubSpot id, so HubSpot could not be read.</source>
        <translation>El id de contacto «%1» de la base de datos no es un id de HubSpot, así que no se pudo leer HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot association read failed: %1</source>
        <translation>Falló la lectura de asociaciones en HubSpot: %1</translation>
    </message>
    <message>
        <source>HubSpot object read failed: %1</source>
        <translation>Falló la lectura de objetos en HubSpot: %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Machine-readable output (see the README for the fields).</source>
        <translation>Salida para programas (los campos están en el README).</translation>
    </message>
    <message>
        <source>Skip Loki and Sentry (ids and labels only).</source>
        <translation>Omitir Loki y Sentry (solo ids y etiquetas).</translation>
    </message>
    <message>
        <source>What to inspect.</source>
        <translation>Qué inspeccionar.</translation>
    </message>
    <message>
        <source>credsync inspect: %1
</source>
        <translation>credsync inspect: %1
</translation>
    </message>
    <message>
        <source>credsync inspect: name at least one TARGET (or &apos;-&apos; to read a ticket from stdin).
</source>
        <translation>credsync inspect: indique al menos un OBJETIVO (o «-» para leer un ticket de la entrada estándar).
</translation>
    </message>
    <message>
        <source>credsync inspect: no therapist matched.
</source>
        <translation>credsync inspect: ningún terapeuta coincide.
</translation>
    </message>
    <message numerus="yes">
        <source>inspecting %n target(s)…</source>
        <translation>
            <numerusform>inspeccionando %n objetivo…</numerusform>
            <numerusform>inspeccionando %n objetivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>inspecting: %1/%2 therapists</source>
        <translation>inspeccionando: %1/%2 terapeutas</translation>
    </message>
</context>
<context>
    <name>InspectorFixes</name>
    <message>
        <source>the sources are not connected</source>
        <translation>los orígenes no están conectados</translation>
    </message>
    <message>
        <source>the audit workspace cannot be opened, nothing is applied: %1</source>
        <translation>no se puede abrir el espacio de trabajo de auditoría; no se aplica nada: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>--lang needs a value: es or en.</source>
        <translation>--lang necesita un valor: es o en.</translation>
    </message>
    <message>
        <source>--lang: unknown language &quot;%1&quot; (expected es or en).</source>
        <translation>--lang: idioma desconocido «%1» (se espera es o en).</translation>
    </message>
</context>
<context>
    <name>LockCommand</name>
    <message>
        <source>The per-therapist locks fixes take (see docs/locking.md).

  list                         every lock: contact, holder, host, process, since, state
  release CONTACT --reason T   remove a lock whoever holds it (audited with the reason)</source>
        <translation>Los bloqueos por terapeuta que toman las correcciones (vea docs/locking.md).

  list                         todos los bloqueos: contacto, titular, equipo, proceso, desde, estado
  release CONTACT --reason T   quita un bloqueo, lo tenga quien lo tenga (queda en la auditoría con el motivo)</translation>
    </message>
    <message>
        <source>Print the locks as JSON.</source>
        <translation>Mostrar los bloqueos en JSON.</translation>
    </message>
    <message>
        <source>Why the lock is released (required, recorded in the audit).</source>
        <translation>Por qué se libera el bloqueo (obligatorio, queda en el registro de auditoría).</translation>
    </message>
    <message>
        <source>credsync lock: expected list or release. See &apos;credsync lock --help&apos;.
</source>
        <translation>credsync lock: se esperaba list o release. Consulte &apos;credsync lock --help&apos;.
</translation>
    </message>
    <message>
        <source>credsync lock release: name one CONTACT and say why with --reason TEXT.
</source>
        <translation>credsync lock release: indique un único CONTACT y el motivo con --reason TEXTO.
</translation>
    </message>
    <message>
        <source>No therapist is locked.
</source>
        <translation>No hay ningún terapeuta bloqueado.
</translation>
    </message>
    <message>
        <source>%1  %2  held by %3 (process %4 on %5) since %6
</source>
        <translation>%1  %2  bloqueado por %3 (proceso %4 en %5) desde %6
</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>un equipo desconocido</translation>
    </message>
    <message>
        <source>credsync lock: the audit workspace cannot be opened, nothing released: %1
</source>
        <translation>credsync lock: no se puede abrir el espacio de auditoría; no se liberó nada: %1
</translation>
    </message>
    <message>
        <source>released the lock held by %1 (process %2 on %3) since %4: %5</source>
        <translation>liberó el bloqueo que tenía %1 (proceso %2 en %3) desde %4: %5</translation>
    </message>
    <message>
        <source>credsync lock: released, but the audit line could not be written: %1
</source>
        <translation>credsync lock: se liberó, pero no se pudo escribir la línea en el registro de auditoría: %1
</translation>
    </message>
    <message>
        <source>Released the lock on contact %1 (held by %2 since %3).
</source>
        <translation>Se liberó el bloqueo del contacto %1 (lo tenía %2 desde %3).
</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>the plan is not valid JSON</source>
        <translation>el plan no es un JSON válido</translation>
    </message>
    <message>
        <source>the plan must be a JSON object</source>
        <translation>el plan debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be pull-ids, relabel or resync</source>
        <translation>&quot;kind&quot; debe ser pull-ids, relabel o resync</translation>
    </message>
    <message>
        <source>&quot;created_at&quot; must be an ISO-8601 time</source>
        <translation>&quot;created_at&quot; debe ser una hora ISO-8601</translation>
    </message>
    <message>
        <source>&quot;planner&quot; is missing</source>
        <translation>falta &quot;planner&quot;</translation>
    </message>
    <message>
        <source>&quot;approvals&quot; must be a list</source>
        <translation>&quot;approvals&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>each approval needs &quot;operator&quot; and &quot;at&quot;</source>
        <translation>cada aprobación necesita &quot;operator&quot; y &quot;at&quot;</translation>
    </message>
    <message>
        <source>&quot;therapists&quot; must be a list</source>
        <translation>&quot;therapists&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>each therapist must be an object</source>
        <translation>cada terapeuta debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>a therapist has neither a valid &quot;contact_id&quot; nor a &quot;therapist_id&quot;</source>
        <translation>un terapeuta no tiene ni un &quot;contact_id&quot; válido ni un &quot;therapist_id&quot;</translation>
    </message>
    <message>
        <source>therapist %1: &quot;fingerprint&quot; and &quot;steps&quot; are required</source>
        <translation>terapeuta %1: &quot;fingerprint&quot; y &quot;steps&quot; son obligatorios</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the approving operator is unknown</source>
        <translation>no se sabe quién es el operador que aprueba</translation>
    </message>
    <message>
        <source>%1 planned this fix, so %1 cannot approve it: a second operator must.</source>
        <translation>%1 planificó esta corrección, así que %1 no puede aprobarla: debe hacerlo un segundo operador.</translation>
    </message>
    <message>
        <source>%1 already approved this plan.</source>
        <translation>%1 ya aprobó este plan.</translation>
    </message>
    <message>
        <source>the plan has no therapist to fix; there is nothing to approve.</source>
        <translation>el plan no tiene ningún terapeuta que corregir; no hay nada que aprobar.</translation>
    </message>
    <message>
        <source>the plan was made for the profile &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>el plan se hizo para el perfil «%1», no para «%2»</translation>
    </message>
    <message>
        <source>the plan is not approved: a second operator must run &apos;credsync fix approve&apos; on it first</source>
        <translation>el plan no está aprobado: antes un segundo operador debe ejecutar &apos;credsync fix approve&apos; sobre él</translation>
    </message>
    <message>
        <source>the plan has no valid approval: it was changed after it was approved, or approved by its planner</source>
        <translation>el plan no tiene una aprobación válida: se modificó después de aprobarse o lo aprobó quien lo planificó</translation>
    </message>
    <message>
        <source>the plan expired: it was made at %1 and plans are valid for %2 hours; plan again from a fresh scan</source>
        <translation>el plan caducó: se hizo el %1 y los planes valen %2 horas; vuelva a planificar a partir de un escaneo nuevo</translation>
    </message>
    <message>
        <source>the plan&apos;s creation time lies in the future; refusing it</source>
        <translation>la fecha de creación del plan está en el futuro; se rechaza</translation>
    </message>
</context>
<context>
    <name>ProfileChecks</name>
    <message>
        <source>duplicate column &quot;%1&quot;: already used by %2</source>
        <translation>columna «%1» repetida: ya la usa %2</translation>
    </message>
    <message>
        <source>duplicate column &quot;%1&quot;: also the id column of %2</source>
        <translation>columna «%1» repetida: también es la columna de id de %2</translation>
    </message>
    <message>
        <source>duplicate column &quot;%1&quot;: also %2</source>
        <translation>columna «%1» repetida: también es %2</translation>
    </message>
    <message>
        <source>duplicate column &quot;%1&quot;</source>
        <translation>columna «%1» repetida</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancelled: %1 done, %2 not started</source>
        <translation>Cancelado: %1 hechos, %2 sin empezar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>El entorno de pruebas de la demo no arrancó: %1</translation>
    </message>
    <message>
        <source>Could not open the profile %1: %2</source>
        <translation>No se pudo abrir el perfil %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>credsync report delays: for every therapist signed up in the window, the time from the database row&apos;s
creation to each custom object&apos;s creation in HubSpot (and from the backend&apos;s id pull, where its log has
it): p50/p90/p99/max per object type, and the pull delay that would have found 99 % of them.</source>
        <translation>credsync report delays: para cada terapeuta dado de alta en el periodo, el tiempo desde la creación de su fila
en la base de datos hasta la creación de cada objeto personalizado en HubSpot (y desde la consulta de ids del
backend, si su log la recoge): p50/p90/p99/máx. por tipo de objeto, y el retraso de consulta que habría encontrado el 99 %.</translation>
    </message>
    <message>
        <source>The report to make (delays).</source>
        <translation>El informe que se genera (delays).</translation>
    </message>
    <message>
        <source>The window: the last N days, hours or minutes (30d, 12h, 90m). Default 30d.</source>
        <translation>El periodo: los últimos N días, horas o minutos (30d, 12h, 90m). Por defecto, 30d.</translation>
    </message>
    <message>
        <source>The window&apos;s start: a date (UTC midnight) or an ISO-8601 time.</source>
        <translation>Inicio del periodo: una fecha (medianoche UTC) o una hora ISO-8601.</translation>
    </message>
    <message>
        <source>The window&apos;s end: a date (that whole day, UTC) or an ISO-8601 time.</source>
        <translation>Fin del periodo: una fecha (ese día completo, UTC) o una hora ISO-8601.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida para programas.</translation>
    </message>
    <message>
        <source>Also draw the histogram to FILE (.png or .svg).</source>
        <translation>Dibujar además el histograma en FILE (.png o .svg).</translation>
    </message>
    <message>
        <source>credsync report: %1
</source>
        <translation>credsync report: %1
</translation>
    </message>
    <message>
        <source>credsync report: name the report: delays. See &apos;credsync report --help&apos;.
</source>
        <translation>credsync report: indique el informe: delays. Consulte &apos;credsync report --help&apos;.
</translation>
    </message>
    <message>
        <source>credsync report: -o takes a .png or .svg file, got &quot;%1&quot;.
</source>
        <translation>credsync report: -o espera un archivo .png o .svg, pero recibió «%1».
</translation>
    </message>
    <message>
        <source>Histogram written to %1
</source>
        <translation>Histograma guardado en %1
</translation>
    </message>
    <message>
        <source>reading HubSpot: %1/%2 sign-ups</source>
        <translation>leyendo HubSpot: %1/%2 altas</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>%1 (created %2)</source>
        <translation>%1 (creado %2)</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJETO</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>DB COLUMN</source>
        <translation>COLUMNA BD</translation>
    </message>
    <message>
        <source>DB VALUE</source>
        <translation>VALOR BD</translation>
    </message>
    <message>
        <source>HUBSPOT OBJECT</source>
        <translation>OBJETO EN HUBSPOT</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VEREDICTO</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>  contact %1   therapist %2   created %3</source>
        <translation>  contacto %1   terapeuta %2   creado %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(looked up as &quot;%1&quot;)</source>
        <translation>(buscado como «%1»)</translation>
    </message>
    <message>
        <source>  Objects in HubSpot:</source>
        <translation>  Objetos en HubSpot:</translation>
    </message>
    <message>
        <source>%1 %2  created %3  labels: %4  [archived]</source>
        <translation>%1 %2  creado %3  etiquetas: %4  [archivado]</translation>
    </message>
    <message>
        <source>%1 %2  created %3  labels: %4</source>
        <translation>%1 %2  creado %3  etiquetas: %4</translation>
    </message>
    <message>
        <source>  No findings: the ids and labels agree.</source>
        <translation>  Sin hallazgos: los ids y las etiquetas coinciden.</translation>
    </message>
    <message>
        <source>  Findings:</source>
        <translation>  Hallazgos:</translation>
    </message>
    <message>
        <source>Suggested fix: %1</source>
        <translation>Corrección sugerida: %1</translation>
    </message>
    <message>
        <source>  Log lines (%1):</source>
        <translation>  Líneas de log (%1):</translation>
    </message>
    <message>
        <source>… %1 earlier lines</source>
        <translation>… %1 líneas anteriores</translation>
    </message>
    <message>
        <source>  Sentry issues:</source>
        <translation>  Incidencias de Sentry:</translation>
    </message>
    <message>
        <source>%1 ×%2  last seen %3</source>
        <translation>%1 ×%2  visto por última vez %3</translation>
    </message>
    <message>
        <source>  Timeline:</source>
        <translation>  Línea de tiempo:</translation>
    </message>
    <message numerus="yes">
        <source>Could not resolve %n target(s):</source>
        <translation>
            <numerusform>No se pudo resolver %n objetivo:</numerusform>
            <numerusform>No se pudieron resolver %n objetivos:</numerusform>
        </translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <source>  (history: before the fix of %1)</source>
        <translation>  (historial: antes de la corrección del %1)</translation>
    </message>
    <message>
        <source>%1 (checked: %2)</source>
        <translation>%1 (revisado: %2)</translation>
    </message>
    <message>
        <source>ids, labels, logs and Sentry</source>
        <translation>ids, etiquetas, logs y Sentry</translation>
    </message>
    <message>
        <source>ids and labels</source>
        <translation>ids y etiquetas</translation>
    </message>
    <message>
        <source>  Unknown: %1
</source>
        <translation>  Desconocido: %1
</translation>
    </message>
    <message>
        <source>ids, labels, and logs and Sentry as far back as they keep</source>
        <translation>ids, etiquetas, y logs y Sentry hasta donde los conservan</translation>
    </message>
</context>
<context>
    <name>RetryBudget</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>gave up after %1 of retries (this run may spend %2 waiting to retry)</source>
        <translation>se abandonó tras %1 de reintentos (esta ejecución puede esperar %2 para reintentar)</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>no step done</source>
        <translation>ningún paso hecho</translation>
    </message>
    <message>
        <source>step %1 done</source>
        <translation>paso %1 hecho</translation>
    </message>
    <message>
        <source>steps %1 done</source>
        <translation>pasos %1 hechos</translation>
    </message>
    <message>
        <source>interrupted fix of %1 by %2: %3, not verified at the end</source>
        <translation>corrección de %1 por %2 interrumpida: %3, sin verificar al final</translation>
    </message>
    <message>
        <source>interrupted fix of %1 by %2: %3, %4 not done</source>
        <translation>corrección de %1 por %2 interrumpida: %3, %4 sin hacer</translation>
    </message>
    <message>
        <source> (%1; step %2 was sent, its result is unknown)</source>
        <translation> (%1; el paso %2 se envió, su resultado es desconocido)</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Check at most N therapists.</source>
        <translation>Revisar como mucho N terapeutas.</translation>
    </message>
    <message>
        <source>Also read Loki and Sentry for broken therapists (slower).</source>
        <translation>Leer también Loki y Sentry para los terapeutas con problemas (más lento).</translation>
    </message>
    <message>
        <source>List healthy therapists too (human output).</source>
        <translation>Mostrar también los terapeutas correctos (salida legible).</translation>
    </message>
    <message>
        <source>credsync scan: %1
</source>
        <translation>credsync scan: %1
</translation>
    </message>
    <message>
        <source>credsync scan: --limit takes a positive whole number, got &apos;%1&apos;.
</source>
        <translation>credsync scan: --limit necesita un número entero positivo; se recibió «%1».
</translation>
    </message>
    <message>
        <source>scanning: %1/%2 therapists (%3/s)</source>
        <translation>revisando: %1/%2 terapeutas (%3/s)</translation>
    </message>
    <message>
        <source>Machine-readable output: therapists and summary (same as --format json).</source>
        <translation>Salida para máquinas: terapeutas y resumen (igual que --format json).</translation>
    </message>
    <message>
        <source>Output format: text (default), json or jsonl.</source>
        <translation>Formato de salida: text (por defecto), json o jsonl.</translation>
    </message>
    <message>
        <source>credsync scan: the scan did not finish, so it was not recorded.
</source>
        <translation>credsync scan: el escaneo no terminó, así que no se registró.
</translation>
    </message>
</context>
<context>
    <name>ScanDiff</name>
    <message>
        <source>Recorded scan %1 (%2) compared with scan %3 (%4).
</source>
        <translation>Escaneo registrado %1 (%2) comparado con el escaneo %3 (%4).
</translation>
    </message>
    <message>
        <source>
Newly broken: %1
</source>
        <translation>
Con problemas nuevos: %1
</translation>
    </message>
    <message>
        <source>
Healed: %1
</source>
        <translation>
Solucionados: %1
</translation>
    </message>
    <message>
        <source>
Still broken: %1
</source>
        <translation>
Siguen con problemas: %1
</translation>
    </message>
    <message>
        <source>
Finding codes across the last %1 recorded scans (oldest first):
</source>
        <translation>
Códigos de hallazgo en los últimos %1 escaneos registrados (del más antiguo al más reciente):
</translation>
    </message>
    <message>
        <source>Recorded scan %1 (%2) is the first: there is no earlier scan to compare with.
</source>
        <translation>El escaneo registrado %1 (%2) es el primero: no hay ningún escaneo anterior con el que compararlo.
</translation>
    </message>
    <message>
        <source>
Broken in this scan: %1
</source>
        <translation>
Con problemas en este escaneo: %1
</translation>
    </message>
</context>
<context>
    <name>ScanHistory</name>
    <message>
        <source>no scan was recorded yet: run &apos;credsync scan --record&apos; first</source>
        <translation>todavía no se ha registrado ningún escaneo: ejecute antes &apos;credsync scan --record&apos;</translation>
    </message>
</context>
<context>
    <name>ScanRecording</name>
    <message>
        <source>the scan did not finish, so it was not recorded: %1</source>
        <translation>el escaneo no terminó, así que no se registró: %1</translation>
    </message>
    <message>
        <source>Store each therapist&apos;s verdict and finding codes in the workspace.</source>
        <translation>Guardar en el espacio de trabajo el veredicto y los códigos de hallazgo de cada terapeuta.</translation>
    </message>
    <message>
        <source>Compare the two most recent recorded scans (with --record: this scan and the one before).</source>
        <translation>Comparar los dos escaneos registrados más recientes (con --record: este escaneo y el anterior).</translation>
    </message>
    <message>
        <source>credsync scan: %1
</source>
        <translation>credsync scan: %1
</translation>
    </message>
    <message>
        <source>Recorded as scan %1.
</source>
        <translation>Registrado como escaneo %1.
</translation>
    </message>
</context>
<context>
    <name>ScanStore</name>
    <message>
        <source>recorded scans: %1: %2</source>
        <translation>escaneos registrados: %1: %2</translation>
    </message>
    <message>
        <source>no recorded scan %1</source>
        <translation>no existe el escaneo registrado %1</translation>
    </message>
</context>
<context>
    <name>ScanSummary</name>
    <message>
        <source>Checked %1 therapists in %2 s: %3 unknown (%4), %5 with ids and labels OK, %6 attention, %7 broken.
</source>
        <translation>Revisados %1 terapeutas en %2 s: %3 desconocidos (%4), %5 con ids y etiquetas correctos, %6 requieren atención, %7 con problemas.
</translation>
    </message>
    <message>
        <source>  also unknown, %1 therapist(s): %2
</source>
        <translation>  también desconocidos, %1 terapeuta(s): %2
</translation>
    </message>
    <message>
        <source>Checked %1 therapists in %2 s: %3 with ids and labels OK, %4 attention, %5 broken, 0 unknown.
</source>
        <translation>Revisados %1 terapeutas en %2 s: %3 con ids y etiquetas correctos, %4 requieren atención, %5 con problemas, 0 desconocidos.
</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>%1 from %2 contains a control character (such as a line break); it was not used. Store the value without it.</source>
        <translation>%1 de %2 contiene un carácter de control (como un salto de línea); no se usó. Guarde el valor sin él.</translation>
    </message>
</context>
<context>
    <name>SentryClient</name>
    <message>
        <source>%1 (GET %2)</source>
        <translation>%1 (GET %2)</translation>
    </message>
    <message>
        <source>GET %1 answered with %2 issue(s) of the last 24 hours</source>
        <translation>GET %1 respondió con %2 incidencia(s) de las últimas 24 horas</translation>
    </message>
    <message>
        <source>no project configured: the whole organization is searched</source>
        <translation>ningún proyecto configurado: se busca en toda la organización</translation>
    </message>
    <message>
        <source>Sentry has no project &quot;%1&quot; in &quot;%2&quot; (404)</source>
        <translation>Sentry no tiene el proyecto «%1» en «%2» (404)</translation>
    </message>
    <message>
        <source>project &quot;%1&quot; has id %2</source>
        <translation>el proyecto «%1» tiene el id %2</translation>
    </message>
    <message>
        <source>sentry.base_url and sentry.org are required</source>
        <translation>hacen falta sentry.base_url y sentry.org</translation>
    </message>
    <message>
        <source>Sentry has no organization &quot;%1&quot; (404)</source>
        <translation>Sentry no tiene la organización «%1» (404)</translation>
    </message>
    <message>
        <source>Sentry answered malformed data for GET /api/0/organizations/%1/: %2</source>
        <translation>Sentry devolvió datos mal formados para GET /api/0/organizations/%1/: %2</translation>
    </message>
    <message>
        <source>organization &quot;%1&quot; readable</source>
        <translation>se puede leer la organización «%1»</translation>
    </message>
</context>
<context>
    <name>TargetResolver</name>
    <message>
        <source>no contact id, email, therapist id or HubSpot link found</source>
        <translation>no se encontró ningún id de contacto, correo, id de terapeuta ni enlace de HubSpot</translation>
    </message>
    <message>
        <source>no therapist in the database has HubSpot contact id %1%2</source>
        <translation>ningún terapeuta de la base de datos tiene el id de contacto de HubSpot %1%2</translation>
    </message>
    <message>
        <source>the link is for HubSpot portal %1, but this profile is portal %2</source>
        <translation>el enlace es del portal de HubSpot %1, pero este perfil es del portal %2</translation>
    </message>
    <message>
        <source>no therapist in the database has id %1</source>
        <translation>ningún terapeuta de la base de datos tiene el id %1</translation>
    </message>
    <message>
        <source>HubSpot has no object %1 of type %2</source>
        <translation>HubSpot no tiene ningún objeto %1 del tipo %2</translation>
    </message>
    <message>
        <source>object %1 is not associated with any contact</source>
        <translation>el objeto %1 no está asociado a ningún contacto</translation>
    </message>
    <message>
        <source> (the contact of object %1)</source>
        <translation> (el contacto del objeto %1)</translation>
    </message>
    <message>
        <source>not in the database, and HubSpot search failed: %1</source>
        <translation>no está en la base de datos y la búsqueda en HubSpot falló: %1</translation>
    </message>
    <message>
        <source> (HubSpot contact of %1)</source>
        <translation> (contacto de HubSpot de %1)</translation>
    </message>
    <message>
        <source>no therapist in the database and no HubSpot contact has this email</source>
        <translation>ningún terapeuta de la base de datos ni ningún contacto de HubSpot tiene este correo</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>Times in UTC.</source>
        <translation>Horas en UTC.</translation>
    </message>
    <message>
        <source>Times in %1.</source>
        <translation>Horas en %1.</translation>
    </message>
    <message>
        <source>Times in %1 (%2).</source>
        <translation>Horas en %1 (%2).</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>auditoría</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Therapist row created (%1)</source>
        <translation>Fila del terapeuta creada (%1)</translation>
    </message>
    <message>
        <source>%1 object %2 created %3 after the id pull found nothing (no label now)</source>
        <translation>Se creó el objeto %1 %2 %3 después de que la consulta de ids no encontrara nada (ahora sin etiqueta)</translation>
    </message>
    <message>
        <source>%1 object %2 created %3 after the id pull found nothing (now labelled %4)</source>
        <translation>Se creó el objeto %1 %2 %3 después de que la consulta de ids no encontrara nada (ahora con la etiqueta %4)</translation>
    </message>
    <message>
        <source>%1 object %2 created (no label now)</source>
        <translation>Se creó el objeto %1 %2 (ahora sin etiqueta)</translation>
    </message>
    <message>
        <source>%1 object %2 created (now labelled %3)</source>
        <translation>Se creó el objeto %1 %2 (ahora con la etiqueta %3)</translation>
    </message>
    <message>
        <source>%1, archived</source>
        <translation>%1, archivado</translation>
    </message>
    <message>
        <source>Id pull found no objects for contact %1</source>
        <translation>La consulta de ids no encontró objetos para el contacto %1</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 pasó a %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sentry error first seen: %1</source>
        <translation>Error de Sentry visto por primera vez: %1</translation>
    </message>
    <message>
        <source>Sentry error: %1</source>
        <translation>Error de Sentry: %1</translation>
    </message>
    <message>
        <source>Sentry error last seen (%1 times in all): %2</source>
        <translation>Error de Sentry visto por última vez (%1 veces en total): %2</translation>
    </message>
    <message>
        <source>%1 by %2 (%3): %4</source>
        <translation>%1 por %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 by %2 (%3): %4 — %5</source>
        <translation>%1 por %2 (%3): %4 — %5</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>HubSpot was not read for this therapist.</source>
        <translation>No se leyó HubSpot para este terapeuta.</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>ids and labels OK</source>
        <translation>ids y etiquetas correctos</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 no longer keeps the start of this therapist&apos;s history.</source>
        <translation>%1 ya no guarda el comienzo del historial de este terapeuta.</translation>
    </message>
    <message>
        <source>Logs and Sentry were not read.</source>
        <translation>No se leyeron los logs ni Sentry.</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Scan every therapist on a schedule, record each scan, and notify when therapists newly break or when
DUPLICATE_RUN or RAPID_ID_CHANGES appear: a JSON POST ({&quot;text&quot;: ...} plus details) to --notify-url, or the
same JSON on the stdin of --notify-command. Emails are redacted unless the profile sets
notifications.include_emails. For a systemd timer use --once.</source>
        <translation>Escanea todos los terapeutas de forma periódica, registra cada escaneo y avisa cuando aparecen terapeutas con
problemas nuevos o aparece DUPLICATE_RUN o RAPID_ID_CHANGES: un POST JSON ({&quot;text&quot;: ...} más los detalles) a
--notify-url, o el mismo JSON por la entrada estándar de --notify-command. Los correos se ocultan salvo que el
perfil active notifications.include_emails. Para un temporizador de systemd, use --once.</translation>
    </message>
    <message>
        <source>How often to scan: 15m (default), 1h, 90s (at least 10 s).</source>
        <translation>Cada cuánto escanear: 15m (por defecto), 1h, 90s (como mínimo 10 s).</translation>
    </message>
    <message>
        <source>Run one round and exit (for a systemd timer or cron).</source>
        <translation>Hacer una sola ronda y salir (para un temporizador de systemd o cron).</translation>
    </message>
    <message>
        <source>POST the notification as JSON to this webhook.</source>
        <translation>Enviar el aviso como JSON (POST) a este webhook.</translation>
    </message>
    <message>
        <source>Run this shell command with the notification&apos;s JSON on its stdin.</source>
        <translation>Ejecutar este comando de shell con el JSON del aviso en su entrada estándar.</translation>
    </message>
    <message>
        <source>Leave Loki and Sentry out (RAPID_ID_CHANGES needs the logs).</source>
        <translation>No consultar Loki ni Sentry (RAPID_ID_CHANGES necesita los logs).</translation>
    </message>
    <message>
        <source>credsync watch: %1
</source>
        <translation>credsync watch: %1
</translation>
    </message>
    <message>
        <source>credsync watch: unexpected argument &quot;%1&quot;.
</source>
        <translation>credsync watch: argumento inesperado «%1».
</translation>
    </message>
    <message>
        <source>credsync watch: --every takes an interval from 10s to 7d such as 15m, 1h or 90s, got &quot;%1&quot;.
</source>
        <translation>credsync watch: --every espera un intervalo de 10s a 7d, como 15m, 1h o 90s, pero recibió «%1».
</translation>
    </message>
    <message>
        <source>credsync watch: --notify-url takes an http or https URL.
</source>
        <translation>credsync watch: --notify-url espera una URL http o https.
</translation>
    </message>
    <message>
        <source>credsync watch: %1: %2
</source>
        <translation>credsync watch: %1: %2
</translation>
    </message>
    <message>
        <source>%1: recorded scan %2: %3 newly broken, %4 healed, %5 still broken; %6.
</source>
        <translation>%1: escaneo registrado %2: %3 con problemas nuevos, %4 solucionados, %5 siguen con problemas; %6.
</translation>
    </message>
    <message>
        <source>nothing to notify</source>
        <translation>nada que avisar</translation>
    </message>
    <message>
        <source>the notification failed: %1</source>
        <translation>el aviso falló: %1</translation>
    </message>
    <message>
        <source>no notification target given</source>
        <translation>no se indicó a dónde enviar el aviso</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>aviso enviado</translation>
    </message>
</context>
<context>
    <name>WatchNotification</name>
    <message numerus="yes">
        <source>%1 appeared on %n therapist(s): %2</source>
        <translation>
            <numerusform>%1 apareció en %n terapeuta: %2</numerusform>
            <numerusform>%1 apareció en %n terapeutas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>CredSync (%1): %2 therapist(s) newly broken since the last scan: %3</source>
        <translation>CredSync (%1): %2 terapeuta(s) con problemas nuevos desde el último escaneo: %3</translation>
    </message>
    <message>
        <source>CredSync (%1): findings the backend team watches for appeared.</source>
        <translation>CredSync (%1): han aparecido hallazgos que vigila el equipo de backend.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>workspace.url: the option &quot;schema&quot; is given %1 times</source>
        <translation>workspace.url: la opción «schema» aparece %1 veces</translation>
    </message>
    <message>
        <source>workspace.url: schema &quot;%1&quot; is not a plain identifier (letters, digits and _, at most 63)</source>
        <translation>workspace.url: el esquema «%1» no es un identificador simple (letras, dígitos y _, como mucho 63)</translation>
    </message>
</context>
<context>
    <name>credsync</name>
    <message>
        <source>credsync case: no target resolved to a therapist; nothing was saved.
</source>
        <translation>credsync case: ningún objetivo corresponde a un terapeuta; no se guardó nada.
</translation>
    </message>
    <message>
        <source>credsync: unknown --log-level &quot;%1&quot;: expected one of %2.
</source>
        <translation>credsync: --log-level desconocido «%1»: se esperaba uno de %2.
</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no se indicó el nombre del archivo</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>es un directorio</translation>
    </message>
    <message>
        <source>credsync: cannot write the log file &quot;%1&quot;: %2.
</source>
        <translation>credsync: no se puede escribir el archivo de log «%1»: %2.
</translation>
    </message>
</context>
<context>
    <name>credsync::CaseController</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Open a profile or the demo to see its cases.</source>
        <translation>Abra un perfil o la demo para ver sus casos.</translation>
    </message>
    <message>
        <source>Cases and the audit are unavailable: %1</source>
        <translation>Los casos y el registro de auditoría no están disponibles: %1</translation>
    </message>
    <message>
        <source>Inspecting the case &quot;%1&quot; again…</source>
        <translation>Volviendo a inspeccionar el caso «%1»…</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot;: %2 therapist(s) inspected again</source>
        <translation>Caso «%1»: %2 terapeuta(s) inspeccionados de nuevo</translation>
    </message>
    <message>
        <source>The ticket is kept as the draft case “%1”.</source>
        <translation>El ticket se guarda como el caso borrador «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the write-up of %n therapist(s)…</source>
        <translation>
            <numerusform>Preparando el informe de %n terapeuta…</numerusform>
            <numerusform>Preparando el informe de %n terapeutas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credsync::CasePanel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Therapists</source>
        <translation>Terapeutas</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Show closed cases</source>
        <translation>Mostrar casos cerrados</translation>
    </message>
    <message>
        <source>&amp;New case from selection…</source>
        <translation>&amp;Nuevo caso con la selección…</translation>
    </message>
    <message>
        <source>&amp;Add selection</source>
        <translation>&amp;Añadir selección</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Inspect &amp;again</source>
        <translation>Inspeccionar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Inspect the case&apos;s therapists now and show what changed since the case was saved</source>
        <translation>Inspeccionar ahora los terapeutas del caso y mostrar qué cambió desde que se guardó</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Ticket reference or URL</source>
        <translation>Referencia o URL del ticket</translation>
    </message>
    <message>
        <source>Notes for this case</source>
        <translation>Notas del caso</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save ticket and notes</source>
        <translation>Guardar ticket y notas</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>Nombre del caso:</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>Renombrar caso</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>No workspace: cases cannot be stored.</source>
        <translation>Sin espacio de trabajo: no se pueden guardar casos.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <source>Select a case, or select therapists in the list and make a new case.</source>
        <translation>Elija un caso, o seleccione terapeutas en la lista y cree un caso nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with profile %2; %n therapist(s).</source>
        <translation>
            <numerusform>Abierto el %1 con el perfil %2; %n terapeuta.</numerusform>
            <numerusform>Abierto el %1 con el perfil %2; %n terapeutas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>Cerrado el %1.</translation>
    </message>
    <message>
        <source>Inspected again: the export shows what changed.</source>
        <translation>Inspeccionado de nuevo: la exportación muestra qué cambió.</translation>
    </message>
    <message>
        <source>Case “%1” saved with the evidence seen now.</source>
        <translation>Caso «%1» guardado con la evidencia vista ahora.</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Elija primero un caso.</translation>
    </message>
    <message numerus="yes">
        <source>%n therapist(s) added.</source>
        <translation>
            <numerusform>%n terapeuta añadido.</numerusform>
            <numerusform>%n terapeutas añadidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>&amp;Save as case…</source>
        <translation>&amp;Guardar como caso…</translation>
    </message>
    <message>
        <source>Pasted ticket %1</source>
        <translation>Ticket pegado %1</translation>
    </message>
    <message>
        <source>Pasted ticket %1 (%2)</source>
        <translation>Ticket pegado %1 (%2)</translation>
    </message>
</context>
<context>
    <name>credsync::ChangesDialog</name>
    <message>
        <source>&amp;Record the loaded scan</source>
        <translation>&amp;Registrar el escaneo cargado</translation>
    </message>
    <message>
        <source>Changes since the last scan</source>
        <translation>Cambios desde el último escaneo</translation>
    </message>
    <message>
        <source>Store the verdicts of the therapists listed by the last complete &quot;Load all therapists&quot;</source>
        <translation>Guardar los veredictos de los terapeutas que listó la última carga completa de «Cargar todos los terapeutas»</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Finding codes</source>
        <translation>Códigos de hallazgo</translation>
    </message>
    <message>
        <source>Finding codes across the recorded scans:</source>
        <translation>Códigos de hallazgo en los escaneos registrados:</translation>
    </message>
    <message>
        <source>Scan %1 compared with scan %2: %3 newly broken, %4 healed, %5 still broken.</source>
        <translation>Escaneo %1 comparado con el escaneo %2: %3 con problemas nuevos, %4 solucionados, %5 siguen con problemas.</translation>
    </message>
    <message>
        <source>Scan %1 is the only recorded scan: %2 broken.</source>
        <translation>El escaneo %1 es el único registrado: %2 con problemas.</translation>
    </message>
    <message>
        <source>Newly broken (%1)</source>
        <translation>Con problemas nuevos (%1)</translation>
    </message>
    <message>
        <source>Healed (%1)</source>
        <translation>Solucionados (%1)</translation>
    </message>
    <message>
        <source>Still broken (%1)</source>
        <translation>Siguen con problemas (%1)</translation>
    </message>
    <message>
        <source>The scan could not be recorded: %1</source>
        <translation>No se pudo registrar el escaneo: %1</translation>
    </message>
    <message>
        <source>CredSync: therapists newly broken</source>
        <translation>CredSync: terapeutas con problemas nuevos</translation>
    </message>
</context>
<context>
    <name>credsync::CleanupDialog</name>
    <message>
        <source>&amp;Plan for the listed therapists</source>
        <translation>&amp;Planificar para los terapeutas de la lista</translation>
    </message>
    <message>
        <source>&amp;Export for approval…</source>
        <translation>&amp;Exportar para aprobación…</translation>
    </message>
    <message>
        <source>&amp;Apply an approved plan…</source>
        <translation>&amp;Aplicar un plan aprobado…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Approved clean-up</source>
        <translation>Limpieza aprobada</translation>
    </message>
    <message>
        <source>Pull ids</source>
        <translation>Traer ids</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Reetiquetar</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Resincronizar</translation>
    </message>
    <message>
        <source>Every finding this fix applies to</source>
        <translation>Todos los hallazgos a los que se aplica esta corrección</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>Therapists with:</source>
        <translation>Terapeutas con:</translation>
    </message>
    <message>
        <source>1. Plan the fix for the therapists the list shows (use its filter), 2. export the plan; a second operator approves it with &apos;credsync fix approve PLAN.json&apos;, 3. apply the approved plan.</source>
        <translation>1. Planifique la corrección para los terapeutas que muestra la lista (use su filtro); 2. exporte el plan: un segundo operador lo aprueba con &apos;credsync fix approve PLAN.json&apos;; 3. aplique el plan aprobado.</translation>
    </message>
    <message>
        <source>Export the plan for approval</source>
        <translation>Exportar el plan para su aprobación</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>Planes (*.json)</translation>
    </message>
    <message>
        <source>Apply an approved plan</source>
        <translation>Aplicar un plan aprobado</translation>
    </message>
    <message>
        <source>Stopping after the therapist in flight…</source>
        <translation>Deteniendo después del terapeuta en curso…</translation>
    </message>
    <message>
        <source>The profile is read-only: plans can be made and exported, not applied.</source>
        <translation>El perfil es de solo lectura: se pueden hacer y exportar planes, pero no aplicarlos.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The sources could not be reached: %1</source>
        <translation>No se pudo acceder a las fuentes: %1</translation>
    </message>
    <message>
        <source>No listed therapist needs this fix. Load all therapists and filter the list first.</source>
        <translation>Ningún terapeuta de la lista necesita esta corrección. Cargue antes todos los terapeutas y filtre la lista.</translation>
    </message>
    <message>
        <source>Planning for %1 therapists…</source>
        <translation>Planificando para %1 terapeutas…</translation>
    </message>
    <message>
        <source>Planned for %1 therapists (%2 refused or already correct). Export the plan for approval.</source>
        <translation>Plan hecho para %1 terapeutas (%2 rechazados o ya correctos). Exporte el plan para su aprobación.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 steps</source>
        <translation>%1 (%2): %3 pasos</translation>
    </message>
    <message>
        <source>plan first</source>
        <translation>planifique primero</translation>
    </message>
    <message>
        <source>Exported to %1. A second operator approves it with &apos;credsync fix approve %1&apos;.</source>
        <translation>Exportado a %1. Un segundo operador lo aprueba con &apos;credsync fix approve %1&apos;.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <source>The audit workspace cannot be opened, nothing applied: %1</source>
        <translation>No se puede abrir el espacio de auditoría; no se aplicó nada: %1</translation>
    </message>
    <message>
        <source>%1 (planned by %2, approved by %3)</source>
        <translation>%1 (planificado por %2, aprobado por %3)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Applying %1 of %2: %3</source>
        <translation>Aplicando %1 de %2: %3</translation>
    </message>
    <message>
        <source>Applied and verified: %1</source>
        <translation>Aplicado y verificado: %1</translation>
    </message>
    <message>
        <source>Already correct: %1</source>
        <translation>Ya estaba correcto: %1</translation>
    </message>
    <message>
        <source>Applied by an earlier run: %1</source>
        <translation>Aplicado en una ejecución anterior: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Stopped: apply the same plan again to resume.</source>
        <translation>Detenido: aplique de nuevo el mismo plan para continuar.</translation>
    </message>
    <message>
        <source>Every therapist was applied and verified or already correct.</source>
        <translation>Todos los terapeutas se corrigieron y verificaron o ya estaban correctos.</translation>
    </message>
    <message>
        <source>Not every therapist was fixed: see below.</source>
        <translation>No se corrigieron todos los terapeutas: vea el detalle abajo.</translation>
    </message>
</context>
<context>
    <name>credsync::DelayChartWidget</name>
    <message>
        <source>Run the report to see how long HubSpot took to create each object.</source>
        <translation>Genere el informe para ver cuánto tardó HubSpot en crear cada objeto.</translation>
    </message>
</context>
<context>
    <name>credsync::DelaysDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Guardar gráfico…</translation>
    </message>
    <message>
        <source>Delays: how long HubSpot takes to create the objects</source>
        <translation>Retrasos: cuánto tarda HubSpot en crear los objetos</translation>
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
        <source>Sign-ups in the:</source>
        <translation>Altas del periodo:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Reading HubSpot: %1 of %2 sign-ups</source>
        <translation>Leyendo HubSpot: %1 de %2 altas</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>No se pudo generar el informe: %1</translation>
    </message>
    <message>
        <source>%1 sign-ups</source>
        <translation>%1 altas</translation>
    </message>
    <message>
        <source>Save the histogram</source>
        <translation>Guardar el histograma</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>credsync::DetailPane</name>
    <message>
        <source>Select a therapist to see every id in the database beside every object and label in HubSpot.</source>
        <translation>Seleccione un terapeuta para ver cada id de la base de datos junto a cada objeto y etiqueta de HubSpot.</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Ids</translation>
    </message>
    <message>
        <source>The profile names no object types.</source>
        <translation>El perfil no indica ningún tipo de objeto.</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>HubSpot has no objects associated with this contact.</source>
        <translation>HubSpot no tiene objetos asociados a este contacto.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>No findings: the database and HubSpot agree.</source>
        <translation>Sin hallazgos: la base de datos y HubSpot coinciden.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>No log lines mention this contact (or logs are not configured).</source>
        <translation>Ninguna línea de log menciona este contacto (o los logs no están configurados).</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Sentry has no issues that mention this contact.</source>
        <translation>Sentry no tiene incidencias que mencionen este contacto.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Audit of fixes applied</source>
        <translation>Registro de auditoría de las correcciones aplicadas</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Therapist details</source>
        <translation>Detalles del terapeuta</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado %1</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>la tabla</translation>
    </message>
    <message>
        <source>Ids (1 mismatch)</source>
        <translation>Ids (1 diferencia)</translation>
    </message>
    <message>
        <source>Ids (%1 mismatches)</source>
        <translation>Ids (%1 diferencias)</translation>
    </message>
    <message>
        <source>Copied the summary of %1</source>
        <translation>Copiado el resumen de %1</translation>
    </message>
    <message>
        <source>Nothing found in what the source still keeps. %1</source>
        <translation>No se encontró nada en lo que la fuente aún conserva. %1</translation>
    </message>
</context>
<context>
    <name>credsync::DetailTableView</name>
    <message>
        <source>Copy “%1”</source>
        <translation>Copiar «%1»</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Copiar tabla</translation>
    </message>
</context>
<context>
    <name>credsync::DisplayText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
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
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Pull ids</source>
        <translation>Traer ids</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Reetiquetar</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Resincronizar</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Esperar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Copy the ids HubSpot has into the database columns.</source>
        <translation>Copiar a las columnas de la base de datos los ids que tiene HubSpot.</translation>
    </message>
    <message>
        <source>Move the labels so exactly one object carries each unique label.</source>
        <translation>Mover las etiquetas para que cada etiqueta única esté en un solo objeto.</translation>
    </message>
    <message>
        <source>Push the database values to the object the database points at.</source>
        <translation>Enviar los valores de la base de datos al objeto al que apunta la base de datos.</translation>
    </message>
    <message>
        <source>Nothing to do yet: HubSpot workflows may still be running.</source>
        <translation>Nada que hacer todavía: los workflows de HubSpot pueden seguir en curso.</translation>
    </message>
    <message>
        <source>No fix needed.</source>
        <translation>No hace falta ninguna corrección.</translation>
    </message>
</context>
<context>
    <name>credsync::ErrorsModel</name>
    <message>
        <source>Sentry issue</source>
        <translation>Incidencia de Sentry</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>credsync::ExportDialog</name>
    <message>
        <source>Export write-up</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Markdown (for the tracker)</source>
        <translation>Markdown (para el gestor de tickets)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV (one row per therapist)</source>
        <translation>CSV (una fila por terapeuta)</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Language of the write-up</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Mask names and email addresses</source>
        <translation>Ocultar nombres y direcciones de correo</translation>
    </message>
    <message>
        <source>For sharing outside the team: every name and address becomes a placeholder.</source>
        <translation>Para compartir fuera del equipo: cada nombre y dirección se sustituye por un marcador.</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Mostrar el texto</translation>
    </message>
    <message>
        <source>Show the Markdown, JSON or CSV text instead of the rendered preview.</source>
        <translation>Mostrar el texto Markdown, JSON o CSV en lugar de la vista previa.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Export text</source>
        <translation>Texto exportado</translation>
    </message>
    <message>
        <source>&amp;Copy Markdown</source>
        <translation>&amp;Copiar Markdown</translation>
    </message>
    <message>
        <source>Copy the write-up as Markdown, ready to paste into the ticket</source>
        <translation>Copiar el informe en Markdown, listo para pegar en el ticket</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message numerus="yes">
        <source>%n therapist(s) · profile %1</source>
        <translation>
            <numerusform>%n terapeuta · perfil %1</numerusform>
            <numerusform>%n terapeutas · perfil %1</numerusform>
        </translation>
    </message>
    <message>
        <source> · names and emails masked</source>
        <translation> · nombres y correos ocultos</translation>
    </message>
    <message>
        <source>Markdown copied to the clipboard.</source>
        <translation>Markdown copiado al portapapeles.</translation>
    </message>
    <message>
        <source>write-up</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>Save the write-up</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
</context>
<context>
    <name>credsync::FilterBar</name>
    <message>
        <source>Filter by name, email, id or code (Ctrl+F)</source>
        <translation>Filtrar por nombre, correo, id o código (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texto del filtro</translation>
    </message>
    <message>
        <source>Any finding</source>
        <translation>Cualquier hallazgo</translation>
    </message>
    <message>
        <source>Finding code filter</source>
        <translation>Filtro por hallazgo</translation>
    </message>
    <message>
        <source>Only therapists with this finding</source>
        <translation>Solo terapeutas con este hallazgo</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filtro por gravedad</translation>
    </message>
    <message>
        <source>Any object type</source>
        <translation>Cualquier tipo de objeto</translation>
    </message>
    <message>
        <source>Object type filter</source>
        <translation>Filtro por tipo de objeto</translation>
    </message>
    <message>
        <source>Only therapists with a finding on this object type</source>
        <translation>Solo terapeutas con un hallazgo en este tipo de objeto</translation>
    </message>
    <message>
        <source>Shown therapists</source>
        <translation>Terapeutas mostrados</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>1 therapist</source>
        <translation>1 terapeuta</translation>
    </message>
    <message>
        <source>%1 therapists</source>
        <translation>%1 terapeutas</translation>
    </message>
</context>
<context>
    <name>credsync::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>credsync::FixController</name>
    <message>
        <source>Planning: %1 of %2</source>
        <translation>Planificando: %1 de %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is read-only: fixes are disabled</source>
        <translation>El perfil «%1» es de solo lectura: las correcciones están desactivadas</translation>
    </message>
    <message>
        <source>Open a profile or the demo first</source>
        <translation>Abra antes un perfil o la demo</translation>
    </message>
    <message>
        <source>This connection cannot apply fixes</source>
        <translation>Esta conexión no puede aplicar correcciones</translation>
    </message>
    <message>
        <source>Finish the fix on screen first</source>
        <translation>Termine primero la corrección que está en pantalla</translation>
    </message>
    <message>
        <source>None of the selected therapists is in the database</source>
        <translation>Ninguno de los terapeutas seleccionados está en la base de datos</translation>
    </message>
    <message>
        <source>Planning %1…</source>
        <translation>Planificando %1…</translation>
    </message>
    <message>
        <source>Planning %1 for %2 therapists…</source>
        <translation>Planificando %1 para %2 terapeutas…</translation>
    </message>
    <message>
        <source>Could not plan the fix: %1</source>
        <translation>No se pudo planificar la corrección: %1</translation>
    </message>
    <message>
        <source>Plan ready: review it before applying</source>
        <translation>Plan listo: revíselo antes de aplicarlo</translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation>Plan de corrección</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>Aplicando %1…</translation>
    </message>
    <message>
        <source>Cancelling after the therapist in flight…</source>
        <translation>Cancelando cuando termine el terapeuta en curso…</translation>
    </message>
    <message>
        <source>Nothing applied: %1</source>
        <translation>No se aplicó nada: %1</translation>
    </message>
    <message>
        <source>%1 applied and verified</source>
        <translation>%1 aplicado y verificado</translation>
    </message>
    <message>
        <source>%1: %2 of %3 therapists done; see the plan window for what is left</source>
        <translation>%1: %2 de %3 terapeutas hechos; lo que falta está en la ventana del plan</translation>
    </message>
    <message>
        <source>The re-check after the fix failed: %1</source>
        <translation>La comprobación posterior a la corrección falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-check: the fix held for %n therapist(s): ids and labels still right</source>
        <translation>
            <numerusform>Nueva comprobación: la corrección se mantiene para %n terapeuta: ids y etiquetas siguen bien</numerusform>
            <numerusform>Nueva comprobación: la corrección se mantiene para %n terapeutas: ids y etiquetas siguen bien</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-check: broke again after the fix: %1</source>
        <translation>Nueva comprobación: volvió a fallar tras la corrección: %1</translation>
    </message>
    <message>
        <source>the fix</source>
        <translation>la corrección</translation>
    </message>
    <message>
        <source>Applying the fix…</source>
        <translation>Aplicando la corrección…</translation>
    </message>
    <message>
        <source>Fix: %1 of %2 therapist(s) resolved</source>
        <translation>Corrección: %1 de %2 terapeuta(s) resuelto(s)</translation>
    </message>
</context>
<context>
    <name>credsync::IdsModel</name>
    <message>
        <source>HubSpot could not be read for this contact, so the column cannot be checked.</source>
        <translation>No se pudo leer HubSpot para este contacto, así que no se puede comprobar la columna.</translation>
    </message>
    <message>
        <source>%1 objects carry the label %2 (%3); exactly one should.</source>
        <translation>%1 objetos llevan la etiqueta %2 (%3); debería llevarla uno solo.</translation>
    </message>
    <message>
        <source>HubSpot object %1 carries %2 but %3 is empty.</source>
        <translation>El objeto %1 de HubSpot lleva %2, pero %3 está vacío.</translation>
    </message>
    <message>
        <source>The column and HubSpot agree.</source>
        <translation>La columna y HubSpot coinciden.</translation>
    </message>
    <message>
        <source>No object carries %1 and the column is empty.</source>
        <translation>Ningún objeto lleva %1 y la columna está vacía.</translation>
    </message>
    <message>
        <source>%1 holds %2, but the object carrying %3 is %4.</source>
        <translation>%1 guarda %2, pero el objeto que lleva %3 es %4.</translation>
    </message>
    <message>
        <source>%1 holds %2, which is not associated with the contact.</source>
        <translation>%1 guarda %2, que no está asociado al contacto.</translation>
    </message>
    <message>
        <source>%1 holds %2, which is archived.</source>
        <translation>%1 guarda %2, que está archivado.</translation>
    </message>
    <message>
        <source>%1 holds %2, which carries no label.</source>
        <translation>%1 guarda %2, que no lleva ninguna etiqueta.</translation>
    </message>
    <message>
        <source>%1 holds %2, which carries %3 instead of %4.</source>
        <translation>%1 guarda %2, que lleva %3 en lugar de %4.</translation>
    </message>
    <message>
        <source>Object %1 also carries %2, which excludes %3.</source>
        <translation>El objeto %1 también lleva %2, que excluye %3.</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>label conflict</source>
        <translation>conflicto de etiquetas</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>DB column</source>
        <translation>Columna BD</translation>
    </message>
    <message>
        <source>DB value</source>
        <translation>Valor BD</translation>
    </message>
    <message>
        <source>HubSpot object carrying it</source>
        <translation>Objeto de HubSpot que la lleva</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
</context>
<context>
    <name>credsync::InspectionService</name>
    <message>
        <source>This connection cannot apply fixes</source>
        <translation>Esta conexión no puede aplicar correcciones</translation>
    </message>
    <message>
        <source>This connection cannot re-check</source>
        <translation>Esta conexión no puede volver a comprobar</translation>
    </message>
</context>
<context>
    <name>credsync::InterruptedFixBanner</name>
    <message>
        <source>Interrupted fix</source>
        <translation>Corrección interrumpida</translation>
    </message>
    <message>
        <source>%1 — apply the fix again to finish it from HubSpot&apos;s current state.</source>
        <translation>%1 — aplique de nuevo la corrección para terminarla desde el estado actual de HubSpot.</translation>
    </message>
</context>
<context>
    <name>credsync::JobProgressWidget</name>
    <message>
        <source>Job progress</source>
        <translation>Progreso de la tarea</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>Stop the running work (Esc)</source>
        <translation>Detener el trabajo en curso (Esc)</translation>
    </message>
</context>
<context>
    <name>credsync::ListPane</name>
    <message>
        <source>Therapists</source>
        <translation>Terapeutas</translation>
    </message>
</context>
<context>
    <name>credsync::LogsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>credsync::MainWindow</name>
    <message>
        <source>CredSync Console</source>
        <translation>CredSync Console</translation>
    </message>
    <message>
        <source>&amp;Paste targets</source>
        <translation>&amp;Pegar objetivos</translation>
    </message>
    <message>
        <source>Inspect the contact ids, emails and links on the clipboard (Ctrl+V)</source>
        <translation>Inspeccionar los ids de contacto, correos y enlaces del portapapeles (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Load all therapists</source>
        <translation>&amp;Cargar todos los terapeutas</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Check every therapist in the database</source>
        <translation>Revisar todos los terapeutas de la base de datos</translation>
    </message>
    <message>
        <source>&amp;Refresh selection</source>
        <translation>&amp;Actualizar selección</translation>
    </message>
    <message>
        <source>Inspect the selected therapists again (F5)</source>
        <translation>Volver a inspeccionar los terapeutas seleccionados (F5)</translation>
    </message>
    <message>
        <source>Check these in &amp;full</source>
        <translation>Revisar a &amp;fondo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Read the logs and Sentry errors of the selected therapists (or of every one the filter shows)</source>
        <translation>Leer los logs y los errores de Sentry de los terapeutas seleccionados (o de todos los que muestra el filtro)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;summary</source>
        <translation>Copiar &amp;resumen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>&amp;Vaciar lista</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>&amp;Abrir perfil…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write up the selected therapists (or every one shown) for the ticket (Ctrl+E)</source>
        <translation>Redactar el informe de los terapeutas seleccionados (o de todos los mostrados) para el ticket (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>C&amp;asos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Show finding &amp;codes</source>
        <translation>Mostrar los &amp;códigos de hallazgo</translation>
    </message>
    <message>
        <source>Show the engineers&apos; codes (MISSING_DB_ID) instead of the plain titles</source>
        <translation>Mostrar los códigos de ingeniería (MISSING_DB_ID) en lugar de los títulos</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The console speaks %1 from its next start.</source>
        <translation>La consola usará el idioma %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <source>%1 — CredSync Console</source>
        <translation>%1 — CredSync Console</translation>
    </message>
    <message>
        <source>Nothing to check: paste targets or load the therapists first</source>
        <translation>Nada que revisar: pegue objetivos o cargue antes los terapeutas</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n therapist(s) in full: logs and Sentry…</source>
        <translation>
            <numerusform>Revisando a fondo %n terapeuta: logs y Sentry…</numerusform>
            <numerusform>Revisando a fondo %n terapeutas: logs y Sentry…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: paste targets or load the therapists first</source>
        <translation>Nada que exportar: pegue objetivos o cargue antes los terapeutas</translation>
    </message>
    <message>
        <source>1 therapist listed</source>
        <translation>1 terapeuta en la lista</translation>
    </message>
    <message>
        <source>%1 therapists listed</source>
        <translation>%1 terapeutas en la lista</translation>
    </message>
    <message>
        <source>%1 unknown (%2)</source>
        <translation>%1 desconocido (%2)</translation>
    </message>
    <message>
        <source>%1 broken</source>
        <translation>%1 con problemas</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 no encontrado</translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation>Abrir un perfil</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Perfiles (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Back to the previous view</source>
        <translation>&amp;Volver a la vista anterior</translation>
    </message>
    <message>
        <source>Leave the pasted ticket&apos;s view (Alt+Left)</source>
        <translation>Salir de la vista del ticket pegado (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>Inspeccionando…</translation>
    </message>
    <message>
        <source>Inspecting %1 of %2</source>
        <translation>Inspeccionando %1 de %2</translation>
    </message>
</context>
<context>
    <name>credsync::ObjectsModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Id del objeto</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Properties resync compares</source>
        <translation>Propiedades que compara la resincronización</translation>
    </message>
</context>
<context>
    <name>credsync::ProfileEditorDialog</name>
    <message>
        <source>Connect with a profile</source>
        <translation>Conectar con un perfil</translation>
    </message>
    <message>
        <source>Profile editor</source>
        <translation>Editor de perfiles</translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation>Secciones del perfil</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Raw profile JSON</source>
        <translation>JSON del perfil</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Profile problem</source>
        <translation>Problema en el perfil</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Check the profile, then try the database, HubSpot, Loki and Sentry with it</source>
        <translation>Comprobar el perfil y probar con él la base de datos, HubSpot, Loki y Sentry</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Aún sin probar.</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>Estado de la prueba</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Comprobaciones de conexión</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <source>Write the profile file (without secrets) and store typed secrets in the keyring</source>
        <translation>Escribir el archivo del perfil (sin secretos) y guardar en el llavero los secretos escritos</translation>
    </message>
    <message>
        <source>stored in the keyring on save, never in the file</source>
        <translation>se guarda en el llavero al guardar, nunca en el archivo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>used for the keyring keys, e.g. production</source>
        <translation>se usa para las claves del llavero, p. ej. production</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Portal id</source>
        <translation>Id del portal</translation>
    </message>
    <message>
        <source>optional: read from the account</source>
        <translation>opcional: se lee de la cuenta</translation>
    </message>
    <message>
        <source>Token variable</source>
        <translation>Variable del token</translation>
    </message>
    <message>
        <source>Private app token</source>
        <translation>Token de la app privada</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/db or sqlite:///path.sqlite</source>
        <translation>postgresql://usuario@host:5432/bd o sqlite:///ruta.sqlite</translation>
    </message>
    <message>
        <source>Password variable</source>
        <translation>Variable de la contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Key column</source>
        <translation>Columna clave</translation>
    </message>
    <message>
        <source>Contact id column</source>
        <translation>Columna del id de contacto</translation>
    </message>
    <message>
        <source>Email column</source>
        <translation>Columna de correo</translation>
    </message>
    <message>
        <source>Name columns</source>
        <translation>Columnas del nombre</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <source>Created column</source>
        <translation>Columna de creación</translation>
    </message>
    <message>
        <source>Credentialing object</source>
        <translation>Objeto de credencialización</translation>
    </message>
    <message>
        <source>Object type id</source>
        <translation>Id del tipo de objeto</translation>
    </message>
    <message>
        <source>like 2-31374266</source>
        <translation>como 2-31374266</translation>
    </message>
    <message>
        <source>Label %1 name</source>
        <translation>Nombre de la etiqueta %1</translation>
    </message>
    <message>
        <source>Label %1 column</source>
        <translation>Columna de la etiqueta %1</translation>
    </message>
    <message>
        <source>Label %1 → column</source>
        <translation>Etiqueta %1 → columna</translation>
    </message>
    <message>
        <source>Required label</source>
        <translation>Etiqueta obligatoria</translation>
    </message>
    <message>
        <source>Loki (optional)</source>
        <translation>Loki (opcional)</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selector</translation>
    </message>
    <message>
        <source>Sentry (optional)</source>
        <translation>Sentry (opcional)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Token de autenticación</translation>
    </message>
    <message>
        <source>Other objects (License, Therapist Address), resync and workspace settings: see the Raw JSON tab.</source>
        <translation>Otros objetos (License, Therapist Address), la resincronización y el espacio de trabajo: vea la pestaña JSON.</translation>
    </message>
    <message>
        <source>Profile form</source>
        <translation>Formulario del perfil</translation>
    </message>
    <message>
        <source>Raw JSON: not a JSON object yet; the form shows the last valid version.</source>
        <translation>JSON: todavía no es un objeto JSON; el formulario muestra la última versión válida.</translation>
    </message>
    <message>
        <source>Fix the profile first: %1</source>
        <translation>Corrija primero el perfil: %1</translation>
    </message>
    <message>
        <source>Testing each source…</source>
        <translation>Probando cada origen…</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>corrección: %1</translation>
    </message>
    <message>
        <source>Everything the console needs is in place.</source>
        <translation>Todo lo que la consola necesita está en su sitio.</translation>
    </message>
    <message>
        <source>Some checks failed: see the fixes below.</source>
        <translation>Algunas comprobaciones fallaron: vea abajo cómo corregirlas.</translation>
    </message>
    <message>
        <source>A secret appears in the profile; name its environment variable instead.</source>
        <translation>Hay un secreto en el perfil; indique en su lugar la variable de entorno que lo contiene.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The %1 is not in the keyring (%2): set the environment variable %3 instead.</source>
        <translation>%1 no está en el llavero (%2): defina en su lugar la variable de entorno %3.</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfiles (*.json)</translation>
    </message>
    <message>
        <source>Secrets not stored</source>
        <translation>Secretos no guardados</translation>
    </message>
</context>
<context>
    <name>credsync::ReportsController</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Delays…</source>
        <translation>&amp;Retrasos…</translation>
    </message>
    <message>
        <source>How long HubSpot took to create each object after sign-up, and what id-pull delay would find 99 %</source>
        <translation>Cuánto tardó HubSpot en crear cada objeto tras el alta, y qué retraso en la consulta de ids encontraría el 99 %</translation>
    </message>
    <message>
        <source>&amp;Changes since the last scan…</source>
        <translation>&amp;Cambios desde el último escaneo…</translation>
    </message>
    <message>
        <source>Approved &amp;clean-up…</source>
        <translation>&amp;Limpieza aprobada…</translation>
    </message>
    <message>
        <source>Open a profile or the demo first</source>
        <translation>Abra antes un perfil o la demo</translation>
    </message>
    <message>
        <source>CredSync Console</source>
        <translation>CredSync Console</translation>
    </message>
</context>
<context>
    <name>credsync::SourceStatusWidget</name>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Sentry</source>
        <translation>Sentry</translation>
    </message>
    <message>
        <source>HubSpot rate budget</source>
        <translation>Cupo de peticiones a HubSpot</translation>
    </message>
    <message>
        <source>Requests left in HubSpot&apos;s ten-second window</source>
        <translation>Peticiones que quedan en la ventana de diez segundos de HubSpot</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Perfil activo</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>con fallos</translation>
    </message>
    <message>
        <source>%1: failing</source>
        <translation>%1: con fallos</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>comprobado %1</translation>
    </message>
    <message>
        <source>HubSpot budget %1/%2</source>
        <translation>Cupo de HubSpot %1/%2</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>%1: not checked yet</source>
        <translation>%1: aún sin comprobar</translation>
    </message>
</context>
<context>
    <name>credsync::TherapistHeader</name>
    <message>
        <source>Open a profile or the demo first</source>
        <translation>Abra antes un perfil o la demo</translation>
    </message>
    <message>
        <source>Pull ids</source>
        <translation>Traer ids</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Resincronizar</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Reetiquetar</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copiar resumen</translation>
    </message>
    <message>
        <source>Therapist ids</source>
        <translation>Ids del terapeuta</translation>
    </message>
    <message>
        <source>Copy this therapist&apos;s ids, objects and findings as text (Ctrl+Shift+C)</source>
        <translation>Copiar como texto los ids, objetos y hallazgos de este terapeuta (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Set each id column to the object that carries its label (plan first, then confirm)</source>
        <translation>Poner en cada columna de id el objeto que lleva su etiqueta (primero el plan, luego confirmar)</translation>
    </message>
    <message>
        <source>Push the database&apos;s values to the object the database holds (plan first, then confirm)</source>
        <translation>Enviar los valores de la base de datos al objeto que indica la base de datos (primero el plan, luego confirmar)</translation>
    </message>
    <message>
        <source>Bring the labels to the proposed target: remove extras, then add (plan first, then confirm)</source>
        <translation>Dejar las etiquetas como en la propuesta: quitar las que sobran y luego añadir (primero el plan, luego confirmar)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>no HubSpot contact id</source>
        <translation>sin id de contacto de HubSpot</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>Contact &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Contacto &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Therapist %1</source>
        <translation>Terapeuta %1</translation>
    </message>
    <message>
        <source>fixed %1: earlier logs and errors are history</source>
        <translation>corregido el %1: los logs y errores anteriores son historial</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Desconocido: %1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Sin leer: %1</translation>
    </message>
    <message>
        <source>%1 therapists selected; fixes apply to all</source>
        <translation>%1 terapeutas seleccionados; las correcciones se aplican a todos</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>The one plan that brings this therapist to correct (relabel then pull ids, pull ids, or resync): previewed once, confirmed once, verified as a whole</source>
        <translation>El plan único que deja a este terapeuta correcto (reetiquetar y luego traer ids, traer ids o resincronizar): se revisa una vez, se confirma una vez y se verifica en conjunto</translation>
    </message>
</context>
<context>
    <name>credsync::TherapistListModel</name>
    <message>
        <source>No findings: the database and HubSpot agree.</source>
        <translation>Sin hallazgos: la base de datos y HubSpot coinciden.</translation>
    </message>
    <message>
        <source>Therapist %1
Pasted as: %2</source>
        <translation>Terapeuta %1
Pegado como: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Id de contacto</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>%1 · checking logs and Sentry…</source>
        <translation>%1 · revisando logs y Sentry…</translation>
    </message>
</context>
<context>
    <name>credsync::TherapistStatus</name>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 (checked in full)</source>
        <translation>%1 (revisado a fondo)</translation>
    </message>
</context>
<context>
    <name>credsync::TherapistTableView</name>
    <message>
        <source>Paste a ticket here (Ctrl+V) or drop its text: contact ids, emails, HubSpot links, therapist UUIDs.
Or load every therapist with File ▸ Load all therapists.</source>
        <translation>Pegue aquí un ticket (Ctrl+V) o suelte su texto: ids de contacto, correos, enlaces de HubSpot, UUID de terapeutas.
O cargue todos los terapeutas con Archivo ▸ Cargar todos los terapeutas.</translation>
    </message>
    <message>
        <source>Open contact in HubSpot</source>
        <translation>Abrir el contacto en HubSpot</translation>
    </message>
    <message>
        <source>Copy contact id</source>
        <translation>Copiar id de contacto</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>Copiar filas seleccionadas</translation>
    </message>
</context>
<context>
    <name>credsync::ThreadedInspectionService</name>
    <message>
        <source>another fix is being planned or applied; wait for it to finish</source>
        <translation>se está planificando o aplicando otra corrección; espere a que termine</translation>
    </message>
</context>
<context>
    <name>credsync::TicketBar</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Leave the ticket view and show the list as it was before the paste (Alt+Left)</source>
        <translation>Salir de la vista del ticket y mostrar la lista como estaba antes de pegarlo (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Back to the previous view</source>
        <translation>Volver a la vista anterior</translation>
    </message>
    <message>
        <source>1 therapist</source>
        <translation>1 terapeuta</translation>
    </message>
    <message>
        <source>%1 therapists</source>
        <translation>%1 terapeutas</translation>
    </message>
    <message>
        <source>Pasted ticket (%1 targets): %2 so far, %3 not found; still resolving…</source>
        <translation>Ticket pegado (%1 referencias): %2 hasta ahora, %3 no encontradas; todavía buscando…</translation>
    </message>
    <message>
        <source>Pasted ticket: %1, %2 not found (listed below with the reason; double-click to correct).</source>
        <translation>Ticket pegado: %1, %2 no encontradas (abajo, con el motivo; haga doble clic para corregir).</translation>
    </message>
    <message>
        <source>Pasted ticket: %1.</source>
        <translation>Ticket pegado: %1.</translation>
    </message>
</context>
<context>
    <name>credsync::TicketViewController</name>
    <message>
        <source>Nothing to inspect in the pasted text</source>
        <translation>No hay nada que inspeccionar en el texto pegado</translation>
    </message>
    <message>
        <source>No valid target in the pasted text</source>
        <translation>No hay ningún objetivo válido en el texto pegado</translation>
    </message>
    <message>
        <source>Inspecting 1 target…</source>
        <translation>Inspeccionando 1 objetivo…</translation>
    </message>
    <message>
        <source>Inspecting %1 targets…</source>
        <translation>Inspeccionando %1 objetivos…</translation>
    </message>
    <message>
        <source>Back to the previous view</source>
        <translation>Volver a la vista anterior</translation>
    </message>
</context>
<context>
    <name>credsync::TimelineModel</name>
    <message>
        <source>Therapist row created</source>
        <translation>Fila del terapeuta creada</translation>
    </message>
    <message>
        <source>Object %1 created</source>
        <translation>Objeto %1 creado</translation>
    </message>
    <message>
        <source>object created %1 after the pull</source>
        <translation>objeto creado %1 después de la consulta</translation>
    </message>
    <message>
        <source>second object %1 after the first</source>
        <translation>segundo objeto %1 después del primero</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Sentry</source>
        <translation>Sentry</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Desde el anterior</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
</context>
<context>
    <name>credsync::TimelineTab</name>
    <message>
        <source>Timeline events</source>
        <translation>Eventos de la línea de tiempo</translation>
    </message>
    <message>
        <source>Nothing on the timeline for this therapist yet.</source>
        <translation>Todavía no hay nada en la línea de tiempo de este terapeuta.</translation>
    </message>
</context>
<context>
    <name>credsync::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Nothing on the timeline for this therapist yet.</source>
        <translation>Todavía no hay nada en la línea de tiempo de este terapeuta.</translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation>horas en %1</translation>
    </message>
</context>
<context>
    <name>credsync::TrendChartWidget</name>
    <message>
        <source>No finding codes in the recorded scans.</source>
        <translation>No hay códigos de hallazgo en los escaneos registrados.</translation>
    </message>
    <message>
        <source>the last %1 recorded scans, oldest on the left</source>
        <translation>los últimos %1 escaneos registrados, el más antiguo a la izquierda</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>credsync::UnresolvedModel</name>
    <message>
        <source>Double-click to correct, then press Retry</source>
        <translation>Doble clic para corregir y luego pulse Reintentar</translation>
    </message>
    <message>
        <source>edited: not tried yet</source>
        <translation>editado: aún sin probar</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>credsync::UnresolvedPanel</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Targets not found</source>
        <translation>Objetivos no encontrados</translation>
    </message>
    <message>
        <source>Send the targets again, including the ones you corrected</source>
        <translation>Enviar de nuevo los objetivos, incluidos los que ha corregido</translation>
    </message>
    <message>
        <source>Retry unresolved targets</source>
        <translation>Reintentar los objetivos no resueltos</translation>
    </message>
    <message>
        <source>Dismiss unresolved targets</source>
        <translation>Descartar los objetivos no resueltos</translation>
    </message>
    <message>
        <source>1 target not found.</source>
        <translation>1 objetivo no encontrado.</translation>
    </message>
    <message>
        <source>%1 targets not found.</source>
        <translation>%1 objetivos no encontrados.</translation>
    </message>
    <message>
        <source>Double-click one to correct it, then Retry.</source>
        <translation>Haga doble clic en uno para corregirlo y luego pulse Reintentar.</translation>
    </message>
</context>
<context>
    <name>credsync::WelcomePage</name>
    <message>
        <source>CredSync Console</source>
        <translation>CredSync Console</translation>
    </message>
    <message>
        <source>Paste the contact ids, emails or HubSpot links from a ticket and see, for each therapist, every id in the database beside every object and label in HubSpot, the log lines and Sentry errors around it, and what is wrong.</source>
        <translation>Pegue los ids de contacto, correos o enlaces de HubSpot de un ticket y verá, para cada terapeuta, cada id de la base de datos junto a cada objeto y etiqueta de HubSpot, las líneas de log y los errores de Sentry de alrededor, y qué está mal.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demo</translation>
    </message>
    <message>
        <source>A local sandbox with 40 therapists, broken in every way the console knows. Nothing leaves this computer.</source>
        <translation>Un entorno de pruebas local con 40 terapeutas, con todos los fallos que la consola conoce. Nada sale de este ordenador.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Write a profile that says where the database, HubSpot, Loki and Sentry are, and test it</source>
        <translation>Escribir un perfil que indique dónde están la base de datos, HubSpot, Loki y Sentry, y probarlo</translation>
    </message>
    <message>
        <source>Connect with a profile</source>
        <translation>Conectar con un perfil</translation>
    </message>
    <message>
        <source>Reopen the last profile</source>
        <translation>Volver a abrir el último perfil</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Volver a abrir %1</translation>
    </message>
</context>
<context>
    <name>credsync::fixes::PlanApplier</name>
    <message>
        <source>%1: not found any more</source>
        <translation>%1: ya no se encuentra</translation>
    </message>
    <message>
        <source>%1: changed since it was planned; plan it again</source>
        <translation>%1: cambió desde que se planificó; vuelva a planificarlo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the plan made now differs from the approved one; plan it again</source>
        <translation>%1: el plan que se obtiene ahora difiere del aprobado; vuelva a planificarlo</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: %3; state now: %4</source>
        <translation>%1: %2: %3; estado actual: %4</translation>
    </message>
</context>
<context>
    <name>credsync::reports::DelayCollector</name>
    <message>
        <source>the delay report needs connected sources</source>
        <translation>el informe de retrasos necesita las fuentes conectadas</translation>
    </message>
    <message>
        <source>the id pulls are left out: %1</source>
        <translation>se dejan fuera las consultas de ids: %1</translation>
    </message>
    <message>
        <source>%1 sign-ups could not be read from HubSpot and are left out.</source>
        <translation>No se pudieron leer %1 altas de HubSpot y se dejan fuera.</translation>
    </message>
</context>
<context>
    <name>credsync::scans::Notifier</name>
    <message>
        <source>--notify-url takes an http or https URL</source>
        <translation>--notify-url espera una URL http o https</translation>
    </message>
    <message>
        <source>the webhook at %1 could not be reached: %2</source>
        <translation>no se pudo contactar con el webhook de %1: %2</translation>
    </message>
    <message>
        <source>the webhook at %1 answered HTTP %2</source>
        <translation>el webhook de %1 respondió HTTP %2</translation>
    </message>
    <message>
        <source>the notify command could not be started</source>
        <translation>no se pudo iniciar el comando de aviso</translation>
    </message>
    <message>
        <source>the notify command failed (exit code %1)</source>
        <translation>el comando de aviso falló (código de salida %1)</translation>
    </message>
    <message>
        <source>the notify command did not finish within 60 s</source>
        <translation>el comando de aviso no terminó en 60 s</translation>
    </message>
</context>
<context>
    <name>credsync::widgets::AuditView</name>
    <message>
        <source>Audit of applied fixes</source>
        <translation>Registro de auditoría de las correcciones aplicadas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (contact %2)</source>
        <translation>%1 (contacto %2)</translation>
    </message>
    <message>
        <source>%1. %2 — before %3, after %4%5</source>
        <translation>%1. %2 — antes %3, después %4%5</translation>
    </message>
    <message>
        <source>State after: %1</source>
        <translation>Estado después: %1</translation>
    </message>
    <message>
        <source>Left to do: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>%1 as database role %2 (%3)</source>
        <translation>%1 con el rol de base de datos %2 (%3)</translation>
    </message>
</context>
<context>
    <name>credsync::widgets::FixPlanDialog</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Each therapist gets the target proposed from the evidence (shown under its name). To choose the objects yourself, relabel one therapist at a time.</source>
        <translation>Cada terapeuta recibe la propuesta que se deduce de la evidencia (se muestra bajo su nombre). Para elegir usted los objetos, reetiquete los terapeutas de uno en uno.</translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation>Pasos del plan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>API call</source>
        <translation>Llamada a la API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>I have reviewed these steps; they write to HubSpot and the database</source>
        <translation>He revisado estos pasos; escriben en HubSpot y en la base de datos</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Target — which object carries each label (proposed from the evidence; change it to plan again):</source>
        <translation>Propuesta — qué objeto lleva cada etiqueta (deducida de la evidencia; cámbiela para volver a planificar):</translation>
    </message>
    <message>
        <source>Planning again with the chosen target…</source>
        <translation>Planificando de nuevo con la propuesta elegida…</translation>
    </message>
    <message>
        <source>Could not plan again: %1</source>
        <translation>No se pudo volver a planificar: %1</translation>
    </message>
    <message>
        <source> (%1 attempts)</source>
        <translation> (%1 intentos)</translation>
    </message>
    <message>
        <source>%1 for %2 therapist(s): %3 with steps, %4 refused. Nothing has been changed yet.</source>
        <translation>%1 para %2 terapeuta(s): %3 con pasos, %4 rechazados. Todavía no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nada que hacer</translation>
    </message>
    <message>
        <source>Target (proposed from the evidence)</source>
        <translation>Propuesta (deducida de la evidencia)</translation>
    </message>
    <message>
        <source>Target (as given)</source>
        <translation>Objetivo (tal como se indicó)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Left to do: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>unresolved: %1</source>
        <translation>sin resolver: %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Applied and verified.</source>
        <translation>Aplicado y verificado.</translation>
    </message>
    <message>
        <source>Not everything was applied: see each therapist&apos;s state and what is left.</source>
        <translation>No se aplicó todo: consulte el estado de cada terapeuta y lo que falta.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>%1: cannot be fixed here: %2</source>
        <translation>%1: no se puede corregir aquí: %2</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1: nada que cambiar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>One plan per therapist, applied and verified as a whole. Nothing has been changed yet.</source>
        <translation>Un plan por terapeuta, que se aplica y verifica en conjunto. Todavía no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Cambiado: %1</translation>
    </message>
    <message>
        <source>Still to do: %1</source>
        <translation>Pendiente: %1</translation>
    </message>
    <message>
        <source>%1 applied: %2 of %3 therapist(s) done and verified.</source>
        <translation>%1 aplicado: %2 de %3 terapeuta(s) hechos y verificados.</translation>
    </message>
    <message>
        <source>Cancelled part-way: the therapists not started were left as they were.</source>
        <translation>Cancelado a medias: los terapeutas que no se empezaron quedaron como estaban.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>credsync::widgets::RelabelTargetEditor</name>
    <message>
        <source>Object for %1</source>
        <translation>Objeto para %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>sin etiquetas</translation>
    </message>
    <message>
        <source>%1 — created %2 — %3</source>
        <translation>%1 — creado %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2:</source>
        <translation>%1 — %2:</translation>
    </message>
</context>
</TS>
