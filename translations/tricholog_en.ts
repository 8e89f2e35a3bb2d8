<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditText</name>
    <message numerus="yes">
        <source>Imported %1 (%n row(s) added)</source>
        <translation>
            <numerusform>Imported %1 (%n row added)</numerusform>
            <numerusform>Imported %1 (%n rows added)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) added</source>
        <translation>
            <numerusform>%1: %n row added</numerusform>
            <numerusform>%1: %n rows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n measurement(s)</source>
        <translation>
            <numerusform>Add %n measurement</numerusform>
            <numerusform>Add %n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %n photo(s)</source>
        <translation>
            <numerusform>Attach %n photo</numerusform>
            <numerusform>Attach %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>This session has %n photo(s): delete them first (Photos tab) if the session is to go.</source>
        <translation>
            <numerusform>This session has %n photo: delete them first (Photos tab) if the session is to go.</numerusform>
            <numerusform>This session has %n photos: delete them first (Photos tab) if the session is to go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message numerus="yes">
        <source>No adverse events recorded in %n session(s).</source>
        <translation>
            <numerusform>No adverse events recorded in %n session.</numerusform>
            <numerusform>No adverse events recorded in %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n session(s).</source>
        <translation>
            <numerusform>%1 in %n session.</numerusform>
            <numerusform>%1 in %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adverse event(s)</source>
        <translation>
            <numerusform>%n adverse event</numerusform>
            <numerusform>%n adverse events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n site measurement(s)</source>
        <translation>
            <numerusform>%1: %n site measurement</numerusform>
            <numerusform>%1: %n site measurements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::AnalysisDialog</name>
    <message numerus="yes">
        <source>Analysing again drops the %n correction(s) made by hand. Analyse again?</source>
        <translation>
            <numerusform>Analysing again drops the %n correction made by hand. Analyse again?</numerusform>
            <numerusform>Analysing again drops the %n corrections made by hand. Analyse again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aligned by hand on %n point(s).</source>
        <translation>
            <numerusform>Aligned by hand on %n point.</numerusform>
            <numerusform>Aligned by hand on %n points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::AttachPhotosDialog</name>
    <message numerus="yes">
        <source>Attach %n photo(s)</source>
        <translation>
            <numerusform>Attach %n photo</numerusform>
            <numerusform>Attach %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::ClinicOutcomesDialog</name>
    <message numerus="yes">
        <source>The outcomes of %n patient(s) were written to %1.</source>
        <translation>
            <numerusform>The outcomes of %n patient were written to %1.</numerusform>
            <numerusform>The outcomes of %n patients were written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::ImportDialog</name>
    <message numerus="yes">
        <source>Nothing was imported. %n problem(s):</source>
        <translation>
            <numerusform>Nothing was imported. %n problem:</numerusform>
            <numerusform>Nothing was imported. %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::MainWindow</name>
    <message numerus="yes">
        <source>%n patient(s) listed</source>
        <translation>
            <numerusform>%n patient listed</numerusform>
            <numerusform>%n patients listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::PatientFileWidget</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::PhotosTab</name>
    <message numerus="yes">
        <source>%n stored photo(s) hidden until consent is given again.</source>
        <translation>
            <numerusform>%n stored photo hidden until consent is given again.</numerusform>
            <numerusform>%n stored photos hidden until consent is given again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s). Enter or double-click compares a photo with the first of its view.</source>
        <translation>
            <numerusform>%n photo. Enter or double-click compares a photo with the first of its view.</numerusform>
            <numerusform>%n photos. Enter or double-click compares a photo with the first of its view.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) checked: all intact, each matching the checksum recorded when it was stored.</source>
        <translation>
            <numerusform>%n original checked: all intact, each matching the checksum recorded when it was stored.</numerusform>
            <numerusform>%n originals checked: all intact, each matching the checksum recorded when it was stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) missing or damaged, marked in red.</source>
        <translation>
            <numerusform>%n original missing or damaged, marked in red.</numerusform>
            <numerusform>%n originals missing or damaged, marked in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::RecordEditor</name>
    <message numerus="yes">
        <source>%1 no longer consents to photos: %n photo(s) hidden from now on.</source>
        <translation>
            <numerusform>%1 no longer consents to photos: %n photo hidden from now on.</numerusform>
            <numerusform>%1 no longer consents to photos: %n photos hidden from now on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::ReportActions</name>
    <message numerus="yes">
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>%n report written to %1.</numerusform>
            <numerusform>%n reports written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be written.</source>
        <translation>
            <numerusform>%n report could not be written.</numerusform>
            <numerusform>%n reports could not be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::SignInDialog</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use. Enter the password of %1 to go on, or sign in as someone else.</source>
        <translation>
            <numerusform>Locked after %n minute without use. Enter the password of %1 to go on, or sign in as someone else.</numerusform>
            <numerusform>Locked after %n minutes without use. Enter the password of %1 to go on, or sign in as someone else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%1 % (%2 of %n planned session(s) kept)</source>
        <translation>
            <numerusform>%1 % (%2 of %n planned session kept)</numerusform>
            <numerusform>%1 % (%2 of %n planned sessions kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::PlanTab</name>
    <message numerus="yes">
        <source>%1, %2 mm, every %n day(s), %3 sessions</source>
        <translation>
            <numerusform>%1, %2 mm, every day, %3 sessions</numerusform>
            <numerusform>%1, %2 mm, every %n days, %3 sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::PlanEditor</name>
    <message numerus="yes">
        <source>%n planned visit(s) written to %1.</source>
        <translation>
            <numerusform>%n planned visit written to %1.</numerusform>
            <numerusform>%n planned visits written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tricholog::RecallDialog</name>
    <message numerus="yes">
        <source>%n patient(s) to call</source>
        <translation>
            <numerusform>%n patient to call</numerusform>
            <numerusform>%n patients to call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) written to %1.</source>
        <translation>
            <numerusform>%n patient written to %1.</numerusform>
            <numerusform>%n patients written to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
