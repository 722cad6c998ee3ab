#include "article_copies.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace frontline::test {

QStringList writeArticleCopies(const QString& folder, const QString& suffix, QString* error, int count,
                               QStringList* ids)
{
    const QString bundled = QStringLiteral(":/articles/history");
    QStringList names = QDir(bundled).entryList({QStringLiteral("*.geojson")}, QDir::Files, QDir::Name);
    if (count >= 0)
        names = names.mid(0, count);
    if (names.isEmpty() || !QDir().mkpath(folder)) {
        *error = QStringLiteral("no bundled articles in %1, or cannot make %2").arg(bundled, folder);
        return {};
    }
    QStringList files;
    for (const QString& name : std::as_const(names)) {
        QFile in(bundled + QLatin1Char('/') + name);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(in.fileName());
            return {};
        }
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject article = root.value(QStringLiteral("article")).toObject();
        const QString id = article.value(QStringLiteral("id")).toString() + QLatin1Char('-') + suffix;
        article.insert(QStringLiteral("id"), id);
        if (ids)
            ids->append(id);
        article.insert(QStringLiteral("text"),
                       article.value(QStringLiteral("text")).toString() + QStringLiteral("\n\n(%1 copy)").arg(suffix));
        root.insert(QStringLiteral("article"), article);
        QFile out(QDir(folder).filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0) {
            *error = QStringLiteral("cannot write %1").arg(out.fileName());
            return {};
        }
        files << out.fileName();
    }
    return files;
}

} // namespace frontline::test
