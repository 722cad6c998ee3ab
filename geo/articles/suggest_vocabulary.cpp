#include "geo/articles/suggest_vocabulary.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace geo::suggest {

namespace {

QJsonObject readObject(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: missing from the build; rebuild Frontline").arg(path);
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject() && error->isEmpty())
        *error = QStringLiteral("%1: not a JSON object (%2)").arg(path, parse.errorString());
    return doc.object();
}

Vocabulary load()
{
    Vocabulary v;
    v.cues = readObject(QStringLiteral(":/articles/vocabulary/cues.json"), &v.error);
    v.words = readObject(QStringLiteral(":/articles/vocabulary/words.json"), &v.error);
    v.actorAliases = readObject(QStringLiteral(":/articles/vocabulary/actors.json"), &v.error);
    v.actorsFile = readObject(QStringLiteral(":/articles/actors.json"), &v.error);
    return v;
}

} // namespace

const Vocabulary& vocabulary()
{
    static const Vocabulary v = load();
    return v;
}

} // namespace geo::suggest
