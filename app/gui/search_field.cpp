#include "search_field.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QKeyEvent>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace {

constexpr int kMaxSuggestions = 12;
constexpr int kPopupMinWidth = 320;
constexpr int kPopupMaxWidth = 560;

// The name, then the kind and district in grey, on one line.
class SuggestionDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = index.data(SearchField::NameRole).toString();
        const QString detail = index.data(SearchField::DetailRole).toString();
        opt.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const bool selected = option.state & QStyle::State_Selected;
        const QRect r = option.rect.adjusted(6, 0, -6, 0);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics fmBold(bold);
        const QString shownName = fmBold.elidedText(name, Qt::ElideRight, r.width() * 2 / 3);
        painter->save();
        painter->setFont(bold);
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeading, shownName);
        const int gap = fmBold.horizontalAdvance(shownName) + fmBold.horizontalAdvance(QStringLiteral("  "));
        painter->setFont(option.font);
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                                 : option.palette.color(QPalette::PlaceholderText));
        const QRect rest = option.direction == Qt::RightToLeft ? r.adjusted(0, 0, -gap, 0) : r.adjusted(gap, 0, 0, 0);
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeading,
                          option.fontMetrics.elidedText(detail, Qt::ElideRight, rest.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QFont bold = option.font;
        bold.setBold(true);
        const int w =
            QFontMetrics(bold).horizontalAdvance(index.data(SearchField::NameRole).toString() + QStringLiteral("  ")) +
            option.fontMetrics.horizontalAdvance(index.data(SearchField::DetailRole).toString()) + 16;
        return {w, option.fontMetrics.height() + 8};
    }
};

} // namespace

SearchField::SearchField(QWidget* parent)
    : QLineEdit(parent), m_model(new QStandardItemModel(this)), m_completer(new QCompleter(m_model, this))
{
    setPlaceholderText(tr("Find a place: Saraqeb, Saraqib, سراقب…"));
    setClearButtonEnabled(true);
    // The suggestions are ranked here, not filtered again by the completer; it only shows them.
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(MatchedNameRole);
    m_completer->setMaxVisibleItems(kMaxSuggestions);
    m_completer->popup()->setItemDelegate(new SuggestionDelegate(m_completer->popup()));
    connect(this, &QLineEdit::returnPressed, this, [this] { search(text()); });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &SearchField::choose);
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        // The clear button empties the field as an edit; so does deleting the last character.
        if (text.isEmpty()) {
            m_completer->popup()->hide();
            emit cleared();
            return;
        }
        if (suggest(text) == 0) {
            m_completer->popup()->hide();
            return;
        }
        // As wide as the suggestions need, not as the field (which may span the window).
        QAbstractItemView* popup = m_completer->popup();
        const int wanted = std::max(kPopupMinWidth, popup->sizeHintForColumn(0)) +
                           popup->verticalScrollBar()->sizeHint().width() + 2 * popup->frameWidth();
        const int w = std::clamp(wanted, std::min(kPopupMinWidth, width()), kPopupMaxWidth);
        const QRect at =
            layoutDirection() == Qt::RightToLeft ? QRect(width() - w, 0, w, height()) : QRect(0, 0, w, height());
        m_completer->complete(at);
        popup->setCurrentIndex({});
    });
}

void SearchField::keyPressEvent(QKeyEvent* event)
{
    // Escape closes the suggestions first; then it clears the field and the search.
    if (event->key() == Qt::Key_Escape && !m_completer->popup()->isVisible()) {
        clear();
        emit cleared();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::setGazetteer(std::shared_ptr<const geo::Gazetteer> gazetteer, QVector<geo::AdminArea> districts,
                               geo::DisplayCrs crs)
{
    m_gazetteer = std::move(gazetteer);
    m_search = std::make_shared<const geo::PlaceSearch>(m_gazetteer, std::move(districts), crs);
    m_model->clear();
}

QString SearchField::detailText(const geo::PlaceSuggestion& s)
{
    QString kind;
    switch (s.place->kind) {
    case geo::PlaceKind::City: kind = tr("city"); break;
    case geo::PlaceKind::Town: kind = tr("town"); break;
    case geo::PlaceKind::Village: kind = tr("village"); break;
    case geo::PlaceKind::Hamlet: kind = tr("hamlet"); break;
    case geo::PlaceKind::Post: kind = tr("post"); break;
    }
    if (!s.area)
        return kind;
    if (s.area->districtEn == s.area->governorateEn)
        return tr("%1 · %2 district and governorate").arg(kind, s.area->districtEn);
    return tr("%1 · %2 district, %3 governorate").arg(kind, s.area->districtEn, s.area->governorateEn);
}

int SearchField::suggest(const QString& query)
{
    m_model->clear();
    if (!m_search)
        return 0;
    for (const geo::PlaceSuggestion& s : m_search->suggest(query, kMaxSuggestions)) {
        // The name as the user typed it (any script), then the place's English name if it differs.
        const QString main = s.place->name(geo::Language::English);
        const QString name = s.matchedName.compare(main, Qt::CaseInsensitive) == 0 || main.isEmpty()
                                 ? s.matchedName
                                 : tr("%1 (%2)").arg(s.matchedName, main);
        auto* item = new QStandardItem(name);
        item->setData(s.place->id, PlaceIdRole);
        item->setData(name, NameRole);
        item->setData(detailText(s), DetailRole);
        item->setData(s.matchedName, MatchedNameRole);
        item->setData(tr("%1 — %2").arg(name, detailText(s)), Qt::ToolTipRole);
        m_model->appendRow(item);
    }
    return m_model->rowCount();
}

void SearchField::choose(const QModelIndex& index)
{
    const QString id = index.data(PlaceIdRole).toString();
    const geo::Place* place = m_gazetteer ? m_gazetteer->byId(id) : nullptr;
    if (!place)
        return;
    m_chosenName = index.data(MatchedNameRole).toString();
    m_chosenId = id;
    setText(m_chosenName);
    emit placeFound(*place);
}

void SearchField::search(const QString& query)
{
    const geo::Place* place = nullptr;
    if (m_gazetteer && !m_chosenId.isEmpty() && query == m_chosenName)
        place = m_gazetteer->byId(m_chosenId); // the suggestion picked, not a namesake
    if (!place && m_gazetteer)
        place = m_gazetteer->find(query);
    if (!place && m_search) // a short start of a name ("Sar"): the first suggestion
        if (const auto first = m_search->suggest(query, 1); !first.isEmpty())
            place = first.first().place;
    if (place)
        emit placeFound(*place);
    else
        emit notFound(query);
}
