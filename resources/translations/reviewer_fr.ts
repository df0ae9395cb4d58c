<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l&apos;annotation</translation>
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
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find in &amp;Document…</source>
        <translation>Chercher dans le &amp;document…</translation>
    </message>
    <message>
        <source>Next Hit</source>
        <translation>Occurrence suivante</translation>
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
        <source>&amp;Annotate</source>
        <translation>A&amp;nnoter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
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
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Something unexpected went wrong; the details are in the log file.</source>
        <translation>Une erreur inattendue s&apos;est produite ; les détails sont dans le fichier journal.</translation>
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
        <source>Remove document</source>
        <translation>Retirer le document</translation>
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
    <name>LibraryPanel</name>
    <message>
        <source>Filter by title…</source>
        <translation>Filtrer par titre…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Remove from Library…</source>
        <translation>Retirer de la bibliothèque…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
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
        <source>Tags</source>
        <translation>Étiquettes</translation>
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
        <source>System Language</source>
        <translation>Langue du système</translation>
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
    <name>OutlinePanel</name>
    <message>
        <source>No headings found in this document.</source>
        <translation>Aucun titre trouvé dans ce document.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
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
</TS>
