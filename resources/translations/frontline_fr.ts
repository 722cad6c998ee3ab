<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Frontline</source>
        <translation>À propos de Frontline</translation>
    </message>
    <message>
        <source># Frontline %1

A map of the Idleb (Idlib) frontline in north-west Syria, 2019–2020: towns in French, English and Arabic, the M4 and M5 highways, the Turkish observation posts, and where each fact comes from.

**Credits on every map:** %2

</source>
        <translation># Frontline %1

Une carte de la ligne de front d&apos;Idleb (Idlib), dans le nord-ouest de la Syrie, en 2019-2020 : les localités en français, en anglais et en arabe, les autoroutes M4 et M5, les postes d&apos;observation turcs, et la provenance de chaque information.

**Crédits figurant sur chaque carte :** %2

</translation>
    </message>
</context>
<context>
    <name>AnnotateSelectionPanel</name>
    <message>
        <source>Select words in the text, then say what they are.</source>
        <translation>Sélectionnez des mots dans le texte, puis dites ce qu&apos;ils désignent.</translation>
    </message>
    <message>
        <source>Pick on the &amp;map</source>
        <translation>Choisir sur la &amp;carte</translation>
    </message>
    <message>
        <source>A&amp;dd annotation</source>
        <translation>A&amp;jouter l&apos;annotation</translation>
    </message>
    <message>
        <source>&amp;Use for the selected row</source>
        <translation>&amp;Utiliser pour la ligne choisie</translation>
    </message>
    <message>
        <source>Search by any spelling: Saraqib, سراقب, Sana…</source>
        <translation>Cherchez sous n&apos;importe quelle graphie : Saraqeb, سراقب, Sana…</translation>
    </message>
    <message>
        <source>While this is down, a click on a town, road or area of the main window&apos;s map chooses it</source>
        <translation>Tant que ce bouton est enfoncé, un clic sur une localité, une route ou une zone de la carte de la fenêtre principale la choisit</translation>
    </message>
    <message>
        <source>what it counts: vehicles, people, percent…</source>
        <translation>ce qu&apos;il compte : véhicules, personnes, pour cent…</translation>
    </message>
    <message>
        <source>Point the annotation selected in the suggestions at this entity instead</source>
        <translation>Faire désigner cette entité à l&apos;annotation choisie dans les suggestions</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Nature :</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entité :</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Chiffre :</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>on the map</source>
        <translation>sur la carte</translation>
    </message>
</context>
<context>
    <name>ArticleMetadataForm</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>article (the words of a source)</source>
        <translation>article (les mots d&apos;une source)</translation>
    </message>
    <message>
        <source>summary (of cited sources)</source>
        <translation>synthèse (de sources citées)</translation>
    </message>
    <message>
        <source>Relative dates in the text (&quot;Friday&quot;, &quot;yesterday&quot;, &quot;end of January&quot;) count from this day</source>
        <translation>Les dates relatives du texte (« vendredi », « hier », « fin janvier ») comptent à partir de ce jour</translation>
    </message>
    <message>
        <source>the headline, or a descriptive title</source>
        <translation>le titre, ou un titre descriptif</translation>
    </message>
    <message>
        <source>AFP, Reuters, SANA, Enab Baladi…</source>
        <translation>AFP, Reuters, SANA, Enab Baladi…</translation>
    </message>
    <message>
        <source>without an address, say why (e.g. a wire copy)</source>
        <translation>sans adresse, dites pourquoi (p. ex. une dépêche d&apos;agence)</translation>
    </message>
    <message>
        <source>made from the publisher, date and title</source>
        <translation>formé de l&apos;éditeur, de la date et du titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>É&amp;diteur :</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>&amp;Publié le :</translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation>&amp;Adresse (URL) :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>The corrected article replaces the stored one with this id</source>
        <translation>L&apos;article corrigé remplace celui de la base qui porte cet identifiant</translation>
    </message>
    <message>
        <source>detected: %1</source>
        <translation>détectée : %1</translation>
    </message>
</context>
<context>
    <name>ArticleTextView</name>
    <message>
        <source>Paste the dispatch here (Ctrl+V), or open a .txt or .html file</source>
        <translation>Collez la dépêche ici (Ctrl+V), ou ouvrez un fichier .txt ou .html</translation>
    </message>
    <message>
        <source>This text has %1 characters; the workbench takes a dispatch of up to %2. Split it into its articles, or annotate it with frontline-cli annotate.</source>
        <translation>Ce texte compte %1 caractères ; l&apos;atelier accepte une dépêche de %2 caractères au plus. Découpez-le en articles, ou annotez-le avec frontline-cli annotate.</translation>
    </message>
</context>
<context>
    <name>ArticleWorkbench</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Import into the store</source>
        <translation>I&amp;mporter dans la base</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Ou&amp;vrir un fichier…</translation>
    </message>
    <message>
        <source>A .txt file, or an .html page whose text is taken (nothing in it is fetched or run)</source>
        <translation>Un fichier .txt, ou une page .html dont seul le texte est repris (rien n&apos;y est téléchargé ni exécuté)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Annotate the selection</source>
        <translation>Annoter la sélection</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>Avant l&apos;import</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>On the map:</source>
        <translation>Sur la carte :</translation>
    </message>
    <message>
        <source>Write the article as an annotated-article file (.geojson)</source>
        <translation>Écrire l&apos;article dans un fichier d&apos;article annoté (.geojson)</translation>
    </message>
    <message>
        <source>Open a dispatch</source>
        <translation>Ouvrir une dépêche</translation>
    </message>
    <message>
        <source>Text or web page (*.txt *.html *.htm);;All files (*)</source>
        <translation>Texte ou page web (*.txt *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the annotated article</source>
        <translation>Enregistrer l&apos;article annoté</translation>
    </message>
    <message>
        <source>Annotated articles (*.geojson)</source>
        <translation>Articles annotés (*.geojson)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Paste the dispatch or open a file; the suggestions come as you go.</source>
        <translation>Collez la dépêche ou ouvrez un fichier ; les suggestions arrivent au fur et à mesure.</translation>
    </message>
    <message>
        <source>Correct article — %1</source>
        <translation>Corriger l&apos;article — %1</translation>
    </message>
    <message>
        <source>in the stored article</source>
        <translation>dans l&apos;article de la base</translation>
    </message>
    <message>
        <source>&amp;Replace the stored article</source>
        <translation>Re&amp;mplacer l&apos;article de la base</translation>
    </message>
    <message>
        <source>Suggestions cancelled; edit the text or the metadata to run them again.</source>
        <translation>Suggestions annulées ; modifiez le texte ou les métadonnées pour les relancer.</translation>
    </message>
    <message>
        <source>The text is empty: paste a dispatch or open a .txt or .html file.</source>
        <translation>Le texte est vide : collez une dépêche ou ouvrez un fichier .txt ou .html.</translation>
    </message>
    <message>
        <source>Looking for places, actors and claims…</source>
        <translation>Recherche des lieux, des acteurs et des revendications…</translation>
    </message>
    <message>
        <source>No suggestion: %1</source>
        <translation>Aucune suggestion : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to check: accept, reject or edit each; nothing is imported before you accept it.</source>
        <translation>
            <numerusform>%n suggestion à vérifier : acceptez-la, rejetez-la ou modifiez-la ; rien n&apos;est importé avant que vous l&apos;acceptiez.</numerusform>
            <numerusform>%n suggestions à vérifier : acceptez, rejetez ou modifiez chacune ; rien n&apos;est importé avant que vous l&apos;acceptiez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing an article can point at there: click a town, a road or a governorate.</source>
        <translation>Rien ici qu&apos;un article puisse désigner : cliquez sur une localité, une route ou un gouvernorat.</translation>
    </message>
    <message>
        <source>Choose what the words point at: search for it, or pick it on the map.</source>
        <translation>Choisissez ce que désignent les mots : cherchez-le, ou choisissez-le sur la carte.</translation>
    </message>
    <message>
        <source>Claim added: say who holds the place, since when and who says so, then Apply.</source>
        <translation>Revendication ajoutée : indiquez qui tient le lieu, depuis quand et qui l&apos;affirme, puis appliquez.</translation>
    </message>
    <message>
        <source>None: the article reads as a valid annotated article.</source>
        <translation>Aucun : l&apos;article se lit comme un article annoté valide.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 from %4</source>
        <translation>%1 : %2 → %3 à partir du %4</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>aucun état</translation>
    </message>
    <message>
        <source>%1: still %2 on %3 (the claim supports what the map shows)</source>
        <translation>%1 : toujours %2 le %3 (la revendication confirme ce que montre la carte)</translation>
    </message>
    <message>
        <source>The store already holds this text as &quot;%1&quot;: an import adds nothing; correct that article from the Articles panel instead.</source>
        <translation>La base contient déjà ce texte sous « %1 » : l&apos;importer n&apos;ajoute rien ; corrigez plutôt cet article depuis le panneau Articles.</translation>
    </message>
    <message>
        <source>No accepted claim: the map does not change.</source>
        <translation>Aucune revendication acceptée : la carte ne change pas.</translation>
    </message>
    <message>
        <source>Read-only store: %1</source>
        <translation>Base d&apos;articles en lecture seule : %1</translation>
    </message>
    <message>
        <source>Add the article to the store, all or nothing</source>
        <translation>Ajouter l&apos;article à la base, en entier ou pas du tout</translation>
    </message>
    <message>
        <source>Fix the problems listed first</source>
        <translation>Corrigez d&apos;abord les problèmes listés</translation>
    </message>
    <message>
        <source>Nothing was imported: read-only store: %1</source>
        <translation>Rien n&apos;a été importé : base d&apos;articles en lecture seule : %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>The import is under way; the window closes once it has landed.</source>
        <translation>L&apos;import est en cours ; la fenêtre se fermera une fois qu&apos;il aura abouti.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) accepted: check the claims and what the map will show, then import.</source>
        <translation>
            <numerusform>%n annotation acceptée : vérifiez les revendications et ce que montrera la carte, puis importez.</numerusform>
            <numerusform>%n annotations acceptées : vérifiez les revendications et ce que montrera la carte, puis importez.</numerusform>
        </translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
</context>
<context>
    <name>ArticlesPanel</name>
    <message>
        <source>Remove article and its claims</source>
        <translation>Supprimer l&apos;article et ses revendications</translation>
    </message>
    <message>
        <source>Remove the article, its annotations and its claims from the store</source>
        <translation>Retirer de la base l&apos;article, ses annotations et ses revendications</translation>
    </message>
    <message>
        <source>Read-only store: %1</source>
        <translation>Base d&apos;articles en lecture seule : %1</translation>
    </message>
    <message>
        <source>Summary of cited sources (not a quotation)</source>
        <translation>Synthèse des sources citées (pas une citation)</translation>
    </message>
    <message>
        <source> · summary of cited sources, not a quotation</source>
        <translation> · synthèse des sources citées, pas une citation</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Open the article in the workbench; the corrected article replaces it</source>
        <translation>Ouvrir l&apos;article dans l&apos;atelier ; l&apos;article corrigé le remplace</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Defined in this article&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Définis dans cet article&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>drawn at %1</source>
        <translation>dessiné en %1</translation>
    </message>
    <message>
        <source>no point given: not drawn</source>
        <translation>aucun point donné : non dessiné</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>in force from %1</source>
        <translation>en vigueur à partir du %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>along %1</source>
        <translation>le long de %1</translation>
    </message>
    <message>
        <source>%1 km wide</source>
        <translation>%1 km de large</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Events&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Événements&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>What changed since…</source>
        <translation>Ce qui a changé depuis…</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Revendiqué par</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Click a row to show the place on the map at that date</source>
        <translation>Cliquez sur une ligne pour voir le lieu sur la carte à cette date</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The &quot;since&quot; date is after the end date: choose an earlier one.</source>
        <translation>La date de début est postérieure à la date de fin&#xa0;: choisissez-en une plus ancienne.</translation>
    </message>
    <message>
        <source>The articles are not loaded yet.</source>
        <translation>Les articles ne sont pas encore chargés.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) changed hands between %1 and %2.</source>
        <translation>
            <numerusform>%n lieu a changé de mains entre le %1 et le %2.</numerusform>
            <numerusform>%n lieux ont changé de mains entre le %1 et le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(no claim)</source>
        <translation>(aucune revendication)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1”
%2#%3</source>
        <translation>«&#xa0;%1&#xa0;»
%2#%3</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) as CSV.</source>
        <translation>
            <numerusform>%n ligne copiée au format CSV.</numerusform>
            <numerusform>%n lignes copiées au format CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>HTS</source>
        <translation>HTS</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source>Apply to the claim</source>
        <translation>Appliquer à la revendication</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>au jour près</translation>
    </message>
    <message>
        <source>within a week</source>
        <translation>à la semaine près</translation>
    </message>
    <message>
        <source>within a month</source>
        <translation>au mois près</translation>
    </message>
    <message>
        <source>who says it: state TV, SANA, SOHR…</source>
        <translation>qui l&apos;affirme : TV d&apos;État, SANA, OSDH…</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Tenu par :</translation>
    </message>
    <message>
        <source>Held before by:</source>
        <translation>Tenu avant par :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Précision :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Claimed by:</source>
        <translation>Revendiqué par :</translation>
    </message>
    <message>
        <source>government</source>
        <translation>gouvernement</translation>
    </message>
    <message>
        <source>opposition</source>
        <translation>opposition</translation>
    </message>
    <message>
        <source>HTS</source>
        <translation>HTS</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>claimed (reported only)</source>
        <translation>revendiqué (seulement rapporté)</translation>
    </message>
    <message>
        <source>assessed (confirmed independently)</source>
        <translation>établi (confirmé de façon indépendante)</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export snapshot</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Web (1200×675)</source>
        <translation>Web (1200×675)</translation>
    </message>
    <message>
        <source>Social (1080×1080)</source>
        <translation>Réseaux sociaux (1080×1080)</translation>
    </message>
    <message>
        <source>Print A4 (300 dpi)</source>
        <translation>Impression A4 (300 ppp)</translation>
    </message>
    <message>
        <source>Print A3 (300 dpi)</source>
        <translation>Impression A3 (300 ppp)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Vue actuelle</translation>
    </message>
    <message>
        <source>A named place</source>
        <translation>Un lieu nommé</translation>
    </message>
    <message>
        <source>A bounding box</source>
        <translation>Un rectangle englobant</translation>
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
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Changements depuis le</translation>
    </message>
    <message>
        <source>Inset locator map</source>
        <translation>Carton de localisation</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>Emprise :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Sous-titre :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <source>Place name, e.g. Saraqeb</source>
        <translation>Nom de lieu, p. ex. Saraqeb</translation>
    </message>
    <message>
        <source>minlon,minlat,maxlon,maxlat</source>
        <translation>minlon,minlat,maxlon,maxlat</translation>
    </message>
    <message>
        <source>Extent: give a place name</source>
        <translation>Emprise : indiquez un nom de lieu</translation>
    </message>
    <message>
        <source>Bounding box: expected minlon,minlat,maxlon,maxlat, e.g. 36.4,35.6,36.9,36.0</source>
        <translation>Rectangle englobant : minlon,minlat,maxlon,maxlat attendu, p. ex. 36.4,35.6,36.9,36.0</translation>
    </message>
    <message>
        <source>No map is loaded</source>
        <translation>Aucune carte n&apos;est chargée</translation>
    </message>
    <message>
        <source>Choose a file to write</source>
        <translation>Choisissez le fichier à écrire</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Click a town, a post, a road or an area to see where it comes from.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Cliquez sur une localité, un poste, une route ou une zone pour voir d&apos;où vient l&apos;information.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;No claim about this place in the loaded articles.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Aucune revendication sur ce lieu dans les articles chargés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · approximate date (%1)</source>
        <translation> · date approximative (%1)</translation>
    </message>
    <message>
        <source> · does not count</source>
        <translation> · non pris en compte</translation>
    </message>
    <message>
        <source> · &lt;i&gt;contradicts the settled state&lt;/i&gt;</source>
        <translation> · &lt;i&gt;contredit l&apos;état établi&lt;/i&gt;</translation>
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
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source> (key town)</source>
        <translation> (localité clé)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Layer source</source>
        <translation>Source de la couche</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Schematic.&lt;/b&gt; This line joins, in order, the towns the sources place on the road. It is not the course of the road. Open real geometry (e.g. an OpenStreetMap extract) to replace it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Schématique.&lt;/b&gt; Ce trait relie, dans l&apos;ordre, les localités que les sources placent sur la route. Ce n&apos;est pas le tracé de la route. Ouvrez une géométrie réelle (p. ex. un extrait d&apos;OpenStreetMap) pour le remplacer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Approximate position.&lt;/b&gt; The point is the settlement the post is named after; the post itself is usually on a hill or base nearby (1–5 km).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Position approximative.&lt;/b&gt; Le point est la localité dont le poste porte le nom ; le poste lui-même se trouve généralement sur une colline ou dans une base à proximité (1 à 5 km).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Observation post %1</source>
        <translation>Poste d&apos;observation %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Original twelve</source>
        <translation>Parmi les douze premiers</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source> — approximate</source>
        <translation> — approximatif</translation>
    </message>
    <message>
        <source>not known: listed, not drawn</source>
        <translation>inconnu : dans la liste, pas sur la carte</translation>
    </message>
    <message>
        <source>What the point means</source>
        <translation>Ce que représente le point</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>%1, reported by %2</source>
        <translation>%1, rapporté par %2</translation>
    </message>
    <message>
        <source>Claimant: %1</source>
        <translation>Revendiqué par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Article&#xa0;: %1</translation>
    </message>
    <message>
        <source>Government (Syrian army and allies)</source>
        <translation>Gouvernement (armée syrienne et alliés)</translation>
    </message>
    <message>
        <source>Opposition (rebel factions)</source>
        <translation>Opposition (factions rebelles)</translation>
    </message>
    <message>
        <source>Hayat Tahrir al-Sham (HTS)</source>
        <translation>Hayat Tahrir al-Cham (HTS)</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Contested: the sources disagree</source>
        <translation>Contesté&#xa0;: les sources divergent</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No known holder on %1</source>
        <translation>Contrôle inconnu au %1</translation>
    </message>
    <message>
        <source>inferred from the first claim</source>
        <translation>déduit de la première revendication</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, depuis le %2</translation>
    </message>
    <message>
        <source>Held by %1 on %2 (%3)</source>
        <translation>Contrôle&#xa0;: %1, au %2 (%3)</translation>
    </message>
    <message>
        <source>Claim of %1 by %2</source>
        <translation>Revendication du %1 par %2</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Ledger: every claim, in time order&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Registre&#xa0;: toutes les revendications, dans l&apos;ordre chronologique&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message numerus="yes">
        <source> · %n claim(s)</source>
        <translation>
            <numerusform> · %n revendication</numerusform>
            <numerusform> · %n revendications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contradicted by %n claim(s)</source>
        <translation>
            <numerusform>Contredit par %n revendication</numerusform>
            <numerusform>Contredit par %n revendications</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h4&gt;The claim behind it&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;La revendication déterminante&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>District (OCHA administrative level 2)</source>
        <translation>District (niveau administratif 2 d&apos;OCHA)</translation>
    </message>
    <message>
        <source>Governorate (OCHA administrative level 1)</source>
        <translation>Gouvernorat (niveau administratif 1 d&apos;OCHA)</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>Gouvernorat</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>Boundaries as of</source>
        <translation>Limites en date du</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>revendiqué</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Claims about a whole area&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Revendications sur toute une zone&lt;/h4&gt;</translation>
    </message>
    <message>
        <source> · approximate date</source>
        <translation> · date approximative</translation>
    </message>
    <message>
        <source>About an area the article draws</source>
        <translation>Sur une zone que l’article dessine</translation>
    </message>
    <message>
        <source>About the whole governorate (P-code %1)</source>
        <translation>Sur tout le gouvernorat (P-code %1)</translation>
    </message>
    <message>
        <source>About the whole district (P-code %1)</source>
        <translation>Sur tout le district (P-code %1)</translation>
    </message>
    <message>
        <source>Lower precision: the claim names no town; the towns&apos; own claims are drawn over its hatching.</source>
        <translation>Précision moindre : la revendication ne nomme aucune ville ; les revendications propres aux villes sont dessinées par-dessus ses hachures.</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>Ouverte depuis</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Open layer…</source>
        <translation>Ouvrir une couche…</translation>
    </message>
    <message>
        <source>Add any vector file GDAL reads: GeoPackage, GeoJSON, Shapefile, KML, FlatGeobuf, OSM</source>
        <translation>Ajouter un fichier vectoriel que GDAL sait lire : GeoPackage, GeoJSON, Shapefile, KML, FlatGeobuf, OSM</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n layer(s)</source>
        <translation>
            <numerusform>%n couche ouverte</numerusform>
            <numerusform>%n couches ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1° N  %2° E</source>
        <translation>%1° N  %2° E</translation>
    </message>
    <message>
        <source>Open layer</source>
        <translation>Ouvrir une couche</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.osm *.pbf *.csv *.gml *.gpx);;All files (*)</source>
        <translation>Données vectorielles (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.osm *.pbf *.csv *.gml *.gpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No place matches &quot;%1&quot;</source>
        <translation>Aucun lieu ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Rien n&apos;a été importé :
%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <source>Import annotated articles</source>
        <translation>Importer des articles annotés</translation>
    </message>
    <message>
        <source>Annotated articles (*.geojson *.json)</source>
        <translation>Articles annotés (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Add annotated articles to the store; the map moves for everyone using it</source>
        <translation>Ajouter des articles annotés à la base ; la carte change pour tous ceux qui l&apos;utilisent</translation>
    </message>
    <message>
        <source>&amp;Recent articles</source>
        <translation>Articles &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Open layer…</source>
        <translation>&amp;Ouvrir une couche…</translation>
    </message>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation>&amp;Exporter la carte…</translation>
    </message>
    <message>
        <source>&amp;Store…</source>
        <translation>&amp;Base d&apos;articles…</translation>
    </message>
    <message>
        <source>Choose where the articles are kept: a GeoPackage file or the desk&apos;s PostgreSQL database</source>
        <translation>Choisir où les articles sont conservés : un fichier GeoPackage ou la base PostgreSQL de la rédaction</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Home (Idleb)</source>
        <translation>Vue &amp;initiale (Idleb)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Clear highlight</source>
        <translation>&amp;Effacer la mise en évidence</translation>
    </message>
    <message>
        <source>&amp;Label language</source>
        <translation>Langue des é&amp;tiquettes</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <source>&amp;Arabic</source>
        <translation>A&amp;rabe</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>Lan&amp;gue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Frontline</source>
        <translation>À &amp;propos de Frontline</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Observation posts</source>
        <translation>Postes d&apos;observation</translation>
    </message>
    <message>
        <source>Front lines (derived)</source>
        <translation>Lignes de front (déduites)</translation>
    </message>
    <message>
        <source>Control areas (derived from towns)</source>
        <translation>Zones de contrôle (déduites des localités)</translation>
    </message>
    <message>
        <source>%1 has no location on the map</source>
        <translation>%1 n&apos;a pas d&apos;emplacement sur la carte</translation>
    </message>
    <message>
        <source>Nothing was imported: read-only store: %1</source>
        <translation>Rien n&apos;a été importé : base d&apos;articles en lecture seule : %1</translation>
    </message>
    <message>
        <source>The password of this connection is used now but not kept: next time it comes from ~/.pgpass or PGPASSWORD.</source>
        <translation>Le mot de passe de cette connexion sert maintenant mais n&apos;est pas conservé : la prochaine fois, il viendra de ~/.pgpass ou de PGPASSWORD.</translation>
    </message>
    <message>
        <source>Read-only store: %1</source>
        <translation>Base d&apos;articles en lecture seule : %1</translation>
    </message>
    <message>
        <source>Frontline — Idleb 2019–2020 — %1</source>
        <translation>Frontline — Idleb 2019–2020 — %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>changed the store</source>
        <translation>a modifié la base</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 à %3</translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Export &amp;time-lapse…</source>
        <translation>Exporter une &amp;animation…</translation>
    </message>
    <message>
        <source>What &amp;changed since…</source>
        <translation>Ce qui a &amp;changé depuis…</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Nouvel article…</translation>
    </message>
    <message>
        <source>Paste or open a dispatch, check the suggested annotations, and import it</source>
        <translation>Coller ou ouvrir une dépêche, vérifier les annotations suggérées, et l&apos;importer</translation>
    </message>
    <message>
        <source>The map is still loading; try again in a moment.</source>
        <translation>La carte est encore en cours de chargement ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop opening the layer; the map stays as it is</source>
        <translation>Arrêter l&apos;ouverture de la couche ; la carte reste telle quelle</translation>
    </message>
    <message>
        <source>Stopped opening the layer; the map is as it was</source>
        <translation>Ouverture de la couche arrêtée ; la carte est comme avant</translation>
    </message>
    <message>
        <source>Reading the layers: %1 of %2</source>
        <translation>Lecture des couches : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 has no spatial index: making an indexed copy, once (%2%)</source>
        <translation>%1 n&apos;a pas d&apos;index spatial : copie indexée, faite une seule fois (%2 %)</translation>
    </message>
</context>
<context>
    <name>MapSession</name>
    <message>
        <source>%1: the map was reloaded meanwhile; open the file again</source>
        <translation>%1 : la carte a été rechargée entre-temps ; ouvrez le fichier à nouveau</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Loading the Idleb map…</source>
        <translation>Chargement de la carte d&apos;Idleb…</translation>
    </message>
    <message>
        <source> (schematic)</source>
        <translation> (schématique)</translation>
    </message>
    <message>
        <source> (approximate position)</source>
        <translation> (position approximative)</translation>
    </message>
</context>
<context>
    <name>PostsPanel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <source>Posts without a known location are listed only, never drawn. Drawn posts sit on the village they are named after (approximate).</source>
        <translation>Les postes dont l&apos;emplacement est inconnu sont seulement listés, jamais dessinés. Les postes dessinés sont placés sur le village dont ils portent le nom (position approximative).</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximatif</translation>
    </message>
    <message>
        <source>not located</source>
        <translation>non localisé</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Find a place: Saraqeb, Saraqib, سراقب…</source>
        <translation>Chercher un lieu : Saraqeb, Saraqib, سراقب…</translation>
    </message>
    <message>
        <source>city</source>
        <translation>grande ville</translation>
    </message>
    <message>
        <source>town</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>hamlet</source>
        <translation>hameau</translation>
    </message>
    <message>
        <source>post</source>
        <translation>poste d&apos;observation</translation>
    </message>
    <message>
        <source>%1 · %2 district and governorate</source>
        <translation>%1 · %2 (district et gouvernorat)</translation>
    </message>
    <message>
        <source>%1 · %2 district, %3 governorate</source>
        <translation>%1 · %2 (district), %3 (gouvernorat)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>1 article</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>A &amp;GeoPackage file</source>
        <translation>Un fichier &amp;GeoPackage</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL database, shared by the desk</source>
        <translation>Une base &amp;PostgreSQL, partagée par la rédaction</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Article store</source>
        <translation>Base d&apos;articles</translation>
    </message>
    <message>
        <source>/path/to/articles.gpkg</source>
        <translation>/chemin/vers/articles.gpkg</translation>
    </message>
    <message>
        <source>Where the articles are kept. Everyone who opens the same store sees the same map.</source>
        <translation>Où les articles sont conservés. Tous ceux qui ouvrent la même base voient la même carte.</translation>
    </message>
    <message>
        <source>A file that does not exist yet becomes a new store, with the bundled articles.</source>
        <translation>Un fichier qui n&apos;existe pas encore devient une nouvelle base, avec les articles fournis.</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD and is never saved.</source>
        <translation>Le mot de passe vient de ~/.pgpass ou de PGPASSWORD et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>This connection holds a password: it is used now but will not be kept. Next time it comes from ~/.pgpass or PGPASSWORD.</source>
        <translation>Cette connexion contient un mot de passe : il sert maintenant mais ne sera pas conservé. La prochaine fois, il viendra de ~/.pgpass ou de PGPASSWORD.</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>No file there yet: a new store will be created, with the bundled articles.</source>
        <translation>Aucun fichier à cet endroit pour l&apos;instant : une nouvelle base sera créée, avec les articles fournis.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Cannot open this store:
%1</source>
        <translation>Impossible d&apos;ouvrir cette base :
%1</translation>
    </message>
    <message>
        <source>It holds %1. You can import.</source>
        <translation>Elle contient %1. Vous pouvez importer.</translation>
    </message>
    <message>
        <source>It holds %1. Read only: you may browse and export, not import.
%2</source>
        <translation>Elle contient %1. Lecture seule : vous pouvez consulter et exporter, pas importer.
%2</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Points at</source>
        <translation>Désigne</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Sûr</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Accept the selected suggestions (Enter)</source>
        <translation>Accepter les suggestions choisies (Entrée)</translation>
    </message>
    <message>
        <source>Reject the selected suggestions (Delete)</source>
        <translation>Rejeter les suggestions choisies (Suppr)</translation>
    </message>
    <message>
        <source>Accept every suggestion not yet rejected</source>
        <translation>Accepter toutes les suggestions pas encore rejetées</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>road</source>
        <translation>route</translation>
    </message>
    <message>
        <source>post</source>
        <translation>poste d&apos;observation</translation>
    </message>
    <message>
        <source>area</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>border</source>
        <translation>frontière</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>revendication</translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Select a suggestion to see why it was made.</source>
        <translation>Choisissez une suggestion pour voir pourquoi elle a été faite.</translation>
    </message>
    <message>
        <source>Why: %1 (sure at %2%)</source>
        <translation>Pourquoi : %1 (sûr à %2 %)</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Ajoutée à la main.</translation>
    </message>
    <message>
        <source>Other candidates: %1</source>
        <translation>Autres candidats : %1</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>Acc&amp;ept all</source>
        <translation>To&amp;ut accepter</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>air strikes</source>
        <translation>frappes aériennes</translation>
    </message>
    <message>
        <source>armoured vehicles</source>
        <translation>blindés</translation>
    </message>
    <message>
        <source>children</source>
        <translation>enfants</translation>
    </message>
    <message>
        <source>civilians</source>
        <translation>civils</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>deaths</source>
        <translation>morts</translation>
    </message>
    <message>
        <source>displaced</source>
        <translation>déplacés</translation>
    </message>
    <message>
        <source>families</source>
        <translation>familles</translation>
    </message>
    <message>
        <source>fighters</source>
        <translation>combattants</translation>
    </message>
    <message>
        <source>highways</source>
        <translation>autoroutes</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>habitants</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>tués</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>localities</source>
        <translation>localités</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>milles</translation>
    </message>
    <message>
        <source>military installations</source>
        <translation>installations militaires</translation>
    </message>
    <message>
        <source>military posts</source>
        <translation>postes militaires</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>observation posts</source>
        <translation>postes d&apos;observation</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>%</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>postes</translation>
    </message>
    <message>
        <source>refugees</source>
        <translation>réfugiés</translation>
    </message>
    <message>
        <source>soldiers</source>
        <translation>soldats</translation>
    </message>
    <message>
        <source>strikes</source>
        <translation>frappes</translation>
    </message>
    <message>
        <source>tanks</source>
        <translation>chars</translation>
    </message>
    <message>
        <source>towns</source>
        <translation>villes</translation>
    </message>
    <message>
        <source>trucks</source>
        <translation>camions</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>véhicules</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>victimes</translation>
    </message>
    <message>
        <source>villages</source>
        <translation>villages</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>wounded</source>
        <translation>blessés</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
</context>
<context>
    <name>TimelapseDialog</name>
    <message>
        <source>Export time-lapse</source>
        <translation>Exporter une animation</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>A frame for each date a claim changed something</source>
        <translation>Une image pour chaque date où une revendication a changé quelque chose</translation>
    </message>
    <message>
        <source>A frame every</source>
        <translation>Une image tous les</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Idleb (home view)</source>
        <translation>Idleb (vue initiale)</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Vue actuelle</translation>
    </message>
    <message>
        <source>A named place</source>
        <translation>Un lieu nommé</translation>
    </message>
    <message>
        <source>A bounding box</source>
        <translation>Un rectangle englobant</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Also an animated GIF of the frames (%1)</source>
        <translation>Produire aussi un GIF animé des images (%1)</translation>
    </message>
    <message>
        <source>The GIF is made by ffmpeg, which is not installed</source>
        <translation>Le GIF est produit par ffmpeg, qui n&apos;est pas installé</translation>
    </message>
    <message>
        <source>Made by %1 from the frames</source>
        <translation>Produit par %1 à partir des images</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Images&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>Emprise&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <source> day</source>
        <translation> jour</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>Le premier jour est postérieur au dernier.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Place name, e.g. Saraqeb</source>
        <translation>Nom de lieu, p. ex. Saraqeb</translation>
    </message>
    <message>
        <source>minlon,minlat,maxlon,maxlat</source>
        <translation>minlon,minlat,maxlon,maxlat</translation>
    </message>
    <message>
        <source>Folder for the frames</source>
        <translation>Dossier des images</translation>
    </message>
    <message>
        <source>The map and the articles are not loaded yet</source>
        <translation>La carte et les articles ne sont pas encore chargés</translation>
    </message>
    <message>
        <source>The first day is after the last</source>
        <translation>Le premier jour est postérieur au dernier</translation>
    </message>
    <message>
        <source>Choose a folder for the frames</source>
        <translation>Choisissez un dossier pour les images</translation>
    </message>
    <message>
        <source>%1 holds frames of a longer time-lapse (%2): choose another folder or empty it</source>
        <translation>%1 contient des images d&apos;une animation plus longue (%2)&#xa0;: choisissez un autre dossier ou videz-le</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n frame(s) in %1…</source>
        <translation>
            <numerusform>Écriture de %n image dans %1…</numerusform>
            <numerusform>Écriture de %n images dans %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the GIF…</source>
        <translation>Création du GIF…</translation>
    </message>
    <message>
        <source>Frame %1 of %2…</source>
        <translation>Image %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) written in %1</source>
        <translation>
            <numerusform>%n image écrite dans %1</numerusform>
            <numerusform>%n images écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>GIF: %1</source>
        <translation>GIF&#xa0;: %1</translation>
    </message>
    <message>
        <source>No GIF: %1</source>
        <translation>Pas de GIF&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n frame(s) written in %1, each whole; the frame under way was not written.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n image écrite dans %1, complète&#xa0;; l&apos;image en cours n&apos;a pas été écrite.</numerusform>
            <numerusform>Annulé&#xa0;: %n images écrites dans %1, chacune complète&#xa0;; l&apos;image en cours n&apos;a pas été écrite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written: %1</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Frame %1 of %2 failed: %3; %n frame(s) before it written in %4</source>
        <translation>
            <numerusform>Échec de l&apos;image %1 sur %2&#xa0;: %3&#xa0;; %n image précédente écrite dans %4</numerusform>
            <numerusform>Échec de l&apos;image %1 sur %2&#xa0;: %3&#xa0;; %n images précédentes écrites dans %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Previous change (Page Up)</source>
        <translation>Changement précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Changement précédent</translation>
    </message>
    <message>
        <source>Next change (Page Down)</source>
        <translation>Changement suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Changement suivant</translation>
    </message>
    <message>
        <source>Changes on this date</source>
        <translation>Changements à cette date</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play through the changes</source>
        <translation>Faire défiler les changements</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>No dated claims</source>
        <translation>Aucune revendication datée</translation>
    </message>
    <message>
        <source>No change on %1</source>
        <translation>Aucun changement le %1</translation>
    </message>
    <message>
        <source>Changes on %1:
%2</source>
        <translation>Changements du %1 :
%2</translation>
    </message>
</context>
<context>
    <name>geo::AnnotationSuggester</name>
    <message>
        <source>road name &apos;%1&apos;</source>
        <translation>nom de route « %1 »</translation>
    </message>
    <message>
        <source>border phrase &apos;%1&apos;</source>
        <translation>expression de frontière « %1 »</translation>
    </message>
    <message>
        <source>country name &apos;%1&apos;</source>
        <translation>nom de pays « %1 »</translation>
    </message>
    <message>
        <source>gazetteer name &apos;%1&apos; (%2)</source>
        <translation>nom du répertoire géographique « %1 » (%2)</translation>
    </message>
    <message>
        <source>, after the prefix &apos;%1&apos;</source>
        <translation>, après le préfixe « %1 »</translation>
    </message>
    <message>
        <source>; %1 places bear this name, the key town or the one nearest Idleb first</source>
        <translation> ; %1 lieux portent ce nom : la ville clé ou la plus proche d&apos;Idleb d&apos;abord</translation>
    </message>
    <message>
        <source>actor alias &apos;%1&apos;</source>
        <translation>autre nom de l&apos;acteur « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; before a governorate seat</source>
        <translation>« %1 » avant un chef-lieu de gouvernorat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; after a governorate seat</source>
        <translation>« %1 » après un chef-lieu de gouvernorat</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; names the province</source>
        <translation>« %1 %2 » désigne la province</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>post number %1</source>
        <translation>poste numéro %1</translation>
    </message>
    <message>
        <source>post named &apos;%1&apos;</source>
        <translation>poste nommé « %1 »</translation>
    </message>
    <message>
        <source>post named like &apos;%1&apos;</source>
        <translation>poste au nom proche de « %1 »</translation>
    </message>
    <message>
        <source>post at %1 (%2)</source>
        <translation>poste à %1 (%2)</translation>
    </message>
    <message>
        <source>observation post phrase &apos;%1&apos;, %2</source>
        <translation>expression de poste d&apos;observation « %1 », %2</translation>
    </message>
    <message>
        <source>number word</source>
        <translation>nombre en toutes lettres</translation>
    </message>
    <message>
        <source>%1 and what it counts: &apos;%2&apos;</source>
        <translation>%1 et ce qu&apos;il compte : « %2 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names who holds the place</source>
        <translation>« %1 » dit qui tient le lieu</translation>
    </message>
    <message>
        <source>cue &apos;%1&apos; (%2)</source>
        <translation>indice « %1 » (%2)</translation>
    </message>
    <message>
        <source>, actor &apos;%1&apos;</source>
        <translation>, acteur « %1 »</translation>
    </message>
    <message>
        <source>, no actor named: the cue implies the %1 side</source>
        <translation>, aucun acteur nommé : l&apos;indice suppose le camp %1</translation>
    </message>
    <message>
        <source>, &apos;%1&apos; taken as %2 of an earlier sentence</source>
        <translation>, « %1 » compris comme %2 d&apos;une phrase précédente</translation>
    </message>
    <message>
        <source>the town</source>
        <translation>la ville</translation>
    </message>
    <message>
        <source>, place &apos;%1&apos;</source>
        <translation>, lieu « %1 »</translation>
    </message>
    <message>
        <source>, attributed to &apos;%1&apos;</source>
        <translation>, attribué à « %1 »</translation>
    </message>
    <message>
        <source>, place &apos;%1&apos;, listed with &apos;%2&apos;</source>
        <translation>, lieu « %1 », cité avec « %2 »</translation>
    </message>
    <message>
        <source>The text is empty: paste or open the text of a dispatch.</source>
        <translation>Le texte est vide : collez ou ouvrez le texte d&apos;une dépêche.</translation>
    </message>
    <message>
        <source>This is not text (%1 of its first %2 characters are control or undecodable characters): open the dispatch as plain text.</source>
        <translation>Ce n&apos;est pas du texte (%1 de ses %2 premiers caractères sont des caractères de contrôle ou indéchiffrables) : ouvrez la dépêche en texte brut.</translation>
    </message>
    <message>
        <source>The text is in no language Frontline reads: suggestions are made for French, English and Arabic texts.</source>
        <translation>Le texte n&apos;est dans aucune langue que Frontline lit : les suggestions se font pour des textes en français, en anglais et en arabe.</translation>
    </message>
    <message>
        <source>Language &quot;%1&quot; is not one Frontline suggests annotations for: use fr, en or ar.</source>
        <translation>Frontline ne suggère pas d&apos;annotations pour la langue « %1 » : utilisez fr, en ou ar.</translation>
    </message>
    <message>
        <source>; &apos;%1&apos;: %2</source>
        <translation> ; « %1 » : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on &apos;%2&apos; names the province</source>
        <translation>« %1 » qualifiant « %2 » désigne la province</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, named before</source>
        <translation>« %1 » désigne %2, nommé plus haut</translation>
    </message>
    <message>
        <source>nationality adjective &apos;%1&apos; on a word of %2</source>
        <translation>adjectif de nationalité « %1 » sur un mot désignant %2</translation>
    </message>
    <message>
        <source>the state</source>
        <translation>l&apos;État</translation>
    </message>
    <message>
        <source>forces</source>
        <translation>des forces</translation>
    </message>
    <message>
        <source>, no actor named: the %1 side of the earlier claim on the place</source>
        <translation>, aucun acteur nommé : le camp %1 de la revendication précédente sur ce lieu</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>prise</translation>
    </message>
    <message>
        <source>retake</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>control</source>
        <translation>contrôle</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>lose</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>government</source>
        <translation>gouvernement</translation>
    </message>
    <message>
        <source>opposition</source>
        <translation>opposition</translation>
    </message>
    <message>
        <source>hts</source>
        <translation>HTS</translation>
    </message>
    <message>
        <source>turkey</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>post set up</source>
        <translation>poste installé</translation>
    </message>
    <message>
        <source>post encircled</source>
        <translation>poste encerclé</translation>
    </message>
    <message>
        <source>post withdrawn</source>
        <translation>poste évacué</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>geo::ArticleReader</name>
    <message>
        <source>&quot;%1&quot; is new in format %2, and this file declares &quot;%3&quot;; write &quot;frontline&quot;: &quot;%2&quot; at the top of the file</source>
        <translation>« %1 » est nouveau dans le format %2, et ce fichier déclare &quot;%3&quot; ; écrivez &quot;frontline&quot;: &quot;%2&quot; en tête du fichier</translation>
    </message>
    <message>
        <source>a place id (a key-town key such as &quot;saraqib&quot;, &quot;osm:node/...&quot;, or a &quot;local:...&quot; place of the article&apos;s &quot;entities&quot;)</source>
        <translation>un identifiant de lieu (la clé d&apos;une ville clé comme &quot;saraqib&quot;, &quot;osm:node/...&quot;, ou un lieu &quot;local:...&quot; des &quot;entities&quot; de l&apos;article)</translation>
    </message>
    <message>
        <source>a &quot;local:...&quot; entity of the article&apos;s &quot;entities&quot; (the event&apos;s name)</source>
        <translation>une entité &quot;local:...&quot; des &quot;entities&quot; de l&apos;article (le nom de l&apos;événement)</translation>
    </message>
    <message>
        <source>the collection</source>
        <translation>la collection</translation>
    </message>
    <message>
        <source>add &quot;frontline&quot;: &quot;%1&quot; next to &quot;type&quot; to declare the format</source>
        <translation>ajoutez &quot;frontline&quot;: &quot;%1&quot; à côté de &quot;type&quot; pour déclarer le format</translation>
    </message>
    <message>
        <source>unsupported format version &quot;%1&quot;; this version of Frontline reads %2</source>
        <translation>version de format &quot;%1&quot; non prise en charge ; cette version de Frontline lit %2</translation>
    </message>
    <message>
        <source>the article (id, title, publisher, published, language, kind, text) goes in an &quot;article&quot; object at the top level</source>
        <translation>l&apos;article (id, title, publisher, published, language, kind, text) va dans un objet &quot;article&quot; au premier niveau</translation>
    </message>
    <message>
        <source>&quot;article&quot; must be an object, not %1</source>
        <translation>&quot;article&quot; doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>article member</source>
        <translation>membre d&apos;article</translation>
    </message>
    <message>
        <source>give the article a stable id such as &quot;afp-2020-02-08-saraqeb&quot;</source>
        <translation>donnez à l&apos;article un identifiant stable comme &quot;afp-2020-02-08-saraqeb&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; &quot;%1&quot; holds control characters (shown as \x.. or \u....), which a terminal or a list would act on; write the id in plain letters, digits and hyphens</source>
        <translation>&quot;id&quot; &quot;%1&quot; contient des caractères de contrôle (montrés comme \x.. ou \u....), qu&apos;un terminal ou une liste interpréterait ; écrivez l&apos;identifiant en lettres simples, chiffres et tirets</translation>
    </message>
    <message>
        <source>name the publisher, e.g. &quot;AFP&quot;</source>
        <translation>nommez l&apos;éditeur, par ex. &quot;AFP&quot;</translation>
    </message>
    <message>
        <source>the full plain text of the article goes here</source>
        <translation>le texte brut complet de l&apos;article va ici</translation>
    </message>
    <message>
        <source>write the publication day as YYYY-MM-DD</source>
        <translation>écrivez le jour de publication sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&quot;published&quot;: %1; write the publication day as YYYY-MM-DD</source>
        <translation>&quot;published&quot; : %1 ; écrivez le jour de publication sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&quot;published&quot; &quot;%1&quot; is a month, which is new in format %2, and this file declares &quot;%3&quot;; write &quot;frontline&quot;: &quot;%2&quot; at the top of the file, or the day as YYYY-MM-DD</source>
        <translation>&quot;published&quot; &quot;%1&quot; est un mois, ce qui est nouveau dans le format %2, et ce fichier déclare &quot;%3&quot; ; écrivez &quot;frontline&quot;: &quot;%2&quot; en tête du fichier, ou le jour sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&quot;published&quot; must be one day (YYYY-MM-DD), or (format 1.1) a month (YYYY-MM) when only the month is known, not &quot;%1&quot;</source>
        <translation>&quot;published&quot; doit être un jour (AAAA-MM-JJ), ou (format 1.1) un mois (AAAA-MM) quand seul le mois est connu, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give the language as a BCP 47 tag such as &quot;fr&quot;</source>
        <translation>donnez la langue sous forme d&apos;étiquette BCP 47 comme &quot;fr&quot;</translation>
    </message>
    <message>
        <source>&quot;language&quot; &quot;%1&quot; is not a BCP 47 tag; write &quot;fr&quot;, &quot;en&quot;, &quot;ar&quot;...</source>
        <translation>&quot;language&quot; &quot;%1&quot; n&apos;est pas une étiquette BCP 47 ; écrivez &quot;fr&quot;, &quot;en&quot;, &quot;ar&quot;…</translation>
    </message>
    <message>
        <source>&quot;url&quot; &quot;%1&quot; is not an http(s) address; give the page&apos;s address or leave it empty and say why in &quot;notes&quot;</source>
        <translation>&quot;url&quot; &quot;%1&quot; n&apos;est pas une adresse http(s) ; donnez l&apos;adresse de la page, ou laissez-la vide et dites pourquoi dans &quot;notes&quot;</translation>
    </message>
    <message>
        <source>no &quot;url&quot;: give the address the text was taken from, or say in &quot;notes&quot; why there is none</source>
        <translation>pas de &quot;url&quot; : donnez l&apos;adresse d&apos;où vient le texte, ou dites dans &quot;notes&quot; pourquoi il n&apos;y en a pas</translation>
    </message>
    <message>
        <source>give its names by language, e.g. &quot;names&quot;: {&quot;en&quot;: &quot;Moscow&quot;, &quot;fr&quot;: &quot;Moscou&quot;}</source>
        <translation>donnez ses noms par langue, par ex. &quot;names&quot;: {&quot;en&quot;: &quot;Moscow&quot;, &quot;fr&quot;: &quot;Moscou&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BCP 47 language tag; write &quot;fr&quot;, &quot;en&quot;, &quot;ar&quot;...</source>
        <translation>&quot;%1&quot; n&apos;est pas une étiquette de langue BCP 47 ; écrivez &quot;fr&quot;, &quot;en&quot;, &quot;ar&quot;…</translation>
    </message>
    <message>
        <source>write the name, or leave the language out</source>
        <translation>écrivez le nom, ou omettez la langue</translation>
    </message>
    <message>
        <source>&quot;names&quot; is empty; give at least one name, e.g. {&quot;en&quot;: &quot;...&quot;}</source>
        <translation>&quot;names&quot; est vide ; donnez au moins un nom, par ex. {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>entité %1</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot;</source>
        <translation>entité &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entity must be an object with &quot;id&quot;, &quot;kind&quot; and &quot;names&quot;, not %1</source>
        <translation>une entité doit être un objet avec &quot;id&quot;, &quot;kind&quot; et &quot;names&quot;, pas %1</translation>
    </message>
    <message>
        <source>entity member</source>
        <translation>membre d&apos;entité</translation>
    </message>
    <message>
        <source>give it an id such as &quot;local:moscow&quot;</source>
        <translation>donnez-lui un identifiant comme &quot;local:moscow&quot;</translation>
    </message>
    <message>
        <source>entity id &quot;%1&quot; must be &quot;local:&quot; followed by lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, e.g. &quot;local:moscow&quot;</source>
        <translation>l&apos;identifiant d&apos;entité &quot;%1&quot; doit être &quot;local:&quot; suivi de minuscules, de chiffres, de &quot;.&quot;, &quot;_&quot; ou &quot;-&quot;, par ex. &quot;local:moscow&quot;</translation>
    </message>
    <message>
        <source>duplicate entity id &quot;%1&quot;</source>
        <translation>identifiant d&apos;entité &quot;%1&quot; en double</translation>
    </message>
    <message>
        <source>use one of %1</source>
        <translation>utilisez l&apos;un de %1</translation>
    </message>
    <message>
        <source>an actor goes in the top-level &quot;actors&quot; list (with its kind, role and side), and annotations point at it as &quot;actor:&lt;id&gt;&quot;; &quot;entities&quot; holds places and other named things</source>
        <translation>un acteur va dans la liste &quot;actors&quot; du premier niveau (avec son type, son rôle et son camp), et les annotations le désignent par &quot;actor:&lt;id&gt;&quot; ; &quot;entities&quot; contient les lieux et les autres choses nommées</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of %2</source>
        <translation>type &quot;%1&quot; inconnu ; utilisez l&apos;un de %2</translation>
    </message>
    <message>
        <source>&quot;point&quot; must be [longitude, latitude], two numbers in degrees</source>
        <translation>&quot;point&quot; doit être [longitude, latitude], deux nombres en degrés</translation>
    </message>
    <message>
        <source>&quot;point&quot; [%1, %2] is not a longitude and latitude in degrees (longitude -180 to 180 first, then latitude -90 to 90)</source>
        <translation>&quot;point&quot; [%1, %2] n&apos;est pas une longitude et une latitude en degrés (la longitude de -180 à 180 d&apos;abord, puis la latitude de -90 à 90)</translation>
    </message>
    <message>
        <source>only a place has a &quot;point&quot;</source>
        <translation>seul un lieu a un &quot;point&quot;</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>acteur %1</translation>
    </message>
    <message>
        <source>actor &quot;%1&quot;</source>
        <translation>acteur &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an actor must be an object with &quot;id&quot;, &quot;kind&quot; and &quot;names&quot;, not %1</source>
        <translation>un acteur doit être un objet avec &quot;id&quot;, &quot;kind&quot; et &quot;names&quot;, pas %1</translation>
    </message>
    <message>
        <source>actor member</source>
        <translation>membre d&apos;acteur</translation>
    </message>
    <message>
        <source>give it an id such as &quot;reuters&quot;</source>
        <translation>donnez-lui un identifiant comme &quot;reuters&quot;</translation>
    </message>
    <message>
        <source>write the id without &quot;actor:&quot; (&quot;%1&quot;), as in actors.json; annotations add &quot;actor:&quot;</source>
        <translation>écrivez l&apos;identifiant sans &quot;actor:&quot; (&quot;%1&quot;), comme dans actors.json ; les annotations ajoutent &quot;actor:&quot;</translation>
    </message>
    <message>
        <source>actor id &quot;%1&quot; must be lower-case letters, digits and hyphens, e.g. &quot;reuters&quot;</source>
        <translation>l&apos;identifiant d&apos;acteur &quot;%1&quot; doit être fait de minuscules, de chiffres et de tirets, par ex. &quot;reuters&quot;</translation>
    </message>
    <message>
        <source>duplicate actor id &quot;%1&quot;</source>
        <translation>identifiant d&apos;acteur &quot;%1&quot; en double</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already an actor of actors.json; point at it as &quot;%2&quot; without defining it here</source>
        <translation>&quot;%1&quot; est déjà un acteur de actors.json ; désignez-le par &quot;%2&quot; sans le définir ici</translation>
    </message>
    <message>
        <source>date it: YYYY-MM-DD, YYYY-MM, FROM/TO, or (format 1.1) YYYY, a date followed by &quot;~&quot; (about) or preceded by &quot;../&quot; (on or before)</source>
        <translation>datez-le : AAAA-MM-JJ, AAAA-MM, DÉBUT/FIN, ou (format 1.1) AAAA, une date suivie de &quot;~&quot; (environ) ou précédée de &quot;../&quot; (au plus tard)</translation>
    </message>
    <message>
        <source>&quot;event_date&quot;: %1</source>
        <translation>&quot;event_date&quot; : %1</translation>
    </message>
    <message>
        <source>&quot;event_date&quot; &quot;%1&quot; is written in a form new in format %2 (a year, &quot;~&quot; or &quot;../&quot;), and this file declares &quot;%3&quot;; write &quot;frontline&quot;: &quot;%2&quot; at the top of the file</source>
        <translation>&quot;event_date&quot; &quot;%1&quot; est écrit sous une forme nouvelle dans le format %2 (une année, &quot;~&quot; ou &quot;../&quot;), et ce fichier déclare &quot;%3&quot; ; écrivez &quot;frontline&quot;: &quot;%2&quot; en tête du fichier</translation>
    </message>
    <message>
        <source>1 day, 2 week, 3 month</source>
        <translation>1 jour, 2 semaine, 3 mois</translation>
    </message>
    <message>
        <source>1 place, 2 near it, 3 region</source>
        <translation>1 lieu, 2 près de lui, 3 région</translation>
    </message>
    <message>
        <source>&quot;time_precision&quot; 1 (an exact day) contradicts &quot;event_date&quot; &quot;%1&quot;, which spans several days; use 2 (week) or 3 (month)</source>
        <translation>&quot;time_precision&quot; 1 (un jour exact) contredit &quot;event_date&quot; &quot;%1&quot;, qui couvre plusieurs jours ; utilisez 2 (semaine) ou 3 (mois)</translation>
    </message>
    <message>
        <source>&quot;time_precision&quot; 1 (an exact day) contradicts &quot;event_date&quot; &quot;%1&quot;, which is %2; use 2 (week) or 3 (month), or leave it out</source>
        <translation>&quot;time_precision&quot; 1 (un jour exact) contredit &quot;event_date&quot; &quot;%1&quot;, qui est %2 ; utilisez 2 (semaine) ou 3 (mois), ou omettez-le</translation>
    </message>
    <message>
        <source>approximate (~)</source>
        <translation>approximatif (~)</translation>
    </message>
    <message>
        <source>open (../)</source>
        <translation>ouvert (../)</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;: not in the bundled areas or posts</source>
        <translation>%1 &quot;%2&quot; inconnu : absent des zones et des postes fournis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; &quot;%2&quot; must be %3%4</source>
        <translation>&quot;%1&quot; &quot;%2&quot; doit être %3%4</translation>
    </message>
    <message>
        <source>, an &quot;area:...&quot; or a &quot;post:...&quot;</source>
        <translation>, un &quot;area:...&quot; ou un &quot;post:...&quot;</translation>
    </message>
    <message>
        <source>unknown local entity &quot;%1&quot;: define it in the top-level &quot;entities&quot;</source>
        <translation>entité locale &quot;%1&quot; inconnue : définissez-la dans les &quot;entities&quot; du premier niveau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an entity of kind &quot;other&quot;, not a place</source>
        <translation>&quot;%1&quot; est une entité de type &quot;other&quot;, pas un lieu</translation>
    </message>
    <message>
        <source>unknown place &quot;%1&quot;: not in the gazetteer; use a known place id, or define it in the top-level &quot;entities&quot; as &quot;local:...&quot; (format 1.1)</source>
        <translation>lieu &quot;%1&quot; inconnu : absent du répertoire géographique ; utilisez un identifiant de lieu connu, ou définissez-le dans les &quot;entities&quot; du premier niveau comme &quot;local:...&quot; (format 1.1)</translation>
    </message>
    <message>
        <source>say what the words refer to (a place id, &quot;road:M5&quot;, &quot;post:7&quot;, &quot;area:SY07&quot;, &quot;border:SY-TR&quot;, &quot;actor:sana&quot;, &quot;local:...&quot;)</source>
        <translation>dites ce que désignent les mots (un identifiant de lieu, &quot;road:M5&quot;, &quot;post:7&quot;, &quot;area:SY07&quot;, &quot;border:SY-TR&quot;, &quot;actor:sana&quot;, &quot;local:...&quot;)</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot; does not fit kind &quot;%2&quot;; it needs %3</source>
        <translation>l&apos;entité &quot;%1&quot; ne convient pas au type &quot;%2&quot; ; il faut %3</translation>
    </message>
    <message>
        <source>unknown local entity &quot;%1&quot;: define it in the top-level &quot;entities&quot; (format 1.1)</source>
        <translation>entité locale &quot;%1&quot; inconnue : définissez-la dans les &quot;entities&quot; du premier niveau (format 1.1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an entity of kind &quot;other&quot;; a place annotation points at a place</source>
        <translation>&quot;%1&quot; est une entité de type &quot;other&quot; ; une annotation de lieu désigne un lieu</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;: not in the gazetteer, roads, posts, areas, borders or actors; use a known id (see docs/article-format.md)</source>
        <translation>entité &quot;%1&quot; inconnue : absente du répertoire géographique, des routes, des postes, des zones, des frontières et des acteurs ; utilisez un identifiant connu (voir docs/article-format.md)</translation>
    </message>
    <message>
        <source>only an area claim (&quot;claim_scope&quot;: &quot;area&quot;) has &quot;area_share&quot;</source>
        <translation>seule une revendication sur une zone (&quot;claim_scope&quot;: &quot;area&quot;) a &quot;area_share&quot;</translation>
    </message>
    <message>
        <source>&quot;place&quot; &quot;%1&quot; is an area: a claim about an area says &quot;claim_scope&quot;: &quot;area&quot; (format 1.1)</source>
        <translation>&quot;place&quot; &quot;%1&quot; est une zone : une revendication sur une zone dit &quot;claim_scope&quot;: &quot;area&quot; (format 1.1)</translation>
    </message>
    <message>
        <source>name the place the claim is about by its id, e.g. &quot;saraqib&quot;</source>
        <translation>nommez le lieu de la revendication par son identifiant, par ex. &quot;saraqib&quot;</translation>
    </message>
    <message>
        <source>an area claim names its area either by &quot;place&quot; or by a Polygon geometry, not both; remove one</source>
        <translation>une revendication sur une zone nomme sa zone soit par &quot;place&quot;, soit par une géométrie Polygon, pas les deux ; retirez l&apos;un des deux</translation>
    </message>
    <message>
        <source>&quot;place&quot; &quot;%1&quot; of an area claim must be a governorate or district by its OCHA pcode, e.g. &quot;area:SY07&quot; (Idleb) or &quot;area:SY0700&quot; (Idleb district)</source>
        <translation>&quot;place&quot; &quot;%1&quot; d&apos;une revendication sur une zone doit être un gouvernorat ou un district désigné par son pcode OCHA, par ex. &quot;area:SY07&quot; (Idleb) ou &quot;area:SY0700&quot; (district d&apos;Idleb)</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;: not a pcode of the bundled boundaries</source>
        <translation>zone &quot;%1&quot; inconnue : pas un pcode des limites fournies</translation>
    </message>
    <message>
        <source>an area claim needs &quot;place&quot;: &quot;area:&lt;pcode&gt;&quot; (e.g. &quot;area:SY07&quot;) or a Polygon geometry</source>
        <translation>une revendication sur une zone demande &quot;place&quot;: &quot;area:&lt;pcode&gt;&quot; (par ex. &quot;area:SY07&quot;) ou une géométrie Polygon</translation>
    </message>
    <message>
        <source>the percentage of the area the controller holds, 0 to 100</source>
        <translation>le pourcentage de la zone que tient le camp, de 0 à 100</translation>
    </message>
    <message>
        <source>&quot;area_share&quot; %1 must be a percentage above 0 and at most 100</source>
        <translation>&quot;area_share&quot; %1 doit être un pourcentage supérieur à 0 et d&apos;au plus 100</translation>
    </message>
    <message>
        <source>only a claim has &quot;%1&quot;</source>
        <translation>seule une revendication a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only an event (&quot;kind&quot;: &quot;event&quot;) has &quot;%1&quot;</source>
        <translation>seul un événement (&quot;kind&quot;: &quot;event&quot;) a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a claim or an event has &quot;claimant_actor&quot;</source>
        <translation>seuls une revendication ou un événement ont &quot;claimant_actor&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an actor id such as &quot;actor:state-tv&quot;, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot; doit être un identifiant d&apos;acteur comme &quot;actor:state-tv&quot;, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown actor &quot;%1&quot;: not in actors.json nor in the article&apos;s &quot;actors&quot;</source>
        <translation>acteur &quot;%1&quot; inconnu : ni dans actors.json ni dans les &quot;actors&quot; de l&apos;article</translation>
    </message>
    <message>
        <source>unknown event_type &quot;%1&quot;; use one of ACLED&apos;s %2%3</source>
        <translation>event_type &quot;%1&quot; inconnu ; utilisez l&apos;un de ceux d&apos;ACLED : %2%3</translation>
    </message>
    <message>
        <source> (&quot;%1&quot; is a sub_event_type of &quot;%2&quot;)</source>
        <translation> (&quot;%1&quot; est un sub_event_type de &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>say what happened, e.g. &quot;Agreement&quot;, &quot;Security corridor&quot;, &quot;Joint patrol&quot;, &quot;Reinforcement&quot;, &quot;Shelling/artillery/missile attack&quot;, &quot;Air/drone strike&quot;</source>
        <translation>dites ce qui s&apos;est passé, par ex. &quot;Agreement&quot;, &quot;Security corridor&quot;, &quot;Joint patrol&quot;, &quot;Reinforcement&quot;, &quot;Shelling/artillery/missile attack&quot;, &quot;Air/drone strike&quot;</translation>
    </message>
    <message>
        <source>sub_event_type &quot;%1&quot; is not one of &quot;%2&quot;: %3</source>
        <translation>sub_event_type &quot;%1&quot; n&apos;est pas un de ceux de &quot;%2&quot; : %3</translation>
    </message>
    <message>
        <source>only an agreement, a corridor or another strategic development has an &quot;effective_date&quot;</source>
        <translation>seuls un accord, un corridor ou une autre évolution stratégique ont une &quot;effective_date&quot;</translation>
    </message>
    <message>
        <source>&quot;effective_date&quot;: %1</source>
        <translation>&quot;effective_date&quot; : %1</translation>
    </message>
    <message>
        <source>&quot;effective_date&quot; &quot;%1&quot; is before &quot;event_date&quot; &quot;%2&quot;: an agreement takes effect on or after the day it is made</source>
        <translation>&quot;effective_date&quot; &quot;%1&quot; est avant &quot;event_date&quot; &quot;%2&quot; : un accord prend effet le jour où il est conclu ou après</translation>
    </message>
    <message>
        <source>a corridor runs along a road: &quot;road&quot;: &quot;road:M4&quot;</source>
        <translation>un corridor longe une route : &quot;road&quot;: &quot;road:M4&quot;</translation>
    </message>
    <message>
        <source>&quot;road&quot; must be a road id such as &quot;road:M4&quot;, not &quot;%1&quot;</source>
        <translation>&quot;road&quot; doit être un identifiant de route comme &quot;road:M4&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown road &quot;%1&quot;</source>
        <translation>route &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>give the corridor&apos;s whole width across the road in km, e.g. 12 for 6 km on each side</source>
        <translation>donnez la largeur totale du corridor de part et d&apos;autre de la route en km, par ex. 12 pour 6 km de chaque côté</translation>
    </message>
    <message>
        <source>only a &quot;Security corridor&quot; has &quot;width_km&quot;</source>
        <translation>seul un &quot;Security corridor&quot; a &quot;width_km&quot;</translation>
    </message>
    <message>
        <source>&quot;width_km&quot; %1 must be above 0 and at most 200 (km across the road)</source>
        <translation>&quot;width_km&quot; %1 doit être supérieur à 0 et d&apos;au plus 200 (km de part et d&apos;autre de la route)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an end of the stretch of &quot;road&quot; the event runs along; give &quot;road&quot; too</source>
        <translation>&quot;%1&quot; est une extrémité du tronçon de &quot;road&quot; que suit l&apos;événement ; donnez aussi &quot;road&quot;</translation>
    </message>
    <message>
        <source>say where it happened: &quot;place&quot; (a place id, &quot;local:...&quot;, &quot;area:...&quot; or &quot;post:...&quot;) or a geometry</source>
        <translation>dites où cela s&apos;est passé : &quot;place&quot; (un identifiant de lieu, &quot;local:...&quot;, &quot;area:...&quot; ou &quot;post:...&quot;) ou une géométrie</translation>
    </message>
    <message>
        <source>kind &quot;event&quot; is new in format %1, and this file declares &quot;%2&quot;; write &quot;frontline&quot;: &quot;%1&quot; at the top of the file</source>
        <translation>le type &quot;event&quot; est nouveau dans le format %1, et ce fichier déclare &quot;%2&quot; ; écrivez &quot;frontline&quot;: &quot;%1&quot; en tête du fichier</translation>
    </message>
    <message>
        <source>give the exact words of the text</source>
        <translation>donnez les mots exacts du texte</translation>
    </message>
    <message>
        <source>code points from the start of the text</source>
        <translation>points de code depuis le début du texte</translation>
    </message>
    <message>
        <source>give both &quot;start&quot; and &quot;end&quot;, or neither</source>
        <translation>donnez à la fois &quot;start&quot; et &quot;end&quot;, ou aucun des deux</translation>
    </message>
    <message>
        <source>&quot;start&quot; %1 is after &quot;end&quot; %2</source>
        <translation>&quot;start&quot; %1 est après &quot;end&quot; %2</translation>
    </message>
    <message>
        <source>give the figure as a number, e.g. 350</source>
        <translation>donnez le chiffre sous forme de nombre, par ex. 350</translation>
    </message>
    <message>
        <source>say what the figure counts, e.g. &quot;vehicles&quot;</source>
        <translation>dites ce que compte le chiffre, par ex. &quot;vehicles&quot;</translation>
    </message>
    <message>
        <source>unknown sub_event_type &quot;%1&quot; for a post; use one of %2</source>
        <translation>sub_event_type &quot;%1&quot; inconnu pour un poste ; utilisez l&apos;un de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an &quot;event_date&quot;: say when it happened</source>
        <translation>&quot;%1&quot; demande une &quot;event_date&quot; : dites quand cela s&apos;est passé</translation>
    </message>
    <message>
        <source>say who makes the claim, e.g. &quot;state TV&quot;</source>
        <translation>dites qui la revendique, par ex. &quot;state TV&quot;</translation>
    </message>
    <message>
        <source>unknown origin &quot;%1&quot;; use &quot;suggested&quot; (proposed by the tool, not checked by a person) or &quot;accepted&quot; (proposed by the tool and accepted by a person), or leave &quot;origin&quot; out for an annotation written by a person</source>
        <translation>origine &quot;%1&quot; inconnue ; utilisez &quot;suggested&quot; (proposée par l&apos;outil, non vérifiée par une personne) ou &quot;accepted&quot; (proposée par l&apos;outil et acceptée par une personne), ou omettez &quot;origin&quot; pour une annotation écrite par une personne</translation>
    </message>
    <message>
        <source>GDAL&apos;s GeoJSON driver cannot read the file (%1); keep &quot;type&quot;: &quot;FeatureCollection&quot; and &quot;frontline&quot; before &quot;article&quot;, at the start of the file, where GDAL looks for them</source>
        <translation>le pilote GeoJSON de GDAL ne peut pas lire le fichier (%1) ; gardez &quot;type&quot;: &quot;FeatureCollection&quot; et &quot;frontline&quot; avant &quot;article&quot;, au début du fichier, là où GDAL les cherche</translation>
    </message>
    <message>
        <source>GDAL reads the file with its %1 driver, not as one GeoJSON FeatureCollection; write a single FeatureCollection</source>
        <translation>GDAL lit le fichier avec son pilote %1, et non comme une seule FeatureCollection GeoJSON ; écrivez une seule FeatureCollection</translation>
    </message>
    <message>
        <source>GDAL does not pass the &quot;%1&quot; member on as written; check its JSON</source>
        <translation>GDAL ne transmet pas le membre &quot;%1&quot; tel qu&apos;il est écrit ; vérifiez son JSON</translation>
    </message>
    <message>
        <source>GDAL reads %1 features where the JSON has %2; check the features array</source>
        <translation>GDAL lit %1 entités là où le JSON en a %2 ; vérifiez le tableau features</translation>
    </message>
    <message>
        <source>OGR cannot read this geometry; write a GeoJSON geometry object</source>
        <translation>OGR ne peut pas lire cette géométrie ; écrivez un objet géométrie GeoJSON</translation>
    </message>
    <message>
        <source>&quot;geometry&quot; must be null or a GeoJSON geometry object with &quot;type&quot; one of %1, not %2</source>
        <translation>&quot;geometry&quot; doit être null ou un objet géométrie GeoJSON dont le &quot;type&quot; est l&apos;un de %1, pas %2</translation>
    </message>
    <message>
        <source>this %1 has no coordinates GDAL can read; write &quot;coordinates&quot; as RFC 7946 says, or &quot;geometry&quot;: null</source>
        <translation>ce %1 n&apos;a pas de coordonnées que GDAL puisse lire ; écrivez &quot;coordinates&quot; comme le dit la RFC 7946, ou &quot;geometry&quot;: null</translation>
    </message>
    <message>
        <source>%1 vertices, over the limit of %2 for an annotation; simplify the geometry</source>
        <translation>%1 sommets, au-delà de la limite de %2 pour une annotation ; simplifiez la géométrie</translation>
    </message>
    <message>
        <source>coordinate [%1, %2] is not a longitude and latitude in degrees (RFC 7946: longitude -180 to 180 first, then latitude -90 to 90)</source>
        <translation>la coordonnée [%1, %2] n&apos;est pas une longitude et une latitude en degrés (RFC 7946 : la longitude de -180 à 180 d&apos;abord, puis la latitude de -90 à 90)</translation>
    </message>
    <message>
        <source>a &quot;crs&quot; member, which RFC 7946 removed: article coordinates are longitude and latitude in degrees (WGS 84) and no other CRS is read; remove &quot;crs&quot; and give the coordinates in degrees</source>
        <translation>un membre &quot;crs&quot;, que la RFC 7946 a supprimé : les coordonnées d&apos;un article sont une longitude et une latitude en degrés (WGS 84) et aucun autre système de coordonnées n&apos;est lu ; retirez &quot;crs&quot; et donnez les coordonnées en degrés</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>is a folder, not an article file; give the path of an article file (.geojson) in it</source>
        <translation>est un dossier, pas un fichier d&apos;article ; donnez le chemin d&apos;un fichier d&apos;article (.geojson) qu&apos;il contient</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a socket or a device); save the article to a file and give that file&apos;s path</source>
        <translation>pas un fichier ordinaire (un tube, un socket ou un périphérique) ; enregistrez l&apos;article dans un fichier et donnez le chemin de ce fichier</translation>
    </message>
    <message>
        <source>cannot read the file (%1); %2</source>
        <translation>impossible de lire le fichier (%1) ; %2</translation>
    </message>
    <message>
        <source>check that you may read it and the folders it is in (permission denied?)</source>
        <translation>vérifiez que vous avez le droit de le lire, ainsi que les dossiers qui le contiennent (permission refusée ?)</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>vérifiez le chemin</translation>
    </message>
    <message>
        <source>the file is %1, over the limit of %2 for an article; an article file holds one text and its annotations, so check that this is the right file</source>
        <translation>le fichier fait %1, au-delà de la limite de %2 pour un article ; un fichier d&apos;article contient un texte et ses annotations, vérifiez donc que c&apos;est le bon fichier</translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation>erreur de lecture (%1)</translation>
    </message>
    <message>
        <source>the file is over the limit of %1 for an article; an article file holds one text and its annotations, so check that this is the right file</source>
        <translation>le fichier dépasse la limite de %1 pour un article ; un fichier d&apos;article contient un texte et ses annotations, vérifiez donc que c&apos;est le bon fichier</translation>
    </message>
    <message>
        <source>the article is %1, over the limit of %2 for an article</source>
        <translation>l&apos;article fait %1, au-delà de la limite de %2 pour un article</translation>
    </message>
    <message>
        <source>the file holds a NUL byte (0x00) here, which JSON text never does: this is a binary file, or text saved as UTF-16; save the article as UTF-8 text, or write the character as \u0000 if it belongs in a string</source>
        <translation>le fichier contient ici un octet NUL (0x00), ce qu&apos;un texte JSON ne contient jamais : c&apos;est un fichier binaire, ou un texte enregistré en UTF-16 ; enregistrez l&apos;article en texte UTF-8, ou écrivez le caractère \u0000 s&apos;il fait partie d&apos;une chaîne</translation>
    </message>
    <message>
        <source>JSON nested more than %1 levels deep here; an article is a few levels deep, so check that this is an article file</source>
        <translation>JSON imbriqué ici sur plus de %1 niveaux ; un article n&apos;a que quelques niveaux, vérifiez donc que c&apos;est un fichier d&apos;article</translation>
    </message>
    <message>
        <source>not JSON: %1 here; an article file is a GeoJSON FeatureCollection (JSON text), fix its syntax</source>
        <translation>pas du JSON : %1 ici ; un fichier d&apos;article est une FeatureCollection GeoJSON (texte JSON), corrigez sa syntaxe</translation>
    </message>
    <message>
        <source>its &quot;type&quot; is %1</source>
        <translation>son &quot;type&quot; est %1</translation>
    </message>
    <message>
        <source>the top level is an array</source>
        <translation>le premier niveau est un tableau</translation>
    </message>
    <message>
        <source>JSON, but not a GeoJSON FeatureCollection (%1); an article file is one {&quot;type&quot;: &quot;FeatureCollection&quot;, ...}</source>
        <translation>du JSON, mais pas une FeatureCollection GeoJSON (%1) ; un fichier d&apos;article est un seul {&quot;type&quot;: &quot;FeatureCollection&quot;, ...}</translation>
    </message>
    <message>
        <source>&quot;features&quot; must be an array of annotations, not %1</source>
        <translation>&quot;features&quot; doit être un tableau d&apos;annotations, pas %1</translation>
    </message>
    <message>
        <source>feature %1 must be a GeoJSON Feature object, not %2</source>
        <translation>l&apos;entité %1 doit être un objet Feature GeoJSON, pas %2</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>entité %1</translation>
    </message>
    <message>
        <source>annotation &quot;%1&quot;</source>
        <translation>annotation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;Feature&quot;</source>
        <translation>&quot;type&quot; doit être &quot;Feature&quot;</translation>
    </message>
    <message>
        <source>needs an &quot;id&quot; string, unique in the file (e.g. &quot;a12&quot;)</source>
        <translation>demande une chaîne &quot;id&quot;, unique dans le fichier (par ex. &quot;a12&quot;)</translation>
    </message>
    <message>
        <source>&quot;id&quot; &quot;%1&quot; holds control characters (shown as \x.. or \u....); write the id in plain letters and digits</source>
        <translation>&quot;id&quot; &quot;%1&quot; contient des caractères de contrôle (montrés comme \x.. ou \u....) ; écrivez l&apos;identifiant en lettres simples et en chiffres</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first used on line %2); ids must be unique</source>
        <translation>identifiant &quot;%1&quot; en double (utilisé d&apos;abord à la ligne %2) ; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <source>write &quot;geometry&quot;: null when the gazetteer locates the entity</source>
        <translation>écrivez &quot;geometry&quot;: null quand le répertoire géographique situe l&apos;entité</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object, not %1</source>
        <translation>&quot;properties&quot; doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>; the quote must be the exact words of the text (whitespace aside)</source>
        <translation> ; la citation doit reprendre les mots exacts du texte (aux espaces près)</translation>
    </message>
    <message>
        <source>annotation &quot;%1&quot;: the quote does not anchor in the article text: %2%3</source>
        <translation>annotation &quot;%1&quot; : la citation ne s&apos;ancre pas dans le texte de l&apos;article : %2%3</translation>
    </message>
</context>
<context>
    <name>geo::JsonMembers</name>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>: missing &quot;%1&quot;; %2</source>
        <translation> : &quot;%1&quot; manque ; %2</translation>
    </message>
    <message>
        <source>add it</source>
        <translation>ajoutez-le</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2</source>
        <translation>&quot;%1&quot; doit être une chaîne, pas %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty; %2</source>
        <translation>&quot;%1&quot; est vide ; %2</translation>
    </message>
    <message>
        <source>fill it in</source>
        <translation>remplissez-le</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, not %2 (%3)</source>
        <translation>&quot;%1&quot; doit être un nombre, pas %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3 (%4), not %5 %6</source>
        <translation>&quot;%1&quot; doit être un nombre entier de %2 à %3 (%4), pas %5 %6</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is out of range; give a whole number from %3 to %4 (%5)</source>
        <translation>&quot;%1&quot; %2 est hors limites ; donnez un nombre entier de %3 à %4 (%5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array, not %2</source>
        <translation>&quot;%1&quot; doit être un tableau, pas %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object, not %2</source>
        <translation>&quot;%1&quot; doit être un objet, pas %2</translation>
    </message>
    <message>
        <source>: item %1 of &quot;%2&quot; must be a non-empty string, not %3</source>
        <translation> : l&apos;élément %1 de &quot;%2&quot; doit être une chaîne non vide, pas %3</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>une chaîne vide</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (a misspelling?); known: %3</source>
        <translation>%1 &quot;%2&quot; inconnu (une faute de frappe ?) ; connus : %3</translation>
    </message>
    <message>
        <source>use one of %1</source>
        <translation>utilisez l&apos;un de %1</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use one of %3</source>
        <translation>%1 &quot;%2&quot; inconnu ; utilisez l&apos;un de %3</translation>
    </message>
</context>
<context>
    <name>geo::SuggestDates</name>
    <message>
        <source>day written %1</source>
        <translation>jour écrit %1</translation>
    </message>
    <message>
        <source>day and month &apos;%1&apos;</source>
        <translation>jour et mois « %1 »</translation>
    </message>
    <message>
        <source>part of a month &apos;%1&apos;</source>
        <translation>partie d&apos;un mois « %1 »</translation>
    </message>
    <message>
        <source>month and day</source>
        <translation>mois et jour</translation>
    </message>
    <message>
        <source>month and year</source>
        <translation>mois et année</translation>
    </message>
    <message>
        <source>season &apos;%1&apos;</source>
        <translation>saison « %1 »</translation>
    </message>
    <message>
        <source>weekday &apos;%1&apos; on or before the publication day %2</source>
        <translation>jour de la semaine « %1 », le jour de publication %2 ou avant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; counted from the publication day %2</source>
        <translation>« %1 » compté à partir du jour de publication %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the week before the publication day %2</source>
        <translation>« %1 » : la semaine précédant le jour de publication %2</translation>
    </message>
    <message>
        <source>years %1 to %2</source>
        <translation>années %1 à %2</translation>
    </message>
    <message>
        <source>the year %1</source>
        <translation>l&apos;année %1</translation>
    </message>
</context>
<context>
    <name>geo::TextAnchor</name>
    <message>
        <source>empty quote: give the exact words of the text</source>
        <translation>citation vide : donnez les mots exacts du texte</translation>
    </message>
    <message>
        <source>quote not found: %1</source>
        <translation>citation introuvable : %1</translation>
    </message>
    <message>
        <source>ambiguous: %1 occurrences of %2, and prefix/suffix do not single one out (%3 agree equally); give a longer prefix or suffix</source>
        <translation>ambiguë : %1 occurrences de %2, et le préfixe ou le suffixe n&apos;en distingue aucune (%3 correspondent autant) ; donnez un préfixe ou un suffixe plus long</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Frontline: the Idleb frontline 2019-2020, on a map.</source>
        <translation>Frontline : la ligne de front d&apos;Idleb en 2019-2020, sur une carte.</translation>
    </message>
    <message>
        <source>The article store to use instead of the one chosen in File &gt; Store (or the one in the user&apos;s data folder): a GeoPackage file, or a PostgreSQL connection such as postgresql://user@host/database (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>La base d&apos;articles à utiliser au lieu de celle choisie dans Fichier &gt; Base d&apos;articles (ou de celle du dossier de données de l&apos;utilisateur) : un fichier GeoPackage, ou une connexion PostgreSQL telle que postgresql://user@host/database (le mot de passe vient de ~/.pgpass ou de PGPASSWORD).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>Annotated articles to import, or vector layers to open.</source>
        <translation>Articles annotés à importer, ou couches vectorielles à ouvrir.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FICHIER...]</translation>
    </message>
    <message>
        <source>Say on standard error how long the first map took to appear after the program started, then quit.</source>
        <translation>Indiquer sur la sortie d&apos;erreur le temps mis par la première carte à s&apos;afficher après le lancement, puis quitter.</translation>
    </message>
</context>
</TS>
