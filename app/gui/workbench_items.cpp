#include "workbench_items.h"

#include "geo/articles/text_anchor.h"

#include <algorithm>

namespace {

// A's selector rewritten from the text around its anchored range (quote, prefix, suffix and offsets as ANCHOR
// writes them).
void takeSelector(geo::Annotation* a, const geo::TextAnchor& anchor)
{
    const geo::TextQuote s = anchor.selector(a->anchorStart, a->anchorEnd);
    a->quote = s.quote;
    a->prefix = s.prefix;
    a->suffix = s.suffix;
    a->start = s.start;
    a->end = s.end;
}

} // namespace

bool sameTarget(const geo::Annotation& a, const geo::Annotation& b)
{
    return a.kind == b.kind && a.anchorStart == b.anchorStart && a.anchorEnd == b.anchorEnd &&
           (a.kind == geo::AnnotationKind::Claim ? a.place == b.place : a.entity == b.entity);
}

QList<WorkbenchItem> suggestedItems(const QList<geo::Suggestion>& suggestions)
{
    QList<WorkbenchItem> suggested;
    for (const geo::Suggestion& s : suggestions) {
        WorkbenchItem item;
        item.annotation = s.annotation;
        item.reason = s.reason;
        item.confidence = s.confidence;
        item.alternatives = s.alternatives;
        suggested << item;
    }
    return suggested;
}

QList<WorkbenchItem> reanchoredItems(const QList<WorkbenchItem>& items, const QString& text)
{
    const geo::TextAnchor anchor(text);
    QList<WorkbenchItem> kept;
    for (WorkbenchItem item : items) {
        geo::Annotation& a = item.annotation;
        const geo::TextAnchorResult r =
            anchor.anchor(geo::TextQuote{a.quote, a.prefix, a.suffix, a.anchorStart, a.anchorEnd});
        if (!r.isAnchored() && item.suggested && item.decision == WorkbenchItem::Decision::Pending)
            continue;
        a.anchorStart = r.start;
        a.anchorEnd = r.end;
        if (r.isAnchored())
            takeSelector(&a, anchor);
        kept << item;
    }
    return kept;
}

QList<WorkbenchItem> mergedItems(const QList<WorkbenchItem>& items, const QList<WorkbenchItem>& suggested)
{
    QList<WorkbenchItem> merged;
    for (const WorkbenchItem& item : items)
        if (!item.suggested || item.decision != WorkbenchItem::Decision::Pending)
            merged << item;
    const qsizetype decided = merged.size();
    for (const WorkbenchItem& s : suggested) {
        const bool known = std::any_of(merged.cbegin(), merged.cbegin() + decided,
                                       [&](const WorkbenchItem& d) { return sameTarget(d.annotation, s.annotation); });
        if (!known)
            merged << s;
    }
    std::stable_sort(merged.begin(), merged.end(), [](const WorkbenchItem& a, const WorkbenchItem& b) {
        const bool ca = a.annotation.kind == geo::AnnotationKind::Claim;
        const bool cb = b.annotation.kind == geo::AnnotationKind::Claim;
        return std::pair(a.annotation.anchorStart, ca) < std::pair(b.annotation.anchorStart, cb);
    });
    return merged;
}

QList<geo::Annotation> acceptedAnnotations(const QList<WorkbenchItem>& items, const QString& text)
{
    const geo::TextAnchor anchor(text);
    QList<geo::Annotation> annotations;
    int n = 0;
    for (const WorkbenchItem& item : items) {
        if (item.decision != WorkbenchItem::Decision::Accepted)
            continue;
        geo::Annotation ann = item.annotation;
        ann.id = QStringLiteral("a%1").arg(++n);
        if (item.suggested && ann.origin.isEmpty())
            ann.origin = QStringLiteral("accepted");
        else if (ann.origin == QLatin1String("suggested"))
            ann.origin = QStringLiteral("accepted"); // a person has now looked at it
        if (ann.isAnchored())
            takeSelector(&ann, anchor);
        annotations << ann;
    }
    return annotations;
}
