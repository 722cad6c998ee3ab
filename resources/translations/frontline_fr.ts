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
        <source>Select words in the text, then say what they are.</source>
        <translation>Sélectionnez des mots dans le texte, puis dites ce qu&apos;ils désignent.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélection : %1</translation>
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
        <source>Search by any spelling: Saraqib, سراقب, Sana…</source>
        <translation>Cherchez sous n&apos;importe quelle graphie : Saraqeb, سراقب, Sana…</translation>
    </message>
    <message>
        <source>Pick on the &amp;map</source>
        <translation>Choisir sur la &amp;carte</translation>
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
        <source>&amp;Use for the selected row</source>
        <translation>&amp;Utiliser pour la ligne choisie</translation>
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
        <source>Correct article — %1</source>
        <translation>Corriger l&apos;article — %1</translation>
    </message>
    <message>
        <source>The corrected article replaces the stored one with this id</source>
        <translation>L&apos;article corrigé remplace celui de la base qui porte cet identifiant</translation>
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
        <source>detected: %1</source>
        <translation>détectée : %1</translation>
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
    <message>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>A&amp;dd annotation</source>
        <translation>A&amp;jouter l&apos;annotation</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) accepted: check the claims and what the map will show, then import.</source>
        <translation>
            <numerusform>%n annotation acceptée : vérifiez les revendications et ce que montrera la carte, puis importez.</numerusform>
            <numerusform>%n annotations acceptées : vérifiez les revendications et ce que montrera la carte, puis importez.</numerusform>
        </translation>
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
</context>
</TS>
