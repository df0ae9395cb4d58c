<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CarryReviewPanel</name>
    <message numerus="yes">
        <source>%n carried annotation(s) to check: accept each, re-place it on the right words, or dismiss it.</source>
        <translation>
            <numerusform>%n carried annotation to check: accept each, re-place it on the right words, or dismiss it.</numerusform><numerusform>%n carried annotations to check: accept each, re-place it on the right words, or dismiss it.</numerusform></translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform><numerusform>%n added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform><numerusform>%n deleted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>%n renumbered</numerusform><numerusform>%n renumbered</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <translation>
            <numerusform>%n modified</numerusform><numerusform>%n modified</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform><numerusform>%n unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) in the changed articles.</source>
        <translation>
            <numerusform>%n annotation in the changed articles.</numerusform><numerusform>%n annotations in the changed articles.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) concerned</source>
        <translation>
            <numerusform>%n annotation concerned</numerusform><numerusform>%n annotations concerned</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n word added</numerusform><numerusform>%n words added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) deleted</source>
        <translation>
            <numerusform>%n word deleted</numerusform><numerusform>%n words deleted</numerusform></translation>
    </message>
</context>
<context>
    <name>DerouleurPanel</name>
    <message numerus="yes">
        <source>%n amendment(s) attached.</source>
        <translation>
            <numerusform>%n amendment attached.</numerusform><numerusform>%n amendments attached.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n amendment</numerusform><numerusform>%n amendments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) of this text bound to no bill</source>
        <translation>
            <numerusform>%n amendment of this text bound to no bill</numerusform><numerusform>%n amendments of this text bound to no bill</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message numerus="yes">
        <source>The documents listed in the library panel (%n)</source>
        <translation>
            <numerusform>The documents listed in the library panel (%n)</numerusform><numerusform>The documents listed in the library panel (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The documents selected in the library panel (%n)</source>
        <translation>
            <numerusform>The documents selected in the library panel (%n)</numerusform><numerusform>The documents selected in the library panel (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The whole library (%n document(s))</source>
        <translation>
            <numerusform>The whole library (%n document)</numerusform><numerusform>The whole library (%n documents)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message numerus="yes">
        <source>This text has %n saved amendment draft(s).</source>
        <translation>
            <numerusform>This text has %n saved amendment draft.</numerusform><numerusform>This text has %n saved amendment drafts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Report written: %n annotation(s).</source>
        <translation>
            <numerusform>Report written: %n annotation.</numerusform><numerusform>Report written: %n annotations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Annotated PDF written: %n annotation(s).</source>
        <translation>
            <numerusform>Annotated PDF written: %n annotation.</numerusform><numerusform>Annotated PDF written: %n annotations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Word file written: %n comment(s).</source>
        <translation>
            <numerusform>Word file written: %n comment.</numerusform><numerusform>Word file written: %n comments.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) as tracked changes.</source>
        <translation>
            <numerusform>%n draft as tracked changes.</numerusform><numerusform>%n drafts as tracked changes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Séance sheet written: %n amendment(s).</source>
        <translation>
            <numerusform>Séance sheet written: %n amendment.</numerusform><numerusform>Séance sheet written: %n amendments.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>W3C file written: %n annotation(s), deleted ones included.</source>
        <translation>
            <numerusform>W3C file written: %n annotation, deleted ones included.</numerusform><numerusform>W3C file written: %n annotations, deleted ones included.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) of %1 imported as annotations</source>
        <translation>
            <numerusform>%n comment of %1 imported as annotations</numerusform><numerusform>%n comments of %1 imported as annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n already here</numerusform><numerusform>%n already here</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) on words this text does not have: listed below.</source>
        <translation>
            <numerusform>%n comment on words this text does not have: listed below.</numerusform><numerusform>%n comments on words this text does not have: listed below.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform><numerusform>%n added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform><numerusform>%n updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform><numerusform>%n deleted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform><numerusform>%n already up to date</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) not found in the library's copy of the text.</source>
        <translation>
            <numerusform>%n passage not found in the library's copy of the text.</numerusform><numerusform>%n passages not found in the library's copy of the text.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) on documents this library lacks: import those documents, then this file again.</source>
        <translation>
            <numerusform>%n annotation on documents this library lacks: import those documents, then this file again.</numerusform><numerusform>%n annotations on documents this library lacks: import those documents, then this file again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) on amendments taken in.</source>
        <translation>
            <numerusform>%n position on amendments taken in.</numerusform><numerusform>%n positions on amendments taken in.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) imported from %1</source>
        <translation>
            <numerusform>%n annotation imported from %1</numerusform><numerusform>%n annotations imported from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform><numerusform>%n already present</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform><numerusform>%n skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more annotation(s) not read: %1 is the most read from one file.</source>
        <translation>
            <numerusform>%n more annotation not read: %1 is the most read from one file.</numerusform><numerusform>%n more annotations not read: %1 is the most read from one file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not applied: their id is that of another document's annotation.</source>
        <translation>
            <numerusform>%n annotation not applied: their id is that of another document's annotation.</numerusform><numerusform>%n annotations not applied: their id is that of another document's annotation.</numerusform></translation>
    </message>
</context>
<context>
    <name>FacetBar</name>
    <message numerus="yes">
        <source>%n document(s) among the results</source>
        <translation>
            <numerusform>%n document among the results</numerusform><numerusform>%n documents among the results</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform><numerusform>%n imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform><numerusform>%n already present</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (not documents)</source>
        <translation>
            <numerusform>%n skipped (not documents)</numerusform><numerusform>%n skipped (not documents)</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s) in this document</source>
        <translation>
            <numerusform>%n result in this document</numerusform><numerusform>%n results in this document</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message numerus="yes">
        <source>%n exact</source>
        <translation>
            <numerusform>%n exact</numerusform><numerusform>%n exact</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform><numerusform>%n moved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform><numerusform>%n changed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n orphaned</numerusform><numerusform>%n orphaned</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) carried</source>
        <translation>
            <numerusform>%n annotation carried</numerusform><numerusform>%n annotations carried</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform><numerusform>%n to review</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n carried before)</source>
        <translation>
            <numerusform>(%n carried before)</numerusform><numerusform>(%n carried before)</numerusform></translation>
    </message>
</context>
</TS>