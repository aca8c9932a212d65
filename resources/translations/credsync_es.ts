<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Export</name>
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
</TS>
