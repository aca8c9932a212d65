<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>Therapist write-up: %n therapist(s)</source>
        <translation>
            <numerusform>Therapist write-up: %n therapist</numerusform>
            <numerusform>Therapist write-up: %n therapists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>Could not resolve %n target(s):</source>
        <translation>
            <numerusform>Could not resolve %n target:</numerusform>
            <numerusform>Could not resolve %n targets:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credsync::CasePanel</name>
    <message numerus="yes">
        <source>Opened %1 with profile %2; %n therapist(s).</source>
        <translation>
            <numerusform>Opened %1 with profile %2; %n therapist.</numerusform>
            <numerusform>Opened %1 with profile %2; %n therapists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapist(s) added.</source>
        <translation>
            <numerusform>%n therapist added.</numerusform>
            <numerusform>%n therapists added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credsync::ExportDialog</name>
    <message numerus="yes">
        <source>%n therapist(s) · profile %1</source>
        <translation>
            <numerusform>%n therapist · profile %1</numerusform>
            <numerusform>%n therapists · profile %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credsync::FixController</name>
    <message numerus="yes">
        <source>Re-check: %n therapist(s) still healthy after the fix</source>
        <translation>
            <numerusform>Re-check: %n therapist still healthy after the fix</numerusform>
            <numerusform>Re-check: %n therapists still healthy after the fix</numerusform>
        </translation>
    </message>
</context>
</TS>
