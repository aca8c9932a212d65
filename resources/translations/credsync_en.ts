<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
