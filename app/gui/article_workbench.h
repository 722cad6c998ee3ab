#pragma once
// File > New article…: a raw dispatch becomes an annotated article. The text is pasted or opened (.txt, or the text
// of an .html page); the tool suggests its places, roads, posts, actors, figures and claims on a worker thread
// (with progress and Cancel); the user accepts, rejects or edits each, annotates more words with an entity found
// by any spelling or clicked on the map, and fills the claims' fields. As it is edited, the article is read back
// by ArticleReader (the problems listed) and its claims are laid over the store's timeline (what the map would
// show). It is saved as .geojson, or imported into the store all or nothing. An article of the store opens here to
// be corrected; the corrected article replaces it.
//
// This window lays out its parts and runs the suggester; each part is its own file: the metadata form
// (ArticleMetadataForm), the list of rows (SuggestionList, their bookkeeping in workbench_items.h), the claim's fields
// (ClaimEditor), the selection's annotator (AnnotateSelectionPanel), the check (checkArticle) and the import
// (importIntoStore).

#include "suggestion_list.h"

#include "geo/articles/article.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/gazetteer.h"
#include "geo/render/feature_picker.h"

#include <QDialog>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

class AnnotateSelectionPanel;
class ArticleMetadataForm;
class ArticleSession;
class ArticleTextView;
class ClaimEditor;
class MapView;
struct ArticleCheck;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;

class ArticleWorkbench : public QDialog {
    Q_OBJECT
public:
    // SESSION gives the store and its articles (for the preview and the import); LANG names entities.
    ArticleWorkbench(ArticleSession* session, std::shared_ptr<const geo::Gazetteer> gazetteer,
                     std::shared_ptr<const geo::EntityCatalog> catalog, geo::Language lang, QWidget* parent = nullptr);
    ~ArticleWorkbench() override;

    // Clicks on this map's places fill the entity picker while "Pick on the map" is down.
    void setMapView(MapView* view);
    // Takes TEXT as if pasted into an empty editor (refused, with a message, when too long).
    void setText(const QString& text);
    // Opens a .txt or .html file (the page's text; nothing in it is fetched or run). False, with the message shown,
    // when it cannot be read.
    bool openFile(const QString& path);
    // Opens a stored article to correct it: its annotations come accepted; an import replaces it.
    void loadArticle(const geo::Article& article);

    // The article as it stands: the metadata and the accepted annotations, anchored in the text.
    geo::Article article() const;
    const QList<WorkbenchItem>& items() const { return m_items; }
    bool isSuggesting() const { return m_suggesting; }
    bool isChecking() const { return m_checking || m_checkTimer.isActive(); }
    bool isImporting() const { return m_importing; }
    // The problems ArticleReader finds in the article, and the lines of the map preview, as last checked.
    QStringList problems() const { return m_problems; }
    QStringList previewLines() const { return m_previewLines; }
    QString correctedArticleId() const { return m_correcting; }

    ArticleTextView* textView() const { return m_text; }
    SuggestionList* suggestionList() const { return m_list; }
    ClaimEditor* claimEditor() const { return m_claimEditor; }
    ArticleMetadataForm* metadataForm() const { return m_form; }
    AnnotateSelectionPanel* annotatePanel() const { return m_annotate; }
    QLineEdit* titleEdit() const;
    QLineEdit* publisherEdit() const;
    QDateEdit* publishedEdit() const;
    QLineEdit* urlEdit() const;
    QLineEdit* idEdit() const;
    QLineEdit* notesEdit() const;
    QComboBox* languageBox() const;
    QComboBox* kindBox() const;
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QListWidget* problemList() const { return m_problemList; }
    QListWidget* previewList() const { return m_previewList; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* importButton() const { return m_import; }
    QTabWidget* tabs() const { return m_tabs; }
    // The selection's annotator: kind, entity search, results, "Pick on the map", Add.
    QComboBox* annotateKindBox() const;
    QLineEdit* entitySearch() const;
    QListWidget* entityResults() const;
    QPushButton* pickOnMapButton() const;
    QPushButton* addAnnotationButton() const;
    QPushButton* useEntityButton() const;

    // Writes the article to PATH (.geojson); false with *error set when it cannot.
    bool saveTo(const QString& path, QString* error);
    // Imports the article into the store on a worker thread; emits importFinished.
    void startImport();

signals:
    void suggestionsFinished();
    void checked();
    void importFinished(bool ok, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onTextChanged();
    void startSuggestions();
    void cancelSuggestions();
    void mergeSuggestions(const QString& language, const QList<WorkbenchItem>& suggested);
    void reanchor();
    void refresh(); // list, highlights, claim editor, then a check
    void scheduleCheck();
    void startCheck();
    void showCheck(const ArticleCheck& check);
    void showStatus(const QString& message, bool problem = false);
    void decide(const QList<int>& items, WorkbenchItem::Decision decision);
    void acceptAll();
    void onCurrentItem(int index);
    void showInText(int index);
    void refreshSpans();
    void applyClaim();
    QStringList knownEntities() const;
    void addAnnotationFromSelection();
    void useEntityForCurrent();
    void onMapClicked(const geo::PickedFeature& picked);
    void setCorrecting(const QString& articleId);

    ArticleSession* m_session;
    std::shared_ptr<const geo::Gazetteer> m_gazetteer;
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    geo::Language m_lang;
    QList<WorkbenchItem> m_items;
    QString m_lastText; // the text the items are anchored in
    QString m_correcting;
    QStringList m_problems;
    QStringList m_previewLines;
    bool m_suggesting = false;
    bool m_checking = false;
    bool m_importing = false;
    int m_suggestGeneration = 0;
    int m_checkGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic_int> m_percent;
    QTimer m_suggestTimer;  // a burst of typing gives one run
    QTimer m_checkTimer;    // the same for the checks
    QTimer m_progressTimer; // reads the worker's progress

    ArticleTextView* m_text;
    SuggestionList* m_list;
    ClaimEditor* m_claimEditor;
    ArticleMetadataForm* m_form;
    AnnotateSelectionPanel* m_annotate;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QListWidget* m_problemList;
    QListWidget* m_previewList;
    QPushButton* m_save;
    QPushButton* m_import;
    QTabWidget* m_tabs;
    QThreadPool m_pool; // this dialog's jobs, waited for when it goes
};
