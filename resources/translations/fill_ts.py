#!/usr/bin/env python3
"""Fills credsync_es.ts (and the plural forms of credsync_en.ts) from the glossary below after lupdate has added new source texts.

Usage: resources/translations/update.sh (lupdate, then this script on each .ts)
Texts already translated in the file are kept (a human edit in Linguist wins over this glossary).
"""
import sys
import xml.etree.ElementTree as ET

ES = {
    "[email hidden]": "[correo oculto]",
    "HubSpot has the %1 object %2 labelled “%3”, but the database column %4 is empty. Every later sync of this object fails until the id is pulled.":
        "HubSpot tiene el objeto %1 %2 con la etiqueta «%3», pero la columna %4 de la base de datos está vacía. Cada sincronización posterior de este objeto falla hasta que se traiga el id.",
    "HubSpot has the %1 object and its label, but the database column that should hold its id is empty. Every later sync of this object fails until the id is pulled.":
        "HubSpot tiene el objeto %1 y su etiqueta, pero la columna de la base de datos que debería guardar su id está vacía. Cada sincronización posterior de este objeto falla hasta que se traiga el id.",
    "The database column %1 holds %2, which is not the %3 object carrying “%4” in HubSpot (it is unlabelled, carries another label, is archived or no longer exists).":
        "La columna %1 de la base de datos guarda %2, que no es el objeto %3 con la etiqueta «%4» en HubSpot (no tiene etiqueta, tiene otra, está archivado o ya no existe).",
    "The database holds an id for this label that is not the %1 object carrying the label in HubSpot (it is unlabelled, carries another label, is archived or no longer exists).":
        "La base de datos guarda para esta etiqueta un id que no es el objeto %1 que la lleva en HubSpot (no tiene etiqueta, tiene otra, está archivado o ya no existe).",
    "HubSpot has no %1 object associated with this contact. For a fresh sign-up the workflow may still be running; for an older one it did not run.":
        "HubSpot no tiene ningún objeto %1 asociado a este contacto. En un alta reciente el workflow puede seguir en curso; en una antigua no se ejecutó.",
    "Several %1 objects (%2) carry “%3”, which must be on exactly one object: a new credentialing cycle stopped half-way, or the worker ran twice.":
        "Varios objetos %1 (%2) llevan «%3», que debe estar en un solo objeto: un nuevo ciclo de credencialización se quedó a medias o el worker se ejecutó dos veces.",
    "More than one %1 object carries a label that must be on exactly one object: a new credentialing cycle stopped half-way, or the worker ran twice.":
        "Más de un objeto %1 lleva una etiqueta que debe estar en un solo objeto: un nuevo ciclo de credencialización se quedó a medias o el worker se ejecutó dos veces.",
    "%1 objects exist, but none carries the required label: the step that labels the new object did not happen.":
        "Existen objetos %1, pero ninguno lleva la etiqueta obligatoria: no se ejecutó el paso que etiqueta el objeto nuevo.",
    "The %1 object %2 carries labels that exclude each other (%3): the step that removes the old label did not happen.":
        "El objeto %1 %2 lleva etiquetas que se excluyen entre sí (%3): no se ejecutó el paso que quita la etiqueta antigua.",
    "One %1 object carries two labels that exclude each other: the step that removes the old label did not happen.":
        "Un objeto %1 lleva dos etiquetas que se excluyen entre sí: no se ejecutó el paso que quita la etiqueta antigua.",
    "The backend pulled the ids, found nothing, and HubSpot created the %1 object %2 %3 s later: the pull ran too early.":
        "El backend pidió los ids, no encontró nada, y HubSpot creó el objeto %1 %2 %3 s después: la consulta se hizo demasiado pronto.",
    "The backend pulled the ids before HubSpot had created the %1 object: the pull found nothing and the object was created afterwards. The pull ran too early.":
        "El backend pidió los ids antes de que HubSpot creara el objeto %1: la consulta no encontró nada y el objeto se creó después. La consulta se hizo demasiado pronto.",
    "The %1 objects %2 were created %3 s apart for this contact: the worker ran twice.":
        "Los objetos %1 %2 se crearon con %3 s de diferencia para este contacto: el worker se ejecutó dos veces.",
    "Two %1 objects were created for this contact seconds apart: the worker ran twice.":
        "Se crearon dos objetos %1 para este contacto con segundos de diferencia: el worker se ejecutó dos veces.",
    "The column %1 changed %2 times within a short time: two workers were writing it in turn.":
        "La columna %1 cambió %2 veces en poco tiempo: dos workers la escribían por turnos.",
    "An id column changed several times within a short time: two workers were writing it in turn.":
        "Una columna de id cambió varias veces en poco tiempo: dos workers la escribían por turnos.",
    "Sentry holds %1 sync error event(s) for this contact; they continue until the ids are right.":
        "Sentry tiene %1 evento(s) de error de sincronización para este contacto; seguirán hasta que los ids sean correctos.",
    "Sentry holds sync errors for this contact; they continue until the ids are right.":
        "Sentry tiene errores de sincronización para este contacto; seguirán hasta que los ids sean correctos.",
    "pull the ids from HubSpot into the database": "traer los ids de HubSpot a la base de datos",
    "relabel the objects so that exactly one carries each unique label": "reetiquetar los objetos para que cada etiqueta única esté en un solo objeto",
    "resync the object from the database": "resincronizar el objeto desde la base de datos",
    "wait: HubSpot may still be creating the objects": "esperar: HubSpot puede estar creando aún los objetos",
    "no fix needed": "no hace falta corrección",
    "error": "error",
    "warning": "aviso",
    "info": "información",
    "(no name)": "(sin nombre)",
    "Case": "Caso",
    "Ticket": "Ticket",
    "Case opened": "Caso abierto",
    "Case closed": "Caso cerrado",
    "Profile": "Perfil",
    "HubSpot portal": "portal de HubSpot",
    "Generated": "Generado",
    "Times": "Horas",
    "UTC and %1": "UTC y %1",
    "Redacted": "Anonimizado",
    "names and email addresses are masked": "los nombres y las direcciones de correo están ocultos",
    "Notes": "Notas",
    "Summary": "Resumen",
    "Therapist": "Terapeuta",
    "Contact id": "Id de contacto",
    "Findings": "Hallazgos",
    "Fix applied": "Corrección aplicada",
    "(none)": "(ninguno)",
    "healthy": "correcto",
    "Therapists by finding": "Terapeutas por hallazgo",
    "match": "coincide",
    "matches HubSpot %1": "coincide con HubSpot %1",
    "MISSING: HubSpot has %1": "FALTA: HubSpot tiene %1",
    "STALE: no object with this id carries the label": "OBSOLETO: ningún objeto con este id lleva la etiqueta",
    "CONFLICT: %1 all carry the label": "CONFLICTO: %1 llevan todos la etiqueta",
    "no object carries the label": "ningún objeto lleva la etiqueta",
    "MISSING in the database": "FALTA en la base de datos",
    "STALE: not the object carrying the label": "OBSOLETO: no es el objeto que lleva la etiqueta",
    "CONFLICT: several objects carry the label": "CONFLICTO: varios objetos llevan la etiqueta",
    "HubSpot could not be read": "no se pudo leer HubSpot",
    "Ids in the database": "Ids en la base de datos",
    "HubSpot": "HubSpot",
    "Objects in HubSpot": "Objetos en HubSpot",
    "HubSpot could not be read for this contact.": "No se pudo leer HubSpot para este contacto.",
    "No object is associated with this contact.": "No hay ningún objeto asociado a este contacto.",
    "Object": "Objeto",
    "Id": "Id",
    "Created (UTC)": "Creado (UTC)",
    "Labels": "Etiquetas",
    "(no label)": "(sin etiqueta)",
    "archived": "archivado",
    "Diagnosis": "Diagnóstico",
    "No findings: the database ids and the HubSpot labels agree.": "Sin hallazgos: los ids de la base de datos y las etiquetas de HubSpot coinciden.",
    "Detail": "Detalle",
    "Suggested fix": "Corrección sugerida",
    "Evidence": "Evidencia",
    "Log lines": "Líneas de log",
    "LogQL query": "Consulta LogQL",
    "No log lines found.": "No se encontraron líneas de log.",
    "Line": "Línea",
    "Sentry issues": "Incidencias de Sentry",
    "No Sentry issues found.": "No se encontraron incidencias en Sentry.",
    "first seen": "vista por primera vez",
    "last seen": "vista por última vez",
    "Timeline": "Cronología",
    "Source": "Origen",
    "Event": "Evento",
    "Labels of object %1": "Etiquetas del objeto %1",
    "New object %1": "Objeto nuevo %1",
    "Object %1 is gone or archived": "El objeto %1 ya no existe o está archivado",
    "Was → now": "Antes → ahora",
    "Seen when the case was saved": "Visto al guardar el caso",
    "inspected again": "inspeccionado de nuevo",
    "Nothing changed since the case was saved.": "Nada ha cambiado desde que se guardó el caso.",
    "Fixes applied": "Correcciones aplicadas",
    "None recorded in the workspace.": "Ninguna registrada en el espacio de trabajo.",
    "by %1": "por %1",
    "profile": "perfil",
    "Therapist id": "Id de terapeuta",
    "Email": "Correo",
    "Signed up": "Alta",
    "Looked up as": "Buscado como",
    "Status": "Estado",
    "needs attention": "requiere atención",
    "checked": "comprobado",
    "Targets not found": "Objetivos no encontrados",
    "Made by %1 from profile %2 on %3. Contains no secrets.": "Generado por %1 con el perfil %2 el %3. No contiene secretos.",
    "Page %1 of %2": "Página %1 de %2",
    "Therapist %1": "Terapeuta %1",
    # The export dialog and the case sidebar.
    "Therapists": "Terapeutas",
    "Opened": "Abierto",
    "Cases": "Casos",
    "Show closed cases": "Mostrar casos cerrados",
    "&New case from selection…": "&Nuevo caso con la selección…",
    "&Add selection": "&Añadir selección",
    "&Rename…": "&Renombrar…",
    "C&lose": "C&errar",
    "Inspect &again": "Inspeccionar de &nuevo",
    "Inspect the case's therapists now and show what changed since the case was saved": "Inspeccionar ahora los terapeutas del caso y mostrar qué cambió desde que se guardó",
    "&Export…": "&Exportar…",
    "Ticket reference or URL": "Referencia o URL del ticket",
    "Notes for this case": "Notas del caso",
    "Save ticket and notes": "Guardar ticket y notas",
    "Ticket:": "Ticket:",
    "Notes:": "Notas:",
    "New case": "Nuevo caso",
    "Case name:": "Nombre del caso:",
    "Rename case": "Renombrar caso",
    "New name:": "Nombre nuevo:",
    "No workspace: cases cannot be stored.": "Sin espacio de trabajo: no se pueden guardar casos.",
    "open": "abierto",
    "closed": "cerrado",
    "Re&open": "Re&abrir",
    "Select a case, or select therapists in the list and make a new case.": "Elija un caso, o seleccione terapeutas en la lista y cree un caso nuevo.",
    "Closed %1.": "Cerrado el %1.",
    "Inspected again: the export shows what changed.": "Inspeccionado de nuevo: la exportación muestra qué cambió.",
    "Case “%1” saved with the evidence seen now.": "Caso «%1» guardado con la evidencia vista ahora.",
    "Select a case first.": "Elija primero un caso.",
    "Saved.": "Guardado.",
    "Export write-up": "Exportar informe",
    "Markdown (for the tracker)": "Markdown (para el gestor de tickets)",
    "PDF": "PDF",
    "JSON": "JSON",
    "CSV (one row per therapist)": "CSV (una fila por terapeuta)",
    "Export format": "Formato de exportación",
    "Language of the write-up": "Idioma del informe",
    "Mask names and email addresses": "Ocultar nombres y direcciones de correo",
    "For sharing outside the team: every name and address becomes a placeholder.": "Para compartir fuera del equipo: cada nombre y dirección se sustituye por un marcador.",
    "Show the text": "Mostrar el texto",
    "Show the Markdown, JSON or CSV text instead of the rendered preview.": "Mostrar el texto Markdown, JSON o CSV en lugar de la vista previa.",
    "Format:": "Formato:",
    "Language:": "Idioma:",
    "Preview": "Vista previa",
    "Export text": "Texto exportado",
    "&Copy Markdown": "&Copiar Markdown",
    "Copy the write-up as Markdown, ready to paste into the ticket": "Copiar el informe en Markdown, listo para pegar en el ticket",
    "&Save…": "&Guardar…",
    " · names and emails masked": " · nombres y correos ocultos",
    "Markdown copied to the clipboard.": "Markdown copiado al portapapeles.",
    "write-up": "informe",
    "Save the write-up": "Guardar el informe",
    "Could not save %1: %2": "No se pudo guardar %1: %2",
    "Saved %1.": "Guardado %1.",
    # The ticket-ready opening of the export and of Copy summary (core/export/ticketblock.cpp).
    "For the ticket": "Para el ticket",
    "contact %1": "contacto %1",
    "What was wrong: %1.": "Qué fallaba: %1.",
    "What was wrong: not known, %1": "Qué fallaba: no se sabe, %1",
    "What was wrong: nothing is left to see now; what was done says what the fix changed.":
        "Qué fallaba: ya no queda nada a la vista; lo que se hizo explica qué cambió la corrección.",
    "What was wrong: nothing, the database ids and the HubSpot labels agree.":
        "Qué fallaba: nada, los ids de la base de datos y las etiquetas de HubSpot coinciden.",
    "%1 (%2) on %3": "%1 (%2) el %3",
    "%1 (%2) on %3 by %4": "%1 (%2) el %3 por %4",
    "What was done: %1.": "Qué se hizo: %1.",
    "What was done: a fix was verified on %1.": "Qué se hizo: se verificó una corrección el %1.",
    "What was done: nothing yet; the fix to apply: %1.": "Qué se hizo: nada todavía; la corrección que hay que aplicar: %1.",
    "What was done: nothing.": "Qué se hizo: nada.",
    "Checked in full (ids, labels, logs and Sentry) on %1.": "Comprobado por completo (ids, etiquetas, logs y Sentry) el %1.",
    "Checked on %1: ids, labels, and logs and Sentry as far back as they keep.":
        "Comprobado el %1: ids, etiquetas, y logs y Sentry hasta donde los conservan.",
    "Ids and labels checked on %1; logs or Sentry could not be read.": "Ids y etiquetas comprobados el %1; no se pudieron leer los logs o Sentry.",
    "checked (ids, labels, and logs and Sentry as far back as they keep)": "comprobado (ids, etiquetas, y logs y Sentry hasta donde los conservan)",
    "ids, labels, and logs and Sentry as far back as they keep": "ids, etiquetas, y logs y Sentry hasta donde los conservan",
    "Ids and labels checked on %1; logs and Sentry not read.": "Ids y etiquetas comprobados el %1; no se leyeron los logs ni Sentry.",
    "Current state: resolved, the database ids and the HubSpot labels agree.":
        "Estado actual: resuelto, los ids de la base de datos y las etiquetas de HubSpot coinciden.",
    "Current state: correct, the database ids and the HubSpot labels agree.":
        "Estado actual: correcto, los ids de la base de datos y las etiquetas de HubSpot coinciden.",
    "Current state: still wrong (%1).": "Estado actual: sigue mal (%1).",
    "Current state: needs attention (%1).": "Estado actual: requiere atención (%1).",
    "Current state: cannot be told: %1": "Estado actual: no se puede saber: %1",
    "Times in %1.": "Horas en %1.",
    "The full evidence follows.": "A continuación, toda la evidencia.",
    "Time (%1)": "Hora (%1)",
    "Created (%1)": "Creado (%1)",
    # Why a verdict rests on ids only (core/report/verdict.cpp).
    "%1 no longer keeps the start of this therapist's history.": "%1 ya no guarda el comienzo del historial de este terapeuta.",
    "Logs and Sentry were not read.": "No se leyeron los logs ni Sentry.",
}


ES_PLURAL = {
    "Therapist write-up: %n therapist(s)": ["Informe de terapeutas: %n terapeuta", "Informe de terapeutas: %n terapeutas"],
    "%n event(s)": ["%n evento", "%n eventos"],
    "Opened %1 with profile %2; %n therapist(s).": ["Abierto el %1 con el perfil %2; %n terapeuta.", "Abierto el %1 con el perfil %2; %n terapeutas."],
    "%n therapist(s) added.": ["%n terapeuta añadido.", "%n terapeutas añadidos."],
    "%n therapist(s) · profile %1": ["%n terapeuta · perfil %1", "%n terapeutas · perfil %1"],
}

EN_PLURAL = {
    "Therapist write-up: %n therapist(s)": ["Therapist write-up: %n therapist", "Therapist write-up: %n therapists"],
    "%n event(s)": ["%n event", "%n events"],
    "Opened %1 with profile %2; %n therapist(s).": ["Opened %1 with profile %2; %n therapist.", "Opened %1 with profile %2; %n therapists."],
    "%n therapist(s) added.": ["%n therapist added.", "%n therapists added."],
    "%n therapist(s) · profile %1": ["%n therapist · profile %1", "%n therapists · profile %1"],
}


# The window's, the CLI's and the findings' words live in glossary_ui.py.
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from glossary_ui import ES_UI, ES_UI_PLURAL, EN_UI_PLURAL  # noqa: E402

ES.update({k: v for k, v in ES_UI.items() if k not in ES})
ES_PLURAL.update(ES_UI_PLURAL)
EN_PLURAL.update(EN_UI_PLURAL)


def main(path):
    tree = ET.parse(path)
    # English is the source language: its file holds only the plural forms (lupdate -pluralonly).
    spanish = tree.getroot().get("language", "").startswith("es")
    plurals = ES_PLURAL if spanish else EN_PLURAL
    texts = ES if spanish else {}
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = plurals.get(source)
            if forms is None:
                missing.append(source)
                continue
            for element in list(translation):
                translation.remove(element)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
            continue
        if translation.get("type") not in ("unfinished", None) or (translation.text and translation.get("type") is None):
            continue
        text = texts.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print("untranslated:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
