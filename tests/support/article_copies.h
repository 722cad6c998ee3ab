// Bundled articles under new ids, with a line added to their text (a new fingerprint): new to any store, even one
// seeded with the bundled articles. For the tests that import batches (kills, concurrent writers, shared windows).
#pragma once

#include <QString>
#include <QStringList>

namespace frontline::test {

// Writes a copy of every bundled history article (":/articles/history/*.geojson", at most COUNT of them; -1: all)
// into FOLDER, each id followed by "-" + SUFFIX and its text by a line naming SUFFIX. Returns the files, in name
// order; empty with *ERROR set on failure. *IDS (optional) gets the new ids, in the same order.
QStringList writeArticleCopies(const QString& folder, const QString& suffix, QString* error, int count = -1,
                               QStringList* ids = nullptr);

} // namespace frontline::test
