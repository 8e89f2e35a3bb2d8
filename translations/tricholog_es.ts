<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Cli</name>
    <message>
        <source>Renders a patient&apos;s progress chart to a PNG or SVG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient MRN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot the % change from baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file, .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size in pixels (default 1600x1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a patient&apos;s progress report as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n measurement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Diagnosis %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient has the record number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <source>III vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>no sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sessions, course complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined (baseline is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs two visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALT %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Androgenetic alopecia, male pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Androgenetic alopecia, female pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alopecia areata (patchy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alopecia totalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alopecia universalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ophiasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telogen effluvium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anagen effluvium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traction alopecia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cicatricial (scarring) alopecia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other / unspecified alopecia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwood-Hamilton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ludwig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinclair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclamation-mark hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short vellus hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair-diameter diversity &gt; 20 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perifollicular discoloration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peripilar sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tufting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent follicular openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perifollicular scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dermaroller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dermastamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fractional RF microneedling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-scalp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left temporal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right temporal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occipital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild erythema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinpoint bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phototrichogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trichoscopy (software-assisted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erythema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oedema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecchymosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folliculitis / infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-inflammatory hyperpigmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scarring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minoxidil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platelet-rich plasma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exosomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth-factor serum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topical finasteride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutasteride mesotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global frontal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trichoscopic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean hair-shaft diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vellus hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anagen hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telogen hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair count in target area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative hair thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>much worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderately worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slightly worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slightly better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderately better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>much better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementGridDialog</name>
    <message>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vellus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follicular units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hairs per unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microneedling session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message numerus="yes">
        <source>No adverse events recorded in %n session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adverse event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Tricholog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Record number (MRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already used by another patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog</name>
    <message>
        <source>Tricholog %1: hair-loss clinic records, microneedling sessions and regrowth reports.

Usage:
  tricholog [--database PATH] [--demo]    start the application
  tricholog demo --database PATH [--patients N] [--seed S]
                                          create a database of generated demo patients
  tricholog chart --database PATH --patient MRN --metric KEY [--percent]
                  --output FILE.png [--size WIDTHxHEIGHT]
                                          render a patient&apos;s progress chart
  tricholog report --database PATH --patient MRN --output FILE.pdf
                   [--from DATE] [--to DATE]
                                          write a patient&apos;s progress report (PDF)
  tricholog --version | --help

Without --database the application opens (or creates) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a database filled with generated, fictitious patients. The same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to create or fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of patients (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 2013).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --database PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patients must be a whole number from 1 to 100000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds patients; the demo is only written into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 patients, %2 diagnoses, %3 sessions, %4 measurements and %5 outcomes in %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number (MRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@domain.tld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not a valid address (expected name@domain.tld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits, spaces and + ( ) . / -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; may contain only digits, spaces and + ( ) . / - (3–32 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-processing consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 code: &quot;%1&quot; does not fit %2 (allowed: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset: &quot;%1&quot; is not a date (expected YYYY-MM or YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset: %1 is after the diagnosis date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity scale: %1 does not apply to %2 (use %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALT vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALT posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALT right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALT left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALT regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all four regions, 0–100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALT needs the percent of hair loss in all four regions (vertex, posterior, right side, left side), each 0–100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: &quot;%1&quot; is not a %2 grade (allowed: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle length is required (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anaesthetic contact time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frontal, midscalp, vertex, temporal_left, temporal_right, occipital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated zones: &quot;target_area&quot; is a measurement site, not a treatment zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose of adjunct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjunct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name and dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjunct %1 is &quot;other&quot;: say what was applied in its dose field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event %1 is &quot;other&quot;: describe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean hair-shaft diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vellus hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anagen hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telogen hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal + vellus hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anagen + telogen hairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted area is required with a hair count (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follicular units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hairs per follicular unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named area of known size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: a target area needs a name or its area in cm².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measurement needs at least one recorded value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shedding score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome needs a global self-assessment or a shedding score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative thickness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::ChartData</name>
    <message>
        <source>%1, %2
%3
Change from baseline: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, needle %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjuncts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurements of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No percent change: the baseline of %1 is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline recorded: progress needs a second visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: %1 (baseline is 0, so no percent change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::Checker</name>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in the future (today is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is before the patient&apos;s date of birth (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sum is %2%, more than 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 characters; at most %4 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::Database</name>
    <message>
        <source>The disk is full: the change was not saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: the change was not saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program; try again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error: the change was not saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2: check that the path exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tricholog database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging (journal mode is %2); the file may be on a read-only or network drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys cannot be enabled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronous=FULL cannot be set on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tricholog database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Tricholog (schema version %2; this version knows up to %3). Update Tricholog to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not migrating %1: the backup copy could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start migrating %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating %1 to schema version %2 failed; the file is left at version %3. Reason: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup copy is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::DiagnosisDialog</name>
    <message>
        <source>Edit diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALT: percent of hair loss per region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertex (40 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Posterior (24 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right side (18 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left side (18 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trichoscopy findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ICD-10 code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnosed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity &amp;scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SALT %1&lt;/b&gt; · band %2 · AA-IGA %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · within the trial success criterion (SALT ≤ 20)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::DiagnosisTableModel</name>
    <message>
        <source>Diagnosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::EntryDialog</name>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::GuiOptions</name>
    <message>
        <source>Open this database file (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database of generated patients (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::ItemListEditor</name>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::MainWindow</name>
    <message>
        <source>Find patient by name or MRN (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tricholog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;measurements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;diagnosis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient-reported &amp;outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export progress report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print progress report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tricholog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tricholog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tricholog %1&lt;/b&gt;&lt;p&gt;Hair-loss clinic records, microneedling sessions and regrowth reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::MeasurementGridDialog</name>
    <message>
        <source>Measurements for a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session (measurement-only visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 mm%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. videodermatoscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the marked target area, e.g. tattoo 1 cm² vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;gnification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements by site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type values per site; empty cells are not recorded. Tab moves right, Enter moves down, Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Allowed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hair count is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::MeasurementTableModel</name>
    <message>
        <source>%1 in %2 cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cum. thickness
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal
(%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vellus
(%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anagen
(%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telogen
(%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::OutcomeDialog</name>
    <message>
        <source>Edit patient-reported outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient-reported outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Global self-assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hedding score (1-6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::OutcomeTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shedding (1-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::PatientDialog</name>
    <message>
        <source>Edit patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number (MRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MRN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex at birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit&amp;zpatrick skin type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treatment consent on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;oto consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data-processing consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-processing consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long (max. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::PatientFileWidget</name>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;diagnosis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;measurements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New o&amp;utcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No patient selected. Choose one in the list, or create one with Ctrl+N.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; MRN %2 &amp;nbsp; %3%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;archived&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patient&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-processing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diagnoses&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No active diagnosis.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Treatment course&lt;/h3&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Progress since baseline&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No measurements yet: record a baseline visit with Ctrl+M.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S). Notes are also saved when you switch to another patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::PatientListModel</name>
    <message>
        <source>Density change since baseline at the main treated site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density Δ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::ProgressChartPanel</name>
    <message>
        <source>Me&amp;tric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bsolute values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% c&amp;hange from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density and diameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::ProgressChartView</name>
    <message>
        <source>Progress chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG (print resolution)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG (vector)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::ProgressReport</name>
    <message>
        <source>Hair regrowth progress report: %1 (MRN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair regrowth progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number (MRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagnosis recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, AA-IGA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (course: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjuncts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress since baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurements in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change and % change: latest visit against the first (baseline) visit of the site. Per month: least-squares slope over all visits. Responder: density gain of at least %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-reported outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global self-assessment (−3 to +3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shedding (1–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair density (hairs/cm²) and mean hair-shaft diameter (µm) were measured per scalp site by: %1. Hairs thinner than %2 µm are counted as vellus and hairs of %3 µm or more as terminal. Cumulative hair thickness = density × mean diameter (mm/cm²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no measurement in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician (name and signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microneedling treatment and hair regrowth since baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; SALT ≤ 20: success criterion met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; SALT &gt; 20: success criterion not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hair regrowth, microneedling, trichoscopy, MRN %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::RecordEditor</name>
    <message>
        <source>Tricholog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the diagnosis %1 of %2? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session of %1? Its measurements and outcomes are kept. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing changes one site&apos;s measurement: leave values in one row only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 measurement of %2? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the outcome of %1? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::ReportActions</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (empty: first record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (empty: latest record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New microneedling session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. vertical, horizontal, diagonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, e.g. lidocaine 5% cream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anaesthetic contact time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose, e.g. 5% or 4 ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;adjunct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. oral finasteride 1 mg daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add adverse &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle &amp;count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated &amp;zones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ana&amp;esthetic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;juncts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background therapy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;in (0-10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse e&amp;vents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-&amp;care:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::SessionTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjuncts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> µm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the language and country (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vellus hairs below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal hairs from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responder: density gain of at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default needle l&amp;ength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vellus threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most the terminal threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vellus threshold: %1 µm is above the terminal threshold (%2 µm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a readable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic logo: %1 is not a readable image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tricholog::SiteProgressModel</name>
    <message>
        <source>single visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
