<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Fixture</name>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n Integration</numerusform>
            <numerusform>%n Integrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb: open a file</comment>
        <translation>Öffnen</translation>
    </message>
</context>
</TS>
