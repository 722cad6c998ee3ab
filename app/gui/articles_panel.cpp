#include "articles_panel.h"

#include "geo/articles/text_anchor.h"

#include <QAction>
#include <QApplication>
#include <QPainter>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QHeaderView>
#include <QMenu>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

QString highlightColour(geo::AnnotationKind kind)
{
    switch (kind) {
    case geo::AnnotationKind::Claim:
    case geo::AnnotationKind::Event: return QStringLiteral("#ffd6cc");
    case geo::AnnotationKind::Place:
    case geo::AnnotationKind::Area:
    case geo::AnnotationKind::Border: return QStringLiteral("#fff0b3");
    case geo::AnnotationKind::Road: return QStringLiteral("#ffe0b3");
    case geo::AnnotationKind::Post: return QStringLiteral("#cfe2f3");
    case geo::AnnotationKind::Actor: return QStringLiteral("#e1d5f0");
    case geo::AnnotationKind::Figure: return QStringLiteral("#d9ead3");
    }
    return QStringLiteral("#eeeeee");
}

constexpr int kArticleIdRole = Qt::UserRole;
constexpr int kMetaRole = Qt::UserRole + 1;
constexpr int kMaxTitleLines = 4; // a longer title is cut, whole in the tooltip

// An article as a block on the list's whole width: its title, wrapped, over its date, publisher and language.
class ArticleRowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle* style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, option.widget);
        const bool selected = option.state & QStyle::State_Selected;
        const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
        painter->save();
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        const QString title = shownTitle(index, bold, r.width());
        const QRect titleRect =
            QFontMetrics(bold).boundingRect(QRect(r.left(), r.top(), r.width(), 100000), kTitleFlags, title);
        painter->drawText(QRect(r.left(), r.top(), r.width(), titleRect.height()), kTitleFlags, title);
        painter->setFont(option.font);
        if (!selected)
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(r.left(), r.top() + titleRect.height() + 2, r.width(), option.fontMetrics.height()),
                          Qt::AlignLeading | Qt::TextSingleLine,
                          option.fontMetrics.elidedText(index.data(kMetaRole).toString(), Qt::ElideRight, r.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
        const int width = std::max(80, (view ? view->viewport()->width() : option.rect.width()) - 2 * kMargin);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics fm(bold);
        const int titleHeight =
            fm.boundingRect(QRect(0, 0, width, 100000), kTitleFlags, shownTitle(index, bold, width)).height();
        return {width + 2 * kMargin, titleHeight + 2 + option.fontMetrics.height() + 2 * kMargin};
    }

private:
    static constexpr int kMargin = 4;
    static constexpr int kTitleFlags = Qt::AlignLeading | Qt::TextWordWrap;

    // The whole title, unless it would take more than kMaxTitleLines lines at WIDTH.
    static QString shownTitle(const QModelIndex& index, const QFont& font, int width)
    {
        const QString title = index.data(Qt::DisplayRole).toString();
        const QFontMetrics fm(font);
        const int lines = fm.boundingRect(QRect(0, 0, width, 100000), kTitleFlags, title).height() / fm.lineSpacing();
        if (lines <= kMaxTitleLines)
            return title;
        return fm.elidedText(title, Qt::ElideRight, width * kMaxTitleLines - fm.averageCharWidth() * 8);
    }
};

// A lon/lat point as a reader writes it.
QString pointText(QPointF lonLat)
{
    return QStringLiteral("%1° N, %2° E").arg(lonLat.y(), 0, 'f', 4).arg(lonLat.x(), 0, 'f', 4);
}

} // namespace

QString ArticlesPanel::entitiesHtml(const geo::Article& a)
{
    if (a.entities.isEmpty())
        return {};
    QString html = tr("<h4>Defined in this article</h4>") + QStringLiteral("<ul>");
    for (const geo::LocalEntity& e : a.entities) {
        QStringList names;
        for (auto it = e.names.cbegin(); it != e.names.cend(); ++it)
            names << QStringLiteral("%1 (%2)").arg(it.value(), it.key());
        const QString kind = e.kind == geo::EntityKind::Place ? tr("place") : tr("other");
        const QString where = e.point ? tr("drawn at %1").arg(pointText(*e.point)) : tr("no point given: not drawn");
        html += QStringLiteral("<li><b>%1</b> · %2 · %3<br><small>%4</small></li>")
                    .arg(e.name(a.language).toHtmlEscaped(), kind.toHtmlEscaped(), where.toHtmlEscaped(),
                         (names.join(QStringLiteral(", ")) + QStringLiteral(" · ") + e.id).toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

QString ArticlesPanel::eventsHtml(const geo::Article& a)
{
    QString items;
    for (const geo::Annotation& ann : a.annotations) {
        if (ann.kind != geo::AnnotationKind::Event)
            continue;
        QString what = ann.subEventType.isEmpty() ? ann.eventType : ann.subEventType;
        if (what.isEmpty())
            what = tr("event");
        QStringList facts;
        if (!ann.effectiveDateText.isEmpty())
            facts << tr("in force from %1").arg(ann.effectiveDateText);
        if (!ann.eventDate.isEmpty())
            facts << tr("on %1").arg(ann.eventDate);
        if (!ann.place.isEmpty())
            facts << tr("at %1").arg(ann.place);
        if (!ann.road.isEmpty())
            facts << tr("along %1").arg(ann.road);
        if (ann.widthKm)
            facts << tr("%1 km wide").arg(*ann.widthKm);
        if (!ann.fromPlace.isEmpty() || !ann.toPlace.isEmpty())
            facts << tr("from %1 to %2").arg(ann.fromPlace, ann.toPlace);
        if (!ann.actors.isEmpty())
            facts << ann.actors.join(QStringLiteral(", "));
        const QString quote = a.quotedText(ann);
        items += QStringLiteral("<li><a href='%1'><b>%2</b></a> · %3%4</li>")
                     .arg(annotationLink(a.id, ann.id), what.toHtmlEscaped(),
                          facts.join(QStringLiteral(" · ")).toHtmlEscaped(),
                          quote.isEmpty() ? QString() : QStringLiteral("<br><i>«%1»</i>").arg(quote.toHtmlEscaped()));
    }
    return items.isEmpty() ? QString()
                           : tr("<h4>Events</h4>") + QStringLiteral("<ul>") + items + QStringLiteral("</ul>");
}

ArticlesPanel::ArticlesPanel(QWidget* parent)
    : QWidget(parent), m_list(new QTreeWidget(this)), m_reader(new QTextBrowser(this)),
      m_removeAction(new QAction(tr("Remove article and its claims"), this)),
      m_correctAction(new QAction(tr("Correct…"), this))
{
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(0);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setItemDelegate(new ArticleRowDelegate(m_list));
    m_list->viewport()->installEventFilter(this); // rows take their new heights when the panel is resized
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_reader->setOpenLinks(false);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_reader);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            showArticle(item->data(0, Qt::UserRole).toString());
    });
    connect(m_reader, &QTextBrowser::anchorClicked, this, &ArticlesPanel::activateLink);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QTreeWidgetItem* item = m_list->itemAt(pos);
        if (!item)
            return;
        m_menuArticle = item->data(0, Qt::UserRole).toString();
        QMenu menu;
        menu.setToolTipsVisible(true); // a disabled removal says why
        menu.addAction(m_correctAction);
        menu.addAction(m_removeAction);
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    m_correctAction->setToolTip(tr("Open the article in the workbench; the corrected article replaces it"));
    connect(m_correctAction, &QAction::triggered, this, [this] {
        const QString id = m_menuArticle.isEmpty() ? m_current : m_menuArticle;
        if (!id.isEmpty())
            emit correctRequested(id);
    });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (!m_menuArticle.isEmpty())
            emit removeRequested(m_menuArticle);
    });
}

void ArticlesPanel::setReadOnly(const QString& why)
{
    m_removeAction->setEnabled(why.isEmpty());
    m_removeAction->setToolTip(
        why.isEmpty()
            ? tr("Remove the article, its annotations and its claims from the store")
            : tr("Read-only store: %1").arg(QString(why).replace(QStringLiteral("; "), QStringLiteral(";\n"))));
}

QString ArticlesPanel::annotationLink(const QString& articleId, const QString& annotationId)
{
    QUrl url;
    url.setScheme(QStringLiteral("annotation"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("article"), articleId);
    q.addQueryItem(QStringLiteral("id"), annotationId);
    url.setQuery(q);
    return url.toString(QUrl::FullyEncoded);
}

void ArticlesPanel::setArticles(const QList<geo::Article>& articles)
{
    m_articles = articles;
    const QSignalBlocker block(m_list);
    m_list->clear();
    QList<const geo::Article*> byDate;
    for (const geo::Article& a : articles)
        byDate.append(&a);
    std::stable_sort(byDate.begin(), byDate.end(),
                     [](const geo::Article* x, const geo::Article* y) { return x->published < y->published; });
    for (const geo::Article* a : std::as_const(byDate)) {
        auto* item = new QTreeWidgetItem(m_list, {a->title});
        item->setData(0, kArticleIdRole, a->id);
        QStringList meta{a->published.toString(Qt::ISODate)};
        if (!a->publisher.isEmpty())
            meta << a->publisher;
        if (!a->language.isEmpty())
            meta << a->language;
        if (a->kind == geo::ArticleKind::Summary)
            meta << tr("summary");
        item->setData(0, kMetaRole, meta.join(QStringLiteral(" · ")));
        const QString source =
            a->kind == geo::ArticleKind::Summary ? tr("Summary of cited sources (not a quotation)") : a->url;
        item->setToolTip(0, source.isEmpty() ? a->title : a->title + QLatin1Char('\n') + source);
    }
    if (article(m_current))
        showArticle(m_current);
    else
        m_reader->clear();
}

bool ArticlesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            m_list->doItemsLayout();
    }
    return QWidget::eventFilter(watched, event);
}

const geo::Article* ArticlesPanel::article(const QString& id) const
{
    for (const geo::Article& a : m_articles)
        if (a.id == id)
            return &a;
    return nullptr;
}

void ArticlesPanel::showArticle(const QString& articleId, const QString& annotationId)
{
    const geo::Article* a = article(articleId);
    if (!a)
        return;
    m_current = articleId;
    const geo::TextAnchor index(a->text);
    // Non-overlapping highlights in text order; a nested annotation keeps its outer one's span.
    QList<const geo::Annotation*> spans;
    for (const geo::Annotation& ann : a->annotations)
        if (ann.isAnchored())
            spans.append(&ann);
    std::sort(spans.begin(), spans.end(), [](const auto* x, const auto* y) {
        return x->anchorStart != y->anchorStart ? x->anchorStart < y->anchorStart : x->anchorEnd > y->anchorEnd;
    });
    QString html =
        QStringLiteral("<h3>%1</h3><p style='color:#555'>%2 · %3 · %4%5</p><p>")
            .arg(a->title.toHtmlEscaped(), a->publisher.toHtmlEscaped(), a->published.toString(Qt::ISODate),
                 a->language,
                 a->kind == geo::ArticleKind::Summary ? tr(" · summary of cited sources, not a quotation") : QString());
    qsizetype pos = 0; // UTF-16 index into the text
    auto plain = [&](qsizetype until) {
        html += a->text.mid(pos, until - pos).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        pos = until;
    };
    for (const geo::Annotation* ann : std::as_const(spans)) {
        const qsizetype from = index.utf16Index(ann->anchorStart), to = index.utf16Index(ann->anchorEnd);
        if (from < pos)
            continue; // inside a highlight already drawn
        plain(from);
        const bool current = ann->id == annotationId;
        html += QStringLiteral("<a href='%1' style='background:%2;color:#000;text-decoration:none;%3' title='%4'>")
                    .arg(annotationLink(a->id, ann->id), highlightColour(ann->kind),
                         current ? QStringLiteral("border:2px solid #c00;font-weight:bold") : QString(),
                         (geo::annotationKindName(ann->kind) + QStringLiteral(": ") + ann->entity).toHtmlEscaped());
        plain(to);
        html += QStringLiteral("</a>");
    }
    plain(a->text.size());
    html += QStringLiteral("</p>");
    if (!a->url.isEmpty())
        html += QStringLiteral("<p><a href='%1'>%1</a></p>").arg(a->url.toHtmlEscaped());
    if (!a->notes.isEmpty())
        html += QStringLiteral("<p style='color:#555'>%1</p>").arg(a->notes.toHtmlEscaped());
    html += eventsHtml(*a) + entitiesHtml(*a);
    m_reader->setHtml(html);
    if (!annotationId.isEmpty())
        m_reader->scrollToAnchor(annotationId);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == articleId && m_list->currentItem() != item) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(item);
        }
    }
}

void ArticlesPanel::activateLink(const QUrl& link)
{
    if (link.scheme() != QLatin1String("annotation"))
        return;
    const QUrlQuery q(link);
    const geo::Article* a = article(q.queryItemValue(QStringLiteral("article")));
    if (!a)
        return;
    if (const geo::Annotation* ann = a->annotation(q.queryItemValue(QStringLiteral("id"))))
        emit annotationActivated(*a, *ann);
}
