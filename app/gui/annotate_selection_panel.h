#pragma once
// The workbench's "Annotate the selection" page: what the words selected in the text are (a kind), the entity they
// point at (found by any spelling of its name, or clicked on the main window's map), and for a figure its value and
// unit. It also offers the entities of the row selected in the suggestions, to point that row elsewhere. The
// workbench adds the annotation (Add) or changes the row (Use); this page only chooses.

#include "geo/articles/article.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/gazetteer.h"
#include "geo/render/feature_picker.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

class AnnotateSelectionPanel : public QWidget {
    Q_OBJECT
public:
    // LANG names the entities in the results.
    AnnotateSelectionPanel(std::shared_ptr<const geo::Gazetteer> gazetteer,
                           std::shared_ptr<const geo::EntityCatalog> catalog, geo::Language lang,
                           QWidget* parent = nullptr);

    // The entities the search considers besides the gazetteer (those of the article and of the stored articles),
    // asked for at each search.
    void setKnownEntities(std::function<QStringList()> knownEntities);
    // The words selected in the text (empty when none): shown, and Add is possible only with some.
    void setSelectedWords(const QString& words);
    // The selected row's entity and its alternatives, ready to be chosen instead, unless a search is typed.
    void offerEntities(const QString& entity, const QStringList& alternatives);
    void setUseEnabled(bool enabled);
    // While "Pick on the map" is down, a click on the map chooses what an article can point at there.
    bool isPicking() const;
    // Chooses the entity of PICKED and releases "Pick on the map"; false when an article cannot point at it.
    bool pick(const geo::PickedFeature& picked);

    std::optional<geo::AnnotationKind> kind() const;
    QString chosenEntity() const; // empty when none is chosen
    double figureValue() const;
    QString figureUnit() const;

    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* entitySearch() const { return m_search; }
    QListWidget* entityResults() const { return m_results; }
    QPushButton* pickOnMapButton() const { return m_pickOnMap; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* useButton() const { return m_use; }

signals:
    void addRequested(); // add the selected words as an annotation of the chosen kind and entity
    void useRequested(); // point the row selected in the suggestions at the chosen entity

private:
    void search(const QString& query);
    void addResult(const QString& id, const QString& detail = {});

    std::shared_ptr<const geo::Gazetteer> m_gazetteer;
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    geo::Language m_lang;
    std::function<QStringList()> m_knownEntities;
    QLabel* m_selection;
    QComboBox* m_kind;
    QLineEdit* m_search;
    QListWidget* m_results;
    QPushButton* m_pickOnMap;
    QDoubleSpinBox* m_figureValue;
    QLineEdit* m_figureUnit;
    QPushButton* m_add;
    QPushButton* m_use;
};
