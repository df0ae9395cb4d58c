<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About reviewer</source>
        <translation>À propos de reviewer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Also bundled, each under its own licence: %1.</source>
        <translation>Également inclus, chacun sous sa propre licence : %1.</translation>
    </message>
    <message>
        <source>Offline review of French legislative texts.</source>
        <translation>Relecture hors ligne des textes législatifs français.</translation>
    </message>
    <message>
        <source>reviewer is free software under the GNU Affero General Public License, version 3 or any later version (%1), and comes with no warranty. It includes PyMuPDF, whose AGPL-3.0 licence requires that whoever receives this program can also receive its complete source code, under the same licence.</source>
        <translation>reviewer est un logiciel libre, distribué sous la licence publique générale GNU Affero, version 3 ou toute version ultérieure (%1), sans aucune garantie. Il inclut PyMuPDF, dont la licence AGPL-3.0 exige que quiconque reçoit ce programme puisse aussi en recevoir le code source complet, sous la même licence.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Add PDF files to the library (or drop them on the window)</source>
        <translation>Ajouter des fichiers PDF à la bibliothèque (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add every PDF below a folder to the library</source>
        <translation>Ajouter à la bibliothèque tous les PDF d&apos;un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>A report of the annotations: PDF, Word, HTML, CSV…</source>
        <translation>Un rapport des annotations&#xa0;: PDF, Word, HTML, CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Annotated PDF…</source>
        <translation>Exporter le PDF &amp;annoté…</translation>
    </message>
    <message>
        <source>A copy of the open document with its highlights and notes in the PDF</source>
        <translation>Une copie du document ouvert, avec ses surlignages et ses notes dans le PDF</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>Exporter vers &amp;Word…</translation>
    </message>
    <message>
        <source>The open document&apos;s text with each annotation as a Word comment</source>
        <translation>Le texte du document ouvert, chaque annotation en commentaire Word</translation>
    </message>
    <message>
        <source>Export &amp;Séance Sheet…</source>
        <translation>Exporter la fiche de &amp;séance…</translation>
    </message>
    <message>
        <source>The open bill&apos;s amendments, article by article, with positions and notes: PDF, Word or HTML</source>
        <translation>Les amendements du texte ouvert, article par article, avec positions et notes&#xa0;: PDF, Word ou HTML</translation>
    </message>
    <message>
        <source>Export Annotations (&amp;W3C JSON)…</source>
        <translation>Exporter les annotations (&amp;W3C JSON)…</translation>
    </message>
    <message>
        <source>Share the annotations with colleagues using reviewer</source>
        <translation>Partager les annotations avec des collègues qui utilisent reviewer</translation>
    </message>
    <message>
        <source>Import A&amp;nnotations…</source>
        <translation>Importer des a&amp;nnotations…</translation>
    </message>
    <message>
        <source>Merge a W3C annotation file, or take in the annotations of a PDF copy</source>
        <translation>Fusionner un fichier d’annotations W3C, ou reprendre les annotations d’une copie du PDF</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>Rebuild Search &amp;Index</source>
        <translation>Reconstruire l&apos;&amp;index de recherche</translation>
    </message>
    <message>
        <source>Rebuild the search index from the library database</source>
        <translation>Reconstruire l&apos;index de recherche à partir de la base de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Surligner la sélection</translation>
    </message>
    <message>
        <source>Highlight the selected text in the current colour</source>
        <translation>Surligner le texte sélectionné dans la couleur courante</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copier le texte sélectionné</translation>
    </message>
    <message>
        <source>Copy with &amp;Reference</source>
        <translation>Copier avec la &amp;référence</translation>
    </message>
    <message>
        <source>Copy the selected text in quotes, with its article, paragraph and page</source>
        <translation>Copier le texte sélectionné entre guillemets, avec son article, son alinéa et sa page</translation>
    </message>
    <message>
        <source>Highlight and Add a &amp;Note</source>
        <translation>Surligner et ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Highlight the selected text and write its note</source>
        <translation>Surligner le texte sélectionné et écrire sa note</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l&apos;annotation</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Author, report addressee, export folder, language, theme…</source>
        <translation>Auteur, destinataire des rapports, dossier d’export, langue, thème…</translation>
    </message>
    <message>
        <source>Edit &amp;Note of Annotation</source>
        <translation>Modifier la &amp;note de l&apos;annotation</translation>
    </message>
    <message>
        <source>Add Note on &amp;Page…</source>
        <translation>Ajouter une note sur la &amp;page…</translation>
    </message>
    <message>
        <source>Add Note on &amp;Document…</source>
        <translation>Ajouter une note sur le &amp;document…</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>&amp;Rechercher dans la bibliothèque…</translation>
    </message>
    <message>
        <source>Search every document and annotation of the library</source>
        <translation>Chercher dans tous les documents et annotations de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>&amp;Chercher dans le document…</translation>
    </message>
    <message>
        <source>Find a phrase in the open document, from this page</source>
        <translation>Chercher une expression dans le document ouvert, à partir de cette page</translation>
    </message>
    <message>
        <source>Next Hit</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Title, kind, number, authors… of the open document</source>
        <translation>Titre, nature, numéro, auteurs… du document ouvert</translation>
    </message>
    <message>
        <source>Recognise &amp;Text (OCR)…</source>
        <translation>&amp;Reconnaître le texte (OCR)…</translation>
    </message>
    <message>
        <source>Read the text of a scanned document, so that it can be searched</source>
        <translation>Lire le texte d’un document numérisé, pour pouvoir y chercher</translation>
    </message>
    <message>
        <source>Import New &amp;Version…</source>
        <translation>Importer une nouvelle &amp;version…</translation>
    </message>
    <message>
        <source>Import a later version of the open document and carry its annotations forward</source>
        <translation>Importer une version ultérieure du document ouvert et y reporter ses annotations</translation>
    </message>
    <message>
        <source>&amp;Compare with Previous Version</source>
        <translation>&amp;Comparer avec la version précédente</translation>
    </message>
    <message>
        <source>What changed, article by article, since the last version</source>
        <translation>Ce qui a changé, article par article, depuis la version précédente</translation>
    </message>
    <message>
        <source>&amp;Review Carried Annotations</source>
        <translation>&amp;Vérifier les annotations reportées</translation>
    </message>
    <message>
        <source>Check the annotations carried from the previous version of the document</source>
        <translation>Vérifier les annotations reportées depuis la version précédente du document</translation>
    </message>
    <message>
        <source>Draft an &amp;Amendment…</source>
        <translation>Rédiger un &amp;amendement…</translation>
    </message>
    <message>
        <source>Write an amendment on the selected words, or on the article being read</source>
        <translation>Rédiger un amendement sur les mots sélectionnés, ou sur l’article en cours de lecture</translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Ajuster à la &amp;page</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>First Page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Last Page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>&amp;Go To…</source>
        <translation>&amp;Aller à…</translation>
    </message>
    <message>
        <source>A page, a page label or an article (“art 7”)</source>
        <translation>Une page, un numéro de page imprimé ou un article (« art 7 »)</translation>
    </message>
    <message>
        <source>Next Annotation</source>
        <translation>Annotation suivante</translation>
    </message>
    <message>
        <source>Previous Annotation</source>
        <translation>Annotation précédente</translation>
    </message>
    <message>
        <source>&amp;Reading Mode (Full Screen)</source>
        <translation>Mode &amp;lecture (plein écran)</translation>
    </message>
    <message>
        <source>&amp;Welcome Screen…</source>
        <translation>Écran d&apos;&amp;accueil…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;About reviewer…</source>
        <translation>À &amp;propos de reviewer…</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnoter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Recent &amp;Libraries</source>
        <translation>&amp;Bibliothèques récentes</translation>
    </message>
    <message>
        <source>Highlight in &amp;Colour</source>
        <translation>Surligner en &amp;couleur</translation>
    </message>
    <message>
        <source>Apply &amp;Tag</source>
        <translation>Appliquer une &amp;étiquette</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Highlight with &amp;Tag</source>
        <translation>Surligner avec l’é&amp;tiquette</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>Highlight in %1 (%2)</source>
        <translation>Surligner en %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Tags (comma-separated):</source>
        <translation>Étiquettes (séparées par des virgules) :</translation>
    </message>
    <message>
        <source>Type a tag, Return to apply</source>
        <translation>Tapez une étiquette, Entrée pour l&apos;appliquer</translation>
    </message>
    <message>
        <source>Note (saved when you leave the box, or Ctrl+Return):</source>
        <translation>Note (enregistrée en quittant la zone, ou Ctrl+Entrée) :</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Écrire une note…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select a highlight to edit its note and tags.</source>
        <translation>Sélectionnez un surlignage pour modifier sa note et ses étiquettes.</translation>
    </message>
    <message>
        <source>Note on the document</source>
        <translation>Note sur le document</translation>
    </message>
    <message>
        <source>Note on page %1</source>
        <translation>Note sur la page %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>In page order</source>
        <translation>Dans l’ordre des pages</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récentes d’abord</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Par étiquette</translation>
    </message>
    <message>
        <source>By colour</source>
        <translation>Par couleur</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>Note on the document</source>
        <translation>Note sur le document</translation>
    </message>
    <message>
        <source>p. %1 · note on the page</source>
        <translation>p. %1 · note sur la page</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>⚠ Orphaned: its passage is gone from this version</source>
        <translation>⚠ Orpheline : son passage a disparu de cette version</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Copy Quote with Reference</source>
        <translation>Copier la citation avec sa référence</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Something unexpected went wrong; the details are in the log file.</source>
        <translation>Une erreur inattendue s&apos;est produite ; les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>CarryReview</name>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>orpheline</translation>
    </message>
</context>
<context>
    <name>CarryReviewPanel</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>The annotation is in the right place</source>
        <translation>L’annotation est au bon endroit</translation>
    </message>
    <message>
        <source>Re-place with Selection</source>
        <translation>Replacer sur la sélection</translation>
    </message>
    <message>
        <source>Put the annotation on the text selected in the page</source>
        <translation>Placer l’annotation sur le texte sélectionné dans la page</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Remove it from this version; the previous version keeps its own</source>
        <translation>La retirer de cette version&#xa0;; la version précédente garde la sienne</translation>
    </message>
    <message>
        <source>To re-place an annotation, select the right words in the page first.</source>
        <translation>Pour replacer une annotation, sélectionnez d’abord les bons mots dans la page.</translation>
    </message>
    <message>
        <source>Open a document to review the annotations carried into it.</source>
        <translation>Ouvrez un document pour vérifier les annotations qui y ont été reportées.</translation>
    </message>
    <message>
        <source>Nothing to review: every annotation carried here has been checked.</source>
        <translation>Rien à vérifier&#xa0;: toutes les annotations reportées ici ont été vérifiées.</translation>
    </message>
    <message numerus="yes">
        <source>%n carried annotation(s) to check: accept each, re-place it on the right words, or dismiss it.</source>
        <translation>
            <numerusform>%n annotation reportée à vérifier&#xa0;: acceptez-la, replacez-la sur les bons mots ou écartez-la.</numerusform>
            <numerusform>%n annotations reportées à vérifier&#xa0;: acceptez chacune, replacez-la sur les bons mots ou écartez-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>The same text, in the same article.</source>
        <translation>Le même texte, dans le même article.</translation>
    </message>
    <message>
        <source>The same text, found elsewhere in the new version.</source>
        <translation>Le même texte, retrouvé ailleurs dans la nouvelle version.</translation>
    </message>
    <message>
        <source>The passage was amended: its words differ.</source>
        <translation>Le passage a été modifié&#xa0;: ses mots diffèrent.</translation>
    </message>
    <message>
        <source>The passage is gone: the annotation is attached to its article.</source>
        <translation>Le passage a disparu&#xa0;: l’annotation est rattachée à son article.</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant&#xa0;:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Désormais&#xa0;:</translation>
    </message>
    <message>
        <source>Before (gone from this version):</source>
        <translation>Avant (absent de cette version)&#xa0;:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Citation&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>renuméroté</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>renumbered, modified</source>
        <translation>renuméroté, modifié</translation>
    </message>
    <message>
        <source>Compare Versions — %1</source>
        <translation>Comparer les versions — %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Modifications seulement</translation>
    </message>
    <message>
        <source>Hide the articles whose text did not change</source>
        <translation>Masquer les articles dont le texte n’a pas changé</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write this comparison as a PDF, Word or HTML report</source>
        <translation>Enregistrer cette comparaison comme rapport PDF, Word ou HTML</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Words added (+) and deleted (−)</source>
        <translation>Mots ajoutés (+) et supprimés (−)</translation>
    </message>
    <message>
        <source>Annotations concerned</source>
        <translation>Annotations concernées</translation>
    </message>
    <message>
        <source>Show in Old Version (%1)</source>
        <translation>Voir dans l’ancienne version (%1)</translation>
    </message>
    <message>
        <source>Show in New Version (%1)</source>
        <translation>Voir dans la nouvelle version (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Comparing the two versions…</source>
        <translation>Comparaison des deux versions…</translation>
    </message>
    <message>
        <source>previous version</source>
        <translation>version précédente</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>nouvelle version</translation>
    </message>
    <message>
        <source>The versions could not be compared: %1</source>
        <translation>Les versions n’ont pas pu être comparées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>%n renuméroté</numerusform>
            <numerusform>%n renumérotés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles: %1.</source>
        <translation>Articles&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) in the changed articles.</source>
        <translation>
            <numerusform>%n annotation dans les articles modifiés.</numerusform>
            <numerusform>%n annotations dans les articles modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) concerned</source>
        <translation>
            <numerusform>%n annotation concernée</numerusform>
            <numerusform>%n annotations concernées</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations concerned (%1)</source>
        <translation>Annotations concernées (%1)</translation>
    </message>
    <message>
        <source>No annotation in this article.</source>
        <translation>Aucune annotation dans cet article.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n mot ajouté</numerusform>
            <numerusform>%n mots ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) deleted</source>
        <translation>
            <numerusform>%n mot supprimé</numerusform>
            <numerusform>%n mots supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: p. %2</source>
        <translation>%1&#xa0;: p.&#xa0;%2</translation>
    </message>
    <message>
        <source>old version</source>
        <translation>ancienne version</translation>
    </message>
    <message>
        <source>passage changed</source>
        <translation>passage modifié</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Double-click to show it in its version</source>
        <translation>Double-cliquez pour la voir dans sa version</translation>
    </message>
    <message>
        <source>Comparison %1 - %2</source>
        <translation>Comparaison %1 - %2</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Exporting the comparison…</source>
        <translation>Export de la comparaison…</translation>
    </message>
    <message>
        <source>Comparison written: %1</source>
        <translation>Comparaison enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>The comparison could not be written: %1</source>
        <translation>La comparaison n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>DerouleurPanel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Not attached to an article</source>
        <translation>Rattachés à aucun article</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Avant %1</translation>
    </message>
    <message>
        <source>After %1 (additional article)</source>
        <translation>Après %1 (article additionnel)</translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) attached.</source>
        <translation>
            <numerusform>%n amendement rattaché.</numerusform>
            <numerusform>%n amendements rattachés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by number, author, words…</source>
        <translation>Filtrer par numéro, auteur, mots…</translation>
    </message>
    <message>
        <source>Attach to a Text…</source>
        <translation>Rattacher au texte…</translation>
    </message>
    <message>
        <source>Attach the amendments to a bill of the library</source>
        <translation>Rattacher les amendements à un texte de la bibliothèque</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position&#xa0;:</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argumentaire</translation>
    </message>
    <message>
        <source>Edit Labels…</source>
        <translation>Modifier les positions…</translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n amendement</numerusform>
            <numerusform>%n amendements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) of this text bound to no bill</source>
        <translation>
            <numerusform>%n amendement de ce texte rattaché à aucun projet</numerusform>
            <numerusform>%n amendements de ce texte rattachés à aucun projet</numerusform>
        </translation>
    </message>
    <message>
        <source>No amendment bound to this document.</source>
        <translation>Aucun amendement rattaché à ce document.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les sorts</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation>Sans position</translation>
    </message>
    <message>
        <source>Attach to a Text</source>
        <translation>Rattacher au texte</translation>
    </message>
    <message>
        <source>Attach the amendments to:</source>
        <translation>Rattacher les amendements à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Written question</source>
        <translation>Question écrite</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendement</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Autres champs</translation>
    </message>
    <message>
        <source>Document Properties</source>
        <translation>Propriétés du document</translation>
    </message>
    <message>
        <source>Detect Again</source>
        <translation>Détecter à nouveau</translation>
    </message>
    <message>
        <source>Read the kind and the fields from the text again; the fields you changed are kept. This cannot be undone.</source>
        <translation>Relire la nature et les champs dans le texte ; les champs que vous avez modifiés sont conservés. Cette opération ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Separate them with “;”</source>
        <translation>Séparez-les par «&#xa0;;&#xa0;»</translation>
    </message>
    <message>
        <source>Changed by you: Detect Again keeps it</source>
        <translation>Modifié par vous&#xa0;: « Détecter à nouveau » le conserve</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>Choisi par vous</translation>
    </message>
    <message>
        <source>Detected, %1 % sure</source>
        <translation>Détecté, sûr à %1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Delete the article</source>
        <translation>Supprimer l’article</translation>
    </message>
    <message>
        <source>Delete the words</source>
        <translation>Supprimer des mots</translation>
    </message>
    <message>
        <source>Replace the words</source>
        <translation>Substituer des mots</translation>
    </message>
    <message>
        <source>Insert words before or after the words</source>
        <translation>Insérer des mots (avant ou après les mots)</translation>
    </message>
    <message>
        <source>Complete the alinéa</source>
        <translation>Compléter l’alinéa</translation>
    </message>
    <message>
        <source>Rewrite the alinéa</source>
        <translation>Rédiger ainsi l’alinéa</translation>
    </message>
    <message>
        <source>Insert alinéas after the alinéa</source>
        <translation>Insérer des alinéas après l’alinéa</translation>
    </message>
    <message>
        <source>Delete the alinéa</source>
        <translation>Supprimer l’alinéa</translation>
    </message>
    <message>
        <source>Additional article</source>
        <translation>Article additionnel</translation>
    </message>
    <message>
        <source>Rewrite the article</source>
        <translation>Rédiger ainsi l’article</translation>
    </message>
    <message>
        <source>Restore the article</source>
        <translation>Rétablir l’article</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Text…</source>
        <translation>Texte…</translation>
    </message>
    <message>
        <source>Copy the Fields</source>
        <translation>Copier les champs</translation>
    </message>
    <message>
        <source>Draft an Amendment — %1</source>
        <translation>Rédiger un amendement — %1</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Article&#xa0;:</translation>
    </message>
    <message>
        <source>Alinéa:</source>
        <translation>Alinéa&#xa0;:</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>Mots&#xa0;:</translation>
    </message>
    <message>
        <source>Occurrence:</source>
        <translation>Occurrence&#xa0;:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Opération&#xa0;:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Où&#xa0;:</translation>
    </message>
    <message>
        <source>New wording:</source>
        <translation>Nouvelle rédaction&#xa0;:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Style&#xa0;:</translation>
    </message>
    <message>
        <source>Gage:</source>
        <translation>Gage&#xa0;:</translation>
    </message>
    <message>
        <source>Exposé sommaire:</source>
        <translation>Exposé sommaire&#xa0;:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signataires&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>the only one</source>
        <translation>la seule</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>no gage</source>
        <translation>sans gage</translation>
    </message>
    <message>
        <source>Several alinéas: one a line</source>
        <translation>Plusieurs alinéas&#xa0;: un par ligne</translation>
    </message>
    <message>
        <source>Separate the names with “;”. By default, the signatories of your settings.</source>
        <translation>Séparez les noms par «&#xa0;;&#xa0;». Par défaut, les signataires de vos préférences.</translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>The article if adopted</source>
        <translation>L’article s’il est adopté</translation>
    </message>
    <message>
        <source>&amp;Save the Draft</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Objet:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>no article</source>
        <translation>aucun article</translation>
    </message>
    <message>
        <source>alinéa %1 of %2</source>
        <translation>alinéa %1 sur %2</translation>
    </message>
    <message>
        <source>(occurrence %1 of %2)</source>
        <translation>(occurrence %1 sur %2)</translation>
    </message>
    <message>
        <source>Type the new wording: the preview follows.</source>
        <translation>Tapez la nouvelle rédaction&#xa0;: l’aperçu suit.</translation>
    </message>
    <message>
        <source>The article is deleted.</source>
        <translation>L’article est supprimé.</translation>
    </message>
    <message>
        <source>No preview: see the warnings.</source>
        <translation>Pas d’aperçu&#xa0;: voyez les avertissements.</translation>
    </message>
    <message>
        <source>Saving the draft amendment…</source>
        <translation>Enregistrement du projet d’amendement…</translation>
    </message>
    <message>
        <source>Save draft amendment</source>
        <translation>Enregistrer le projet d’amendement</translation>
    </message>
    <message>
        <source>Draft amendment saved: %1</source>
        <translation>Projet d’amendement enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the Draft</source>
        <translation>Exporter le projet</translation>
    </message>
    <message>
        <source>The fields are copied: paste them in the filing tool.</source>
        <translation>Les champs sont copiés&#xa0;: collez-les dans l’outil de dépôt.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <source>Page note</source>
        <translation>Note sur la page</translation>
    </message>
    <message>
        <source>Document note</source>
        <translation>Note sur le document</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Supprimer l&apos;annotation</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Retirer l&apos;étiquette « %1 »</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Étiqueter « %1 »</translation>
    </message>
    <message>
        <source>Rename tag “%1”</source>
        <translation>Renommer l&apos;étiquette « %1 »</translation>
    </message>
    <message>
        <source>Recolour tag “%1”</source>
        <translation>Changer la couleur de l&apos;étiquette « %1 »</translation>
    </message>
    <message>
        <source>Merge tags into “%1”</source>
        <translation>Fusionner des étiquettes dans « %1 »</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Supprimer l&apos;étiquette « %1 »</translation>
    </message>
    <message>
        <source>A tag named “%1” exists already.</source>
        <translation>Une étiquette «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>New tag “%1”</source>
        <translation>Nouvelle étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit properties of “%1”</source>
        <translation>Modifier les propriétés de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Clear position</source>
        <translation>Effacer la position</translation>
    </message>
    <message>
        <source>Position “%1”</source>
        <translation>Position «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Texte Markdown</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Données (JSON)</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>Par document</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Par étiquette</translation>
    </message>
    <message>
        <source>By article of the bill</source>
        <translation>Par article du texte de loi</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Grouping:</source>
        <translation>Regroupement&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>None ticked: every annotation, tagged or not.</source>
        <translation>Aucune cochée&#xa0;: toutes les annotations, étiquetées ou non.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Annotations created or changed in this period</source>
        <translation>Annotations créées ou modifiées pendant cette période</translation>
    </message>
    <message>
        <source>A picture of each highlighted passage</source>
        <translation>Une image de chaque passage surligné</translation>
    </message>
    <message>
        <source>Clipped from its page: slower, and a larger file. Not in CSV or JSON.</source>
        <translation>Découpée dans sa page&#xa0;: plus lent, et un fichier plus lourd. Pas en CSV ni en JSON.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The open document: %1</source>
        <translation>Le document ouvert&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The documents listed in the library panel (%n)</source>
        <translation>
            <numerusform>Le document affiché dans le panneau Bibliothèque (%n)</numerusform>
            <numerusform>Les documents affichés dans le panneau Bibliothèque (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The documents selected in the library panel (%n)</source>
        <translation>
            <numerusform>Le document sélectionné dans la bibliothèque (%n)</numerusform>
            <numerusform>Les documents sélectionnés dans la bibliothèque (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole library (%n document(s))</source>
        <translation>
            <numerusform>Toute la bibliothèque (%n document)</numerusform>
            <numerusform>Toute la bibliothèque (%n documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report – %1</source>
        <translation>Rapport – %1</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Counting the annotations…</source>
        <translation>Décompte des annotations…</translation>
    </message>
    <message>
        <source>No annotation matches these options: there is nothing to export.</source>
        <translation>Aucune annotation ne correspond à ces options&#xa0;: il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>Choose more documents or tags, or a longer period.</source>
        <translation>Choisissez plus de documents ou d’étiquettes, ou une période plus longue.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>with pictures</source>
        <translation>avec images</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>“%1” exists already. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>%1 (annotated)</source>
        <translation>%1 (annoté)</translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>Exporter le PDF annoté</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Annotations – %1</source>
        <translation>Annotations – %1</translation>
    </message>
    <message>
        <source>W3C annotations (*.json *.jsonld)</source>
        <translation>Annotations W3C (*.json *.jsonld)</translation>
    </message>
    <message>
        <source>Export Annotations (W3C)</source>
        <translation>Exporter les annotations (W3C)</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Export du rapport…</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %n annotation(s).</source>
        <translation>
            <numerusform>Rapport enregistré&#xa0;: %n annotation.</numerusform>
            <numerusform>Rapport enregistré&#xa0;: %n annotations.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Le rapport n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Writing the annotated PDF…</source>
        <translation>Écriture du PDF annoté…</translation>
    </message>
    <message numerus="yes">
        <source>Annotated PDF written: %n annotation(s).</source>
        <translation>
            <numerusform>PDF annoté enregistré&#xa0;: %n annotation.</numerusform>
            <numerusform>PDF annoté enregistré&#xa0;: %n annotations.</numerusform>
        </translation>
    </message>
    <message>
        <source>The annotated PDF could not be written.</source>
        <translation>Le PDF annoté n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Exporting the annotations…</source>
        <translation>Export des annotations…</translation>
    </message>
    <message numerus="yes">
        <source>W3C file written: %n annotation(s), deleted ones included.</source>
        <translation>
            <numerusform>Fichier W3C enregistré&#xa0;: %n annotation, supprimées comprises.</numerusform>
            <numerusform>Fichier W3C enregistré&#xa0;: %n annotations, supprimées comprises.</numerusform>
        </translation>
    </message>
    <message>
        <source>The annotations could not be exported.</source>
        <translation>Les annotations n’ont pas pu être exportées.</translation>
    </message>
    <message>
        <source>The annotations could not be imported.</source>
        <translation>Les annotations n’ont pas pu être importées.</translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation>Importation des annotations…</translation>
    </message>
    <message>
        <source>W3C annotations, annotated PDF or Word file (*.json *.jsonld *.pdf *.docx);;All files (*)</source>
        <translation>Annotations W3C, PDF annoté ou fichier Word (*.json *.jsonld *.pdf *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing the Word file…</source>
        <translation>Écriture du fichier Word…</translation>
    </message>
    <message numerus="yes">
        <source>Word file written: %n comment(s).</source>
        <translation>
            <numerusform>Fichier Word écrit&#xa0;: %n commentaire.</numerusform>
            <numerusform>Fichier Word écrit&#xa0;: %n commentaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Word file could not be written.</source>
        <translation>Le fichier Word n&apos;a pas pu être écrit.</translation>
    </message>
    <message numerus="yes">
        <source>This text has %n saved amendment draft(s).</source>
        <translation>
            <numerusform>Ce texte a %n projet d’amendement enregistré.</numerusform>
            <numerusform>Ce texte a %n projets d’amendement enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include amendment drafts as tracked changes</source>
        <translation>Inclure les projets d’amendement en modifications suivies</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) as tracked changes.</source>
        <translation>
            <numerusform>%n projet en modifications suivies.</numerusform>
            <numerusform>%n projets en modifications suivies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Séance sheet written: %n amendment(s).</source>
        <translation>
            <numerusform>Fiche de séance écrite&#xa0;: %n amendement.</numerusform>
            <numerusform>Fiche de séance écrite&#xa0;: %n amendements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the séance sheet…</source>
        <translation>Écriture de la fiche de séance…</translation>
    </message>
    <message>
        <source>The séance sheet could not be written.</source>
        <translation>La fiche de séance n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Open the document this file is a copy of, then import its annotations.</source>
        <translation>Ouvrez le document dont ce fichier est une copie, puis importez ses annotations.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) of %1 imported as annotations</source>
        <translation>
            <numerusform>%n commentaire de %1 importé comme annotation</numerusform>
            <numerusform>%n commentaires de %1 importés comme annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) on words this text does not have: listed below.</source>
        <translation>
            <numerusform>%n commentaire porte sur des mots absents de ce texte&#xa0;: voir la liste ci-dessous.</numerusform>
            <numerusform>%n commentaires portent sur des mots absents de ce texte&#xa0;: voir la liste ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n déjà à jour</numerusform>
            <numerusform>%n déjà à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations merged from %1: %2.</source>
        <translation>Annotations fusionnées depuis %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) not found in the library&apos;s copy of the text.</source>
        <translation>
            <numerusform>%n passage introuvable dans la copie du texte que contient la bibliothèque.</numerusform>
            <numerusform>%n passages introuvables dans la copie du texte que contient la bibliothèque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) on documents this library lacks: import those documents, then this file again.</source>
        <translation>
            <numerusform>%n annotation porte sur des documents absents de cette bibliothèque&#xa0;: importez ces documents, puis de nouveau ce fichier.</numerusform>
            <numerusform>%n annotations portent sur des documents absents de cette bibliothèque&#xa0;: importez ces documents, puis de nouveau ce fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) on amendments taken in.</source>
        <translation>
            <numerusform>%n position sur des amendements reprise.</numerusform>
            <numerusform>%n positions sur des amendements reprises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Position labels added to the library&apos;s list: %1.</source>
        <translation>Positions ajoutées à la liste de la bibliothèque&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) imported from %1</source>
        <translation>
            <numerusform>%n annotation importée depuis %1</numerusform>
            <numerusform>%n annotations importées depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more annotation(s) not read: %1 is the most read from one file.</source>
        <translation>
            <numerusform>%n autre annotation non lue&#xa0;: %1 au plus sont lues par fichier.</numerusform>
            <numerusform>%n autres annotations non lues&#xa0;: %1 au plus sont lues par fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a copy of the open document.</source>
        <translation>%1 n&apos;est pas une copie du document ouvert.</translation>
    </message>
    <message>
        <source>Its annotations can be added to the open document as new annotations, where its text matches. Add them?</source>
        <translation>Ses annotations peuvent être ajoutées au document ouvert comme nouvelles annotations, là où son texte correspond. Les ajouter&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not applied: their id is that of another document&apos;s annotation.</source>
        <translation>
            <numerusform>%n annotation non appliquée&#xa0;: son identifiant est celui d&apos;une annotation d&apos;un autre document.</numerusform>
            <numerusform>%n annotations non appliquées&#xa0;: leur identifiant est celui d&apos;une annotation d&apos;un autre document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetBar</name>
    <message>
        <source>%1:</source>
        <comment>a facet&apos;s title, before its values</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) among the results</source>
        <translation>
            <numerusform>%n document parmi les résultats</numerusform>
            <numerusform>%n documents parmi les résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to remove %1</source>
        <translation>Cliquer pour retirer %1</translation>
    </message>
    <message>
        <source>Click to search only %1</source>
        <translation>Cliquer pour ne chercher que %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message>
        <source>Previous occurrence (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next occurrence (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (not documents)</source>
        <translation>
            <numerusform>%n ignoré (pas un document)</numerusform>
            <numerusform>%n ignorés (pas des documents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped: not a document</source>
        <translation>Ignoré&#xa0;: pas un document</translation>
    </message>
    <message>
        <source>Nothing to import: no PDF file was found there.</source>
        <translation>Rien à importer : aucun fichier PDF n&apos;a été trouvé à cet endroit.</translation>
    </message>
    <message>
        <source>Cancelled: the files not listed were not imported.</source>
        <translation>Annulé : les fichiers absents de la liste n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <source>Files that failed are not in the library; see why below, fix or convert them, then import them again.</source>
        <translation>Les fichiers en échec ne sont pas dans la bibliothèque ; la raison est indiquée ci-dessous : corrigez-les ou convertissez-les, puis importez-les à nouveau.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Importing… you can keep working meanwhile.</source>
        <translation>Importation en cours… vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>L&apos;importation s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Position Labels</source>
        <translation>Positions proposées</translation>
    </message>
    <message>
        <source>One label a line, in the order offered:</source>
        <translation>Une position par ligne, dans l’ordre proposé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter by title…</source>
        <translation>Filtrer par titre…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number of annotations</source>
        <translation>Nombre d&apos;annotations</translation>
    </message>
    <message>
        <source>Sort by title</source>
        <translation>Trier par titre</translation>
    </message>
    <message>
        <source>Sort by date added</source>
        <translation>Trier par date d&apos;ajout</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Sans regroupement</translation>
    </message>
    <message>
        <source>Group by kind</source>
        <translation>Regrouper par nature</translation>
    </message>
    <message>
        <source>Group by legislature</source>
        <translation>Regrouper par législature</translation>
    </message>
    <message>
        <source>Remove from Library…</source>
        <translation>Retirer de la bibliothèque…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toutes les natures</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>No legislature stated</source>
        <translation>Législature non indiquée</translation>
    </message>
    <message>
        <source>Legislature %1</source>
        <translation>%1e législature</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Version “%1”, %2 of %3 (newest first)</source>
        <translation>Version «&#xa0;%1&#xa0;», %2 sur %3 (la plus récente d’abord)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>No text layer: scanned pages cannot be highlighted.</source>
        <translation>Pas de couche texte : les pages numérisées ne peuvent pas être surlignées.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propriétés…</translation>
    </message>
    <message>
        <source>Import as New Version of This…</source>
        <translation>Importer comme nouvelle version de celui-ci…</translation>
    </message>
    <message>
        <source>Set Version Label…</source>
        <translation>Nommer la version…</translation>
    </message>
    <message>
        <source>Compare with Previous Version</source>
        <translation>Comparer avec la version précédente</translation>
    </message>
    <message>
        <source>Unlink Version</source>
        <translation>Détacher la version</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendements</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Annotations to Review</source>
        <translation>Annotations à vérifier</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Choose a document in the library, or drop PDF files or folders here to import them.</source>
        <translation>Choisissez un document dans la bibliothèque, ou déposez ici des fichiers PDF ou des dossiers pour les importer.</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Aller à la page</translation>
    </message>
    <message>
        <source>This document has no text layer (scanned pages): it can be read and annotated with notes, but not highlighted or searched.</source>
        <translation>Ce document n&apos;a pas de couche texte (pages numérisées) : on peut le lire et y ajouter des notes, mais pas le surligner ni y chercher.</translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Remove “%1” from the library?

Its annotations are kept until the library is compacted, and Undo brings the document back.</source>
        <translation>Retirer « %1 » de la bibliothèque ?

Ses annotations sont conservées jusqu&apos;au compactage de la bibliothèque, et Annuler fait revenir le document.</translation>
    </message>
    <message>
        <source>Select some text first: drag over the words in the page.</source>
        <translation>Sélectionnez d&apos;abord du texte : faites glisser la souris sur les mots de la page.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a highlight (or some text) first, then the tag.</source>
        <translation>Sélectionnez d&apos;abord un surlignage (ou du texte), puis l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Select a highlight first, then write its note.</source>
        <translation>Sélectionnez d&apos;abord un surlignage, puis écrivez sa note.</translation>
    </message>
    <message>
        <source>Note on Page %1</source>
        <translation>Note sur la page %1</translation>
    </message>
    <message>
        <source>Note on the Document</source>
        <translation>Note sur le document</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Trying the password…</source>
        <translation>Essai du mot de passe…</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Reconstruction de l&apos;index de recherche…</translation>
    </message>
    <message>
        <source>Search index rebuilt: %1 entries.</source>
        <translation>Index de recherche reconstruit : %1 entrées.</translation>
    </message>
    <message>
        <source>Open Library Folder</source>
        <translation>Ouvrir le dossier d&apos;une bibliothèque</translation>
    </message>
    <message>
        <source>Wait for the import to finish before changing library.</source>
        <translation>Attendez la fin de l&apos;importation avant de changer de bibliothèque.</translation>
    </message>
    <message>
        <source>read-only: open in another reviewer window</source>
        <translation>lecture seule : ouverte dans une autre fenêtre de reviewer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Go To</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>A page (&quot;12&quot;, or its label &quot;iv&quot;), or a unit of the text (&quot;art 7&quot;):</source>
        <translation>Une page (« 12 », ou son numéro imprimé « iv »), ou une division du texte (« art 7 ») :</translation>
    </message>
    <message>
        <source>Nothing called “%1” here.</source>
        <translation>Rien ne s’appelle « %1 » ici.</translation>
    </message>
    <message>
        <source>No further annotation.</source>
        <translation>Pas d’annotation plus loin.</translation>
    </message>
    <message>
        <source>No earlier annotation.</source>
        <translation>Pas d’annotation avant.</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>No headings found in this document.</source>
        <translation>Aucun titre trouvé dans ce document.</translation>
    </message>
    <message>
        <source>Bookmarks of the file</source>
        <translation>Signets du fichier</translation>
    </message>
    <message>
        <source>Structure found in the text</source>
        <translation>Structure détectée dans le texte</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>PasswordPrompts</name>
    <message>
        <source>“%1” is encrypted. Its password:</source>
        <translation>« %1 » est chiffré. Son mot de passe :</translation>
    </message>
    <message>
        <source>Wrong password. Try again:</source>
        <translation>Mot de passe erroné. Réessayez :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Wrong password: the document stays closed.</source>
        <translation>Mot de passe erroné : le document reste fermé.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Who signs the reports and the new annotations; empty: your login name</source>
        <translation>Qui signe les rapports et les nouvelles annotations&#xa0;; vide&#xa0;: votre nom de session</translation>
    </message>
    <message>
        <source>Initials:</source>
        <translation>Initiales&#xa0;:</translation>
    </message>
    <message>
        <source>Short form of the author, as in “J. D.”</source>
        <translation>Forme abrégée de l’auteur, comme «&#xa0;J.&#xa0;D.&#xa0;»</translation>
    </message>
    <message>
        <source>Reports addressed to:</source>
        <translation>Rapports à l’attention de&#xa0;:</translation>
    </message>
    <message>
        <source>Printed on the reports&apos; title page: “For the attention of …”, e.g. Mme la députée</source>
        <translation>Imprimé sur la page de titre des rapports («&#xa0;À l’attention de…&#xa0;»), par exemple Mme la députée</translation>
    </message>
    <message>
        <source>Confidentiality mark:</source>
        <translation>Mention de confidentialité&#xa0;:</translation>
    </message>
    <message>
        <source>Printed on the title page and on every page of the reports, e.g. “Confidentiel — ne pas diffuser”</source>
        <translation>Imprimée sur la page de titre et sur chaque page des rapports, par exemple «&#xa0;Confidentiel — ne pas diffuser&#xa0;»</translation>
    </message>
    <message>
        <source>Export folder:</source>
        <translation>Dossier d’export&#xa0;:</translation>
    </message>
    <message>
        <source>Where reports and exports are proposed to go at first</source>
        <translation>Le dossier proposé d’abord pour les rapports et les exports</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the window and, by default, of the reports</source>
        <translation>La langue de la fenêtre et, par défaut, des rapports</translation>
    </message>
    <message>
        <source>Amendments signed by:</source>
        <translation>Amendements signés par&#xa0;:</translation>
    </message>
    <message>
        <source>Who signs the amendments you draft, names separated by “;”; empty: the author</source>
        <translation>Qui signe les amendements que vous rédigez, noms séparés par «&#xa0;;&#xa0;»&#xa0;; vide&#xa0;: l’auteur</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Light or dark colours, or those the system is set to</source>
        <translation>Couleurs claires ou sombres, ou celles du système</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist: choose another one, or none.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas&#xa0;: choisissez-en un autre, ou aucun.</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Dossier d’export</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>Recognition</name>
    <message>
        <source>This document has text already.</source>
        <translation>Ce document a déjà du texte.</translation>
    </message>
    <message>
        <source>Recognising the text…</source>
        <translation>Reconnaissance du texte…</translation>
    </message>
    <message>
        <source>Text recognised: “%1” can now be searched and highlighted.</source>
        <translation>Texte reconnu : on peut maintenant chercher dans « %1 » et le surligner.</translation>
    </message>
    <message>
        <source>No text recognised in “%1”: its pages hold pictures only.</source>
        <translation>Aucun texte reconnu dans « %1 » : ses pages ne contiennent que des images.</translation>
    </message>
    <message>
        <source>Text Recognition</source>
        <translation>Reconnaissance du texte</translation>
    </message>
</context>
<context>
    <name>SeanceDialog</name>
    <message>
        <source>Export Séance Sheet</source>
        <translation>Exporter la fiche de séance</translation>
    </message>
    <message>
        <source>every article (or e.g. 7, 16 bis)</source>
        <translation>tous les articles (ou par exemple 7, 16 bis)</translation>
    </message>
    <message>
        <source>every group</source>
        <translation>tous les groupes</translation>
    </message>
    <message>
        <source>any outcome</source>
        <translation>tous les sorts</translation>
    </message>
    <message>
        <source>Only the amendments with a position</source>
        <translation>Seulement les amendements ayant une position</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Article&#xa0;:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Sort&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The amendments of “%1”, article by article, with positions and notes.</source>
        <translation>Les amendements de «&#xa0;%1&#xa0;», article par article, avec positions et notes.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search words, “phrases”, tag:…, kind:…</source>
        <translation>Mots, « expressions », tag:…, kind:…</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>A match in an annotation (its quote or note)</source>
        <translation>Trouvé dans une annotation (sa citation ou sa note)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in this document</source>
        <translation>
            <numerusform>%n résultat dans ce document</numerusform>
            <numerusform>%n résultats dans ce document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>Filtrer par commande ou par touche</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Opening library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log file.</source>
        <translation>Une erreur inattendue s&apos;est produite ; les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Tag the highlight: type, Return</source>
        <translation>Étiqueter le surlignage : tapez, Entrée</translation>
    </message>
    <message>
        <source>A new name makes a new tag</source>
        <translation>Un nouveau nom crée une nouvelle étiquette</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Double-click or press the tag&apos;s number to apply it</source>
        <translation>Double-cliquez ou tapez le numéro de l&apos;étiquette pour l&apos;appliquer</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Nom de la nouvelle étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l&apos;étiquette</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de « %1 »</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Merge the selected tags into:</source>
        <translation>Fusionner les étiquettes sélectionnées dans :</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>Open a document first.</source>
        <translation>Ouvrez d’abord un document.</translation>
    </message>
    <message>
        <source>Import New Version of “%1”</source>
        <translation>Importer une nouvelle version de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The new version was not added.</source>
        <translation>La nouvelle version n’a pas été ajoutée.</translation>
    </message>
    <message>
        <source>Importing the new version…</source>
        <translation>Import de la nouvelle version…</translation>
    </message>
    <message>
        <source>The versions were not linked.</source>
        <translation>Les versions n’ont pas été liées.</translation>
    </message>
    <message>
        <source>Carrying the annotations forward…</source>
        <translation>Report des annotations…</translation>
    </message>
    <message>
        <source>Review Now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n exact</source>
        <translation>
            <numerusform>%n exacte</numerusform>
            <numerusform>%n exactes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n orpheline</numerusform>
            <numerusform>%n orphelines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) carried</source>
        <translation>
            <numerusform>%n annotation reportée</numerusform>
            <numerusform>%n annotations reportées</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n carried before)</source>
        <translation>
            <numerusform>(%n reportée auparavant)</numerusform>
            <numerusform>(%n reportées auparavant)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import as New Version</source>
        <translation>Importer comme nouvelle version</translation>
    </message>
    <message>
        <source>Import as a new version of “%1”?

Its annotations are carried into the new version. No imports the file as a separate document.</source>
        <translation>Importer comme nouvelle version de «&#xa0;%1&#xa0;»&#xa0;?

Ses annotations sont reportées dans la nouvelle version. Non importe le fichier comme un document distinct.</translation>
    </message>
    <message>
        <source>“%1” looks like a new version of “%2” (%3).</source>
        <translation>«&#xa0;%1&#xa0;» semble être une nouvelle version de «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Link them to carry the annotations of the previous version into this one and compare the two.</source>
        <translation>Liez-les pour reporter les annotations de la version précédente dans celle-ci et comparer les deux.</translation>
    </message>
    <message>
        <source>Link as New Version</source>
        <translation>Lier comme nouvelle version</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>same title</source>
        <translation>même titre</translation>
    </message>
    <message>
        <source>%1 % of the text in common</source>
        <translation>%1&#xa0;% du texte en commun</translation>
    </message>
    <message>
        <source>Version Label</source>
        <translation>Nom de la version</translation>
    </message>
    <message>
        <source>Label of this version of “%1”:</source>
        <translation>Nom de cette version de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is no longer a version of another document; its annotations stay.</source>
        <translation>«&#xa0;%1&#xa0;» n’est plus une version d’un autre document&#xa0;; ses annotations restent.</translation>
    </message>
    <message>
        <source>“%1” has no previous version: import a new version of a document to compare them.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de version précédente&#xa0;: importez une nouvelle version d’un document pour les comparer.</translation>
    </message>
    <message>
        <source>Accept carried annotation</source>
        <translation>Accepter l’annotation reportée</translation>
    </message>
    <message>
        <source>Annotation accepted where it was carried.</source>
        <translation>Annotation acceptée à l’endroit où elle a été reportée.</translation>
    </message>
    <message>
        <source>Dismiss carried annotation</source>
        <translation>Écarter l’annotation reportée</translation>
    </message>
    <message>
        <source>Annotation dismissed from this version; the previous one keeps it.</source>
        <translation>Annotation écartée de cette version&#xa0;; la précédente la conserve.</translation>
    </message>
    <message>
        <source>Select the words the annotation belongs on in the page first.</source>
        <translation>Sélectionnez d’abord dans la page les mots auxquels l’annotation se rapporte.</translation>
    </message>
    <message>
        <source>Re-place carried annotation</source>
        <translation>Replacer l’annotation reportée</translation>
    </message>
    <message>
        <source>Annotation re-placed on the selected words.</source>
        <translation>Annotation replacée sur les mots sélectionnés.</translation>
    </message>
    <message>
        <source>tabled</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>commission</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to reviewer</source>
        <translation>Bienvenue dans reviewer</translation>
    </message>
    <message>
        <source>Read bills, amendments, written questions and reports; highlight, tag and annotate them; search the whole corpus in French. Everything stays on this computer.</source>
        <translation>Lisez projets et propositions de loi, amendements, questions écrites et rapports ; surlignez-les, étiquetez-les, annotez-les ; cherchez dans tout le corpus, en français. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Open the Demo Library</source>
        <translation>Ouvrir la bibliothèque de démonstration</translation>
    </message>
    <message>
        <source>A bill, two amendments and a written question, with example highlights.</source>
        <translation>Une proposition de loi, deux amendements et une question écrite, avec des exemples de surlignage.</translation>
    </message>
    <message>
        <source>Create a Library…</source>
        <translation>Créer une bibliothèque…</translation>
    </message>
    <message>
        <source>Choose a folder where your documents and notes will be kept.</source>
        <translation>Choisissez le dossier où seront conservés vos documents et vos notes.</translation>
    </message>
    <message>
        <source>Import a Folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Add every PDF below a folder to the current library. You can also drop files and folders on the window at any time.</source>
        <translation>Ajoute à la bibliothèque actuelle tous les PDF d&apos;un dossier et de ses sous-dossiers. Vous pouvez aussi, à tout moment, déposer des fichiers et des dossiers sur la fenêtre.</translation>
    </message>
    <message>
        <source>Creating the demo library…</source>
        <translation>Création de la bibliothèque de démonstration…</translation>
    </message>
    <message>
        <source>Choose a Folder for the New Library</source>
        <translation>Choisir un dossier pour la nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Importer un dossier</translation>
    </message>
</context>
</TS>
