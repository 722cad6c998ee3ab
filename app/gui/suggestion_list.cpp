#include "suggestion_list.h"

#include "article_text_view.h"
#include "claim_editor.h"

#include "geo/control/dated_control.h"
#include "geo/core/date_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kIndexRole = Qt::UserRole;
}

SuggestionList::SuggestionList(QWidget* parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_reason(new QLabel(this)),
      m_accept(new QPushButton(tr("A&ccept"), this)), m_reject(new QPushButton(tr("&Reject"), this)),
      m_acceptAll(new QPushButton(tr("Acc&ept all"), this))
{
    m_tree->setHeaderLabels({tr("Kind"), tr("Words"), tr("Points at"), tr("Sure"), tr("Decision")});
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(0);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WordsColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(EntityColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ConfidenceColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DecisionColumn, QHeaderView::ResizeToContents);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 2);
    m_accept->setToolTip(tr("Accept the selected suggestions (Enter)"));
    m_reject->setToolTip(tr("Reject the selected suggestions (Delete)"));
    m_acceptAll->setToolTip(tr("Accept every suggestion not yet rejected"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    buttons->addWidget(m_acceptAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this,
            [this] { emit decided(selectedItems(), WorkbenchItem::Decision::Accepted); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { emit decided(selectedItems(), WorkbenchItem::Decision::Rejected); });
    connect(m_acceptAll, &QPushButton::clicked, this, &SuggestionList::acceptAllRequested);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showReason();
        emit currentItemChanged(currentItem());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this] { emit decided(selectedItems(), WorkbenchItem::Decision::Accepted); });
}

QString SuggestionList::kindLabel(geo::AnnotationKind kind)
{
    switch (kind) {
    case geo::AnnotationKind::Place: return tr("place");
    case geo::AnnotationKind::Road: return tr("road");
    case geo::AnnotationKind::Post: return tr("post");
    case geo::AnnotationKind::Area: return tr("area");
    case geo::AnnotationKind::Border: return tr("border");
    case geo::AnnotationKind::Actor: return tr("actor");
    case geo::AnnotationKind::Figure: return tr("figure");
    case geo::AnnotationKind::Claim: return tr("claim");
    case geo::AnnotationKind::Event: return tr("event");
    }
    return {};
}

QString SuggestionList::figureUnitLabel(const QString& unit)
{
    // What a figure counts, as the article stores it (the vocabulary's English words, resources/articles/vocabulary/
    // words.json), in the interface language; a unit the vocabulary does not have is shown as written.
    static const char* const kUnits[] = {
        QT_TR_NOOP("air strikes"),
        QT_TR_NOOP("armoured vehicles"),
        QT_TR_NOOP("children"),
        QT_TR_NOOP("civilians"),
        QT_TR_NOOP("days"),
        QT_TR_NOOP("deaths"),
        QT_TR_NOOP("displaced"),
        QT_TR_NOOP("families"),
        QT_TR_NOOP("fighters"),
        QT_TR_NOOP("highways"),
        QT_TR_NOOP("inhabitants"),
        QT_TR_NOOP("killed"),
        QT_TR_NOOP("km"),
        QT_TR_NOOP("localities"),
        QT_TR_NOOP("miles"),
        QT_TR_NOOP("military installations"),
        QT_TR_NOOP("military posts"),
        QT_TR_NOOP("months"),
        QT_TR_NOOP("observation posts"),
        QT_TR_NOOP("people"),
        QT_TR_NOOP("percent"),
        QT_TR_NOOP("posts"),
        QT_TR_NOOP("refugees"),
        QT_TR_NOOP("soldiers"),
        QT_TR_NOOP("strikes"),
        QT_TR_NOOP("tanks"),
        QT_TR_NOOP("towns"),
        QT_TR_NOOP("trucks"),
        QT_TR_NOOP("vehicles"),
        QT_TR_NOOP("victims"),
        QT_TR_NOOP("villages"),
        QT_TR_NOOP("weeks"),
        QT_TR_NOOP("wounded"),
        QT_TR_NOOP("years"),
    };
    for (const char* known : kUnits)
        if (unit == QLatin1String(known))
            return tr(known);
    return unit;
}

QString SuggestionList::targetText(const geo::Annotation& a, const geo::EntityCatalog* catalog, geo::Language lang)
{
    auto name = [&](const QString& id) { return catalog ? catalog->name(id, lang) : id; };
    if (a.kind == geo::AnnotationKind::Claim) {
        // The day as the interface language writes it ("8 février 2020"); an interval from its first to its last
        // day; a date the reader could not place, as written.
        QString when = a.eventDate;
        if (a.eventDateFrom.isValid() && a.eventDateFrom == a.eventDateTo)
            when = geo::dateText(a.eventDateFrom, lang);
        else if (a.eventDateFrom.isValid() && a.eventDateTo.isValid())
            when = tr("%1 to %2").arg(geo::dateText(a.eventDateFrom, lang), geo::dateText(a.eventDateTo, lang));
        QString text = tr("%1 → %2, %3")
                           .arg(name(a.place),
                                ClaimEditor::controllerLabel(a.controller.value_or(geo::Controller::Unknown)), when);
        if (!a.claimant.isEmpty())
            text = tr("%1 (%2)").arg(text, geo::sourceNameIn(a.claimant, lang));
        return text;
    }
    if (a.kind == geo::AnnotationKind::Figure)
        return a.value ? tr("%1 %2").arg(QLocale().toString(*a.value), figureUnitLabel(a.unit)).trimmed()
                       : figureUnitLabel(a.unit);
    return name(a.entity);
}

void SuggestionList::setItems(const QList<WorkbenchItem>& items, const geo::EntityCatalog* catalog, geo::Language lang)
{
    const int current = currentItem();
    const QList<int> selected = selectedItems();
    m_items = items;
    m_catalog = catalog;
    m_lang = lang;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QList<QTreeWidgetItem*> rows;
    for (int i = 0; i < items.size(); ++i) {
        const WorkbenchItem& item = items.at(i);
        const geo::Annotation& a = item.annotation;
        QString decision;
        switch (item.decision) {
        case WorkbenchItem::Decision::Pending: decision = tr("to check"); break;
        case WorkbenchItem::Decision::Accepted: decision = item.suggested ? tr("accepted") : tr("added"); break;
        case WorkbenchItem::Decision::Rejected: decision = tr("rejected"); break;
        }
        auto* row =
            new QTreeWidgetItem({kindLabel(a.kind), a.quote.simplified(), targetText(a, catalog, lang),
                                 item.suggested ? tr("%1%").arg(qRound(item.confidence * 100)) : QString(), decision});
        row->setData(0, kIndexRole, i);
        row->setBackground(KindColumn, ArticleTextView::kindColour(a.kind));
        row->setForeground(KindColumn, QColor(Qt::black));
        row->setToolTip(WordsColumn, a.quote);
        row->setToolTip(EntityColumn, a.kind == geo::AnnotationKind::Claim ? a.place : a.entity);
        if (item.decision == WorkbenchItem::Decision::Rejected)
            for (int c = WordsColumn; c <= DecisionColumn; ++c)
                row->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        if (item.decision == WorkbenchItem::Decision::Accepted) {
            QFont bold = row->font(DecisionColumn);
            bold.setBold(true);
            row->setFont(DecisionColumn, bold);
        }
        rows << row;
    }
    m_tree->addTopLevelItems(rows);
    for (int i : selected)
        if (i < rows.size())
            rows.at(i)->setSelected(true);
    if (current >= 0 && current < rows.size())
        m_tree->setCurrentItem(rows.at(current), 0, QItemSelectionModel::NoUpdate);
    showReason();
}

QList<int> SuggestionList::selectedItems() const
{
    QList<int> out;
    for (QTreeWidgetItem* row : m_tree->selectedItems())
        out << row->data(0, kIndexRole).toInt();
    std::sort(out.begin(), out.end());
    if (out.isEmpty() && currentItem() >= 0)
        out << currentItem();
    return out;
}

int SuggestionList::currentItem() const
{
    const QTreeWidgetItem* row = m_tree->currentItem();
    return row ? row->data(0, kIndexRole).toInt() : -1;
}

void SuggestionList::setCurrentItem(int index)
{
    if (index >= 0 && index < m_tree->topLevelItemCount())
        m_tree->setCurrentItem(m_tree->topLevelItem(index));
}

void SuggestionList::showReason()
{
    const int i = currentItem();
    if (i < 0 || i >= m_items.size()) {
        m_reason->setText(tr("Select a suggestion to see why it was made."));
        return;
    }
    const WorkbenchItem& item = m_items.at(i);
    QString text = item.suggested ? tr("Why: %1 (sure at %2%)").arg(item.reason).arg(qRound(item.confidence * 100))
                                  : tr("Added by hand.");
    if (!item.alternatives.isEmpty()) {
        QStringList names;
        for (const QString& id : item.alternatives)
            names << (m_catalog ? m_catalog->name(id, m_lang) : id);
        text += QLatin1Char('\n') + tr("Other candidates: %1").arg(names.join(QStringLiteral(", ")));
    }
    m_reason->setText(text);
}
