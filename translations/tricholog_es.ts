<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Access</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>The image is empty.</source>
        <translation>La imagen está vacía.</translation>
    </message>
    <message>
        <source>The image has %1 megapixels; at most %2 can be analysed.</source>
        <translation>La imagen tiene %1 megapíxeles; se pueden analizar como máximo %2.</translation>
    </message>
    <message>
        <source>The scale must be between 0.2 and 50 micrometres per pixel (given: %1).</source>
        <translation>La escala debe estar entre 0,2 y 50 micrómetros por píxel (indicada: %1).</translation>
    </message>
    <message>
        <source>The vellus threshold (%1 um) must be above 0 and at most the terminal threshold (%2 um, at most 300).</source>
        <translation>El umbral de vello (%1 µm) debe ser mayor que 0 y como máximo el umbral terminal (%2 µm, como máximo 300).</translation>
    </message>
    <message>
        <source>The field %1,%2,%3,%4 does not lie inside the %5 x %6 image.</source>
        <translation>El campo %1,%2,%3,%4 no está dentro de la imagen (%5 x %6).</translation>
    </message>
    <message>
        <source>The circle at %1,%2 with radius %3 does not lie inside the %4 x %5 image.</source>
        <translation>El círculo en %1,%2 con radio %3 no está dentro de la imagen (%4 x %5).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read (JPEG or PNG).</source>
        <translation>%1 no es una imagen legible (JPEG o PNG).</translation>
    </message>
    <message>
        <source>%1 has %2 megapixels; at most %3 can be analysed.</source>
        <translation>%1 tiene %2 megapíxeles; se pueden analizar como máximo %3.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>El análisis se canceló.</translation>
    </message>
    <message>
        <source>The ruler&apos;s division must be 0.1 or 1 mm (given: %1).</source>
        <translation>La división de la regla debe ser 0,1 o 1 mm (indicada: %1).</translation>
    </message>
    <message>
        <source>The ruler image is too small: at least 64 x 64 pixels are needed.</source>
        <translation>La imagen de la regla es demasiado pequeña: se necesitan al menos 64 x 64 píxeles.</translation>
    </message>
    <message>
        <source>No regular tick marks were found: the image needs at least four ticks of the ruler, in focus, across the field.</source>
        <translation>No se encontraron marcas regulares: la imagen necesita al menos cuatro marcas de la regla, enfocadas, en el campo.</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>El análisis falló: %1</translation>
    </message>
    <message>
        <source>The analysis needs more memory than this computer has free.</source>
        <translation>El análisis necesita más memoria de la que este ordenador tiene libre.</translation>
    </message>
    <message>
        <source>%1 detected, %2 added, %3 removed</source>
        <translation>detectados: %1, añadidos: %2, quitados: %3</translation>
    </message>
    <message>
        <source>Image analysis %1 %2 of photo %3: %4.</source>
        <translation>Análisis de imagen %1 %2 de la foto %3 (%4).</translation>
    </message>
    <message>
        <source>There is no hair %1.</source>
        <translation>El pelo %1 no existe.</translation>
    </message>
    <message>
        <source>Hair %1 has been removed.</source>
        <translation>El pelo %1 ya se ha quitado.</translation>
    </message>
    <message>
        <source>A hair&apos;s width must be between 1 and 300 um (given: %1).</source>
        <translation>El grosor de un pelo debe estar entre 1 y 300 µm (indicado: %1).</translation>
    </message>
    <message>
        <source>A hair drawn by hand must be at least 3 pixels long and lie inside the image.</source>
        <translation>Un pelo dibujado a mano debe medir al menos 3 píxeles de largo y estar dentro de la imagen.</translation>
    </message>
    <message>
        <source>Hair %1 cannot be split so near one of its ends.</source>
        <translation>El pelo %1 no se puede dividir tan cerca de uno de sus extremos.</translation>
    </message>
    <message>
        <source>Hair %1 of the stored analysis has no path.</source>
        <translation>El pelo %1 del análisis guardado no tiene trazado.</translation>
    </message>
    <message>
        <source>The stored analysis is damaged: %1</source>
        <translation>El análisis guardado está dañado: %1</translation>
    </message>
    <message>
        <source>unknown format %1.</source>
        <translation>formato %1 desconocido.</translation>
    </message>
    <message>
        <source>edit %1 names no hair of the analysis.</source>
        <translation>la corrección %1 no nombra ningún pelo del análisis.</translation>
    </message>
    <message>
        <source>The field&apos;s outline (%1 corners) does not enclose an area inside the %2 x %3 image.</source>
        <translation>El contorno del campo (%1 vértices) no encierra un área dentro de la imagen de %2 x %3.</translation>
    </message>
    <message>
        <source>Both photos must be at least %1 pixels on each side to be aligned.</source>
        <translation>Ambas fotos deben medir al menos %1 píxeles por lado para alinearse.</translation>
    </message>
    <message>
        <source>The two photos&apos; scales differ more than four times (ratio %1).</source>
        <translation>Las escalas de las dos fotos difieren más de cuatro veces (relación %1).</translation>
    </message>
    <message>
        <source>The alignment was cancelled.</source>
        <translation>La alineación se ha cancelado.</translation>
    </message>
    <message>
        <source>Match at least three points between the two photos.</source>
        <translation>Empareje al menos tres puntos entre las dos fotos.</translation>
    </message>
    <message>
        <source>The matched points are too close together or on one line: spread them over the photo.</source>
        <translation>Los puntos emparejados están demasiado juntos o en una línea: repártalos por la foto.</translation>
    </message>
</context>
<context>
    <name>Anchors</name>
    <message>
        <source>%1, line %2: not an audit anchor (%3).</source>
        <translation>%1, línea %2: no es un ancla de auditoría (%3).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog backup with an audit trail.</source>
        <translation>%1 no es una copia de seguridad de Tricholog con registro de auditoría.</translation>
    </message>
    <message>
        <source>the backup&apos;s own trail</source>
        <translation>el propio registro de la copia de seguridad</translation>
    </message>
    <message>
        <source>audit entry %1 · %2</source>
        <translation>entrada de auditoría %1 · %2</translation>
    </message>
    <message>
        <source>Not recording the audit anchor: %1 is not a regular file.</source>
        <translation>No se guarda el ancla de auditoría: %1 no es un archivo regular.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the audit anchor to %1: %2</source>
        <translation>No se puede escribir el ancla de auditoría en %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo regular.</translation>
    </message>
    <message>
        <source>%1 is larger than an anchor file can be (%2 MiB).</source>
        <translation>%1 supera el tamaño máximo de un archivo de anclas (%2 MiB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the anchor belongs to another practice (%1; this database is %2)</source>
        <translation>el ancla pertenece a otra consulta (%1; la de esta base de datos es %2)</translation>
    </message>
    <message>
        <source>the trail ends at entry %1, but entry %2 was seen on %3 (%4): entries were removed</source>
        <translation>el registro termina en la entrada %1, pero la entrada %2 se observó el %3 (%4): se eliminaron entradas</translation>
    </message>
    <message>
        <source>entry %1 is not the one seen on %2 (%3): its hash differs, the trail was written anew</source>
        <translation>la entrada %1 no es la que se observó el %2 (%3): su hash es distinto, el registro se reescribió</translation>
    </message>
    <message>
        <source>this database&apos;s anchor of %1 (%2) was recorded for another practice (%3; this database is %4), and no new database or restore of this practice was recorded here since: its practice id was changed, or another file was put in its place</source>
        <translation>el ancla de esta base de datos del %1 (%2) se registró para otra consulta (%3; la de esta base de datos es %4), y desde entonces no se registró aquí ninguna base de datos nueva ni restauración de esta consulta: se cambió su identificador de consulta, o se puso otro archivo en su lugar</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entry %1 does not link to the entry before it (one was removed, inserted or changed)</source>
        <translation>la entrada %1 no enlaza con la anterior (se eliminó, insertó o modificó una entrada)</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>la entrada %1 se modificó después de escribirse</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentimiento de fotos</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Consentimiento de tratamiento de datos</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Trichoscopic findings</source>
        <translation>Hallazgos tricoscópicos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Clinical endpoint</source>
        <translation>Punto final clínico</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anestésico</translation>
    </message>
    <message>
        <source>Target area</source>
        <translation>Zona diana</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Treatment zone</source>
        <translation>Zona de tratamiento</translation>
    </message>
    <message>
        <source>Adjunct</source>
        <translation>Coadyuvante</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Evento adverso</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Time source</source>
        <translation>Origen de la fecha de la toma</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Suma de comprobación (SHA-256)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Added the patient</source>
        <translation>Se añadió el paciente</translation>
    </message>
    <message>
        <source>Changed the patient&apos;s details</source>
        <translation>Se modificaron los datos del paciente</translation>
    </message>
    <message>
        <source>Archived the patient</source>
        <translation>Se archivó el paciente</translation>
    </message>
    <message>
        <source>Restored the patient from the archive</source>
        <translation>Se desarchivó el paciente</translation>
    </message>
    <message>
        <source>Deleted the patient</source>
        <translation>Se eliminó el paciente</translation>
    </message>
    <message>
        <source>Added the patient %1</source>
        <translation>Se añadió el paciente %1</translation>
    </message>
    <message>
        <source>Changed the details of the patient %1</source>
        <translation>Se modificaron los datos del paciente %1</translation>
    </message>
    <message>
        <source>Archived the patient %1</source>
        <translation>Se archivó el paciente %1</translation>
    </message>
    <message>
        <source>Restored the patient %1 from the archive</source>
        <translation>Se desarchivó el paciente %1</translation>
    </message>
    <message>
        <source>Deleted the patient %1</source>
        <translation>Se eliminó el paciente %1</translation>
    </message>
    <message>
        <source>Added a diagnosis: %1</source>
        <translation>Se añadió un diagnóstico: %1</translation>
    </message>
    <message>
        <source>Changed the diagnosis %1</source>
        <translation>Se modificó el diagnóstico %1</translation>
    </message>
    <message>
        <source>Deleted the diagnosis %1</source>
        <translation>Se eliminó el diagnóstico %1</translation>
    </message>
    <message>
        <source>Added a session on %1</source>
        <translation>Se añadió una sesión el %1</translation>
    </message>
    <message>
        <source>Changed the session of %1</source>
        <translation>Se modificó la sesión del %1</translation>
    </message>
    <message>
        <source>Deleted the session of %1</source>
        <translation>Se eliminó la sesión del %1</translation>
    </message>
    <message>
        <source>Added a measurement at %1</source>
        <translation>Se añadió una medición en %1</translation>
    </message>
    <message>
        <source>Changed the measurement at %1</source>
        <translation>Se modificó la medición en %1</translation>
    </message>
    <message>
        <source>Deleted the measurement at %1</source>
        <translation>Se eliminó la medición en %1</translation>
    </message>
    <message>
        <source>Added a patient-reported outcome of %1</source>
        <translation>Se añadió un resultado comunicado por el paciente del %1</translation>
    </message>
    <message>
        <source>Changed the patient-reported outcome of %1</source>
        <translation>Se modificó el resultado comunicado por el paciente del %1</translation>
    </message>
    <message>
        <source>Deleted the patient-reported outcome of %1</source>
        <translation>Se eliminó el resultado comunicado por el paciente del %1</translation>
    </message>
    <message>
        <source>Added a photo: %1</source>
        <translation>Se añadió una foto: %1</translation>
    </message>
    <message>
        <source>Changed the photo %1</source>
        <translation>Se modificó la foto %1</translation>
    </message>
    <message>
        <source>Deleted the photo %1</source>
        <translation>Se eliminó la foto %1</translation>
    </message>
    <message>
        <source>Added the treatment zone %1 to a session</source>
        <translation>Se añadió la zona de tratamiento %1 a una sesión</translation>
    </message>
    <message>
        <source>Changed the treatment zone %1 of a session</source>
        <translation>Se modificó la zona de tratamiento %1 de una sesión</translation>
    </message>
    <message>
        <source>Removed the treatment zone %1 from a session</source>
        <translation>Se quitó la zona de tratamiento %1 de una sesión</translation>
    </message>
    <message>
        <source>Added the adjunct %1 to a session</source>
        <translation>Se añadió el coadyuvante %1 a una sesión</translation>
    </message>
    <message>
        <source>Changed the adjunct %1 of a session</source>
        <translation>Se modificó el coadyuvante %1 de una sesión</translation>
    </message>
    <message>
        <source>Removed the adjunct %1 from a session</source>
        <translation>Se quitó el coadyuvante %1 de una sesión</translation>
    </message>
    <message>
        <source>Recorded the adverse event %1 in a session</source>
        <translation>Se registró el evento adverso %1 en una sesión</translation>
    </message>
    <message>
        <source>Changed the adverse event %1 of a session</source>
        <translation>Se modificó el evento adverso %1 de una sesión</translation>
    </message>
    <message>
        <source>Removed the adverse event %1 from a session</source>
        <translation>Se quitó el evento adverso %1 de una sesión</translation>
    </message>
    <message>
        <source>Added the account %1</source>
        <translation>Se añadió la cuenta %1</translation>
    </message>
    <message>
        <source>Changed the account %1</source>
        <translation>Se modificó la cuenta %1</translation>
    </message>
    <message>
        <source>Deleted the account %1</source>
        <translation>Se eliminó la cuenta %1</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <source>patient-reported outcome</source>
        <translation>resultado comunicado por el paciente</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>treatment zone</source>
        <translation>zona de tratamiento</translation>
    </message>
    <message>
        <source>adjunct</source>
        <translation>coadyuvante</translation>
    </message>
    <message>
        <source>adverse event</source>
        <translation>evento adverso</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Registro añadido: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Registro modificado: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Registro eliminado: %1</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Registro archivado: %1</translation>
    </message>
    <message>
        <source>Restored from the archive: %1</source>
        <translation>Registro desarchivado: %1</translation>
    </message>
    <message>
        <source>an unnamed destination</source>
        <translation>un destino sin nombre</translation>
    </message>
    <message>
        <source>Exported a PDF report to %1</source>
        <translation>Se exportó un informe PDF a %1</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Se imprimió en %1</translation>
    </message>
    <message>
        <source>Exported CSV files to %1</source>
        <translation>Se exportaron archivos CSV a %1</translation>
    </message>
    <message>
        <source>Exported a FHIR bundle to %1</source>
        <translation>Se exportó un paquete FHIR a %1</translation>
    </message>
    <message>
        <source>Exported a chart image to %1</source>
        <translation>Se exportó una imagen de gráfico a %1</translation>
    </message>
    <message>
        <source>Disclosed patient data (%1) to %2</source>
        <translation>Se comunicaron datos de pacientes (%1) a %2</translation>
    </message>
    <message>
        <source>all patients (%1)</source>
        <translation>todos los pacientes (%1)</translation>
    </message>
    <message>
        <source>patient #%1</source>
        <translation>paciente #%1</translation>
    </message>
    <message>
        <source>patient #%1 (deleted)</source>
        <translation>paciente #%1 (eliminado)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Sign-in failed: no account has this name</source>
        <translation>Inicio de sesión fallido: ninguna cuenta tiene este nombre</translation>
    </message>
    <message>
        <source>Changed the password of the account %1</source>
        <translation>Se cambió la contraseña de la cuenta %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n row(s) added)</source>
        <translation>
            <numerusform>%1 importado (%n fila añadida)</numerusform>
            <numerusform>%1 importado (%n filas añadidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) added</source>
        <translation>
            <numerusform>%1: %n fila añadida</numerusform>
            <numerusform>%1: %n filas añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the device profile %1</source>
        <translation>Perfil de dispositivo %1 añadido</translation>
    </message>
    <message>
        <source>Changed the device profile %1</source>
        <translation>Perfil de dispositivo %1 modificado</translation>
    </message>
    <message>
        <source>Deleted the device profile %1</source>
        <translation>Perfil de dispositivo %1 eliminado</translation>
    </message>
    <message>
        <source>device profile</source>
        <translation>perfil de dispositivo</translation>
    </message>
    <message>
        <source>removed hair %1</source>
        <translation>se quitó el pelo %1</translation>
    </message>
    <message>
        <source>added a hair of %1 µm</source>
        <translation>se añadió un pelo de %1 µm</translation>
    </message>
    <message>
        <source>split hair %1</source>
        <translation>se dividió el pelo %1</translation>
    </message>
    <message>
        <source>set hair %1 from %2 to %3 µm</source>
        <translation>se cambió el grosor del pelo %1 de %2 a %3 µm</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n corrección más</numerusform>
            <numerusform>%n correcciones más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 hairs counted, engine %3 %4</source>
        <translation>%1, pelos contados: %2, algoritmo %3 %4</translation>
    </message>
    <message>
        <source>%1; edits: %2</source>
        <translation>%1; correcciones: %2</translation>
    </message>
    <message>
        <source>Saved an image analysis of a photo: %1</source>
        <translation>Se guardó un análisis de imagen de una foto: %1</translation>
    </message>
    <message>
        <source>Changed the image analysis of a photo: %1</source>
        <translation>Se modificó el análisis de imagen de una foto: %1</translation>
    </message>
    <message>
        <source>Deleted the image analysis of a photo: %1</source>
        <translation>Se eliminó el análisis de imagen de una foto: %1</translation>
    </message>
    <message>
        <source>image analysis</source>
        <translation>análisis de imagen</translation>
    </message>
    <message>
        <source>Added the protocol template %1</source>
        <translation>Plantilla de protocolo %1 añadida</translation>
    </message>
    <message>
        <source>Changed the protocol template %1</source>
        <translation>Plantilla de protocolo %1 modificada</translation>
    </message>
    <message>
        <source>Deleted the protocol template %1</source>
        <translation>Plantilla de protocolo %1 eliminada</translation>
    </message>
    <message>
        <source>Planned the treatment %1</source>
        <translation>Tratamiento %1 planificado</translation>
    </message>
    <message>
        <source>Changed the treatment plan %1</source>
        <translation>Plan de tratamiento %1 modificado</translation>
    </message>
    <message>
        <source>Deleted the treatment plan %1</source>
        <translation>Plan de tratamiento %1 eliminado</translation>
    </message>
    <message>
        <source>Recorded a contact attempt: %1</source>
        <translation>Intento de contacto registrado: %1</translation>
    </message>
    <message>
        <source>Changed a contact attempt: %1</source>
        <translation>Intento de contacto modificado: %1</translation>
    </message>
    <message>
        <source>Deleted a contact attempt: %1</source>
        <translation>Intento de contacto eliminado: %1</translation>
    </message>
    <message>
        <source>protocol template</source>
        <translation>plantilla de protocolo</translation>
    </message>
    <message>
        <source>treatment plan</source>
        <translation>plan de tratamiento</translation>
    </message>
    <message>
        <source>contact attempt</source>
        <translation>intento de contacto</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping: nothing is half-written…</source>
        <translation>Deteniendo: nada queda a medio escribir…</translation>
    </message>
    <message>
        <source>The work stopped.</source>
        <translation>El trabajo se detuvo.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog backup (not an SQLite file).</source>
        <translation>%1 no es una copia de seguridad de Tricholog (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2).</source>
        <translation>%1 está dañado (comprobación de integridad: %2).</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog database.</source>
        <translation>%1 no es una base de datos de Tricholog.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tricholog (schema version %2; this version knows up to %3).</source>
        <translation>%1 se escribió con una versión más reciente de Tricholog (versión de esquema %2; esta versión admite hasta la %3).</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it.</source>
        <translation>%1 ya existe; no se sobrescribe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>No se pudo escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>The backup copy failed its check; nothing was kept. %1</source>
        <translation>La copia de seguridad no superó la comprobación; no se conservó nada. %1</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>No se puede mover la copia de seguridad a su ubicación en %1.</translation>
    </message>
    <message>
        <source>Not restoring: %1</source>
        <translation>No se restaura: %1</translation>
    </message>
    <message>
        <source>Not restoring: the backup is the database itself.</source>
        <translation>No se restaura: la copia de seguridad es la propia base de datos.</translation>
    </message>
    <message>
        <source>Not restoring: the current file could not be copied to %1.</source>
        <translation>No se restaura: no se pudo copiar el archivo actual a %1.</translation>
    </message>
    <message>
        <source>Not restoring: %1 is open in another program or on another workstation. Close Tricholog everywhere, then restore.</source>
        <translation>No se restaura: %1 está abierto en otro programa o en otro puesto. Cierre Tricholog en todas partes y restaure después.</translation>
    </message>
    <message>
        <source>Not restoring: the current database could not be copied to %1 (%2).</source>
        <translation>No se restaura: no se pudo copiar la base de datos actual a %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to %2.</source>
        <translation>No se puede copiar %1 junto a %2.</translation>
    </message>
    <message>
        <source>Cannot replace %1. The current file is unchanged.</source>
        <translation>No se puede reemplazar %1. El archivo actual no ha cambiado.</translation>
    </message>
    <message>
        <source>Cannot put the restored file in place at %1; the backup is at %2 and the previous database at %3.</source>
        <translation>No se puede colocar el archivo restaurado en %1; la copia de seguridad está en %2 y la base de datos anterior en %3.</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2); restore it with File &gt; Restore from backup, or tricholog restore --database %3 --from %1.</source>
        <translation>La copia de seguridad más reciente es %1 (%2); restáurela con Archivo &gt; Restaurar desde copia de seguridad, o con tricholog restore --database %3 --from %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Renders a patient&apos;s progress chart to a PNG or SVG file.</source>
        <translation>Genera el gráfico de evolución de un paciente en un archivo PNG o SVG.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>El subcomando.</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Archivo de base de datos.</translation>
    </message>
    <message>
        <source>Patient MRN.</source>
        <translation>MRN del paciente.</translation>
    </message>
    <message>
        <source>Metric: %1.</source>
        <translation>Métrica: %1.</translation>
    </message>
    <message>
        <source>Plot the % change from baseline.</source>
        <translation>Representar el % de cambio respecto al valor basal.</translation>
    </message>
    <message>
        <source>Output file, .png or .svg.</source>
        <translation>Archivo de salida, .png o .svg.</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1600x1000).</source>
        <translation>Tamaño de la imagen en píxeles (predeterminado: 1600x1000).</translation>
    </message>
    <message>
        <source>Writes a patient&apos;s progress report as PDF.</source>
        <translation>Escribe el informe de evolución de un paciente en PDF.</translation>
    </message>
    <message>
        <source>Output .pdf file.</source>
        <translation>Archivo .pdf de salida.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Primer día del periodo (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Último día del periodo (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Language of the labels: en, de, fr or es.</source>
        <translation>Idioma de las etiquetas: en, de, fr o es.</translation>
    </message>
    <message>
        <source>Language of the report: en, de, fr or es.</source>
        <translation>Idioma del informe: en, de, fr o es.</translation>
    </message>
    <message>
        <source>unexpected arguments: %1; see tricholog %2 --help.</source>
        <translation>argumentos inesperados: %1; consulte tricholog %2 --help.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 necesita --%2.</translation>
    </message>
    <message>
        <source>Patients CSV file.</source>
        <translation>Archivo CSV de pacientes.</translation>
    </message>
    <message>
        <source>Diagnoses CSV file.</source>
        <translation>Archivo CSV de diagnósticos.</translation>
    </message>
    <message>
        <source>Sessions CSV file.</source>
        <translation>Archivo CSV de sesiones.</translation>
    </message>
    <message>
        <source>Measurements CSV file.</source>
        <translation>Archivo CSV de mediciones.</translation>
    </message>
    <message>
        <source>Imports CSV files (see the README for their columns), all in one transaction: when any row is wrong nothing is written and every bad row is listed.</source>
        <translation>Importa archivos CSV (consulte el README para sus columnas), todo en una sola transacción: si alguna fila es incorrecta, no se escribe nada y se enumeran todas las filas erróneas.</translation>
    </message>
    <message>
        <source>import needs at least one of --patients, --diagnoses, --sessions, --measurements.</source>
        <translation>import necesita al menos una de --patients, --diagnoses, --sessions, --measurements.</translation>
    </message>
    <message>
        <source>Output JSON file.</source>
        <translation>Archivo JSON de salida.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Carpeta de salida.</translation>
    </message>
    <message>
        <source>Only this patient (MRN); default: every patient.</source>
        <translation>Solo este paciente (MRN); predeterminado: todos los pacientes.</translation>
    </message>
    <message>
        <source>export needs a format: tricholog export csv|fhir ... (not &quot;%1&quot;).</source>
        <translation>export necesita un formato: tricholog export csv|fhir ... (no &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Writes patients.csv, diagnoses.csv, sessions.csv and measurements.csv, readable by tricholog import.</source>
        <translation>Escribe patients.csv, diagnoses.csv, sessions.csv y measurements.csv, legibles por tricholog import.</translation>
    </message>
    <message>
        <source>%1 patients, %2 diagnoses, %3 sessions and %4 measurements written to %5.</source>
        <translation>%1 pacientes, %2 diagnósticos, %3 sesiones y %4 mediciones escritos en %5.</translation>
    </message>
    <message>
        <source>%1 resources written to %2.</source>
        <translation>%1 recursos escritos en %2.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>El archivo de copia de seguridad que se escribirá.</translation>
    </message>
    <message>
        <source>Writes a consistent, checked copy of the database, even while it is in use.</source>
        <translation>Escribe una copia coherente y comprobada de la base de datos, incluso mientras está en uso.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Copia de seguridad escrita en %1.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>El archivo de copia de seguridad que se restaurará.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Se restauró %1 desde %2.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous file is kept at %3.</source>
        <translation>Se restauró %1 desde %2; el archivo anterior se conserva en %3.</translation>
    </message>
    <message>
        <source>Creates a database filled with generated, fictitious patients. The same seed gives the same data.</source>
        <translation>Crea una base de datos con pacientes ficticios generados. La misma semilla produce los mismos datos.</translation>
    </message>
    <message>
        <source>The database file to create or fill.</source>
        <translation>El archivo de base de datos que se creará o rellenará.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Number of patients (default 40).</source>
        <translation>Número de pacientes (predeterminado: 40).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 2013).</source>
        <translation>Semilla aleatoria (predeterminada: 2013).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>demo needs --database PATH.</source>
        <translation>demo necesita --database PATH.</translation>
    </message>
    <message>
        <source>--patients must be a whole number from 1 to 100000, not &quot;%1&quot;.</source>
        <translation>--patients debe ser un número entero de 1 a 100000, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed debe ser un número entero no negativo, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open the demo database of generated patients (created on first use).</source>
        <translation>Abrir la base de datos de demostración con pacientes generados (se crea en el primer uso).</translation>
    </message>
    <message>
        <source>Language of the interface and reports: en, de, fr or es (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz y de los informes: en, de, fr o es (por defecto: el del sistema).</translation>
    </message>
    <message>
        <source>%1 does not exist (a new database is made with tricholog init --database PATH --admin NAME).</source>
        <translation>%1 no existe (una base de datos nueva se crea con tricholog init --database PATH --admin NAME).</translation>
    </message>
    <message>
        <source>%1 has no accounts yet: create its administrator with tricholog init --database PATH --admin NAME.</source>
        <translation>%1 aún no tiene cuentas: cree su administrador con tricholog init --database PATH --admin NAME.</translation>
    </message>
    <message>
        <source>Sign in first: set TRICHOLOG_USER and TRICHOLOG_PASSWORD.</source>
        <translation>Inicie sesión primero: defina TRICHOLOG_USER y TRICHOLOG_PASSWORD.</translation>
    </message>
    <message>
        <source>User name of the administrator.</source>
        <translation>Nombre de usuario del administrador.</translation>
    </message>
    <message>
        <source>Creates a new database with its administrator; the password comes from TRICHOLOG_PASSWORD.</source>
        <translation>Crea una base de datos nueva con su administrador; la contraseña se toma de TRICHOLOG_PASSWORD.</translation>
    </message>
    <message>
        <source>TRICHOLOG_PASSWORD: %1</source>
        <translation>TRICHOLOG_PASSWORD: %1</translation>
    </message>
    <message>
        <source>%1 already has accounts; an administrator adds more in the application.</source>
        <translation>%1 ya tiene cuentas; un administrador añade más en la aplicación.</translation>
    </message>
    <message>
        <source>%1 is ready; its administrator is %2.</source>
        <translation>%1 está lista; su administrador es %2.</translation>
    </message>
    <message>
        <source>audit needs a sub-command: tricholog audit verify --database PATH.</source>
        <translation>audit necesita un subcomando: tricholog audit verify --database PATH.</translation>
    </message>
    <message>
        <source>the audit trail is broken at entry %1: %2.</source>
        <translation>el registro de auditoría está roto en la entrada %1: %2.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, each linked to the one before.</source>
        <translation>El registro de auditoría está intacto: %1 entradas, cada una enlazada con la anterior.</translation>
    </message>
    <message>
        <source>Also add an administrator of this name (password from TRICHOLOG_PASSWORD).</source>
        <translation>Añadir también un administrador con este nombre (contraseña de TRICHOLOG_PASSWORD).</translation>
    </message>
    <message>
        <source>%1 already holds patients or accounts; the demo is only written into an empty database.</source>
        <translation>%1 ya contiene pacientes o cuentas; la demostración solo se escribe en una base de datos vacía.</translation>
    </message>
    <message>
        <source>Created %1 patients, %2 diagnoses, %3 sessions, %4 measurements, %5 outcomes and %6 photos in %7.</source>
        <translation>Se crearon %1 pacientes, %2 diagnósticos, %3 sesiones, %4 mediciones, %5 resultados y %6 fotos en %7.</translation>
    </message>
    <message>
        <source>The patient&apos;s MRN.</source>
        <translation>El MRN del paciente.</translation>
    </message>
    <message>
        <source>The session&apos;s date, YYYY-MM-DD (with THH:MM when the patient had two sessions that day).</source>
        <translation>La fecha de la sesión, AAAA-MM-DD (con THH:MM si el paciente tuvo dos sesiones ese día).</translation>
    </message>
    <message>
        <source>The view of every file: %1.</source>
        <translation>La vista de todos los archivos: %1.</translation>
    </message>
    <message>
        <source>Trichoscopic photos: the scalp site (%1).</source>
        <translation>Fotos tricoscópicas: la zona del cuero cabelludo (%1).</translation>
    </message>
    <message>
        <source>Trichoscopic photos: the magnification, e.g. 20.</source>
        <translation>Fotos tricoscópicas: los aumentos, p. ej. 20.</translation>
    </message>
    <message>
        <source>Notes for every file.</source>
        <translation>Notas para todos los archivos.</translation>
    </message>
    <message>
        <source>JPEG or PNG files.</source>
        <translation>Archivos JPEG o PNG.</translation>
    </message>
    <message>
        <source>Attaches image files to the patient&apos;s session of that date, all or none: nothing is stored when consent is missing, the session does not exist or a file is not a readable JPEG or PNG image.</source>
        <translation>Adjunta archivos de imagen a la sesión del paciente de esa fecha, todos o ninguno: no se guarda nada si falta el consentimiento, si la sesión no existe o si un archivo no es una imagen JPEG o PNG legible.</translation>
    </message>
    <message>
        <source>photos import needs at least one FILE.</source>
        <translation>photos import necesita al menos un archivo (FILE).</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is not a view; use one of: %2.</source>
        <translation>--view: &quot;%1&quot; no es una vista; use una de: %2.</translation>
    </message>
    <message>
        <source>--site: &quot;%1&quot; is not a site; use one of: %2.</source>
        <translation>--site: &quot;%1&quot; no es una zona; use una de: %2.</translation>
    </message>
    <message>
        <source>--magnification: &quot;%1&quot; is not a whole number.</source>
        <translation>--magnification: &quot;%1&quot; no es un número entero.</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation>--date: &quot;%1&quot; no es una fecha (AAAA-MM-DD o AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>%1 has no session on %2: record the session first; nothing was stored.</source>
        <translation>%1 no tiene ninguna sesión el %2: registre primero la sesión; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1 has %2 sessions on %3 (%4): give the time, e.g. --date %3T%5; nothing was stored.</source>
        <translation>%1 tiene %2 sesiones el %3 (%4): indique la hora, p. ej. --date %3T%5; no se guardó nada.</translation>
    </message>
    <message>
        <source>nothing was stored: %1</source>
        <translation>no se guardó nada: %1</translation>
    </message>
    <message>
        <source>Checks every stored original photo against the SHA-256 checksum recorded when it was stored.</source>
        <translation>Comprueba cada foto original guardada con la suma de comprobación SHA-256 registrada al guardarla.</translation>
    </message>
    <message>
        <source>Every original photo is intact.</source>
        <translation>Todas las fotos originales están intactas.</translation>
    </message>
    <message>
        <source>photos needs a sub-command: tricholog photos import|verify ... (see --help).</source>
        <translation>photos necesita un subcomando: tricholog photos import|verify ... (consulte --help).</translation>
    </message>
    <message>
        <source>Attached to the session of %1 of %2: photo ids %3.</source>
        <translation>Fotos adjuntadas a la sesión del %1 de %2: ID %3.</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (not shown): </source>
        <translation>Contraseña de %1 en %2 (no se muestra): </translation>
    </message>
    <message>
        <source>The server database has no accounts yet: move a practice into it with tricholog migrate, or create its administrator in the application.</source>
        <translation>La base de datos del servidor aún no tiene cuentas: traslade a ella una consulta con tricholog migrate o cree su administrador en la aplicación.</translation>
    </message>
    <message>
        <source>The SQLite database file.</source>
        <translation>El archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <source>The empty PostgreSQL database: postgresql://USER@HOST:PORT/DATABASE (its password from TRICHOLOG_DB_PASSWORD, or asked).</source>
        <translation>La base de datos PostgreSQL vacía: postgresql://USER@HOST:PORT/DATABASE (su contraseña se toma de TRICHOLOG_DB_PASSWORD o se pide).</translation>
    </message>
    <message>
        <source>Copies every record, photo, account and audit entry of an SQLite database into an empty PostgreSQL database, in one transaction, then checks the row counts and the audit chain. Signs in to the file as an administrator.</source>
        <translation>Copia cada registro, foto, cuenta y entrada de auditoría de una base de datos SQLite en una base de datos PostgreSQL vacía, en una sola transacción, y después comprueba el número de filas y la cadena de auditoría. Inicia sesión en el archivo como administrador.</translation>
    </message>
    <message>
        <source>--to must be a postgresql:// address, not &quot;%1&quot;.</source>
        <translation>--to debe ser una dirección postgresql://, no «%1».</translation>
    </message>
    <message>
        <source>Open this database file (created if missing), or a PostgreSQL server&apos;s database: postgresql://USER@HOST:PORT/DATABASE (the password is asked for, or taken from TRICHOLOG_DB_PASSWORD).</source>
        <translation>Abrir este archivo de base de datos (se crea si falta) o la base de datos de un servidor PostgreSQL: postgresql://USER@HOST:PORT/DATABASE (la contraseña se pide o se toma de TRICHOLOG_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>--%1 is given %2 times; give it once.</source>
        <translation>--%1 se ha indicado %2 veces; indíquelo solo una vez.</translation>
    </message>
    <message>
        <source>The triggers that write and guard the trail are Tricholog&apos;s own, unchanged.</source>
        <translation>Los disparadores que escriben y protegen el registro son los propios de Tricholog, sin modificar.</translation>
    </message>
    <message>
        <source>audit protection: %1.</source>
        <translation>protección de auditoría: %1.</translation>
    </message>
    <message>
        <source>  ... and %1 more.</source>
        <translation>  ... y %1 más.</translation>
    </message>
    <message>
        <source>anchor from %1 (%2): %3.</source>
        <translation>ancla de %1 (%2): %3.</translation>
    </message>
    <message>
        <source>%1 anchors checked; the trail agrees with each (%2 recorded before a restore were set aside).</source>
        <translation>%1 anclas comprobadas; el registro coincide con cada una (se apartaron %2 guardadas antes de una restauración).</translation>
    </message>
    <message>
        <source>%1 anchors checked; the trail agrees with each.</source>
        <translation>%1 anclas comprobadas; el registro coincide con cada una.</translation>
    </message>
    <message>
        <source>Also check the trail against the anchors in FILE: an anchor store (audit-anchors.jsonl) or a backup. May be given more than once.</source>
        <translation>Comprobar también el registro con las anclas de FILE: un almacén de anclas (audit-anchors.jsonl) o una copia de seguridad. Puede indicarse más de una vez.</translation>
    </message>
    <message>
        <source>Checks the audit trail&apos;s hash chain, the triggers that write and guard it, every clinical row against what the trail last logged, and the trail&apos;s head against the anchors kept outside the database; then records the head as a new anchor.</source>
        <translation>Comprueba la cadena de hashes del registro de auditoría, los disparadores que lo escriben y protegen, cada fila clínica con lo último que anotó el registro y la última entrada del registro con las anclas guardadas fuera de la base de datos; después guarda esa última entrada como una nueva ancla.</translation>
    </message>
    <message>
        <source>The head could not be recorded as an anchor: %1</source>
        <translation>No se pudo guardar la última entrada como ancla: %1</translation>
    </message>
    <message>
        <source>Head recorded as an anchor: %1, in %2.</source>
        <translation>Última entrada guardada como ancla: %1, en %2.</translation>
    </message>
    <message>
        <source>server needs a sub-command: tricholog server grant --database URL --role NAME.</source>
        <translation>server necesita un subcomando: tricholog server grant --database URL --role NAME.</translation>
    </message>
    <message>
        <source>The server database, as its owner: postgresql://OWNER@HOST:PORT/DATABASE.</source>
        <translation>La base de datos del servidor, como su propietario: postgresql://OWNER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The application role the workstations connect as.</source>
        <translation>El rol de aplicación con el que se conectan los puestos.</translation>
    </message>
    <message>
        <source>Run by the owner of a server database: creates or upgrades its schema, then grants the application role what the program needs day to day (read and write clinical data, append to the audit trail) and nothing more: it cannot alter, disable or drop triggers, update, delete or truncate the trail, or drop or alter tables.</source>
        <translation>Lo ejecuta el propietario de una base de datos de servidor: crea o actualiza su esquema y después concede al rol de aplicación lo que el programa necesita a diario (leer y escribir datos clínicos, añadir entradas al registro de auditoría) y nada más: no puede modificar, desactivar ni eliminar disparadores, actualizar, borrar ni vaciar el registro, ni eliminar o modificar tablas.</translation>
    </message>
    <message>
        <source>--database must be a postgresql:// address: an SQLite file has no roles.</source>
        <translation>--database debe ser una dirección postgresql://: un archivo SQLite no tiene roles.</translation>
    </message>
    <message>
        <source>%1 may now work in %2, without changing its structure or its audit trail.</source>
        <translation>%1 ya puede trabajar en %2, sin cambiar su estructura ni su registro de auditoría.</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;; use one of: %2.</source>
        <translation>métrica desconocida &quot;%1&quot;; use una de: %2.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 200x150 and 10000x10000, not &quot;%1&quot;.</source>
        <translation>--size debe ser WIDTHxHEIGHT entre 200x150 y 10000x10000, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--output must end in .png or .svg: &quot;%1&quot;.</source>
        <translation>--output debe terminar en .png o .svg: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is %2), not a database file.</source>
        <translation>%1 no es un archivo regular (es %2), ni un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Tricholog database (a new database is made with tricholog init --database PATH --admin NAME).</source>
        <translation>%1 está vacío, no es una base de datos de Tricholog (una base de datos nueva se crea con tricholog init --database PATH --admin NAME).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>warning: %1 is read-only: this sign-in, and any export it makes, cannot be recorded in the audit trail.</source>
        <translation>advertencia: %1 es de solo lectura: este inicio de sesión, y cualquier exportación que se haga con él, no pueden anotarse en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The audit anchor was not recorded: %1</source>
        <translation>No se guardó el ancla de auditoría: %1</translation>
    </message>
    <message>
        <source>Cannot read %1 to sign in to it.</source>
        <translation>No se puede leer %1 para iniciar sesión en él.</translation>
    </message>
    <message>
        <source>Restore a backup of another practice, named by its practice id (or &quot;%1&quot; for a backup from before practice ids).</source>
        <translation>Restaurar una copia de seguridad de otra consulta, indicada por su ID de consulta (o &quot;%1&quot; para una copia de seguridad anterior a los ID de consulta).</translation>
    </message>
    <message>
        <source>Replaces the database with a backup, as an administrator (TRICHOLOG_USER and TRICHOLOG_PASSWORD), after checking the backup&apos;s integrity, schema version, audit trail, triggers and practice; the current file is kept aside and the restore is written to the restored trail. Close Tricholog on every workstation first.</source>
        <translation>Sustituye la base de datos por una copia de seguridad, como administrador (TRICHOLOG_USER y TRICHOLOG_PASSWORD), tras comprobar la integridad, la versión de esquema, el registro de auditoría, los disparadores y la consulta de la copia de seguridad; el archivo actual se conserva aparte y la restauración se anota en el registro restaurado. Cierre antes Tricholog en todos los puestos.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (expected YYYY-MM-DD).</source>
        <translation>--%1: &quot;%2&quot; no es una fecha (se espera AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>--output must end in .pdf: &quot;%1&quot;.</source>
        <translation>--output debe terminar en .pdf: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 names no patient (one MRN a line).</source>
        <translation>%1 no indica ningún paciente (un MRN por línea).</translation>
    </message>
    <message>
        <source>Wrote 1 report to %1 in %2 s (%3 failed).</source>
        <translation>Se escribió 1 informe en %1 en %2 s (fallidos: %3).</translation>
    </message>
    <message>
        <source>Wrote %1 reports to %2 in %3 s (%4 failed).</source>
        <translation>Se escribieron %1 informes en %2 en %3 s (fallidos: %4).</translation>
    </message>
    <message>
        <source>A report of every patient, into --out-dir.</source>
        <translation>Un informe de cada paciente, en --out-dir.</translation>
    </message>
    <message>
        <source>A report of each patient the file names (one MRN a line), into --out-dir.</source>
        <translation>Un informe de cada paciente indicado en el archivo (un MRN por línea), en --out-dir.</translation>
    </message>
    <message>
        <source>Folder of the reports, one &lt;MRN&gt;.pdf per patient.</source>
        <translation>Carpeta de los informes, un archivo &lt;MRN&gt;.pdf por paciente.</translation>
    </message>
    <message>
        <source>--patient and --output write one report; --all or --patients FILE with --out-dir DIR write one per patient. Use one or the other.</source>
        <translation>--patient y --output escriben un solo informe; --all o --patients FILE con --out-dir DIR escriben uno por paciente. Use una forma u otra.</translation>
    </message>
    <message>
        <source>--all and --patients cannot be used together: give one of them.</source>
        <translation>--all y --patients no pueden usarse juntas: indique solo una de las dos.</translation>
    </message>
    <message>
        <source>report --out-dir needs --all or --patients FILE (one MRN a line).</source>
        <translation>report --out-dir necesita --all o --patients FILE (un MRN por línea).</translation>
    </message>
    <message>
        <source>report --%1 needs --out-dir DIR.</source>
        <translation>report --%1 necesita --out-dir DIR.</translation>
    </message>
    <message>
        <source>report needs --patient MRN and --output FILE.pdf, or --all or --patients FILE with --out-dir DIR.</source>
        <translation>report necesita --patient MRN y --output FILE.pdf, o bien --all o --patients FILE con --out-dir DIR.</translation>
    </message>
    <message>
        <source>Instead of --out: FHIR Bulk Data&apos;s NDJSON form, one file per resource type (Patient.ndjson, ...) in this folder.</source>
        <translation>En lugar de --out: la forma NDJSON de FHIR Bulk Data, un archivo por tipo de recurso (Patient.ndjson, ...) en esta carpeta.</translation>
    </message>
    <message>
        <source>Writes an HL7 FHIR R4 Bundle (JSON), or with --ndjson the same resources as FHIR Bulk Data NDJSON files.</source>
        <translation>Escribe un Bundle HL7 FHIR R4 (JSON) o, con --ndjson, los mismos recursos como archivos NDJSON de FHIR Bulk Data.</translation>
    </message>
    <message>
        <source>export fhir needs either --out FILE (a Bundle) or --ndjson DIR, not both.</source>
        <translation>export fhir necesita --out ARCHIVO (un Bundle) o --ndjson CARPETA, no ambos.</translation>
    </message>
    <message>
        <source>%1 resources written to %2 (%3).</source>
        <translation>%1 recursos escritos en %2 (%3).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The trichoscopy image (JPEG or PNG).</source>
        <translation>La imagen de tricoscopia (JPEG o PNG).</translation>
    </message>
    <message>
        <source>The image&apos;s scale in micrometres per pixel.</source>
        <translation>La escala de la imagen en micrómetros por píxel.</translation>
    </message>
    <message>
        <source>Count in this rectangle (pixels; default: the whole image).</source>
        <translation>Contar en este rectángulo (píxeles; por defecto: toda la imagen).</translation>
    </message>
    <message>
        <source>Count in this circle (pixels).</source>
        <translation>Contar en este círculo (píxeles).</translation>
    </message>
    <message>
        <source>Terminal hairs: at least this wide (default 40).</source>
        <translation>Pelos terminales: al menos este grosor (por defecto 40).</translation>
    </message>
    <message>
        <source>Vellus hairs: narrower than this (default 30).</source>
        <translation>Vello: más fino que esto (por defecto 30).</translation>
    </message>
    <message>
        <source>The result (JSON).</source>
        <translation>El resultado (JSON).</translation>
    </message>
    <message>
        <source>Also draw the field and every hair over the image (PNG).</source>
        <translation>Dibujar también el campo y cada pelo sobre la imagen (PNG).</translation>
    </message>
    <message>
        <source>analyse takes --field or --circle, not both.</source>
        <translation>analyse admite --field o --circle, no ambos.</translation>
    </message>
    <message>
        <source>--um-per-px needs a number, not %1.</source>
        <translation>--um-per-px necesita un número, no %1.</translation>
    </message>
    <message>
        <source>--terminal-from-um and --vellus-below-um need numbers.</source>
        <translation>--terminal-from-um y --vellus-below-um necesitan números.</translation>
    </message>
    <message>
        <source>--field needs x,y,w,h: four numbers in pixels, not %1.</source>
        <translation>--field necesita x,y,w,h: cuatro números en píxeles, no %1.</translation>
    </message>
    <message>
        <source>--circle needs cx,cy,r: three numbers in pixels, not %1.</source>
        <translation>--circle necesita cx,cy,r: tres números en píxeles, no %1.</translation>
    </message>
    <message>
        <source>Could not draw the overlay.</source>
        <translation>No se pudo dibujar la superposición.</translation>
    </message>
    <message>
        <source>%1: %2 hairs in %3 cm2 (%4 per cm2), mean width %5 um, terminal %6 %, vellus %7 %; written to %8.</source>
        <translation>%1: %2 pelos en %3 cm² (%4 por cm²), grosor medio %5 µm, terminales %6 %, vello %7 %; escrito en %8.</translation>
    </message>
    <message>
        <source>An image of a millimetre ruler or stage micrometer, taken with the device at its magnification.</source>
        <translation>Una imagen de una regla milimetrada o de un micrómetro objetivo, tomada con el dispositivo a su aumento.</translation>
    </message>
    <message>
        <source>The distance between neighbouring ticks: 0.1 or 1.</source>
        <translation>La distancia entre marcas vecinas: 0.1 o 1.</translation>
    </message>
    <message>
        <source>Measures a device&apos;s scale in micrometres per pixel from the tick spacing of a ruler image.</source>
        <translation>Mide la escala de un dispositivo en micrómetros por píxel a partir de la separación de las marcas de una imagen de regla.</translation>
    </message>
    <message>
        <source>--division-mm is 0.1 or 1, not %1.</source>
        <translation>--division-mm es 0.1 o 1, no %1.</translation>
    </message>
    <message>
        <source>%1 um per pixel, uncertainty %2 (%3 ticks %4 px apart; ruler at %5 degrees)</source>
        <translation>%1 um por píxel, incertidumbre %2 (%3 marcas separadas %4 px; regla a %5 grados)</translation>
    </message>
    <message>
        <source>analyse needs --um-per-px X, or --database PATH --profile NAME (one of them).</source>
        <translation>analyse necesita --um-per-px X, o --database PATH --profile NAME (uno de ellos).</translation>
    </message>
    <message>
        <source>--profile needs --database PATH.</source>
        <translation>--profile necesita --database PATH.</translation>
    </message>
    <message>
        <source>With --profile: the database holding it.</source>
        <translation>Con --profile: la base de datos que lo contiene.</translation>
    </message>
    <message>
        <source>Take the scale from this device profile instead of --um-per-px (signs in).</source>
        <translation>Tomar la escala de este perfil de dispositivo en lugar de --um-per-px (con inicio de sesión).</translation>
    </message>
    <message>
        <source>Counts the hair shafts in a trichoscopy image of clipped hair and measures each one&apos;s width. Needs no database, unless the scale comes from a device profile.</source>
        <translation>Cuenta los tallos pilosos en una imagen de tricoscopia de pelo recortado y mide el grosor de cada uno. No necesita base de datos, salvo que la escala venga de un perfil de dispositivo.</translation>
    </message>
    <message>
        <source>--image, --output and --overlay must be three different files.</source>
        <translation>--image, --output y --overlay deben ser tres archivos distintos.</translation>
    </message>
    <message>
        <source>Kept as the device profile &quot;%1&quot;.</source>
        <translation>Guardado como el perfil de dispositivo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>With --save-profile: the database to keep it in.</source>
        <translation>Con --save-profile: la base de datos donde guardarlo.</translation>
    </message>
    <message>
        <source>Keep the scale as this device profile (made or updated; signs in).</source>
        <translation>Guardar la escala como este perfil de dispositivo (nuevo o actualizado; con inicio de sesión).</translation>
    </message>
    <message>
        <source>With --save-profile: the magnification, e.g. 20.</source>
        <translation>Con --save-profile: el aumento, p. ej. 20.</translation>
    </message>
    <message>
        <source>--save-profile and --database go together; --magnification needs them.</source>
        <translation>--save-profile y --database van juntos; --magnification los necesita.</translation>
    </message>
    <message>
        <source>--magnification needs a whole number, not %1.</source>
        <translation>--magnification necesita un número entero, no %1.</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;; use one of: %2.</source>
        <translation>zona desconocida &quot;%1&quot;; use una de: %2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number.</source>
        <translation>--%1: &quot;%2&quot; no es un número entero.</translation>
    </message>
    <message>
        <source>--responder-pct: &quot;%1&quot; is not a number.</source>
        <translation>--responder-pct: &quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <source>Writes the clinic&apos;s outcomes across patients.</source>
        <translation>Escribe los resultados de la clínica en todos los pacientes.</translation>
    </message>
    <message>
        <source>%1 patients in %2 group(s); %3 without a follow-up in the window.</source>
        <translation>%1 pacientes en %2 grupo(s); %3 sin seguimiento en la ventana.</translation>
    </message>
    <message>
        <source>--output must end in .csv or .pdf: &quot;%1&quot;.</source>
        <translation>--output debe terminar en .csv o .pdf: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only overdue visits.</source>
        <translation>Solo las visitas atrasadas.</translation>
    </message>
    <message>
        <source>Writes the recall list: patients whose planned visit is due or overdue.</source>
        <translation>Escribe la lista de recordatorio: pacientes cuya visita prevista vence o está atrasada.</translation>
    </message>
    <message>
        <source>--due-within-days: &quot;%1&quot; is not a whole number of days from 0 to 3650.</source>
        <translation>--due-within-days: &quot;%1&quot; no es un número entero de días de 0 a 3650.</translation>
    </message>
    <message>
        <source>--output must end in .csv: &quot;%1&quot;.</source>
        <translation>--output debe terminar en .csv: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 patients to call, %2 of them overdue.</source>
        <translation>%1 pacientes a llamar, %2 de ellos atrasados.</translation>
    </message>
    <message>
        <source>Writes a patient&apos;s planned visits as an iCalendar file.</source>
        <translation>Escribe las visitas previstas de un paciente en un archivo iCalendar.</translation>
    </message>
    <message>
        <source>--output must end in .ics: &quot;%1&quot;.</source>
        <translation>--output debe terminar en .ics: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has no treatment plan.</source>
        <translation>%1 no tiene plan de tratamiento.</translation>
    </message>
    <message>
        <source>%1 planned visits written to %2.</source>
        <translation>%1 visitas previstas escritas en %2.</translation>
    </message>
    <message>
        <source>plan needs a sub-command: tricholog plan ics ... (see --help).</source>
        <translation>plan necesita un subcomando: tricholog plan ics ... (ver --help).</translation>
    </message>
    <message>
        <source>%1 rows (clinical records and accounts) compared with the trail: each holds what the trail last logged.</source>
        <translation>%1 filas (registros clínicos y cuentas) comparadas con el registro: cada una contiene lo último que anotó el registro.</translation>
    </message>
    <message>
        <source>%1 of %2 rows (clinical records and accounts) differ from what the trail last logged:</source>
        <translation>%1 de %2 filas (registros clínicos y cuentas) difieren de lo último que anotó el registro:</translation>
    </message>
    <message>
        <source>Tricholog %1: hair-loss clinic records, microneedling sessions and regrowth reports.

Usage:
  tricholog [--database PATH] [--demo] [--lang LANG]
                                          start the application
  tricholog demo --database PATH [--patients N] [--seed S] [--admin NAME]
                                          create a database of generated demo patients
  tricholog chart --database PATH --patient MRN --metric KEY [--percent]
                  --output FILE.png|FILE.svg [--size WIDTHxHEIGHT] [--lang LANG]
                                          render a patient&apos;s progress chart
  tricholog outcomes --database PATH --metric KEY [--site KEY] [--at-weeks N]
                     [--window-weeks W] [--by none|device|needle|diagnosis|
                     adjunct:KEY|adherence] [--responder-pct P] [--from DATE]
                     [--to DATE]
                     --output FILE.csv|FILE.pdf
                                          the clinic&apos;s outcomes across patients
  tricholog recall --database PATH [--due-within-days N] [--overdue]
                   --output FILE.csv
                                          the patients to call: visits due or overdue
  tricholog plan ics --database PATH --patient MRN --output FILE.ics
                                          a patient&apos;s planned visits (iCalendar)
  tricholog report --database PATH --patient MRN --output FILE.pdf
                   [--from DATE] [--to DATE] [--lang LANG]
                                          write a patient&apos;s progress report (PDF)
  tricholog report --database PATH --all | --patients FILE --out-dir DIR
                   [--from DATE] [--to DATE]
                                          one report per patient: DIR/MRN.pdf
  tricholog analyse --image FILE --um-per-px X [--field x,y,w,h | --circle cx,cy,r]
                    [--terminal-from-um T] [--vellus-below-um V]
                    --output FILE.json [--overlay FILE.png]
                                          count and measure the hairs in a trichoscopy image
  tricholog calibrate --image FILE --division-mm 0.1|1
                                          a device&apos;s micrometres per pixel from a ruler image
  tricholog import --database PATH [--patients F.csv] [--diagnoses F.csv]
                   [--sessions F.csv] [--measurements F.csv]
                                          import CSV files, all or nothing
  tricholog export csv --database PATH --out DIR [--patient MRN]
  tricholog export fhir --database PATH --out FILE.json [--patient MRN]
                                          export CSV files or an HL7 FHIR R4 Bundle
  tricholog init --database PATH --admin NAME
                                          a new database and its administrator
  tricholog audit verify --database PATH [--anchor FILE]...
                                          check the audit trail: chain, triggers,
                                          rows, and its head against anchors
  tricholog photos import --database PATH --patient MRN --date DATE --view KEY
                   [--site KEY] [--magnification N] [--notes TEXT] FILE...
                                          attach photos to the session of that date
  tricholog photos verify --database PATH [--patient MRN]
                                          check every original photo&apos;s checksum
  tricholog migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE
                                          move a practice to a PostgreSQL server
  tricholog backup --database PATH --out FILE
  tricholog restore --database PATH --from FILE [--other-practice ID]
                                          a checked copy of the database; restore one
  tricholog server grant --database postgresql://OWNER@HOST/DB --role NAME
                                          let an application role work in a server database
  tricholog --version | --help

Every verb but demo, init, server, analyse and calibrate signs in with the environment variables
TRICHOLOG_USER and TRICHOLOG_PASSWORD.

Without --database the application opens (or creates) %2.</source>
        <translation>Tricholog %1: historias clínicas de consulta capilar, sesiones de microneedling e informes de repoblación capilar.

Uso:
  tricholog [--database PATH] [--demo] [--lang LANG]
                                          iniciar la aplicación
  tricholog demo --database PATH [--patients N] [--seed S] [--admin NAME]
                                          crear una base de datos con pacientes
                                          de demostración generados
  tricholog chart --database PATH --patient MRN --metric KEY [--percent]
                  --output FILE.png|FILE.svg [--size WIDTHxHEIGHT] [--lang LANG]
                                          generar el gráfico de evolución de un paciente
  tricholog outcomes --database PATH --metric KEY [--site KEY] [--at-weeks N]
                     [--window-weeks W] [--by none|device|needle|diagnosis|
                     adjunct:KEY|adherence] [--responder-pct P] [--from DATE]
                     [--to DATE]
                     --output FILE.csv|FILE.pdf
                                          los resultados de la clínica en todos los pacientes
  tricholog recall --database PATH [--due-within-days N] [--overdue]
                   --output FILE.csv
                                          los pacientes a llamar: visitas previstas o atrasadas
  tricholog plan ics --database PATH --patient MRN --output FILE.ics
                                          las visitas previstas de un paciente (iCalendar)
  tricholog report --database PATH --patient MRN --output FILE.pdf
                   [--from DATE] [--to DATE] [--lang LANG]
                                          escribir el informe de evolución de un
                                          paciente (PDF)
  tricholog report --database PATH --all | --patients FILE --out-dir DIR
                   [--from DATE] [--to DATE]
                                          un informe por paciente: DIR/MRN.pdf
  tricholog analyse --image FILE --um-per-px X [--field x,y,w,h | --circle cx,cy,r]
                    [--terminal-from-um T] [--vellus-below-um V]
                    --output FILE.json [--overlay FILE.png]
                                          contar y medir los pelos de una imagen de tricoscopia
  tricholog calibrate --image FILE --division-mm 0.1|1
                                          la escala de un dispositivo (µm por píxel) a partir de una imagen de regla
  tricholog import --database PATH [--patients F.csv] [--diagnoses F.csv]
                   [--sessions F.csv] [--measurements F.csv]
                                          importar archivos CSV, todo o nada
  tricholog export csv --database PATH --out DIR [--patient MRN]
  tricholog export fhir --database PATH --out FILE.json [--patient MRN]
                                          exportar archivos CSV o un paquete
                                          (Bundle) HL7 FHIR R4
  tricholog init --database PATH --admin NAME
                                          una base de datos nueva y su administrador
  tricholog audit verify --database PATH [--anchor FILE]...
                                          comprobar el registro de auditoría: cadena,
                                          disparadores, filas y su última entrada
                                          frente a las anclas
  tricholog photos import --database PATH --patient MRN --date DATE --view KEY
                   [--site KEY] [--magnification N] [--notes TEXT] FILE...
                                          adjuntar fotos a la sesión de esa fecha
  tricholog photos verify --database PATH [--patient MRN]
                                          comprobar la suma de comprobación de cada
                                          foto original
  tricholog migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE
                                          trasladar una consulta a un servidor PostgreSQL
  tricholog backup --database PATH --out FILE
  tricholog restore --database PATH --from FILE [--other-practice ID]
                                          una copia comprobada de la base de datos;
                                          restaurar una copia
  tricholog server grant --database postgresql://OWNER@HOST/DB --role NAME
                                          permitir que un rol de aplicación trabaje en
                                          una base de datos de servidor
  tricholog --version | --help

Todos los subcomandos, salvo demo, init, server, analyse y calibrate, inician sesión con las
variables de entorno TRICHOLOG_USER y TRICHOLOG_PASSWORD.

Sin --database, la aplicación abre (o crea) %2.</translation>
    </message>
</context>
<context>
    <name>CohortCharts</name>
    <message>
        <source>Change from baseline</source>
        <translation>Cambio respecto al inicio</translation>
    </message>
    <message>
        <source>Change from baseline (%1)</source>
        <translation>Cambio respecto al inicio (%1)</translation>
    </message>
    <message>
        <source>%1: %2, %3, week %4, %5%6</source>
        <translation>%1: %2, %3, semana %4, %5%6</translation>
    </message>
    <message>
        <source>Each patient&apos;s change by group</source>
        <translation>Cambio de cada paciente por grupo</translation>
    </message>
    <message>
        <source>Quartiles and 1.5 IQR</source>
        <translation>Cuartiles y 1,5 RIC</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Published arms (context)</source>
        <translation>Brazos publicados (contexto)</translation>
    </message>
    <message>
        <source>No patients</source>
        <translation>Sin pacientes</translation>
    </message>
    <message>
        <source>Responders (change of %1 % or more), 95 % Wilson intervals</source>
        <translation>Respondedores (cambio de %1 % o más), intervalos de Wilson del 95 %</translation>
    </message>
    <message>
        <source>Responder rate</source>
        <translation>Tasa de respondedores</translation>
    </message>
    <message>
        <source>Responders (%)</source>
        <translation>Respondedores (%)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Each patient&apos;s change by group (groups over %1: outliers and an even sample)</source>
        <translation>Cambio de cada paciente por grupo (grupos de más de %1: valores atípicos y una muestra regular)</translation>
    </message>
</context>
<context>
    <name>CohortReport</name>
    <message>
        <source>Clinic outcomes: %1</source>
        <translation>Resultados de la clínica: %1</translation>
    </message>
    <message>
        <source>%1 · made on %2 · %3 patient(s) analysed</source>
        <translation>%1 · elaborado el %2 · %3 paciente(s) analizado(s)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Results by group</source>
        <translation>Resultados por grupo</translation>
    </message>
    <message>
        <source>Each patient&apos;s change from baseline</source>
        <translation>Cambio de cada paciente respecto al inicio</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Respondedores</translation>
    </message>
    <message>
        <source>Published arms, for context</source>
        <translation>Brazos publicados, como contexto</translation>
    </message>
    <message>
        <source>From other populations, measuring methods and time points: a frame of reference, not a comparison. Dhurat 2013: 100 men, a tattooed 1 cm² area, weekly 1.5 mm dermaroller. Olsen 2002: men, target-area counts.</source>
        <translation>De otras poblaciones, métodos de medida y momentos: un marco de referencia, no una comparación. Dhurat 2013: 100 hombres, área tatuada de 1 cm², dermaroller de 1,5 mm semanal. Olsen 2002: hombres, recuento en el área diana.</translation>
    </message>
    <message>
        <source>Points outside the whiskers</source>
        <translation>Puntos fuera de los bigotes</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Clinic outcomes · no patient names</source>
        <translation>Resultados de la clínica · sin nombres de pacientes</translation>
    </message>
    <message>
        <source>Clinic outcomes across patients</source>
        <translation>Resultados de la clínica en todos los pacientes</translation>
    </message>
    <message>
        <source>hair regrowth, microneedling, cohort outcomes</source>
        <translation>recrecimiento del cabello, microneedling, resultados de cohorte</translation>
    </message>
</context>
<context>
    <name>CohortText</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 at the %3</source>
        <translation>%1 en la zona %3</translation>
    </message>
    <message>
        <source>%1 (%2) at the %3</source>
        <translation>%1 (%2) en la zona %3</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean baseline
(%1)</source>
        <translation>Inicio medio
(%1)</translation>
    </message>
    <message>
        <source>Mean change
(%1)</source>
        <translation>Cambio medio
(%1)</translation>
    </message>
    <message>
        <source>SD of
change</source>
        <translation>DE del
cambio</translation>
    </message>
    <message>
        <source>95 % CI of
mean change</source>
        <translation>IC 95 % del
cambio medio</translation>
    </message>
    <message>
        <source>Mean
change (%)</source>
        <translation>Cambio
medio (%)</translation>
    </message>
    <message>
        <source>Respon-
ders</source>
        <translation>Respon-
dedores</translation>
    </message>
    <message>
        <source>Responder rate
(95 % CI)</source>
        <translation>Tasa de respondedores
(IC 95 %)</translation>
    </message>
    <message>
        <source>%1 % (%2 to %3)</source>
        <translation>%1 % (%2 a %3)</translation>
    </message>
    <message>
        <source>%1: not computed, each group needs two patients or more with some spread.</source>
        <translation>%1: no calculado, cada grupo necesita al menos dos pacientes con cierta dispersión.</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0,001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>%1: difference of mean changes %2 (95 % CI %3, Welch), %4.</source>
        <translation>%1: diferencia de los cambios medios %2 (IC 95 % %3, Welch), %4.</translation>
    </message>
    <message>
        <source>Device used in most sessions from baseline to follow-up (a tie: the first key in alphabetical order)</source>
        <translation>Dispositivo usado en la mayoría de las sesiones del inicio al seguimiento (en caso de empate: la primera clave por orden alfabético)</translation>
    </message>
    <message>
        <source>Needle length used in most sessions from baseline to follow-up (a tie: the shorter)</source>
        <translation>Longitud de aguja usada en la mayoría de las sesiones del inicio al seguimiento (en caso de empate: la más corta)</translation>
    </message>
    <message>
        <source>Type of the earliest active diagnosis</source>
        <translation>Tipo del diagnóstico activo más antiguo</translation>
    </message>
    <message>
        <source>With or without %1 in any session from baseline to follow-up</source>
        <translation>Con o sin %1 en alguna sesión del inicio al seguimiento</translation>
    </message>
    <message>
        <source>None (all patients in one group)</source>
        <translation>Ninguno (todos los pacientes en un grupo)</translation>
    </message>
    <message>
        <source>Baseline: each patient&apos;s earliest measurement of the metric at the site. Follow-up: the measurement closest to baseline + %1 weeks within plus or minus %2 weeks (a tie takes the earlier); patients without one are not analysed and are counted as having no follow-up in the window. Change = follow-up − baseline; percent change = 100 × change / baseline, undefined for a zero baseline (such a patient counts in the change figures, not in the percent figures or the responders). Responder: a percent change of %3 % or more. Per group: mean change, its standard deviation (n − 1) and its 95 % confidence interval, mean ± t(0.975, n − 1) × SD / √n (none for fewer than two patients); responder rate among the patients with a non-zero baseline, with its 95 % Wilson score interval. With and without an adjunct: the difference of mean changes, its Welch 95 % confidence interval (Welch-Satterthwaite degrees of freedom) and the two-sided Welch t-test p-value. Student&apos;s t from Boost.Math. These are observational figures from routine care, not a randomised comparison: groups may differ in ways that affect the outcome.</source>
        <translation>Inicio: la medición más antigua de la magnitud en la zona, para cada paciente. Seguimiento: la medición más cercana al inicio + %1 semanas, dentro de más o menos %2 semanas (en caso de empate, la anterior); los pacientes sin ella no se analizan y se cuentan sin seguimiento en la ventana. Cambio = seguimiento − inicio; cambio porcentual = 100 × cambio / inicio, indefinido con un inicio de cero (ese paciente cuenta en las cifras de cambio, no en las porcentuales ni en los respondedores). Respondedor: un cambio porcentual del %3 % o más. Por grupo: cambio medio, su desviación estándar (n − 1) y su intervalo de confianza del 95 %, media ± t(0,975, n − 1) × DE / √n (ninguno con menos de dos pacientes); tasa de respondedores entre los pacientes con inicio distinto de cero, con su intervalo de puntuación de Wilson del 95 %. Con y sin tratamiento coadyuvante: la diferencia de los cambios medios, su intervalo de confianza de Welch del 95 % (grados de libertad de Welch-Satterthwaite) y el valor p bilateral de la prueba t de Welch. t de Student de Boost.Math. Son datos observacionales de la práctica habitual, no una comparación aleatorizada: los grupos pueden diferir en aspectos que influyen en el resultado.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>%1 to %2 years at baseline</source>
        <translation>%1 a %2 años al inicio</translation>
    </message>
    <message>
        <source>%1 years or more at baseline</source>
        <translation>%1 años o más al inicio</translation>
    </message>
    <message>
        <source>up to %1 years at baseline</source>
        <translation>hasta %1 años al inicio</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>el primero</translation>
    </message>
    <message>
        <source>the latest</source>
        <translation>el último</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>week %1, plus or minus %2 weeks</source>
        <translation>semana %1, más o menos %2 semanas</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Responder threshold</source>
        <translation>Umbral de respuesta</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Earliest active diagnosis</source>
        <translation>Diagnóstico activo más antiguo</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Baseline dates</source>
        <translation>Fechas de inicio</translation>
    </message>
    <message>
        <source>Not analysed: %1 patient(s) without a follow-up in the window. Zero baseline: %2 patient(s), counted in the change figures only.</source>
        <translation>No analizados: %1 paciente(s) sin seguimiento en la ventana. Inicio cero: %2 paciente(s), contados solo en las cifras de cambio.</translation>
    </message>
    <message>
        <source>Published arms (grey marks, other populations and time points): %1.</source>
        <translation>Brazos publicados (marcas grises, otras poblaciones y momentos): %1.</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Brazo</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Cambio medio</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>Adherence to the patient&apos;s latest treatment plan today: the share of the planned sessions due so far that were kept within the tolerance, at least 80 % or under 80 %; patients without a plan (or before a planned session was due) apart</source>
        <translation>Adherencia al plan de tratamiento más reciente del paciente hoy: la proporción de sesiones planificadas vencidas hasta ahora que se cumplieron dentro de la tolerancia, al menos 80 % o menos de 80 %; los pacientes sin plan (o antes de que venciera una sesión planificada) aparte</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n measurement(s)</source>
        <translation>
            <numerusform>Añadir %n medición</numerusform>
            <numerusform>Añadir %n mediciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %n photo(s)</source>
        <translation>
            <numerusform>Adjuntar %n foto</numerusform>
            <numerusform>Adjuntar %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit photo</source>
        <translation>Editar foto</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Eliminar foto</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>Save the image analysis</source>
        <translation>Guardar el análisis de imagen</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;).</source>
        <translation>Línea %1: texto tras unas comillas de cierre (las comillas dentro de un campo entrecomillado deben duplicarse: &quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;).</source>
        <translation>Línea %1: comillas dentro de un campo sin comillas; entrecomille todo el campo y duplique las comillas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (unbalanced quote).</source>
        <translation>Línea %1: un campo entrecomillado no se cierra nunca (comillas desequilibradas).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line.</source>
        <translation>El archivo está vacío: necesita una línea de encabezado.</translation>
    </message>
    <message>
        <source>Line %1 has %2 field(s) but the header has %3 (is the delimiter &quot;%4&quot; right?).</source>
        <translation>La línea %1 tiene %2 campo(s), pero el encabezado tiene %3 (¿es correcto el delimitador &quot;%4&quot;?).</translation>
    </message>
    <message>
        <source>The file is not UTF-8, UTF-16 or Windows-1252 text (byte 0x%1 on line %2 is none of them); save it from the spreadsheet as CSV UTF-8.</source>
        <translation>El archivo no es texto UTF-8, UTF-16 ni Windows-1252 (el byte 0x%1 de la línea %2 no corresponde a ninguna de estas codificaciones); guárdelo desde la hoja de cálculo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>El archivo no es texto UTF-16 válido.</translation>
    </message>
    <message>
        <source>The file starts as UTF-8 (byte-order mark) but holds bytes that are not UTF-8.</source>
        <translation>El archivo empieza como UTF-8 (marca de orden de bytes, BOM), pero contiene bytes que no son UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text: a surrogate without its pair (U+%1) on line %2.</source>
        <translation>El archivo no es texto UTF-16 válido: un sustituto sin su par (U+%1) en la línea %2.</translation>
    </message>
    <message>
        <source>Line %1: a row of more than %2 million characters (is this a CSV file, or is a quote never closed?).</source>
        <translation>Línea %1: una fila de más de %2 millones de caracteres (¿es un archivo CSV, o hay una comilla que nunca se cierra?).</translation>
    </message>
    <message>
        <source>Line %1: a row of more than %2 fields (is this a CSV file?).</source>
        <translation>Línea %1: una fila de más de %2 campos (¿es un archivo CSV?).</translation>
    </message>
    <message>
        <source>The file mixes UTF-8 (line %1) with another encoding (line %2): read either way, some of its names would come out garbled. Save it from the spreadsheet as CSV UTF-8.</source>
        <translation>El archivo mezcla UTF-8 (línea %1) con otra codificación (línea %2): se lea como se lea, algunos de sus nombres saldrían deformados. Guárdelo desde la hoja de cálculo como CSV UTF-8.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>No patient with MRN &quot;%1&quot;.</source>
        <translation>Ningún paciente con MRN &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>not a date: use YYYY-MM-DD with a day that exists</source>
        <translation>no es una fecha: use AAAA-MM-DD con un día que exista</translation>
    </message>
    <message>
        <source>not a number (use a dot as decimal separator, e.g. 1.5)</source>
        <translation>no es un número (use el punto como separador decimal, p. ej. 1.5)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation>use yes o no</translation>
    </message>
    <message>
        <source>unknown key; use one of: %1</source>
        <translation>clave desconocida; use una de: %1</translation>
    </message>
    <message>
        <source>use I to VI (or 1 to 6)</source>
        <translation>use de I a VI (o de 1 a 6)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>required; use one of: %1</source>
        <translation>obligatorio; use uno de: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <source>required: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>obligatorio: AAAA-MM-DD o AAAA-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM with a day that exists</source>
        <translation>no es una fecha: use AAAA-MM-DD o AAAA-MM-DDTHH:MM con un día que exista</translation>
    </message>
    <message>
        <source>this local time does not exist (a daylight-saving change skips it)</source>
        <translation>esta hora local no existe (el cambio de horario la omite)</translation>
    </message>
    <message>
        <source>give the severity after a colon, e.g. %1:mild (%2)</source>
        <translation>indique la gravedad tras dos puntos, p. ej. %1:mild (%2)</translation>
    </message>
    <message>
        <source>required: YYYY-MM-DD</source>
        <translation>obligatorio: AAAA-MM-DD</translation>
    </message>
    <message>
        <source>for the SALT scale give the hair loss in % of the four regions: vertex|posterior|right|left, e.g. 50|25|10|0, or the SALT total alone, e.g. 27.8</source>
        <translation>para la escala SALT indique la pérdida de pelo en % de las cuatro regiones: vértex|posterior|derecha|izquierda, p. ej. 50|25|10|0, o solo el SALT total, p. ej. 27.8</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>patients</source>
        <translation>pacientes</translation>
    </message>
    <message>
        <source>diagnoses</source>
        <translation>diagnósticos</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>mediciones</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, columna %1</translation>
    </message>
    <message>
        <source>Nothing to import: name at least one file.</source>
        <translation>Nada que importar: indique al menos un archivo.</translation>
    </message>
    <message>
        <source>%1 problem(s) found; nothing was imported.
%2</source>
        <translation>Se encontraron %1 problema(s); no se importó nada.
%2</translation>
    </message>
    <message>
        <source>missing column; a %1 file needs: %2</source>
        <translation>falta una columna; un archivo de %1 necesita: %2</translation>
    </message>
    <message>
        <source>unknown column; the columns of a %1 file are: %2</source>
        <translation>columna desconocida; las columnas de un archivo de %1 son: %2</translation>
    </message>
    <message>
        <source>column given twice</source>
        <translation>columna indicada dos veces</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>no patient with this MRN, in the database or in the patients file</source>
        <translation>ningún paciente con este MRN, ni en la base de datos ni en el archivo de pacientes</translation>
    </message>
    <message>
        <source>the same MRN as line %1</source>
        <translation>el mismo MRN que la línea %1</translation>
    </message>
    <message>
        <source>duplicates line %1</source>
        <translation>duplica la línea %1</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; there</source>
        <translation>%1 es &quot;%2&quot; allí</translation>
    </message>
    <message>
        <source>already in the database with other values (%1); change the record in Tricholog, or leave this row out</source>
        <translation>ya está en la base de datos con otros valores (%1); modifique el registro en Tricholog u omita esta fila</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>No se pudo guardar la importación: %1</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already present (unchanged); read as %4</source>
        <translation>%1: se añadieron %2, %3 ya existían (sin cambios); archivo leído como %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>La importación se canceló; no se importó nada.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary file of row keys could not be read: %1</source>
        <translation>No se pudo leer el archivo temporal de claves de fila de la importación: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Diagnosis %1 does not exist.</source>
        <translation>El diagnóstico %1 no existe.</translation>
    </message>
    <message>
        <source>Measurement %1 does not exist.</source>
        <translation>La medición %1 no existe.</translation>
    </message>
    <message>
        <source>Outcome %1 does not exist.</source>
        <translation>El resultado %1 no existe.</translation>
    </message>
    <message>
        <source>The patient was never saved.</source>
        <translation>El paciente nunca se guardó.</translation>
    </message>
    <message>
        <source>Patient %1 does not exist.</source>
        <translation>El paciente %1 no existe.</translation>
    </message>
    <message>
        <source>No patient has the record number &quot;%1&quot;.</source>
        <translation>Ningún paciente tiene el número de historia &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Session %1 does not exist.</source>
        <translation>La sesión %1 no existe.</translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation>Aún no hay sesiones.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved (%1).</source>
        <translation>El disco está lleno: el cambio no se guardó (%1).</translation>
    </message>
    <message>
        <source>The database is read-only: the change was not saved (%1).</source>
        <translation>La base de datos es de solo lectura: el cambio no se guardó (%1).</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again (%1).</source>
        <translation>La base de datos está ocupada por otro programa; inténtelo de nuevo (%1).</translation>
    </message>
    <message>
        <source>The file is not a database (%1).</source>
        <translation>El archivo no es una base de datos (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>El archivo de base de datos está dañado (%1).</translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1).</source>
        <translation>No se puede abrir el archivo de base de datos (%1).</translation>
    </message>
    <message>
        <source>The disk reported an error: the change was not saved (%1).</source>
        <translation>El disco notificó un error: el cambio no se guardó (%1).</translation>
    </message>
    <message>
        <source>Unknown database error</source>
        <translation>Error de base de datos desconocido</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2: check that the path exists and is writable.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos %2: compruebe que la ruta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog database (it is not an SQLite file).</source>
        <translation>%1 no es una base de datos de Tricholog (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging (journal mode is %2); the file may be on a read-only or network drive.</source>
        <translation>No se puede cambiar %1 al registro de escritura anticipada (WAL; el modo de diario es %2); puede que el archivo esté en una unidad de solo lectura o de red.</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>No se puede configurar %1: %2</translation>
    </message>
    <message>
        <source>Foreign keys cannot be enabled on %1.</source>
        <translation>No se pueden activar las claves foráneas en %1.</translation>
    </message>
    <message>
        <source>synchronous=FULL cannot be set on %1.</source>
        <translation>No se puede establecer synchronous=FULL en %1.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tricholog database.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no una base de datos de Tricholog.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tricholog (schema version %2; this version knows up to %3). Update Tricholog to open it.</source>
        <translation>%1 se escribió con una versión más reciente de Tricholog (versión de esquema %2; esta versión admite hasta la %3). Actualice Tricholog para abrirlo.</translation>
    </message>
    <message>
        <source>Not migrating %1: the backup copy could not be written (%2).</source>
        <translation>No se migra %1: no se pudo escribir la copia de seguridad (%2).</translation>
    </message>
    <message>
        <source>Cannot start migrating %1: %2</source>
        <translation>No se puede iniciar la migración de %1: %2</translation>
    </message>
    <message>
        <source>Migrating %1 to schema version %2 failed; the file is left at version %3. Reason: %4</source>
        <translation>La migración de %1 a la versión de esquema %2 ha fallado; el archivo se queda en la versión %3. Motivo: %4</translation>
    </message>
    <message>
        <source>A backup copy is at %1.</source>
        <translation>Hay una copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it.</source>
        <translation>%1 ya existe; no se sobrescribe.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>No se puede preparar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this; ask a clinician or the administrator.</source>
        <translation>%1 (%2) no puede hacer esto; pídalo a un médico o al administrador.</translation>
    </message>
    <message>
        <source>Sign in first: this database has accounts.</source>
        <translation>Inicie sesión primero: esta base de datos tiene cuentas.</translation>
    </message>
    <message>
        <source>This %1 no longer exists (deleted meanwhile).</source>
        <translation>Este registro (%1) ya no existe (se eliminó entretanto).</translation>
    </message>
    <message>
        <source>%1 saved this %2 at %3, after you opened it. Your change was not saved: reload (F5) to see theirs, then edit again.</source>
        <translation>%1 guardó este registro (%2) a las %3, después de que usted lo abriera. Su cambio no se guardó: recargue (F5) para ver el suyo y vuelva a editar.</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older Tricholog: open it once with write access so it can be upgraded.</source>
        <translation>%1 es de solo lectura y lo escribió una versión anterior de Tricholog: ábralo una vez con permiso de escritura para que pueda actualizarse.</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be saved.</source>
        <translation>%1 está abierto en solo lectura: no se puede guardar nada.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>Photo %1 does not exist.</source>
        <translation>La foto %1 no existe.</translation>
    </message>
    <message numerus="yes">
        <source>This session has %n photo(s): delete them first (Photos tab) if the session is to go.</source>
        <translation>
            <numerusform>Esta sesión tiene %n foto: elimínela primero (pestaña Fotos) si desea eliminar la sesión.</numerusform>
            <numerusform>Esta sesión tiene %n fotos: elimínelas primero (pestaña Fotos) si desea eliminar la sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3</source>
        <translation>Base de datos PostgreSQL %1 en %2:%3</translation>
    </message>
    <message>
        <source>SQLite database: %1</source>
        <translation>Base de datos SQLite: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«%1» no es una dirección de servidor; escriba postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>A password does not belong in the address (it would be seen in the process list and the history): give it in TRICHOLOG_DB_PASSWORD, in ~/.pgpass, or when asked.</source>
        <translation>Una contraseña no debe ir en la dirección (se vería en la lista de procesos y en el historial): indíquela en TRICHOLOG_DB_PASSWORD, en ~/.pgpass o cuando se pida.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1 on %2:%3: %4</source>
        <translation>No se puede conectar a la base de datos %1 en %2:%3: %4</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a Tricholog database: use an empty database.</source>
        <translation>%1 contiene tablas de otro programa, no una base de datos de Tricholog: use una base de datos vacía.</translation>
    </message>
    <message>
        <source>A server database is backed up on the server, with pg_dump (see the README for clinic IT).</source>
        <translation>Una base de datos de servidor se respalda en el servidor, con pg_dump (vea el README para el equipo de TI de la clínica).</translation>
    </message>
    <message>
        <source>The database server cannot be reached: the change was not saved. Tricholog connects again on the next try (%1).</source>
        <translation>No se puede contactar con el servidor de base de datos: el cambio no se ha guardado. Tricholog se conecta de nuevo en el próximo intento (%1).</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: the change was not saved (%1).</source>
        <translation>El disco del servidor de base de datos está lleno: el cambio no se ha guardado (%1).</translation>
    </message>
    <message>
        <source>Interrupted (%1).</source>
        <translation>Interrumpido (%1).</translation>
    </message>
    <message>
        <source>The database is busy with another workstation&apos;s change; try again (%1).</source>
        <translation>La base de datos está ocupada con el cambio de otro puesto; inténtelo de nuevo (%1).</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is %2), not a database file.</source>
        <translation>%1 no es un archivo regular (es %2), ni un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is open read-only: its audit protection was changed outside Tricholog (%2). Nothing can be saved until an administrator restores a backup; tricholog audit verify names what is wrong.</source>
        <translation>%1 está abierto en solo lectura: su protección de auditoría se modificó fuera de Tricholog (%2). No se puede guardar nada hasta que un administrador restaure una copia de seguridad; tricholog audit verify indica qué está mal.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2).</source>
        <translation>El archivo de base de datos %1 está dañado (%2).</translation>
    </message>
    <message>
        <source>The server ended the read without a reason.</source>
        <translation>El servidor terminó la lectura sin indicar el motivo.</translation>
    </message>
    <message>
        <source>The server&apos;s rows did not start as expected.</source>
        <translation>Las filas del servidor no empezaban como se esperaba.</translation>
    </message>
    <message>
        <source>A row from the server could not be read.</source>
        <translation>No se pudo leer una fila enviada por el servidor.</translation>
    </message>
</context>
<context>
    <name>DeviceProfiles</name>
    <message>
        <source>The name must have 1 to %1 characters.</source>
        <translation>El nombre debe tener de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>The scale must be between 0.2 and 50 micrometres per pixel (given: %1).</source>
        <translation>La escala debe estar entre 0,2 y 50 micrómetros por píxel (indicada: %1).</translation>
    </message>
    <message>
        <source>The magnification must be 1 to 1000 (given: %1).</source>
        <translation>El aumento debe ser de 1 a 1000 (indicado: %1).</translation>
    </message>
    <message>
        <source>The uncertainty cannot be negative.</source>
        <translation>La incertidumbre no puede ser negativa.</translation>
    </message>
    <message>
        <source>The calibration date is missing.</source>
        <translation>Falta la fecha de calibración.</translation>
    </message>
    <message>
        <source>The method must be ruler or entered, not %1.</source>
        <translation>El método debe ser ruler o entered, no %1.</translation>
    </message>
    <message>
        <source>There is no device profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil de dispositivo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A device profile named &quot;%1&quot; exists.</source>
        <translation>Ya existe un perfil de dispositivo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>device profile</source>
        <translation>perfil de dispositivo</translation>
    </message>
    <message>
        <source>The device profile is gone.</source>
        <translation>El perfil de dispositivo ya no existe.</translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <source>III vertex</source>
        <translation>III vértex</translation>
    </message>
</context>
<context>
    <name>EngineCopy</name>
    <message>
        <source>Copied and counted again: %1. The audit trail&apos;s %2 entries link up on the server.</source>
        <translation>Copiado y contado de nuevo: %1. Las %2 entradas del registro de auditoría se encadenan en el servidor.</translation>
    </message>
    <message>
        <source>A practice moves from an SQLite file to a PostgreSQL server.</source>
        <translation>Una consulta pasa de un archivo SQLite a un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>Las dos bases de datos tienen versiones de esquema distintas (%1 y %2).</translation>
    </message>
    <message>
        <source>%1 is not empty (it has %2 rows): a practice moves into an empty database only.</source>
        <translation>%1 no está vacía (tiene %2 filas): una consulta solo se traslada a una base de datos vacía.</translation>
    </message>
    <message>
        <source>Stopped: nothing was kept.</source>
        <translation>Detenido: no se ha conservado nada.</translation>
    </message>
    <message>
        <source>%1: %2 rows in the file, %3 on the server after the copy.</source>
        <translation>%1: %2 filas en el archivo, %3 en el servidor tras la copia.</translation>
    </message>
    <message>
        <source>The audit trail on the server does not check out: %1.</source>
        <translation>El registro de auditoría del servidor no se verifica: %1.</translation>
    </message>
</context>
<context>
    <name>ExportedMessage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>FhirExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ImageAnalyses</name>
    <message>
        <source>The analysis has no hairs or no engine named.</source>
        <translation>El análisis no contiene pelos o no indica ningún algoritmo.</translation>
    </message>
    <message>
        <source>image analysis</source>
        <translation>análisis de imagen</translation>
    </message>
    <message>
        <source>Image analysis %1 does not exist.</source>
        <translation>El análisis de imagen %1 no existe.</translation>
    </message>
    <message>
        <source>Measurement %1 was not made by image analysis.</source>
        <translation>La medición %1 no se obtuvo mediante análisis de imagen.</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>the trigger %1 is missing</source>
        <translation>falta el disparador %1</translation>
    </message>
    <message>
        <source>the trigger %1 was altered</source>
        <translation>el disparador %1 se modificó</translation>
    </message>
    <message>
        <source>the trigger %1 is not Tricholog&apos;s</source>
        <translation>el disparador %1 no es de Tricholog</translation>
    </message>
    <message>
        <source>the trigger %1 is disabled</source>
        <translation>el disparador %1 está desactivado</translation>
    </message>
    <message>
        <source>the function %1 is missing</source>
        <translation>falta la función %1</translation>
    </message>
    <message>
        <source>the function %1 was altered</source>
        <translation>la función %1 se modificó</translation>
    </message>
    <message>
        <source>%1 %2 (patient %3)</source>
        <translation>%1 %2 (paciente %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 changed outside Tricholog</source>
        <translation>%1: se modificó %2 fuera de Tricholog</translation>
    </message>
    <message>
        <source>%1: added outside Tricholog (the trail never logged it)</source>
        <translation>%1: añadido fuera de Tricholog (el registro nunca lo anotó)</translation>
    </message>
    <message>
        <source>%1: removed outside Tricholog (no deletion was logged)</source>
        <translation>%1: eliminado fuera de Tricholog (no se anotó ninguna eliminación)</translation>
    </message>
    <message>
        <source>%1: the rows the import of trail entry %2 wrote were changed, added or removed outside Tricholog (they no longer add up to what the import recorded)</source>
        <translation>%1: las filas que escribió la importación de la entrada %2 del registro se modificaron, añadieron o eliminaron fuera de Tricholog (ya no coinciden con lo que registró la importación)</translation>
    </message>
    <message>
        <source>%1 %2 to %3: rows the import of trail entry %4 wrote there were changed, added or removed outside Tricholog (they no longer add up to what the import recorded)</source>
        <translation>%1 %2 a %3: filas que escribió allí la importación de la entrada %4 del registro se modificaron, añadieron o eliminaron fuera de Tricholog (ya no coinciden con lo que registró la importación)</translation>
    </message>
    <message>
        <source>the audit trail&apos;s table or index %1 is missing</source>
        <translation>falta la tabla o el índice %1 del registro de auditoría</translation>
    </message>
    <message>
        <source>the audit trail&apos;s table or index %1 was altered</source>
        <translation>la tabla o el índice %1 del registro de auditoría se modificó</translation>
    </message>
    <message>
        <source>the index or constraint %1 on the audit trail is not Tricholog&apos;s</source>
        <translation>el índice o la restricción %1 del registro de auditoría no es de Tricholog</translation>
    </message>
    <message>
        <source>the rule %1 on %2 is not Tricholog&apos;s</source>
        <translation>la regla %1 sobre %2 no es de Tricholog</translation>
    </message>
    <message>
        <source>row-level security on %1 is not Tricholog&apos;s</source>
        <translation>la seguridad de filas sobre %1 no es de Tricholog</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>no sessions yet</source>
        <translation>aún sin sesiones</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sessions, course complete</source>
        <translation>%1 de %2 sesiones, tratamiento completado</translation>
    </message>
    <message>
        <source>session %1 of %2</source>
        <translation>sesión %1 de %2</translation>
    </message>
    <message>
        <source>undefined (baseline is 0)</source>
        <translation>no definido (el valor basal es 0)</translation>
    </message>
    <message>
        <source>needs two visits</source>
        <translation>requiere dos visitas</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Respondedor</translation>
    </message>
    <message>
        <source>Non-responder</source>
        <translation>No respondedor</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>Aún no determinado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>limitada</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>very severe</source>
        <translation>muy grave</translation>
    </message>
    <message>
        <source>SALT %1 (%2)</source>
        <translation>SALT %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>mucho peor</translation>
    </message>
    <message>
        <source>moderately worse</source>
        <translation>moderadamente peor</translation>
    </message>
    <message>
        <source>slightly worse</source>
        <translation>ligeramente peor</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>slightly better</source>
        <translation>ligeramente mejor</translation>
    </message>
    <message>
        <source>moderately better</source>
        <translation>moderadamente mejor</translation>
    </message>
    <message>
        <source>much better</source>
        <translation>mucho mejor</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation>Otro / desconocido</translation>
    </message>
    <message>
        <source>Androgenetic alopecia, male pattern</source>
        <translation>Alopecia androgenética, patrón masculino</translation>
    </message>
    <message>
        <source>Androgenetic alopecia, female pattern</source>
        <translation>Alopecia androgenética, patrón femenino</translation>
    </message>
    <message>
        <source>Alopecia areata (patchy)</source>
        <translation>Alopecia areata (en placas)</translation>
    </message>
    <message>
        <source>Alopecia totalis</source>
        <translation>Alopecia total</translation>
    </message>
    <message>
        <source>Alopecia universalis</source>
        <translation>Alopecia universal</translation>
    </message>
    <message>
        <source>Ophiasis</source>
        <translation>Ofiasis</translation>
    </message>
    <message>
        <source>Telogen effluvium</source>
        <translation>Efluvio telógeno</translation>
    </message>
    <message>
        <source>Anagen effluvium</source>
        <translation>Efluvio anágeno</translation>
    </message>
    <message>
        <source>Traction alopecia</source>
        <translation>Alopecia por tracción</translation>
    </message>
    <message>
        <source>Cicatricial (scarring) alopecia</source>
        <translation>Alopecia cicatricial</translation>
    </message>
    <message>
        <source>Other / unspecified alopecia</source>
        <translation>Otra alopecia / no especificada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>In remission</source>
        <translation>En remisión</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>No scale</source>
        <translation>Sin escala</translation>
    </message>
    <message>
        <source>Norwood-Hamilton</source>
        <translation>Norwood-Hamilton</translation>
    </message>
    <message>
        <source>Ludwig</source>
        <translation>Ludwig</translation>
    </message>
    <message>
        <source>Sinclair</source>
        <translation>Sinclair</translation>
    </message>
    <message>
        <source>SALT</source>
        <translation>SALT</translation>
    </message>
    <message>
        <source>Yellow dots</source>
        <translation>Puntos amarillos</translation>
    </message>
    <message>
        <source>Black dots</source>
        <translation>Puntos negros</translation>
    </message>
    <message>
        <source>Broken hairs</source>
        <translation>Pelos rotos</translation>
    </message>
    <message>
        <source>Exclamation-mark hairs</source>
        <translation>Pelos en signo de exclamación</translation>
    </message>
    <message>
        <source>Short vellus hairs</source>
        <translation>Pelos vellosos cortos</translation>
    </message>
    <message>
        <source>Hair-diameter diversity &gt; 20 %</source>
        <translation>Variabilidad del diámetro del pelo &gt; 20 %</translation>
    </message>
    <message>
        <source>Perifollicular discoloration</source>
        <translation>Discromía perifolicular</translation>
    </message>
    <message>
        <source>Peripilar sign</source>
        <translation>Signo peripilar</translation>
    </message>
    <message>
        <source>Tufting</source>
        <translation>Pelos en penacho</translation>
    </message>
    <message>
        <source>Absent follicular openings</source>
        <translation>Ausencia de orificios foliculares</translation>
    </message>
    <message>
        <source>Perifollicular scaling</source>
        <translation>Descamación perifolicular</translation>
    </message>
    <message>
        <source>Dermaroller</source>
        <translation>Dermaroller</translation>
    </message>
    <message>
        <source>Dermastamp</source>
        <translation>Dermastamp</translation>
    </message>
    <message>
        <source>Automated pen</source>
        <translation>Dermapen (pluma automática)</translation>
    </message>
    <message>
        <source>Fractional RF microneedling</source>
        <translation>Microneedling con radiofrecuencia fraccionada</translation>
    </message>
    <message>
        <source>Frontal</source>
        <translation>Frontal</translation>
    </message>
    <message>
        <source>Mid-scalp</source>
        <translation>Zona media</translation>
    </message>
    <message>
        <source>Vertex</source>
        <translation>Vértex</translation>
    </message>
    <message>
        <source>Left temporal</source>
        <translation>Temporal izquierda</translation>
    </message>
    <message>
        <source>Right temporal</source>
        <translation>Temporal derecha</translation>
    </message>
    <message>
        <source>Occipital</source>
        <translation>Occipital</translation>
    </message>
    <message>
        <source>Target area</source>
        <translation>Zona diana</translation>
    </message>
    <message>
        <source>Mild erythema</source>
        <translation>Eritema leve</translation>
    </message>
    <message>
        <source>Pinpoint bleeding</source>
        <translation>Sangrado puntiforme</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Phototrichogram</source>
        <translation>Fototricograma</translation>
    </message>
    <message>
        <source>Trichoscopy (software-assisted)</source>
        <translation>Tricoscopia (asistida por software)</translation>
    </message>
    <message>
        <source>Manual count</source>
        <translation>Recuento manual</translation>
    </message>
    <message>
        <source>Erythema</source>
        <translation>Eritema</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Prurito</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Oedema</source>
        <translation>Edema</translation>
    </message>
    <message>
        <source>Ecchymosis</source>
        <translation>Equimosis</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Cefalea</translation>
    </message>
    <message>
        <source>Shedding</source>
        <translation>Caída de pelo</translation>
    </message>
    <message>
        <source>Folliculitis / infection</source>
        <translation>Foliculitis / infección</translation>
    </message>
    <message>
        <source>Post-inflammatory hyperpigmentation</source>
        <translation>Hiperpigmentación postinflamatoria</translation>
    </message>
    <message>
        <source>Milia</source>
        <translation>Milia</translation>
    </message>
    <message>
        <source>Scarring</source>
        <translation>Cicatrices</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Minoxidil</source>
        <translation>Minoxidil</translation>
    </message>
    <message>
        <source>Platelet-rich plasma</source>
        <translation>Plasma rico en plaquetas</translation>
    </message>
    <message>
        <source>Exosomes</source>
        <translation>Exosomas</translation>
    </message>
    <message>
        <source>Growth-factor serum</source>
        <translation>Sérum de factores de crecimiento</translation>
    </message>
    <message>
        <source>Topical finasteride</source>
        <translation>Finasterida tópica</translation>
    </message>
    <message>
        <source>Dutasteride mesotherapy</source>
        <translation>Mesoterapia con dutasterida</translation>
    </message>
    <message>
        <source>Global frontal</source>
        <translation>Vista global frontal</translation>
    </message>
    <message>
        <source>Global vertex</source>
        <translation>Vista global del vértex</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Trichoscopic</source>
        <translation>Tricoscópica</translation>
    </message>
    <message>
        <source>from the camera (EXIF)</source>
        <translation>según la cámara (EXIF)</translation>
    </message>
    <message>
        <source>from the file&apos;s time</source>
        <translation>según la hora del archivo</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>introducida manualmente</translation>
    </message>
    <message>
        <source>Hair density</source>
        <translation>Densidad capilar</translation>
    </message>
    <message>
        <source>Mean hair-shaft diameter</source>
        <translation>Diámetro medio del tallo piloso</translation>
    </message>
    <message>
        <source>Terminal hairs</source>
        <translation>Pelos terminales</translation>
    </message>
    <message>
        <source>Vellus hairs</source>
        <translation>Pelos vellosos</translation>
    </message>
    <message>
        <source>Anagen hairs</source>
        <translation>Pelos en anágeno</translation>
    </message>
    <message>
        <source>Telogen hairs</source>
        <translation>Pelos en telógeno</translation>
    </message>
    <message>
        <source>Hair count in target area</source>
        <translation>Recuento de pelos en la zona diana</translation>
    </message>
    <message>
        <source>Cumulative hair thickness</source>
        <translation>Grosor capilar acumulado</translation>
    </message>
    <message>
        <source>Too early to judge</source>
        <translation>Demasiado pronto para valorar</translation>
    </message>
    <message>
        <source>Control site</source>
        <translation>Zona de control</translation>
    </message>
    <message>
        <source>Image analysis (Tricholog)</source>
        <translation>Análisis de imagen (Tricholog)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Mensaje dejado</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Cita concertada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>MeasurementFields</name>
    <message>
        <source>Hair density</source>
        <translation>Densidad capilar</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <source>Hair count</source>
        <translation>Recuento de pelos</translation>
    </message>
    <message>
        <source>Counted area</source>
        <translation>Área contada</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Mean hair-shaft diameter</source>
        <translation>Diámetro medio del tallo piloso</translation>
    </message>
    <message>
        <source>Mean diameter</source>
        <translation>Diámetro medio</translation>
    </message>
    <message>
        <source>Terminal hairs</source>
        <translation>Pelos terminales</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminales</translation>
    </message>
    <message>
        <source>Vellus hairs</source>
        <translation>Pelos vellosos</translation>
    </message>
    <message>
        <source>Vellus</source>
        <translation>Vellosos</translation>
    </message>
    <message>
        <source>Anagen hairs</source>
        <translation>Pelos en anágeno</translation>
    </message>
    <message>
        <source>Anagen</source>
        <translation>Anágeno</translation>
    </message>
    <message>
        <source>Telogen hairs</source>
        <translation>Pelos en telógeno</translation>
    </message>
    <message>
        <source>Telogen</source>
        <translation>Telógeno</translation>
    </message>
    <message>
        <source>Follicular units</source>
        <translation>Unidades foliculares</translation>
    </message>
    <message>
        <source>Hairs per follicular unit</source>
        <translation>Pelos por unidad folicular</translation>
    </message>
    <message>
        <source>Hairs per unit</source>
        <translation>Pelos por unidad</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Unknown metric &quot;%1&quot;; one of: %2.</source>
        <translation>Medida desconocida &quot;%1&quot;; una de: %2.</translation>
    </message>
    <message>
        <source>The time point must be 1 to 520 weeks (given: %1).</source>
        <translation>El punto temporal debe ser de 1 a 520 semanas (dado: %1).</translation>
    </message>
    <message>
        <source>The window must be 0 weeks or more and shorter than the time point (given: %1 weeks at week %2).</source>
        <translation>La ventana debe ser de 0 semanas o más y más corta que el punto temporal (dado: %1 semanas en la semana %2).</translation>
    </message>
    <message>
        <source>Unknown adjunct in &quot;%1&quot;; one of: %2.</source>
        <translation>Coadyuvante desconocido en &quot;%1&quot;; uno de: %2.</translation>
    </message>
    <message>
        <source>The responder threshold must be -100 to 1000 %.</source>
        <translation>El umbral de respondedor debe ser de -100 a 1000 %.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from es posterior a --to.</translation>
    </message>
    <message>
        <source>Unknown diagnosis &quot;%1&quot;.</source>
        <translation>Diagnóstico desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown sex &quot;%1&quot;.</source>
        <translation>Sexo desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An age must be 0 to 130 years (given: %1).</source>
        <translation>Una edad debe estar entre 0 y 130 años (indicada: %1).</translation>
    </message>
    <message>
        <source>The age band&apos;s lower bound is above its upper bound.</source>
        <translation>El límite inferior del grupo de edad supera al superior.</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>No active diagnosis</source>
        <translation>Sin diagnóstico activo</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <source>microneedling + 5 % minoxidil</source>
        <translation>microneedling + minoxidil 5 %</translation>
    </message>
    <message>
        <source>5 % minoxidil alone</source>
        <translation>minoxidil 5 % solo</translation>
    </message>
    <message>
        <source>5 % minoxidil</source>
        <translation>minoxidil 5 %</translation>
    </message>
    <message>
        <source>2 % minoxidil</source>
        <translation>minoxidil 2 %</translation>
    </message>
    <message>
        <source>placebo</source>
        <translation>placebo</translation>
    </message>
    <message>
        <source>Unknown grouping &quot;%1&quot;; one of: none, device, needle, diagnosis, adjunct:KEY, adherence.</source>
        <translation>Agrupación desconocida «%1»; una de: none, device, needle, diagnosis, adjunct:KEY, adherence.</translation>
    </message>
    <message>
        <source>No treatment plan</source>
        <translation>Sin plan de tratamiento</translation>
    </message>
    <message>
        <source>Adherence at least 80 %</source>
        <translation>Adherencia de al menos 80 %</translation>
    </message>
    <message>
        <source>Adherence under 80 %</source>
        <translation>Adherencia inferior al 80 %</translation>
    </message>
</context>
<context>
    <name>PatientBand</name>
    <message>
        <source>born %1</source>
        <translation>nacido/a el %1</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>fecha de nacimiento no registrada</translation>
    </message>
    <message>
        <source>%1 (MRN %2, %3)</source>
        <translation>%1 (MRN %2, %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; MRN %2 &amp;nbsp;·&amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; MRN %2 &amp;nbsp;·&amp;nbsp; %3</translation>
    </message>
</context>
<context>
    <name>Patients</name>
    <message>
        <source>MRN pattern</source>
        <translation>Patrón de MRN</translation>
    </message>
    <message>
        <source>one {n} or {n:05}</source>
        <translation>un {n} o {n:05}</translation>
    </message>
    <message>
        <source>MRN pattern &quot;%1&quot;: it needs exactly one running number, {n} or {n:05} (zero-padded to 5 digits).</source>
        <translation>Patrón de MRN &quot;%1&quot;: necesita exactamente un número correlativo, {n} o {n:05} (rellenado con ceros hasta 5 dígitos).</translation>
    </message>
</context>
<context>
    <name>PhotoLabels</name>
    <message>
        <source>session %1 of %2</source>
        <translation>sesión %1 de %2</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>sesión %1</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>a JPEG or PNG image</source>
        <translation>una imagen JPEG o PNG</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>It is not an image Tricholog can read (JPEG or PNG).</source>
        <translation>No es una imagen que Tricholog pueda leer (JPEG o PNG).</translation>
    </message>
    <message>
        <source>It is a %1 image; only JPEG and PNG photos are accepted.</source>
        <translation>Es una imagen %1; solo se aceptan fotos JPEG y PNG.</translation>
    </message>
    <message>
        <source>Its image size cannot be read (%1).</source>
        <translation>No se puede leer el tamaño de la imagen (%1).</translation>
    </message>
    <message>
        <source>The image cannot be decoded (%1).</source>
        <translation>No se puede decodificar la imagen (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has not given photo consent, so no photo can be attached or shown. Record the consent first: Patient &gt; Edit patient (Ctrl+E), &quot;Photo consent&quot;.</source>
        <translation>%1 no ha otorgado el consentimiento de fotos, por lo que no se pueden adjuntar ni mostrar fotos. Registre primero el consentimiento: Paciente &gt; Editar paciente (Ctrl+E), &quot;Consentimiento de fotos&quot;.</translation>
    </message>
    <message>
        <source>The original of the %1 photo taken %2 is missing from the database; restore it from a backup.</source>
        <translation>El original de la foto &quot;%1&quot; tomada el %2 no está en la base de datos; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The original of the %1 photo taken %2 is damaged: its bytes no longer match the SHA-256 checksum recorded when it was stored; restore it from a backup.</source>
        <translation>El original de la foto &quot;%1&quot; tomada el %2 está dañado: sus bytes ya no coinciden con la suma de comprobación SHA-256 registrada al guardarlo; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentimiento de fotos</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consentimiento otorgado</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>a session of this patient</source>
        <translation>una sesión de este paciente</translation>
    </message>
    <message>
        <source>A photo belongs to a session of %1: record the session first.</source>
        <translation>Una foto pertenece a una sesión de %1: registre primero la sesión.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>The protocol needs a name.</source>
        <translation>El protocolo necesita un nombre.</translation>
    </message>
    <message>
        <source>The needle length must be 0.1 to 3.0 mm (given: %1).</source>
        <translation>La longitud de aguja debe ser de 0,1 a 3,0 mm (indicada: %1).</translation>
    </message>
    <message>
        <source>The interval must be 1 to 365 days (given: %1).</source>
        <translation>El intervalo debe ser de 1 a 365 días (indicado: %1).</translation>
    </message>
    <message>
        <source>The number of sessions must be 1 to 100 (given: %1).</source>
        <translation>El número de sesiones debe ser de 1 a 100 (indicado: %1).</translation>
    </message>
    <message>
        <source>A measurement visit must be 0 to 260 weeks from the start (given: %1).</source>
        <translation>Una visita de medición debe estar entre 0 y 260 semanas desde el inicio (indicada: %1).</translation>
    </message>
    <message>
        <source>Measurement week %1 is given twice.</source>
        <translation>La semana de medición %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Dermaroller 1.5 mm weekly with minoxidil 5 % (12 weeks)</source>
        <translation>Dermaroller 1,5 mm semanal con minoxidil 5 % (12 semanas)</translation>
    </message>
    <message>
        <source>5 % solution, 1 ml twice daily, not on the day of a session</source>
        <translation>solución al 5 %, 1 ml dos veces al día, no el día de una sesión</translation>
    </message>
    <message>
        <source>Pen 0.5-1.0 mm every 3 weeks</source>
        <translation>Pen 0,5-1,0 mm cada 3 semanas</translation>
    </message>
    <message>
        <source>0.5 mm frontal and temporal, up to 1.0 mm vertex; every 2-4 weeks as tolerated.</source>
        <translation>0,5 mm frontal y temporal, hasta 1,0 mm en el vértex; cada 2-4 semanas según tolerancia.</translation>
    </message>
    <message>
        <source>PRP monthly with microneedling</source>
        <translation>PRP mensual con microneedling</translation>
    </message>
    <message>
        <source>3-4 ml per session, applied after microneedling</source>
        <translation>3-4 ml por sesión, aplicados tras el microneedling</translation>
    </message>
    <message>
        <source>Then every 3-6 months as maintenance.</source>
        <translation>Después cada 3-6 meses como mantenimiento.</translation>
    </message>
    <message>
        <source>session %1 of %2 due %3</source>
        <translation>sesión %1 de %2 prevista el %3</translation>
    </message>
    <message>
        <source>measurement visit week %1 due %2</source>
        <translation>visita de medición semana %1 prevista el %2</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>fotos: %1</translation>
    </message>
    <message>
        <source>Microneedling session %1 of %2</source>
        <translation>Sesión de microneedling %1 de %2</translation>
    </message>
    <message>
        <source>Measurement visit, week %1</source>
        <translation>Visita de medición, semana %1</translation>
    </message>
    <message>
        <source>A protocol template named &quot;%1&quot; exists.</source>
        <translation>Ya existe una plantilla de protocolo llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>protocol template</source>
        <translation>plantilla de protocolo</translation>
    </message>
    <message>
        <source>Protocol template %1 does not exist.</source>
        <translation>La plantilla de protocolo %1 no existe.</translation>
    </message>
    <message>
        <source>The plan needs a start date.</source>
        <translation>El plan necesita una fecha de inicio.</translation>
    </message>
    <message>
        <source>treatment plan</source>
        <translation>plan de tratamiento</translation>
    </message>
    <message>
        <source>A plan cannot stop before its start (%1).</source>
        <translation>Un plan no puede terminar antes de su inicio (%1).</translation>
    </message>
    <message>
        <source>The contact attempt needs a time.</source>
        <translation>El intento de contacto necesita una hora.</translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%2 of %n planned session(s) kept)</source>
        <translation>
            <numerusform>%1 % (%2 de %n sesión planificada cumplida)</numerusform>
            <numerusform>%1 % (%2 de %n sesiones planificadas cumplidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Needling until mild erythema (Dhurat 2013).</source>
        <translation>Microagujas hasta un eritema leve (Dhurat 2013).</translation>
    </message>
    <message>
        <source>That call is no longer recorded: it was taken back on another workstation.</source>
        <translation>Esa llamada ya no está registrada: se anuló en otro puesto.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practice name</source>
        <translation>Nombre de la consulta</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Practice name: required (it heads every report).</source>
        <translation>Nombre de la consulta: obligatorio (encabeza todos los informes).</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>Practice name: %1 characters, at most %2 allowed.</source>
        <translation>Nombre de la consulta: %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Address: %1 characters, at most %2 allowed.</source>
        <translation>Dirección: %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>text without NUL characters</source>
        <translation>texto sin caracteres NUL</translation>
    </message>
    <message>
        <source>The practice details contain a NUL character.</source>
        <translation>Los datos de la consulta contienen un carácter NUL.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>a PNG or JPEG image</source>
        <translation>una imagen PNG o JPEG</translation>
    </message>
    <message>
        <source>Logo: the file is not a readable image.</source>
        <translation>Logotipo: el archivo no es una imagen legible.</translation>
    </message>
    <message>
        <source>at most 2 MiB as PNG</source>
        <translation>como máximo 2 MiB en PNG</translation>
    </message>
    <message>
        <source>Logo: too large (%1 KiB as PNG, at most 2048 KiB).</source>
        <translation>Logotipo: demasiado grande (%1 KiB en PNG; como máximo 2048 KiB).</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Paper size: &quot;%1&quot; is not A4 or Letter.</source>
        <translation>Tamaño del papel: &quot;%1&quot; no es A4 ni Carta.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Microneedling session</source>
        <translation>Sesión de microneedling</translation>
    </message>
    <message>
        <source>Progress chart: %1</source>
        <translation>Gráfico de evolución: %1</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png or .svg.</source>
        <translation>%1: el nombre del archivo debe terminar en .png o .svg.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Mean diameter</source>
        <translation>Diámetro medio</translation>
    </message>
    <message>
        <source>Cumulative thickness</source>
        <translation>Grosor acumulado</translation>
    </message>
    <message>
        <source>%1, %2
%3
Change from baseline: %4 (%5)</source>
        <translation>%1, %2
%3
Cambio respecto al valor basal: %4 (%5)</translation>
    </message>
    <message>
        <source>Session on %1</source>
        <translation>Sesión del %1</translation>
    </message>
    <message>
        <source>Session %1 on %2</source>
        <translation>Sesión %1 del %2</translation>
    </message>
    <message>
        <source>%1, needle %2 mm</source>
        <translation>%1, aguja de %2 mm</translation>
    </message>
    <message>
        <source>Adjuncts: %1</source>
        <translation>Coadyuvantes: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>No measurements of %1 yet.</source>
        <translation>Aún no hay mediciones de %1.</translation>
    </message>
    <message>
        <source>No percent change: the baseline of %1 is 0.</source>
        <translation>Sin cambio porcentual: el valor basal de %1 es 0.</translation>
    </message>
    <message>
        <source>Baseline recorded: progress needs a second visit.</source>
        <translation>Valor basal registrado: la evolución requiere una segunda visita.</translation>
    </message>
    <message>
        <source>Not shown: %1 (baseline is 0, so no percent change).</source>
        <translation>No se muestra: %1 (el valor basal es 0, por lo que no hay cambio porcentual).</translation>
    </message>
    <message>
        <source>%1: % change from baseline</source>
        <translation>%1: % de cambio respecto al valor basal</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message numerus="yes">
        <source>No adverse events recorded in %n session(s).</source>
        <translation>
            <numerusform>No se registraron eventos adversos en %n sesión.</numerusform>
            <numerusform>No se registraron eventos adversos en %n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n session(s).</source>
        <translation>
            <numerusform>%1 en %n sesión.</numerusform>
            <numerusform>%1 en %n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adverse event(s)</source>
        <translation>
            <numerusform>%n evento adverso</numerusform>
            <numerusform>%n eventos adversos</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hair regrowth progress report: %1 (MRN %2)</source>
        <translation>Informe de evolución de la repoblación capilar: %1 (MRN %2)</translation>
    </message>
    <message>
        <source>Hair regrowth progress report</source>
        <translation>Informe de evolución de la repoblación capilar</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>todos los registros</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>first record</source>
        <translation>primer registro</translation>
    </message>
    <message>
        <source>latest record</source>
        <translation>último registro</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Record number (MRN)</source>
        <translation>Número de historia (MRN)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 años)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation>Sexo al nacer</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>No diagnosis recorded.</source>
        <translation>No hay diagnósticos registrados.</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Fecha de diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>ICD-10</source>
        <translation>ICD-10</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>, AA-IGA %1</source>
        <translation>, AA-IGA %1</translation>
    </message>
    <message>
        <source>; SALT ≤ 20: success criterion met</source>
        <translation>; SALT ≤ 20: criterio de éxito cumplido</translation>
    </message>
    <message>
        <source>; SALT &gt; 20: success criterion not met</source>
        <translation>; SALT &gt; 20: criterio de éxito no cumplido</translation>
    </message>
    <message>
        <source>Treatment course</source>
        <translation>Ciclo de tratamiento</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>ninguna en este periodo</translation>
    </message>
    <message>
        <source> (course: %1)</source>
        <translation> (ciclo: %1)</translation>
    </message>
    <message>
        <source>First and last session</source>
        <translation>Primera y última sesión</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Needle lengths</source>
        <translation>Longitudes de aguja</translation>
    </message>
    <message>
        <source>Adjuncts</source>
        <translation>Coadyuvantes</translation>
    </message>
    <message>
        <source>Background therapy</source>
        <translation>Tratamiento de base</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>Progress since baseline</source>
        <translation>Evolución desde el valor basal</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basal</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>% change</source>
        <translation>% de cambio</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Al mes</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>single visit</source>
        <translation>visita única</translation>
    </message>
    <message>
        <source>No measurements in this period.</source>
        <translation>No hay mediciones en este periodo.</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Registro de sesiones</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No hay sesiones en este periodo.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aguja</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto final</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <source>Patient-reported outcomes</source>
        <translation>Resultados comunicados por el paciente</translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation>Ninguno registrado en este periodo.</translation>
    </message>
    <message>
        <source>Global self-assessment (−3 to +3)</source>
        <translation>Autoevaluación global (−3 a +3)</translation>
    </message>
    <message>
        <source>Shedding (1–6)</source>
        <translation>Caída (1–6)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Clinician (name and signature)</source>
        <translation>Facultativo (nombre y firma)</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Lugar y fecha</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>hair regrowth, microneedling, trichoscopy, MRN %1</source>
        <translation>repoblación capilar, microneedling, tricoscopia, MRN %1</translation>
    </message>
    <message>
        <source>Microneedling treatment and hair regrowth since baseline</source>
        <translation>Tratamiento con microneedling y repoblación capilar desde el valor basal</translation>
    </message>
    <message>
        <source>Photos: first and latest</source>
        <translation>Fotos: primera y última</translation>
    </message>
    <message>
        <source>For each view, the first and the latest photo of the period, as taken; the patient consented to photos on %1.</source>
        <translation>Para cada vista, la primera y la última foto del periodo, tal como se tomaron; el paciente otorgó el consentimiento de fotos el %1.</translation>
    </message>
    <message>
        <source>Only one photo of this view in the period.</source>
        <translation>Solo hay una foto de esta vista en el periodo.</translation>
    </message>
    <message>
        <source>First</source>
        <comment>photo</comment>
        <translation>Primera foto</translation>
    </message>
    <message>
        <source>Latest</source>
        <comment>photo</comment>
        <translation>Última foto</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n site measurement(s)</source>
        <translation>
            <numerusform>%1: %n medición de zona</numerusform>
            <numerusform>%1: %n mediciones de zona</numerusform>
        </translation>
    </message>
    <message>
        <source>hair density (hairs/cm²)</source>
        <translation>densidad capilar (pelos/cm²)</translation>
    </message>
    <message>
        <source>mean hair-shaft diameter (µm)</source>
        <translation>diámetro medio del tallo piloso (µm)</translation>
    </message>
    <message>
        <source>terminal and vellus shares</source>
        <translation>proporciones de pelos terminales y vellosos</translation>
    </message>
    <message>
        <source>No measurement was recorded in this period.</source>
        <translation>No se registró ninguna medición en este periodo.</translation>
    </message>
    <message>
        <source>Measured per scalp site: %1. Methods and instruments as recorded: %2.</source>
        <translation>Medido por zona del cuero cabelludo: %1. Métodos e instrumentos según lo registrado: %2.</translation>
    </message>
    <message>
        <source>other metrics</source>
        <translation>otras métricas</translation>
    </message>
    <message>
        <source>Hairs thinner than %1 µm count as vellus and hairs of %2 µm or more as terminal (this clinic&apos;s settings).</source>
        <translation>Los pelos de menos de %1 µm de diámetro se cuentan como vellosos y los de %2 µm o más como terminales (configuración de esta clínica).</translation>
    </message>
    <message>
        <source>Cumulative hair thickness = density × mean diameter (mm/cm²).</source>
        <translation>Grosor capilar acumulado = densidad × diámetro medio (mm/cm²).</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
    </message>
    <message>
        <source>Change and % change: latest visit against the first (baseline) visit of the site. Per month: least-squares slope over all visits. Responder: density gain of at least %1 %, judged from %2 weeks after the baseline (before that: too early to judge). Control sites get no verdict.</source>
        <translation>Cambio y % de cambio: última visita frente a la primera visita (basal) de la zona. Al mes: pendiente por mínimos cuadrados de todas las visitas. Respondedor: aumento de densidad de al menos un %1 %, valorado a partir de %2 semanas después de la visita basal (antes: demasiado pronto para valorar). Las zonas de control no reciben valoración.</translation>
    </message>
    <message>
        <source>%1: %2 hairs in %3 cm², %4 hairs/cm²</source>
        <translation>%1: %2 pelos en %3 cm², %4 pelos/cm²</translation>
    </message>
    <message>
        <source>mean %1 µm, terminal %2 %, vellus %3 %</source>
        <translation>media %1 µm, terminales %2 %, vello %3 %</translation>
    </message>
    <message>
        <source>Hairs counted and measured in the photos by Tricholog&apos;s image analysis (engine %1 %2, method in its documentation), every hair drawn over the photo: terminal cyan, intermediate pink, vellus yellow; hairs outside the counting field dotted. Corrections made by hand are counted under each photo.</source>
        <translation>Pelos contados y medidos en las fotos por el análisis de imagen de Tricholog (algoritmo %1 %2, método en su documentación), cada pelo trazado sobre la foto: terminales en cian, intermedios en rosa, vello en amarillo; pelos fuera del campo de recuento en punteado. Las correcciones manuales se cuentan bajo cada foto.</translation>
    </message>
    <message>
        <source>Only one analysed photo of this site so far.</source>
        <translation>Por ahora, solo una foto analizada de esta zona.</translation>
    </message>
    <message>
        <source>Image analysis: baseline and latest</source>
        <translation>Análisis de imagen: basal y última</translation>
    </message>
    <message>
        <source>stopped on %1</source>
        <translation>detenido el %1</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, desde el %2</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
    <message>
        <source>no session due yet</source>
        <translation>aún no vence ninguna sesión</translation>
    </message>
    <message>
        <source>Due next</source>
        <translation>Próximo vencimiento</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Tricholog</source>
        <translation>Tricholog</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>No se pudo abrir la base de datos.

%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup was restored. The previous database is kept at %1.</source>
        <translation>Se restauró la copia de seguridad. La base de datos anterior se conserva en %1.</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2).</source>
        <translation>La copia de seguridad más reciente es %1 (%2).</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Comprobando y restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>No se puede leer la copia de seguridad %1.</translation>
    </message>
</context>
<context>
    <name>ReportBatch</name>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>línea %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>its file %1 would replace the report of %2.</source>
        <translation>su archivo %1 sustituiría el informe de %2.</translation>
    </message>
    <message>
        <source>not kept, as the audit trail could not record it: %1</source>
        <translation>no se conservó, ya que no se pudo anotar en el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Not restoring: %1 is from before practice ids, so it cannot be told whose it is. If it is this practice&apos;s, restore it with --other-practice %2.</source>
        <translation>No se restaura: %1 es anterior a los ID de consulta, por lo que no se puede saber a quién pertenece. Si es de esta consulta, restáurela con --other-practice %2.</translation>
    </message>
    <message>
        <source>Not restoring: %1 is a backup of another practice (%2), not of this database&apos;s practice (%3). An administrator who means to replace this practice&apos;s data with it restores it with --other-practice %2.</source>
        <translation>No se restaura: %1 es una copia de seguridad de otra consulta (%2), no de la consulta de esta base de datos (%3). Un administrador que quiera sustituir los datos de esta consulta por los de esa copia la restaura con --other-practice %2.</translation>
    </message>
    <message>
        <source>Not restoring: %1</source>
        <translation>No se restaura: %1</translation>
    </message>
    <message>
        <source>Not restoring: %1 could not be copied to be checked.</source>
        <translation>No se restaura: no se pudo copiar %1 para su comprobación.</translation>
    </message>
    <message>
        <source>Not restoring: the audit protection of %1 was changed outside Tricholog (%2).</source>
        <translation>No se restaura: la protección de auditoría de %1 se modificó fuera de Tricholog (%2).</translation>
    </message>
    <message>
        <source>Not restoring: the audit trail of %1 is broken at entry %2 (%3).</source>
        <translation>No se restaura: el registro de auditoría de %1 está roto en la entrada %2 (%3).</translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be written to its audit trail: %1</source>
        <translation>Se restauró la copia de seguridad, pero la restauración no se pudo anotar en su registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>SafeIo</name>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>un archivo no regular</translation>
    </message>
    <message>
        <source>%1 is larger than %2; at most %2 are read.</source>
        <translation>%1 ocupa más de %2; se leen como máximo %2.</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; it is not read.</source>
        <translation>%1 es %2, no un archivo regular; no se lee.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>%1 is %2; nothing is written through it (choose another name, or remove it first).</source>
        <translation>%1 es %2; no se escribe nada a través de él (elija otro nombre o elimínelo antes).</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2; nothing was changed.</source>
        <translation>No se puede reemplazar %1: %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>only part of it could be written (is the disk full?)</source>
        <translation>solo se pudo escribir una parte (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Roles are a server&apos;s: an SQLite file has none.</source>
        <translation>Los roles son propios de un servidor: un archivo SQLite no tiene ninguno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name (letters, digits and _).</source>
        <translation>&quot;%1&quot; no es un nombre de rol (letras, dígitos y _).</translation>
    </message>
    <message>
        <source>%1 is connected as the role that owns the tables: it could disable the audit triggers or empty the trail. Connect the workstations as an application role (tricholog server grant --role NAME, see the README).</source>
        <translation>%1 está conectado con el rol propietario de las tablas: podría desactivar los disparadores de auditoría o vaciar el registro. Conecte los puestos con un rol de aplicación (tricholog server grant --role NAME, consulte el README).</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>hairs/cm²</source>
        <translation>pelos/cm²</translation>
    </message>
    <message>
        <source>µm</source>
        <translation>µm</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>cm²</source>
        <translation>cm²</translation>
    </message>
    <message>
        <source>mm/cm²</source>
        <translation>mm/cm²</translation>
    </message>
    <message>
        <source>FU/cm²</source>
        <translation>UF/cm²</translation>
    </message>
    <message>
        <source>hairs/FU</source>
        <translation>pelos/UF</translation>
    </message>
    <message>
        <source>hairs</source>
        <translation>pelos</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Una contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 64 characters.</source>
        <translation>Un nombre de usuario necesita de 1 a 64 caracteres.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>No se pudo calcular el hash de la contraseña.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation>El nombre de usuario &quot;%1&quot; ya está en uso.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>No puede desactivar su propia cuenta mientras tiene la sesión iniciada con ella.</translation>
    </message>
    <message>
        <source>Too many failed attempts: try again in %1 second(s).</source>
        <translation>Demasiados intentos fallidos: vuelva a intentarlo en %1 segundo(s).</translation>
    </message>
    <message>
        <source>This account is deactivated.</source>
        <translation>Esta cuenta está desactivada.</translation>
    </message>
    <message>
        <source>Sign in first: no one is signed in.</source>
        <translation>Inicie sesión primero: no hay nadie con la sesión iniciada.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>different from the current one</source>
        <translation>distinta de la actual</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>La contraseña nueva es igual a la actual.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Record number (MRN)</source>
        <translation>Número de historia (MRN)</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>único</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already used by another patient.</source>
        <translation>%1: &quot;%2&quot; ya lo usa otro paciente.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1: campo obligatorio.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3.</source>
        <translation>%1: %2 está fuera del intervalo permitido %3.</translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation>no posterior a %1</translation>
    </message>
    <message>
        <source>%1: %2 is in the future (today is %3).</source>
        <translation>%1: %2 es una fecha futura (hoy es %3).</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>no anterior a %1</translation>
    </message>
    <message>
        <source>%1: %2 is before the patient&apos;s date of birth (%3).</source>
        <translation>%1: %2 es anterior a la fecha de nacimiento del paciente (%3).</translation>
    </message>
    <message>
        <source>a valid date</source>
        <translation>una fecha válida</translation>
    </message>
    <message>
        <source>%1: the sum is %2%, more than 100%.</source>
        <translation>%1: la suma es %2%, más del 100%.</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 characters; at most %4 are allowed.</source>
        <translation>%1: &quot;%2&quot; tiene %3 caracteres; se permiten como máximo %4.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fototipo de Fitzpatrick</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@domain.tld</source>
        <translation>nombre@dominio.tld</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not a valid address (expected name@domain.tld).</source>
        <translation>Correo electrónico: &quot;%1&quot; no es una dirección válida (se espera nombre@dominio.tld).</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>digits, spaces and + ( ) . / -</source>
        <translation>dígitos, espacios y + ( ) . / -</translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; may contain only digits, spaces and + ( ) . / - (3–32 characters).</source>
        <translation>Teléfono: &quot;%1&quot; solo puede contener dígitos, espacios y + ( ) . / - (3–32 caracteres).</translation>
    </message>
    <message>
        <source>Treatment consent date</source>
        <translation>Fecha del consentimiento de tratamiento</translation>
    </message>
    <message>
        <source>Photo consent date</source>
        <translation>Fecha del consentimiento de fotos</translation>
    </message>
    <message>
        <source>Data-processing consent date</source>
        <translation>Fecha del consentimiento de tratamiento de datos</translation>
    </message>
    <message>
        <source>ICD-10 code</source>
        <translation>Código ICD-10</translation>
    </message>
    <message>
        <source>ICD-10 code: &quot;%1&quot; does not fit %2 (allowed: %3).</source>
        <translation>Código ICD-10: &quot;%1&quot; no corresponde a %2 (permitidos: %3).</translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <translation>Fecha de diagnóstico</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Onset: %1 is after the diagnosis date %2.</source>
        <translation>Inicio: %1 es posterior a la fecha de diagnóstico %2.</translation>
    </message>
    <message>
        <source>Severity scale</source>
        <translation>Escala de gravedad</translation>
    </message>
    <message>
        <source>Severity scale: %1 does not apply to %2 (use %3).</source>
        <translation>Escala de gravedad: %1 no se aplica a %2 (use %3).</translation>
    </message>
    <message>
        <source>SALT vertex</source>
        <translation>SALT vértex</translation>
    </message>
    <message>
        <source>SALT posterior</source>
        <translation>SALT posterior</translation>
    </message>
    <message>
        <source>SALT right side</source>
        <translation>SALT lado derecho</translation>
    </message>
    <message>
        <source>SALT left side</source>
        <translation>SALT lado izquierdo</translation>
    </message>
    <message>
        <source>SALT regions</source>
        <translation>Regiones SALT</translation>
    </message>
    <message>
        <source>all four regions, 0–100%</source>
        <translation>las cuatro regiones, 0–100%</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Grade: &quot;%1&quot; is not a %2 grade (allowed: %3).</source>
        <translation>Grado: &quot;%1&quot; no es un grado de %2 (permitidos: %3).</translation>
    </message>
    <message>
        <source>a severity scale first</source>
        <translation>primero una escala de gravedad</translation>
    </message>
    <message>
        <source>Grade: &quot;%1&quot; is given without a severity scale; choose the scale it belongs to.</source>
        <translation>Grado: &quot;%1&quot; se indica sin escala de gravedad; elija la escala a la que pertenece.</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Longitud de aguja</translation>
    </message>
    <message>
        <source>Needle length is required (%1).</source>
        <translation>La longitud de aguja es obligatoria (%1).</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Número de agujas</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Número de sesión</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Sesiones previstas</translation>
    </message>
    <message>
        <source>Anaesthetic contact time</source>
        <translation>Tiempo de contacto del anestésico</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>Puntuación de dolor</translation>
    </message>
    <message>
        <source>Treated zones</source>
        <translation>Zonas tratadas</translation>
    </message>
    <message>
        <source>frontal, midscalp, vertex, temporal_left, temporal_right, occipital</source>
        <translation>frontal, midscalp, vertex, temporal_left, temporal_right, occipital</translation>
    </message>
    <message>
        <source>Treated zones: &quot;target_area&quot; is a measurement site, not a treatment zone.</source>
        <translation>Zonas tratadas: &quot;target_area&quot; es una zona de medición, no una zona de tratamiento.</translation>
    </message>
    <message>
        <source>Dose of adjunct %1</source>
        <translation>Dosis del coadyuvante %1</translation>
    </message>
    <message>
        <source>Adjunct %1</source>
        <translation>Coadyuvante %1</translation>
    </message>
    <message>
        <source>a name and dose</source>
        <translation>un nombre y una dosis</translation>
    </message>
    <message>
        <source>Adjunct %1 is &quot;other&quot;: say what was applied in its dose field.</source>
        <translation>El coadyuvante %1 es &quot;Otro&quot;: indique qué se aplicó en su campo de dosis.</translation>
    </message>
    <message>
        <source>Adverse event %1</source>
        <translation>Evento adverso %1</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>una descripción</translation>
    </message>
    <message>
        <source>Adverse event %1 is &quot;other&quot;: describe it.</source>
        <translation>El evento adverso %1 es &quot;Otro&quot;: descríbalo.</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Fecha de la medición</translation>
    </message>
    <message>
        <source>Terminal + vellus hairs</source>
        <translation>Pelos terminales + vellosos</translation>
    </message>
    <message>
        <source>Anagen + telogen hairs</source>
        <translation>Pelos en anágeno + telógeno</translation>
    </message>
    <message>
        <source>Counted area is required with a hair count (%1).</source>
        <translation>El área contada es obligatoria con un recuento de pelos (%1).</translation>
    </message>
    <message>
        <source>Magnification</source>
        <translation>Aumentos</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>a named area of known size</source>
        <translation>una zona con nombre y tamaño conocido</translation>
    </message>
    <message>
        <source>Site: a target area needs a name or its area in cm².</source>
        <translation>Zona: una zona diana necesita un nombre o su área en cm².</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>at least one value</source>
        <translation>al menos un valor</translation>
    </message>
    <message>
        <source>A measurement needs at least one recorded value.</source>
        <translation>Una medición necesita al menos un valor registrado.</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Fecha del resultado</translation>
    </message>
    <message>
        <source>Global self-assessment</source>
        <translation>Autoevaluación global</translation>
    </message>
    <message>
        <source>Shedding score</source>
        <translation>Puntuación de caída</translation>
    </message>
    <message>
        <source>at least one score</source>
        <translation>al menos una puntuación</translation>
    </message>
    <message>
        <source>An outcome needs a global self-assessment or a shedding score.</source>
        <translation>Un resultado necesita una autoevaluación global o una puntuación de caída.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Post-care</source>
        <translation>Cuidados posteriores</translation>
    </message>
    <message>
        <source>Background therapy</source>
        <translation>Tratamiento de base</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Fecha de la toma</translation>
    </message>
    <message>
        <source>a valid date and time</source>
        <translation>una fecha y hora válidas</translation>
    </message>
    <message>
        <source>a scalp site</source>
        <translation>una zona del cuero cabelludo</translation>
    </message>
    <message>
        <source>A trichoscopic photo needs the scalp site it shows.</source>
        <translation>Una foto tricoscópica necesita la zona del cuero cabelludo que muestra.</translation>
    </message>
    <message>
        <source>trichoscopic photos only</source>
        <translation>solo fotos tricoscópicas</translation>
    </message>
    <message>
        <source>Site: &quot;%1&quot; is recorded for trichoscopic photos only; a %2 photo shows its view.</source>
        <translation>Zona: &quot;%1&quot; solo se registra en fotos tricoscópicas; en una foto &quot;%2&quot;, la vista ya indica la zona.</translation>
    </message>
    <message>
        <source>Magnification: %1× is recorded for trichoscopic photos only.</source>
        <translation>Aumentos: %1× solo se registra en fotos tricoscópicas.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Onset: &quot;%1&quot; is not a year, a month or a date (expected YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Inicio: &quot;%1&quot; no es un año, un mes ni una fecha (se espera AAAA, AAAA-MM o AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>no NUL character (U+0000)</source>
        <translation>sin caracteres NUL (U+0000)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains a NUL character (U+0000), which is not allowed in text.</source>
        <translation>%1: &quot;%2&quot; contiene un carácter NUL (U+0000), que no está permitido en el texto.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anestésico</translation>
    </message>
    <message>
        <source>Target area name</source>
        <translation>Nombre de la zona diana</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>SALT total</source>
        <translation>SALT total</translation>
    </message>
    <message>
        <source>SALT total: &quot;%1&quot; is not a number (0–100).</source>
        <translation>SALT total: &quot;%1&quot; no es un número (0–100).</translation>
    </message>
    <message>
        <source>SALT needs the percent of hair loss in all four regions (vertex, posterior, right side, left side), each 0–100%, or the SALT total alone.</source>
        <translation>SALT requiere el porcentaje de pérdida de pelo en las cuatro regiones (vértex, posterior, lado derecho, lado izquierdo), cada una de 0–100%, o solo el SALT total.</translation>
    </message>
    <message>
        <source>each zone once</source>
        <translation>cada zona una vez</translation>
    </message>
    <message>
        <source>Treated zones: &quot;%1&quot; is given twice.</source>
        <translation>Zonas tratadas: &quot;%1&quot; aparece dos veces.</translation>
    </message>
</context>
<context>
    <name>tricholog::AnalysisDialog</name>
    <message>
        <source>Measure from photo — %1</source>
        <translation>Medir en la foto — %1</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Calibration:</source>
        <translation>&amp;Calibración:</translation>
    </message>
    <message>
        <source> µm/px</source>
        <translation> µm/px</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>&amp;Escala:</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Imagen completa</translation>
    </message>
    <message>
        <source>Circle of the area below</source>
        <translation>Círculo del área indicada abajo</translation>
    </message>
    <message>
        <source>Drawn rectangle</source>
        <translation>Rectángulo dibujado</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>Cam&amp;po:</translation>
    </message>
    <message>
        <source> cm²</source>
        <translation> cm²</translation>
    </message>
    <message>
        <source>Circle a&amp;rea:</source>
        <translation>Á&amp;rea del círculo:</translation>
    </message>
    <message>
        <source>A&amp;nalyse</source>
        <translation>A&amp;nalizar</translation>
    </message>
    <message>
        <source>Select (V)</source>
        <translation>Seleccionar (V)</translation>
    </message>
    <message>
        <source>Remove (R)</source>
        <translation>Quitar (R)</translation>
    </message>
    <message>
        <source>Add (A)</source>
        <translation>Añadir (A)</translation>
    </message>
    <message>
        <source>Split (S)</source>
        <translation>Dividir (S)</translation>
    </message>
    <message>
        <source>Width (W)</source>
        <translation>Grosor (W)</translation>
    </message>
    <message>
        <source>Draw field (F)</source>
        <translation>Dibujar campo (F)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source> µm</source>
        <translation> µm</translation>
    </message>
    <message>
        <source>Selected hair&apos;s &amp;width:</source>
        <translation>&amp;Grosor del pelo seleccionado:</translation>
    </message>
    <message>
        <source>E&amp;xport hairs (CSV)…</source>
        <translation>E&amp;xportar pelos (CSV)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve measurement</source>
        <translation>Guardar &amp;medición</translation>
    </message>
    <message>
        <source>Export hairs</source>
        <translation>Exportar pelos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The photo cannot be read: %1</source>
        <translation>No se puede leer la foto: %1</translation>
    </message>
    <message>
        <source>Scale entered below</source>
        <translation>Escala introducida abajo</translation>
    </message>
    <message>
        <source>%1 (%2 µm/px)</source>
        <translation>%1 (%2 µm/px)</translation>
    </message>
    <message>
        <source>Saved analysis of %1 by %2.</source>
        <translation>Análisis guardado el %1 por %2.</translation>
    </message>
    <message>
        <source>Draw the field first: choose Draw field (F) and drag a rectangle over the photo.</source>
        <translation>Dibuje primero el campo: elija &quot;Dibujar campo (F)&quot; y arrastre un rectángulo sobre la foto.</translation>
    </message>
    <message>
        <source>Analyse again</source>
        <translation>Volver a analizar</translation>
    </message>
    <message numerus="yes">
        <source>Analysing again drops the %n correction(s) made by hand. Analyse again?</source>
        <translation>
            <numerusform>Volver a analizar descarta %n corrección hecha a mano. ¿Volver a analizar?</numerusform>
            <numerusform>Volver a analizar descarta las %n correcciones hechas a mano. ¿Volver a analizar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Image analysis</source>
        <translation>Análisis de imagen</translation>
    </message>
    <message>
        <source>Finding the hairs…</source>
        <translation>Buscando los pelos…</translation>
    </message>
    <message>
        <source>Remove hair %1</source>
        <translation>Quitar pelo %1</translation>
    </message>
    <message>
        <source>Add a hair</source>
        <translation>Añadir un pelo</translation>
    </message>
    <message>
        <source>Split hair %1</source>
        <translation>Dividir pelo %1</translation>
    </message>
    <message>
        <source>Width of hair %1</source>
        <translation>Grosor del pelo %1</translation>
    </message>
    <message>
        <source>Choose the scale and the field, then Analyse (Ctrl+Return).</source>
        <translation>Elija la escala y el campo y luego Analizar (Ctrl+Intro).</translation>
    </message>
    <message>
        <source>Hairs counted</source>
        <translation>Pelos contados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>%1 cm²</source>
        <translation>%1 cm²</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <source>%1 hairs/cm²</source>
        <translation>%1 pelos/cm²</translation>
    </message>
    <message>
        <source>Mean diameter</source>
        <translation>Diámetro medio</translation>
    </message>
    <message>
        <source>%1 µm</source>
        <translation>%1 µm</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Terminal (≥ %1 µm)</source>
        <translation>Terminales (≥ %1 µm)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Vellus (&lt; %1 µm)</source>
        <translation>Vellosos (&lt; %1 µm)</translation>
    </message>
    <message>
        <source>Follicular units</source>
        <translation>Unidades foliculares</translation>
    </message>
    <message>
        <source>Hairs per unit</source>
        <translation>Pelos por unidad</translation>
    </message>
    <message>
        <source>&lt;p&gt;Engine %1 %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Algoritmo %1 %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Hairs exported to %1.</source>
        <translation>Pelos exportados a %1.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>The analysis and its corrections are not saved. Close anyway?</source>
        <translation>El análisis y sus correcciones no se han guardado. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&apos;color:#00c8ff&apos;&gt;■&lt;/span&gt; terminal &lt;span style=&apos;color:#ff78dc&apos;&gt;■&lt;/span&gt; intermediate &lt;span style=&apos;color:#ffdc00&apos;&gt;■&lt;/span&gt; vellus&lt;br&gt;dotted: outside the field&lt;br&gt;dashed: drawn by hand&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&apos;color:#00c8ff&apos;&gt;■&lt;/span&gt; terminal &lt;span style=&apos;color:#ff78dc&apos;&gt;■&lt;/span&gt; intermedio &lt;span style=&apos;color:#ffdc00&apos;&gt;■&lt;/span&gt; velloso&lt;br&gt;punteado: fuera del campo&lt;br&gt;discontinuo: dibujado a mano&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A hair drawn by hand must lie inside the photo.</source>
        <translation>Un pelo dibujado a mano debe estar dentro de la foto.</translation>
    </message>
    <message>
        <source>The scale was changed: analyse again before saving.</source>
        <translation>Se cambió la escala: vuelva a analizar antes de guardar.</translation>
    </message>
    <message>
        <source>Same skin as the baseline</source>
        <translation>Misma piel que la basal</translation>
    </message>
    <message>
        <source>Match points (M)</source>
        <translation>Emparejar puntos (M)</translation>
    </message>
    <message>
        <source>Ghost (G)</source>
        <translation>Superposición (G)</translation>
    </message>
    <message>
        <source>The baseline photo over this one, where the alignment puts it</source>
        <translation>La foto basal sobre esta, donde la alineación la sitúa</translation>
    </message>
    <message>
        <source>The baseline photo cannot be read: %1</source>
        <translation>No se puede leer la foto basal: %1</translation>
    </message>
    <message>
        <source>its size has changed</source>
        <translation>su tamaño ha cambiado</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Aligning the photo on the baseline…</source>
        <translation>Alineando la foto con la basal…</translation>
    </message>
    <message>
        <source>This photo could not be aligned on the baseline with confidence (quality %1). Check the ghost (G), then drag three points or more from the ghost to the same spots on the photo (M).</source>
        <translation>Esta foto no se ha podido alinear con la basal con seguridad (calidad %1). Compruebe la superposición (G) y arrastre tres o más puntos de la superposición a los mismos lugares de la foto (M).</translation>
    </message>
    <message>
        <source>Point %1 matched: match at least three, spread over the photo.</source>
        <translation>Punto %1 emparejado: empareje al menos tres, repartidos por la foto.</translation>
    </message>
    <message numerus="yes">
        <source>Aligned by hand on %n point(s).</source>
        <translation>
            <numerusform>Alineada a mano con %n punto.</numerusform>
            <numerusform>Alineada a mano con %n puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basal</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Alineada</translation>
    </message>
    <message>
        <source>by hand (%1 px off)</source>
        <translation>a mano (%1 px de desvío)</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>automáticamente</translation>
    </message>
    <message>
        <source>Alignment quality</source>
        <translation>Calidad de la alineación</translation>
    </message>
    <message>
        <source>%1 (doubtful)</source>
        <translation>%1 (dudosa)</translation>
    </message>
    <message>
        <source>Turned, scale</source>
        <translation>Giro, escala</translation>
    </message>
    <message>
        <source>%1°, %2×</source>
        <translation>%1°, %2×</translation>
    </message>
    <message>
        <source>Baseline field in view</source>
        <translation>Campo basal a la vista</translation>
    </message>
    <message>
        <source>No earlier photo of this site has been analysed: there is no baseline to follow up.</source>
        <translation>No se ha analizado ninguna foto anterior de esta zona: no hay basal que seguir.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
</context>
<context>
    <name>tricholog::AnalysisView</name>
    <message>
        <source>Photo with the hairs found</source>
        <translation>Foto con los pelos detectados</translation>
    </message>
    <message>
        <source>Wheel or + and - zoom, right drag or Ctrl+arrows pan, 0 fits. Arrows move the crosshair, Space uses the tool there, Enter ends a drawn hair. Tab selects the next hair, Delete removes it, [ and ] change its width.</source>
        <translation>La rueda o + y - amplían, arrastrar con el botón derecho o Ctrl+flechas desplazan la imagen, 0 ajusta. Las flechas mueven la cruz, Espacio aplica la herramienta ahí, Intro termina un pelo dibujado. Tab selecciona el pelo siguiente, Supr lo quita, [ y ] cambian su grosor.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
</context>
<context>
    <name>tricholog::AttachPhotosDialog</name>
    <message>
        <source>Edit photo details</source>
        <translation>Editar los datos de la foto</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n photo(s)</source>
        <translation>
            <numerusform>Adjuntar %n foto</numerusform>
            <numerusform>Adjuntar %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation>Fecha de la toma: %1</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Fecha de la toma:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Zona:</translation>
    </message>
    <message>
        <source>Magnification:</source>
        <translation>Aumentos:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 × %3 px</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 × %3 px</translation>
    </message>
</context>
<context>
    <name>tricholog::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Patient MRN</source>
        <translation>Número de historia (MRN)</translation>
    </message>
    <message>
        <source>all patients</source>
        <translation>todos los pacientes</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>todos los usuarios</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Patient (MRN):</source>
        <translation>&amp;Paciente (MRN):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas del registro</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>No patient with MRN %1.</source>
        <translation>Ningún paciente con MRN %1.</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Antes: %1
Después: %2</translation>
    </message>
    <message>
        <source>%1 entries shown (newest first, at most %2).</source>
        <translation>%1 entradas mostradas (las más recientes primero, como máximo %2).</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries, each linked to the one before.</source>
        <translation>La cadena está intacta: %1 entradas, cada una enlazada con la anterior.</translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2.</source>
        <translation>La cadena está rota en la entrada %1: %2.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries written to %2.</source>
        <translation>%1 entradas escritas en %2.</translation>
    </message>
    <message>
        <source>Checking the hash chain…</source>
        <translation>Comprobando la cadena de hashes…</translation>
    </message>
    <message>
        <source>Writing the CSV file…</source>
        <translation>Escribiendo el archivo CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Entry %1: %2, table %3, record %4</source>
        <translation>Entrada %1: %2, tabla %3, registro %4</translation>
    </message>
</context>
<context>
    <name>tricholog::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Account %1. The new password needs at least %2 characters.</source>
        <translation>Cuenta %1. La contraseña nueva necesita al menos %2 caracteres.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Repetir contraseña nueva:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir contraseña nueva</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>tricholog::ClinicOutcomesDialog</name>
    <message>
        <source>Clinic outcomes</source>
        <translation>Resultados de la clínica</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Exportar informe &amp;PDF…</translation>
    </message>
    <message>
        <source>Outcomes by group</source>
        <translation>Resultados por grupo</translation>
    </message>
    <message>
        <source>Click a point to open that patient.</source>
        <translation>Haga clic en un punto para abrir ese paciente.</translation>
    </message>
    <message>
        <source>C&amp;hange by group</source>
        <translation>&amp;Cambio por grupo</translation>
    </message>
    <message>
        <source>Res&amp;ponders</source>
        <translation>Res&amp;pondedores</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Longitud de aguja</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>With or without %1</source>
        <translation>Con o sin %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age at baseline</source>
        <translation>Edad al inicio</translation>
    </message>
    <message>
        <source>Under 30</source>
        <translation>Menos de 30</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 o más</translation>
    </message>
    <message>
        <source>Baselines from</source>
        <translation>Inicios desde</translation>
    </message>
    <message>
        <source>Baselines to</source>
        <translation>Inicios hasta</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Magnitud:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Time point:</source>
        <translation>&amp;Momento:</translation>
    </message>
    <message>
        <source>&amp;Window (±):</source>
        <translation>&amp;Ventana (±):</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <source>&amp;Responder at:</source>
        <translation>&amp;Respondedor desde:</translation>
    </message>
    <message>
        <source>Dia&amp;gnosis:</source>
        <translation>Dia&amp;gnóstico:</translation>
    </message>
    <message>
        <source>S&amp;ex:</source>
        <translation>S&amp;exo:</translation>
    </message>
    <message>
        <source>&amp;Age at baseline:</source>
        <translation>&amp;Edad al inicio:</translation>
    </message>
    <message>
        <source>Baselines &amp;from:</source>
        <translation>Inicios &amp;desde:</translation>
    </message>
    <message>
        <source>Baselines t&amp;o:</source>
        <translation>Inicios &amp;hasta:</translation>
    </message>
    <message>
        <source>MRN %1: %2 on %3, %4 on %5 (change %6)</source>
        <translation>MRN %1: %2 el %3, %4 el %5 (cambio %6)</translation>
    </message>
    <message>
        <source>Export clinic outcomes</source>
        <translation>Exportar los resultados de la clínica</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The outcomes of %n patient(s) were written to %1.</source>
        <translation>
            <numerusform>Los resultados de %n paciente se escribieron en %1.</numerusform>
            <numerusform>Los resultados de %n pacientes se escribieron en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the cohort report</source>
        <translation>Exportar el informe de cohorte</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n página escrita en %1.</numerusform>
            <numerusform>%n páginas escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinic outcomes: definitions</source>
        <translation>Resultados de la clínica: definiciones</translation>
    </message>
    <message>
        <source>Groups: %1. Patients are selected by their baseline&apos;s date, the type of their earliest active diagnosis, their sex and their age at baseline. The published arms come from other populations and methods: they are drawn apart, for context.</source>
        <translation>Grupos: %1. Los pacientes se seleccionan por la fecha de su inicio, el tipo de su diagnóstico activo más antiguo, su sexo y su edad al inicio. Los brazos publicados proceden de otras poblaciones y métodos: se dibujan aparte, como contexto.</translation>
    </message>
    <message>
        <source>Adherence to the plan</source>
        <translation>Adherencia al plan</translation>
    </message>
</context>
<context>
    <name>tricholog::DataActions</name>
    <message>
        <source>Export which records?</source>
        <translation>¿Qué registros desea exportar?</translation>
    </message>
    <message>
        <source>Patient %1 only</source>
        <translation>Solo el paciente %1</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <source>Import CSV files</source>
        <translation>Importar archivos CSV</translation>
    </message>
    <message>
        <source>Imported.

%1</source>
        <translation>Importación completada.

%1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export CSV files into</source>
        <translation>Exportar archivos CSV en</translation>
    </message>
    <message>
        <source>%1 patients, %2 diagnoses, %3 sessions and %4 measurements written to %5.</source>
        <translation>%1 pacientes, %2 diagnósticos, %3 sesiones y %4 mediciones escritos en %5.</translation>
    </message>
    <message>
        <source>Export FHIR</source>
        <translation>Exportar FHIR</translation>
    </message>
    <message>
        <source>Export FHIR R4 bundle</source>
        <translation>Exportar paquete FHIR R4</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 resources written to %2.</source>
        <translation>%1 recursos escritos en %2.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Crear copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Tricholog database (*.sqlite)</source>
        <translation>Base de datos de Tricholog (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Crear copia</translation>
    </message>
    <message>
        <source>A checked copy of the database is at %1.</source>
        <translation>Hay una copia comprobada de la base de datos en %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Tricholog database (*.sqlite *.bak);;All files (*)</source>
        <translation>Base de datos de Tricholog (*.sqlite *.bak);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>This file cannot be restored.

%1</source>
        <translation>Este archivo no se puede restaurar.

%1</translation>
    </message>
    <message>
        <source>Replace the open database with the backup %1 (last changed %2)?

The current database is kept beside it as a &quot;.before-restore&quot; copy. Tricholog closes the database, restores the backup and opens it again.</source>
        <translation>¿Sustituir la base de datos abierta por la copia de seguridad %1 (última modificación: %2)?

La base de datos actual se conserva junto a ella como copia &quot;.before-restore&quot;. Tricholog cierra la base de datos, restaura la copia de seguridad y la vuelve a abrir.</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Copia de seguridad automática</translation>
    </message>
    <message>
        <source>The automatic backup failed; your data is unchanged.

%1</source>
        <translation>La copia de seguridad automática ha fallado; sus datos no han cambiado.

%1</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file.</source>
        <translation>%1 es la propia base de datos abierta; elija otro archivo.</translation>
    </message>
    <message>
        <source>Writing the CSV files…</source>
        <translation>Escribiendo los archivos CSV…</translation>
    </message>
    <message>
        <source>Writing the FHIR bundle…</source>
        <translation>Escribiendo el bundle FHIR…</translation>
    </message>
    <message>
        <source>Writing and checking a copy of the database…</source>
        <translation>Escribiendo y comprobando una copia de la base de datos…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Keeping a copy of the database before closing…</source>
        <translation>Guardando una copia de la base de datos antes de cerrar…</translation>
    </message>
    <message>
        <source>Export FHIR NDJSON</source>
        <translation>Exportar FHIR NDJSON</translation>
    </message>
    <message>
        <source>Export FHIR NDJSON files into</source>
        <translation>Exportar archivos FHIR NDJSON en</translation>
    </message>
    <message>
        <source>Writing the FHIR NDJSON files…</source>
        <translation>Escribiendo los archivos FHIR NDJSON…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written to %1:
%2</source>
        <translation>Escrito en %1:
%2</translation>
    </message>
</context>
<context>
    <name>tricholog::DiagnosisDialog</name>
    <message>
        <source>Edit diagnosis</source>
        <translation>Editar diagnóstico</translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation>Nuevo diagnóstico</translation>
    </message>
    <message>
        <source>SALT: percent of hair loss per region</source>
        <translation>SALT: porcentaje de pérdida de pelo por región</translation>
    </message>
    <message>
        <source>&amp;Vertex (40 %):</source>
        <translation>&amp;Vértex (40 %):</translation>
    </message>
    <message>
        <source>&amp;Posterior (24 %):</source>
        <translation>&amp;Posterior (24 %):</translation>
    </message>
    <message>
        <source>&amp;Right side (18 %):</source>
        <translation>Lado de&amp;recho (18 %):</translation>
    </message>
    <message>
        <source>&amp;Left side (18 %):</source>
        <translation>Lado &amp;izquierdo (18 %):</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Trichoscopy findings</source>
        <translation>Hallazgos tricoscópicos</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;ICD-10 code:</source>
        <translation>Código I&amp;CD-10:</translation>
    </message>
    <message>
        <source>&amp;Diagnosed on:</source>
        <translation>Fecha de &amp;diagnóstico:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>I&amp;nicio:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Severity &amp;scale:</source>
        <translation>&amp;Escala de gravedad:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&lt;b&gt;SALT %1&lt;/b&gt; · band %2 · AA-IGA %3%4</source>
        <translation>&lt;b&gt;SALT %1&lt;/b&gt; · banda %2 · AA-IGA %3%4</translation>
    </message>
    <message>
        <source> · within the trial success criterion (SALT ≤ 20)</source>
        <translation> · dentro del criterio de éxito de los ensayos (SALT ≤ 20)</translation>
    </message>
    <message>
        <source>year, year and month, or a date: 2019, 2019-03, 2019-03-14</source>
        <translation>año, año y mes, o una fecha: 2019, 2019-03, 2019-03-14</translation>
    </message>
    <message>
        <source>Correct the marked region to see the score.</source>
        <translation>Corrija la región marcada para ver la puntuación.</translation>
    </message>
</context>
<context>
    <name>tricholog::DiagnosisTableModel</name>
    <message>
        <source>Diagnosed</source>
        <translation>Fecha de diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>ICD-10</source>
        <translation>ICD-10</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>tricholog::EntryDialog</name>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tricholog::ImportDialog</name>
    <message>
        <source>&amp;Patients:</source>
        <translation>&amp;Pacientes:</translation>
    </message>
    <message>
        <source>&amp;Diagnoses:</source>
        <translation>&amp;Diagnósticos:</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Sesiones:</translation>
    </message>
    <message>
        <source>&amp;Measurements:</source>
        <translation>&amp;Mediciones:</translation>
    </message>
    <message>
        <source>Import CSV files</source>
        <translation>Importar archivos CSV</translation>
    </message>
    <message>
        <source>One file per kind, with a header row (see the README for the columns). Everything is checked first: if any row is wrong, nothing is imported. Rows already in the database are left unchanged.</source>
        <translation>Un archivo por tipo, con una fila de encabezado (consulte el README para las columnas). Primero se comprueba todo: si alguna fila es incorrecta, no se importa nada. Las filas que ya están en la base de datos no se modifican.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>P&amp;review:</source>
        <translation>&amp;Vista previa:</translation>
    </message>
    <message>
        <source>Preview of</source>
        <translation>Vista previa de</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Check and &amp;import</source>
        <translation>Comprobar e &amp;importar</translation>
    </message>
    <message>
        <source>No %1 file chosen.</source>
        <translation>No se ha elegido ningún archivo de %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;No se puede leer %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>Missing columns: %1</source>
        <translation>Columnas que faltan: %1</translation>
    </message>
    <message>
        <source>Unknown columns: %1</source>
        <translation>Columnas desconocidas: %1</translation>
    </message>
    <message>
        <source>Not a column Tricholog knows: the import will refuse the file.</source>
        <translation>No es una columna que Tricholog conozca: la importación rechazará el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. %n problem(s):</source>
        <translation>
            <numerusform>No se importó nada. %n problema:</numerusform>
            <numerusform>No se importó nada. %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and importing the files…</source>
        <translation>Comprobando e importando los archivos…</translation>
    </message>
    <message>
        <source>%1 · %2 · delimiter %3 · %4 column(s) · %5 row(s)</source>
        <translation>%1 · %2 · delimitador %3 · %4 columna(s) · %5 fila(s)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
</context>
<context>
    <name>tricholog::ItemListEditor</name>
    <message>
        <source>Remove this row</source>
        <translation>Quitar esta fila</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>%1 gravedad</translation>
    </message>
    <message>
        <source>%1 detail</source>
        <translation>%1 detalle</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>tricholog::MainWindow</name>
    <message>
        <source>Find patient by name or MRN (Ctrl+F)</source>
        <translation>Buscar paciente por nombre o MRN (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <source>Show &amp;archived patients</source>
        <translation>Mostrar pacientes &amp;archivados</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Tricholog</source>
        <translation>Tricholog</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Co&amp;nfiguración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <source>&amp;Archive patient</source>
        <translation>&amp;Archivar paciente</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>Ne&amp;xt patient</source>
        <translation>Paciente si&amp;guiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious patient</source>
        <translation>Paciente an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nueva &amp;sesión…</translation>
    </message>
    <message>
        <source>New &amp;measurements…</source>
        <translation>Nuevas &amp;mediciones…</translation>
    </message>
    <message>
        <source>New &amp;diagnosis…</source>
        <translation>Nuevo &amp;diagnóstico…</translation>
    </message>
    <message>
        <source>New patient-reported &amp;outcome…</source>
        <translation>Nuevo &amp;resultado comunicado por el paciente…</translation>
    </message>
    <message>
        <source>Rep&amp;ort</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>&amp;Export progress report as PDF…</source>
        <translation>&amp;Exportar informe de evolución como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print progress report…</source>
        <translation>Im&amp;primir informe de evolución…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Tricholog</source>
        <translation>&amp;Acerca de Tricholog</translation>
    </message>
    <message>
        <source>About Tricholog</source>
        <translation>Acerca de Tricholog</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tricholog %1&lt;/b&gt;&lt;p&gt;Hair-loss clinic records, microneedling sessions and regrowth reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tricholog %1&lt;/b&gt;&lt;p&gt;Historias clínicas de consulta capilar, sesiones de microneedling e informes de repoblación capilar.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Restore from &amp;archive</source>
        <translation>&amp;Desarchivar paciente</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) listed</source>
        <translation>
            <numerusform>%n paciente en la lista</numerusform>
            <numerusform>%n pacientes en la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import CSV files…</source>
        <translation>&amp;Importar archivos CSV…</translation>
    </message>
    <message>
        <source>Export &amp;CSV files…</source>
        <translation>Exportar archivos &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;FHIR R4 bundle…</source>
        <translation>Exportar paquete &amp;FHIR R4…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Crear copia de seguridad &amp;ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Reload from the database</source>
        <translation>&amp;Recargar desde la base de datos</translation>
    </message>
    <message>
        <source>This database is open read-only (%1 cannot be written): you can look and print, but nothing can be saved.</source>
        <translation>Esta base de datos está abierta en solo lectura (%1 no se puede escribir): puede consultar e imprimir, pero no se puede guardar nada.</translation>
    </message>
    <message>
        <source>&amp;Attach photos…</source>
        <translation>&amp;Adjuntar fotos…</translation>
    </message>
    <message>
        <source>&amp;Compare photos…</source>
        <translation>&amp;Comparar fotos…</translation>
    </message>
    <message>
        <source>Export reports of the &amp;listed patients…</source>
        <translation>Exportar los informes de los pacientes &amp;listados…</translation>
    </message>
    <message>
        <source>%1 or more patients listed</source>
        <translation>%1 o más pacientes en la lista</translation>
    </message>
    <message>
        <source>Open a ser&amp;ver database…</source>
        <translation>Abrir una base de datos de ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Open a &amp;database file…</source>
        <translation>Abrir un archivo de base de &amp;datos…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Abrir un archivo de base de datos</translation>
    </message>
    <message>
        <source>Tricholog database (*.sqlite);;All files (*)</source>
        <translation>Base de datos de Tricholog (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 · signed in as %2 (%3)</source>
        <translation>%1 · sesión iniciada como %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Practice details…</source>
        <translation>Datos de la c&amp;onsulta…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Cambiar mi contraseña…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Se ha cambiado su contraseña.</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>C&amp;errar sesión…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Deshacer %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer %1 (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>%1 is not in the list: record actions are off until a patient of the list is open.</source>
        <translation>%1 no está en la lista: las acciones sobre la historia están desactivadas hasta que se abra un paciente de la lista.</translation>
    </message>
    <message>
        <source>This database is open read-only: its audit protection was changed outside Tricholog (%1). Nothing can be saved, so that nothing goes unlogged. Ask the administrator to run tricholog audit verify and to restore a backup.</source>
        <translation>Esta base de datos está abierta en solo lectura: su protección de auditoría se modificó fuera de Tricholog (%1). No se puede guardar nada, para que nada quede sin registrar. Pida al administrador que ejecute tricholog audit verify y que restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s head could not be recorded: %1</source>
        <translation>No se pudo guardar como ancla la última entrada del registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Export FHIR &amp;NDJSON files…</source>
        <translation>Exportar archivos FHIR &amp;NDJSON…</translation>
    </message>
    <message>
        <source>&amp;Clinic outcomes…</source>
        <translation>Resultados de la &amp;clínica…</translation>
    </message>
    <message>
        <source>Re&amp;call list…</source>
        <translation>Lista de &amp;llamadas…</translation>
    </message>
    <message>
        <source>Apply a treatment &amp;plan…</source>
        <translation>Aplicar un &amp;plan de tratamiento…</translation>
    </message>
    <message>
        <source>Protocol &amp;templates…</source>
        <translation>Pla&amp;ntillas de protocolo…</translation>
    </message>
</context>
<context>
    <name>tricholog::MeasurementGridDialog</name>
    <message>
        <source>Measurements for a visit</source>
        <translation>Mediciones de una visita</translation>
    </message>
    <message>
        <source>no session (measurement-only visit)</source>
        <translation>sin sesión (visita solo de medición)</translation>
    </message>
    <message>
        <source>%1 · %2 %3 mm%4</source>
        <translation>%1 · %2 %3 mm%4</translation>
    </message>
    <message>
        <source> · session %1</source>
        <translation> · sesión %1</translation>
    </message>
    <message>
        <source>e.g. videodermatoscope</source>
        <translation>p. ej. videodermatoscopio</translation>
    </message>
    <message>
        <source>name of the marked target area, e.g. tattoo 1 cm² vertex</source>
        <translation>nombre de la zona diana marcada, p. ej. tatuaje 1 cm² vértex</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>&amp;Fecha de la visita:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumento:</translation>
    </message>
    <message>
        <source>Ma&amp;gnification:</source>
        <translation>A&amp;umentos:</translation>
    </message>
    <message>
        <source>&amp;Target area:</source>
        <translation>&amp;Zona diana:</translation>
    </message>
    <message>
        <source>Measurements by site</source>
        <translation>Mediciones por zona</translation>
    </message>
    <message>
        <source>Type values per site; empty cells are not recorded. Tab moves right, Enter moves down, Delete clears.</source>
        <translation>Escriba los valores por zona; las celdas vacías no se registran. Tab avanza a la derecha, Intro baja, Supr borra.</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Editar medición</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Allowed: %2.</source>
        <translation>&quot;%1&quot; no es un número. Permitido: %2.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2.</source>
        <translation>%1 está fuera del intervalo permitido %2.</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Introduzca al menos un valor.</translation>
    </message>
    <message>
        <source>Measure from &amp;photo…</source>
        <translation>Medir en una &amp;foto…</translation>
    </message>
    <message>
        <source>Close this form and measure density, diameter and terminal/vellus shares from one of the patient&apos;s trichoscopic photos</source>
        <translation>Cerrar este formulario y medir densidad, diámetro y proporciones terminal/vello en una foto tricoscópica del paciente</translation>
    </message>
    <message>
        <source>Measure from photo</source>
        <translation>Medir en una foto</translation>
    </message>
    <message>
        <source>The values typed in this form will not be saved. Measure from a photo instead?</source>
        <translation>Los valores escritos en este formulario no se guardarán. ¿Medir en una foto en su lugar?</translation>
    </message>
</context>
<context>
    <name>tricholog::MeasurementTableModel</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Cum. thickness
(%1)</source>
        <translation>Grosor acum.
(%1)</translation>
    </message>
</context>
<context>
    <name>tricholog::NumberField</name>
    <message>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <source>A value is required (%1).</source>
        <translation>Se requiere un valor (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Allowed: %2.</source>
        <translation>&quot;%1&quot; no es un número. Permitido: %2.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2.</source>
        <translation>%1 está fuera del intervalo permitido %2.</translation>
    </message>
    <message>
        <source>%1 is not a whole number. Allowed: %2.</source>
        <translation>%1 no es un número entero. Permitido: %2.</translation>
    </message>
</context>
<context>
    <name>tricholog::OptionalDateEdit</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>a date such as %1 or %2</source>
        <translation>una fecha como %1 o %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type %2.</source>
        <translation>&quot;%1&quot; no es una fecha. Escriba %2.</translation>
    </message>
</context>
<context>
    <name>tricholog::OutcomeDialog</name>
    <message>
        <source>Edit patient-reported outcome</source>
        <translation>Editar resultado comunicado por el paciente</translation>
    </message>
    <message>
        <source>New patient-reported outcome</source>
        <translation>Nuevo resultado comunicado por el paciente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>&amp;Global self-assessment:</source>
        <translation>&amp;Autoevaluación global:</translation>
    </message>
    <message>
        <source>S&amp;hedding score (1-6):</source>
        <translation>Puntuación de &amp;caída (1-6):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>tricholog::OutcomeTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Global self-assessment</source>
        <translation>Autoevaluación global</translation>
    </message>
    <message>
        <source>Shedding (1-6)</source>
        <translation>Caída (1-6)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>tricholog::PatientDialog</name>
    <message>
        <source>Edit patient %1</source>
        <translation>Editar paciente %1</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Record number (MRN)</source>
        <translation>Número de historia (MRN)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Tipo %1</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>&amp;MRN:</source>
        <translation>&amp;MRN:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Given name(s):</source>
        <translation>&amp;Nombre(s):</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de na&amp;cimiento:</translation>
    </message>
    <message>
        <source>&amp;Sex at birth:</source>
        <translation>&amp;Sexo al nacer:</translation>
    </message>
    <message>
        <source>Fit&amp;zpatrick skin type:</source>
        <translation>Fototipo de Fit&amp;zpatrick:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Treatment consent on:</source>
        <translation>Consentimiento de tratam&amp;iento (fecha):</translation>
    </message>
    <message>
        <source>Ph&amp;oto consent:</source>
        <translation>Consentimiento de &amp;fotos:</translation>
    </message>
    <message>
        <source>&amp;Data-processing consent:</source>
        <translation>Consentimiento de tratamiento de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Photo consent date</source>
        <translation>Fecha del consentimiento de fotos</translation>
    </message>
    <message>
        <source>Data-processing consent date</source>
        <translation>Fecha del consentimiento de tratamiento de datos</translation>
    </message>
    <message>
        <source>already used</source>
        <translation>ya en uso</translation>
    </message>
    <message>
        <source>too long (max. %1)</source>
        <translation>demasiado largo (máx. %1)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>data-processing consent</source>
        <translation>consentimiento de tratamiento de datos</translation>
    </message>
    <message>
        <source>Save without %1?</source>
        <translation>¿Guardar sin %1?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>%1 has no %2 recorded. Save anyway?</source>
        <translation>Para %1 no se ha registrado lo siguiente: %2. ¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Go back and add it</source>
        <translation>&amp;Volver y completarlo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Consentimiento de tratamiento de datos</translation>
    </message>
    <message>
        <source>Not saved yet: add %1, or save again and confirm.</source>
        <translation>Aún no se ha guardado: complete los datos que faltan (%1) o vuelva a guardar y confirme.</translation>
    </message>
</context>
<context>
    <name>tricholog::PatientFileWidget</name>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>E&amp;volución</translation>
    </message>
    <message>
        <source>New &amp;diagnosis…</source>
        <translation>Nuevo &amp;diagnóstico…</translation>
    </message>
    <message>
        <source>D&amp;iagnoses</source>
        <translation>D&amp;iagnósticos</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nueva &amp;sesión…</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>New &amp;measurements…</source>
        <translation>Nuevas &amp;mediciones…</translation>
    </message>
    <message>
        <source>&amp;Measurements</source>
        <translation>&amp;Mediciones</translation>
    </message>
    <message>
        <source>New o&amp;utcome…</source>
        <translation>Nuevo res&amp;ultado…</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>Res&amp;ultados</translation>
    </message>
    <message>
        <source>Patient notes</source>
        <translation>Notas del paciente</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Guardar notas</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&lt;i&gt;No patient selected. Choose one in the list, or create one with Ctrl+N.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No hay ningún paciente seleccionado. Elija uno en la lista o cree uno con Ctrl+N.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; MRN %2 &amp;nbsp; %3%4%5</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; MRN %2 &amp;nbsp; %3%4%5</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>edad desconocida</translation>
    </message>
    <message>
        <source> · &lt;b&gt;archived&lt;/b&gt;</source>
        <translation> · &lt;b&gt;archivado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patient&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Paciente&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation>Sexo al nacer</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fototipo de Fitzpatrick</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Treatment consent</source>
        <translation>Consentimiento de tratamiento</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentimiento de fotos</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>sí, %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Consentimiento de tratamiento de datos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diagnoses&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Diagnósticos&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, desde %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No active diagnosis.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún diagnóstico activo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Treatment course&lt;/h3&gt;&lt;table&gt;</source>
        <translation>&lt;h3&gt;Ciclo de tratamiento&lt;/h3&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Next visit (expected)</source>
        <translation>Próxima visita (prevista)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Progress since baseline&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Evolución desde el valor basal&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basal</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>% change</source>
        <translation>% de cambio</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Al mes</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>single visit</source>
        <translation>visita única</translation>
    </message>
    <message>
        <source>&lt;p&gt;No measurements yet: record a baseline visit with Ctrl+M.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no hay mediciones: registre una visita basal con Ctrl+M.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S). Notes are also saved when you switch to another patient.</source>
        <translation>Guardar las notas (Ctrl+S). Las notas también se guardan al cambiar a otro paciente.</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <source>, diagnosed %1</source>
        <translation>, fecha de diagnóstico: %1</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
    </message>
    <message>
        <source>&amp;Treatment plan</source>
        <translation>Plan de &amp;tratamiento</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Due next</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
</context>
<context>
    <name>tricholog::PatientListModel</name>
    <message>
        <source>Density change since baseline at the main treated site</source>
        <translation>Cambio de densidad desde el valor basal en la zona tratada principal</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Main diagnosis</source>
        <translation>Diagnóstico principal</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Density Δ</source>
        <translation>Δ densidad</translation>
    </message>
    <message>
        <source>Hair density change since baseline, in %: the mean over the treated sites measured at least twice. Control sites (the occipital donor area) are left out.</source>
        <translation>Cambio de la densidad capilar desde el valor basal, en %: la media de las zonas tratadas medidas al menos dos veces. Las zonas de control (la zona donante occipital) no se incluyen.</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotoCompareDialog</name>
    <message>
        <source>Compare photos: %1</source>
        <translation>Comparar fotos: %1</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Antes:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Después:</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>S&amp;lider</source>
        <translation>&amp;Control deslizante</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>Show both photos whole (0)</source>
        <translation>Mostrar ambas fotos completas (0)</translation>
    </message>
    <message>
        <source>Wheel or + and − zoom both photos at once; drag or the arrow keys pan; M switches the mode; [ and ] move the slider.</source>
        <translation>La rueda o + y − amplían ambas fotos a la vez; arrastre o use las flechas para desplazar la imagen; M cambia el modo; [ y ] mueven el control deslizante.</translation>
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
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotoCompareView</name>
    <message>
        <source>Before and after photos</source>
        <translation>Fotos de antes y después</translation>
    </message>
    <message>
        <source>Wheel or + and - zoom both photos, drag or arrow keys pan, 0 fits, M switches between side by side and slider.</source>
        <translation>La rueda o + y - amplían ambas fotos, arrastrar o las flechas desplazan la imagen, 0 ajusta, M alterna entre lado a lado y control deslizante.</translation>
    </message>
    <message>
        <source>No photo chosen</source>
        <translation>Ninguna foto elegida</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotoTileDelegate</name>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>(select it for details)</source>
        <translation>(selecciónela para ver los detalles)</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotoTimelineModel</name>
    <message>
        <source>no photo</source>
        <translation>sin foto</translation>
    </message>
    <message>
        <source>Original missing</source>
        <translation>Falta el original</translation>
    </message>
    <message>
        <source>Original damaged</source>
        <translation>Original dañado</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>No se puede mostrar</translation>
    </message>
    <message>
        <source>Taken %1 (%2)</source>
        <translation>Tomada el %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 × %4 px · %5</source>
        <translation>%1 · %2 · %3 × %4 px · %5</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotosTab</name>
    <message>
        <source>&amp;Attach photos…</source>
        <translation>Ad&amp;juntar fotos…</translation>
    </message>
    <message>
        <source>Attach JPEG or PNG photos to a session (Ctrl+Shift+A); you can also drop files here</source>
        <translation>Adjuntar fotos JPEG o PNG a una sesión (Ctrl+Mayús+A); también puede soltar archivos aquí</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Before and after: two photos of one view with one zoom and pan</source>
        <translation>Antes y después: dos fotos de una misma vista con el mismo zoom y desplazamiento</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>C&amp;heck originals</source>
        <translation>C&amp;omprobar originales</translation>
    </message>
    <message>
        <source>Compare every original with the checksum recorded when it was stored</source>
        <translation>Comparar cada original con la suma de comprobación registrada al guardarlo</translation>
    </message>
    <message>
        <source>Photo timeline</source>
        <translation>Cronología de fotos</translation>
    </message>
    <message>
        <source>Photos belong to a session: record the first session (Ctrl+T), then attach its photos here.</source>
        <translation>Las fotos pertenecen a una sesión: registre la primera sesión (Ctrl+T) y adjunte aquí sus fotos.</translation>
    </message>
    <message>
        <source>No photos yet. Attach them with the button or Ctrl+Shift+A, or drop JPEG or PNG files here.</source>
        <translation>Aún no hay fotos. Adjúntelas con el botón o con Ctrl+Mayús+A, o suelte aquí archivos JPEG o PNG.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s). Enter or double-click compares a photo with the first of its view.</source>
        <translation>
            <numerusform>%n foto. Intro o doble clic compara una foto con la primera de su vista.</numerusform>
            <numerusform>%n fotos. Intro o doble clic compara una foto con la primera de su vista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Adjuntar fotos</translation>
    </message>
    <message>
        <source>Attach photos to a session</source>
        <translation>Adjuntar fotos a una sesión</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Check originals</source>
        <translation>Comprobar originales</translation>
    </message>
    <message numerus="yes">
        <source>%n stored photo(s) hidden until consent is given again.</source>
        <translation>
            <numerusform>%n foto guardada permanece oculta hasta que se vuelva a otorgar el consentimiento.</numerusform>
            <numerusform>%n fotos guardadas permanecen ocultas hasta que se vuelva a otorgar el consentimiento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) checked: all intact, each matching the checksum recorded when it was stored.</source>
        <translation>
            <numerusform>%n original comprobado: intacto, coincide con la suma de comprobación registrada al guardarlo.</numerusform>
            <numerusform>%n originales comprobados: todos intactos, cada uno coincide con la suma de comprobación registrada al guardarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) missing or damaged, marked in red.</source>
        <translation>
            <numerusform>%n original ausente o dañado, marcado en rojo.</numerusform>
            <numerusform>%n originales ausentes o dañados, marcados en rojo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing every original with its checksum…</source>
        <translation>Comparando cada original con su suma de comprobación…</translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation>&amp;Medir…</translation>
    </message>
    <message>
        <source>Count and measure the hairs in this trichoscopic photo, correct them by hand and save the figures as a measurement (Ctrl+Shift+M)</source>
        <translation>Contar y medir los pelos de esta foto tricoscópica, corregirlos a mano y guardar los valores como medición (Ctrl+Mayús+M)</translation>
    </message>
</context>
<context>
    <name>tricholog::PlanDialog</name>
    <message>
        <source>Apply a treatment plan</source>
        <translation>Aplicar un plan de tratamiento</translation>
    </message>
    <message>
        <source>Change the treatment plan</source>
        <translation>Cambiar el plan de tratamiento</translation>
    </message>
    <message>
        <source>(no template: fill in the plan below)</source>
        <translation>(sin plantilla: complete el plan abajo)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Ini&amp;cio:</translation>
    </message>
    <message>
        <source>The template&apos;s values are copied into this patient&apos;s plan; what you change here changes this plan only.</source>
        <translation>Los valores de la plantilla se copian en el plan de este paciente; lo que cambie aquí solo cambia este plan.</translation>
    </message>
    <message>
        <source>Visits already done stay done; the planned dates follow the new values.</source>
        <translation>Las visitas ya hechas siguen hechas; las fechas planificadas siguen los nuevos valores.</translation>
    </message>
    <message>
        <source>Replace the values you changed for this patient with those of the template &quot;%1&quot;?</source>
        <translation>¿Sustituir los valores cambiados para este paciente por los de la plantilla «%1»?</translation>
    </message>
</context>
<context>
    <name>tricholog::PlanEditor</name>
    <message>
        <source>Apply plan &quot;%1&quot;</source>
        <translation>Aplicar el plan «%1»</translation>
    </message>
    <message>
        <source>Change plan &quot;%1&quot;</source>
        <translation>Cambiar el plan «%1»</translation>
    </message>
    <message>
        <source>Stop plan &quot;%1&quot;</source>
        <translation>Detener el plan «%1»</translation>
    </message>
    <message>
        <source>Restart plan &quot;%1&quot;</source>
        <translation>Reanudar el plan «%1»</translation>
    </message>
    <message>
        <source>Stop the treatment plan</source>
        <translation>Detener el plan de tratamiento</translation>
    </message>
    <message>
        <source>The visits planned after this day are cancelled and the patient leaves the recall list. Undo (Ctrl+Z) brings the plan back.</source>
        <translation>Las visitas planificadas después de este día se cancelan y el paciente sale de la lista de llamadas. Deshacer (Ctrl+Z) recupera el plan.</translation>
    </message>
    <message>
        <source>Stopped &amp;on:</source>
        <translation>Detenido &amp;el:</translation>
    </message>
    <message>
        <source>Export the planned visits</source>
        <translation>Exportar las visitas planificadas</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s) written to %1.</source>
        <translation>
            <numerusform>%n visita planificada escrita en %1.</numerusform>
            <numerusform>%n visitas planificadas escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a call</source>
        <translation>Registrar una llamada</translation>
    </message>
</context>
<context>
    <name>tricholog::PlanTab</name>
    <message>
        <source>Appl&amp;y a template…</source>
        <translation>Apli&amp;car una plantilla…</translation>
    </message>
    <message>
        <source>Chan&amp;ge plan…</source>
        <translation>Cam&amp;biar el plan…</translation>
    </message>
    <message>
        <source>Stop p&amp;lan…</source>
        <translation>&amp;Detener el plan…</translation>
    </message>
    <message>
        <source>&amp;Calendar file…</source>
        <translation>Archivo de &amp;calendario…</translation>
    </message>
    <message>
        <source>The visits to come as an iCalendar file (.ics) for the patient&apos;s or the clinic&apos;s calendar; names the clinic, never the patient.</source>
        <translation>Las próximas visitas como archivo iCalendar (.ics) para el calendario del paciente o de la clínica; nombra la clínica, nunca al paciente.</translation>
    </message>
    <message>
        <source>Plan shown</source>
        <translation>Plan mostrado</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Visitas planificadas</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planificada para</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, desde el %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;No treatment plan. &lt;b&gt;Apply a template&lt;/b&gt; (Alt+Y) to plan the sessions and measurement visits from a start date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sin plan de tratamiento. &lt;b&gt;Aplique una plantilla&lt;/b&gt; para planificar las sesiones y las visitas de medición desde una fecha de inicio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restart p&amp;lan</source>
        <translation>&amp;Reanudar el plan</translation>
    </message>
    <message>
        <source>from %1, &lt;b&gt;stopped on %2&lt;/b&gt;</source>
        <translation>desde el %1, &lt;b&gt;detenido el %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 mm, every %n day(s), %3 sessions</source>
        <translation>
            <numerusform>%1, %2 mm, cada %n día, %3 sesiones</numerusform>
            <numerusform>%1, %2 mm, cada %n días, %3 sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Siguiente:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>nothing left to do</source>
        <translation>nada pendiente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adherence:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Adherencia:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>not yet measurable (no session due so far)</source>
        <translation>aún no medible (ninguna sesión vencida)</translation>
    </message>
</context>
<context>
    <name>tricholog::PracticeDialog</name>
    <message>
        <source>Your practice</source>
        <translation>Su consulta</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Datos de la consulta</translation>
    </message>
    <message>
        <source>A new database. Its reports are headed with your practice&apos;s name, address and logo, the same on every workstation; an administrator can change them later (File &gt; Practice details).</source>
        <translation>Una base de datos nueva. Sus informes llevan en el encabezado el nombre, la dirección y el logotipo de su consulta, iguales en todos los puestos; un administrador puede cambiarlos más adelante (Archivo &gt; Datos de la consulta).</translation>
    </message>
    <message>
        <source>as it should head the reports</source>
        <translation>tal como debe encabezar los informes</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>From each workstation&apos;s language and country (now %1)</source>
        <translation>Según el idioma y el país de cada puesto (ahora %1)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>&amp;Nombre de la consulta:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>Report &amp;paper size:</source>
        <translation>Tamaño del &amp;papel de los informes:</translation>
    </message>
    <message>
        <source>Practice logo</source>
        <translation>Logotipo de la consulta</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>sin logotipo</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>no es una imagen legible</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logotipo: %1</translation>
    </message>
</context>
<context>
    <name>tricholog::ProgressChartPanel</name>
    <message>
        <source>Me&amp;tric:</source>
        <translation>&amp;Métrica:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>A&amp;bsolute values</source>
        <translation>Valores a&amp;bsolutos</translation>
    </message>
    <message>
        <source>% c&amp;hange from baseline</source>
        <translation>% de &amp;cambio respecto al valor basal</translation>
    </message>
    <message>
        <source>Progress per site</source>
        <translation>Evolución por zona</translation>
    </message>
    <message>
        <source>One metric</source>
        <translation>Una métrica</translation>
    </message>
    <message>
        <source>Density and diameter</source>
        <translation>Densidad y diámetro</translation>
    </message>
</context>
<context>
    <name>tricholog::ProgressChartView</name>
    <message>
        <source>Progress chart</source>
        <translation>Gráfico de evolución</translation>
    </message>
    <message>
        <source>Export as PNG (print resolution)…</source>
        <translation>Exportar como PNG (resolución de impresión)…</translation>
    </message>
    <message>
        <source>Export as SVG (vector)…</source>
        <translation>Exportar como SVG (vectorial)…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>Gráfico escrito en %1.</translation>
    </message>
</context>
<context>
    <name>tricholog::ProtocolForm</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>dose, e.g. 5 % solution, 1 ml twice daily</source>
        <translation>dosis, p. ej. solución al 5 %, 1 ml dos veces al día</translation>
    </message>
    <message>
        <source>Dose of %1</source>
        <translation>Dosis de %1</translation>
    </message>
    <message>
        <source>weeks from the start, e.g. 0, 12, 24</source>
        <translation>semanas desde el inicio, p. ej. 0, 12, 24</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Adjuncts and doses:</source>
        <translation>Coadyuvantes y dosis:</translation>
    </message>
    <message>
        <source>Photos at those visits:</source>
        <translation>Fotos en esas visitas:</translation>
    </message>
    <message>
        <source>Measurement visits: &quot;%1&quot; is not a number of weeks (write them as 0, 12, 24).</source>
        <translation>Visitas de medición: «%1» no es un número de semanas (escríbalas así: 0, 12, 24).</translation>
    </message>
    <message>
        <source>Needle &amp;length:</source>
        <translation>Lon&amp;gitud de aguja:</translation>
    </message>
    <message>
        <source>Sessi&amp;ons:</source>
        <translation>Sesi&amp;ones:</translation>
    </message>
    <message>
        <source>Measurement visits (&amp;weeks):</source>
        <translation>Visitas de medición (&amp;semanas):</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;as:</translation>
    </message>
</context>
<context>
    <name>tricholog::RecallDialog</name>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>sesión %1</translation>
    </message>
    <message>
        <source>measurement, week %1</source>
        <translation>medición, semana %1</translation>
    </message>
    <message>
        <source>Recall list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Due &amp;within:</source>
        <translation>Vence &amp;dentro de:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;atrasados</translation>
    </message>
    <message>
        <source>Patients to call</source>
        <translation>Pacientes a llamar</translation>
    </message>
    <message>
        <source>Record a call: &lt;b&gt;1&lt;/b&gt; reached · &lt;b&gt;2&lt;/b&gt; no answer · &lt;b&gt;3&lt;/b&gt; message left · &lt;b&gt;4&lt;/b&gt; booked · &lt;b&gt;5&lt;/b&gt; declined, then &lt;b&gt;Enter&lt;/b&gt; (a note may be typed first). Enter alone opens the patient&apos;s file.</source>
        <translation>Registrar una llamada: &lt;b&gt;1&lt;/b&gt; contactado · &lt;b&gt;2&lt;/b&gt; sin respuesta · &lt;b&gt;3&lt;/b&gt; mensaje dejado · &lt;b&gt;4&lt;/b&gt; cita reservada · &lt;b&gt;5&lt;/b&gt; rechazado, luego &lt;b&gt;Intro&lt;/b&gt; (antes puede escribirse una nota). Intro solo abre la ficha del paciente.</translation>
    </message>
    <message>
        <source>note on the call (optional)</source>
        <translation>nota sobre la llamada (opcional)</translation>
    </message>
    <message>
        <source>Note on the call</source>
        <translation>Nota sobre la llamada</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) to call</source>
        <translation>
            <numerusform>%n paciente a llamar</numerusform>
            <numerusform>%n pacientes a llamar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n atrasado</numerusform>
            <numerusform>%n atrasados</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 (%3): Enter records it, Esc cancels</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; para %2 (%3): Intro lo registra, Esc cancela</translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation>Exportar la lista de llamadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) written to %1.</source>
        <translation>
            <numerusform>%n paciente escrito en %1.</numerusform>
            <numerusform>%n pacientes escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the recall list</source>
        <translation>Imprimir la lista de llamadas</translation>
    </message>
    <message>
        <source>Take back the last call</source>
        <translation>Anular la última llamada</translation>
    </message>
    <message>
        <source>Record the call again</source>
        <translation>Registrar de nuevo la llamada</translation>
    </message>
    <message>
        <source>Taken back: %1, %2.</source>
        <translation>Anulada: %1, %2.</translation>
    </message>
    <message>
        <source>Recorded again: %1, %2.</source>
        <translation>Registrada de nuevo: %1, %2.</translation>
    </message>
    <message>
        <source>Recorded: %1, %2. Ctrl+Z takes it back.</source>
        <translation>Registrada: %1, %2. Ctrl+Z la anula.</translation>
    </message>
</context>
<context>
    <name>tricholog::RecordEditor</name>
    <message>
        <source>Tricholog</source>
        <translation>Tricholog</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archivar %1</translation>
    </message>
    <message>
        <source>Restore %1 from the archive</source>
        <translation>Desarchivar %1</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <source>Delete the diagnosis %1 of %2? You can undo this.</source>
        <translation>¿Eliminar el diagnóstico %1 del %2? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Delete the session of %1? Its measurements and outcomes are kept. You can undo this.</source>
        <translation>¿Eliminar la sesión del %1? Sus mediciones y resultados se conservan. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>one site</source>
        <translation>una zona</translation>
    </message>
    <message>
        <source>Editing changes one site&apos;s measurement: leave values in one row only.</source>
        <translation>Al editar se modifica la medición de una sola zona: deje valores en una sola fila.</translation>
    </message>
    <message>
        <source>Delete the %1 measurement of %2? You can undo this.</source>
        <translation>¿Eliminar la medición de %1 del %2? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Delete the outcome of %1? You can undo this.</source>
        <translation>¿Eliminar el resultado del %1? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Photo consent withdrawn</source>
        <translation>Consentimiento de fotos retirado</translation>
    </message>
    <message>
        <source>Delete the photos permanently? This cannot be undone. Kept photos stay hidden, and show again if consent is given again.</source>
        <translation>¿Eliminar las fotos definitivamente? No se puede deshacer. Las fotos conservadas permanecen ocultas y vuelven a mostrarse si se otorga de nuevo el consentimiento.</translation>
    </message>
    <message>
        <source>&amp;Delete the photos</source>
        <translation>&amp;Eliminar las fotos</translation>
    </message>
    <message>
        <source>&amp;Keep them hidden</source>
        <translation>&amp;Mantenerlas ocultas</translation>
    </message>
    <message>
        <source>Photos belong to a session: record the session first (Ctrl+T), then attach its photos.</source>
        <translation>Las fotos pertenecen a una sesión: registre primero la sesión (Ctrl+T) y después adjunte sus fotos.</translation>
    </message>
    <message>
        <source>Not attached:
%1</source>
        <translation>Archivos no adjuntados:
%1</translation>
    </message>
    <message>
        <source>Delete the %1 photo taken %2? You can undo this.</source>
        <translation>¿Eliminar la foto &quot;%1&quot; tomada el %2? Puede deshacerlo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 no longer consents to photos: %n photo(s) hidden from now on.</source>
        <translation>
            <numerusform>%1 ha retirado el consentimiento de fotos: %n foto queda oculta a partir de ahora.</numerusform>
            <numerusform>%1 ha retirado el consentimiento de fotos: %n fotos quedan ocultas a partir de ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Adjuntar fotos</translation>
    </message>
    <message>
        <source>Reading the photos…</source>
        <translation>Leyendo las fotos…</translation>
    </message>
    <message>
        <source>Cancelled: no photo was attached.</source>
        <translation>Cancelado: no se ha adjuntado ninguna foto.</translation>
    </message>
    <message>
        <source>The patient of this form no longer exists.</source>
        <translation>El paciente de este formulario ya no existe.</translation>
    </message>
    <message>
        <source>%1 has no trichoscopic photo to measure: attach one in the Photos tab first.</source>
        <translation>%1 no tiene ninguna foto tricoscópica que medir: adjunte una primero en la pestaña Fotos.</translation>
    </message>
    <message>
        <source>%1&apos;s photos are hidden (no photo consent).</source>
        <translation>Las fotos de %1 están ocultas (sin consentimiento fotográfico).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Measure from photo</source>
        <translation>Medir en una foto</translation>
    </message>
    <message>
        <source>&amp;Photo:</source>
        <translation>&amp;Foto:</translation>
    </message>
</context>
<context>
    <name>tricholog::ReportActions</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;From (empty: first record):</source>
        <translation>&amp;Desde (vacío: primer registro):</translation>
    </message>
    <message>
        <source>&amp;To (empty: latest record):</source>
        <translation>&amp;Hasta (vacío: último registro):</translation>
    </message>
    <message>
        <source>Export progress report</source>
        <translation>Exportar informe de evolución</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print progress report</source>
        <translation>Imprimir informe de evolución</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Export the reports of the listed patients into</source>
        <translation>Exportar los informes de los pacientes listados a</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Exportar informes</translation>
    </message>
    <message>
        <source>Writing the progress reports…</source>
        <translation>Escribiendo los informes de evolución…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>%n informe escrito en %1.</numerusform>
            <numerusform>%n informes escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end of the list.</source>
        <translation>Cancelado antes del final de la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be written.</source>
        <translation>
            <numerusform>%n informe no se pudo escribir.</numerusform>
            <numerusform>%n informes no se pudieron escribir.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The report was made, but the audit trail could not record it: %1</source>
        <translation>El informe se generó, pero no se pudo anotar en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Vista previa de impresión: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n página escrita en %1.</numerusform>
            <numerusform>%n páginas escritas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::ServerDialog</name>
    <message>
        <source>Open a server database</source>
        <translation>Abrir una base de datos de servidor</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared by the clinic&apos;s workstations. Ask the clinic&apos;s IT for the address; the password is not stored.</source>
        <translation>Una base de datos PostgreSQL compartida por los puestos de la clínica. Pida la dirección al equipo de TI de la clínica; la contraseña no se guarda.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
</context>
<context>
    <name>tricholog::SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>New microneedling session</source>
        <translation>Nueva sesión de microneedling</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Número de sesión</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Sesiones previstas</translation>
    </message>
    <message>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <source>e.g. vertical, horizontal, diagonal</source>
        <translation>p. ej. vertical, horizontal, diagonal</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>name, e.g. lidocaine 5% cream</source>
        <translation>nombre, p. ej. lidocaína crema al 5%</translation>
    </message>
    <message>
        <source>Anaesthetic contact time</source>
        <translation>Tiempo de contacto del anestésico</translation>
    </message>
    <message>
        <source>dose, e.g. 5% or 4 ml</source>
        <translation>dosis, p. ej. 5% o 4 ml</translation>
    </message>
    <message>
        <source>Add &amp;adjunct</source>
        <translation>Añad&amp;ir coadyuvante</translation>
    </message>
    <message>
        <source>e.g. oral finasteride 1 mg daily</source>
        <translation>p. ej. finasterida oral 1 mg al día</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>Add adverse &amp;event</source>
        <translation>Añadir &amp;evento adverso</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>Session n&amp;umber:</source>
        <translation>&amp;Número de sesión:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>Op&amp;erador:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>Needle &amp;length:</source>
        <translation>&amp;Longitud de aguja:</translation>
    </message>
    <message>
        <source>Needle &amp;count:</source>
        <translation>Número de a&amp;gujas:</translation>
    </message>
    <message>
        <source>&amp;Passes:</source>
        <translation>&amp;Pasadas:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>Treated &amp;zones:</source>
        <translation>&amp;Zonas tratadas:</translation>
    </message>
    <message>
        <source>&amp;Endpoint reached:</source>
        <translation>Punto fin&amp;al alcanzado:</translation>
    </message>
    <message>
        <source>Ana&amp;esthetic:</source>
        <translation>Anes&amp;tésico:</translation>
    </message>
    <message>
        <source>Ad&amp;juncts:</source>
        <translation>Coad&amp;yuvantes:</translation>
    </message>
    <message>
        <source>&amp;Background therapy:</source>
        <translation>Tratamiento de &amp;base:</translation>
    </message>
    <message>
        <source>Pa&amp;in (0-10):</source>
        <translation>Dol&amp;or (0-10):</translation>
    </message>
    <message>
        <source>Adverse e&amp;vents:</source>
        <translation>Eventos ad&amp;versos:</translation>
    </message>
    <message>
        <source>Post-&amp;care:</source>
        <translation>&amp;Cuidados posteriores:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>Adjunct</source>
        <translation>Coadyuvante</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Evento adverso</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
</context>
<context>
    <name>tricholog::SessionTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aguja</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto final</translation>
    </message>
    <message>
        <source>Adjuncts</source>
        <translation>Coadyuvantes</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>tricholog::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source> µm</source>
        <translation> µm</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Vellus hairs below:</source>
        <translation>Pelos &amp;vellosos por debajo de:</translation>
    </message>
    <message>
        <source>&amp;Terminal hairs from:</source>
        <translation>Pelos &amp;terminales desde:</translation>
    </message>
    <message>
        <source>&amp;Responder: density gain of at least:</source>
        <translation>&amp;Respondedor: aumento de densidad de al menos:</translation>
    </message>
    <message>
        <source>Default &amp;device:</source>
        <translation>Dis&amp;positivo predeterminado:</translation>
    </message>
    <message>
        <source>Default needle l&amp;ength:</source>
        <translation>Longitud de a&amp;guja predeterminada:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Bl&amp;oquear tras inactividad:</translation>
    </message>
    <message>
        <source>Vellus threshold</source>
        <translation>Umbral de pelo velloso</translation>
    </message>
    <message>
        <source>at most the terminal threshold</source>
        <translation>como máximo el umbral de pelo terminal</translation>
    </message>
    <message>
        <source>Vellus threshold: %1 µm is above the terminal threshold (%2 µm).</source>
        <translation>Umbral de pelo velloso: %1 µm es superior al umbral de pelo terminal (%2 µm).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> copias</translation>
    </message>
    <message>
        <source>On closing, a checked copy of the database goes into the backup folder; the newest copies are kept.</source>
        <translation>Al cerrar, se guarda una copia comprobada de la base de datos en la carpeta de copias de seguridad; se conservan las copias más recientes.</translation>
    </message>
    <message>
        <source>a &quot;backups&quot; folder beside the database</source>
        <translation>una carpeta &quot;backups&quot; junto a la base de datos</translation>
    </message>
    <message>
        <source>Automatic &amp;backups on exit:</source>
        <translation>&amp;Copias de seguridad automáticas al salir:</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Carpeta de copias de &amp;seguridad:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Takes effect the next time Tricholog starts.</source>
        <translation>Se aplica la próxima vez que se inicie Tricholog.</translation>
    </message>
    <message>
        <source>Lan&amp;guage (at next start):</source>
        <translation>Idio&amp;ma (en el próximo inicio):</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>sin mínimo</translation>
    </message>
    <message>
        <source>Before this follow-up a site reads &quot;too early to judge&quot;; 12 weeks is the usual first end point of microneedling trials.</source>
        <translation>Antes de este seguimiento, una zona indica &quot;demasiado pronto para valorar&quot;; 12 semanas es el primer momento de evaluación habitual en los ensayos de microneedling.</translation>
    </message>
    <message>
        <source>Minimum &amp;follow-up for a verdict:</source>
        <translation>Seguimiento mín&amp;imo para una valoración:</translation>
    </message>
    <message>
        <source>&amp;Control sites (no verdict):</source>
        <translation>&amp;Zonas de control (sin valoración):</translation>
    </message>
    <message>
        <source>e.g. HC-{year}-{n:05}; empty: none</source>
        <translation>p. ej. HC-{year}-{n:05}; vacío: ninguno</translation>
    </message>
    <message>
        <source>Proposes the next record number for a new patient: {year} is the year, {n} a running number, {n:05} one of 5 digits.</source>
        <translation>Propone el siguiente número de historia para un paciente nuevo: {year} es el año, {n} un número correlativo, {n:05} uno de 5 dígitos.</translation>
    </message>
    <message>
        <source>&amp;MRN pattern:</source>
        <translation>Patrón de &amp;MRN:</translation>
    </message>
    <message>
        <source>MRN pattern</source>
        <translation>Patrón de MRN</translation>
    </message>
    <message>
        <source>one {n} or {n:05}</source>
        <translation>un {n} o {n:05}</translation>
    </message>
    <message>
        <source>MRN pattern: it needs exactly one running number, {n} or {n:05}.</source>
        <translation>Patrón de MRN: necesita exactamente un número correlativo, {n} o {n:05}.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A session recorded this many days before or after a planned one counts as that planned session (adherence, recall).</source>
        <translation>Una sesión registrada tantos días antes o después de una planificada cuenta como esa sesión planificada (adherencia, llamadas).</translation>
    </message>
    <message>
        <source>Measurements taken this many days before or after a planned measurement visit count as that visit.</source>
        <translation>Las mediciones tomadas tantos días antes o después de una visita de medición planificada cuentan como esa visita.</translation>
    </message>
    <message>
        <source>Planned &amp;session kept within:</source>
        <translation>&amp;Sesión planificada cumplida en:</translation>
    </message>
    <message>
        <source>Planned measurement visit &amp;kept within:</source>
        <translation>Visita de medición planificada cumplida &amp;en:</translation>
    </message>
</context>
<context>
    <name>tricholog::SignInDialog</name>
    <message>
        <source>Sign in to Tricholog</source>
        <translation>Iniciar sesión en Tricholog</translation>
    </message>
    <message>
        <source>Sign in to open %1.</source>
        <translation>Inicie sesión para abrir %1.</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <source>Tricholog is locked</source>
        <translation>Tricholog está bloqueado</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Crear e iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit Tricholog</source>
        <translation>Salir de Tricholog</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create its administrator, who then adds the clinicians and assistants (Account &gt; Users).</source>
        <translation>Esta base de datos aún no tiene cuentas. Cree su administrador, que después añadirá médicos y asistentes (Cuenta &gt; Usuarios).</translation>
    </message>
    <message>
        <source>Demo database, fictitious patients. Accounts (user / password):
%1 / %2 (administrator)
%3 / %4 (clinician)
%5 / %6 (assistant)</source>
        <translation>Base de datos de demostración, pacientes ficticios. Cuentas (usuario / contraseña):
%1 / %2 (administrador)
%3 / %4 (médico)
%5 / %6 (asistente)</translation>
    </message>
    <message>
        <source>Locked by %1 at %2. Enter the password of %1 to go on, or sign in as someone else.</source>
        <translation>Bloqueado por %1 a las %2. Introduzca la contraseña de %1 para continuar o inicie sesión como otra persona.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use. Enter the password of %1 to go on, or sign in as someone else.</source>
        <translation>
            <numerusform>Bloqueado tras %n minuto de inactividad. Introduzca la contraseña de %1 para continuar o inicie sesión como otra persona.</numerusform>
            <numerusform>Bloqueado tras %n minutos de inactividad. Introduzca la contraseña de %1 para continuar o inicie sesión como otra persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Iniciar sesión como &amp;otra persona</translation>
    </message>
    <message>
        <source>Sign in with your own account. The locked session of %1 ends; its typed notes were saved when it locked.</source>
        <translation>Inicie sesión con su propia cuenta. La sesión bloqueada de %1 se cierra; las notas escritas en ella se guardaron al bloquearse.</translation>
    </message>
</context>
<context>
    <name>tricholog::SiteProgressModel</name>
    <message>
        <source>single visit</source>
        <translation>visita única</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basal</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Al mes</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
    </message>
</context>
<context>
    <name>tricholog::TemplatesDialog</name>
    <message>
        <source>Protocol templates</source>
        <translation>Plantillas de protocolo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Only clinicians and administrators change protocol templates.</source>
        <translation>Solo los clínicos y los administradores cambian las plantillas de protocolo.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«%1» guardada.</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? The plans made from it keep their own copy.</source>
        <translation>¿Eliminar la plantilla «%1»? Los planes hechos con ella conservan su propia copia.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>«%1» eliminada.</translation>
    </message>
    <message>
        <source>New te&amp;mplate</source>
        <translation>Nueva &amp;plantilla</translation>
    </message>
    <message>
        <source>The new template has changes that are not saved. Save them?</source>
        <translation>La nueva plantilla tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>La plantilla «%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
</context>
<context>
    <name>tricholog::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Bloqueado hasta</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar el &amp;rol…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer la &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation>&amp;Desactivar / activar</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Password (at least %1 characters):</source>
        <translation>Contraseña (al menos %1 caracteres):</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar el rol</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <source>New password (at least %1 characters):</source>
        <translation>Contraseña nueva (al menos %1 caracteres):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
</TS>
