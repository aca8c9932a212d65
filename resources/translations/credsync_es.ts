<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>UTC and %1</source>
        <translation>UTC y %1</translation>
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
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
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
        <source>checked</source>
        <translation>comprobado</translation>
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
</TS>
