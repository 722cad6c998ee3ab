#pragma once
// The workbench's rows as the text, the suggester's runs and the user's decisions change them: anchored anew in an
// edited text, merged with a new run, and turned into the article's annotations. Values in, values out: no widget.

#include "suggestion_list.h"

#include "geo/articles/annotation_suggester.h"

#include <QList>
#include <QString>

// Whether A and B annotate the same words with the same entity (a claim: the same place).
bool sameTarget(const geo::Annotation& a, const geo::Annotation& b);
// The rows of a suggester run, pending.
QList<WorkbenchItem> suggestedItems(const QList<geo::Suggestion>& suggestions);
// ITEMS anchored in TEXT: each keeps its words where they still are (what the user decided stays, orphaned if its
// words went, for the check to say); a pending suggestion whose words went is dropped, the next run says anew.
QList<WorkbenchItem> reanchoredItems(const QList<WorkbenchItem>& items, const QString& text);
// What the user decided or added, and SUGGESTED's rows for targets not decided yet (the pending ones of ITEMS are
// replaced): in text order, a claim after the words it ties together.
QList<WorkbenchItem> mergedItems(const QList<WorkbenchItem>& items, const QList<WorkbenchItem>& suggested);
// The accepted rows as the article's annotations, anchored in TEXT and numbered a1, a2…; what came from a
// suggestion is marked "accepted" (a person has looked at it).
QList<geo::Annotation> acceptedAnnotations(const QList<WorkbenchItem>& items, const QString& text);
