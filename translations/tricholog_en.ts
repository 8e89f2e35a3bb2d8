<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n measurement(s)</source>
        <translation>
            <numerusform>Add %n measurement</numerusform>
            <numerusform>Add %n measurements</numerusform>
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
</TS>
