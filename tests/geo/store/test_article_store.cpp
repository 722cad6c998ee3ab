// The article store: a GeoPackage that GIS tools open, where an import lands whole or not at all, the same
// article is kept once, what goes in comes back out, and a file that is not a store is never written to.
#include "geo/articles/article_reader.h"
#include "geo/articles/article_writer.h"
#include "geo/store/article_store.h"
#include "geo/store/control_states.h"
#include "geo/control/control_timeline.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/place_catalog.h"

#include "bundled_data.h"
#include "postgis_cluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace geo;

namespace {

// The suite runs twice: on GeoPackage files, and with FRONTLINE_TEST_STORE=postgis on databases of the throwaway
// PostGIS cluster (the test_article_store_postgis entry of tests/CMakeLists.txt). A case about files only (their
// bytes, their permissions, their paths) says so and is skipped on the second run.
bool onPostgis()
{
    return qEnvironmentVariable("FRONTLINE_TEST_STORE") == QLatin1String("postgis");
}

} // namespace

#define FILE_ONLY(why)                                                                                                 \
    if (onPostgis())                                                                                                   \
    QSKIP("a GeoPackage file case (" why "): the GeoPackage run covers it")

namespace {

const QString kSeed = QStringLiteral(":/articles/afp-2020-02-08-saraqeb.geojson");
const QString kScraped = QStringLiteral(":/articles/afp-2020-02-08-saraqeb-scraped.geojson");
const QString kSeedId = QStringLiteral("afp-2020-02-08-saraqeb");
const QString kMinimal = QStringLiteral(FRONTLINE_TEST_DATA_DIR "/articles/minimal.geojson");
const QString kMinimalId = QStringLiteral("test-2020-02-08");
const QStringList kTables{"frontline_meta", "articles", "annotations", "claims", "control_states"};

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A copy of SOURCE with the first FROM replaced by TO; empty when FROM is not there.
QString variant(const QString& source, const QString& folder, const QString& name, const QByteArray& from,
                const QByteArray& to)
{
    QByteArray bytes = fileBytes(source);
    const qsizetype at = bytes.indexOf(from);
    if (at < 0)
        return {};
    bytes.replace(at, from.size(), to);
    const QString path = QDir(folder).filePath(name);
    return writeFile(path, bytes) ? path : QString();
}

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

// A real number kept in an attribute: GDAL's PostgreSQL driver writes them as text with 15 significant digits
// (the README says so), where a GeoPackage keeps every bit; coordinates travel as binary on both.
QString attributeNumber(double v)
{
    return QString::number(v, 'g', onPostgis() ? 15 : 17);
}

QString describe(const Geometry& g)
{
    QStringList parts;
    for (const auto& part : g.parts) {
        QStringList points;
        for (const QPointF& p : part)
            points << number(p.x()) + ' ' + number(p.y());
        parts << '(' + points.join(", ") + ')';
    }
    return QString::number(int(g.kind)) + ':' + parts.join(' ');
}

// Every field of an article, one line each, so that two articles compare field by field.
QStringList describe(const Article& a)
{
    QStringList out{"formatVersion=" + a.formatVersion,
                    "id=" + a.id,
                    "title=" + a.title,
                    "publisher=" + a.publisher,
                    "url=" + a.url,
                    "published=" + a.published.toString(Qt::ISODate),
                    "language=" + a.language,
                    "kind=" + articleKindName(a.kind),
                    "text=" + a.text,
                    "licence=" + a.licence,
                    "notes=" + a.notes,
                    "fingerprint=" + a.fingerprint};
    const auto name = [](const auto& value, auto toName) { return value ? toName(*value) : QStringLiteral("-"); };
    for (const Annotation& n : a.annotations) {
        const QString p = n.id + '.';
        out << p + "kind=" + annotationKindName(n.kind) << p + "quote=" + n.quote << p + "prefix=" + n.prefix
            << p + "suffix=" + n.suffix << p + "start=" + QString::number(n.start)
            << p + "end=" + QString::number(n.end) << p + "anchorStart=" + QString::number(n.anchorStart)
            << p + "anchorEnd=" + QString::number(n.anchorEnd) << p + "entity=" + n.entity
            << p + "geometry=" + describe(n.geometry)
            << p + "value=" + (n.value ? attributeNumber(*n.value) : QStringLiteral("-")) << p + "unit=" + n.unit
            << p + "eventDate=" + n.eventDate << p + "eventDateFrom=" + n.eventDateFrom.toString(Qt::ISODate)
            << p + "eventDateTo=" + n.eventDateTo.toString(Qt::ISODate)
            << p + "approximateDate=" + QString::number(n.approximateDate)
            << p + "timePrecision=" + QString::number(n.timePrecision) << p + "dateNote=" + n.dateNote
            << p + "subEventType=" + n.subEventType << p + "place=" + n.place
            << p + "controller=" + name(n.controller, controllerName)
            << p + "previousController=" + name(n.previousController, controllerName) << p + "claimant=" + n.claimant
            << p + "claimStatus=" + name(n.claimStatus, claimStatusName)
            << p + "geoPrecision=" + QString::number(n.geoPrecision) << p + "source=" + n.source
            << p + "notes=" + n.notes << p + "origin=" + n.origin;
        // Format 1.1: qualified dates, area claims, events.
        out << p + "dateQualifier=" + QString::number(int(n.dateQualifier))
            << p + "claimScope=" + QString::number(int(n.claimScope))
            << p + "areaShare=" + (n.areaShare ? attributeNumber(*n.areaShare) : QStringLiteral("-"))
            << p + "claimantActor=" + n.claimantActor << p + "eventType=" + n.eventType
            << p + "effectiveDate=" + n.effectiveDateText + ' ' + n.effectiveSpan.from.toString(Qt::ISODate) + ' ' +
                   n.effectiveSpan.to.toString(Qt::ISODate) + ' ' + QString::number(int(n.effectiveSpan.qualifier))
            << p + "road=" + n.road << p + "widthKm=" + (n.widthKm ? attributeNumber(*n.widthKm) : QStringLiteral("-"))
            << p + "fromPlace=" + n.fromPlace << p + "toPlace=" + n.toPlace << p + "actors=" + n.actors.join(',');
    }
    out << "publishedPrecision=" + QString::number(a.publishedPrecision);
    const auto names = [](const QMap<QString, QString>& map) {
        QStringList list;
        for (auto it = map.begin(); it != map.end(); ++it)
            list << it.key() + ':' + it.value();
        return list.join('|');
    };
    for (const LocalEntity& e : a.entities)
        out << "entity " + e.id + " kind=" + QString::number(int(e.kind)) + " names=" + names(e.names) +
                   " point=" + (e.point ? number(e.point->x()) + ' ' + number(e.point->y()) : QStringLiteral("-")) +
                   " source=" + e.source + " notes=" + e.notes;
    for (const ArticleActor& actor : a.actors)
        out << "actor " + actor.id + " kind=" + QString::number(int(actor.kind)) + " names=" + names(actor.names) +
                   " variants=" + actor.variants.join('|') + " role=" + actor.role +
                   " controller=" + (actor.controller ? controllerName(*actor.controller) : QStringLiteral("-")) +
                   " notes=" + actor.notes;
    return out;
}

const QString kSamples11 = QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/articles/samples-1.1");

QStringList samples11()
{
    QStringList files;
    for (const QString& name : QDir(kSamples11).entryList({"*.geojson"}, QDir::Files, QDir::Name))
        files << kSamples11 + '/' + name;
    return files;
}

QStringList describe(const QVector<ControlStateRow>& rows)
{
    QStringList out;
    for (const ControlStateRow& r : rows)
        out << QStringList{r.placeId,
                           r.name,
                           r.lonLat ? number(r.lonLat->x()) + ' ' + number(r.lonLat->y()) : QStringLiteral("-"),
                           r.controller,
                           r.claimStatus,
                           r.validFrom.toString(Qt::ISODate),
                           r.validTo.toString(Qt::ISODate),
                           r.articleId,
                           r.annotationId,
                           r.source,
                           r.supporting.join(';')}
                   .join('|');
    return out;
}

// Every row of every layer of the GeoPackage at PATH, read through GDAL: "table#fid field=value ...
// geometry".
QStringList dumpStore(const QString& path)
{
    // A database lists its attribute tables as layers only when asked.
    const char* const databaseOptions[] = {"LIST_ALL_TABLES=YES", nullptr};
    const bool database = path.startsWith("postgresql:");
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                              database ? databaseOptions : nullptr, nullptr));
    if (!ds)
        return {"<cannot open " + path + '>'};
    QStringList rows;
    for (OGRLayer* layer : ds->GetLayers()) {
        for (const OGRFeatureUniquePtr& f : *layer) {
            QString row = QString::fromUtf8(layer->GetName()) + '#' + QString::number(f->GetFID());
            for (int i = 0; i < f->GetFieldCount(); ++i)
                row += ' ' + QString::fromUtf8(f->GetFieldDefnRef(i)->GetNameRef()) + '=' +
                       (f->IsFieldSetAndNotNull(i) ? QString::fromUtf8(f->GetFieldAsString(i)) : "NULL");
            const OGRGeometry* g = f->GetGeometryRef();
            row += ' ' + (g ? QString::fromStdString(g->exportToWkt()) : QStringLiteral("no geometry"));
            rows << row;
        }
    }
    return rows;
}

Article readArticle(const QString& path, const EntityCatalog& catalog)
{
    const ArticleReadResult r = ArticleReader::read(path, [&](const QString& id) { return catalog.contains(id); });
    return r.article.value_or(Article());
}

// An article made in code, with what the bundled files do not have: own geometries of every kind, a figure
// that no short decimal writes, text outside Latin-1, event fields on a non-claim annotation, a retracted
// claim.
Article syntheticArticle()
{
    Article a;
    a.formatVersion = "article/1";
    a.id = "synthetic-l'armee-2020-01-31"; // a quote inside the id: SQL literals are escaped
    a.title = QString::fromUtf8("سراقب: test");
    a.publisher = "Test Press";
    a.published = QDate(2020, 1, 31);
    a.language = "ar";
    a.kind = ArticleKind::Summary;
    a.text = QString::fromUtf8("قوات النظام في سراقب. Troops near Elsewhere; 1/3 of the 'town' left.");
    a.notes = "No url: made for the test.";
    a.fingerprint = Article::fingerprintOf(a.text);

    Annotation claim;
    claim.id = "c1";
    claim.kind = AnnotationKind::Claim;
    claim.quote = QString::fromUtf8("قوات النظام في سراقب");
    claim.anchorStart = 0;
    claim.anchorEnd = 20;
    claim.eventDate = "2020-01";
    claim.eventDateFrom = QDate(2020, 1, 1);
    claim.eventDateTo = QDate(2020, 1, 31);
    claim.approximateDate = true;
    claim.timePrecision = 3;
    claim.dateNote = "janvier";
    claim.subEventType = "Government regains territory";
    claim.place = "saraqib";
    claim.controller = Controller::Government;
    claim.previousController = Controller::Hts;
    claim.claimant = "SANA";
    claim.claimStatus = ClaimStatus::Retracted;
    claim.geoPrecision = 2;
    claim.source = "https://example.org/source";
    claim.notes = "it's quoted";
    a.annotations << claim;

    Annotation point;
    point.id = "p1";
    point.kind = AnnotationKind::Place;
    point.quote = "Elsewhere";
    point.prefix = "Troops near ";
    point.start = 34;
    point.end = 43;
    point.anchorStart = 34;
    point.anchorEnd = 43;
    point.entity = "elsewhere";
    point.geometry = {GeometryKind::Point, {{QPointF(36.1 + 1e-13, 35.2)}}};
    point.eventDate = "2020-01-31";
    point.eventDateFrom = point.eventDateTo = QDate(2020, 1, 31);
    a.annotations << point;

    Annotation line = point;
    line = Annotation();
    line.id = "l1";
    line.kind = AnnotationKind::Road;
    line.quote = "Troops";
    line.entity = "road:M5";
    line.geometry = {GeometryKind::Line, {{QPointF(36.0, 35.0), QPointF(36.5, 35.5)}, {QPointF(1, 2), QPointF(3, 4)}}};
    a.annotations << line;

    Annotation area;
    area.id = "g1";
    area.kind = AnnotationKind::Area;
    area.quote = "town";
    area.entity = "area:SY07";
    area.geometry = {GeometryKind::Polygon,
                     {{QPointF(0, 0), QPointF(4, 0), QPointF(4, 4), QPointF(0, 0)},
                      {QPointF(1, 1), QPointF(2, 1), QPointF(2, 2), QPointF(1, 1)}}};
    a.annotations << area;

    Annotation figure;
    figure.id = "f1";
    figure.kind = AnnotationKind::Figure;
    figure.quote = "1/3";
    figure.entity = "figure";
    figure.value = 1.0 / 3.0;
    figure.unit = "fraction";
    figure.origin = "accepted";
    a.annotations << figure;
    return a;
}

// Sets or clears the immutable attribute of PATH (chattr +i), which denies writing to root as well; root may set it
// on the usual Linux file systems (ext4, xfs, btrfs, tmpfs).
bool setImmutable(const QString& path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}

// Makes the store at PATH (of this version's schema) a store as schema VERSION made it: without the tables and
// columns added since, and with that schema_version.
void makeOlder(const QString& path, int version)
{
    const char* const databaseOptions[] = {"LIST_ALL_TABLES=YES", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                                              path.startsWith("postgresql:") ? databaseOptions : nullptr, nullptr));
    QVERIFY(ds);
    QStringList sql;
    for (const StoreTable& table : StoreLayout::tables()) {
        if (table.since > version) {
            sql << QString("DROP TABLE \"%1\"").arg(table.name);
            continue;
        }
        for (const StoreField& field : table.fields) {
            if (field.since > version)
                sql << QString("ALTER TABLE \"%1\" DROP COLUMN \"%2\"").arg(table.name, field.name);
        }
    }
    sql << QString("UPDATE frontline_meta SET value = '%1' WHERE key = 'schema_version'").arg(version);
    for (const QString& statement : std::as_const(sql)) {
        CPLErrorReset();
        OGRLayer* result = ds->ExecuteSQL(statement.toUtf8().constData(), nullptr, nullptr);
        if (result)
            ds->ReleaseResultSet(result);
        QVERIFY2(CPLGetLastErrorType() < CE_Failure, qPrintable(statement + ": " + CPLGetLastErrorMsg()));
    }
}

} // namespace

class TestArticleStore : public QObject {
    Q_OBJECT
private:
    // A store holding kMinimal whose first claim a GIS user edited to a controller outside the vocabulary.
    void storeWithAnEditedClaim(const QTemporaryDir& dir);

private slots:
    void initTestCase();
    void defaultPathIsInTheDataFolder();
    void newStoreIsReadyForGis_data();
    void newStoreIsReadyForGis();
    void sameArticleTwiceIsStoredOnce();
    void sameTextUnderAnotherIdIsRecognised_data();
    void sameTextUnderAnotherIdIsRecognised();
    void sameIdWithAnotherTextIsRefused();
    void failedImportChangesNothing_data();
    void failedImportChangesNothing();
    void roundTrip_data();
    void roundTrip();
    void pointsComeFromTheCatalog();
    void removeArticle();
    void reopenKeepsWhatWasImported();
    void refusesFilesThatAreNotAStore_data();
    void refusesFilesThatAreNotAStore();
    void unwritableLocation_data();
    void unwritableLocation();
    void controlStates();
    void invalidControlStatesAreRefused_data();
    void invalidControlStatesAreRefused();
    void seedsBundledArticlesOnce();
    void valuesOutsideTheVocabularyAreReported();
    void importsDeriveTheControlStatesInTheirTransaction();
    void anImportThatCannotDeriveChangesNothing();
    void staleControlStatesAreDerivedAgain();
    void changesAreCountedAndSaid();
    void aSchema1StoreIsUpgradedByItsFirstWriter();
    void aStaleRemovalIsRefused();
    void aCorrectionIsANewRevision();
    void theSameArticleAgainAddsNothing();
    void theHistoryIsReadable();
    void aCorrectedTextIsARevisionOnlyWhenAsked();
    void sameTextUnderAnotherIdWithOtherAnnotationsIsARevision();
    void aSchema2StoreIsUpgradedWithAnEmptyHistory();
    void samples11ComeBackWhole_data();
    void samples11ComeBackWhole();
    void anEarlierRevisionOf11ComesBackWhole();
    void aSchema3StoreIsUpgraded();

private:
    // kMinimal with its claim's date corrected (DAY instead of 2020-02-08), written in DIR.
    QString corrected(const QTemporaryDir& dir, const QString& day);
    // The store of the case that owns DIR: DIR/frontline.gpkg, or on the PostGIS run a new database.
    QString location(const QTemporaryDir& dir);
    std::unique_ptr<ArticleStore> openStore(const QTemporaryDir& dir);
    std::shared_ptr<const EntityCatalog> m_catalog;
    frontline::test::PostgisCluster m_cluster{QStringLiteral(FRONTLINE_TEST_PG)};
    QHash<QString, QString> m_databases; // by folder
};

void TestArticleStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    GDALAllRegister();
    QString error;
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

QString TestArticleStore::location(const QTemporaryDir& dir)
{
    if (!onPostgis())
        return dir.filePath("frontline.gpkg");
    QString& database = m_databases[dir.path()];
    if (database.isEmpty()) {
        QString error;
        const QString name = m_cluster.newDatabase(QStringLiteral("article_store"), &error);
        if (name.isEmpty())
            qWarning("cannot make a database on the test cluster: %s", qPrintable(error));
        database = m_cluster.connectionTo(name);
    }
    return database;
}

std::unique_ptr<ArticleStore> TestArticleStore::openStore(const QTemporaryDir& dir)
{
    QString error;
    auto store = ArticleStore::open(location(dir), &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

void TestArticleStore::defaultPathIsInTheDataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = ArticleStore::defaultPath();
    QCOMPARE(path, QDir(folder).filePath("frontline.gpkg"));
    QVERIFY(QFileInfo(folder).isDir());
}

void TestArticleStore::newStoreIsReadyForGis_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("geometryType");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("fieldType");
    QTest::addColumn<int>("subType");
    QTest::newRow("control_states valid_from")
        << "control_states" << int(wkbPoint) << "valid_from" << int(OFTDate) << int(OFSTNone);
    QTest::newRow("control_states valid_to")
        << "control_states" << int(wkbPoint) << "valid_to" << int(OFTDate) << int(OFSTNone);
    QTest::newRow("claims effective_date")
        << "claims" << int(wkbPoint) << "effective_date" << int(OFTDate) << int(OFSTNone);
    QTest::newRow("claims approximate") << "claims" << int(wkbPoint) << "approximate" << int(OFTInteger)
                                        << int(OFSTBoolean);
    QTest::newRow("annotations value") << "annotations" << int(wkbPoint) << "value" << int(OFTReal) << int(OFSTNone);
    QTest::newRow("annotations end") << "annotations" << int(wkbPoint) << "end" << int(OFTInteger) << int(OFSTNone);
    QTest::newRow("articles published") << "articles" << int(wkbNone) << "published" << int(OFTDate) << int(OFSTNone);
    QTest::newRow("articles imported_at")
        << "articles" << int(wkbNone) << "imported_at" << int(OFTDateTime) << int(OFSTNone);
}

void TestArticleStore::newStoreIsReadyForGis()
{
    QFETCH(QString, table);
    QFETCH(int, geometryType);
    QFETCH(QString, field);
    QFETCH(int, fieldType);
    QFETCH(int, subType);
    QTemporaryDir dir;
    {
        auto store = openStore(dir);
        QVERIFY(store);
        QCOMPARE(store->rowCount(table), 0);
        QCOMPARE(store->rowCount("no_such_table"), -1);
    }
    GDALDatasetUniquePtr ds(GDALDataset::Open(location(dir).toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              nullptr, nullptr, nullptr));
    QVERIFY(ds);
    QCOMPARE(QString::fromUtf8(ds->GetDriver()->GetDescription()), QString(onPostgis() ? "PostgreSQL" : "GPKG"));
    OGRLayer* layer = ds->GetLayerByName(table.toUtf8().constData());
    QVERIFY(layer);
    QCOMPARE(int(layer->GetGeomType()), geometryType);
    if (geometryType != wkbNone) {
        QVERIFY(layer->GetSpatialRef());
        QCOMPARE(QString::fromUtf8(layer->GetSpatialRef()->GetAuthorityCode(nullptr)), QString("4326"));
    }
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    const int i = defn->GetFieldIndex(field.toUtf8().constData());
    QVERIFY2(i >= 0, qPrintable(field));
    QCOMPARE(int(defn->GetFieldDefn(i)->GetType()), fieldType);
    QCOMPARE(int(defn->GetFieldDefn(i)->GetSubType()), subType);
}

void TestArticleStore::sameArticleTwiceIsStoredOnce()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QStringList messages;
    QVERIFY2(store->importFiles({kSeed}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    QCOMPARE(store->articleIds(), QStringList{kSeedId});
    QCOMPARE(store->rowCount("articles"), 1);
    QCOMPARE(store->rowCount("annotations"), 77);
    QCOMPARE(store->rowCount("claims"), 3);

    QList<int> counts;
    for (const QString& table : kTables)
        counts << store->rowCount(table);
    const QStringList before = dumpStore(store->path());

    messages.clear();
    QVERIFY2(store->importFiles({kScraped}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    QVERIFY2(messages.join('\n').contains("the same article as " + kSeedId + " (same text, re-flowed)"),
             qPrintable(messages.join('\n')));
    QList<int> countsAfter;
    for (const QString& table : kTables)
        countsAfter << store->rowCount(table);
    QCOMPARE(countsAfter, counts);
    QCOMPARE(dumpStore(store->path()), before);

    const ImportResult again = store->importArticle(readArticle(kSeed, *m_catalog), kSeed, *m_catalog);
    QCOMPARE(int(again.status), int(ImportResult::Status::AlreadyPresent));
    QCOMPARE(again.existingArticleId, kSeedId);
    QVERIFY2(again.message.contains("(same text)"), qPrintable(again.message));
    QCOMPARE(dumpStore(store->path()), before);
}

void TestArticleStore::sameTextUnderAnotherIdIsRecognised_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("how");
    QTest::newRow("paragraphs") << kSeed << "(same text)";
    QTest::newRow("scraped") << kScraped << "(same text, re-flowed)";
}

void TestArticleStore::sameTextUnderAnotherIdIsRecognised()
{
    QFETCH(QString, file);
    QFETCH(QString, how);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QVERIFY(store->importArticle(readArticle(kSeed, *m_catalog), kSeed, *m_catalog).status ==
            ImportResult::Status::Imported);
    const QStringList before = dumpStore(store->path());
    Article copy = readArticle(file, *m_catalog);
    copy.id = "afp-copy";
    const ImportResult r = store->importArticle(copy, file, *m_catalog);
    QCOMPARE(int(r.status), int(ImportResult::Status::AlreadyPresent));
    QCOMPARE(r.articleId, QString("afp-copy"));
    QCOMPARE(r.existingArticleId, kSeedId);
    QVERIFY2(r.message.contains("the same article as " + kSeedId + ' ' + how), qPrintable(r.message));
    QCOMPARE(dumpStore(store->path()), before);
}

void TestArticleStore::sameIdWithAnotherTextIsRefused()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QStringList messages;
    QVERIFY2(store->importFiles({kMinimal}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    const QStringList before = dumpStore(store->path());

    Article changed = readArticle(kMinimal, *m_catalog);
    changed.text += " Fin.";
    const ImportResult r = store->importArticle(changed, "changed.geojson", *m_catalog);
    QCOMPARE(int(r.status), int(ImportResult::Status::Failed));
    QVERIFY2(r.message.contains("with a different text"), qPrintable(r.message));
    QVERIFY2(r.message.contains(kMinimal), qPrintable(r.message)); // where the stored one came from
    QCOMPARE(dumpStore(store->path()), before);
    QCOMPARE(store->articles(nullptr).value(0).text, readArticle(kMinimal, *m_catalog).text);
}

void TestArticleStore::failedImportChangesNothing_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("positioned");
    QTest::newRow("quote that does not anchor")
        << QByteArray("\"quote\": \"Des unités de l'armée contrôlent")
        << QByteArray("\"quote\": \"Des unités de la marine contrôlent") << kSeed << "does not anchor" << true;
    QTest::newRow("unknown entity") << QByteArray("\"entity\": \"saraqib\"") << QByteArray("\"entity\": \"atlantis\"")
                                    << kSeed << "unknown entity \"atlantis\"" << true;
    QTest::newRow("unknown place of a claim")
        << QByteArray("\"place\": \"saraqib\"") << QByteArray("\"place\": \"atlantis\"") << kSeed
        << "unknown place \"atlantis\"" << true;
    QTest::newRow("missing file") << QByteArray() << QByteArray() << QString() << "missing.geojson" << false;
    // Read without a problem; refused inside the transaction, after the first file's rows were written.
    QTest::newRow("stored id with another text")
        << QByteArray("de la M4.\"") << QByteArray("de la M4. Fin.\"") << kMinimal << "with a different text" << false;
}

void TestArticleStore::failedImportChangesNothing()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QFETCH(bool, positioned);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QStringList messages;
    QVERIFY2(store->importFiles({kMinimal}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    QVERIFY(store->replaceControlStates({{"saraqib",
                                          "Saraqib",
                                          QPointF(36.8, 35.86),
                                          "government",
                                          "claimed",
                                          QDate(2020, 2, 8),
                                          QDate(),
                                          kMinimalId,
                                          "a3",
                                          "AFP, 2020-02-08",
                                          {}}}));
    const QStringList before = dumpStore(store->path());
    QVERIFY(before.size() > 5);

    const QString bad =
        base.isEmpty() ? dir.filePath("missing.geojson") : variant(base, dir.path(), "fixture.geojson", from, to);
    QVERIFY(!bad.isEmpty());
    messages.clear();
    QVERIFY(!store->importFiles({kSeed, bad, kScraped}, *m_catalog, &messages));
    const QString all = messages.join('\n');
    QVERIFY2(all.contains(expected), qPrintable(all));
    QVERIFY2(all.contains("nothing imported"), qPrintable(all));
    if (positioned)
        QVERIFY2(all.contains(QRegularExpression(QRegularExpression::escape(bad) + ":\\d+:\\d+: ")), qPrintable(all));
    QCOMPARE(dumpStore(store->path()), before);
    QCOMPARE(store->articleIds(), QStringList{kMinimalId});

    // The same store takes the good files afterwards.
    messages.clear();
    QVERIFY2(store->importFiles({kSeed, kScraped}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    QCOMPARE(store->articleIds(), (QStringList{kMinimalId, kSeedId}));
}

void TestArticleStore::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("paragraphs") << kSeed;
    QTest::newRow("scraped") << kScraped;
    QTest::newRow("minimal") << kMinimal;
    QTest::newRow("synthetic") << QString();
}

void TestArticleStore::roundTrip()
{
    QFETCH(QString, file);
    const Article article = file.isEmpty() ? syntheticArticle() : readArticle(file, *m_catalog);
    QVERIFY(!article.id.isEmpty());
    QVERIFY(!article.annotations.isEmpty());
    QTemporaryDir dir;
    for (int pass = 0; pass < 2; ++pass) { // imported, then after reopening the file
        auto store = openStore(dir);
        QVERIFY(store);
        if (pass == 0) {
            const ImportResult r = store->importArticle(article, file, *m_catalog);
            QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.message));
        }
        QString error;
        const QList<Article> stored = store->articles(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(describe(stored.first()), describe(article));
    }
}

void TestArticleStore::pointsComeFromTheCatalog()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    const Article article = readArticle(kSeed, *m_catalog);
    QVERIFY(store->importArticle(article, kSeed, *m_catalog).ok());
    QVERIFY(store->importArticle(syntheticArticle(), QString(), *m_catalog).ok());
    QHash<QString, QString> placeOf; // a claim without an entity is shown at its place
    for (const Article& a : {article, syntheticArticle()}) {
        for (const Annotation& n : a.annotations)
            placeOf.insert(n.id, n.place);
    }

    GDALDatasetUniquePtr ds(GDALDataset::Open(store->path().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              nullptr, nullptr, nullptr));
    QVERIFY(ds);
    int located = 0, unlocated = 0;
    for (const char* table : {"annotations", "claims"}) {
        OGRLayer* layer = ds->GetLayerByName(table);
        QVERIFY(layer);
        for (const OGRFeatureUniquePtr& f : *layer) {
            const QString annotationId = QString::fromUtf8(f->GetFieldAsString("annotation_id"));
            QString entity = QString(table) == "claims" ? QString::fromUtf8(f->GetFieldAsString("place_id"))
                                                        : QString::fromUtf8(f->GetFieldAsString("entity"));
            if (entity.isEmpty())
                entity = placeOf.value(annotationId);
            std::optional<QPointF> expected = m_catalog->lonLat(entity);
            if (annotationId == "p1") // not in the catalog: its own point
                expected = QPointF(36.1 + 1e-13, 35.2);
            const OGRGeometry* g = f->GetGeometryRef();
            const QString what = QString("%1 %2 (%3)").arg(table, annotationId, entity);
            QVERIFY2(bool(g) == expected.has_value(), qPrintable(what));
            if (g) {
                QCOMPARE(g->toPoint()->getX(), expected->x());
                QCOMPARE(g->toPoint()->getY(), expected->y());
                ++located;
            } else {
                ++unlocated;
            }
        }
    }
    QVERIFY(located > 10);
    QVERIFY(unlocated > 10); // actors, roads, areas and figures have no point
}

void TestArticleStore::removeArticle()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QStringList messages;
    QVERIFY2(store->importFiles({kMinimal, kSeed}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    QVERIFY(!store->controlStates().isEmpty());
    const auto articleRowsOf = [](const QStringList& dump, const QString& id) {
        QStringList rows = dump.filter(id);
        rows.removeIf(
            [](const QString& row) { return row.startsWith("control_states#") || row.startsWith("frontline_meta#"); });
        return rows;
    };
    const QStringList minimalRows = articleRowsOf(dumpStore(store->path()), kMinimalId);

    QString error;
    QVERIFY2(store->removeArticle(kSeedId, *m_catalog, &error), qPrintable(error));
    QCOMPARE(store->articleIds(), QStringList{kMinimalId});
    QCOMPARE(store->rowCount("articles"), 1);
    QCOMPARE(store->rowCount("annotations"), 3);
    QCOMPARE(store->rowCount("claims"), 1);
    // The control states, derived again in the same transaction, rest on what is left.
    QCOMPARE(store->controlStates(), controlStateRows(ControlTimeline(store->articles(&error)), *m_catalog));
    QVERIFY(store->controlStatesMatchArticles());
    QStringList after = dumpStore(store->path());
    QCOMPARE(store->lastChange().what, "removed " + kSeedId);
    after.removeIf([](const QString& row) { return row.startsWith("frontline_meta#"); });
    QVERIFY(after.filter(kSeedId).isEmpty());
    QCOMPARE(articleRowsOf(after, kMinimalId), minimalRows);

    const QStringList beforeRefused = dumpStore(store->path());
    QVERIFY(!store->removeArticle(kSeedId, *m_catalog, &error));
    QVERIFY2(error.contains("no article \"" + kSeedId + '"'), qPrintable(error));
    QCOMPARE(dumpStore(store->path()), beforeRefused);
}

void TestArticleStore::reopenKeepsWhatWasImported()
{
    QTemporaryDir dir;
    QStringList messages;
    {
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY2(store->importFiles({kSeed, kMinimal}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    }
    auto store = openStore(dir);
    QVERIFY(store);
    QCOMPARE(store->articleIds(), (QStringList{kSeedId, kMinimalId}));
    QCOMPARE(store->rowCount("annotations"), 80);
    const QList<Article> stored = store->articles(nullptr);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(describe(stored.at(0)), describe(readArticle(kSeed, *m_catalog)));
    QCOMPARE(describe(stored.at(1)), describe(readArticle(kMinimal, *m_catalog)));
}

void TestArticleStore::refusesFilesThatAreNotAStore_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("random bytes") << "random"
                                  << "not a GeoPackage, or a damaged one (the file is not an SQLite";
    QTest::newRow("text file") << "text"
                               << "not a GeoPackage, or a damaged one (the file is not an SQLite";
    QTest::newRow("empty file") << "empty"
                                << "not a GeoPackage, or a damaged one (the file is empty)";
    QTest::newRow("GeoPackage of another application") << "foreign"
                                                       << "not a Frontline store";
    QTest::newRow("store of a newer Frontline")
        << "newer" << QStringLiteral("newer Frontline (store schema %1").arg(StoreLayout::schemaVersion + 1);
    QTest::newRow("store with a table missing") << "missing table"
                                                << "table claims is missing";
    QTest::newRow("truncated store") << "truncated"
                                     << "damaged";
}

void TestArticleStore::refusesFilesThatAreNotAStore()
{
    FILE_ONLY("files that are not a store");
    QFETCH(QString, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath("frontline.gpkg");
    if (content == "random") {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(20200208);
        generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        QVERIFY(writeFile(path, bytes));
    } else if (content == "text") {
        QVERIFY(writeFile(path, "Notes on the Idleb front, not a database.\n"));
    } else if (content == "empty") {
        QVERIFY(writeFile(path, {}));
    } else if (content == "foreign") {
        GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.toUtf8().constData(), 0, 0,
                                                                                        0, GDT_Unknown, nullptr));
        QVERIFY(ds);
        QVERIFY(ds->CreateLayer("roads", nullptr, wkbLineString, nullptr));
    } else {
        {
            auto store = openStore(dir);
            QVERIFY(store);
            QStringList messages;
            QVERIFY2(store->importFiles({kMinimal}, *m_catalog, &messages), qPrintable(messages.join('\n')));
        }
        if (content == "truncated") {
            QFile file(path);
            QVERIFY(file.resize(file.size() / 2));
        } else {
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                                      nullptr, nullptr, nullptr));
            QVERIFY(ds);
            if (content == "newer") {
                OGRLayer* meta = ds->GetLayerByName("frontline_meta");
                QVERIFY(meta);
                for (const OGRFeatureUniquePtr& f : *meta) {
                    if (QByteArray(f->GetFieldAsString("key")) == "schema_version") {
                        f->SetField("value", QByteArray::number(StoreLayout::schemaVersion + 1).constData());
                        QCOMPARE(meta->SetFeature(f.get()), OGRERR_NONE);
                    }
                }
            } else {
                for (int i = 0; i < ds->GetLayerCount(); ++i) {
                    if (QByteArray(ds->GetLayer(i)->GetName()) == "claims")
                        QCOMPARE(ds->DeleteLayer(i), OGRERR_NONE);
                }
            }
        }
    }
    const QByteArray before = fileBytes(path);
    QString error;
    QVERIFY(!ArticleStore::open(path, &error));
    QVERIFY2(error.startsWith(path + ": "), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains("aside"), qPrintable(error));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"frontline.gpkg"});
}

void TestArticleStore::unwritableLocation_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("expected");
    // /proc/sys/vm refuses new files to root too, so the row holds whoever runs the suite.
    QTest::newRow("read-only folder") << "read-only folder"
                                      << "the folder /proc/sys/vm is read-only";
    QTest::newRow("read-only store file") << "read-only file"
                                          << "the store is read-only";
    QTest::newRow("folder that does not exist") << "no folder"
                                                << "does not exist";
    QTest::newRow("folder that is a file") << "file as folder"
                                           << "is a file, not a folder";
}

void TestArticleStore::unwritableLocation()
{
    FILE_ONLY("folders and files without write permission");
    QFETCH(QString, situation);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path = dir.filePath("frontline.gpkg");
    bool immutable = false;
    auto restore = qScopeGuard([&] {
        if (immutable)
            setImmutable(path, false);
        if (situation == "read-only file") // so that the temporary folder can be removed
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    });
    if (situation == "read-only folder") {
        path = QStringLiteral("/proc/sys/vm/frontline.gpkg");
    } else if (situation == "read-only file") {
        QVERIFY(openStore(dir));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        // Root writes whatever the mode bits say; the immutable attribute stops root too.
        if (QFileInfo(path).isWritable()) {
            immutable = setImmutable(path, true);
            QVERIFY2(immutable, "cannot set the immutable attribute (chattr +i) on a file in the temporary folder");
        }
        QVERIFY(!QFileInfo(path).isWritable());
    } else if (situation == "no folder") {
        path = dir.filePath("missing/frontline.gpkg");
    } else {
        QVERIFY(writeFile(dir.filePath("notes.txt"), "a file"));
        path = dir.filePath("notes.txt/frontline.gpkg");
    }
    const QByteArray before = fileBytes(path);
    QString error;
    const bool opened = bool(ArticleStore::open(path, &error));
    QVERIFY(!opened);
    QVERIFY2(error.startsWith(path + ": "), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(fileBytes(path), before);
}

void TestArticleStore::controlStates()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    const QVector<ControlStateRow> rows{{"saraqib",
                                         "Saraqeb",
                                         QPointF(36.80591, 35.86447),
                                         "opposition",
                                         "assessed",
                                         QDate(2019, 5, 1),
                                         QDate(2020, 2, 7),
                                         "",
                                         "",
                                         "ISW, 2019-05-01",
                                         {}},
                                        {"saraqib",
                                         "Saraqeb",
                                         QPointF(36.80591, 35.86447),
                                         "government",
                                         "claimed",
                                         QDate(2020, 2, 8),
                                         QDate(),
                                         kSeedId,
                                         "a1",
                                         "AFP, 2020-02-08",
                                         {"x#y"}},
                                        {"osm:node/1",
                                         QString::fromUtf8("سراقب"),
                                         std::nullopt,
                                         "contested",
                                         "disputed",
                                         QDate(2020, 2, 8),
                                         QDate(2020, 2, 8),
                                         "x",
                                         "y",
                                         "",
                                         {}}};
    QString error;
    QVERIFY2(store->replaceControlStates(rows, &error), qPrintable(error));
    QCOMPARE(store->rowCount("control_states"), 3);
    QCOMPARE(describe(store->controlStates(&error)), describe(rows));
    QVERIFY(dumpStore(store->path()).filter("control_states#").join('\n').contains("valid_to=NULL"));

    QVERIFY2(store->replaceControlStates({rows.at(1)}, &error), qPrintable(error));
    QCOMPARE(describe(store->controlStates(&error)), describe({rows.at(1)}));
    QVERIFY2(store->replaceControlStates({}, &error), qPrintable(error));
    QCOMPARE(store->rowCount("control_states"), 0);
}

void TestArticleStore::invalidControlStatesAreRefused_data()
{
    QTest::addColumn<QString>("placeId");
    QTest::addColumn<QDate>("validFrom");
    QTest::addColumn<QDate>("validTo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no place") << "" << QDate(2020, 2, 8) << QDate() << "has no place id";
    QTest::newRow("no start") << "saraqib" << QDate() << QDate() << "has no valid_from";
    QTest::newRow("ends before it starts") << "saraqib" << QDate(2020, 2, 8) << QDate(2020, 2, 7) << "before it starts";
}

void TestArticleStore::invalidControlStatesAreRefused()
{
    QFETCH(QString, placeId);
    QFETCH(QDate, validFrom);
    QFETCH(QDate, validTo);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    const ControlStateRow good{"saraqib", "Saraqeb", std::nullopt, "government", "claimed", QDate(2020, 2, 8),
                               {},        "",        "",           "",           {}};
    QVERIFY(store->replaceControlStates({good}));
    const QStringList before = dumpStore(store->path());
    ControlStateRow bad = good;
    bad.placeId = placeId;
    bad.validFrom = validFrom;
    bad.validTo = validTo;
    QString error;
    QVERIFY(!store->replaceControlStates({good, bad}, &error));
    QVERIFY2(error.contains("control state 2 ") && error.contains(expected), qPrintable(error));
    QCOMPARE(dumpStore(store->path()), before);
}

void TestArticleStore::seedsBundledArticlesOnce()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QStringList messages;
    QVERIFY2(store->seedBundled({kSeed, kScraped}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    QCOMPARE(store->articleIds(), QStringList{kSeedId});
    const QStringList seeded = dumpStore(store->path());

    messages.clear();
    QVERIFY2(store->seedBundled({kSeed, kScraped}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    QVERIFY2(messages.join('\n').contains("nothing added"), qPrintable(messages.join('\n')));
    QCOMPARE(dumpStore(store->path()), seeded);

    // The user removed the bundled article: it stays removed, on this run and the next start.
    QString error;
    QVERIFY2(store->removeArticle(kSeedId, *m_catalog, &error), qPrintable(error));
    store.reset();
    store = openStore(dir);
    QVERIFY(store);
    QVERIFY(store->seedBundled({kSeed, kScraped}, *m_catalog, &messages));
    QCOMPARE(store->articleIds(), QStringList());
}

void TestArticleStore::storeWithAnEditedClaim(const QTemporaryDir& dir)
{
    {
        auto store = openStore(dir);
        QVERIFY(store);
        QStringList messages;
        QVERIFY2(store->importFiles({kMinimal}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    }
    GDALDatasetUniquePtr ds(GDALDataset::Open(location(dir).toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                              nullptr, nullptr, nullptr));
    QVERIFY(ds);
    OGRLayer* claims = ds->GetLayerByName("claims");
    QVERIFY(claims);
    OGRFeatureUniquePtr f(claims->GetNextFeature());
    QVERIFY(f);
    f->SetField("controller", "rebels");
    QCOMPARE(claims->SetFeature(f.get()), OGRERR_NONE);
}

void TestArticleStore::valuesOutsideTheVocabularyAreReported()
{
    QTemporaryDir dir;
    storeWithAnEditedClaim(dir);
    if (QTest::currentTestFailed())
        return;
    auto store = openStore(dir);
    QVERIFY(store);
    QString error;
    QVERIFY(store->articles(&error).isEmpty());
    QVERIFY2(error.contains("table claims, row 1: controller \"rebels\" is not a known value"), qPrintable(error));
    QCOMPARE(store->articleIds(), QStringList{kMinimalId});
}

void TestArticleStore::importsDeriveTheControlStatesInTheirTransaction()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QStringList messages;
    QVERIFY2(store->importFiles({kSeed}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    QString error;
    const auto derived = [&] { return controlStateRows(ControlTimeline(store->articles(&error)), *m_catalog); };
    QVERIFY(!derived().isEmpty());
    QCOMPARE(store->controlStates(), derived());
    QVERIFY(store->controlStatesMatchArticles());

    QCOMPARE(store->importArticle(readArticle(kMinimal, *m_catalog), kMinimal, *m_catalog).status,
             ImportResult::Status::Imported);
    QCOMPARE(store->controlStates(), derived());
    QVERIFY(store->controlStatesMatchArticles());
}

void TestArticleStore::anImportThatCannotDeriveChangesNothing()
{
    // A row the store cannot read back (edited in a GIS): the import must not land without its control states,
    // as it did when they were derived after the commit.
    QTemporaryDir dir;
    storeWithAnEditedClaim(dir);
    if (QTest::currentTestFailed())
        return;
    auto store = openStore(dir);
    QVERIFY(store);
    const QStringList before = dumpStore(store->path());
    QStringList messages;
    QVERIFY(!store->importFiles({kSeed}, *m_catalog, &messages));
    const QString said = messages.join('\n');
    QVERIFY2(said.contains("controller \"rebels\" is not a known value") && said.contains("nothing imported"),
             qPrintable(said));
    QCOMPARE(store->articleIds(), QStringList{kMinimalId});
    QCOMPARE(dumpStore(store->path()), before);

    // The way out: removing the article with the damaged row, which leaves a store whose states can be derived.
    QString error;
    QVERIFY2(store->removeArticle(kMinimalId, *m_catalog, &error), qPrintable(error));
    QCOMPARE(store->articleIds(), QStringList());
    QVERIFY(store->controlStatesMatchArticles());
}

void TestArticleStore::staleControlStatesAreDerivedAgain()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QStringList messages;
    QVERIFY2(store->importFiles({kSeed, kMinimal}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    const QVector<ControlStateRow> derived = store->controlStates();
    QVERIFY(!derived.isEmpty());

    // As an older version left it: the articles committed, the control states not yet rebuilt.
    QVERIFY(store->replaceControlStates({derived.first()}));
    QVERIFY(!store->controlStatesMatchArticles());
    QString error;
    bool changed = false;
    QVERIFY2(store->refreshControlStates(*m_catalog, &error, &changed), qPrintable(error));
    QVERIFY(changed);
    QCOMPARE(store->controlStates(), derived);
    QVERIFY(store->controlStatesMatchArticles());

    // Up to date: nothing is written.
    const QStringList before = dumpStore(store->path());
    QVERIFY2(store->refreshControlStates(*m_catalog, &error, &changed), qPrintable(error));
    QVERIFY(!changed);
    QCOMPARE(dumpStore(store->path()), before);
}

void TestArticleStore::changesAreCountedAndSaid()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QCOMPARE(store->lastChange().revision, 0);
    QStringList messages;
    QVERIFY2(store->importFiles({kSeed, kMinimal}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    StoreChange change = store->lastChange();
    QCOMPARE(change.revision, 1);
    QCOMPARE(change.what, "imported 2 articles: " + kSeedId + ", " + kMinimalId);
    QVERIFY(!change.who.isEmpty());
    QVERIFY(qAbs(change.when.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // Nothing new: no change counted.
    QVERIFY(store->importFiles({kScraped}, *m_catalog, &messages));
    QCOMPARE(store->lastChange().revision, 1);
    QString error;
    QVERIFY2(store->removeArticle(kMinimalId, *m_catalog, &error), qPrintable(error));
    change = store->lastChange();
    QCOMPARE(change.revision, 2);
    QCOMPARE(change.what, "removed " + kMinimalId);
    // Another connection to the same store sees the same change.
    QString openError;
    auto other = ArticleStore::open(store->path(), &openError);
    QVERIFY2(other, qPrintable(openError));
    QCOMPARE(other->lastChange().revision, 2);
}

void TestArticleStore::aSchema1StoreIsUpgradedByItsFirstWriter()
{
    // A store as the first version made it: no articles.imported_by, schema_version 1.
    QTemporaryDir dir;
    const QString path = location(dir);
    {
        auto store = openStore(dir);
        QVERIFY(store);
        QStringList messages;
        QVERIFY2(store->importFiles({kSeed}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    }
    makeOlder(path, 1);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!dumpStore(path).filter(QRegularExpression("^articles#")).first().contains("imported_by"));
    QStringList before = dumpStore(path);

    QString error;
    auto store = ArticleStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), StoreLayout::schemaVersion);
    // The articles already there keep every value and have no importer; a new one has its importer.
    const QStringList after = dumpStore(path);
    const QString firstArticle = after.filter(QRegularExpression("^articles#")).first();
    QVERIFY2(firstArticle.contains(" imported_by=NULL revision=NULL article_geojson=NULL"), qPrintable(firstArticle));
    QCOMPARE(QString(firstArticle).remove(" imported_by=NULL revision=NULL article_geojson=NULL"),
             before.filter(QRegularExpression("^articles#")).first());
    QStringList messages;
    QVERIFY2(store->importFiles({kMinimal}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    const QString added = dumpStore(path).filter(QRegularExpression("^articles#")).last();
    QVERIFY2(!added.contains(" imported_by=NULL") && added.contains(" imported_by="), qPrintable(added));
}

void TestArticleStore::aStaleRemovalIsRefused()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QStringList messages;
    QVERIFY2(store->importFiles({kMinimal}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    const qint64 seen = store->lastChange().revision;
    // Someone else imports meanwhile, on another connection.
    QString error;
    auto other = ArticleStore::open(location(dir), &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(other->importFiles({kSeed}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    const QStringList before = dumpStore(location(dir));

    QVERIFY(!store->removeArticle(kMinimalId, *m_catalog, &error, seen));
    QVERIFY2(error.contains("the store changed since you looked at it") && error.contains("imported " + kSeedId) &&
                 error.contains("nothing removed"),
             qPrintable(error));
    QCOMPARE(dumpStore(location(dir)), before);
    // Having seen the change, the same removal goes through.
    QVERIFY2(store->removeArticle(kMinimalId, *m_catalog, &error, store->lastChange().revision), qPrintable(error));
    QCOMPARE(store->articleIds(), QStringList{kSeedId});
}

QString TestArticleStore::corrected(const QTemporaryDir& dir, const QString& day)
{
    return variant(kMinimal, dir.path(), "corrected-" + day + ".geojson", "\"event_date\": \"2020-02-08\"",
                   "\"event_date\": \"" + day.toUtf8() + '"');
}

void TestArticleStore::aCorrectionIsANewRevision()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QStringList messages;
    QVERIFY2(store->importFiles({kMinimal, kSeed}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    const QVector<ControlStateRow> statesBefore = store->controlStates();
    const auto minimalRow = [](const QVector<ControlStateRow>& rows) {
        for (const ControlStateRow& r : rows) {
            if (r.articleId == kMinimalId)
                return r;
        }
        return ControlStateRow();
    };
    QCOMPARE(minimalRow(statesBefore).validFrom, QDate(2020, 2, 8));

    const QString file = corrected(dir, "2020-02-06");
    QVERIFY(!file.isEmpty());
    messages.clear();
    QVERIFY2(store->importFiles({file}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    QVERIFY2(messages.join('\n').contains(kMinimalId + ": revised (revision 2"), qPrintable(messages.join('\n')));
    // The article keeps its id and its place in the store's order (which the control rules read).
    QCOMPARE(store->articleIds(), (QStringList{kMinimalId, kSeedId}));
    QCOMPARE(store->currentRevisions(), (QHash<QString, int>{{kMinimalId, 2}, {kSeedId, 1}}));
    QCOMPARE(store->rowCount("article_revisions"), 1);
    QCOMPARE(store->rowCount("annotations"), 80);
    QCOMPARE(store->rowCount("claims"), 4);
    QString error;
    const QList<Article> stored = store->articles(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(describe(stored.first()), describe(readArticle(file, *m_catalog)));

    // The control states followed, in the same transaction.
    QCOMPARE(store->controlStates(), controlStateRows(ControlTimeline(stored), *m_catalog));
    QVERIFY(store->controlStatesMatchArticles());
    QCOMPARE(minimalRow(store->controlStates()).validFrom, QDate(2020, 2, 6));
    QCOMPARE(store->lastChange().what, "revised " + kMinimalId + " (revision 2)");

    // A correction in a batch with a problem lands with nothing else: none of it.
    const QStringList before = dumpStore(store->path());
    QVERIFY(
        !store->importFiles({corrected(dir, "2020-02-05"), dir.filePath("missing.geojson")}, *m_catalog, &messages));
    QCOMPARE(dumpStore(store->path()), before);

    // Removing the article removes its history.
    QVERIFY2(store->removeArticle(kMinimalId, *m_catalog, &error), qPrintable(error));
    QCOMPARE(store->rowCount("article_revisions"), 0);
    QVERIFY(store->articleRevisions(kMinimalId, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestArticleStore::theSameArticleAgainAddsNothing()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    const QString file = corrected(dir, "2020-02-06");
    QVERIFY(store->importArticle(readArticle(kMinimal, *m_catalog), kMinimal, *m_catalog).ok());
    ImportResult r = store->importArticle(readArticle(file, *m_catalog), file, *m_catalog);
    QCOMPARE(r.status, ImportResult::Status::Revised);
    QCOMPARE(r.revision, 2);
    const QStringList before = dumpStore(store->path());
    const qint64 change = store->lastChange().revision;

    // The corrected file again, from another path: nothing added, nothing written.
    QVERIFY(QFile::copy(file, dir.filePath("again.geojson")));
    r = store->importArticle(readArticle(file, *m_catalog), dir.filePath("again.geojson"), *m_catalog);
    QCOMPARE(r.status, ImportResult::Status::AlreadyPresent);
    QCOMPARE(r.revision, 2);
    QVERIFY2(r.message.contains("nothing added"), qPrintable(r.message));
    QCOMPARE(dumpStore(store->path()), before);
    QCOMPARE(store->lastChange().revision, change);

    // Only the format version differs (a 1.0 file saved again as 1.1): the same article.
    Article saved = readArticle(file, *m_catalog);
    saved.formatVersion = "article/1.1";
    QCOMPARE(store->importArticle(saved, file, *m_catalog).status, ImportResult::Status::AlreadyPresent);
    QCOMPARE(dumpStore(store->path()), before);

    // The origin of an annotation is part of it: a suggestion accepted since is a correction.
    saved.annotations.last().origin = "accepted";
    r = store->importArticle(saved, file, *m_catalog);
    QCOMPARE(r.status, ImportResult::Status::Revised);
    QCOMPARE(store->articles(nullptr).first().annotations.last().origin, QString("accepted"));
    QVERIFY(
        dumpStore(store->path()).filter(QRegularExpression("^annotations#")).join('\n').contains(" origin=accepted"));

    // Going back to the first version is a correction too.
    r = store->importArticle(readArticle(kMinimal, *m_catalog), kMinimal, *m_catalog);
    QCOMPARE(r.status, ImportResult::Status::Revised);
    QCOMPARE(r.revision, 4);
}

void TestArticleStore::theHistoryIsReadable()
{
    QTemporaryDir dir;
    const QString second = corrected(dir, "2020-02-06");
    const QString third = corrected(dir, "2020-02-07");
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        auto store = openStore(dir);
        QVERIFY(store);
        QStringList messages;
        for (const QString& file : {kMinimal, second, third})
            QVERIFY2(store->importFiles({file}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    }
    auto store = openStore(dir); // read back from the store, not from memory
    QVERIFY(store);
    QString error;
    const QList<ArticleRevision> revisions = store->articleRevisions(kMinimalId, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(revisions.size(), 3);
    const QStringList files{kMinimal, second, third};
    for (int i = 0; i < 3; ++i) {
        const ArticleRevision& r = revisions.at(i);
        QCOMPARE(r.articleId, kMinimalId);
        QCOMPARE(r.revision, i + 1);
        QCOMPARE(r.current, i == 2);
        QCOMPARE(r.sourcePath, files.at(i));
        QCOMPARE(describe(r.article), describe(readArticle(files.at(i), *m_catalog)));
        QCOMPARE(r.annotationCount, 3);
        QCOMPARE(r.claimCount, 1);
        QVERIFY(!r.importedBy.isEmpty());
        QVERIFY(r.importedAt >= start && r.importedAt <= QDateTime::currentDateTimeUtc());
        if (r.current) {
            QVERIFY(!r.supersededAt.isValid());
            QVERIFY(r.supersededBy.isEmpty());
        } else {
            QVERIFY(r.supersededAt >= r.importedAt);
            QCOMPARE(r.supersededAt, revisions.at(i + 1).importedAt);
            QCOMPARE(r.supersededBy, revisions.at(i + 1).importedBy);
        }
    }
    QVERIFY(store->articleRevisions("no-such-article", &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A copy of the store keeps the history.
    QTemporaryDir other;
    auto copy = openStore(other);
    QVERIFY(copy);
    QVERIFY2(copy->copyFrom(*store, *m_catalog, &error), qPrintable(error));
    const QList<ArticleRevision> copied = copy->articleRevisions(kMinimalId, &error);
    QCOMPARE(copied.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(describe(copied.at(i).article), describe(revisions.at(i).article));
        QCOMPARE(copied.at(i).importedAt, revisions.at(i).importedAt);
    }
}

void TestArticleStore::aCorrectedTextIsARevisionOnlyWhenAsked()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QStringList messages;
    QVERIFY2(store->importFiles({kMinimal, kSeed}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    Article changed = readArticle(kMinimal, *m_catalog);
    changed.text.replace("L'armée", "L'armée syrienne");
    changed.annotations.last().anchorEnd += 9; // the claim's quote grew with the text
    changed.annotations.last().quote = "L'armée syrienne contrôle Saraqeb";
    changed.annotations.first().anchorStart += 9;
    changed.annotations.first().anchorEnd += 9;
    QCOMPARE(store->importArticle(changed, "changed.geojson", *m_catalog).status, ImportResult::Status::Failed);
    const QStringList before = dumpStore(store->path());

    // Asked by one who saw an older store: refused.
    const qint64 seen = store->lastChange().revision;
    QString error;
    auto other = ArticleStore::open(location(dir), &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(other->removeArticle(kSeedId, *m_catalog, &error));
    const QStringList afterOther = dumpStore(store->path());
    ImportResult r = store->reviseArticle(kMinimalId, changed, "changed.geojson", *m_catalog, seen);
    QCOMPARE(r.status, ImportResult::Status::Failed);
    QVERIFY2(r.message.contains("the store changed since you looked at it"), qPrintable(r.message));
    QCOMPARE(dumpStore(store->path()), afterOther);

    r = store->reviseArticle(kMinimalId, changed, "changed.geojson", *m_catalog, store->lastChange().revision);
    QVERIFY2(r.status == ImportResult::Status::Revised, qPrintable(r.message));
    QCOMPARE(r.revision, 2);
    QCOMPARE(store->articles(nullptr).first().text, changed.text);
    QCOMPARE(store->articleRevisions(kMinimalId).first().article.text, readArticle(kMinimal, *m_catalog).text);
    QCOMPARE(store->controlStates(), controlStateRows(ControlTimeline(store->articles(nullptr)), *m_catalog));
    QVERIFY(store->controlStatesMatchArticles());
    QVERIFY(before != dumpStore(store->path()));

    // Nothing to revise; another id; the text of another stored article.
    QCOMPARE(store->reviseArticle("no-such-article", changed, {}, *m_catalog).status, ImportResult::Status::Failed);
    Article renamed = changed;
    renamed.id = "renamed";
    r = store->reviseArticle(kMinimalId, renamed, {}, *m_catalog);
    QVERIFY2(r.status == ImportResult::Status::Failed && r.message.contains("must keep its id"), qPrintable(r.message));
    QVERIFY(store->importArticle(readArticle(kSeed, *m_catalog), kSeed, *m_catalog).ok());
    Article copied = readArticle(kSeed, *m_catalog);
    copied.id = kMinimalId;
    r = store->reviseArticle(kMinimalId, copied, {}, *m_catalog);
    QVERIFY2(r.status == ImportResult::Status::Failed &&
                 r.message.contains("text of the stored article \"" + kSeedId + "\""),
             qPrintable(r.message));
    QCOMPARE(store->currentRevisions().value(kMinimalId), 2);
}

void TestArticleStore::sameTextUnderAnotherIdWithOtherAnnotationsIsARevision()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QVERIFY(store->importArticle(readArticle(kSeed, *m_catalog), kSeed, *m_catalog).ok());
    Article copy = readArticle(kScraped, *m_catalog);
    copy.id = "afp-copy";
    Annotation* claim = nullptr;
    for (Annotation& a : copy.annotations) {
        if (a.kind == AnnotationKind::Claim && !claim)
            claim = &a;
    }
    QVERIFY(claim);
    claim->claimStatus = ClaimStatus::Assessed;
    const ImportResult r = store->importArticle(copy, kScraped, *m_catalog);
    QVERIFY2(r.status == ImportResult::Status::Revised, qPrintable(r.message));
    QCOMPARE(r.existingArticleId, kSeedId);
    QCOMPARE(r.revision, 2);
    QVERIFY2(r.message.contains("the same text as the stored article " + kSeedId), qPrintable(r.message));
    QCOMPARE(store->articleIds(), QStringList{kSeedId});
    const Article stored = store->articles(nullptr).first();
    QCOMPARE(stored.id, kSeedId);
    QCOMPARE(stored.text, copy.text);
    QCOMPARE(stored.annotation(claim->id)->claimStatus, std::optional(ClaimStatus::Assessed));
}

void TestArticleStore::aSchema2StoreIsUpgradedWithAnEmptyHistory()
{
    QTemporaryDir dir;
    const QString path = location(dir);
    {
        auto store = openStore(dir);
        QVERIFY(store);
        QStringList messages;
        QVERIFY2(store->importFiles({kSeed, kMinimal}, *m_catalog, &messages), qPrintable(messages.join('\n')));
    }
    makeOlder(path, 2);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(dumpStore(path).filter(QRegularExpression("^(article_revisions#|articles#.* revision=)")).isEmpty());

    QString error;
    auto store = ArticleStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), StoreLayout::schemaVersion);
    QCOMPARE(store->rowCount("article_revisions"), 0);
    QCOMPARE(store->currentRevisions(), (QHash<QString, int>{{kSeedId, 1}, {kMinimalId, 1}}));
    // The control states of the older store still rest on the same articles.
    QVERIFY(store->controlStatesMatchArticles());
    const QList<ArticleRevision> revisions = store->articleRevisions(kMinimalId, &error);
    QCOMPARE(revisions.size(), 1);
    QVERIFY(revisions.first().current);
    QVERIFY(!revisions.first().importedBy.isEmpty()); // schema 2 kept who imported it

    const QString file = corrected(dir, "2020-02-06");
    const ImportResult r = store->importArticle(readArticle(file, *m_catalog), file, *m_catalog);
    QVERIFY2(r.status == ImportResult::Status::Revised, qPrintable(r.message));
    QCOMPARE(store->articleRevisions(kMinimalId).size(), 2);
}

void TestArticleStore::samples11ComeBackWhole_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : samples11())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    QVERIFY(samples11().size() >= 6);
}

void TestArticleStore::samples11ComeBackWhole()
{
    QFETCH(QString, file);
    const Article article = readArticle(file, *m_catalog);
    QVERIFY2(!article.id.isEmpty(), qPrintable(file));
    QTemporaryDir dir;
    for (int pass = 0; pass < 2; ++pass) { // imported, then after reopening the store
        auto store = openStore(dir);
        QVERIFY(store);
        if (pass == 0) {
            const ImportResult r = store->importArticle(article, file, *m_catalog);
            QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.message));
            // The same file again adds nothing.
            QCOMPARE(store->importArticle(article, file, *m_catalog).status, ImportResult::Status::AlreadyPresent);
        }
        QString error;
        const QList<Article> stored = store->articles(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(describe(stored.first()), describe(article));
        QCOMPARE(articleToGeoJson(stored.first()), articleToGeoJson(article));
    }
}

void TestArticleStore::anEarlierRevisionOf11ComesBackWhole()
{
    // The ceasefire summary: its M4 corridor event, corrected to another width.
    const QString file = kSamples11 + "/wikipedia-dmz-2020-03-05-ceasefire.geojson";
    const Article first = readArticle(file, *m_catalog);
    QVERIFY(!first.id.isEmpty());
    Article second = first;
    Annotation* corridor = nullptr;
    for (Annotation& a : second.annotations) {
        if (a.kind == AnnotationKind::Event && a.widthKm)
            corridor = &a;
    }
    QVERIFY(corridor);
    corridor->widthKm = *corridor->widthKm + 1;
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QVERIFY(store->importArticle(first, file, *m_catalog).ok());
    // Only the event changed, a field the rows do not hold: still a correction.
    const ImportResult r = store->importArticle(second, file, *m_catalog);
    QVERIFY2(r.status == ImportResult::Status::Revised, qPrintable(r.message));
    QString error;
    const QList<ArticleRevision> revisions = store->articleRevisions(first.id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).revision, 1);
    QCOMPARE(describe(revisions.at(0).article), describe(first));
    QCOMPARE(describe(revisions.at(1).article), describe(second));
    QCOMPARE(describe(store->articles(&error).first()), describe(second));
}

void TestArticleStore::aSchema3StoreIsUpgraded()
{
    // A store of schema 3 with two articles of format 1 and one of 1.1, which lost what 1.1 adds there.
    QTemporaryDir dir;
    const QString path = location(dir);
    const QString file = kSamples11 + "/wikipedia-dmz-2020-03-05-ceasefire.geojson";
    const Article ceasefire = readArticle(file, *m_catalog);
    QVERIFY(!ceasefire.id.isEmpty());
    QList<Article> before;
    {
        auto store = openStore(dir);
        QVERIFY(store);
        QStringList messages;
        QVERIFY2(store->importFiles({kSeed, kMinimal, file}, *m_catalog, &messages), qPrintable(messages.join('\n')));
        before = store->articles(nullptr);
    }
    QCOMPARE(before.size(), 3);
    makeOlder(path, 3);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!dumpStore(path).filter(QRegularExpression("^articles#")).first().contains("article_geojson"));

    QString error;
    auto store = ArticleStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), StoreLayout::schemaVersion);
    // The articles already there keep their rows, without their file, and are read from the rows as before.
    const QStringList articleRows = dumpStore(path).filter(QRegularExpression("^articles#"));
    QCOMPARE(articleRows.size(), 3);
    for (const QString& row : articleRows)
        QVERIFY2(row.contains(" article_geojson=NULL"), qPrintable(row));
    QList<Article> after = store->articles(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(after.size(), 3);
    QCOMPARE(describe(after.at(0)), describe(before.at(0)));
    QCOMPARE(describe(after.at(1)), describe(before.at(1)));
    QCOMPARE(after.at(2).id, ceasefire.id);
    QVERIFY(describe(after.at(2)) != describe(ceasefire)); // its events and actors are not in the rows
    // Delivered again, the 1.1 article is stored whole, as a correction; the format-1 ones add nothing.
    const ImportResult r = store->importArticle(ceasefire, file, *m_catalog);
    QVERIFY2(r.status == ImportResult::Status::Revised, qPrintable(r.message));
    QCOMPARE(store->importArticle(readArticle(kSeed, *m_catalog), kSeed, *m_catalog).status,
             ImportResult::Status::AlreadyPresent);
    QCOMPARE(store->importArticle(ceasefire, file, *m_catalog).status, ImportResult::Status::AlreadyPresent);
    after = store->articles(&error);
    QCOMPARE(after.size(), 3);
    QCOMPARE(describe(after.at(2)), describe(ceasefire));
}

QTEST_GUILESS_MAIN(TestArticleStore)
#include "test_article_store.moc"
