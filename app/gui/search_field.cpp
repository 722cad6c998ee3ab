#include "search_field.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

SearchField::SearchField(QWidget* parent) : QLineEdit(parent), m_model(new QStringListModel(this))
{
    setPlaceholderText(tr("Find a place: Saraqeb, Saraqib, سراقب…"));
    setClearButtonEnabled(true);
    auto* completer = new QCompleter(m_model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    connect(this, &QLineEdit::returnPressed, this, [this] { search(text()); });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &SearchField::search);
    // The clear button empties the field as an edit; so does deleting the last character.
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.isEmpty())
            emit cleared();
    });
}

void SearchField::keyPressEvent(QKeyEvent* event)
{
    // Escape closes the completions first; then it clears the field and the search.
    if (event->key() == Qt::Key_Escape && !(completer() && completer()->popup()->isVisible())) {
        clear();
        emit cleared();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::setGazetteer(std::shared_ptr<const geo::Gazetteer> gazetteer)
{
    m_gazetteer = std::move(gazetteer);
    QStringList names;
    for (int i = 0; i < m_gazetteer->size(); ++i) {
        const geo::Place& p = m_gazetteer->at(i);
        names << p.allNames();
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    m_model->setStringList(names);
}

void SearchField::search(const QString& query)
{
    const geo::Place* place = m_gazetteer ? m_gazetteer->find(query) : nullptr;
    if (place)
        emit placeFound(*place);
    else
        emit notFound(query);
}
