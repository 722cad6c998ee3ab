#pragma once
// The word lists of the annotation suggester (annotation_suggester.h), read once from the bundled resources:
// resources/articles/vocabulary/{cues,words,actors}.json and resources/articles/actors.json. Private to
// geo/articles.

#include <QJsonObject>
#include <QString>

namespace geo::suggest {

struct Vocabulary {
    QJsonObject cues;         // vocabulary/cues.json
    QJsonObject words;        // vocabulary/words.json
    QJsonObject actorAliases; // vocabulary/actors.json
    QJsonObject actorsFile;   // actors.json
    QString error;            // a file missing or unreadable; empty when all are read
};

// Read on first use (thread-safe), then shared.
const Vocabulary& vocabulary();

} // namespace geo::suggest
