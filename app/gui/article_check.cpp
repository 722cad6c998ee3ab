#include "article_check.h"

#include "geo/articles/article_reader.h"
#include "geo/articles/article_writer.h"
#include "geo/control/control_timeline.h"

#include <QTemporaryDir>

ArticleCheck checkArticle(const geo::Article& candidate, const QList<geo::Article>& stored,
                          const std::shared_ptr<const geo::EntityCatalog>& catalog, const QString& correcting,
                          const QString& fileName)
{
    ArticleCheck check;
    // Read back as a file is read: every problem the import would refuse, at its line and column.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("article.geojson"));
    QString error;
    if (!geo::saveArticle(candidate, path, &error)) {
        check.problems << error;
        return check;
    }
    const geo::ArticleReadResult read =
        geo::ArticleReader::read(path, [catalog](const QString& id) { return catalog->contains(id); });
    for (geo::ArticleProblem p : read.problems) {
        p.file = fileName;
        check.problems << p.toString();
    }
    QList<geo::Article> after;
    for (const geo::Article& a : stored) {
        if (a.id == correcting)
            continue;
        if (a.fingerprint == candidate.fingerprint && a.id != candidate.id)
            check.sameTextAs = a.id;
        after << a;
    }
    after << (read.article ? *read.article : candidate);
    const geo::ControlTimeline before(stored), then(after);
    for (const geo::Annotation& ann : candidate.annotations) {
        if (ann.kind != geo::AnnotationKind::Claim || !ann.effectiveDate().isValid() || ann.place.isEmpty())
            continue;
        ArticleCheck::Row row;
        row.placeId = ann.place;
        row.date = ann.effectiveDate();
        row.before = before.controlOf(ann.place, row.date).controller;
        if (row.before == geo::Controller::Unknown)
            row.before = then.controlOf(ann.place, row.date.addDays(-1)).controller;
        row.after = then.controlOf(ann.place, row.date).controller;
        check.rows << row;
    }
    return check;
}
