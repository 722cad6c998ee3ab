#pragma once
// The place search box: completes names in any language and script, and finds a place by any spelling.

#include "geo/data/gazetteer.h"

#include <QLineEdit>

class QStringListModel;

class SearchField : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchField(QWidget* parent = nullptr);
    // The field shares GAZETTEER: a reload that replaces the session's leaves this one whole until the next call.
    void setGazetteer(std::shared_ptr<const geo::Gazetteer> gazetteer);
    // Looks QUERY up; emits placeFound or notFound.
    void search(const QString& query);

signals:
    void placeFound(const geo::Place& place);
    void notFound(const QString& query);
    // The user emptied the field (its clear button, Escape, deleting the text): the search is over.
    void cleared();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    std::shared_ptr<const geo::Gazetteer> m_gazetteer;
    QStringListModel* m_model;
};
