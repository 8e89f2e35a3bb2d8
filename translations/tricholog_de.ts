<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Access</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator(in)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistenz</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>The image is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>The image has %1 megapixels; at most %2 can be analysed.</source>
        <translation>Das Bild hat %1 Megapixel; höchstens %2 können analysiert werden.</translation>
    </message>
    <message>
        <source>The scale must be between 0.2 and 50 micrometres per pixel (given: %1).</source>
        <translation>Der Maßstab muss zwischen 0,2 und 50 Mikrometern pro Pixel liegen (angegeben: %1).</translation>
    </message>
    <message>
        <source>The vellus threshold (%1 um) must be above 0 and at most the terminal threshold (%2 um, at most 300).</source>
        <translation>Die Vellus-Schwelle (%1 µm) muss über 0 und höchstens so groß wie die Terminal-Schwelle sein (%2 µm, höchstens 300).</translation>
    </message>
    <message>
        <source>The field %1,%2,%3,%4 does not lie inside the %5 x %6 image.</source>
        <translation>Das Feld %1,%2,%3,%4 liegt nicht innerhalb des Bildes (%5 x %6).</translation>
    </message>
    <message>
        <source>The circle at %1,%2 with radius %3 does not lie inside the %4 x %5 image.</source>
        <translation>Der Kreis bei %1,%2 mit Radius %3 liegt nicht innerhalb des Bildes (%4 x %5).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read (JPEG or PNG).</source>
        <translation>%1 ist kein lesbares Bild (JPEG oder PNG).</translation>
    </message>
    <message>
        <source>%1 has %2 megapixels; at most %3 can be analysed.</source>
        <translation>%1 hat %2 Megapixel; höchstens %3 können analysiert werden.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The ruler&apos;s division must be 0.1 or 1 mm (given: %1).</source>
        <translation>Die Teilung des Maßstabs muss 0,1 oder 1 mm sein (angegeben: %1).</translation>
    </message>
    <message>
        <source>The ruler image is too small: at least 64 x 64 pixels are needed.</source>
        <translation>Das Bild des Maßstabs ist zu klein: Es werden mindestens 64 x 64 Pixel benötigt.</translation>
    </message>
    <message>
        <source>No regular tick marks were found: the image needs at least four ticks of the ruler, in focus, across the field.</source>
        <translation>Es wurden keine regelmäßigen Teilstriche gefunden: Das Bild braucht mindestens vier scharf abgebildete Teilstriche des Maßstabs im Feld.</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Die Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The analysis needs more memory than this computer has free.</source>
        <translation>Die Analyse braucht mehr Arbeitsspeicher, als dieser Computer frei hat.</translation>
    </message>
    <message>
        <source>%1 detected, %2 added, %3 removed</source>
        <translation>%1 erkannt, %2 hinzugefügt, %3 entfernt</translation>
    </message>
    <message>
        <source>Image analysis %1 %2 of photo %3: %4.</source>
        <translation>Bildanalyse %1 %2 des Fotos %3: %4.</translation>
    </message>
    <message>
        <source>There is no hair %1.</source>
        <translation>Haar %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Hair %1 has been removed.</source>
        <translation>Haar %1 wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>A hair&apos;s width must be between 1 and 300 um (given: %1).</source>
        <translation>Die Breite eines Haares muss zwischen 1 und 300 µm liegen (angegeben: %1).</translation>
    </message>
    <message>
        <source>A hair drawn by hand must be at least 3 pixels long and lie inside the image.</source>
        <translation>Ein von Hand gezeichnetes Haar muss mindestens 3 Pixel lang sein und innerhalb des Bildes liegen.</translation>
    </message>
    <message>
        <source>Hair %1 cannot be split so near one of its ends.</source>
        <translation>Haar %1 kann nicht so nah an einem seiner Enden geteilt werden.</translation>
    </message>
    <message>
        <source>Hair %1 of the stored analysis has no path.</source>
        <translation>Haar %1 der gespeicherten Analyse hat keinen Pfad.</translation>
    </message>
    <message>
        <source>The stored analysis is damaged: %1</source>
        <translation>Die gespeicherte Analyse ist beschädigt: %1</translation>
    </message>
    <message>
        <source>unknown format %1.</source>
        <translation>unbekanntes Format %1.</translation>
    </message>
    <message>
        <source>edit %1 names no hair of the analysis.</source>
        <translation>Korrektur %1 nennt kein Haar der Analyse.</translation>
    </message>
    <message>
        <source>The field&apos;s outline (%1 corners) does not enclose an area inside the %2 x %3 image.</source>
        <translation>Der Umriss des Messfelds (%1 Ecken) umschließt keine Fläche innerhalb des Bildes von %2 x %3.</translation>
    </message>
    <message>
        <source>Both photos must be at least %1 pixels on each side to be aligned.</source>
        <translation>Beide Fotos müssen auf jeder Seite mindestens %1 Pixel haben, um ausgerichtet zu werden.</translation>
    </message>
    <message>
        <source>The two photos&apos; scales differ more than four times (ratio %1).</source>
        <translation>Die Maßstäbe der beiden Fotos unterscheiden sich mehr als vierfach (Verhältnis %1).</translation>
    </message>
    <message>
        <source>The alignment was cancelled.</source>
        <translation>Die Ausrichtung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Match at least three points between the two photos.</source>
        <translation>Ordnen Sie mindestens drei Punkte zwischen den beiden Fotos zu.</translation>
    </message>
    <message>
        <source>The matched points are too close together or on one line: spread them over the photo.</source>
        <translation>Die zugeordneten Punkte liegen zu nah beieinander oder auf einer Linie: verteilen Sie sie über das Foto.</translation>
    </message>
</context>
<context>
    <name>Anchors</name>
    <message>
        <source>%1, line %2: not an audit anchor (%3).</source>
        <translation>%1, Zeile %2: kein Audit-Anker (%3).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog backup with an audit trail.</source>
        <translation>%1 ist keine Tricholog-Sicherung mit Audit-Protokoll.</translation>
    </message>
    <message>
        <source>the backup&apos;s own trail</source>
        <translation>das eigene Audit-Protokoll der Sicherung</translation>
    </message>
    <message>
        <source>audit entry %1 · %2</source>
        <translation>Audit-Eintrag %1 · %2</translation>
    </message>
    <message>
        <source>Not recording the audit anchor: %1 is not a regular file.</source>
        <translation>Der Audit-Anker wird nicht festgehalten: %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the audit anchor to %1: %2</source>
        <translation>Der Audit-Anker kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than an anchor file can be (%2 MiB).</source>
        <translation>%1 ist größer, als eine Ankerdatei sein darf (%2 MiB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the anchor belongs to another practice (%1; this database is %2)</source>
        <translation>der Anker gehört zu einer anderen Praxis (%1; die Praxis dieser Datenbank ist %2)</translation>
    </message>
    <message>
        <source>the trail ends at entry %1, but entry %2 was seen on %3 (%4): entries were removed</source>
        <translation>das Audit-Protokoll endet bei Eintrag %1, am %3 (%4) war aber bereits Eintrag %2 vorhanden: Einträge wurden entfernt</translation>
    </message>
    <message>
        <source>entry %1 is not the one seen on %2 (%3): its hash differs, the trail was written anew</source>
        <translation>Eintrag %1 ist nicht derselbe wie am %2 (%3): Sein Hash weicht ab, das Audit-Protokoll wurde neu geschrieben</translation>
    </message>
    <message>
        <source>this database&apos;s anchor of %1 (%2) was recorded for another practice (%3; this database is %4), and no new database or restore of this practice was recorded here since: its practice id was changed, or another file was put in its place</source>
        <translation>der Anker dieser Datenbank vom %1 (%2) wurde für eine andere Praxis festgehalten (%3; die Praxis dieser Datenbank ist %4), und seitdem wurde hier weder eine neue Datenbank noch eine Wiederherstellung dieser Praxis festgehalten: ihre Praxis-ID wurde geändert, oder eine andere Datei wurde an ihre Stelle gelegt</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entry %1 does not link to the entry before it (one was removed, inserted or changed)</source>
        <translation>Eintrag %1 ist nicht mit dem vorherigen Eintrag verkettet (einer wurde entfernt, eingefügt oder geändert)</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Fotoeinwilligung</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Einwilligung zur Datenverarbeitung</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trichoscopic findings</source>
        <translation>Trichoskopische Befunde</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Clinical endpoint</source>
        <translation>Klinischer Endpunkt</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anästhesie</translation>
    </message>
    <message>
        <source>Target area</source>
        <translation>Zielareal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Treatment zone</source>
        <translation>Behandlungszone</translation>
    </message>
    <message>
        <source>Adjunct</source>
        <translation>Zusatzwirkstoff</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Unerwünschtes Ereignis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Time source</source>
        <translation>Zeitquelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Added the patient</source>
        <translation>Patient hinzugefügt</translation>
    </message>
    <message>
        <source>Changed the patient&apos;s details</source>
        <translation>Patientendaten geändert</translation>
    </message>
    <message>
        <source>Archived the patient</source>
        <translation>Patient archiviert</translation>
    </message>
    <message>
        <source>Restored the patient from the archive</source>
        <translation>Patient aus dem Archiv wiederhergestellt</translation>
    </message>
    <message>
        <source>Deleted the patient</source>
        <translation>Patient gelöscht</translation>
    </message>
    <message>
        <source>Added the patient %1</source>
        <translation>Patient %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Changed the details of the patient %1</source>
        <translation>Daten des Patienten %1 geändert</translation>
    </message>
    <message>
        <source>Archived the patient %1</source>
        <translation>Patient %1 archiviert</translation>
    </message>
    <message>
        <source>Restored the patient %1 from the archive</source>
        <translation>Patient %1 aus dem Archiv wiederhergestellt</translation>
    </message>
    <message>
        <source>Deleted the patient %1</source>
        <translation>Patient %1 gelöscht</translation>
    </message>
    <message>
        <source>Added a diagnosis: %1</source>
        <translation>Diagnose hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Changed the diagnosis %1</source>
        <translation>Diagnose geändert: %1</translation>
    </message>
    <message>
        <source>Deleted the diagnosis %1</source>
        <translation>Diagnose gelöscht: %1</translation>
    </message>
    <message>
        <source>Added a session on %1</source>
        <translation>Sitzung vom %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Changed the session of %1</source>
        <translation>Sitzung vom %1 geändert</translation>
    </message>
    <message>
        <source>Deleted the session of %1</source>
        <translation>Sitzung vom %1 gelöscht</translation>
    </message>
    <message>
        <source>Added a measurement at %1</source>
        <translation>Messung hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Changed the measurement at %1</source>
        <translation>Messung geändert: %1</translation>
    </message>
    <message>
        <source>Deleted the measurement at %1</source>
        <translation>Messung gelöscht: %1</translation>
    </message>
    <message>
        <source>Added a patient-reported outcome of %1</source>
        <translation>Patientenbewertung vom %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Changed the patient-reported outcome of %1</source>
        <translation>Patientenbewertung vom %1 geändert</translation>
    </message>
    <message>
        <source>Deleted the patient-reported outcome of %1</source>
        <translation>Patientenbewertung vom %1 gelöscht</translation>
    </message>
    <message>
        <source>Added a photo: %1</source>
        <translation>Foto hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Changed the photo %1</source>
        <translation>Foto geändert: %1</translation>
    </message>
    <message>
        <source>Deleted the photo %1</source>
        <translation>Foto gelöscht: %1</translation>
    </message>
    <message>
        <source>Added the treatment zone %1 to a session</source>
        <translation>Behandlungszone %1 zu einer Sitzung hinzugefügt</translation>
    </message>
    <message>
        <source>Changed the treatment zone %1 of a session</source>
        <translation>Behandlungszone %1 einer Sitzung geändert</translation>
    </message>
    <message>
        <source>Removed the treatment zone %1 from a session</source>
        <translation>Behandlungszone %1 aus einer Sitzung entfernt</translation>
    </message>
    <message>
        <source>Added the adjunct %1 to a session</source>
        <translation>Zusatzwirkstoff %1 zu einer Sitzung hinzugefügt</translation>
    </message>
    <message>
        <source>Changed the adjunct %1 of a session</source>
        <translation>Zusatzwirkstoff %1 einer Sitzung geändert</translation>
    </message>
    <message>
        <source>Removed the adjunct %1 from a session</source>
        <translation>Zusatzwirkstoff %1 aus einer Sitzung entfernt</translation>
    </message>
    <message>
        <source>Recorded the adverse event %1 in a session</source>
        <translation>Unerwünschtes Ereignis %1 in einer Sitzung erfasst</translation>
    </message>
    <message>
        <source>Changed the adverse event %1 of a session</source>
        <translation>Unerwünschtes Ereignis %1 einer Sitzung geändert</translation>
    </message>
    <message>
        <source>Removed the adverse event %1 from a session</source>
        <translation>Unerwünschtes Ereignis %1 aus einer Sitzung entfernt</translation>
    </message>
    <message>
        <source>Added the account %1</source>
        <translation>Konto %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Changed the account %1</source>
        <translation>Konto %1 geändert</translation>
    </message>
    <message>
        <source>Deleted the account %1</source>
        <translation>Konto %1 gelöscht</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>patient-reported outcome</source>
        <translation>Patientenbewertung</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>treatment zone</source>
        <translation>Behandlungszone</translation>
    </message>
    <message>
        <source>adjunct</source>
        <translation>Zusatzwirkstoff</translation>
    </message>
    <message>
        <source>adverse event</source>
        <translation>unerwünschtes Ereignis</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archiviert: %1</translation>
    </message>
    <message>
        <source>Restored from the archive: %1</source>
        <translation>Aus dem Archiv wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>an unnamed destination</source>
        <translation>ein unbenanntes Ziel</translation>
    </message>
    <message>
        <source>Exported a PDF report to %1</source>
        <translation>PDF-Bericht nach %1 exportiert</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Auf %1 gedruckt</translation>
    </message>
    <message>
        <source>Exported CSV files to %1</source>
        <translation>CSV-Dateien nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported a FHIR bundle to %1</source>
        <translation>FHIR-Bundle nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported a chart image to %1</source>
        <translation>Diagrammbild nach %1 exportiert</translation>
    </message>
    <message>
        <source>Disclosed patient data (%1) to %2</source>
        <translation>Patientendaten (%1) an %2 weitergegeben</translation>
    </message>
    <message>
        <source>all patients (%1)</source>
        <translation>alle Patienten (%1)</translation>
    </message>
    <message>
        <source>patient #%1</source>
        <translation>Patient #%1</translation>
    </message>
    <message>
        <source>patient #%1 (deleted)</source>
        <translation>Patient #%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-in failed: no account has this name</source>
        <translation>Anmeldung fehlgeschlagen: Kein Konto hat diesen Namen</translation>
    </message>
    <message>
        <source>Changed the password of the account %1</source>
        <translation>Passwort des Kontos %1 geändert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n row(s) added)</source>
        <translation>
            <numerusform>%1 importiert (%n Zeile hinzugefügt)</numerusform>
            <numerusform>%1 importiert (%n Zeilen hinzugefügt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) added</source>
        <translation>
            <numerusform>%1: %n Zeile hinzugefügt</numerusform>
            <numerusform>%1: %n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the device profile %1</source>
        <translation>Geräteprofil %1 angelegt</translation>
    </message>
    <message>
        <source>Changed the device profile %1</source>
        <translation>Geräteprofil %1 geändert</translation>
    </message>
    <message>
        <source>Deleted the device profile %1</source>
        <translation>Geräteprofil %1 gelöscht</translation>
    </message>
    <message>
        <source>device profile</source>
        <translation>Geräteprofil</translation>
    </message>
    <message>
        <source>removed hair %1</source>
        <translation>Haar %1 entfernt</translation>
    </message>
    <message>
        <source>added a hair of %1 µm</source>
        <translation>Haar mit %1 µm hinzugefügt</translation>
    </message>
    <message>
        <source>split hair %1</source>
        <translation>Haar %1 geteilt</translation>
    </message>
    <message>
        <source>set hair %1 from %2 to %3 µm</source>
        <translation>Breite von Haar %1 von %2 auf %3 µm geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere Korrektur</numerusform>
            <numerusform>%n weitere Korrekturen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 hairs counted, engine %3 %4</source>
        <translation>%1, gezählte Haare: %2, Algorithmus %3 %4</translation>
    </message>
    <message>
        <source>%1; edits: %2</source>
        <translation>%1; Korrekturen: %2</translation>
    </message>
    <message>
        <source>Saved an image analysis of a photo: %1</source>
        <translation>Bildanalyse eines Fotos gespeichert: %1</translation>
    </message>
    <message>
        <source>Changed the image analysis of a photo: %1</source>
        <translation>Bildanalyse eines Fotos geändert: %1</translation>
    </message>
    <message>
        <source>Deleted the image analysis of a photo: %1</source>
        <translation>Bildanalyse eines Fotos gelöscht: %1</translation>
    </message>
    <message>
        <source>image analysis</source>
        <translation>Bildanalyse</translation>
    </message>
    <message>
        <source>Added the protocol template %1</source>
        <translation>Protokollvorlage %1 angelegt</translation>
    </message>
    <message>
        <source>Changed the protocol template %1</source>
        <translation>Protokollvorlage %1 geändert</translation>
    </message>
    <message>
        <source>Deleted the protocol template %1</source>
        <translation>Protokollvorlage %1 gelöscht</translation>
    </message>
    <message>
        <source>Planned the treatment %1</source>
        <translation>Behandlung %1 geplant</translation>
    </message>
    <message>
        <source>Changed the treatment plan %1</source>
        <translation>Behandlungsplan %1 geändert</translation>
    </message>
    <message>
        <source>Deleted the treatment plan %1</source>
        <translation>Behandlungsplan %1 gelöscht</translation>
    </message>
    <message>
        <source>Recorded a contact attempt: %1</source>
        <translation>Kontaktversuch erfasst: %1</translation>
    </message>
    <message>
        <source>Changed a contact attempt: %1</source>
        <translation>Kontaktversuch geändert: %1</translation>
    </message>
    <message>
        <source>Deleted a contact attempt: %1</source>
        <translation>Kontaktversuch gelöscht: %1</translation>
    </message>
    <message>
        <source>protocol template</source>
        <translation>Protokollvorlage</translation>
    </message>
    <message>
        <source>treatment plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>contact attempt</source>
        <translation>Kontaktversuch</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping: nothing is half-written…</source>
        <translation>Wird angehalten: nichts bleibt halb geschrieben…</translation>
    </message>
    <message>
        <source>The work stopped.</source>
        <translation>Die Arbeit wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog backup (not an SQLite file).</source>
        <translation>%1 ist keine Tricholog-Sicherung (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2).</source>
        <translation>%1 ist beschädigt (Integritätsprüfung: %2).</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog database.</source>
        <translation>%1 ist keine Tricholog-Datenbank.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tricholog (schema version %2; this version knows up to %3).</source>
        <translation>%1 wurde von einer neueren Tricholog-Version geschrieben (Schemaversion %2; diese Version kennt bis %3).</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it.</source>
        <translation>%1 existiert bereits; die Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The backup copy failed its check; nothing was kept. %1</source>
        <translation>Die Sicherungskopie hat die Prüfung nicht bestanden; es wurde nichts aufbewahrt. %1</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>Die Sicherung kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Not restoring: %1</source>
        <translation>Keine Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>Not restoring: the backup is the database itself.</source>
        <translation>Keine Wiederherstellung: Die Sicherung ist die Datenbank selbst.</translation>
    </message>
    <message>
        <source>Not restoring: the current file could not be copied to %1.</source>
        <translation>Keine Wiederherstellung: Die aktuelle Datei konnte nicht nach %1 kopiert werden.</translation>
    </message>
    <message>
        <source>Not restoring: %1 is open in another program or on another workstation. Close Tricholog everywhere, then restore.</source>
        <translation>Keine Wiederherstellung: %1 ist in einem anderen Programm oder an einem anderen Arbeitsplatz geöffnet. Schließen Sie Tricholog überall und stellen Sie dann wieder her.</translation>
    </message>
    <message>
        <source>Not restoring: the current database could not be copied to %1 (%2).</source>
        <translation>Keine Wiederherstellung: Die aktuelle Datenbank konnte nicht nach %1 kopiert werden (%2).</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to %2.</source>
        <translation>%1 kann nicht neben %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot replace %1. The current file is unchanged.</source>
        <translation>%1 kann nicht ersetzt werden. Die aktuelle Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot put the restored file in place at %1; the backup is at %2 and the previous database at %3.</source>
        <translation>Die wiederhergestellte Datei kann nicht nach %1 verschoben werden; die Sicherung liegt unter %2 und die bisherige Datenbank unter %3.</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2); restore it with File &gt; Restore from backup, or tricholog restore --database %3 --from %1.</source>
        <translation>Die neueste Sicherung ist %1 (%2); stellen Sie sie mit Datei &gt; Aus Sicherung wiederherstellen oder mit tricholog restore --database %3 --from %1 wieder her.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Renders a patient&apos;s progress chart to a PNG or SVG file.</source>
        <translation>Zeichnet das Verlaufsdiagramm eines Patienten in eine PNG- oder SVG-Datei.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Der Unterbefehl.</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Datenbankdatei.</translation>
    </message>
    <message>
        <source>Patient MRN.</source>
        <translation>MRN des Patienten.</translation>
    </message>
    <message>
        <source>Metric: %1.</source>
        <translation>Messgröße: %1.</translation>
    </message>
    <message>
        <source>Plot the % change from baseline.</source>
        <translation>Die prozentuale Veränderung gegenüber dem Ausgangswert darstellen.</translation>
    </message>
    <message>
        <source>Output file, .png or .svg.</source>
        <translation>Ausgabedatei, .png oder .svg.</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1600x1000).</source>
        <translation>Bildgröße in Pixeln (Standard 1600x1000).</translation>
    </message>
    <message>
        <source>Writes a patient&apos;s progress report as PDF.</source>
        <translation>Schreibt den Fortschrittsbericht eines Patienten als PDF.</translation>
    </message>
    <message>
        <source>Output .pdf file.</source>
        <translation>Ausgabedatei (.pdf).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Erster Tag des Zeitraums (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Letzter Tag des Zeitraums (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Language of the labels: en, de, fr or es.</source>
        <translation>Sprache der Beschriftungen: en, de, fr oder es.</translation>
    </message>
    <message>
        <source>Language of the report: en, de, fr or es.</source>
        <translation>Sprache des Berichts: en, de, fr oder es.</translation>
    </message>
    <message>
        <source>unexpected arguments: %1; see tricholog %2 --help.</source>
        <translation>unerwartete Argumente: %1; siehe tricholog %2 --help.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 benötigt --%2.</translation>
    </message>
    <message>
        <source>Patients CSV file.</source>
        <translation>CSV-Datei mit Patienten.</translation>
    </message>
    <message>
        <source>Diagnoses CSV file.</source>
        <translation>CSV-Datei mit Diagnosen.</translation>
    </message>
    <message>
        <source>Sessions CSV file.</source>
        <translation>CSV-Datei mit Sitzungen.</translation>
    </message>
    <message>
        <source>Measurements CSV file.</source>
        <translation>CSV-Datei mit Messungen.</translation>
    </message>
    <message>
        <source>Imports CSV files (see the README for their columns), all in one transaction: when any row is wrong nothing is written and every bad row is listed.</source>
        <translation>Importiert CSV-Dateien (Spalten siehe README), alles in einer Transaktion: Ist eine Zeile fehlerhaft, wird nichts geschrieben und jede fehlerhafte Zeile wird aufgelistet.</translation>
    </message>
    <message>
        <source>import needs at least one of --patients, --diagnoses, --sessions, --measurements.</source>
        <translation>import benötigt mindestens eine der Optionen --patients, --diagnoses, --sessions, --measurements.</translation>
    </message>
    <message>
        <source>Output JSON file.</source>
        <translation>JSON-Ausgabedatei.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <source>Only this patient (MRN); default: every patient.</source>
        <translation>Nur dieser Patient (MRN); Standard: alle Patienten.</translation>
    </message>
    <message>
        <source>export needs a format: tricholog export csv|fhir ... (not &quot;%1&quot;).</source>
        <translation>export benötigt ein Format: tricholog export csv|fhir ... (nicht &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Writes patients.csv, diagnoses.csv, sessions.csv and measurements.csv, readable by tricholog import.</source>
        <translation>Schreibt patients.csv, diagnoses.csv, sessions.csv und measurements.csv, lesbar mit tricholog import.</translation>
    </message>
    <message>
        <source>%1 patients, %2 diagnoses, %3 sessions and %4 measurements written to %5.</source>
        <translation>%1 Patienten, %2 Diagnosen, %3 Sitzungen und %4 Messungen nach %5 geschrieben.</translation>
    </message>
    <message>
        <source>%1 resources written to %2.</source>
        <translation>%1 Ressourcen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Writes a consistent, checked copy of the database, even while it is in use.</source>
        <translation>Schreibt eine konsistente, geprüfte Kopie der Datenbank, auch während sie in Gebrauch ist.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sicherung nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Die wiederherzustellende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous file is kept at %3.</source>
        <translation>%1 aus %2 wiederhergestellt; die bisherige Datei liegt unter %3.</translation>
    </message>
    <message>
        <source>Creates a database filled with generated, fictitious patients. The same seed gives the same data.</source>
        <translation>Erstellt eine Datenbank mit generierten, fiktiven Patienten. Derselbe Startwert (Seed) ergibt dieselben Daten.</translation>
    </message>
    <message>
        <source>The database file to create or fill.</source>
        <translation>Die Datenbankdatei, die erstellt oder befüllt werden soll.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Number of patients (default 40).</source>
        <translation>Anzahl der Patienten (Standard 40).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 2013).</source>
        <translation>Zufallsstartwert (Standard 2013).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>demo needs --database PATH.</source>
        <translation>demo benötigt --database PATH.</translation>
    </message>
    <message>
        <source>--patients must be a whole number from 1 to 100000, not &quot;%1&quot;.</source>
        <translation>--patients muss eine ganze Zahl von 1 bis 100000 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open the demo database of generated patients (created on first use).</source>
        <translation>Die Demo-Datenbank mit generierten Patienten öffnen (wird bei der ersten Verwendung angelegt).</translation>
    </message>
    <message>
        <source>Language of the interface and reports: en, de, fr or es (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche und der Berichte: en, de, fr oder es (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>%1 does not exist (a new database is made with tricholog init --database PATH --admin NAME).</source>
        <translation>%1 existiert nicht (eine neue Datenbank wird mit tricholog init --database PATH --admin NAME angelegt).</translation>
    </message>
    <message>
        <source>%1 has no accounts yet: create its administrator with tricholog init --database PATH --admin NAME.</source>
        <translation>%1 hat noch keine Benutzerkonten: Legen Sie die Administration mit tricholog init --database PATH --admin NAME an.</translation>
    </message>
    <message>
        <source>Sign in first: set TRICHOLOG_USER and TRICHOLOG_PASSWORD.</source>
        <translation>Melden Sie sich zuerst an: Setzen Sie TRICHOLOG_USER und TRICHOLOG_PASSWORD.</translation>
    </message>
    <message>
        <source>User name of the administrator.</source>
        <translation>Benutzername der Administration.</translation>
    </message>
    <message>
        <source>Creates a new database with its administrator; the password comes from TRICHOLOG_PASSWORD.</source>
        <translation>Legt eine neue Datenbank mit ihrer Administration an; das Passwort kommt aus TRICHOLOG_PASSWORD.</translation>
    </message>
    <message>
        <source>TRICHOLOG_PASSWORD: %1</source>
        <translation>TRICHOLOG_PASSWORD: %1</translation>
    </message>
    <message>
        <source>%1 already has accounts; an administrator adds more in the application.</source>
        <translation>%1 hat bereits Benutzerkonten; weitere legt die Administration in der Anwendung an.</translation>
    </message>
    <message>
        <source>%1 is ready; its administrator is %2.</source>
        <translation>%1 ist bereit; die Administration ist %2.</translation>
    </message>
    <message>
        <source>audit needs a sub-command: tricholog audit verify --database PATH.</source>
        <translation>audit braucht einen Unterbefehl: tricholog audit verify --database PATH.</translation>
    </message>
    <message>
        <source>the audit trail is broken at entry %1: %2.</source>
        <translation>das Audit-Protokoll ist bei Eintrag %1 gebrochen: %2.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, each linked to the one before.</source>
        <translation>Das Audit-Protokoll ist unversehrt: %1 Einträge, jeder mit dem vorherigen verkettet.</translation>
    </message>
    <message>
        <source>Also add an administrator of this name (password from TRICHOLOG_PASSWORD).</source>
        <translation>Außerdem eine Administration dieses Namens anlegen (Passwort aus TRICHOLOG_PASSWORD).</translation>
    </message>
    <message>
        <source>%1 already holds patients or accounts; the demo is only written into an empty database.</source>
        <translation>%1 enthält bereits Patienten oder Benutzerkonten; die Demo wird nur in eine leere Datenbank geschrieben.</translation>
    </message>
    <message>
        <source>Created %1 patients, %2 diagnoses, %3 sessions, %4 measurements, %5 outcomes and %6 photos in %7.</source>
        <translation>%1 Patienten, %2 Diagnosen, %3 Sitzungen, %4 Messungen, %5 Patientenbewertungen und %6 Fotos in %7 erstellt.</translation>
    </message>
    <message>
        <source>The patient&apos;s MRN.</source>
        <translation>Die MRN des Patienten.</translation>
    </message>
    <message>
        <source>The session&apos;s date, YYYY-MM-DD (with THH:MM when the patient had two sessions that day).</source>
        <translation>Das Datum der Sitzung, YYYY-MM-DD (mit THH:MM, wenn der Patient an diesem Tag zwei Sitzungen hatte).</translation>
    </message>
    <message>
        <source>The view of every file: %1.</source>
        <translation>Die Ansicht für alle Dateien: %1.</translation>
    </message>
    <message>
        <source>Trichoscopic photos: the scalp site (%1).</source>
        <translation>Trichoskopische Fotos: das Kopfhautareal (%1).</translation>
    </message>
    <message>
        <source>Trichoscopic photos: the magnification, e.g. 20.</source>
        <translation>Trichoskopische Fotos: die Vergrößerung, z. B. 20.</translation>
    </message>
    <message>
        <source>Notes for every file.</source>
        <translation>Notizen für alle Dateien.</translation>
    </message>
    <message>
        <source>JPEG or PNG files.</source>
        <translation>JPEG- oder PNG-Dateien.</translation>
    </message>
    <message>
        <source>Attaches image files to the patient&apos;s session of that date, all or none: nothing is stored when consent is missing, the session does not exist or a file is not a readable JPEG or PNG image.</source>
        <translation>Hängt Bilddateien an die Sitzung des Patienten an diesem Datum an, alle oder keine: Es wird nichts gespeichert, wenn die Einwilligung fehlt, die Sitzung nicht existiert oder eine Datei kein lesbares JPEG- oder PNG-Bild ist.</translation>
    </message>
    <message>
        <source>photos import needs at least one FILE.</source>
        <translation>photos import benötigt mindestens eine Datei (FILE).</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is not a view; use one of: %2.</source>
        <translation>--view: &quot;%1&quot; ist keine Ansicht; verwenden Sie einen der Werte: %2.</translation>
    </message>
    <message>
        <source>--site: &quot;%1&quot; is not a site; use one of: %2.</source>
        <translation>--site: &quot;%1&quot; ist kein Areal; verwenden Sie einen der Werte: %2.</translation>
    </message>
    <message>
        <source>--magnification: &quot;%1&quot; is not a whole number.</source>
        <translation>--magnification: &quot;%1&quot; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation>--date: &quot;%1&quot; ist kein Datum (YYYY-MM-DD oder YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>%1 has no session on %2: record the session first; nothing was stored.</source>
        <translation>%1 hat keine Sitzung am %2: Erfassen Sie zuerst die Sitzung; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 has %2 sessions on %3 (%4): give the time, e.g. --date %3T%5; nothing was stored.</source>
        <translation>%1 hat am %3 %2 Sitzungen (%4): Geben Sie die Uhrzeit an, z. B. --date %3T%5; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>nothing was stored: %1</source>
        <translation>es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Checks every stored original photo against the SHA-256 checksum recorded when it was stored.</source>
        <translation>Prüft jedes gespeicherte Originalfoto anhand der SHA-256-Prüfsumme, die beim Speichern erfasst wurde.</translation>
    </message>
    <message>
        <source>Every original photo is intact.</source>
        <translation>Alle Originalfotos sind unversehrt.</translation>
    </message>
    <message>
        <source>photos needs a sub-command: tricholog photos import|verify ... (see --help).</source>
        <translation>photos benötigt einen Unterbefehl: tricholog photos import|verify ... (siehe --help).</translation>
    </message>
    <message>
        <source>Attached to the session of %1 of %2: photo ids %3.</source>
        <translation>An die Sitzung vom %1 von %2 angehängt: Foto-IDs %3.</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (not shown): </source>
        <translation>Passwort von %1 auf %2 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>The server database has no accounts yet: move a practice into it with tricholog migrate, or create its administrator in the application.</source>
        <translation>Die Server-Datenbank hat noch keine Konten: übertragen Sie eine Praxis mit tricholog migrate hinein oder legen Sie ihre Administration in der Anwendung an.</translation>
    </message>
    <message>
        <source>The SQLite database file.</source>
        <translation>Die SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>The empty PostgreSQL database: postgresql://USER@HOST:PORT/DATABASE (its password from TRICHOLOG_DB_PASSWORD, or asked).</source>
        <translation>Die leere PostgreSQL-Datenbank: postgresql://USER@HOST:PORT/DATABASE (ihr Passwort aus TRICHOLOG_DB_PASSWORD oder abgefragt).</translation>
    </message>
    <message>
        <source>Copies every record, photo, account and audit entry of an SQLite database into an empty PostgreSQL database, in one transaction, then checks the row counts and the audit chain. Signs in to the file as an administrator.</source>
        <translation>Kopiert alle Einträge, Fotos, Konten und Audit-Einträge einer SQLite-Datenbank in einer Transaktion in eine leere PostgreSQL-Datenbank und prüft danach die Zeilenzahlen und die Audit-Kette. Meldet sich an der Datei als Administrator an.</translation>
    </message>
    <message>
        <source>--to must be a postgresql:// address, not &quot;%1&quot;.</source>
        <translation>--to muss eine postgresql://-Adresse sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Open this database file (created if missing), or a PostgreSQL server&apos;s database: postgresql://USER@HOST:PORT/DATABASE (the password is asked for, or taken from TRICHOLOG_DB_PASSWORD).</source>
        <translation>Diese Datenbankdatei öffnen (wird angelegt, wenn sie fehlt) oder die Datenbank eines PostgreSQL-Servers: postgresql://USER@HOST:PORT/DATABASE (das Passwort wird abgefragt oder aus TRICHOLOG_DB_PASSWORD genommen).</translation>
    </message>
    <message>
        <source>--%1 is given %2 times; give it once.</source>
        <translation>--%1 ist %2-mal angegeben; bitte nur einmal angeben.</translation>
    </message>
    <message>
        <source>The triggers that write and guard the trail are Tricholog&apos;s own, unchanged.</source>
        <translation>Die Trigger, die das Audit-Protokoll schreiben und schützen, sind die von Tricholog und unverändert.</translation>
    </message>
    <message>
        <source>audit protection: %1.</source>
        <translation>Audit-Schutz: %1.</translation>
    </message>
    <message>
        <source>  ... and %1 more.</source>
        <translation>  ... und %1 weitere.</translation>
    </message>
    <message>
        <source>anchor from %1 (%2): %3.</source>
        <translation>Anker aus %1 (%2): %3.</translation>
    </message>
    <message>
        <source>%1 anchors checked; the trail agrees with each (%2 recorded before a restore were set aside).</source>
        <translation>%1 Anker geprüft; das Audit-Protokoll stimmt mit jedem überein (%2 vor einer Wiederherstellung festgehaltene Anker wurden nicht berücksichtigt).</translation>
    </message>
    <message>
        <source>%1 anchors checked; the trail agrees with each.</source>
        <translation>%1 Anker geprüft; das Audit-Protokoll stimmt mit jedem überein.</translation>
    </message>
    <message>
        <source>Also check the trail against the anchors in FILE: an anchor store (audit-anchors.jsonl) or a backup. May be given more than once.</source>
        <translation>Das Audit-Protokoll außerdem mit den Ankern in FILE abgleichen: einem Ankerspeicher (audit-anchors.jsonl) oder einer Sicherung. Kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>Checks the audit trail&apos;s hash chain, the triggers that write and guard it, every clinical row against what the trail last logged, and the trail&apos;s head against the anchors kept outside the database; then records the head as a new anchor.</source>
        <translation>Prüft die Hash-Kette des Audit-Protokolls, die Trigger, die es schreiben und schützen, jeden klinischen Datensatz gegen den zuletzt protokollierten Stand und den neuesten Eintrag des Protokolls gegen die außerhalb der Datenbank aufbewahrten Anker; hält danach den neuesten Eintrag als neuen Anker fest.</translation>
    </message>
    <message>
        <source>The head could not be recorded as an anchor: %1</source>
        <translation>Der neueste Eintrag konnte nicht als Anker festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Head recorded as an anchor: %1, in %2.</source>
        <translation>Neuester Eintrag als Anker festgehalten: %1, in %2.</translation>
    </message>
    <message>
        <source>server needs a sub-command: tricholog server grant --database URL --role NAME.</source>
        <translation>server benötigt einen Unterbefehl: tricholog server grant --database URL --role NAME.</translation>
    </message>
    <message>
        <source>The server database, as its owner: postgresql://OWNER@HOST:PORT/DATABASE.</source>
        <translation>Die Server-Datenbank, als deren Eigentümer: postgresql://OWNER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The application role the workstations connect as.</source>
        <translation>Die Anwendungsrolle, mit der sich die Arbeitsplätze verbinden.</translation>
    </message>
    <message>
        <source>Run by the owner of a server database: creates or upgrades its schema, then grants the application role what the program needs day to day (read and write clinical data, append to the audit trail) and nothing more: it cannot alter, disable or drop triggers, update, delete or truncate the trail, or drop or alter tables.</source>
        <translation>Wird vom Eigentümer einer Server-Datenbank ausgeführt: Legt ihr Schema an oder aktualisiert es und gewährt der Anwendungsrolle dann, was das Programm im Alltag braucht (klinische Daten lesen und schreiben, Einträge an das Audit-Protokoll anhängen), und nicht mehr: Die Rolle kann keine Trigger ändern, deaktivieren oder löschen, das Protokoll weder ändern noch löschen noch leeren und keine Tabellen löschen oder ändern.</translation>
    </message>
    <message>
        <source>--database must be a postgresql:// address: an SQLite file has no roles.</source>
        <translation>--database muss eine postgresql://-Adresse sein: Eine SQLite-Datei hat keine Rollen.</translation>
    </message>
    <message>
        <source>%1 may now work in %2, without changing its structure or its audit trail.</source>
        <translation>%1 darf nun in %2 arbeiten, ohne die Struktur oder das Audit-Protokoll der Datenbank zu ändern.</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;; use one of: %2.</source>
        <translation>unbekannte Messgröße &quot;%1&quot;; verwenden Sie einen der Werte: %2.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 200x150 and 10000x10000, not &quot;%1&quot;.</source>
        <translation>--size muss WIDTHxHEIGHT zwischen 200x150 und 10000x10000 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--output must end in .png or .svg: &quot;%1&quot;.</source>
        <translation>--output muss auf .png oder .svg enden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is %2), not a database file.</source>
        <translation>%1 ist keine reguläre Datei (sondern %2), also keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Tricholog database (a new database is made with tricholog init --database PATH --admin NAME).</source>
        <translation>%1 ist leer und keine Tricholog-Datenbank (eine neue Datenbank wird mit tricholog init --database PATH --admin NAME angelegt).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>warning: %1 is read-only: this sign-in, and any export it makes, cannot be recorded in the audit trail.</source>
        <translation>Warnung: %1 ist schreibgeschützt: Diese Anmeldung und alle damit vorgenommenen Exporte können nicht im Audit-Protokoll erfasst werden.</translation>
    </message>
    <message>
        <source>The audit anchor was not recorded: %1</source>
        <translation>Der Audit-Anker wurde nicht festgehalten: %1</translation>
    </message>
    <message>
        <source>Cannot read %1 to sign in to it.</source>
        <translation>%1 kann nicht gelesen werden, um sich daran anzumelden.</translation>
    </message>
    <message>
        <source>Restore a backup of another practice, named by its practice id (or &quot;%1&quot; for a backup from before practice ids).</source>
        <translation>Eine Sicherung einer anderen Praxis wiederherstellen, angegeben durch deren Praxis-ID (oder &quot;%1&quot; für eine Sicherung aus der Zeit vor den Praxis-IDs).</translation>
    </message>
    <message>
        <source>Replaces the database with a backup, as an administrator (TRICHOLOG_USER and TRICHOLOG_PASSWORD), after checking the backup&apos;s integrity, schema version, audit trail, triggers and practice; the current file is kept aside and the restore is written to the restored trail. Close Tricholog on every workstation first.</source>
        <translation>Ersetzt die Datenbank mit Administratorrechten (TRICHOLOG_USER und TRICHOLOG_PASSWORD) durch eine Sicherung, nachdem Integrität, Schemaversion, Audit-Protokoll, Trigger und Praxis der Sicherung geprüft wurden; die aktuelle Datei wird beiseitegelegt und die Wiederherstellung im wiederhergestellten Audit-Protokoll erfasst. Schließen Sie Tricholog zuvor an jedem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (expected YYYY-MM-DD).</source>
        <translation>--%1: &quot;%2&quot; ist kein Datum (erwartet: YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--output must end in .pdf: &quot;%1&quot;.</source>
        <translation>--output muss auf .pdf enden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 names no patient (one MRN a line).</source>
        <translation>%1 nennt keinen Patienten (eine MRN pro Zeile).</translation>
    </message>
    <message>
        <source>Wrote 1 report to %1 in %2 s (%3 failed).</source>
        <translation>1 Bericht in %2 s nach %1 geschrieben (%3 fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Wrote %1 reports to %2 in %3 s (%4 failed).</source>
        <translation>%1 Berichte in %3 s nach %2 geschrieben (%4 fehlgeschlagen).</translation>
    </message>
    <message>
        <source>A report of every patient, into --out-dir.</source>
        <translation>Ein Bericht für jeden Patienten, in --out-dir.</translation>
    </message>
    <message>
        <source>A report of each patient the file names (one MRN a line), into --out-dir.</source>
        <translation>Ein Bericht für jeden in der Datei genannten Patienten (eine MRN pro Zeile), in --out-dir.</translation>
    </message>
    <message>
        <source>Folder of the reports, one &lt;MRN&gt;.pdf per patient.</source>
        <translation>Ordner der Berichte, eine Datei &lt;MRN&gt;.pdf pro Patient.</translation>
    </message>
    <message>
        <source>--patient and --output write one report; --all or --patients FILE with --out-dir DIR write one per patient. Use one or the other.</source>
        <translation>--patient und --output schreiben einen Bericht; --all oder --patients FILE mit --out-dir DIR schreiben einen Bericht pro Patient. Verwenden Sie nur eine der beiden Varianten.</translation>
    </message>
    <message>
        <source>--all and --patients cannot be used together: give one of them.</source>
        <translation>--all und --patients können nicht zusammen verwendet werden: Geben Sie nur eine der beiden Optionen an.</translation>
    </message>
    <message>
        <source>report --out-dir needs --all or --patients FILE (one MRN a line).</source>
        <translation>report --out-dir benötigt --all oder --patients FILE (eine MRN pro Zeile).</translation>
    </message>
    <message>
        <source>report --%1 needs --out-dir DIR.</source>
        <translation>report --%1 benötigt --out-dir DIR.</translation>
    </message>
    <message>
        <source>report needs --patient MRN and --output FILE.pdf, or --all or --patients FILE with --out-dir DIR.</source>
        <translation>report benötigt --patient MRN und --output FILE.pdf oder --all bzw. --patients FILE mit --out-dir DIR.</translation>
    </message>
    <message>
        <source>Instead of --out: FHIR Bulk Data&apos;s NDJSON form, one file per resource type (Patient.ndjson, ...) in this folder.</source>
        <translation>Statt --out: die NDJSON-Form von FHIR Bulk Data, eine Datei je Ressourcentyp (Patient.ndjson, ...) in diesem Ordner.</translation>
    </message>
    <message>
        <source>Writes an HL7 FHIR R4 Bundle (JSON), or with --ndjson the same resources as FHIR Bulk Data NDJSON files.</source>
        <translation>Schreibt ein HL7-FHIR-R4-Bundle (JSON), oder mit --ndjson dieselben Ressourcen als NDJSON-Dateien nach FHIR Bulk Data.</translation>
    </message>
    <message>
        <source>export fhir needs either --out FILE (a Bundle) or --ndjson DIR, not both.</source>
        <translation>export fhir braucht entweder --out DATEI (ein Bundle) oder --ndjson ORDNER, nicht beides.</translation>
    </message>
    <message>
        <source>%1 resources written to %2 (%3).</source>
        <translation>%1 Ressourcen nach %2 geschrieben (%3).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The trichoscopy image (JPEG or PNG).</source>
        <translation>Das Trichoskopiebild (JPEG oder PNG).</translation>
    </message>
    <message>
        <source>The image&apos;s scale in micrometres per pixel.</source>
        <translation>Der Maßstab des Bildes in Mikrometern pro Pixel.</translation>
    </message>
    <message>
        <source>Count in this rectangle (pixels; default: the whole image).</source>
        <translation>In diesem Rechteck zählen (Pixel; Standard: das ganze Bild).</translation>
    </message>
    <message>
        <source>Count in this circle (pixels).</source>
        <translation>In diesem Kreis zählen (Pixel).</translation>
    </message>
    <message>
        <source>Terminal hairs: at least this wide (default 40).</source>
        <translation>Terminalhaare: mindestens so breit (Standard 40).</translation>
    </message>
    <message>
        <source>Vellus hairs: narrower than this (default 30).</source>
        <translation>Vellushaare: schmaler als dies (Standard 30).</translation>
    </message>
    <message>
        <source>The result (JSON).</source>
        <translation>Das Ergebnis (JSON).</translation>
    </message>
    <message>
        <source>Also draw the field and every hair over the image (PNG).</source>
        <translation>Zusätzlich das Feld und jedes Haar über das Bild zeichnen (PNG).</translation>
    </message>
    <message>
        <source>analyse takes --field or --circle, not both.</source>
        <translation>analyse nimmt --field oder --circle, nicht beides.</translation>
    </message>
    <message>
        <source>--um-per-px needs a number, not %1.</source>
        <translation>--um-per-px benötigt eine Zahl, nicht %1.</translation>
    </message>
    <message>
        <source>--terminal-from-um and --vellus-below-um need numbers.</source>
        <translation>--terminal-from-um und --vellus-below-um benötigen Zahlen.</translation>
    </message>
    <message>
        <source>--field needs x,y,w,h: four numbers in pixels, not %1.</source>
        <translation>--field benötigt x,y,w,h: vier Zahlen in Pixeln, nicht %1.</translation>
    </message>
    <message>
        <source>--circle needs cx,cy,r: three numbers in pixels, not %1.</source>
        <translation>--circle benötigt cx,cy,r: drei Zahlen in Pixeln, nicht %1.</translation>
    </message>
    <message>
        <source>Could not draw the overlay.</source>
        <translation>Die Überlagerung konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>%1: %2 hairs in %3 cm2 (%4 per cm2), mean width %5 um, terminal %6 %, vellus %7 %; written to %8.</source>
        <translation>%1: %2 Haare auf %3 cm² (%4 pro cm²), mittlere Breite %5 µm, terminal %6 %, vellus %7 %; nach %8 geschrieben.</translation>
    </message>
    <message>
        <source>An image of a millimetre ruler or stage micrometer, taken with the device at its magnification.</source>
        <translation>Ein Bild eines Millimetermaßstabs oder Objektmikrometers, mit dem Gerät in seiner Vergrößerung aufgenommen.</translation>
    </message>
    <message>
        <source>The distance between neighbouring ticks: 0.1 or 1.</source>
        <translation>Der Abstand benachbarter Teilstriche: 0.1 oder 1.</translation>
    </message>
    <message>
        <source>Measures a device&apos;s scale in micrometres per pixel from the tick spacing of a ruler image.</source>
        <translation>Misst den Maßstab eines Geräts in Mikrometern pro Pixel aus dem Abstand der Teilstriche eines Maßstabbildes.</translation>
    </message>
    <message>
        <source>--division-mm is 0.1 or 1, not %1.</source>
        <translation>--division-mm ist 0.1 oder 1, nicht %1.</translation>
    </message>
    <message>
        <source>%1 um per pixel, uncertainty %2 (%3 ticks %4 px apart; ruler at %5 degrees)</source>
        <translation>%1 um pro Pixel, Unsicherheit %2 (%3 Teilstriche im Abstand von %4 px; Maßstab bei %5 Grad)</translation>
    </message>
    <message>
        <source>analyse needs --um-per-px X, or --database PATH --profile NAME (one of them).</source>
        <translation>analyse benötigt --um-per-px X oder --database PATH --profile NAME (eines davon).</translation>
    </message>
    <message>
        <source>--profile needs --database PATH.</source>
        <translation>--profile benötigt --database PATH.</translation>
    </message>
    <message>
        <source>With --profile: the database holding it.</source>
        <translation>Mit --profile: die Datenbank, die es enthält.</translation>
    </message>
    <message>
        <source>Take the scale from this device profile instead of --um-per-px (signs in).</source>
        <translation>Den Maßstab aus diesem Geräteprofil statt aus --um-per-px nehmen (mit Anmeldung).</translation>
    </message>
    <message>
        <source>Counts the hair shafts in a trichoscopy image of clipped hair and measures each one&apos;s width. Needs no database, unless the scale comes from a device profile.</source>
        <translation>Zählt die Haarschäfte in einem Trichoskopiebild kurz geschnittener Haare und misst die Breite jedes Schafts. Benötigt keine Datenbank, außer wenn der Maßstab aus einem Geräteprofil kommt.</translation>
    </message>
    <message>
        <source>--image, --output and --overlay must be three different files.</source>
        <translation>--image, --output und --overlay müssen drei verschiedene Dateien sein.</translation>
    </message>
    <message>
        <source>Kept as the device profile &quot;%1&quot;.</source>
        <translation>Als Geräteprofil &quot;%1&quot; gespeichert.</translation>
    </message>
    <message>
        <source>With --save-profile: the database to keep it in.</source>
        <translation>Mit --save-profile: die Datenbank, in der es gespeichert wird.</translation>
    </message>
    <message>
        <source>Keep the scale as this device profile (made or updated; signs in).</source>
        <translation>Den Maßstab als dieses Geräteprofil speichern (neu oder aktualisiert; mit Anmeldung).</translation>
    </message>
    <message>
        <source>With --save-profile: the magnification, e.g. 20.</source>
        <translation>Mit --save-profile: die Vergrößerung, z. B. 20.</translation>
    </message>
    <message>
        <source>--save-profile and --database go together; --magnification needs them.</source>
        <translation>--save-profile und --database gehören zusammen; --magnification benötigt beide.</translation>
    </message>
    <message>
        <source>--magnification needs a whole number, not %1.</source>
        <translation>--magnification benötigt eine ganze Zahl, nicht %1.</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;; use one of: %2.</source>
        <translation>unbekannte Stelle &quot;%1&quot;; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number.</source>
        <translation>--%1: &quot;%2&quot; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>--responder-pct: &quot;%1&quot; is not a number.</source>
        <translation>--responder-pct: &quot;%1&quot; ist keine Zahl.</translation>
    </message>
    <message>
        <source>Writes the clinic&apos;s outcomes across patients.</source>
        <translation>Schreibt die Ergebnisse der Praxis über alle Patienten.</translation>
    </message>
    <message>
        <source>%1 patients in %2 group(s); %3 without a follow-up in the window.</source>
        <translation>%1 Patienten in %2 Gruppe(n); %3 ohne Verlaufswert im Zeitfenster.</translation>
    </message>
    <message>
        <source>--output must end in .csv or .pdf: &quot;%1&quot;.</source>
        <translation>--output muss auf .csv oder .pdf enden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only overdue visits.</source>
        <translation>Nur überfällige Termine.</translation>
    </message>
    <message>
        <source>Writes the recall list: patients whose planned visit is due or overdue.</source>
        <translation>Schreibt die Recall-Liste: Patienten, deren geplanter Termin fällig oder überfällig ist.</translation>
    </message>
    <message>
        <source>--due-within-days: &quot;%1&quot; is not a whole number of days from 0 to 3650.</source>
        <translation>--due-within-days: &quot;%1&quot; ist keine ganze Zahl von Tagen zwischen 0 und 3650.</translation>
    </message>
    <message>
        <source>--output must end in .csv: &quot;%1&quot;.</source>
        <translation>--output muss auf .csv enden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 patients to call, %2 of them overdue.</source>
        <translation>%1 Patienten anzurufen, davon %2 überfällig.</translation>
    </message>
    <message>
        <source>Writes a patient&apos;s planned visits as an iCalendar file.</source>
        <translation>Schreibt die geplanten Termine eines Patienten als iCalendar-Datei.</translation>
    </message>
    <message>
        <source>--output must end in .ics: &quot;%1&quot;.</source>
        <translation>--output muss auf .ics enden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has no treatment plan.</source>
        <translation>%1 hat keinen Behandlungsplan.</translation>
    </message>
    <message>
        <source>%1 planned visits written to %2.</source>
        <translation>%1 geplante Termine nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>plan needs a sub-command: tricholog plan ics ... (see --help).</source>
        <translation>plan braucht einen Unterbefehl: tricholog plan ics ... (siehe --help).</translation>
    </message>
    <message>
        <source>%1 rows (clinical records and accounts) compared with the trail: each holds what the trail last logged.</source>
        <translation>%1 Datensätze (klinische Daten und Konten) mit dem Audit-Protokoll abgeglichen: Jeder enthält, was das Protokoll zuletzt erfasst hat.</translation>
    </message>
    <message>
        <source>%1 of %2 rows (clinical records and accounts) differ from what the trail last logged:</source>
        <translation>%1 von %2 Datensätzen (klinische Daten und Konten) weichen von dem ab, was das Audit-Protokoll zuletzt erfasst hat:</translation>
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
        <translation>Tricholog %1: Dokumentation für Haarsprechstunden, Microneedling-Sitzungen und Berichte zum Haarwachstum.

Aufruf:
  tricholog [--database PATH] [--demo] [--lang LANG]
                                          die Anwendung starten
  tricholog demo --database PATH [--patients N] [--seed S] [--admin NAME]
                                          eine Datenbank mit generierten Demo-Patienten anlegen
  tricholog chart --database PATH --patient MRN --metric KEY [--percent]
                  --output FILE.png|FILE.svg [--size WIDTHxHEIGHT] [--lang LANG]
                                          das Verlaufsdiagramm eines Patienten zeichnen
  tricholog outcomes --database PATH --metric KEY [--site KEY] [--at-weeks N]
                     [--window-weeks W] [--by none|device|needle|diagnosis|
                     adjunct:KEY|adherence] [--responder-pct P] [--from DATE]
                     [--to DATE]
                     --output FILE.csv|FILE.pdf
                                          die Ergebnisse der Praxis über alle Patienten
  tricholog recall --database PATH [--due-within-days N] [--overdue]
                   --output FILE.csv
                                          die anzurufenden Patienten: fällige oder überfällige Termine
  tricholog plan ics --database PATH --patient MRN --output FILE.ics
                                          die geplanten Termine eines Patienten (iCalendar)
  tricholog report --database PATH --patient MRN --output FILE.pdf
                   [--from DATE] [--to DATE] [--lang LANG]
                                          den Fortschrittsbericht eines Patienten schreiben (PDF)
  tricholog report --database PATH --all | --patients FILE --out-dir DIR
                   [--from DATE] [--to DATE]
                                          ein Bericht pro Patient: DIR/MRN.pdf
  tricholog analyse --image FILE --um-per-px X [--field x,y,w,h | --circle cx,cy,r]
                    [--terminal-from-um T] [--vellus-below-um V]
                    --output FILE.json [--overlay FILE.png]
                                          Haare in einem Trichoskopiebild zählen und messen
  tricholog calibrate --image FILE --division-mm 0.1|1
                                          den Maßstab eines Geräts (µm pro Pixel) aus einem Maßstabbild
  tricholog import --database PATH [--patients F.csv] [--diagnoses F.csv]
                   [--sessions F.csv] [--measurements F.csv]
                                          CSV-Dateien importieren, alles oder nichts
  tricholog export csv --database PATH --out DIR [--patient MRN]
  tricholog export fhir --database PATH --out FILE.json [--patient MRN]
                                          CSV-Dateien oder ein HL7-FHIR-R4-Bundle exportieren
  tricholog init --database PATH --admin NAME
                                          eine neue Datenbank und ihre Administration
  tricholog audit verify --database PATH [--anchor FILE]...
                                          das Audit-Protokoll prüfen: Kette, Trigger,
                                          Datensätze und neuesten Eintrag gegen Anker
  tricholog photos import --database PATH --patient MRN --date DATE --view KEY
                   [--site KEY] [--magnification N] [--notes TEXT] FILE...
                                          Fotos an die Sitzung dieses Datums anhängen
  tricholog photos verify --database PATH [--patient MRN]
                                          die Prüfsumme jedes Originalfotos prüfen
  tricholog migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE
                                          eine Praxis auf einen PostgreSQL-Server übertragen
  tricholog backup --database PATH --out FILE
  tricholog restore --database PATH --from FILE [--other-practice ID]
                                          eine geprüfte Kopie der Datenbank; eine solche wiederherstellen
  tricholog server grant --database postgresql://OWNER@HOST/DB --role NAME
                                          einer Anwendungsrolle die Arbeit in einer Server-Datenbank erlauben
  tricholog --version | --help

Alle Unterbefehle außer demo, init, server, analyse und calibrate melden sich mit den Umgebungsvariablen
TRICHOLOG_USER und TRICHOLOG_PASSWORD an.

Ohne --database öffnet (oder erstellt) die Anwendung %2.</translation>
    </message>
</context>
<context>
    <name>CohortCharts</name>
    <message>
        <source>Change from baseline</source>
        <translation>Veränderung gegenüber Ausgangswert</translation>
    </message>
    <message>
        <source>Change from baseline (%1)</source>
        <translation>Veränderung gegenüber Ausgangswert (%1)</translation>
    </message>
    <message>
        <source>%1: %2, %3, week %4, %5%6</source>
        <translation>%1: %2, %3, Woche %4, %5%6</translation>
    </message>
    <message>
        <source>Each patient&apos;s change by group</source>
        <translation>Veränderung jedes Patienten nach Gruppe</translation>
    </message>
    <message>
        <source>Quartiles and 1.5 IQR</source>
        <translation>Quartile und 1,5 IQR</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Published arms (context)</source>
        <translation>Publizierte Studienarme (Kontext)</translation>
    </message>
    <message>
        <source>No patients</source>
        <translation>Keine Patienten</translation>
    </message>
    <message>
        <source>Responders (change of %1 % or more), 95 % Wilson intervals</source>
        <translation>Responder (Veränderung ab %1 %), 95-%-Wilson-Intervalle</translation>
    </message>
    <message>
        <source>Responder rate</source>
        <translation>Responderrate</translation>
    </message>
    <message>
        <source>Responders (%)</source>
        <translation>Responder (%)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Each patient&apos;s change by group (groups over %1: outliers and an even sample)</source>
        <translation>Veränderung jedes Patienten nach Gruppe (Gruppen über %1: Ausreißer und eine gleichmäßige Stichprobe)</translation>
    </message>
</context>
<context>
    <name>CohortReport</name>
    <message>
        <source>Clinic outcomes: %1</source>
        <translation>Praxisergebnisse: %1</translation>
    </message>
    <message>
        <source>%1 · made on %2 · %3 patient(s) analysed</source>
        <translation>%1 · erstellt am %2 · %3 Patient(en) ausgewertet</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Results by group</source>
        <translation>Ergebnisse nach Gruppe</translation>
    </message>
    <message>
        <source>Each patient&apos;s change from baseline</source>
        <translation>Veränderung jedes Patienten gegenüber dem Ausgangswert</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Published arms, for context</source>
        <translation>Publizierte Studienarme, zur Einordnung</translation>
    </message>
    <message>
        <source>From other populations, measuring methods and time points: a frame of reference, not a comparison. Dhurat 2013: 100 men, a tattooed 1 cm² area, weekly 1.5 mm dermaroller. Olsen 2002: men, target-area counts.</source>
        <translation>Aus anderen Populationen, Messmethoden und Zeitpunkten: ein Bezugsrahmen, kein Vergleich. Dhurat 2013: 100 Männer, tätowiertes Areal von 1 cm², wöchentlich Dermaroller 1,5 mm. Olsen 2002: Männer, Zählung im Zielareal.</translation>
    </message>
    <message>
        <source>Points outside the whiskers</source>
        <translation>Punkte außerhalb der Whisker</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Verlaufskontrolle</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Clinic outcomes · no patient names</source>
        <translation>Praxisergebnisse · keine Patientennamen</translation>
    </message>
    <message>
        <source>Clinic outcomes across patients</source>
        <translation>Praxisergebnisse über alle Patienten</translation>
    </message>
    <message>
        <source>hair regrowth, microneedling, cohort outcomes</source>
        <translation>Haarwachstum, Microneedling, Kohortenergebnisse</translation>
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
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 at the %3</source>
        <translation>%1 am Areal %3</translation>
    </message>
    <message>
        <source>%1 (%2) at the %3</source>
        <translation>%1 (%2) am Areal %3</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean baseline
(%1)</source>
        <translation>Mittlerer Ausgangswert
(%1)</translation>
    </message>
    <message>
        <source>Mean change
(%1)</source>
        <translation>Mittlere Veränderung
(%1)</translation>
    </message>
    <message>
        <source>SD of
change</source>
        <translation>SD der
Veränderung</translation>
    </message>
    <message>
        <source>95 % CI of
mean change</source>
        <translation>95-%-KI der
mittl. Veränderung</translation>
    </message>
    <message>
        <source>Mean
change (%)</source>
        <translation>Mittl. Ver-
änderung (%)</translation>
    </message>
    <message>
        <source>Respon-
ders</source>
        <translation>Respon-
der</translation>
    </message>
    <message>
        <source>Responder rate
(95 % CI)</source>
        <translation>Responderrate
(95-%-KI)</translation>
    </message>
    <message>
        <source>%1 % (%2 to %3)</source>
        <translation>%1 % (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1: not computed, each group needs two patients or more with some spread.</source>
        <translation>%1: nicht berechnet, jede Gruppe braucht mindestens zwei Patienten mit Streuung.</translation>
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
        <translation>%1: Differenz der mittleren Veränderungen %2 (95-%-KI %3, Welch), %4.</translation>
    </message>
    <message>
        <source>Device used in most sessions from baseline to follow-up (a tie: the first key in alphabetical order)</source>
        <translation>Gerät der meisten Sitzungen zwischen Ausgangswert und Verlaufskontrolle (bei Gleichstand: der alphabetisch erste Schlüssel)</translation>
    </message>
    <message>
        <source>Needle length used in most sessions from baseline to follow-up (a tie: the shorter)</source>
        <translation>Nadellänge der meisten Sitzungen zwischen Ausgangswert und Verlaufskontrolle (bei Gleichstand: die kürzere)</translation>
    </message>
    <message>
        <source>Type of the earliest active diagnosis</source>
        <translation>Art der frühesten aktiven Diagnose</translation>
    </message>
    <message>
        <source>With or without %1 in any session from baseline to follow-up</source>
        <translation>Mit oder ohne %1 in einer Sitzung zwischen Ausgangswert und Verlaufskontrolle</translation>
    </message>
    <message>
        <source>None (all patients in one group)</source>
        <translation>Keine (alle Patienten in einer Gruppe)</translation>
    </message>
    <message>
        <source>Baseline: each patient&apos;s earliest measurement of the metric at the site. Follow-up: the measurement closest to baseline + %1 weeks within plus or minus %2 weeks (a tie takes the earlier); patients without one are not analysed and are counted as having no follow-up in the window. Change = follow-up − baseline; percent change = 100 × change / baseline, undefined for a zero baseline (such a patient counts in the change figures, not in the percent figures or the responders). Responder: a percent change of %3 % or more. Per group: mean change, its standard deviation (n − 1) and its 95 % confidence interval, mean ± t(0.975, n − 1) × SD / √n (none for fewer than two patients); responder rate among the patients with a non-zero baseline, with its 95 % Wilson score interval. With and without an adjunct: the difference of mean changes, its Welch 95 % confidence interval (Welch-Satterthwaite degrees of freedom) and the two-sided Welch t-test p-value. Student&apos;s t from Boost.Math. These are observational figures from routine care, not a randomised comparison: groups may differ in ways that affect the outcome.</source>
        <translation>Ausgangswert: die früheste Messung der Messgröße am Areal bei jedem Patienten. Verlaufskontrolle: die Messung, die Ausgangswert + %1 Wochen innerhalb von plus/minus %2 Wochen am nächsten liegt (bei Gleichstand die frühere); Patienten ohne sie werden nicht ausgewertet und als ohne Verlaufskontrolle im Fenster gezählt. Veränderung = Verlaufskontrolle − Ausgangswert; prozentuale Veränderung = 100 × Veränderung / Ausgangswert, nicht definiert bei einem Ausgangswert von null (ein solcher Patient zählt in den Veränderungswerten, nicht in den Prozentwerten oder bei den Respondern). Responder: eine prozentuale Veränderung von %3 % oder mehr. Je Gruppe: mittlere Veränderung, ihre Standardabweichung (n − 1) und ihr 95-%-Konfidenzintervall, Mittelwert ± t(0,975, n − 1) × SD / √n (keines bei weniger als zwei Patienten); Responderrate unter den Patienten mit einem Ausgangswert ungleich null, mit ihrem 95-%-Wilson-Score-Intervall. Mit und ohne Begleittherapie: die Differenz der mittleren Veränderungen, ihr 95-%-Konfidenzintervall nach Welch (Freiheitsgrade nach Welch-Satterthwaite) und der zweiseitige p-Wert des Welch-t-Tests. Student-t aus Boost.Math. Dies sind Beobachtungsdaten aus der Routineversorgung, kein randomisierter Vergleich: Die Gruppen können sich in Punkten unterscheiden, die das Ergebnis beeinflussen.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1 to %2 years at baseline</source>
        <translation>%1 bis %2 Jahre beim Ausgangswert</translation>
    </message>
    <message>
        <source>%1 years or more at baseline</source>
        <translation>%1 Jahre oder älter beim Ausgangswert</translation>
    </message>
    <message>
        <source>up to %1 years at baseline</source>
        <translation>bis %1 Jahre beim Ausgangswert</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>dem ersten</translation>
    </message>
    <message>
        <source>the latest</source>
        <translation>dem letzten</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>week %1, plus or minus %2 weeks</source>
        <translation>Woche %1, plus/minus %2 Wochen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Responder threshold</source>
        <translation>Responder-Schwelle</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Earliest active diagnosis</source>
        <translation>Früheste aktive Diagnose</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Baseline dates</source>
        <translation>Datum des Ausgangswerts</translation>
    </message>
    <message>
        <source>Not analysed: %1 patient(s) without a follow-up in the window. Zero baseline: %2 patient(s), counted in the change figures only.</source>
        <translation>Nicht ausgewertet: %1 Patient(en) ohne Verlaufskontrolle im Fenster. Ausgangswert null: %2 Patient(en), nur in den Veränderungswerten gezählt.</translation>
    </message>
    <message>
        <source>Published arms (grey marks, other populations and time points): %1.</source>
        <translation>Publizierte Studienarme (graue Marken, andere Populationen und Zeitpunkte): %1.</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Mittlere Veränderung</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Adherence to the patient&apos;s latest treatment plan today: the share of the planned sessions due so far that were kept within the tolerance, at least 80 % or under 80 %; patients without a plan (or before a planned session was due) apart</source>
        <translation>Therapietreue zum neuesten Behandlungsplan des Patienten heute: der Anteil der bisher fälligen geplanten Sitzungen, die innerhalb der Toleranz wahrgenommen wurden, mindestens 80 % oder unter 80 %; Patienten ohne Plan (oder bevor eine geplante Sitzung fällig war) gesondert</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n measurement(s)</source>
        <translation>
            <numerusform>%n Messung hinzufügen</numerusform>
            <numerusform>%n Messungen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %n photo(s)</source>
        <translation>
            <numerusform>%n Foto anhängen</numerusform>
            <numerusform>%n Fotos anhängen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit photo</source>
        <translation>Foto bearbeiten</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Foto löschen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Patientenbewertung</translation>
    </message>
    <message>
        <source>Save the image analysis</source>
        <translation>Bildanalyse speichern</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;).</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen (ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden: &quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;).</source>
        <translation>Zeile %1: Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (unbalanced quote).</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen (unpaariges Anführungszeichen).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line.</source>
        <translation>Die Datei ist leer: Sie benötigt eine Kopfzeile.</translation>
    </message>
    <message>
        <source>Line %1 has %2 field(s) but the header has %3 (is the delimiter &quot;%4&quot; right?).</source>
        <translation>Zeile %1 hat %2 Feld(er), die Kopfzeile aber %3 (ist das Trennzeichen &quot;%4&quot; richtig?).</translation>
    </message>
    <message>
        <source>The file is not UTF-8, UTF-16 or Windows-1252 text (byte 0x%1 on line %2 is none of them); save it from the spreadsheet as CSV UTF-8.</source>
        <translation>Die Datei ist kein UTF-8-, UTF-16- oder Windows-1252-Text (Byte 0x%1 in Zeile %2 passt zu keiner dieser Kodierungen); speichern Sie sie in der Tabellenkalkulation als CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>Die Datei ist kein gültiger UTF-16-Text.</translation>
    </message>
    <message>
        <source>The file starts as UTF-8 (byte-order mark) but holds bytes that are not UTF-8.</source>
        <translation>Die Datei beginnt als UTF-8 (Byte-Order-Mark), enthält aber Bytes, die kein UTF-8 sind.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text: a surrogate without its pair (U+%1) on line %2.</source>
        <translation>Die Datei ist kein gültiger UTF-16-Text: ein Surrogat ohne sein Gegenstück (U+%1) in Zeile %2.</translation>
    </message>
    <message>
        <source>Line %1: a row of more than %2 million characters (is this a CSV file, or is a quote never closed?).</source>
        <translation>Zeile %1: eine Zeile mit mehr als %2 Millionen Zeichen (ist das eine CSV-Datei, oder wird ein Anführungszeichen nie geschlossen?).</translation>
    </message>
    <message>
        <source>Line %1: a row of more than %2 fields (is this a CSV file?).</source>
        <translation>Zeile %1: eine Zeile mit mehr als %2 Feldern (ist das eine CSV-Datei?).</translation>
    </message>
    <message>
        <source>The file mixes UTF-8 (line %1) with another encoding (line %2): read either way, some of its names would come out garbled. Save it from the spreadsheet as CSV UTF-8.</source>
        <translation>Die Datei mischt UTF-8 (Zeile %1) mit einer anderen Kodierung (Zeile %2): wie auch immer gelesen, kämen manche ihrer Namen verstümmelt heraus. Speichern Sie sie in der Tabellenkalkulation als CSV UTF-8.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>No patient with MRN &quot;%1&quot;.</source>
        <translation>Kein Patient mit der MRN &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>not a date: use YYYY-MM-DD with a day that exists</source>
        <translation>kein Datum: verwenden Sie YYYY-MM-DD mit einem existierenden Tag</translation>
    </message>
    <message>
        <source>not a number (use a dot as decimal separator, e.g. 1.5)</source>
        <translation>keine Zahl (verwenden Sie einen Punkt als Dezimaltrennzeichen, z. B. 1.5)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation>verwenden Sie yes oder no</translation>
    </message>
    <message>
        <source>unknown key; use one of: %1</source>
        <translation>unbekannter Schlüssel; verwenden Sie einen der Werte: %1</translation>
    </message>
    <message>
        <source>use I to VI (or 1 to 6)</source>
        <translation>verwenden Sie I bis VI (oder 1 bis 6)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>required; use one of: %1</source>
        <translation>erforderlich; verwenden Sie einen der Werte: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>required: YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>erforderlich: YYYY-MM-DD oder YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM with a day that exists</source>
        <translation>kein Datum: verwenden Sie YYYY-MM-DD oder YYYY-MM-DDTHH:MM mit einem existierenden Tag</translation>
    </message>
    <message>
        <source>this local time does not exist (a daylight-saving change skips it)</source>
        <translation>diese Ortszeit gibt es nicht (die Zeitumstellung überspringt sie)</translation>
    </message>
    <message>
        <source>give the severity after a colon, e.g. %1:mild (%2)</source>
        <translation>geben Sie den Schweregrad nach einem Doppelpunkt an, z. B. %1:mild (%2)</translation>
    </message>
    <message>
        <source>required: YYYY-MM-DD</source>
        <translation>erforderlich: YYYY-MM-DD</translation>
    </message>
    <message>
        <source>for the SALT scale give the hair loss in % of the four regions: vertex|posterior|right|left, e.g. 50|25|10|0, or the SALT total alone, e.g. 27.8</source>
        <translation>für die SALT-Skala den Haarverlust in % der vier Regionen angeben: vertex|posterior|right|left, z. B. 50|25|10|0, oder nur den SALT-Gesamtwert, z. B. 27.8</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>diagnoses</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <source>Nothing to import: name at least one file.</source>
        <translation>Nichts zu importieren: Geben Sie mindestens eine Datei an.</translation>
    </message>
    <message>
        <source>%1 problem(s) found; nothing was imported.
%2</source>
        <translation>%1 Problem(e) gefunden; es wurde nichts importiert.
%2</translation>
    </message>
    <message>
        <source>missing column; a %1 file needs: %2</source>
        <translation>fehlende Spalte; eine %1-Datei benötigt: %2</translation>
    </message>
    <message>
        <source>unknown column; the columns of a %1 file are: %2</source>
        <translation>unbekannte Spalte; die Spalten einer %1-Datei sind: %2</translation>
    </message>
    <message>
        <source>column given twice</source>
        <translation>Spalte doppelt angegeben</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>no patient with this MRN, in the database or in the patients file</source>
        <translation>kein Patient mit dieser MRN, weder in der Datenbank noch in der Patientendatei</translation>
    </message>
    <message>
        <source>the same MRN as line %1</source>
        <translation>dieselbe MRN wie Zeile %1</translation>
    </message>
    <message>
        <source>duplicates line %1</source>
        <translation>wiederholt Zeile %1</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; there</source>
        <translation>%1 ist dort &quot;%2&quot;</translation>
    </message>
    <message>
        <source>already in the database with other values (%1); change the record in Tricholog, or leave this row out</source>
        <translation>bereits mit anderen Werten in der Datenbank (%1); ändern Sie den Datensatz in Tricholog oder lassen Sie diese Zeile weg</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Der Import konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already present (unchanged); read as %4</source>
        <translation>%1: %2 hinzugefügt, %3 bereits vorhanden (unverändert); gelesen als %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary file of row keys could not be read: %1</source>
        <translation>Die temporäre Datei der Zeilenschlüssel des Imports konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Diagnosis %1 does not exist.</source>
        <translation>Die Diagnose %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Measurement %1 does not exist.</source>
        <translation>Die Messung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Outcome %1 does not exist.</source>
        <translation>Die Patientenbewertung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The patient was never saved.</source>
        <translation>Der Patient wurde nie gespeichert.</translation>
    </message>
    <message>
        <source>Patient %1 does not exist.</source>
        <translation>Der Patient %1 existiert nicht.</translation>
    </message>
    <message>
        <source>No patient has the record number &quot;%1&quot;.</source>
        <translation>Kein Patient hat die Patientennummer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Session %1 does not exist.</source>
        <translation>Die Sitzung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation>Noch keine Sitzung.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved (%1).</source>
        <translation>Der Datenträger ist voll: Die Änderung wurde nicht gespeichert (%1).</translation>
    </message>
    <message>
        <source>The database is read-only: the change was not saved (%1).</source>
        <translation>Die Datenbank ist schreibgeschützt: Die Änderung wurde nicht gespeichert (%1).</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again (%1).</source>
        <translation>Die Datenbank wird von einem anderen Programm verwendet; versuchen Sie es erneut (%1).</translation>
    </message>
    <message>
        <source>The file is not a database (%1).</source>
        <translation>Die Datei ist keine Datenbank (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>Die Datenbankdatei ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1).</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The disk reported an error: the change was not saved (%1).</source>
        <translation>Der Datenträger hat einen Fehler gemeldet: Die Änderung wurde nicht gespeichert (%1).</translation>
    </message>
    <message>
        <source>Unknown database error</source>
        <translation>Unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2: check that the path exists and is writable.</source>
        <translation>Der Ordner %1 für die Datenbank %2 kann nicht erstellt werden: Prüfen Sie, ob der Pfad existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tricholog database (it is not an SQLite file).</source>
        <translation>%1 ist keine Tricholog-Datenbank (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging (journal mode is %2); the file may be on a read-only or network drive.</source>
        <translation>%1 kann nicht auf Write-Ahead-Logging umgestellt werden (Journalmodus ist %2); die Datei liegt möglicherweise auf einem schreibgeschützten Laufwerk oder Netzlaufwerk.</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>%1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <source>Foreign keys cannot be enabled on %1.</source>
        <translation>Fremdschlüssel können für %1 nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>synchronous=FULL cannot be set on %1.</source>
        <translation>synchronous=FULL kann für %1 nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tricholog database.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Tricholog-Datenbank.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tricholog (schema version %2; this version knows up to %3). Update Tricholog to open it.</source>
        <translation>%1 wurde von einer neueren Tricholog-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Tricholog, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Not migrating %1: the backup copy could not be written (%2).</source>
        <translation>%1 wird nicht migriert: Die Sicherungskopie konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Cannot start migrating %1: %2</source>
        <translation>Die Migration von %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Migrating %1 to schema version %2 failed; the file is left at version %3. Reason: %4</source>
        <translation>Die Migration von %1 auf Schemaversion %2 ist fehlgeschlagen; die Datei bleibt auf Version %3. Grund: %4</translation>
    </message>
    <message>
        <source>A backup copy is at %1.</source>
        <translation>Eine Sicherungskopie liegt unter %1.</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it.</source>
        <translation>%1 existiert bereits; die Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this; ask a clinician or the administrator.</source>
        <translation>%1 (%2) darf das nicht; fragen Sie eine Ärztin/einen Arzt oder die Administration.</translation>
    </message>
    <message>
        <source>Sign in first: this database has accounts.</source>
        <translation>Melden Sie sich zuerst an: Diese Datenbank hat Benutzerkonten.</translation>
    </message>
    <message>
        <source>This %1 no longer exists (deleted meanwhile).</source>
        <translation>Dieser Datensatz (%1) existiert nicht mehr (inzwischen gelöscht).</translation>
    </message>
    <message>
        <source>%1 saved this %2 at %3, after you opened it. Your change was not saved: reload (F5) to see theirs, then edit again.</source>
        <translation>%1 hat diesen Datensatz (%2) um %3 gespeichert, nachdem Sie ihn geöffnet hatten. Ihre Änderung wurde nicht gespeichert: Laden Sie neu (F5), um die andere Änderung zu sehen, und bearbeiten Sie dann erneut.</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Patientenbewertung</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older Tricholog: open it once with write access so it can be upgraded.</source>
        <translation>%1 ist schreibgeschützt und stammt von einer älteren Tricholog-Version: Öffnen Sie die Datei einmal mit Schreibrechten, damit sie aktualisiert werden kann.</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be saved.</source>
        <translation>%1 ist schreibgeschützt geöffnet: Nichts kann gespeichert werden.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photo %1 does not exist.</source>
        <translation>Das Foto %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>This session has %n photo(s): delete them first (Photos tab) if the session is to go.</source>
        <translation>
            <numerusform>Diese Sitzung hat %n Foto: Löschen Sie es zuerst (Registerkarte Fotos), wenn die Sitzung entfernt werden soll.</numerusform>
            <numerusform>Diese Sitzung hat %n Fotos: Löschen Sie diese zuerst (Registerkarte Fotos), wenn die Sitzung entfernt werden soll.</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3</source>
        <translation>PostgreSQL-Datenbank %1 auf %2:%3</translation>
    </message>
    <message>
        <source>SQLite database: %1</source>
        <translation>SQLite-Datenbank: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1“ ist keine Serveradresse; schreiben Sie postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>A password does not belong in the address (it would be seen in the process list and the history): give it in TRICHOLOG_DB_PASSWORD, in ~/.pgpass, or when asked.</source>
        <translation>Ein Passwort gehört nicht in die Adresse (es wäre in der Prozessliste und im Verlauf zu sehen): geben Sie es in TRICHOLOG_DB_PASSWORD, in ~/.pgpass oder auf Nachfrage an.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1 on %2:%3: %4</source>
        <translation>Keine Verbindung zur Datenbank %1 auf %2:%3: %4</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a Tricholog database: use an empty database.</source>
        <translation>%1 enthält Tabellen eines anderen Programms, keine Tricholog-Datenbank: verwenden Sie eine leere Datenbank.</translation>
    </message>
    <message>
        <source>A server database is backed up on the server, with pg_dump (see the README for clinic IT).</source>
        <translation>Eine Server-Datenbank wird auf dem Server mit pg_dump gesichert (siehe README für die Praxis-IT).</translation>
    </message>
    <message>
        <source>The database server cannot be reached: the change was not saved. Tricholog connects again on the next try (%1).</source>
        <translation>Der Datenbankserver ist nicht erreichbar: die Änderung wurde nicht gespeichert. Tricholog verbindet sich beim nächsten Versuch neu (%1).</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: the change was not saved (%1).</source>
        <translation>Der Datenträger des Datenbankservers ist voll: die Änderung wurde nicht gespeichert (%1).</translation>
    </message>
    <message>
        <source>Interrupted (%1).</source>
        <translation>Unterbrochen (%1).</translation>
    </message>
    <message>
        <source>The database is busy with another workstation&apos;s change; try again (%1).</source>
        <translation>Die Datenbank ist mit der Änderung eines anderen Arbeitsplatzes beschäftigt; versuchen Sie es erneut (%1).</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is %2), not a database file.</source>
        <translation>%1 ist keine reguläre Datei (sondern %2), also keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is open read-only: its audit protection was changed outside Tricholog (%2). Nothing can be saved until an administrator restores a backup; tricholog audit verify names what is wrong.</source>
        <translation>%1 ist schreibgeschützt geöffnet: Der Audit-Schutz der Datenbank wurde außerhalb von Tricholog geändert (%2). Es kann nichts gespeichert werden, bis die Administration eine Sicherung wiederherstellt; tricholog audit verify nennt, was nicht stimmt.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2).</source>
        <translation>Die Datenbankdatei %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The server ended the read without a reason.</source>
        <translation>Der Server hat das Lesen ohne Angabe eines Grundes beendet.</translation>
    </message>
    <message>
        <source>The server&apos;s rows did not start as expected.</source>
        <translation>Die Zeilen des Servers begannen nicht wie erwartet.</translation>
    </message>
    <message>
        <source>A row from the server could not be read.</source>
        <translation>Eine Zeile vom Server konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>DeviceProfiles</name>
    <message>
        <source>The name must have 1 to %1 characters.</source>
        <translation>Der Name muss 1 bis %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The scale must be between 0.2 and 50 micrometres per pixel (given: %1).</source>
        <translation>Der Maßstab muss zwischen 0,2 und 50 Mikrometern pro Pixel liegen (angegeben: %1).</translation>
    </message>
    <message>
        <source>The magnification must be 1 to 1000 (given: %1).</source>
        <translation>Die Vergrößerung muss 1 bis 1000 sein (angegeben: %1).</translation>
    </message>
    <message>
        <source>The uncertainty cannot be negative.</source>
        <translation>Die Unsicherheit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The calibration date is missing.</source>
        <translation>Das Kalibrierdatum fehlt.</translation>
    </message>
    <message>
        <source>The method must be ruler or entered, not %1.</source>
        <translation>Die Methode muss ruler oder entered sein, nicht %1.</translation>
    </message>
    <message>
        <source>There is no device profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Geräteprofil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A device profile named &quot;%1&quot; exists.</source>
        <translation>Ein Geräteprofil namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>device profile</source>
        <translation>Geräteprofil</translation>
    </message>
    <message>
        <source>The device profile is gone.</source>
        <translation>Das Geräteprofil ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <source>III vertex</source>
        <translation>III vertex</translation>
    </message>
</context>
<context>
    <name>EngineCopy</name>
    <message>
        <source>Copied and counted again: %1. The audit trail&apos;s %2 entries link up on the server.</source>
        <translation>Kopiert und nachgezählt: %1. Die %2 Einträge des Audit-Protokolls sind auf dem Server lückenlos verkettet.</translation>
    </message>
    <message>
        <source>A practice moves from an SQLite file to a PostgreSQL server.</source>
        <translation>Eine Praxis zieht von einer SQLite-Datei auf einen PostgreSQL-Server um.</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>Die beiden Datenbanken haben verschiedene Schemaversionen (%1 und %2).</translation>
    </message>
    <message>
        <source>%1 is not empty (it has %2 rows): a practice moves into an empty database only.</source>
        <translation>%1 ist nicht leer (sie hat %2 Zeilen): eine Praxis zieht nur in eine leere Datenbank um.</translation>
    </message>
    <message>
        <source>Stopped: nothing was kept.</source>
        <translation>Angehalten: nichts wurde behalten.</translation>
    </message>
    <message>
        <source>%1: %2 rows in the file, %3 on the server after the copy.</source>
        <translation>%1: %2 Zeilen in der Datei, %3 auf dem Server nach der Kopie.</translation>
    </message>
    <message>
        <source>The audit trail on the server does not check out: %1.</source>
        <translation>Das Audit-Protokoll auf dem Server ist nicht stimmig: %1.</translation>
    </message>
</context>
<context>
    <name>ExportedMessage</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>FhirExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImageAnalyses</name>
    <message>
        <source>The analysis has no hairs or no engine named.</source>
        <translation>Die Analyse enthält keine Haare oder nennt keinen Algorithmus.</translation>
    </message>
    <message>
        <source>image analysis</source>
        <translation>Bildanalyse</translation>
    </message>
    <message>
        <source>Image analysis %1 does not exist.</source>
        <translation>Die Bildanalyse %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Measurement %1 was not made by image analysis.</source>
        <translation>Die Messung %1 wurde nicht per Bildanalyse erstellt.</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>the trigger %1 is missing</source>
        <translation>der Trigger %1 fehlt</translation>
    </message>
    <message>
        <source>the trigger %1 was altered</source>
        <translation>der Trigger %1 wurde verändert</translation>
    </message>
    <message>
        <source>the trigger %1 is not Tricholog&apos;s</source>
        <translation>der Trigger %1 stammt nicht von Tricholog</translation>
    </message>
    <message>
        <source>the trigger %1 is disabled</source>
        <translation>der Trigger %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>the function %1 is missing</source>
        <translation>die Funktion %1 fehlt</translation>
    </message>
    <message>
        <source>the function %1 was altered</source>
        <translation>die Funktion %1 wurde verändert</translation>
    </message>
    <message>
        <source>%1 %2 (patient %3)</source>
        <translation>%1 %2 (Patient %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 changed outside Tricholog</source>
        <translation>%1: %2 außerhalb von Tricholog geändert</translation>
    </message>
    <message>
        <source>%1: added outside Tricholog (the trail never logged it)</source>
        <translation>%1: außerhalb von Tricholog hinzugefügt (das Audit-Protokoll hat dies nie erfasst)</translation>
    </message>
    <message>
        <source>%1: removed outside Tricholog (no deletion was logged)</source>
        <translation>%1: außerhalb von Tricholog entfernt (es wurde keine Löschung protokolliert)</translation>
    </message>
    <message>
        <source>%1: the rows the import of trail entry %2 wrote were changed, added or removed outside Tricholog (they no longer add up to what the import recorded)</source>
        <translation>%1: die Zeilen, die der Import des Protokolleintrags %2 schrieb, wurden außerhalb von Tricholog geändert, hinzugefügt oder entfernt (sie stimmen nicht mehr mit dem überein, was der Import festhielt)</translation>
    </message>
    <message>
        <source>%1 %2 to %3: rows the import of trail entry %4 wrote there were changed, added or removed outside Tricholog (they no longer add up to what the import recorded)</source>
        <translation>%1 %2 bis %3: Zeilen, die der Import des Protokolleintrags %4 dort schrieb, wurden außerhalb von Tricholog geändert, hinzugefügt oder entfernt (sie stimmen nicht mehr mit dem überein, was der Import festhielt)</translation>
    </message>
    <message>
        <source>the audit trail&apos;s table or index %1 is missing</source>
        <translation>die Tabelle oder der Index %1 des Audit-Protokolls fehlt</translation>
    </message>
    <message>
        <source>the audit trail&apos;s table or index %1 was altered</source>
        <translation>die Tabelle oder der Index %1 des Audit-Protokolls wurde verändert</translation>
    </message>
    <message>
        <source>the index or constraint %1 on the audit trail is not Tricholog&apos;s</source>
        <translation>der Index oder die Einschränkung %1 am Audit-Protokoll stammt nicht von Tricholog</translation>
    </message>
    <message>
        <source>the rule %1 on %2 is not Tricholog&apos;s</source>
        <translation>die Regel %1 auf %2 stammt nicht von Tricholog</translation>
    </message>
    <message>
        <source>row-level security on %1 is not Tricholog&apos;s</source>
        <translation>die Zeilensicherheit (Row-Level Security) auf %1 stammt nicht von Tricholog</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>no sessions yet</source>
        <translation>noch keine Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sessions, course complete</source>
        <translation>%1 von %2 Sitzungen, Behandlungsserie abgeschlossen</translation>
    </message>
    <message>
        <source>session %1 of %2</source>
        <translation>Sitzung %1 von %2</translation>
    </message>
    <message>
        <source>undefined (baseline is 0)</source>
        <translation>nicht definiert (Ausgangswert ist 0)</translation>
    </message>
    <message>
        <source>needs two visits</source>
        <translation>benötigt zwei Termine</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Non-responder</source>
        <translation>Non-Responder</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>Noch nicht beurteilbar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>begrenzt</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>very severe</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <source>SALT %1 (%2)</source>
        <translation>SALT %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>viel schlechter</translation>
    </message>
    <message>
        <source>moderately worse</source>
        <translation>mäßig schlechter</translation>
    </message>
    <message>
        <source>slightly worse</source>
        <translation>etwas schlechter</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>slightly better</source>
        <translation>etwas besser</translation>
    </message>
    <message>
        <source>moderately better</source>
        <translation>mäßig besser</translation>
    </message>
    <message>
        <source>much better</source>
        <translation>viel besser</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation>Divers / unbekannt</translation>
    </message>
    <message>
        <source>Androgenetic alopecia, male pattern</source>
        <translation>Androgenetische Alopezie, männliches Muster</translation>
    </message>
    <message>
        <source>Androgenetic alopecia, female pattern</source>
        <translation>Androgenetische Alopezie, weibliches Muster</translation>
    </message>
    <message>
        <source>Alopecia areata (patchy)</source>
        <translation>Alopecia areata (umschrieben)</translation>
    </message>
    <message>
        <source>Alopecia totalis</source>
        <translation>Alopecia totalis</translation>
    </message>
    <message>
        <source>Alopecia universalis</source>
        <translation>Alopecia universalis</translation>
    </message>
    <message>
        <source>Ophiasis</source>
        <translation>Ophiasis</translation>
    </message>
    <message>
        <source>Telogen effluvium</source>
        <translation>Telogenes Effluvium</translation>
    </message>
    <message>
        <source>Anagen effluvium</source>
        <translation>Anagenes Effluvium</translation>
    </message>
    <message>
        <source>Traction alopecia</source>
        <translation>Traktionsalopezie</translation>
    </message>
    <message>
        <source>Cicatricial (scarring) alopecia</source>
        <translation>Vernarbende Alopezie</translation>
    </message>
    <message>
        <source>Other / unspecified alopecia</source>
        <translation>Sonstige / nicht näher bezeichnete Alopezie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>In remission</source>
        <translation>In Remission</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeheilt</translation>
    </message>
    <message>
        <source>No scale</source>
        <translation>Keine Skala</translation>
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
        <translation>Gelbe Punkte</translation>
    </message>
    <message>
        <source>Black dots</source>
        <translation>Schwarze Punkte</translation>
    </message>
    <message>
        <source>Broken hairs</source>
        <translation>Abgebrochene Haare</translation>
    </message>
    <message>
        <source>Exclamation-mark hairs</source>
        <translation>Ausrufezeichenhaare</translation>
    </message>
    <message>
        <source>Short vellus hairs</source>
        <translation>Kurze Vellushaare</translation>
    </message>
    <message>
        <source>Hair-diameter diversity &gt; 20 %</source>
        <translation>Haardurchmesser-Variabilität &gt; 20 %</translation>
    </message>
    <message>
        <source>Perifollicular discoloration</source>
        <translation>Perifollikuläre Verfärbung</translation>
    </message>
    <message>
        <source>Peripilar sign</source>
        <translation>Peripilares Zeichen</translation>
    </message>
    <message>
        <source>Tufting</source>
        <translation>Büschelhaare (Tufting)</translation>
    </message>
    <message>
        <source>Absent follicular openings</source>
        <translation>Fehlende Follikelöffnungen</translation>
    </message>
    <message>
        <source>Perifollicular scaling</source>
        <translation>Perifollikuläre Schuppung</translation>
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
        <translation>Microneedling-Pen</translation>
    </message>
    <message>
        <source>Fractional RF microneedling</source>
        <translation>Fraktioniertes Radiofrequenz-Microneedling</translation>
    </message>
    <message>
        <source>Frontal</source>
        <translation>Frontal</translation>
    </message>
    <message>
        <source>Mid-scalp</source>
        <translation>Mittelkopf</translation>
    </message>
    <message>
        <source>Vertex</source>
        <translation>Scheitel</translation>
    </message>
    <message>
        <source>Left temporal</source>
        <translation>Temporal links</translation>
    </message>
    <message>
        <source>Right temporal</source>
        <translation>Temporal rechts</translation>
    </message>
    <message>
        <source>Occipital</source>
        <translation>Okzipital</translation>
    </message>
    <message>
        <source>Target area</source>
        <translation>Zielareal</translation>
    </message>
    <message>
        <source>Mild erythema</source>
        <translation>Leichtes Erythem</translation>
    </message>
    <message>
        <source>Pinpoint bleeding</source>
        <translation>Punktförmige Blutung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Phototrichogram</source>
        <translation>Phototrichogramm</translation>
    </message>
    <message>
        <source>Trichoscopy (software-assisted)</source>
        <translation>Trichoskopie (softwaregestützt)</translation>
    </message>
    <message>
        <source>Manual count</source>
        <translation>Manuelle Zählung</translation>
    </message>
    <message>
        <source>Erythema</source>
        <translation>Erythem</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Juckreiz</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Oedema</source>
        <translation>Ödem</translation>
    </message>
    <message>
        <source>Ecchymosis</source>
        <translation>Ekchymose</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <source>Shedding</source>
        <translation>Vermehrter Haarausfall (Shedding)</translation>
    </message>
    <message>
        <source>Folliculitis / infection</source>
        <translation>Follikulitis / Infektion</translation>
    </message>
    <message>
        <source>Post-inflammatory hyperpigmentation</source>
        <translation>Postinflammatorische Hyperpigmentierung</translation>
    </message>
    <message>
        <source>Milia</source>
        <translation>Milien</translation>
    </message>
    <message>
        <source>Scarring</source>
        <translation>Narbenbildung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Minoxidil</source>
        <translation>Minoxidil</translation>
    </message>
    <message>
        <source>Platelet-rich plasma</source>
        <translation>Plättchenreiches Plasma (PRP)</translation>
    </message>
    <message>
        <source>Exosomes</source>
        <translation>Exosomen</translation>
    </message>
    <message>
        <source>Growth-factor serum</source>
        <translation>Wachstumsfaktor-Serum</translation>
    </message>
    <message>
        <source>Topical finasteride</source>
        <translation>Topisches Finasterid</translation>
    </message>
    <message>
        <source>Dutasteride mesotherapy</source>
        <translation>Dutasterid-Mesotherapie</translation>
    </message>
    <message>
        <source>Global frontal</source>
        <translation>Übersicht frontal</translation>
    </message>
    <message>
        <source>Global vertex</source>
        <translation>Übersicht Scheitel</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Trichoscopic</source>
        <translation>Trichoskopisch</translation>
    </message>
    <message>
        <source>from the camera (EXIF)</source>
        <translation>laut Kamera (EXIF)</translation>
    </message>
    <message>
        <source>from the file&apos;s time</source>
        <translation>laut Dateizeit</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>manuell eingegeben</translation>
    </message>
    <message>
        <source>Hair density</source>
        <translation>Haardichte</translation>
    </message>
    <message>
        <source>Mean hair-shaft diameter</source>
        <translation>Mittlerer Haarschaftdurchmesser</translation>
    </message>
    <message>
        <source>Terminal hairs</source>
        <translation>Terminalhaare</translation>
    </message>
    <message>
        <source>Vellus hairs</source>
        <translation>Vellushaare</translation>
    </message>
    <message>
        <source>Anagen hairs</source>
        <translation>Anagenhaare</translation>
    </message>
    <message>
        <source>Telogen hairs</source>
        <translation>Telogenhaare</translation>
    </message>
    <message>
        <source>Hair count in target area</source>
        <translation>Haaranzahl im Zielareal</translation>
    </message>
    <message>
        <source>Cumulative hair thickness</source>
        <translation>Kumulative Haardicke</translation>
    </message>
    <message>
        <source>Too early to judge</source>
        <translation>Zu früh für eine Beurteilung</translation>
    </message>
    <message>
        <source>Control site</source>
        <translation>Kontrollareal</translation>
    </message>
    <message>
        <source>Image analysis (Tricholog)</source>
        <translation>Bildanalyse (Tricholog)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>MeasurementFields</name>
    <message>
        <source>Hair density</source>
        <translation>Haardichte</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Hair count</source>
        <translation>Haaranzahl</translation>
    </message>
    <message>
        <source>Counted area</source>
        <translation>Gezählte Fläche</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Mean hair-shaft diameter</source>
        <translation>Mittlerer Haarschaftdurchmesser</translation>
    </message>
    <message>
        <source>Mean diameter</source>
        <translation>Mittlerer Durchmesser</translation>
    </message>
    <message>
        <source>Terminal hairs</source>
        <translation>Terminalhaare</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Vellus hairs</source>
        <translation>Vellushaare</translation>
    </message>
    <message>
        <source>Vellus</source>
        <translation>Vellus</translation>
    </message>
    <message>
        <source>Anagen hairs</source>
        <translation>Anagenhaare</translation>
    </message>
    <message>
        <source>Anagen</source>
        <translation>Anagen</translation>
    </message>
    <message>
        <source>Telogen hairs</source>
        <translation>Telogenhaare</translation>
    </message>
    <message>
        <source>Telogen</source>
        <translation>Telogen</translation>
    </message>
    <message>
        <source>Follicular units</source>
        <translation>Follikuläre Einheiten</translation>
    </message>
    <message>
        <source>Hairs per follicular unit</source>
        <translation>Haare pro follikulärer Einheit</translation>
    </message>
    <message>
        <source>Hairs per unit</source>
        <translation>Haare pro Einheit</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Unknown metric &quot;%1&quot;; one of: %2.</source>
        <translation>Unbekannter Messwert &quot;%1&quot;; einer von: %2.</translation>
    </message>
    <message>
        <source>The time point must be 1 to 520 weeks (given: %1).</source>
        <translation>Der Zeitpunkt muss 1 bis 520 Wochen betragen (angegeben: %1).</translation>
    </message>
    <message>
        <source>The window must be 0 weeks or more and shorter than the time point (given: %1 weeks at week %2).</source>
        <translation>Das Zeitfenster muss 0 Wochen oder mehr betragen und kürzer als der Zeitpunkt sein (angegeben: %1 Wochen bei Woche %2).</translation>
    </message>
    <message>
        <source>Unknown adjunct in &quot;%1&quot;; one of: %2.</source>
        <translation>Unbekannte Begleittherapie in &quot;%1&quot;; eine von: %2.</translation>
    </message>
    <message>
        <source>The responder threshold must be -100 to 1000 %.</source>
        <translation>Die Responder-Schwelle muss -100 bis 1000 % betragen.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from liegt nach --to.</translation>
    </message>
    <message>
        <source>Unknown diagnosis &quot;%1&quot;.</source>
        <translation>Unbekannte Diagnose &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown sex &quot;%1&quot;.</source>
        <translation>Unbekanntes Geschlecht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An age must be 0 to 130 years (given: %1).</source>
        <translation>Ein Alter muss 0 bis 130 Jahre betragen (angegeben: %1).</translation>
    </message>
    <message>
        <source>The age band&apos;s lower bound is above its upper bound.</source>
        <translation>Die untere Grenze der Altersgruppe liegt über der oberen.</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>No active diagnosis</source>
        <translation>Keine aktive Diagnose</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>ohne %1</translation>
    </message>
    <message>
        <source>microneedling + 5 % minoxidil</source>
        <translation>Microneedling + Minoxidil 5 %</translation>
    </message>
    <message>
        <source>5 % minoxidil alone</source>
        <translation>Minoxidil 5 % allein</translation>
    </message>
    <message>
        <source>5 % minoxidil</source>
        <translation>Minoxidil 5 %</translation>
    </message>
    <message>
        <source>2 % minoxidil</source>
        <translation>Minoxidil 2 %</translation>
    </message>
    <message>
        <source>placebo</source>
        <translation>Placebo</translation>
    </message>
    <message>
        <source>Unknown grouping &quot;%1&quot;; one of: none, device, needle, diagnosis, adjunct:KEY, adherence.</source>
        <translation>Unbekannte Gruppierung „%1“; eine von: none, device, needle, diagnosis, adjunct:KEY, adherence.</translation>
    </message>
    <message>
        <source>No treatment plan</source>
        <translation>Kein Behandlungsplan</translation>
    </message>
    <message>
        <source>Adherence at least 80 %</source>
        <translation>Therapietreue mindestens 80 %</translation>
    </message>
    <message>
        <source>Adherence under 80 %</source>
        <translation>Therapietreue unter 80 %</translation>
    </message>
</context>
<context>
    <name>PatientBand</name>
    <message>
        <source>born %1</source>
        <translation>geboren am %1</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>Geburtsdatum nicht erfasst</translation>
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
        <translation>MRN-Muster</translation>
    </message>
    <message>
        <source>one {n} or {n:05}</source>
        <translation>ein {n} oder {n:05}</translation>
    </message>
    <message>
        <source>MRN pattern &quot;%1&quot;: it needs exactly one running number, {n} or {n:05} (zero-padded to 5 digits).</source>
        <translation>MRN-Muster &quot;%1&quot;: Es braucht genau eine laufende Nummer, {n} oder {n:05} (mit Nullen auf 5 Stellen aufgefüllt).</translation>
    </message>
</context>
<context>
    <name>PhotoLabels</name>
    <message>
        <source>session %1 of %2</source>
        <translation>Sitzung %1 von %2</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>Image file</source>
        <translation>Bilddatei</translation>
    </message>
    <message>
        <source>a JPEG or PNG image</source>
        <translation>ein JPEG- oder PNG-Bild</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>It is not an image Tricholog can read (JPEG or PNG).</source>
        <translation>Die Datei ist kein Bild, das Tricholog lesen kann (JPEG oder PNG).</translation>
    </message>
    <message>
        <source>It is a %1 image; only JPEG and PNG photos are accepted.</source>
        <translation>Die Datei ist ein %1-Bild; es werden nur JPEG- und PNG-Fotos angenommen.</translation>
    </message>
    <message>
        <source>Its image size cannot be read (%1).</source>
        <translation>Die Bildgröße kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The image cannot be decoded (%1).</source>
        <translation>Das Bild kann nicht dekodiert werden (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has not given photo consent, so no photo can be attached or shown. Record the consent first: Patient &gt; Edit patient (Ctrl+E), &quot;Photo consent&quot;.</source>
        <translation>%1 hat keine Fotoeinwilligung erteilt, daher können keine Fotos angehängt oder angezeigt werden. Erfassen Sie zuerst die Einwilligung: Patient &gt; Patient bearbeiten (Strg+E), &quot;Foto-Einwilligung&quot;.</translation>
    </message>
    <message>
        <source>The original of the %1 photo taken %2 is missing from the database; restore it from a backup.</source>
        <translation>Das Original des Fotos &quot;%1&quot; vom %2 fehlt in der Datenbank; stellen Sie es aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The original of the %1 photo taken %2 is damaged: its bytes no longer match the SHA-256 checksum recorded when it was stored; restore it from a backup.</source>
        <translation>Das Original des Fotos &quot;%1&quot; vom %2 ist beschädigt: Seine Bytes stimmen nicht mehr mit der SHA-256-Prüfsumme überein, die beim Speichern erfasst wurde; stellen Sie es aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Fotoeinwilligung</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>a session of this patient</source>
        <translation>eine Sitzung dieses Patienten</translation>
    </message>
    <message>
        <source>A photo belongs to a session of %1: record the session first.</source>
        <translation>Ein Foto gehört zu einer Sitzung von %1: Erfassen Sie zuerst die Sitzung.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>The protocol needs a name.</source>
        <translation>Das Protokoll braucht einen Namen.</translation>
    </message>
    <message>
        <source>The needle length must be 0.1 to 3.0 mm (given: %1).</source>
        <translation>Die Nadellänge muss 0,1 bis 3,0 mm betragen (angegeben: %1).</translation>
    </message>
    <message>
        <source>The interval must be 1 to 365 days (given: %1).</source>
        <translation>Der Abstand muss 1 bis 365 Tage betragen (angegeben: %1).</translation>
    </message>
    <message>
        <source>The number of sessions must be 1 to 100 (given: %1).</source>
        <translation>Die Zahl der Sitzungen muss 1 bis 100 betragen (angegeben: %1).</translation>
    </message>
    <message>
        <source>A measurement visit must be 0 to 260 weeks from the start (given: %1).</source>
        <translation>Ein Messtermin muss 0 bis 260 Wochen nach dem Beginn liegen (angegeben: %1).</translation>
    </message>
    <message>
        <source>Measurement week %1 is given twice.</source>
        <translation>Messwoche %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Dermaroller 1.5 mm weekly with minoxidil 5 % (12 weeks)</source>
        <translation>Dermaroller 1,5 mm wöchentlich mit Minoxidil 5 % (12 Wochen)</translation>
    </message>
    <message>
        <source>5 % solution, 1 ml twice daily, not on the day of a session</source>
        <translation>Lösung 5 %, 1 ml zweimal täglich, nicht am Tag einer Sitzung</translation>
    </message>
    <message>
        <source>Pen 0.5-1.0 mm every 3 weeks</source>
        <translation>Pen 0,5-1,0 mm alle 3 Wochen</translation>
    </message>
    <message>
        <source>0.5 mm frontal and temporal, up to 1.0 mm vertex; every 2-4 weeks as tolerated.</source>
        <translation>0,5 mm frontal und temporal, bis 1,0 mm am Vertex; alle 2-4 Wochen nach Verträglichkeit.</translation>
    </message>
    <message>
        <source>PRP monthly with microneedling</source>
        <translation>PRP monatlich mit Microneedling</translation>
    </message>
    <message>
        <source>3-4 ml per session, applied after microneedling</source>
        <translation>3-4 ml pro Sitzung, nach dem Microneedling aufgetragen</translation>
    </message>
    <message>
        <source>Then every 3-6 months as maintenance.</source>
        <translation>Danach alle 3-6 Monate zur Erhaltung.</translation>
    </message>
    <message>
        <source>session %1 of %2 due %3</source>
        <translation>Sitzung %1 von %2 fällig am %3</translation>
    </message>
    <message>
        <source>measurement visit week %1 due %2</source>
        <translation>Messtermin Woche %1 fällig am %2</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>Fotos: %1</translation>
    </message>
    <message>
        <source>Microneedling session %1 of %2</source>
        <translation>Microneedling-Sitzung %1 von %2</translation>
    </message>
    <message>
        <source>Measurement visit, week %1</source>
        <translation>Messtermin, Woche %1</translation>
    </message>
    <message>
        <source>A protocol template named &quot;%1&quot; exists.</source>
        <translation>Eine Protokollvorlage namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>protocol template</source>
        <translation>Protokollvorlage</translation>
    </message>
    <message>
        <source>Protocol template %1 does not exist.</source>
        <translation>Protokollvorlage %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The plan needs a start date.</source>
        <translation>Der Plan braucht ein Anfangsdatum.</translation>
    </message>
    <message>
        <source>treatment plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>A plan cannot stop before its start (%1).</source>
        <translation>Ein Plan kann nicht vor seinem Beginn (%1) enden.</translation>
    </message>
    <message>
        <source>The contact attempt needs a time.</source>
        <translation>Der Kontaktversuch braucht eine Uhrzeit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%2 of %n planned session(s) kept)</source>
        <translation>
            <numerusform>%1 % (%2 von %n geplanten Sitzung wahrgenommen)</numerusform>
            <numerusform>%1 % (%2 von %n geplanten Sitzungen wahrgenommen)</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>versäumt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>Needling until mild erythema (Dhurat 2013).</source>
        <translation>Needling bis zu leichtem Erythem (Dhurat 2013).</translation>
    </message>
    <message>
        <source>That call is no longer recorded: it was taken back on another workstation.</source>
        <translation>Dieser Anruf ist nicht mehr erfasst: Er wurde an einem anderen Arbeitsplatz zurückgenommen.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practice name</source>
        <translation>Praxisname</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Practice name: required (it heads every report).</source>
        <translation>Praxisname: erforderlich (er steht im Kopf jedes Berichts).</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Practice name: %1 characters, at most %2 allowed.</source>
        <translation>Praxisname: %1 Zeichen, zulässig sind höchstens %2.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address: %1 characters, at most %2 allowed.</source>
        <translation>Adresse: %1 Zeichen, zulässig sind höchstens %2.</translation>
    </message>
    <message>
        <source>text without NUL characters</source>
        <translation>Text ohne NUL-Zeichen</translation>
    </message>
    <message>
        <source>The practice details contain a NUL character.</source>
        <translation>Die Praxisangaben enthalten ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>a PNG or JPEG image</source>
        <translation>ein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <source>Logo: the file is not a readable image.</source>
        <translation>Logo: Die Datei ist kein lesbares Bild.</translation>
    </message>
    <message>
        <source>at most 2 MiB as PNG</source>
        <translation>höchstens 2 MiB als PNG</translation>
    </message>
    <message>
        <source>Logo: too large (%1 KiB as PNG, at most 2048 KiB).</source>
        <translation>Logo: zu groß (%1 KiB als PNG, höchstens 2048 KiB).</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Paper size: &quot;%1&quot; is not A4 or Letter.</source>
        <translation>Papierformat: &quot;%1&quot; ist weder A4 noch Letter.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Visit date</source>
        <translation>Termindatum</translation>
    </message>
    <message>
        <source>Microneedling session</source>
        <translation>Microneedling-Sitzung</translation>
    </message>
    <message>
        <source>Progress chart: %1</source>
        <translation>Verlaufsdiagramm: %1</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png or .svg.</source>
        <translation>%1: Der Dateiname muss auf .png oder .svg enden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Mean diameter</source>
        <translation>Mittlerer Durchmesser</translation>
    </message>
    <message>
        <source>Cumulative thickness</source>
        <translation>Kumulative Dicke</translation>
    </message>
    <message>
        <source>%1, %2
%3
Change from baseline: %4 (%5)</source>
        <translation>%1, %2
%3
Veränderung gegenüber Ausgangswert: %4 (%5)</translation>
    </message>
    <message>
        <source>Session on %1</source>
        <translation>Sitzung am %1</translation>
    </message>
    <message>
        <source>Session %1 on %2</source>
        <translation>Sitzung %1 am %2</translation>
    </message>
    <message>
        <source>%1, needle %2 mm</source>
        <translation>%1, Nadel %2 mm</translation>
    </message>
    <message>
        <source>Adjuncts: %1</source>
        <translation>Zusatzwirkstoffe: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No measurements of %1 yet.</source>
        <translation>Noch keine Messungen von %1.</translation>
    </message>
    <message>
        <source>No percent change: the baseline of %1 is 0.</source>
        <translation>Keine prozentuale Veränderung: Der Ausgangswert von %1 ist 0.</translation>
    </message>
    <message>
        <source>Baseline recorded: progress needs a second visit.</source>
        <translation>Ausgangswert erfasst: Für den Verlauf ist ein zweiter Termin nötig.</translation>
    </message>
    <message>
        <source>Not shown: %1 (baseline is 0, so no percent change).</source>
        <translation>Nicht dargestellt: %1 (Ausgangswert ist 0, daher keine prozentuale Veränderung).</translation>
    </message>
    <message>
        <source>%1: % change from baseline</source>
        <translation>%1: Veränderung gegenüber Ausgangswert in %</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (Kontrolle)</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message numerus="yes">
        <source>No adverse events recorded in %n session(s).</source>
        <translation>
            <numerusform>Keine unerwünschten Ereignisse in %n Sitzung dokumentiert.</numerusform>
            <numerusform>Keine unerwünschten Ereignisse in %n Sitzungen dokumentiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n session(s).</source>
        <translation>
            <numerusform>%1 in %n Sitzung.</numerusform>
            <numerusform>%1 in %n Sitzungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adverse event(s)</source>
        <translation>
            <numerusform>%n unerwünschtes Ereignis</numerusform>
            <numerusform>%n unerwünschte Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hair regrowth progress report: %1 (MRN %2)</source>
        <translation>Fortschrittsbericht Haarwachstum: %1 (MRN %2)</translation>
    </message>
    <message>
        <source>Hair regrowth progress report</source>
        <translation>Fortschrittsbericht Haarwachstum</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>alle Einträge</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>first record</source>
        <translation>erster Eintrag</translation>
    </message>
    <message>
        <source>latest record</source>
        <translation>letzter Eintrag</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Record number (MRN)</source>
        <translation>Patientennummer (MRN)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 Jahre)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation>Geschlecht bei Geburt</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>No diagnosis recorded.</source>
        <translation>Keine Diagnose erfasst.</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Diagnostiziert</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>ICD-10</source>
        <translation>ICD-10</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, AA-IGA %1</source>
        <translation>, AA-IGA %1</translation>
    </message>
    <message>
        <source>; SALT ≤ 20: success criterion met</source>
        <translation>; SALT ≤ 20: Erfolgskriterium erfüllt</translation>
    </message>
    <message>
        <source>; SALT &gt; 20: success criterion not met</source>
        <translation>; SALT &gt; 20: Erfolgskriterium nicht erfüllt</translation>
    </message>
    <message>
        <source>Treatment course</source>
        <translation>Behandlungsverlauf</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>keine in diesem Zeitraum</translation>
    </message>
    <message>
        <source> (course: %1)</source>
        <translation> (Behandlungsserie: %1)</translation>
    </message>
    <message>
        <source>First and last session</source>
        <translation>Erste und letzte Sitzung</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Needle lengths</source>
        <translation>Nadellängen</translation>
    </message>
    <message>
        <source>Adjuncts</source>
        <translation>Zusatzwirkstoffe</translation>
    </message>
    <message>
        <source>Background therapy</source>
        <translation>Basistherapie</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Progress since baseline</source>
        <translation>Verlauf seit Ausgangswert</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>% change</source>
        <translation>Veränderung in %</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <source>single visit</source>
        <translation>nur ein Termin</translation>
    </message>
    <message>
        <source>No measurements in this period.</source>
        <translation>Keine Messungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Patient-reported outcomes</source>
        <translation>Patientenbewertungen</translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation>Keine in diesem Zeitraum erfasst.</translation>
    </message>
    <message>
        <source>Global self-assessment (−3 to +3)</source>
        <translation>Globale Selbsteinschätzung (−3 bis +3)</translation>
    </message>
    <message>
        <source>Shedding (1–6)</source>
        <translation>Haarausfall (1–6)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Clinician (name and signature)</source>
        <translation>Ärztin/Arzt (Name und Unterschrift)</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort und Datum</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>hair regrowth, microneedling, trichoscopy, MRN %1</source>
        <translation>Haarwachstum, Microneedling, Trichoskopie, MRN %1</translation>
    </message>
    <message>
        <source>Microneedling treatment and hair regrowth since baseline</source>
        <translation>Microneedling-Behandlung und Haarwachstum seit Ausgangswert</translation>
    </message>
    <message>
        <source>Photos: first and latest</source>
        <translation>Fotos: erste und letzte Aufnahme</translation>
    </message>
    <message>
        <source>For each view, the first and the latest photo of the period, as taken; the patient consented to photos on %1.</source>
        <translation>Für jede Ansicht das erste und das letzte Foto des Zeitraums, unbearbeitet; der Patient hat die Fotoeinwilligung am %1 erteilt.</translation>
    </message>
    <message>
        <source>Only one photo of this view in the period.</source>
        <translation>Nur ein Foto dieser Ansicht im Zeitraum.</translation>
    </message>
    <message>
        <source>First</source>
        <comment>photo</comment>
        <translation>Erste Aufnahme</translation>
    </message>
    <message>
        <source>Latest</source>
        <comment>photo</comment>
        <translation>Letzte Aufnahme</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n site measurement(s)</source>
        <translation>
            <numerusform>%1: %n Arealmessung</numerusform>
            <numerusform>%1: %n Arealmessungen</numerusform>
        </translation>
    </message>
    <message>
        <source>hair density (hairs/cm²)</source>
        <translation>Haardichte (Haare/cm²)</translation>
    </message>
    <message>
        <source>mean hair-shaft diameter (µm)</source>
        <translation>mittlerer Haarschaftdurchmesser (µm)</translation>
    </message>
    <message>
        <source>terminal and vellus shares</source>
        <translation>Anteile der Terminal- und Vellushaare</translation>
    </message>
    <message>
        <source>No measurement was recorded in this period.</source>
        <translation>In diesem Zeitraum wurde keine Messung erfasst.</translation>
    </message>
    <message>
        <source>Measured per scalp site: %1. Methods and instruments as recorded: %2.</source>
        <translation>Gemessen je Kopfhautareal: %1. Methoden und Instrumente wie erfasst: %2.</translation>
    </message>
    <message>
        <source>other metrics</source>
        <translation>andere Messgrößen</translation>
    </message>
    <message>
        <source>Hairs thinner than %1 µm count as vellus and hairs of %2 µm or more as terminal (this clinic&apos;s settings).</source>
        <translation>Haare mit einem Durchmesser unter %1 µm gelten als Vellushaare, Haare ab %2 µm als Terminalhaare (Einstellungen dieser Praxis).</translation>
    </message>
    <message>
        <source>Cumulative hair thickness = density × mean diameter (mm/cm²).</source>
        <translation>Kumulative Haardicke = Dichte × mittlerer Durchmesser (mm/cm²).</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (Kontrolle)</translation>
    </message>
    <message>
        <source>Change and % change: latest visit against the first (baseline) visit of the site. Per month: least-squares slope over all visits. Responder: density gain of at least %1 %, judged from %2 weeks after the baseline (before that: too early to judge). Control sites get no verdict.</source>
        <translation>Veränderung und Veränderung in %: letzter Termin gegenüber dem ersten Termin (Ausgangswert) des Areals. Pro Monat: Steigung der Regressionsgeraden (kleinste Quadrate) über alle Termine. Responder: Zunahme der Haardichte um mindestens %1 %, beurteilt ab %2 Wochen nach dem Ausgangswert (davor: zu früh für eine Beurteilung). Kontrollareale erhalten keine Beurteilung.</translation>
    </message>
    <message>
        <source>%1: %2 hairs in %3 cm², %4 hairs/cm²</source>
        <translation>%1: %2 Haare auf %3 cm², %4 Haare/cm²</translation>
    </message>
    <message>
        <source>mean %1 µm, terminal %2 %, vellus %3 %</source>
        <translation>Mittel %1 µm, terminal %2 %, vellus %3 %</translation>
    </message>
    <message>
        <source>Hairs counted and measured in the photos by Tricholog&apos;s image analysis (engine %1 %2, method in its documentation), every hair drawn over the photo: terminal cyan, intermediate pink, vellus yellow; hairs outside the counting field dotted. Corrections made by hand are counted under each photo.</source>
        <translation>Haare in den Fotos gezählt und gemessen von der Bildanalyse von Tricholog (Algorithmus %1 %2, Methode in seiner Dokumentation), jedes Haar über dem Foto eingezeichnet: terminal cyan, intermediär rosa, vellus gelb; Haare außerhalb des Zählfelds gepunktet. Korrekturen von Hand sind unter jedem Foto gezählt.</translation>
    </message>
    <message>
        <source>Only one analysed photo of this site so far.</source>
        <translation>Bisher nur ein analysiertes Foto dieses Areals.</translation>
    </message>
    <message>
        <source>Image analysis: baseline and latest</source>
        <translation>Bildanalyse: Ausgangswert und neueste</translation>
    </message>
    <message>
        <source>stopped on %1</source>
        <translation>beendet am %1</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, ab %2</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Therapietreue</translation>
    </message>
    <message>
        <source>no session due yet</source>
        <translation>noch keine Sitzung fällig</translation>
    </message>
    <message>
        <source>Due next</source>
        <translation>Als Nächstes fällig</translation>
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
        <translation>Die Datenbank konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup was restored. The previous database is kept at %1.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Die bisherige Datenbank liegt unter %1.</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2).</source>
        <translation>Die neueste Sicherung ist %1 (%2).</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Sicherung wird geprüft und wiederhergestellt…</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ReportBatch</name>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>its file %1 would replace the report of %2.</source>
        <translation>seine Datei %1 würde den Bericht von %2 ersetzen.</translation>
    </message>
    <message>
        <source>not kept, as the audit trail could not record it: %1</source>
        <translation>Bericht verworfen, da er nicht im Audit-Protokoll vermerkt werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not restoring: %1 is from before practice ids, so it cannot be told whose it is. If it is this practice&apos;s, restore it with --other-practice %2.</source>
        <translation>Keine Wiederherstellung: %1 stammt aus der Zeit vor den Praxis-IDs, daher lässt sich nicht feststellen, zu welcher Praxis die Sicherung gehört. Gehört sie zu dieser Praxis, stellen Sie sie mit --other-practice %2 wieder her.</translation>
    </message>
    <message>
        <source>Not restoring: %1 is a backup of another practice (%2), not of this database&apos;s practice (%3). An administrator who means to replace this practice&apos;s data with it restores it with --other-practice %2.</source>
        <translation>Keine Wiederherstellung: %1 ist eine Sicherung einer anderen Praxis (%2), nicht der Praxis dieser Datenbank (%3). Wer als Administrator die Daten dieser Praxis bewusst damit ersetzen will, stellt sie mit --other-practice %2 wieder her.</translation>
    </message>
    <message>
        <source>Not restoring: %1</source>
        <translation>Keine Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>Not restoring: %1 could not be copied to be checked.</source>
        <translation>Keine Wiederherstellung: %1 konnte für die Prüfung nicht kopiert werden.</translation>
    </message>
    <message>
        <source>Not restoring: the audit protection of %1 was changed outside Tricholog (%2).</source>
        <translation>Keine Wiederherstellung: Der Audit-Schutz von %1 wurde außerhalb von Tricholog geändert (%2).</translation>
    </message>
    <message>
        <source>Not restoring: the audit trail of %1 is broken at entry %2 (%3).</source>
        <translation>Keine Wiederherstellung: Das Audit-Protokoll von %1 ist bei Eintrag %2 gebrochen (%3).</translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be written to its audit trail: %1</source>
        <translation>Die Sicherung wurde wiederhergestellt, aber die Wiederherstellung konnte nicht in ihrem Audit-Protokoll erfasst werden: %1</translation>
    </message>
</context>
<context>
    <name>SafeIo</name>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is larger than %2; at most %2 are read.</source>
        <translation>%1 ist größer als %2; es werden höchstens %2 gelesen.</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; it is not read.</source>
        <translation>%1 ist %2, keine reguläre Datei, und wird nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is %2; nothing is written through it (choose another name, or remove it first).</source>
        <translation>%1 ist %2; es wird nichts dorthin geschrieben (wählen Sie einen anderen Namen oder entfernen Sie es zuerst).</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2; nothing was changed.</source>
        <translation>%1 kann nicht ersetzt werden: %2; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>only part of it could be written (is the disk full?)</source>
        <translation>nur ein Teil davon konnte geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Roles are a server&apos;s: an SQLite file has none.</source>
        <translation>Rollen gibt es nur auf einem Server: Eine SQLite-Datei hat keine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name (letters, digits and _).</source>
        <translation>&quot;%1&quot; ist kein Rollenname (Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>%1 is connected as the role that owns the tables: it could disable the audit triggers or empty the trail. Connect the workstations as an application role (tricholog server grant --role NAME, see the README).</source>
        <translation>%1 ist mit der Rolle verbunden, der die Tabellen gehören; diese Rolle könnte die Audit-Trigger deaktivieren oder das Audit-Protokoll leeren. Verbinden Sie die Arbeitsplätze mit einer Anwendungsrolle (tricholog server grant --role NAME, siehe README).</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>hairs/cm²</source>
        <translation>Haare/cm²</translation>
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
        <translation>FE/cm²</translation>
    </message>
    <message>
        <source>hairs/FU</source>
        <translation>Haare/FE</translation>
    </message>
    <message>
        <source>hairs</source>
        <translation>Haare</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Der Benutzername oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 64 characters.</source>
        <translation>Ein Benutzername braucht 1 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Das Passwort konnte nicht gehasht werden.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation>Der Benutzername &quot;%1&quot; ist bereits vergeben.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren, solange Sie damit angemeldet sind.</translation>
    </message>
    <message>
        <source>Too many failed attempts: try again in %1 second(s).</source>
        <translation>Zu viele Fehlversuche: Versuchen Sie es in %1 Sekunde(n) erneut.</translation>
    </message>
    <message>
        <source>This account is deactivated.</source>
        <translation>Dieses Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>Sign in first: no one is signed in.</source>
        <translation>Melden Sie sich zuerst an: Niemand ist angemeldet.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>different from the current one</source>
        <translation>anders als das aktuelle</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Das neue Passwort ist mit dem aktuellen identisch.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Record number (MRN)</source>
        <translation>Patientennummer (MRN)</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already used by another patient.</source>
        <translation>%1: &quot;%2&quot; wird bereits für einen anderen Patienten verwendet.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3.</source>
        <translation>%1: %2 liegt außerhalb des zulässigen Bereichs %3.</translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation>nicht nach %1</translation>
    </message>
    <message>
        <source>%1: %2 is in the future (today is %3).</source>
        <translation>%1: %2 liegt in der Zukunft (heute ist der %3).</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>nicht vor %1</translation>
    </message>
    <message>
        <source>%1: %2 is before the patient&apos;s date of birth (%3).</source>
        <translation>%1: %2 liegt vor dem Geburtsdatum des Patienten (%3).</translation>
    </message>
    <message>
        <source>a valid date</source>
        <translation>ein gültiges Datum</translation>
    </message>
    <message>
        <source>%1: the sum is %2%, more than 100%.</source>
        <translation>%1: Die Summe beträgt %2 %, mehr als 100 %.</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 characters; at most %4 are allowed.</source>
        <translation>%1: &quot;%2&quot; hat %3 Zeichen; zulässig sind höchstens %4.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fitzpatrick-Hauttyp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@domain.tld</source>
        <translation>name@domain.tld</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not a valid address (expected name@domain.tld).</source>
        <translation>E-Mail: &quot;%1&quot; ist keine gültige Adresse (erwartet: name@domain.tld).</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>digits, spaces and + ( ) . / -</source>
        <translation>Ziffern, Leerzeichen und + ( ) . / -</translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; may contain only digits, spaces and + ( ) . / - (3–32 characters).</source>
        <translation>Telefon: &quot;%1&quot; darf nur Ziffern, Leerzeichen und + ( ) . / - enthalten (3–32 Zeichen).</translation>
    </message>
    <message>
        <source>Treatment consent date</source>
        <translation>Datum der Behandlungseinwilligung</translation>
    </message>
    <message>
        <source>Photo consent date</source>
        <translation>Datum der Fotoeinwilligung</translation>
    </message>
    <message>
        <source>Data-processing consent date</source>
        <translation>Datum der Einwilligung zur Datenverarbeitung</translation>
    </message>
    <message>
        <source>ICD-10 code</source>
        <translation>ICD-10-Code</translation>
    </message>
    <message>
        <source>ICD-10 code: &quot;%1&quot; does not fit %2 (allowed: %3).</source>
        <translation>ICD-10-Code: &quot;%1&quot; passt nicht zu %2 (zulässig: %3).</translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <translation>Diagnostiziert am</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Onset: %1 is after the diagnosis date %2.</source>
        <translation>Beginn: %1 liegt nach dem Diagnosedatum %2.</translation>
    </message>
    <message>
        <source>Severity scale</source>
        <translation>Schweregradskala</translation>
    </message>
    <message>
        <source>Severity scale: %1 does not apply to %2 (use %3).</source>
        <translation>Schweregradskala: %1 ist für %2 nicht anwendbar (verwenden Sie %3).</translation>
    </message>
    <message>
        <source>SALT vertex</source>
        <translation>SALT Scheitel</translation>
    </message>
    <message>
        <source>SALT posterior</source>
        <translation>SALT Hinterkopf</translation>
    </message>
    <message>
        <source>SALT right side</source>
        <translation>SALT rechte Seite</translation>
    </message>
    <message>
        <source>SALT left side</source>
        <translation>SALT linke Seite</translation>
    </message>
    <message>
        <source>SALT regions</source>
        <translation>SALT-Regionen</translation>
    </message>
    <message>
        <source>all four regions, 0–100%</source>
        <translation>alle vier Regionen, 0–100%</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Grade: &quot;%1&quot; is not a %2 grade (allowed: %3).</source>
        <translation>Grad: &quot;%1&quot; ist kein Grad der Skala %2 (zulässig: %3).</translation>
    </message>
    <message>
        <source>a severity scale first</source>
        <translation>zuerst eine Schweregradskala</translation>
    </message>
    <message>
        <source>Grade: &quot;%1&quot; is given without a severity scale; choose the scale it belongs to.</source>
        <translation>Grad: &quot;%1&quot; ist ohne Schweregradskala angegeben; wählen Sie die Skala, zu der er gehört.</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Sitzungsdatum</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Nadellänge</translation>
    </message>
    <message>
        <source>Needle length is required (%1).</source>
        <translation>Die Nadellänge ist erforderlich (%1).</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Nadelanzahl</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Sitzungsnummer</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Geplante Sitzungen</translation>
    </message>
    <message>
        <source>Anaesthetic contact time</source>
        <translation>Einwirkzeit des Anästhetikums</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>Schmerzwert</translation>
    </message>
    <message>
        <source>Treated zones</source>
        <translation>Behandelte Zonen</translation>
    </message>
    <message>
        <source>frontal, midscalp, vertex, temporal_left, temporal_right, occipital</source>
        <translation>frontal, midscalp, vertex, temporal_left, temporal_right, occipital</translation>
    </message>
    <message>
        <source>Treated zones: &quot;target_area&quot; is a measurement site, not a treatment zone.</source>
        <translation>Behandelte Zonen: &quot;target_area&quot; ist ein Messareal, keine Behandlungszone.</translation>
    </message>
    <message>
        <source>Dose of adjunct %1</source>
        <translation>Dosis des Zusatzwirkstoffs %1</translation>
    </message>
    <message>
        <source>Adjunct %1</source>
        <translation>Zusatzwirkstoff %1</translation>
    </message>
    <message>
        <source>a name and dose</source>
        <translation>ein Name und eine Dosis</translation>
    </message>
    <message>
        <source>Adjunct %1 is &quot;other&quot;: say what was applied in its dose field.</source>
        <translation>Zusatzwirkstoff %1 ist &quot;Sonstiges&quot; (other): Geben Sie im Dosisfeld an, was aufgetragen wurde.</translation>
    </message>
    <message>
        <source>Adverse event %1</source>
        <translation>Unerwünschtes Ereignis %1</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>eine Beschreibung</translation>
    </message>
    <message>
        <source>Adverse event %1 is &quot;other&quot;: describe it.</source>
        <translation>Unerwünschtes Ereignis %1 ist &quot;Sonstiges&quot; (other): Beschreiben Sie es.</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Messdatum</translation>
    </message>
    <message>
        <source>Terminal + vellus hairs</source>
        <translation>Terminal- + Vellushaare</translation>
    </message>
    <message>
        <source>Anagen + telogen hairs</source>
        <translation>Anagen- + Telogenhaare</translation>
    </message>
    <message>
        <source>Counted area is required with a hair count (%1).</source>
        <translation>Bei einer Haarzählung ist die gezählte Fläche erforderlich (%1).</translation>
    </message>
    <message>
        <source>Magnification</source>
        <translation>Vergrößerung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>a named area of known size</source>
        <translation>ein benanntes Areal bekannter Größe</translation>
    </message>
    <message>
        <source>Site: a target area needs a name or its area in cm².</source>
        <translation>Areal: Ein Zielareal benötigt einen Namen oder seine Fläche in cm².</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>at least one value</source>
        <translation>mindestens ein Wert</translation>
    </message>
    <message>
        <source>A measurement needs at least one recorded value.</source>
        <translation>Eine Messung benötigt mindestens einen erfassten Wert.</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Datum der Bewertung</translation>
    </message>
    <message>
        <source>Global self-assessment</source>
        <translation>Globale Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Shedding score</source>
        <translation>Haarausfall-Score</translation>
    </message>
    <message>
        <source>at least one score</source>
        <translation>mindestens ein Score</translation>
    </message>
    <message>
        <source>An outcome needs a global self-assessment or a shedding score.</source>
        <translation>Eine Patientenbewertung benötigt eine globale Selbsteinschätzung oder einen Haarausfall-Score.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Post-care</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Background therapy</source>
        <translation>Basistherapie</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Behandler(in)</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Aufnahmezeitpunkt</translation>
    </message>
    <message>
        <source>a valid date and time</source>
        <translation>ein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>a scalp site</source>
        <translation>ein Kopfhautareal</translation>
    </message>
    <message>
        <source>A trichoscopic photo needs the scalp site it shows.</source>
        <translation>Ein trichoskopisches Foto benötigt das Kopfhautareal, das es zeigt.</translation>
    </message>
    <message>
        <source>trichoscopic photos only</source>
        <translation>nur bei trichoskopischen Fotos</translation>
    </message>
    <message>
        <source>Site: &quot;%1&quot; is recorded for trichoscopic photos only; a %2 photo shows its view.</source>
        <translation>Areal: &quot;%1&quot; wird nur bei trichoskopischen Fotos erfasst; bei einem Foto der Ansicht &quot;%2&quot; ergibt sich das Areal aus der Ansicht.</translation>
    </message>
    <message>
        <source>Magnification: %1× is recorded for trichoscopic photos only.</source>
        <translation>Vergrößerung: %1× wird nur bei trichoskopischen Fotos erfasst.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM oder YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Onset: &quot;%1&quot; is not a year, a month or a date (expected YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Beginn: &quot;%1&quot; ist weder ein Jahr noch ein Monat noch ein Datum (erwartet: YYYY, YYYY-MM oder YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>no NUL character (U+0000)</source>
        <translation>kein NUL-Zeichen (U+0000)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains a NUL character (U+0000), which is not allowed in text.</source>
        <translation>%1: &quot;%2&quot; enthält ein NUL-Zeichen (U+0000), das in Text nicht zulässig ist.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anästhesie</translation>
    </message>
    <message>
        <source>Target area name</source>
        <translation>Name des Zielareals</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>SALT total</source>
        <translation>SALT-Gesamtwert</translation>
    </message>
    <message>
        <source>SALT total: &quot;%1&quot; is not a number (0–100).</source>
        <translation>SALT-Gesamtwert: &quot;%1&quot; ist keine Zahl (0–100).</translation>
    </message>
    <message>
        <source>SALT needs the percent of hair loss in all four regions (vertex, posterior, right side, left side), each 0–100%, or the SALT total alone.</source>
        <translation>SALT benötigt den prozentualen Haarverlust in allen vier Regionen (Scheitel, Hinterkopf, rechte Seite, linke Seite), jeweils 0–100%, oder nur den SALT-Gesamtwert.</translation>
    </message>
    <message>
        <source>each zone once</source>
        <translation>jede Zone einmal</translation>
    </message>
    <message>
        <source>Treated zones: &quot;%1&quot; is given twice.</source>
        <translation>Behandelte Zonen: &quot;%1&quot; ist doppelt angegeben.</translation>
    </message>
</context>
<context>
    <name>tricholog::AnalysisDialog</name>
    <message>
        <source>Measure from photo — %1</source>
        <translation>Am Foto messen — %1</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Areal:</translation>
    </message>
    <message>
        <source>&amp;Calibration:</source>
        <translation>&amp;Kalibrierung:</translation>
    </message>
    <message>
        <source> µm/px</source>
        <translation> µm/px</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Ganzes Bild</translation>
    </message>
    <message>
        <source>Circle of the area below</source>
        <translation>Kreis mit der unten angegebenen Fläche</translation>
    </message>
    <message>
        <source>Drawn rectangle</source>
        <translation>Gezeichnetes Rechteck</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source> cm²</source>
        <translation> cm²</translation>
    </message>
    <message>
        <source>Circle a&amp;rea:</source>
        <translation>Kr&amp;eisfläche:</translation>
    </message>
    <message>
        <source>A&amp;nalyse</source>
        <translation>A&amp;nalysieren</translation>
    </message>
    <message>
        <source>Select (V)</source>
        <translation>Auswählen (V)</translation>
    </message>
    <message>
        <source>Remove (R)</source>
        <translation>Entfernen (R)</translation>
    </message>
    <message>
        <source>Add (A)</source>
        <translation>Hinzufügen (A)</translation>
    </message>
    <message>
        <source>Split (S)</source>
        <translation>Teilen (S)</translation>
    </message>
    <message>
        <source>Width (W)</source>
        <translation>Breite (W)</translation>
    </message>
    <message>
        <source>Draw field (F)</source>
        <translation>Feld zeichnen (F)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source> µm</source>
        <translation> µm</translation>
    </message>
    <message>
        <source>Selected hair&apos;s &amp;width:</source>
        <translation>&amp;Breite des gewählten Haares:</translation>
    </message>
    <message>
        <source>E&amp;xport hairs (CSV)…</source>
        <translation>Haare e&amp;xportieren (CSV)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve measurement</source>
        <translation>Messung &amp;speichern</translation>
    </message>
    <message>
        <source>Export hairs</source>
        <translation>Haare exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The photo cannot be read: %1</source>
        <translation>Das Foto kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Scale entered below</source>
        <translation>Unten eingegebener Maßstab</translation>
    </message>
    <message>
        <source>%1 (%2 µm/px)</source>
        <translation>%1 (%2 µm/px)</translation>
    </message>
    <message>
        <source>Saved analysis of %1 by %2.</source>
        <translation>Gespeicherte Analyse vom %1, erstellt von %2.</translation>
    </message>
    <message>
        <source>Draw the field first: choose Draw field (F) and drag a rectangle over the photo.</source>
        <translation>Zeichnen Sie zuerst das Feld: Wählen Sie &quot;Feld zeichnen (F)&quot; und ziehen Sie ein Rechteck über dem Foto auf.</translation>
    </message>
    <message>
        <source>Analyse again</source>
        <translation>Erneut analysieren</translation>
    </message>
    <message numerus="yes">
        <source>Analysing again drops the %n correction(s) made by hand. Analyse again?</source>
        <translation>
            <numerusform>Eine erneute Analyse verwirft %n von Hand vorgenommene Korrektur. Erneut analysieren?</numerusform>
            <numerusform>Eine erneute Analyse verwirft die %n von Hand vorgenommenen Korrekturen. Erneut analysieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Image analysis</source>
        <translation>Bildanalyse</translation>
    </message>
    <message>
        <source>Finding the hairs…</source>
        <translation>Haare werden gesucht…</translation>
    </message>
    <message>
        <source>Remove hair %1</source>
        <translation>Haar %1 entfernen</translation>
    </message>
    <message>
        <source>Add a hair</source>
        <translation>Haar hinzufügen</translation>
    </message>
    <message>
        <source>Split hair %1</source>
        <translation>Haar %1 teilen</translation>
    </message>
    <message>
        <source>Width of hair %1</source>
        <translation>Breite von Haar %1</translation>
    </message>
    <message>
        <source>Choose the scale and the field, then Analyse (Ctrl+Return).</source>
        <translation>Wählen Sie Maßstab und Feld, dann Analysieren (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Hairs counted</source>
        <translation>Gezählte Haare</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>%1 cm²</source>
        <translation>%1 cm²</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>%1 hairs/cm²</source>
        <translation>%1 Haare/cm²</translation>
    </message>
    <message>
        <source>Mean diameter</source>
        <translation>Mittlerer Durchmesser</translation>
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
        <translation>Terminal (≥ %1 µm)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Vellus (&lt; %1 µm)</source>
        <translation>Vellus (&lt; %1 µm)</translation>
    </message>
    <message>
        <source>Follicular units</source>
        <translation>Follikuläre Einheiten</translation>
    </message>
    <message>
        <source>Hairs per unit</source>
        <translation>Haare pro Einheit</translation>
    </message>
    <message>
        <source>&lt;p&gt;Engine %1 %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Algorithmus %1 %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Hairs exported to %1.</source>
        <translation>Haare nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>The analysis and its corrections are not saved. Close anyway?</source>
        <translation>Die Analyse und ihre Korrekturen sind nicht gespeichert. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&apos;color:#00c8ff&apos;&gt;■&lt;/span&gt; terminal &lt;span style=&apos;color:#ff78dc&apos;&gt;■&lt;/span&gt; intermediate &lt;span style=&apos;color:#ffdc00&apos;&gt;■&lt;/span&gt; vellus&lt;br&gt;dotted: outside the field&lt;br&gt;dashed: drawn by hand&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&apos;color:#00c8ff&apos;&gt;■&lt;/span&gt; Terminalhaar &lt;span style=&apos;color:#ff78dc&apos;&gt;■&lt;/span&gt; Intermediärhaar &lt;span style=&apos;color:#ffdc00&apos;&gt;■&lt;/span&gt; Vellushaar&lt;br&gt;gepunktet: außerhalb des Feldes&lt;br&gt;gestrichelt: von Hand gezeichnet&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A hair drawn by hand must lie inside the photo.</source>
        <translation>Ein von Hand gezeichnetes Haar muss im Foto liegen.</translation>
    </message>
    <message>
        <source>The scale was changed: analyse again before saving.</source>
        <translation>Der Maßstab wurde geändert: vor dem Speichern erneut analysieren.</translation>
    </message>
    <message>
        <source>Same skin as the baseline</source>
        <translation>Gleiche Haut wie der Ausgangsbefund</translation>
    </message>
    <message>
        <source>Match points (M)</source>
        <translation>Punkte zuordnen (M)</translation>
    </message>
    <message>
        <source>Ghost (G)</source>
        <translation>Überlagerung (G)</translation>
    </message>
    <message>
        <source>The baseline photo over this one, where the alignment puts it</source>
        <translation>Das Ausgangsfoto über diesem, dort, wo die Ausrichtung es hinlegt</translation>
    </message>
    <message>
        <source>The baseline photo cannot be read: %1</source>
        <translation>Das Ausgangsfoto kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its size has changed</source>
        <translation>seine Größe hat sich geändert</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Verlaufskontrolle</translation>
    </message>
    <message>
        <source>Aligning the photo on the baseline…</source>
        <translation>Foto wird am Ausgangsfoto ausgerichtet…</translation>
    </message>
    <message>
        <source>This photo could not be aligned on the baseline with confidence (quality %1). Check the ghost (G), then drag three points or more from the ghost to the same spots on the photo (M).</source>
        <translation>Dieses Foto konnte nicht sicher am Ausgangsfoto ausgerichtet werden (Qualität %1). Prüfen Sie die Überlagerung (G) und ziehen Sie dann drei oder mehr Punkte von der Überlagerung an dieselben Stellen des Fotos (M).</translation>
    </message>
    <message>
        <source>Point %1 matched: match at least three, spread over the photo.</source>
        <translation>Punkt %1 zugeordnet: ordnen Sie mindestens drei zu, über das Foto verteilt.</translation>
    </message>
    <message numerus="yes">
        <source>Aligned by hand on %n point(s).</source>
        <translation>
            <numerusform>Von Hand an %n Punkt ausgerichtet.</numerusform>
            <numerusform>Von Hand an %n Punkten ausgerichtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangsbefund</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Ausgerichtet</translation>
    </message>
    <message>
        <source>by hand (%1 px off)</source>
        <translation>von Hand (%1 px Abweichung)</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Alignment quality</source>
        <translation>Ausrichtungsqualität</translation>
    </message>
    <message>
        <source>%1 (doubtful)</source>
        <translation>%1 (zweifelhaft)</translation>
    </message>
    <message>
        <source>Turned, scale</source>
        <translation>Drehung, Maßstab</translation>
    </message>
    <message>
        <source>%1°, %2×</source>
        <translation>%1°, %2×</translation>
    </message>
    <message>
        <source>Baseline field in view</source>
        <translation>Messfeld des Ausgangsfotos im Bild</translation>
    </message>
    <message>
        <source>No earlier photo of this site has been analysed: there is no baseline to follow up.</source>
        <translation>Kein früheres Foto dieser Stelle wurde analysiert: es gibt keinen Ausgangsbefund zum Vergleich.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>tricholog::AnalysisView</name>
    <message>
        <source>Photo with the hairs found</source>
        <translation>Foto mit den gefundenen Haaren</translation>
    </message>
    <message>
        <source>Wheel or + and - zoom, right drag or Ctrl+arrows pan, 0 fits. Arrows move the crosshair, Space uses the tool there, Enter ends a drawn hair. Tab selects the next hair, Delete removes it, [ and ] change its width.</source>
        <translation>Mausrad oder + und - zoomen, Ziehen mit der rechten Maustaste oder Strg+Pfeiltasten verschieben den Ausschnitt, 0 passt ein. Pfeiltasten bewegen das Fadenkreuz, Leertaste wendet dort das Werkzeug an, Eingabe beendet ein gezeichnetes Haar. Tab wählt das nächste Haar aus, Entf entfernt es, [ und ] ändern seine Breite.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
</context>
<context>
    <name>tricholog::AttachPhotosDialog</name>
    <message>
        <source>Edit photo details</source>
        <translation>Fotoangaben bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n photo(s)</source>
        <translation>
            <numerusform>%n Foto anhängen</numerusform>
            <numerusform>%n Fotos anhängen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation>Aufnahmezeitpunkt: %1</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Aufgenommen:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Areal:</translation>
    </message>
    <message>
        <source>Magnification:</source>
        <translation>Vergrößerung:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
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
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Patient MRN</source>
        <translation>Patientennummer (MRN)</translation>
    </message>
    <message>
        <source>all patients</source>
        <translation>alle Patienten</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>alle Benutzer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Patient (MRN):</source>
        <translation>&amp;Patient (MRN):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>No patient with MRN %1.</source>
        <translation>Kein Patient mit MRN %1.</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <source>%1 entries shown (newest first, at most %2).</source>
        <translation>%1 Einträge angezeigt (neueste zuerst, höchstens %2).</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries, each linked to the one before.</source>
        <translation>Die Kette ist unversehrt: %1 Einträge, jeder mit dem vorherigen verkettet.</translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2.</source>
        <translation>Die Kette ist bei Eintrag %1 gebrochen: %2.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries written to %2.</source>
        <translation>%1 Einträge nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Checking the hash chain…</source>
        <translation>Die Hash-Kette wird geprüft…</translation>
    </message>
    <message>
        <source>Writing the CSV file…</source>
        <translation>CSV-Datei wird geschrieben…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Entry %1: %2, table %3, record %4</source>
        <translation>Eintrag %1: %2, Tabelle %3, Datensatz %4</translation>
    </message>
</context>
<context>
    <name>tricholog::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Eigenes Passwort ändern</translation>
    </message>
    <message>
        <source>Account %1. The new password needs at least %2 characters.</source>
        <translation>Konto %1. Das neue Passwort braucht mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>tricholog::ClinicOutcomesDialog</name>
    <message>
        <source>Clinic outcomes</source>
        <translation>Praxisergebnisse</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>&amp;PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>Outcomes by group</source>
        <translation>Ergebnisse nach Gruppe</translation>
    </message>
    <message>
        <source>Click a point to open that patient.</source>
        <translation>Klicken Sie auf einen Punkt, um diesen Patienten zu öffnen.</translation>
    </message>
    <message>
        <source>C&amp;hange by group</source>
        <translation>&amp;Veränderung nach Gruppe</translation>
    </message>
    <message>
        <source>Res&amp;ponders</source>
        <translation>Res&amp;ponder</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Nadellänge</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>With or without %1</source>
        <translation>Mit oder ohne %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Age at baseline</source>
        <translation>Alter beim Ausgangswert</translation>
    </message>
    <message>
        <source>Under 30</source>
        <translation>Unter 30</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 und älter</translation>
    </message>
    <message>
        <source>Baselines from</source>
        <translation>Ausgangswerte ab</translation>
    </message>
    <message>
        <source>Baselines to</source>
        <translation>Ausgangswerte bis</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Messgröße:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Areal:</translation>
    </message>
    <message>
        <source>&amp;Time point:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>&amp;Window (±):</source>
        <translation>&amp;Fenster (±):</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>&amp;Responder at:</source>
        <translation>&amp;Responder ab:</translation>
    </message>
    <message>
        <source>Dia&amp;gnosis:</source>
        <translation>Dia&amp;gnose:</translation>
    </message>
    <message>
        <source>S&amp;ex:</source>
        <translation>G&amp;eschlecht:</translation>
    </message>
    <message>
        <source>&amp;Age at baseline:</source>
        <translation>&amp;Alter beim Ausgangswert:</translation>
    </message>
    <message>
        <source>Baselines &amp;from:</source>
        <translation>Ausgangswerte a&amp;b:</translation>
    </message>
    <message>
        <source>Baselines t&amp;o:</source>
        <translation>Ausgangswerte b&amp;is:</translation>
    </message>
    <message>
        <source>MRN %1: %2 on %3, %4 on %5 (change %6)</source>
        <translation>MRN %1: %2 am %3, %4 am %5 (Veränderung %6)</translation>
    </message>
    <message>
        <source>Export clinic outcomes</source>
        <translation>Praxisergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The outcomes of %n patient(s) were written to %1.</source>
        <translation>
            <numerusform>Die Ergebnisse von %n Patient wurden nach %1 geschrieben.</numerusform>
            <numerusform>Die Ergebnisse von %n Patienten wurden nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the cohort report</source>
        <translation>Kohortenbericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n Seite nach %1 geschrieben.</numerusform>
            <numerusform>%n Seiten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinic outcomes: definitions</source>
        <translation>Praxisergebnisse: Definitionen</translation>
    </message>
    <message>
        <source>Groups: %1. Patients are selected by their baseline&apos;s date, the type of their earliest active diagnosis, their sex and their age at baseline. The published arms come from other populations and methods: they are drawn apart, for context.</source>
        <translation>Gruppen: %1. Patienten werden nach dem Datum ihres Ausgangswerts, der Art ihrer frühesten aktiven Diagnose, ihrem Geschlecht und ihrem Alter beim Ausgangswert ausgewählt. Die publizierten Studienarme stammen aus anderen Populationen und Methoden: Sie sind getrennt gezeichnet, zur Einordnung.</translation>
    </message>
    <message>
        <source>Adherence to the plan</source>
        <translation>Therapietreue zum Plan</translation>
    </message>
</context>
<context>
    <name>tricholog::DataActions</name>
    <message>
        <source>Export which records?</source>
        <translation>Welche Datensätze sollen exportiert werden?</translation>
    </message>
    <message>
        <source>Patient %1 only</source>
        <translation>Nur Patient %1</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>Import CSV files</source>
        <translation>CSV-Dateien importieren</translation>
    </message>
    <message>
        <source>Imported.

%1</source>
        <translation>Importiert.

%1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export CSV files into</source>
        <translation>CSV-Dateien exportieren nach</translation>
    </message>
    <message>
        <source>%1 patients, %2 diagnoses, %3 sessions and %4 measurements written to %5.</source>
        <translation>%1 Patienten, %2 Diagnosen, %3 Sitzungen und %4 Messungen nach %5 geschrieben.</translation>
    </message>
    <message>
        <source>Export FHIR</source>
        <translation>FHIR exportieren</translation>
    </message>
    <message>
        <source>Export FHIR R4 bundle</source>
        <translation>FHIR-R4-Bundle exportieren</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 resources written to %2.</source>
        <translation>%1 Ressourcen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Tricholog database (*.sqlite)</source>
        <translation>Tricholog-Datenbank (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>A checked copy of the database is at %1.</source>
        <translation>Eine geprüfte Kopie der Datenbank liegt unter %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Tricholog database (*.sqlite *.bak);;All files (*)</source>
        <translation>Tricholog-Datenbank (*.sqlite *.bak);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>This file cannot be restored.

%1</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden.

%1</translation>
    </message>
    <message>
        <source>Replace the open database with the backup %1 (last changed %2)?

The current database is kept beside it as a &quot;.before-restore&quot; copy. Tricholog closes the database, restores the backup and opens it again.</source>
        <translation>Die geöffnete Datenbank durch die Sicherung %1 (zuletzt geändert %2) ersetzen?

Die aktuelle Datenbank bleibt daneben als &quot;.before-restore&quot;-Kopie erhalten. Tricholog schließt die Datenbank, stellt die Sicherung wieder her und öffnet sie erneut.</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatische Sicherung</translation>
    </message>
    <message>
        <source>The automatic backup failed; your data is unchanged.

%1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen; Ihre Daten sind unverändert.

%1</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file.</source>
        <translation>%1 ist die geöffnete Datenbank selbst; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Writing the CSV files…</source>
        <translation>CSV-Dateien werden geschrieben…</translation>
    </message>
    <message>
        <source>Writing the FHIR bundle…</source>
        <translation>FHIR-Bundle wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing and checking a copy of the database…</source>
        <translation>Eine Kopie der Datenbank wird geschrieben und geprüft…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Keeping a copy of the database before closing…</source>
        <translation>Vor dem Schließen wird eine Kopie der Datenbank angelegt…</translation>
    </message>
    <message>
        <source>Export FHIR NDJSON</source>
        <translation>FHIR-NDJSON exportieren</translation>
    </message>
    <message>
        <source>Export FHIR NDJSON files into</source>
        <translation>FHIR-NDJSON-Dateien exportieren nach</translation>
    </message>
    <message>
        <source>Writing the FHIR NDJSON files…</source>
        <translation>FHIR-NDJSON-Dateien werden geschrieben…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written to %1:
%2</source>
        <translation>Nach %1 geschrieben:
%2</translation>
    </message>
</context>
<context>
    <name>tricholog::DiagnosisDialog</name>
    <message>
        <source>Edit diagnosis</source>
        <translation>Diagnose bearbeiten</translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation>Neue Diagnose</translation>
    </message>
    <message>
        <source>SALT: percent of hair loss per region</source>
        <translation>SALT: prozentualer Haarverlust je Region</translation>
    </message>
    <message>
        <source>&amp;Vertex (40 %):</source>
        <translation>S&amp;cheitel (40 %):</translation>
    </message>
    <message>
        <source>&amp;Posterior (24 %):</source>
        <translation>&amp;Hinterkopf (24 %):</translation>
    </message>
    <message>
        <source>&amp;Right side (18 %):</source>
        <translation>&amp;Rechte Seite (18 %):</translation>
    </message>
    <message>
        <source>&amp;Left side (18 %):</source>
        <translation>&amp;Linke Seite (18 %):</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Trichoscopy findings</source>
        <translation>Trichoskopische Befunde</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;ICD-10 code:</source>
        <translation>&amp;ICD-10-Code:</translation>
    </message>
    <message>
        <source>&amp;Diagnosed on:</source>
        <translation>&amp;Diagnostiziert am:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Severity &amp;scale:</source>
        <translation>Schweregrad&amp;skala:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grad:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&lt;b&gt;SALT %1&lt;/b&gt; · band %2 · AA-IGA %3%4</source>
        <translation>&lt;b&gt;SALT %1&lt;/b&gt; · Stufe %2 · AA-IGA %3%4</translation>
    </message>
    <message>
        <source> · within the trial success criterion (SALT ≤ 20)</source>
        <translation> · innerhalb des Studien-Erfolgskriteriums (SALT ≤ 20)</translation>
    </message>
    <message>
        <source>year, year and month, or a date: 2019, 2019-03, 2019-03-14</source>
        <translation>Jahr, Jahr und Monat oder Datum: 2019, 2019-03, 2019-03-14</translation>
    </message>
    <message>
        <source>Correct the marked region to see the score.</source>
        <translation>Korrigieren Sie die markierte Region, um das Ergebnis zu sehen.</translation>
    </message>
</context>
<context>
    <name>tricholog::DiagnosisTableModel</name>
    <message>
        <source>Diagnosed</source>
        <translation>Diagnostiziert</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>ICD-10</source>
        <translation>ICD-10</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
</context>
<context>
    <name>tricholog::EntryDialog</name>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
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
        <translation>&amp;Patienten:</translation>
    </message>
    <message>
        <source>&amp;Diagnoses:</source>
        <translation>&amp;Diagnosen:</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Sitzungen:</translation>
    </message>
    <message>
        <source>&amp;Measurements:</source>
        <translation>&amp;Messungen:</translation>
    </message>
    <message>
        <source>Import CSV files</source>
        <translation>CSV-Dateien importieren</translation>
    </message>
    <message>
        <source>One file per kind, with a header row (see the README for the columns). Everything is checked first: if any row is wrong, nothing is imported. Rows already in the database are left unchanged.</source>
        <translation>Eine Datei pro Art, mit Kopfzeile (Spalten siehe README). Alles wird zuerst geprüft: Ist eine Zeile fehlerhaft, wird nichts importiert. Bereits in der Datenbank vorhandene Zeilen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>P&amp;review:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>Preview of</source>
        <translation>Vorschau von</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Check and &amp;import</source>
        <translation>Prüfen und &amp;importieren</translation>
    </message>
    <message>
        <source>No %1 file chosen.</source>
        <translation>Keine %1-Datei ausgewählt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 kann nicht gelesen werden:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Missing columns: %1</source>
        <translation>Fehlende Spalten: %1</translation>
    </message>
    <message>
        <source>Unknown columns: %1</source>
        <translation>Unbekannte Spalten: %1</translation>
    </message>
    <message>
        <source>Not a column Tricholog knows: the import will refuse the file.</source>
        <translation>Keine Spalte, die Tricholog kennt: Der Import wird die Datei ablehnen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. %n problem(s):</source>
        <translation>
            <numerusform>Es wurde nichts importiert. %n Problem:</numerusform>
            <numerusform>Es wurde nichts importiert. %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and importing the files…</source>
        <translation>Dateien werden geprüft und importiert…</translation>
    </message>
    <message>
        <source>%1 · %2 · delimiter %3 · %4 column(s) · %5 row(s)</source>
        <translation>%1 · %2 · Trennzeichen %3 · %4 Spalte(n) · %5 Zeile(n)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>tricholog::ItemListEditor</name>
    <message>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>%1 Schweregrad</translation>
    </message>
    <message>
        <source>%1 detail</source>
        <translation>%1 Angabe</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>tricholog::MainWindow</name>
    <message>
        <source>Find patient by name or MRN (Ctrl+F)</source>
        <translation>Patient nach Name oder MRN suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Patient suchen</translation>
    </message>
    <message>
        <source>Show &amp;archived patients</source>
        <translation>&amp;Archivierte Patienten anzeigen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Tricholog</source>
        <translation>Tricholog</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>Patient &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive patient</source>
        <translation>Patient &amp;archivieren</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <source>Ne&amp;xt patient</source>
        <translation>Nä&amp;chster Patient</translation>
    </message>
    <message>
        <source>Pre&amp;vious patient</source>
        <translation>&amp;Vorheriger Patient</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Neue &amp;Sitzung…</translation>
    </message>
    <message>
        <source>New &amp;measurements…</source>
        <translation>Neue &amp;Messungen…</translation>
    </message>
    <message>
        <source>New &amp;diagnosis…</source>
        <translation>Neue &amp;Diagnose…</translation>
    </message>
    <message>
        <source>New patient-reported &amp;outcome…</source>
        <translation>Neue Patienten&amp;bewertung…</translation>
    </message>
    <message>
        <source>Rep&amp;ort</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>&amp;Export progress report as PDF…</source>
        <translation>Fortschrittsbericht als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print progress report…</source>
        <translation>Fortschrittsbericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tricholog</source>
        <translation>&amp;Über Tricholog</translation>
    </message>
    <message>
        <source>About Tricholog</source>
        <translation>Über Tricholog</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tricholog %1&lt;/b&gt;&lt;p&gt;Hair-loss clinic records, microneedling sessions and regrowth reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tricholog %1&lt;/b&gt;&lt;p&gt;Dokumentation für Haarsprechstunden, Microneedling-Sitzungen und Berichte zum Haarwachstum.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Restore from &amp;archive</source>
        <translation>Aus dem &amp;Archiv wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) listed</source>
        <translation>
            <numerusform>%n Patient aufgelistet</numerusform>
            <numerusform>%n Patienten aufgelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import CSV files…</source>
        <translation>CSV-Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV files…</source>
        <translation>&amp;CSV-Dateien exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;FHIR R4 bundle…</source>
        <translation>&amp;FHIR-R4-Bundle exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Benutzer…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Audit-&amp;Protokoll…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Reload from the database</source>
        <translation>Aus der Datenbank &amp;neu laden</translation>
    </message>
    <message>
        <source>This database is open read-only (%1 cannot be written): you can look and print, but nothing can be saved.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet (%1 kann nicht geschrieben werden): Sie können ansehen und drucken, aber nichts speichern.</translation>
    </message>
    <message>
        <source>&amp;Attach photos…</source>
        <translation>Fotos &amp;anhängen…</translation>
    </message>
    <message>
        <source>&amp;Compare photos…</source>
        <translation>Fotos &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Export reports of the &amp;listed patients…</source>
        <translation>Berichte der &amp;gelisteten Patienten exportieren…</translation>
    </message>
    <message>
        <source>%1 or more patients listed</source>
        <translation>%1 oder mehr Patienten aufgelistet</translation>
    </message>
    <message>
        <source>Open a ser&amp;ver database…</source>
        <translation>Ser&amp;ver-Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Open a &amp;database file…</source>
        <translation>&amp;Datenbankdatei öffnen…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Tricholog database (*.sqlite);;All files (*)</source>
        <translation>Tricholog-Datenbank (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 · signed in as %2 (%3)</source>
        <translation>%1 · angemeldet als %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Practice details…</source>
        <translation>&amp;Praxisangaben…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Eigenes Passwort ändern…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Strg+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>%1 is not in the list: record actions are off until a patient of the list is open.</source>
        <translation>%1 steht nicht in der Liste: Die Aktionen für Einträge sind aus, bis ein Patient der Liste geöffnet ist.</translation>
    </message>
    <message>
        <source>This database is open read-only: its audit protection was changed outside Tricholog (%1). Nothing can be saved, so that nothing goes unlogged. Ask the administrator to run tricholog audit verify and to restore a backup.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet: Der Audit-Schutz der Datenbank wurde außerhalb von Tricholog geändert (%1). Es kann nichts gespeichert werden, damit nichts unprotokolliert bleibt. Bitten Sie die Administration, tricholog audit verify auszuführen und eine Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s head could not be recorded: %1</source>
        <translation>Der neueste Eintrag des Audit-Protokolls konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Export FHIR &amp;NDJSON files…</source>
        <translation>FHIR-&amp;NDJSON-Dateien exportieren…</translation>
    </message>
    <message>
        <source>&amp;Clinic outcomes…</source>
        <translation>&amp;Praxisergebnisse…</translation>
    </message>
    <message>
        <source>Re&amp;call list…</source>
        <translation>Wieder&amp;einbestellliste…</translation>
    </message>
    <message>
        <source>Apply a treatment &amp;plan…</source>
        <translation>Behandlungs&amp;plan anwenden…</translation>
    </message>
    <message>
        <source>Protocol &amp;templates…</source>
        <translation>Protokoll&amp;vorlagen…</translation>
    </message>
</context>
<context>
    <name>tricholog::MeasurementGridDialog</name>
    <message>
        <source>Measurements for a visit</source>
        <translation>Messungen eines Termins</translation>
    </message>
    <message>
        <source>no session (measurement-only visit)</source>
        <translation>keine Sitzung (Termin nur zur Messung)</translation>
    </message>
    <message>
        <source>%1 · %2 %3 mm%4</source>
        <translation>%1 · %2 %3 mm%4</translation>
    </message>
    <message>
        <source> · session %1</source>
        <translation> · Sitzung %1</translation>
    </message>
    <message>
        <source>e.g. videodermatoscope</source>
        <translation>z. B. Videodermatoskop</translation>
    </message>
    <message>
        <source>name of the marked target area, e.g. tattoo 1 cm² vertex</source>
        <translation>Name des markierten Zielareals, z. B. Tattoo 1 cm² Scheitel</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>&amp;Datum des Termins:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>Ma&amp;gnification:</source>
        <translation>&amp;Vergrößerung:</translation>
    </message>
    <message>
        <source>&amp;Target area:</source>
        <translation>&amp;Zielareal:</translation>
    </message>
    <message>
        <source>Measurements by site</source>
        <translation>Messungen je Areal</translation>
    </message>
    <message>
        <source>Type values per site; empty cells are not recorded. Tab moves right, Enter moves down, Delete clears.</source>
        <translation>Geben Sie die Werte je Areal ein; leere Zellen werden nicht gespeichert. Tab springt nach rechts, Eingabe nach unten, Entf löscht.</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Messung bearbeiten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Allowed: %2.</source>
        <translation>&quot;%1&quot; ist keine Zahl. Zulässig: %2.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2.</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs %2.</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Zulässig: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Geben Sie mindestens einen Wert ein.</translation>
    </message>
    <message>
        <source>Measure from &amp;photo…</source>
        <translation>Am &amp;Foto messen…</translation>
    </message>
    <message>
        <source>Close this form and measure density, diameter and terminal/vellus shares from one of the patient&apos;s trichoscopic photos</source>
        <translation>Dieses Formular schließen und Dichte, Durchmesser sowie Terminal-/Vellus-Anteile an einem trichoskopischen Foto des Patienten messen</translation>
    </message>
    <message>
        <source>Measure from photo</source>
        <translation>Am Foto messen</translation>
    </message>
    <message>
        <source>The values typed in this form will not be saved. Measure from a photo instead?</source>
        <translation>Die in diesem Formular eingegebenen Werte werden nicht gespeichert. Stattdessen am Foto messen?</translation>
    </message>
</context>
<context>
    <name>tricholog::MeasurementTableModel</name>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Cum. thickness
(%1)</source>
        <translation>Kum. Dicke
(%1)</translation>
    </message>
</context>
<context>
    <name>tricholog::NumberField</name>
    <message>
        <source>Allowed: %1</source>
        <translation>Zulässig: %1</translation>
    </message>
    <message>
        <source>A value is required (%1).</source>
        <translation>Ein Wert ist erforderlich (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Allowed: %2.</source>
        <translation>&quot;%1&quot; ist keine Zahl. Zulässig: %2.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2.</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs %2.</translation>
    </message>
    <message>
        <source>%1 is not a whole number. Allowed: %2.</source>
        <translation>%1 ist keine ganze Zahl. Zulässig: %2.</translation>
    </message>
</context>
<context>
    <name>tricholog::OptionalDateEdit</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>a date such as %1 or %2</source>
        <translation>ein Datum wie %1 oder %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type %2.</source>
        <translation>&quot;%1&quot; ist kein Datum. Geben Sie %2 ein.</translation>
    </message>
</context>
<context>
    <name>tricholog::OutcomeDialog</name>
    <message>
        <source>Edit patient-reported outcome</source>
        <translation>Patientenbewertung bearbeiten</translation>
    </message>
    <message>
        <source>New patient-reported outcome</source>
        <translation>Neue Patientenbewertung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>&amp;Global self-assessment:</source>
        <translation>&amp;Globale Selbsteinschätzung:</translation>
    </message>
    <message>
        <source>S&amp;hedding score (1-6):</source>
        <translation>&amp;Haarausfall-Score (1-6):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>tricholog::OutcomeTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Global self-assessment</source>
        <translation>Globale Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Shedding (1-6)</source>
        <translation>Haarausfall (1-6)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>tricholog::PatientDialog</name>
    <message>
        <source>Edit patient %1</source>
        <translation>Patient %1 bearbeiten</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Record number (MRN)</source>
        <translation>Patientennummer (MRN)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>&amp;MRN:</source>
        <translation>&amp;MRN:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Given name(s):</source>
        <translation>V&amp;orname(n):</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Geburts&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Sex at birth:</source>
        <translation>&amp;Geschlecht bei Geburt:</translation>
    </message>
    <message>
        <source>Fit&amp;zpatrick skin type:</source>
        <translation>Fit&amp;zpatrick-Hauttyp:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Treatment consent on:</source>
        <translation>Einwilligung &amp;Behandlung am:</translation>
    </message>
    <message>
        <source>Ph&amp;oto consent:</source>
        <translation>&amp;Foto-Einwilligung:</translation>
    </message>
    <message>
        <source>&amp;Data-processing consent:</source>
        <translation>Einwilligung Daten&amp;verarbeitung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>Photo consent date</source>
        <translation>Datum der Fotoeinwilligung</translation>
    </message>
    <message>
        <source>Data-processing consent date</source>
        <translation>Datum der Einwilligung zur Datenverarbeitung</translation>
    </message>
    <message>
        <source>already used</source>
        <translation>bereits vergeben</translation>
    </message>
    <message>
        <source>too long (max. %1)</source>
        <translation>zu lang (max. %1)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>data-processing consent</source>
        <translation>Einwilligung zur Datenverarbeitung</translation>
    </message>
    <message>
        <source>Save without %1?</source>
        <translation>Ohne %1 speichern?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 has no %2 recorded. Save anyway?</source>
        <translation>Für %1 ist Folgendes nicht erfasst: %2. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>&amp;Go back and add it</source>
        <translation>&amp;Zurück und ergänzen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Einwilligung zur Datenverarbeitung</translation>
    </message>
    <message>
        <source>Not saved yet: add %1, or save again and confirm.</source>
        <translation>Noch nicht gespeichert: Ergänzen Sie die fehlenden Angaben (%1) oder speichern Sie erneut und bestätigen Sie.</translation>
    </message>
</context>
<context>
    <name>tricholog::PatientFileWidget</name>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Patientenbewertungen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>New &amp;diagnosis…</source>
        <translation>Neue &amp;Diagnose…</translation>
    </message>
    <message>
        <source>D&amp;iagnoses</source>
        <translation>D&amp;iagnosen</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Neue &amp;Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>New &amp;measurements…</source>
        <translation>Neue &amp;Messungen…</translation>
    </message>
    <message>
        <source>&amp;Measurements</source>
        <translation>&amp;Messungen</translation>
    </message>
    <message>
        <source>New o&amp;utcome…</source>
        <translation>Neue Be&amp;wertung…</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>Be&amp;wertungen</translation>
    </message>
    <message>
        <source>Patient notes</source>
        <translation>Patientennotizen</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&lt;i&gt;No patient selected. Choose one in the list, or create one with Ctrl+N.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Patient ausgewählt. Wählen Sie einen in der Liste aus oder legen Sie mit Strg+N einen neuen an.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; MRN %2 &amp;nbsp; %3%4%5</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; MRN %2 &amp;nbsp; %3%4%5</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source> · &lt;b&gt;archived&lt;/b&gt;</source>
        <translation> · &lt;b&gt;archiviert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patient&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Patient&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation>Geschlecht bei Geburt</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fitzpatrick-Hauttyp</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Treatment consent</source>
        <translation>Einwilligung zur Behandlung</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Fotoeinwilligung</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>ja, %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation>Einwilligung zur Datenverarbeitung</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diagnoses&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Diagnosen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, seit %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No active diagnosis.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine aktive Diagnose.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Treatment course&lt;/h3&gt;&lt;table&gt;</source>
        <translation>&lt;h3&gt;Behandlungsverlauf&lt;/h3&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Termin</translation>
    </message>
    <message>
        <source>Next visit (expected)</source>
        <translation>Nächster Termin (voraussichtlich)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Progress since baseline&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Verlauf seit Ausgangswert&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>% change</source>
        <translation>Veränderung in %</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <source>single visit</source>
        <translation>nur ein Termin</translation>
    </message>
    <message>
        <source>&lt;p&gt;No measurements yet: record a baseline visit with Ctrl+M.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Messungen: Erfassen Sie mit Strg+M einen Ausgangstermin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S). Notes are also saved when you switch to another patient.</source>
        <translation>Notizen speichern (Strg+S). Notizen werden auch gespeichert, wenn Sie zu einem anderen Patienten wechseln.</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <source>, diagnosed %1</source>
        <translation>, diagnostiziert am %1</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (Kontrolle)</translation>
    </message>
    <message>
        <source>&amp;Treatment plan</source>
        <translation>&amp;Therapieplan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Due next</source>
        <translation>Als Nächstes fällig</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Therapietreue</translation>
    </message>
</context>
<context>
    <name>tricholog::PatientListModel</name>
    <message>
        <source>Density change since baseline at the main treated site</source>
        <translation>Veränderung der Haardichte seit Ausgangswert im hauptsächlich behandelten Areal</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Main diagnosis</source>
        <translation>Hauptdiagnose</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Termin</translation>
    </message>
    <message>
        <source>Density Δ</source>
        <translation>Dichte Δ</translation>
    </message>
    <message>
        <source>Hair density change since baseline, in %: the mean over the treated sites measured at least twice. Control sites (the occipital donor area) are left out.</source>
        <translation>Veränderung der Haardichte seit Ausgangswert in %: Mittelwert über die behandelten Areale, die mindestens zweimal gemessen wurden. Kontrollareale (der okzipitale Spenderbereich) werden nicht berücksichtigt.</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotoCompareDialog</name>
    <message>
        <source>Compare photos: %1</source>
        <translation>Fotos vergleichen: %1</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Nachher:</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>Ne&amp;beneinander</translation>
    </message>
    <message>
        <source>S&amp;lider</source>
        <translation>&amp;Schieberegler</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Show both photos whole (0)</source>
        <translation>Beide Fotos vollständig anzeigen (0)</translation>
    </message>
    <message>
        <source>Wheel or + and − zoom both photos at once; drag or the arrow keys pan; M switches the mode; [ and ] move the slider.</source>
        <translation>Mausrad oder + und − zoomen beide Fotos gleichzeitig; Ziehen oder die Pfeiltasten verschieben den Ausschnitt; M wechselt den Modus; [ und ] bewegen den Schieberegler.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
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
        <translation>Vorher-Nachher-Fotos</translation>
    </message>
    <message>
        <source>Wheel or + and - zoom both photos, drag or arrow keys pan, 0 fits, M switches between side by side and slider.</source>
        <translation>Mausrad oder + und - zoomen beide Fotos, Ziehen oder Pfeiltasten verschieben den Ausschnitt, 0 passt ein, M wechselt zwischen Nebeneinander und Schieberegler.</translation>
    </message>
    <message>
        <source>No photo chosen</source>
        <translation>Kein Foto ausgewählt</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotoTileDelegate</name>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>(select it for details)</source>
        <translation>(für Details auswählen)</translation>
    </message>
</context>
<context>
    <name>tricholog::PhotoTimelineModel</name>
    <message>
        <source>no photo</source>
        <translation>kein Foto</translation>
    </message>
    <message>
        <source>Original missing</source>
        <translation>Original fehlt</translation>
    </message>
    <message>
        <source>Original damaged</source>
        <translation>Original beschädigt</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>Kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Taken %1 (%2)</source>
        <translation>Aufgenommen am %1 (%2)</translation>
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
        <translation>Fo&amp;tos anhängen…</translation>
    </message>
    <message>
        <source>Attach JPEG or PNG photos to a session (Ctrl+Shift+A); you can also drop files here</source>
        <translation>JPEG- oder PNG-Fotos an eine Sitzung anhängen (Strg+Umschalt+A); Sie können Dateien auch hierher ziehen</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>Ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Before and after: two photos of one view with one zoom and pan</source>
        <translation>Vorher und nachher: zwei Fotos einer Ansicht mit gemeinsamem Zoom und Ausschnitt</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>C&amp;heck originals</source>
        <translation>&amp;Originale prüfen</translation>
    </message>
    <message>
        <source>Compare every original with the checksum recorded when it was stored</source>
        <translation>Jedes Original mit der beim Speichern erfassten Prüfsumme vergleichen</translation>
    </message>
    <message>
        <source>Photo timeline</source>
        <translation>Foto-Zeitleiste</translation>
    </message>
    <message>
        <source>Photos belong to a session: record the first session (Ctrl+T), then attach its photos here.</source>
        <translation>Fotos gehören zu einer Sitzung: Erfassen Sie die erste Sitzung (Strg+T) und hängen Sie dann hier ihre Fotos an.</translation>
    </message>
    <message>
        <source>No photos yet. Attach them with the button or Ctrl+Shift+A, or drop JPEG or PNG files here.</source>
        <translation>Noch keine Fotos. Hängen Sie sie mit der Schaltfläche oder Strg+Umschalt+A an, oder ziehen Sie JPEG- oder PNG-Dateien hierher.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s). Enter or double-click compares a photo with the first of its view.</source>
        <translation>
            <numerusform>%n Foto. Eingabe oder Doppelklick vergleicht ein Foto mit dem ersten seiner Ansicht.</numerusform>
            <numerusform>%n Fotos. Eingabe oder Doppelklick vergleicht ein Foto mit dem ersten seiner Ansicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Fotos anhängen</translation>
    </message>
    <message>
        <source>Attach photos to a session</source>
        <translation>Fotos an eine Sitzung anhängen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Check originals</source>
        <translation>Originale prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n stored photo(s) hidden until consent is given again.</source>
        <translation>
            <numerusform>%n gespeichertes Foto ist ausgeblendet, bis die Einwilligung erneut erteilt wird.</numerusform>
            <numerusform>%n gespeicherte Fotos sind ausgeblendet, bis die Einwilligung erneut erteilt wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) checked: all intact, each matching the checksum recorded when it was stored.</source>
        <translation>
            <numerusform>%n Original geprüft: unversehrt, es stimmt mit der beim Speichern erfassten Prüfsumme überein.</numerusform>
            <numerusform>%n Originale geprüft: alle unversehrt, jedes stimmt mit der beim Speichern erfassten Prüfsumme überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) missing or damaged, marked in red.</source>
        <translation>
            <numerusform>%n Original fehlt oder ist beschädigt (rot markiert).</numerusform>
            <numerusform>%n Originale fehlen oder sind beschädigt (rot markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing every original with its checksum…</source>
        <translation>Jedes Original wird mit seiner Prüfsumme verglichen…</translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation>&amp;Messen…</translation>
    </message>
    <message>
        <source>Count and measure the hairs in this trichoscopic photo, correct them by hand and save the figures as a measurement (Ctrl+Shift+M)</source>
        <translation>Die Haare in diesem trichoskopischen Foto zählen und messen, von Hand korrigieren und die Werte als Messung speichern (Strg+Umschalt+M)</translation>
    </message>
</context>
<context>
    <name>tricholog::PlanDialog</name>
    <message>
        <source>Apply a treatment plan</source>
        <translation>Behandlungsplan anwenden</translation>
    </message>
    <message>
        <source>Change the treatment plan</source>
        <translation>Behandlungsplan ändern</translation>
    </message>
    <message>
        <source>(no template: fill in the plan below)</source>
        <translation>(keine Vorlage: Plan unten ausfüllen)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>The template&apos;s values are copied into this patient&apos;s plan; what you change here changes this plan only.</source>
        <translation>Die Werte der Vorlage werden in den Plan dieses Patienten kopiert; Änderungen hier ändern nur diesen Plan.</translation>
    </message>
    <message>
        <source>Visits already done stay done; the planned dates follow the new values.</source>
        <translation>Bereits erledigte Besuche bleiben erledigt; die geplanten Termine folgen den neuen Werten.</translation>
    </message>
    <message>
        <source>Replace the values you changed for this patient with those of the template &quot;%1&quot;?</source>
        <translation>Die für diesen Patienten geänderten Werte durch die der Vorlage „%1“ ersetzen?</translation>
    </message>
</context>
<context>
    <name>tricholog::PlanEditor</name>
    <message>
        <source>Apply plan &quot;%1&quot;</source>
        <translation>Plan „%1“ anwenden</translation>
    </message>
    <message>
        <source>Change plan &quot;%1&quot;</source>
        <translation>Plan „%1“ ändern</translation>
    </message>
    <message>
        <source>Stop plan &quot;%1&quot;</source>
        <translation>Plan „%1“ beenden</translation>
    </message>
    <message>
        <source>Restart plan &quot;%1&quot;</source>
        <translation>Plan „%1“ fortsetzen</translation>
    </message>
    <message>
        <source>Stop the treatment plan</source>
        <translation>Behandlungsplan beenden</translation>
    </message>
    <message>
        <source>The visits planned after this day are cancelled and the patient leaves the recall list. Undo (Ctrl+Z) brings the plan back.</source>
        <translation>Die nach diesem Tag geplanten Besuche werden abgesagt und der Patient verlässt die Wiedereinbestellliste. Rückgängig (Strg+Z) stellt den Plan wieder her.</translation>
    </message>
    <message>
        <source>Stopped &amp;on:</source>
        <translation>Beendet &amp;am:</translation>
    </message>
    <message>
        <source>Export the planned visits</source>
        <translation>Geplante Besuche exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s) written to %1.</source>
        <translation>
            <numerusform>%n geplanter Besuch nach %1 geschrieben.</numerusform>
            <numerusform>%n geplante Besuche nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a call</source>
        <translation>Anruf erfassen</translation>
    </message>
</context>
<context>
    <name>tricholog::PlanTab</name>
    <message>
        <source>Appl&amp;y a template…</source>
        <translation>&amp;Vorlage anwenden…</translation>
    </message>
    <message>
        <source>Chan&amp;ge plan…</source>
        <translation>Plan än&amp;dern…</translation>
    </message>
    <message>
        <source>Stop p&amp;lan…</source>
        <translation>Plan &amp;beenden…</translation>
    </message>
    <message>
        <source>&amp;Calendar file…</source>
        <translation>&amp;Kalenderdatei…</translation>
    </message>
    <message>
        <source>The visits to come as an iCalendar file (.ics) for the patient&apos;s or the clinic&apos;s calendar; names the clinic, never the patient.</source>
        <translation>Die kommenden Besuche als iCalendar-Datei (.ics) für den Kalender des Patienten oder der Praxis; nennt die Praxis, nie den Patienten.</translation>
    </message>
    <message>
        <source>Plan shown</source>
        <translation>Angezeigter Plan</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Geplante Besuche</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, ab %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;No treatment plan. &lt;b&gt;Apply a template&lt;/b&gt; (Alt+Y) to plan the sessions and measurement visits from a start date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Behandlungsplan. &lt;b&gt;Vorlage anwenden&lt;/b&gt;, um die Sitzungen und Messbesuche ab einem Startdatum zu planen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restart p&amp;lan</source>
        <translation>Plan &amp;fortsetzen</translation>
    </message>
    <message>
        <source>from %1, &lt;b&gt;stopped on %2&lt;/b&gt;</source>
        <translation>ab %1, &lt;b&gt;beendet am %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 mm, every %n day(s), %3 sessions</source>
        <translation>
            <numerusform>%1, %2 mm, jeden Tag, %3 Sitzungen</numerusform>
            <numerusform>%1, %2 mm, alle %n Tage, %3 Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Als Nächstes:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>nothing left to do</source>
        <translation>nichts mehr zu tun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adherence:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Therapietreue:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>not yet measurable (no session due so far)</source>
        <translation>noch nicht messbar (bisher keine Sitzung fällig)</translation>
    </message>
</context>
<context>
    <name>tricholog::PracticeDialog</name>
    <message>
        <source>Your practice</source>
        <translation>Ihre Praxis</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Praxisangaben</translation>
    </message>
    <message>
        <source>A new database. Its reports are headed with your practice&apos;s name, address and logo, the same on every workstation; an administrator can change them later (File &gt; Practice details).</source>
        <translation>Eine neue Datenbank. Ihre Berichte tragen im Kopf Name, Adresse und Logo Ihrer Praxis, an jedem Arbeitsplatz gleich; die Administration kann diese Angaben später ändern (Datei &gt; Praxisangaben).</translation>
    </message>
    <message>
        <source>as it should head the reports</source>
        <translation>wie er im Kopf der Berichte stehen soll</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>From each workstation&apos;s language and country (now %1)</source>
        <translation>Nach Sprache und Land des jeweiligen Arbeitsplatzes (derzeit %1)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>Praxis&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Report &amp;paper size:</source>
        <translation>&amp;Papierformat der Berichte:</translation>
    </message>
    <message>
        <source>Practice logo</source>
        <translation>Praxislogo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>kein lesbares Bild</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
</context>
<context>
    <name>tricholog::ProgressChartPanel</name>
    <message>
        <source>Me&amp;tric:</source>
        <translation>&amp;Messgröße:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>A&amp;bsolute values</source>
        <translation>&amp;Absolutwerte</translation>
    </message>
    <message>
        <source>% c&amp;hange from baseline</source>
        <translation>&amp;Veränderung zum Ausgangswert in %</translation>
    </message>
    <message>
        <source>Progress per site</source>
        <translation>Verlauf je Areal</translation>
    </message>
    <message>
        <source>One metric</source>
        <translation>Eine Messgröße</translation>
    </message>
    <message>
        <source>Density and diameter</source>
        <translation>Dichte und Durchmesser</translation>
    </message>
</context>
<context>
    <name>tricholog::ProgressChartView</name>
    <message>
        <source>Progress chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>Export as PNG (print resolution)…</source>
        <translation>Als PNG exportieren (Druckauflösung)…</translation>
    </message>
    <message>
        <source>Export as SVG (vector)…</source>
        <translation>Als SVG exportieren (Vektorgrafik)…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>Diagramm nach %1 geschrieben.</translation>
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
        <translation> Tage</translation>
    </message>
    <message>
        <source>dose, e.g. 5 % solution, 1 ml twice daily</source>
        <translation>Dosis, z. B. 5-%-Lösung, 1 ml zweimal täglich</translation>
    </message>
    <message>
        <source>Dose of %1</source>
        <translation>Dosis von %1</translation>
    </message>
    <message>
        <source>weeks from the start, e.g. 0, 12, 24</source>
        <translation>Wochen ab Beginn, z. B. 0, 12, 24</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Adjuncts and doses:</source>
        <translation>Begleittherapien und Dosen:</translation>
    </message>
    <message>
        <source>Photos at those visits:</source>
        <translation>Fotos bei diesen Besuchen:</translation>
    </message>
    <message>
        <source>Measurement visits: &quot;%1&quot; is not a number of weeks (write them as 0, 12, 24).</source>
        <translation>Messbesuche: „%1“ ist keine Anzahl Wochen (so schreiben: 0, 12, 24).</translation>
    </message>
    <message>
        <source>Needle &amp;length:</source>
        <translation>Nadel&amp;länge:</translation>
    </message>
    <message>
        <source>Sessi&amp;ons:</source>
        <translation>Sit&amp;zungen:</translation>
    </message>
    <message>
        <source>Measurement visits (&amp;weeks):</source>
        <translation>Messbesuche (&amp;Wochen):</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>No&amp;tizen:</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Nächster Besuch</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>measurement, week %1</source>
        <translation>Messung, Woche %1</translation>
    </message>
    <message>
        <source>Recall list</source>
        <translation>Wiedereinbestellliste</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Due &amp;within:</source>
        <translation>Fällig &amp;innerhalb:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
        <source>Patients to call</source>
        <translation>Anzurufende Patienten</translation>
    </message>
    <message>
        <source>Record a call: &lt;b&gt;1&lt;/b&gt; reached · &lt;b&gt;2&lt;/b&gt; no answer · &lt;b&gt;3&lt;/b&gt; message left · &lt;b&gt;4&lt;/b&gt; booked · &lt;b&gt;5&lt;/b&gt; declined, then &lt;b&gt;Enter&lt;/b&gt; (a note may be typed first). Enter alone opens the patient&apos;s file.</source>
        <translation>Anruf erfassen: &lt;b&gt;1&lt;/b&gt; erreicht · &lt;b&gt;2&lt;/b&gt; keine Antwort · &lt;b&gt;3&lt;/b&gt; Nachricht hinterlassen · &lt;b&gt;4&lt;/b&gt; Termin vereinbart · &lt;b&gt;5&lt;/b&gt; abgelehnt, dann &lt;b&gt;Eingabe&lt;/b&gt; (vorher ist eine Notiz möglich). Eingabe allein öffnet die Akte.</translation>
    </message>
    <message>
        <source>note on the call (optional)</source>
        <translation>Notiz zum Anruf (optional)</translation>
    </message>
    <message>
        <source>Note on the call</source>
        <translation>Notiz zum Anruf</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) to call</source>
        <translation>
            <numerusform>%n Patient anzurufen</numerusform>
            <numerusform>%n Patienten anzurufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 (%3): Enter records it, Esc cancels</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; für %2 (%3): Eingabe erfasst, Esc bricht ab</translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation>Wiedereinbestellliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) written to %1.</source>
        <translation>
            <numerusform>%n Patient nach %1 geschrieben.</numerusform>
            <numerusform>%n Patienten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the recall list</source>
        <translation>Wiedereinbestellliste drucken</translation>
    </message>
    <message>
        <source>Take back the last call</source>
        <translation>Letzten Anruf zurücknehmen</translation>
    </message>
    <message>
        <source>Record the call again</source>
        <translation>Anruf erneut erfassen</translation>
    </message>
    <message>
        <source>Taken back: %1, %2.</source>
        <translation>Zurückgenommen: %1, %2.</translation>
    </message>
    <message>
        <source>Recorded again: %1, %2.</source>
        <translation>Erneut erfasst: %1, %2.</translation>
    </message>
    <message>
        <source>Recorded: %1, %2. Ctrl+Z takes it back.</source>
        <translation>Erfasst: %1, %2. Strg+Z nimmt es zurück.</translation>
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
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Restore %1 from the archive</source>
        <translation>%1 aus dem Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Delete the diagnosis %1 of %2? You can undo this.</source>
        <translation>Die Diagnose %1 vom %2 löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the session of %1? Its measurements and outcomes are kept. You can undo this.</source>
        <translation>Die Sitzung vom %1 löschen? Die zugehörigen Messungen und Patientenbewertungen bleiben erhalten. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Areale</translation>
    </message>
    <message>
        <source>one site</source>
        <translation>ein Areal</translation>
    </message>
    <message>
        <source>Editing changes one site&apos;s measurement: leave values in one row only.</source>
        <translation>Beim Bearbeiten wird die Messung eines einzelnen Areals geändert: Lassen Sie Werte nur in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>Delete the %1 measurement of %2? You can undo this.</source>
        <translation>Die Messung im Areal %1 vom %2 löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the outcome of %1? You can undo this.</source>
        <translation>Die Patientenbewertung vom %1 löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Photo consent withdrawn</source>
        <translation>Fotoeinwilligung widerrufen</translation>
    </message>
    <message>
        <source>Delete the photos permanently? This cannot be undone. Kept photos stay hidden, and show again if consent is given again.</source>
        <translation>Die Fotos endgültig löschen? Dies kann nicht rückgängig gemacht werden. Behaltene Fotos bleiben ausgeblendet und werden wieder angezeigt, wenn die Einwilligung erneut erteilt wird.</translation>
    </message>
    <message>
        <source>&amp;Delete the photos</source>
        <translation>Fotos &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Keep them hidden</source>
        <translation>Ausgeblendet &amp;behalten</translation>
    </message>
    <message>
        <source>Photos belong to a session: record the session first (Ctrl+T), then attach its photos.</source>
        <translation>Fotos gehören zu einer Sitzung: Erfassen Sie zuerst die Sitzung (Strg+T) und hängen Sie dann ihre Fotos an.</translation>
    </message>
    <message>
        <source>Not attached:
%1</source>
        <translation>Nicht angehängt:
%1</translation>
    </message>
    <message>
        <source>Delete the %1 photo taken %2? You can undo this.</source>
        <translation>Das Foto &quot;%1&quot; vom %2 löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 no longer consents to photos: %n photo(s) hidden from now on.</source>
        <translation>
            <numerusform>%1 hat die Fotoeinwilligung widerrufen: %n Foto ist ab sofort ausgeblendet.</numerusform>
            <numerusform>%1 hat die Fotoeinwilligung widerrufen: %n Fotos sind ab sofort ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Fotos anhängen</translation>
    </message>
    <message>
        <source>Reading the photos…</source>
        <translation>Fotos werden gelesen…</translation>
    </message>
    <message>
        <source>Cancelled: no photo was attached.</source>
        <translation>Abgebrochen: kein Foto wurde angehängt.</translation>
    </message>
    <message>
        <source>The patient of this form no longer exists.</source>
        <translation>Der Patient dieses Formulars existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 has no trichoscopic photo to measure: attach one in the Photos tab first.</source>
        <translation>%1 hat kein trichoskopisches Foto zum Messen: fügen Sie zuerst eines im Reiter Fotos hinzu.</translation>
    </message>
    <message>
        <source>%1&apos;s photos are hidden (no photo consent).</source>
        <translation>Die Fotos von %1 sind verborgen (keine Fotoeinwilligung).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Measure from photo</source>
        <translation>Am Foto messen</translation>
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
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;From (empty: first record):</source>
        <translation>&amp;Von (leer: erster Eintrag):</translation>
    </message>
    <message>
        <source>&amp;To (empty: latest record):</source>
        <translation>&amp;Bis (leer: letzter Eintrag):</translation>
    </message>
    <message>
        <source>Export progress report</source>
        <translation>Fortschrittsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Print progress report</source>
        <translation>Fortschrittsbericht drucken</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Export the reports of the listed patients into</source>
        <translation>Berichte der gelisteten Patienten exportieren nach</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Berichte exportieren</translation>
    </message>
    <message>
        <source>Writing the progress reports…</source>
        <translation>Fortschrittsberichte werden geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>%n Bericht nach %1 geschrieben.</numerusform>
            <numerusform>%n Berichte nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end of the list.</source>
        <translation>Vor dem Ende der Liste abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be written.</source>
        <translation>
            <numerusform>%n Bericht konnte nicht geschrieben werden.</numerusform>
            <numerusform>%n Berichte konnten nicht geschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>The report was made, but the audit trail could not record it: %1</source>
        <translation>Der Bericht wurde erstellt, konnte aber nicht im Audit-Protokoll vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n Seite nach %1 geschrieben.</numerusform>
            <numerusform>%n Seiten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::ServerDialog</name>
    <message>
        <source>Open a server database</source>
        <translation>Server-Datenbank öffnen</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared by the clinic&apos;s workstations. Ask the clinic&apos;s IT for the address; the password is not stored.</source>
        <translation>Eine PostgreSQL-Datenbank, die die Arbeitsplätze der Praxis gemeinsam nutzen. Die Adresse erhalten Sie von der Praxis-IT; das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
</context>
<context>
    <name>tricholog::SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>New microneedling session</source>
        <translation>Neue Microneedling-Sitzung</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Sitzungsnummer</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Geplante Sitzungen</translation>
    </message>
    <message>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>e.g. vertical, horizontal, diagonal</source>
        <translation>z. B. vertikal, horizontal, diagonal</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>name, e.g. lidocaine 5% cream</source>
        <translation>Name, z. B. Lidocain-Creme 5%</translation>
    </message>
    <message>
        <source>Anaesthetic contact time</source>
        <translation>Einwirkzeit des Anästhetikums</translation>
    </message>
    <message>
        <source>dose, e.g. 5% or 4 ml</source>
        <translation>Dosis, z. B. 5% oder 4 ml</translation>
    </message>
    <message>
        <source>Add &amp;adjunct</source>
        <translation>Zusatz&amp;wirkstoff hinzufügen</translation>
    </message>
    <message>
        <source>e.g. oral finasteride 1 mg daily</source>
        <translation>z. B. Finasterid oral 1 mg täglich</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add adverse &amp;event</source>
        <translation>Unerwünschtes &amp;Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>Session n&amp;umber:</source>
        <translation>Sitzungsnu&amp;mmer:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Behandler(in):</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>Ge&amp;rät:</translation>
    </message>
    <message>
        <source>Needle &amp;length:</source>
        <translation>Nadel&amp;länge:</translation>
    </message>
    <message>
        <source>Needle &amp;count:</source>
        <translation>Nadel&amp;zahl:</translation>
    </message>
    <message>
        <source>&amp;Passes:</source>
        <translation>Durch&amp;gänge:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>R&amp;ichtung:</translation>
    </message>
    <message>
        <source>Treated &amp;zones:</source>
        <translation>Behandelte Z&amp;onen:</translation>
    </message>
    <message>
        <source>&amp;Endpoint reached:</source>
        <translation>End&amp;punkt erreicht:</translation>
    </message>
    <message>
        <source>Ana&amp;esthetic:</source>
        <translation>&amp;Anästhesie:</translation>
    </message>
    <message>
        <source>Ad&amp;juncts:</source>
        <translation>Zusatzwir&amp;kstoffe:</translation>
    </message>
    <message>
        <source>&amp;Background therapy:</source>
        <translation>Basis&amp;therapie:</translation>
    </message>
    <message>
        <source>Pa&amp;in (0-10):</source>
        <translation>&amp;Schmerz (0-10):</translation>
    </message>
    <message>
        <source>Adverse e&amp;vents:</source>
        <translation>&amp;Unerwünschte Ereignisse:</translation>
    </message>
    <message>
        <source>Post-&amp;care:</source>
        <translation>Na&amp;chsorge:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Adjunct</source>
        <translation>Zusatzwirkstoff</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Unerwünschtes Ereignis</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Adjuncts</source>
        <translation>Zusatzwirkstoffe</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
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
        <translation>Einstellungen</translation>
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
        <translation>&amp;Vellushaare unter:</translation>
    </message>
    <message>
        <source>&amp;Terminal hairs from:</source>
        <translation>&amp;Terminalhaare ab:</translation>
    </message>
    <message>
        <source>&amp;Responder: density gain of at least:</source>
        <translation>&amp;Responder: Zunahme der Haardichte um mindestens:</translation>
    </message>
    <message>
        <source>Default &amp;device:</source>
        <translation>Stan&amp;dardgerät:</translation>
    </message>
    <message>
        <source>Default needle l&amp;ength:</source>
        <translation>Standard-Nad&amp;ellänge:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Sperren nach &amp;Inaktivität von:</translation>
    </message>
    <message>
        <source>Vellus threshold</source>
        <translation>Vellushaar-Grenzwert</translation>
    </message>
    <message>
        <source>at most the terminal threshold</source>
        <translation>höchstens der Terminalhaar-Grenzwert</translation>
    </message>
    <message>
        <source>Vellus threshold: %1 µm is above the terminal threshold (%2 µm).</source>
        <translation>Vellushaar-Grenzwert: %1 µm liegt über dem Terminalhaar-Grenzwert (%2 µm).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> Kopien</translation>
    </message>
    <message>
        <source>On closing, a checked copy of the database goes into the backup folder; the newest copies are kept.</source>
        <translation>Beim Schließen wird eine geprüfte Kopie der Datenbank im Sicherungsordner abgelegt; die neuesten Kopien werden aufbewahrt.</translation>
    </message>
    <message>
        <source>a &quot;backups&quot; folder beside the database</source>
        <translation>ein Ordner &quot;backups&quot; neben der Datenbank</translation>
    </message>
    <message>
        <source>Automatic &amp;backups on exit:</source>
        <translation>Automatische &amp;Sicherungen beim Beenden:</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Takes effect the next time Tricholog starts.</source>
        <translation>Wirkt beim nächsten Start von Tricholog.</translation>
    </message>
    <message>
        <source>Lan&amp;guage (at next start):</source>
        <translation>S&amp;prache (ab dem nächsten Start):</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>Before this follow-up a site reads &quot;too early to judge&quot;; 12 weeks is the usual first end point of microneedling trials.</source>
        <translation>Vor dieser Nachbeobachtungsdauer zeigt ein Areal &quot;zu früh für eine Beurteilung&quot;; 12 Wochen sind der übliche erste Endpunkt von Microneedling-Studien.</translation>
    </message>
    <message>
        <source>Minimum &amp;follow-up for a verdict:</source>
        <translation>&amp;Mindest-Nachbeobachtung für eine Beurteilung:</translation>
    </message>
    <message>
        <source>&amp;Control sites (no verdict):</source>
        <translation>&amp;Kontrollareale (ohne Beurteilung):</translation>
    </message>
    <message>
        <source>e.g. HC-{year}-{n:05}; empty: none</source>
        <translation>z. B. HC-{year}-{n:05}; leer: keines</translation>
    </message>
    <message>
        <source>Proposes the next record number for a new patient: {year} is the year, {n} a running number, {n:05} one of 5 digits.</source>
        <translation>Schlägt die nächste Patientennummer für einen neuen Patienten vor: {year} ist das Jahr, {n} eine laufende Nummer, {n:05} eine mit 5 Stellen.</translation>
    </message>
    <message>
        <source>&amp;MRN pattern:</source>
        <translation>&amp;MRN-Muster:</translation>
    </message>
    <message>
        <source>MRN pattern</source>
        <translation>MRN-Muster</translation>
    </message>
    <message>
        <source>one {n} or {n:05}</source>
        <translation>ein {n} oder {n:05}</translation>
    </message>
    <message>
        <source>MRN pattern: it needs exactly one running number, {n} or {n:05}.</source>
        <translation>MRN-Muster: Es braucht genau eine laufende Nummer, {n} oder {n:05}.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A session recorded this many days before or after a planned one counts as that planned session (adherence, recall).</source>
        <translation>Eine so viele Tage vor oder nach einer geplanten Sitzung erfasste Sitzung zählt als diese geplante Sitzung (Therapietreue, Wiedereinbestellung).</translation>
    </message>
    <message>
        <source>Measurements taken this many days before or after a planned measurement visit count as that visit.</source>
        <translation>Messungen so viele Tage vor oder nach einem geplanten Messbesuch zählen als dieser Besuch.</translation>
    </message>
    <message>
        <source>Planned &amp;session kept within:</source>
        <translation>Geplante &amp;Sitzung eingehalten innerhalb:</translation>
    </message>
    <message>
        <source>Planned measurement visit &amp;kept within:</source>
        <translation>Geplanter Messbesuch eingehalten inner&amp;halb:</translation>
    </message>
</context>
<context>
    <name>tricholog::SignInDialog</name>
    <message>
        <source>Sign in to Tricholog</source>
        <translation>Bei Tricholog anmelden</translation>
    </message>
    <message>
        <source>Sign in to open %1.</source>
        <translation>Melden Sie sich an, um %1 zu öffnen.</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Administration anlegen</translation>
    </message>
    <message>
        <source>Tricholog is locked</source>
        <translation>Tricholog ist gesperrt</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Anlegen und anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Quit Tricholog</source>
        <translation>Tricholog beenden</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create its administrator, who then adds the clinicians and assistants (Account &gt; Users).</source>
        <translation>Diese Datenbank hat noch keine Benutzerkonten. Legen Sie die Administration an, die dann Ärztinnen, Ärzte und Assistenz hinzufügt (Konto &gt; Benutzer).</translation>
    </message>
    <message>
        <source>Demo database, fictitious patients. Accounts (user / password):
%1 / %2 (administrator)
%3 / %4 (clinician)
%5 / %6 (assistant)</source>
        <translation>Demo-Datenbank mit fiktiven Patienten. Konten (Benutzer / Passwort):
%1 / %2 (Administration)
%3 / %4 (Ärztin/Arzt)
%5 / %6 (Assistenz)</translation>
    </message>
    <message>
        <source>Locked by %1 at %2. Enter the password of %1 to go on, or sign in as someone else.</source>
        <translation>Gesperrt von %1 um %2. Geben Sie das Passwort von %1 ein, um fortzufahren, oder melden Sie sich als andere Person an.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use. Enter the password of %1 to go on, or sign in as someone else.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Nutzung gesperrt. Geben Sie das Passwort von %1 ein, um fortzufahren, oder melden Sie sich als andere Person an.</numerusform>
            <numerusform>Nach %n Minuten ohne Nutzung gesperrt. Geben Sie das Passwort von %1 ein, um fortzufahren, oder melden Sie sich als andere Person an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Als &amp;andere Person anmelden</translation>
    </message>
    <message>
        <source>Sign in with your own account. The locked session of %1 ends; its typed notes were saved when it locked.</source>
        <translation>Melden Sie sich mit Ihrem eigenen Konto an. Die gesperrte Anmeldung von %1 wird beendet; die dort eingegebenen Notizen wurden beim Sperren gespeichert.</translation>
    </message>
</context>
<context>
    <name>tricholog::SiteProgressModel</name>
    <message>
        <source>single visit</source>
        <translation>nur ein Termin</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (Kontrolle)</translation>
    </message>
</context>
<context>
    <name>tricholog::TemplatesDialog</name>
    <message>
        <source>Protocol templates</source>
        <translation>Protokollvorlagen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Only clinicians and administrators change protocol templates.</source>
        <translation>Nur Ärzte und Administratoren ändern Protokollvorlagen.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? The plans made from it keep their own copy.</source>
        <translation>Vorlage „%1“ löschen? Die daraus erstellten Pläne behalten ihre eigene Kopie.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>New te&amp;mplate</source>
        <translation>Neue &amp;Vorlage</translation>
    </message>
    <message>
        <source>The new template has changes that are not saved. Save them?</source>
        <translation>Die neue Vorlage hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Die Vorlage „%1“ hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
</context>
<context>
    <name>tricholog::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Gesperrt bis</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation>&amp;Deaktivieren / aktivieren</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Password (at least %1 characters):</source>
        <translation>Passwort (mindestens %1 Zeichen):</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>New password (at least %1 characters):</source>
        <translation>Neues Passwort (mindestens %1 Zeichen):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
</TS>
