<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Fixture</name>
    <message>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n integration</numerusform>
            <numerusform>%n integrations</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb: open a file</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
