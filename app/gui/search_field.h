#pragma once
// The place search box: suggests places as the user types, in any language and script, the important ones
// first (geo::PlaceSearch), each with its kind and district; finds a place by any spelling.

#include "geo/data/gazetteer.h"
#include "geo/data/place_search.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

class SearchField : public QLineEdit {
    Q_OBJECT
public:
    // Item roles of the suggestions model.
    enum Role { PlaceIdRole = Qt::UserRole + 1, NameRole, DetailRole, MatchedNameRole };

    explicit SearchField(QWidget* parent = nullptr);
    // The field shares GAZETTEER: a reload that replaces the session's leaves this one whole until the next call.
    // DISTRICTS (outlines in CRS) give each suggestion its district and governorate.
    void setGazetteer(std::shared_ptr<const geo::Gazetteer> gazetteer, QVector<geo::AdminArea> districts = {},
                      geo::DisplayCrs crs = geo::DisplayCrs::WebMercator);
    // Looks QUERY up (else takes the first suggestion for it); emits placeFound or notFound.
    void search(const QString& query);
    // Fills the suggestions for QUERY (what typing does) and returns how many there are.
    int suggest(const QString& query);
    QCompleter* suggestions() const { return m_completer; }
    QStandardItemModel* suggestionsModel() const { return m_model; }
    // "town · Idleb district, Idleb governorate"
    static QString detailText(const geo::PlaceSuggestion& suggestion);

signals:
    void placeFound(const geo::Place& place);
    void notFound(const QString& query);
    // The user emptied the field (its clear button, Escape, deleting the text): the search is over.
    void cleared();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose(const QModelIndex& index);
    std::shared_ptr<const geo::Gazetteer> m_gazetteer;
    std::shared_ptr<const geo::PlaceSearch> m_search;
    QStandardItemModel* m_model;
    QCompleter* m_completer;
    QString m_chosenName, m_chosenId; // the suggestion picked last: its name finds that very place
};
