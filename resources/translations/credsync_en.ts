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
    <name>HubSpot</name>
    <message numerus="yes">
        <source>HubSpot answered malformed data for %1: it said nothing about %n contact(s) it was asked for (%2)</source>
        <translation>
            <numerusform>HubSpot answered malformed data for %1: it said nothing about %n contact it was asked for (%2)</numerusform>
            <numerusform>HubSpot answered malformed data for %1: it said nothing about %n contacts it was asked for (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message numerus="yes">
        <source>inspecting %n target(s)…</source>
        <translation>
            <numerusform>inspecting %n target…</numerusform>
            <numerusform>inspecting %n targets…</numerusform>
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
    <name>WatchNotification</name>
    <message numerus="yes">
        <source>%1 appeared on %n therapist(s): %2</source>
        <translation>
            <numerusform>%1 appeared on %n therapist: %2</numerusform>
            <numerusform>%1 appeared on %n therapists: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credsync::CaseController</name>
    <message numerus="yes">
        <source>Preparing the write-up of %n therapist(s)…</source>
        <translation>
            <numerusform>Preparing the write-up of %n therapist…</numerusform>
            <numerusform>Preparing the write-up of %n therapists…</numerusform>
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
        <source>Re-check: the fix held for %n therapist(s): ids and labels still right</source>
        <translation>
            <numerusform>Re-check: the fix held for %n therapist: ids and labels still right</numerusform>
            <numerusform>Re-check: the fix held for %n therapists: ids and labels still right</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credsync::MainWindow</name>
    <message numerus="yes">
        <source>Checking %n therapist(s) in full: logs and Sentry…</source>
        <translation>
            <numerusform>Checking %n therapist in full: logs and Sentry…</numerusform>
            <numerusform>Checking %n therapists in full: logs and Sentry…</numerusform>
        </translation>
    </message>
</context>
</TS>
