#include "geo/store/store_dataset.h"

#include "geo/store/store_backends_p.h"
#include "geo/store/store_location.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace geo {

using namespace store_backend;

namespace {

// What to do when GDAL's last message is SQLite's "database or disk is full" (SQLITE_FULL): the store is
// intact (the transaction rolls back), the disk needs room.
QString fullDiskAdvice(const QString& path)
{
    if (!gdal::lastError().contains(QLatin1String("disk is full")))
        return {};
    return QStringLiteral("; the disk holding %1 is full: free some space there and try again")
        .arg(QFileInfo(path).absolutePath());
}

// "field = 'value'" with the value's quotes doubled (SQL string literal).
QByteArray equals(const QString& field, const QString& value)
{
    if (field.isEmpty())
        return {};
    QString literal = value;
    literal.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("\"%1\" = '%2'").arg(field, literal).toUtf8();
}

OGRFieldType ogrType(StoreFieldType type)
{
    switch (type) {
    case StoreFieldType::String: return OFTString;
    case StoreFieldType::Integer:
    case StoreFieldType::Boolean: return OFTInteger;
    case StoreFieldType::Real: return OFTReal;
    case StoreFieldType::Date: return OFTDate;
    case StoreFieldType::DateTime: return OFTDateTime;
    }
    return OFTString;
}

// SQLite's rollback journal (or write-ahead log) beside PATH, if there is one: it belongs to the file, and the
// file without it may be corrupt.
QString companionOf(const QString& path)
{
    for (const char* suffix : {"-journal", "-wal"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            return companion;
    }
    return {};
}

QString untouched(const QString& path, const QString& what)
{
    const QString companion = companionOf(path);
    if (!companion.isEmpty())
        return QStringLiteral("%1: %2. Frontline leaves the file as it is. %3 beside it belongs to it: never move "
                              "or delete one without the other; move both aside together (or choose another "
                              "store location) and Frontline will create a new store")
            .arg(path, what, QFileInfo(companion).fileName());
    return QStringLiteral("%1: %2. Frontline leaves the file as it is: move it aside (or choose another store "
                          "location) and Frontline will create a new store")
        .arg(path, what);
}

QVariant readValue(OGRFeature* f, int i, StoreFieldType type)
{
    switch (type) {
    case StoreFieldType::String: return QString::fromUtf8(f->GetFieldAsString(i));
    case StoreFieldType::Integer: return qint64(f->GetFieldAsInteger64(i));
    case StoreFieldType::Boolean: return f->GetFieldAsInteger(i) != 0;
    case StoreFieldType::Real: return f->GetFieldAsDouble(i);
    case StoreFieldType::Date:
    case StoreFieldType::DateTime: {
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
        float s = 0;
        if (!f->GetFieldAsDateTime(i, &y, &mo, &d, &h, &mi, &s, &tz))
            return {};
        if (type == StoreFieldType::Date)
            return QDate(y, mo, d);
        const int ms = int(s * 1000.0f + 0.5f);
        QDateTime t(QDate(y, mo, d), QTime(h, mi).addMSecs(ms), Qt::UTC);
        if (tz > 1 && tz != 100)
            t = t.addSecs(-qint64(tz - 100) * 15 * 60);
        return t;
    }
    }
    return {};
}

void writeValue(OGRFeature* f, int i, StoreFieldType type, const QVariant& v)
{
    switch (type) {
    case StoreFieldType::String: f->SetField(i, v.toString().toUtf8().constData()); break;
    case StoreFieldType::Integer: f->SetField(i, GIntBig(v.toLongLong())); break;
    case StoreFieldType::Boolean: f->SetField(i, v.toBool() ? 1 : 0); break;
    case StoreFieldType::Real: f->SetField(i, v.toDouble()); break;
    case StoreFieldType::Date: {
        const QDate d = v.toDate();
        f->SetField(i, d.year(), d.month(), d.day(), 0, 0, 0.0f, 0);
        break;
    }
    case StoreFieldType::DateTime: {
        const QDateTime t = v.toDateTime().toUTC();
        const QTime time = t.time();
        f->SetField(i, t.date().year(), t.date().month(), t.date().day(), time.hour(), time.minute(),
                    float(time.second()) + float(time.msec()) / 1000.0f, 100);
        break;
    }
    }
}

} // namespace

bool store_backend::createTable(GDALDataset* ds, const StoreTable& table, QString* error)
{
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLStringList options;
    options.SetNameValue("FID", "fid");
    options.SetNameValue("DESCRIPTION", table.description.toUtf8().constData());
    if (table.hasPoint) {
        options.SetNameValue("GEOMETRY_NAME", "geom");
        const bool postgis = EQUAL(ds->GetDriverName(), "PostgreSQL");
        options.SetNameValue("SPATIAL_INDEX", postgis ? "GIST" : "YES");
    }
    OGRLayer* layer = ds->CreateLayer(table.name.toUtf8().constData(), table.hasPoint ? &wgs84 : nullptr,
                                      table.hasPoint ? wkbPoint : wkbNone, options.List());
    if (!layer) {
        *error = QStringLiteral("table %1 (%2)").arg(table.name, gdalMessage());
        return false;
    }
    for (const StoreField& field : table.fields) {
        OGRFieldDefn defn(field.name.toUtf8().constData(), ogrType(field.type));
        if (field.type == StoreFieldType::Boolean)
            defn.SetSubType(OFSTBoolean);
        defn.SetNullable(!field.notNull);
        defn.SetUnique(field.unique);
        if (layer->CreateField(&defn) != OGRERR_NONE) {
            *error = QStringLiteral("column %1.%2 (%3)").arg(table.name, field.name, gdalMessage());
            return false;
        }
    }
    // The tables of an article's rows are read and deleted by article id.
    if (table.name != StoreLayout::metaTable && table.name != StoreLayout::articlesTable) {
        const QByteArray sql =
            QStringLiteral("CREATE INDEX \"%1_article_id\" ON \"%1\" (article_id)").arg(table.name).toUtf8();
        CPLErrorReset();
        SqlResult result(ds, sql.constData());
        if (CPLGetLastErrorType() >= CE_Failure) {
            *error = QStringLiteral("index on %1 (%2)").arg(table.name, gdalMessage());
            return false;
        }
    }
    return true;
}

bool store_backend::createSchema(GDALDataset* ds, QString* error)
{
    for (const StoreTable& table : StoreLayout::tables()) {
        if (!createTable(ds, table, error))
            return false;
    }
    StoreRow version;
    version.values = {{QStringLiteral("key"), QStringLiteral("schema_version")},
                      {QStringLiteral("value"), QString::number(StoreLayout::schemaVersion)}};
    StoreRow application;
    application.values = {{QStringLiteral("key"), QStringLiteral("application")},
                          {QStringLiteral("value"), QStringLiteral("Frontline")}};
    OGRLayer* meta = ds->GetLayerByName(StoreLayout::metaTable.toUtf8().constData());
    const StoreTable& table = *StoreLayout::table(StoreLayout::metaTable);
    if (!meta || !writeRow(meta, table, version, error) || !writeRow(meta, table, application, error)) {
        if (error->isEmpty())
            *error = gdalMessage();
        return false;
    }
    return true;
}

namespace {

// Reads the rows of LAYER that match FILTER (all when empty), in fid order.
bool readRows(OGRLayer* layer, const StoreTable& table, const QByteArray& filter, QList<StoreRow>* out, QString* error)
{
    CPLErrorReset();
    if (layer->SetAttributeFilter(filter.isEmpty() ? nullptr : filter.constData()) != OGRERR_NONE) {
        if (error)
            *error = QStringLiteral("table %1: cannot select rows (%2)").arg(table.name, gdalMessage());
        return false;
    }
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    QList<int> index;
    for (const StoreField& field : table.fields)
        index.append(defn->GetFieldIndex(field.name.toUtf8().constData()));
    QList<StoreRow> rows;
    layer->ResetReading();
    for (const OGRFeatureUniquePtr& f : *layer) {
        StoreRow row;
        row.fid = f->GetFID();
        for (qsizetype i = 0; i < table.fields.size(); ++i) {
            if (index.at(i) >= 0 && f->IsFieldSetAndNotNull(index.at(i))) {
                const QVariant v = readValue(f.get(), index.at(i), table.fields.at(i).type);
                if (v.isValid())
                    row.values.insert(table.fields.at(i).name, v);
            }
        }
        const OGRGeometry* g = f->GetGeometryRef();
        if (g && !g->IsEmpty() && wkbFlatten(g->getGeometryType()) == wkbPoint)
            row.lonLat = QPointF(g->toPoint()->getX(), g->toPoint()->getY());
        rows.append(std::move(row));
    }
    const bool failed = CPLGetLastErrorType() >= CE_Failure;
    layer->SetAttributeFilter(nullptr);
    if (failed) {
        if (error)
            *error =
                QStringLiteral("table %1: read error (%2); the store may be damaged").arg(table.name, gdalMessage());
        return false;
    }
    std::sort(rows.begin(), rows.end(), [](const StoreRow& a, const StoreRow& b) { return a.fid < b.fid; });
    *out = std::move(rows);
    return true;
}

} // namespace

bool store_backend::writeRow(OGRLayer* layer, const StoreTable& table, const StoreRow& row, QString* error,
                             bool replace)
{
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    if (replace) {
        f->SetFID(row.fid);
        // Every column is written: a value the row does not have becomes NULL.
        for (int i = 0; i < f->GetFieldCount(); ++i)
            f->SetFieldNull(i);
    }
    for (const StoreField& field : table.fields) {
        const QVariant v = row.values.value(field.name);
        if (!v.isValid())
            continue;
        const int i = f->GetFieldIndex(field.name.toUtf8().constData());
        if (i >= 0)
            writeValue(f.get(), i, field.type, v);
    }
    if (table.hasPoint && row.lonLat) {
        OGRPoint point(row.lonLat->x(), row.lonLat->y());
        f->SetGeometry(&point);
    }
    CPLErrorReset();
    if (replace ? layer->SetFeature(f.get()) != OGRERR_NONE : layer->CreateFeature(f.get()) != OGRERR_NONE) {
        if (error)
            *error = replace ? QStringLiteral("table %1: cannot change row %2 (%3)")
                                   .arg(table.name)
                                   .arg(row.fid)
                                   .arg(gdalMessage())
                             : QStringLiteral("table %1: cannot add a row (%2)").arg(table.name, gdalMessage());
        return false;
    }
    return true;
}

namespace {

bool deleteRows(OGRLayer* layer, const StoreTable& table, const QByteArray& filter, QString* error)
{
    QList<StoreRow> rows;
    if (!readRows(layer, table, filter, &rows, error))
        return false;
    for (const StoreRow& row : rows) {
        if (layer->DeleteFeature(row.fid) != OGRERR_NONE) {
            if (error)
                *error = QStringLiteral("table %1: cannot delete row %2 (%3)")
                             .arg(table.name)
                             .arg(row.fid)
                             .arg(gdalMessage());
            return false;
        }
    }
    return true;
}

// Creates a new, empty store at PATH: built under a temporary name in the same folder, then renamed, so that
// PATH never holds a half-made store and an existing file is never replaced.
bool createStoreFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        *error = QStringLiteral("%1: cannot create the store: %2 %3; choose another store location")
                     .arg(path, folder,
                          QFileInfo::exists(folder) ? QStringLiteral("is a file, not a folder")
                                                    : QStringLiteral("does not exist"));
        return false;
    }
    if (!QFileInfo(folder).isWritable()) {
        *error = QStringLiteral("%1: cannot create the store: the folder %2 is read-only; choose a writable "
                                "store location")
                     .arg(path, folder);
        return false;
    }
    const QString temporary = QDir(folder).filePath(
        QStringLiteral(".%1.%2.gpkg").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver) {
        *error = QStringLiteral("%1: cannot create the store: this GDAL has no GeoPackage driver; install GDAL "
                                "with SQLite support")
                     .arg(path);
        return false;
    }
    QString what;
    {
        GDALDatasetUniquePtr ds(driver->Create(temporary.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            what = gdalMessage();
        else
            createSchema(ds.get(), &what);
        // Closing writes the file; a failure shows in the error state.
        CPLErrorReset();
        ds.reset();
        if (what.isEmpty() && CPLGetLastErrorType() >= CE_Failure)
            what = gdalMessage();
    }
    if (!what.isEmpty()) {
        QFile::remove(temporary);
        *error = QStringLiteral("%1: cannot create the store (%2); choose a writable store location").arg(path, what);
        return false;
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        *error = QStringLiteral("%1: cannot create the store: the new file could not be moved into place; check "
                                "the folder's permissions")
                     .arg(path);
        return false;
    }
    return true;
}

// The triggers of DS that neither GDAL's GeoPackage driver nor the layout made: a known name (the R-tree index,
// feature-count and tile-matrix triggers GDAL writes for the layout's tables) whose statements write only to an
// R-tree index or the feature counts. A store from elsewhere could carry one that deletes claims on import.
QStringList foreignTriggers(GDALDataset* ds)
{
    QStringList tables;
    for (const StoreTable& table : StoreLayout::tables())
        tables << QRegularExpression::escape(table.name);
    const QString t = tables.join(QLatin1Char('|'));
    const QRegularExpression knownName(
        QStringLiteral("^(rtree_(%1)_geom_(insert|update\\d|delete)|trigger_(insert|delete)_feature_count_(%1)|"
                       "gpkg_tile_matrix_\\w+_(insert|update))$")
            .arg(t));
    static const QRegularExpression writes(QStringLiteral("\\b(?:INSERT(?:\\s+OR\\s+\\w+)?\\s+INTO|REPLACE\\s+INTO|"
                                                          "UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM)\\s+\"?(\\w+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression harmlessTarget(QStringLiteral("^(rtree_\\w+|gpkg_ogr_contents)$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    QStringList foreign;
    SqlResult triggers(ds, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
    if (!triggers.layer())
        return {QStringLiteral("(the list of triggers could not be read: %1)").arg(gdalMessage())};
    while (OGRFeatureUniquePtr row{triggers.layer()->GetNextFeature()}) {
        const QString name = QString::fromUtf8(row->GetFieldAsString(0));
        const QString sql = QString::fromUtf8(row->GetFieldAsString(1));
        static const QRegularExpression begin(QStringLiteral("\\bBEGIN\\b"), QRegularExpression::CaseInsensitiveOption);
        // The statements, not the event, and without their string literals (a RAISE message says "update on").
        static const QRegularExpression literal(QStringLiteral("'(?:[^']|'')*'"));
        const QString body = sql.mid(std::max<qsizetype>(0, sql.indexOf(begin))).remove(literal);
        bool harmless = knownName.match(name).hasMatch();
        for (auto it = writes.globalMatch(body); harmless && it.hasNext();)
            harmless = harmlessTarget.match(it.next().captured(1)).hasMatch();
        if (!harmless)
            foreign << name;
    }
    return foreign;
}

} // namespace

bool store_backend::checkLayout(GDALDataset* ds, const QString& shown, const QString& kind,
                                const std::function<QString(const QString&)>& refuse, QString* error)
{
    OGRLayer* meta = ds->GetLayerByName(StoreLayout::metaTable.toUtf8().constData());
    if (!meta) {
        *error =
            refuse(QStringLiteral("a %1, but not a Frontline store (it has no %2 table; another application may have "
                                  "made it)")
                       .arg(kind, StoreLayout::metaTable));
        return false;
    }
    QList<StoreRow> rows;
    QString readError;
    if (!readRows(meta, *StoreLayout::table(StoreLayout::metaTable),
                  equals(QStringLiteral("key"), QStringLiteral("schema_version")), &rows, &readError)) {
        *error = refuse(readError);
        return false;
    }
    bool number = false;
    const int version = rows.isEmpty() ? 0 : rows.first().string(QStringLiteral("value")).toInt(&number);
    if (!number || version < 1) {
        *error = refuse(
            QStringLiteral("a damaged Frontline store (no valid schema_version in %1)").arg(StoreLayout::metaTable));
        return false;
    }
    if (version > StoreLayout::schemaVersion) {
        *error = QStringLiteral("%1: the store was written by a newer Frontline (store schema %2; this version "
                                "reads schema %3). Update Frontline, or %4; the store is left as it is")
                     .arg(shown)
                     .arg(version)
                     .arg(StoreLayout::schemaVersion)
                     .arg(kind == QLatin1String("GeoPackage")
                              ? QStringLiteral("move the file aside and Frontline will create a new store")
                              : QStringLiteral("choose another database for this version's store"));
        return false;
    }
    for (const StoreTable& table : StoreLayout::tables()) {
        OGRLayer* layer = ds->GetLayerByName(table.name.toUtf8().constData());
        if (!layer && table.since > version)
            continue; // added by a later schema: the upgrade makes it (StoreDataset::upgrade)
        if (!layer) {
            *error = refuse(QStringLiteral("a damaged Frontline store (table %1 is missing)").arg(table.name));
            return false;
        }
        const OGRFeatureDefn* defn = layer->GetLayerDefn();
        for (const StoreField& field : table.fields) {
            if (field.since > version)
                continue; // added by a later schema: the upgrade adds it (StoreDataset::upgrade)
            const int i = defn->GetFieldIndex(field.name.toUtf8().constData());
            const OGRFieldType type = i < 0 ? OFTMaxType : defn->GetFieldDefn(i)->GetType();
            const bool fits =
                type == ogrType(field.type) || (field.type == StoreFieldType::Integer && type == OFTInteger64);
            if (!fits) {
                *error = refuse(QStringLiteral("a damaged Frontline store (column %1.%2 is missing or "
                                               "of another type)")
                                    .arg(table.name, field.name));
                return false;
            }
        }
    }
    return true;
}

namespace {

// Checks, without writing anything, that PATH is a Frontline store this version can use.
bool checkStoreFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = QStringLiteral("%1: a folder, not a store file; choose a file name such as frontline.gpkg").arg(path);
        return false;
    }
    if (!info.isReadable()) {
        *error = QStringLiteral("%1: the store cannot be read (permission denied); make it readable").arg(path);
        return false;
    }
    const char* const drivers[] = {"GPKG", nullptr};
    // A journal left by an interrupted write ("hot") must be rolled back before the file can be read, and SQLite
    // does that only on a connection that may write: with one beside the file, it is opened for writing, which
    // changes nothing but that recovery. Without one, the check writes nothing.
    const bool recover = !companionOf(path).isEmpty() && info.isWritable();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(),
                                              GDAL_OF_VECTOR | (recover ? GDAL_OF_UPDATE : GDAL_OF_READONLY), drivers,
                                              nullptr, nullptr));
    if (!ds) {
        // GDAL says nothing about a file no driver of the list recognises; say what it is not.
        QString why = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
        if (why.isEmpty())
            why = info.size() == 0 ? QStringLiteral("the file is empty")
                                   : QStringLiteral("the file is not an SQLite database");
        *error = untouched(path, QStringLiteral("not a GeoPackage, or a damaged one (%1)").arg(why));
        return false;
    }
    {
        SqlResult check(ds.get(), "PRAGMA quick_check");
        OGRFeatureUniquePtr row(check.layer() ? check.layer()->GetNextFeature() : nullptr);
        const QString verdict = row ? QString::fromUtf8(row->GetFieldAsString(0)) : gdalMessage();
        if (verdict != QLatin1String("ok")) {
            *error = untouched(path, QStringLiteral("the GeoPackage is damaged (%1)").arg(verdict));
            return false;
        }
    }
    if (!checkLayout(
            ds.get(), path, QStringLiteral("GeoPackage"),
            [&path](const QString& what) { return untouched(path, what); }, error))
        return false;
    if (const QStringList foreign = foreignTriggers(ds.get()); !foreign.isEmpty()) {
        *error = untouched(path, QStringLiteral("the store holds triggers Frontline did not create (%1); a trigger "
                                                "runs its own SQL on every write and could change or delete claims. "
                                                "If you know where they come from, drop them (DROP TRIGGER)")
                                     .arg(foreign.join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

} // namespace

struct StoreDataset::Impl {
    GDALDatasetUniquePtr ds;
    StoreLocation location{QString()};

    OGRLayer* layer(const QString& name) const
    {
        return StoreLayout::table(name) ? ds->GetLayerByName(name.toUtf8().constData()) : nullptr;
    }
};

StoreDataset::~StoreDataset() = default;

bool StoreDataset::create(const QString& path, QString* error)
{
    gdal::registerOnce();
    const gdal::QuietErrors quiet;
    QString message;
    const StoreLocation location(path);
    if (location.isDatabase() ? postgis::create(location, &message) : createStoreFile(path, &message))
        return true;
    if (error)
        *error = message;
    return false;
}

bool StoreDataset::check(const QString& path, QString* error)
{
    gdal::registerOnce();
    const gdal::QuietErrors quiet;
    QString message;
    const StoreLocation location(path);
    if (location.isDatabase() ? postgis::check(location, &message) : checkStoreFile(path, &message))
        return true;
    if (error)
        *error = message;
    return false;
}

bool StoreDataset::exists(const QString& path, QString* error)
{
    const StoreLocation location(path);
    if (!location.isDatabase())
        return QFileInfo::exists(path);
    const gdal::QuietErrors quiet;
    auto ds = postgis::connect(location, false, error);
    return ds && postgis::hasStore(ds.get());
}

std::unique_ptr<StoreDataset> StoreDataset::open(const QString& path, QString* error)
{
    gdal::registerOnce();
    const gdal::QuietErrors quiet;
    const StoreLocation location(path);
    if (location.isDatabase()) {
        // One connection does it all: a database without the store gets its tables, then the layout is checked.
        // After making the tables, the connection is made again: GDAL's driver then reads the columns as the
        // database has them (a boolean column written and read on the connection that created it came back as 0).
        auto ds = postgis::connect(location, true, error);
        if (ds && !postgis::hasStore(ds.get())) {
            if (!postgis::create(ds.get(), location, error))
                return nullptr;
            ds = postgis::connect(location, true, error);
        }
        if (!ds || !postgis::check(ds.get(), location, error))
            return nullptr;
        std::unique_ptr<StoreDataset> dataset(new StoreDataset);
        dataset->d = std::make_unique<Impl>();
        dataset->d->ds = std::move(ds);
        dataset->d->location = location;
        dataset->m_path = location.display();
        return dataset;
    }
    const char* const drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
    if (!ds) {
        if (error)
            *error = QStringLiteral("%1: the store cannot be opened for writing (%2); check the file's permissions")
                         .arg(path, gdalMessage());
        return nullptr;
    }
    // SQLite's rollback journal, deliberately (not write-ahead logging): the store stays one file between
    // writes, works on network folders, and a killed write leaves a "-journal" that the next open rolls back.
    // FULL: a transaction is on the disk when its commit returns, whatever a GDAL configuration says.
    for (const char* pragma : {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL"})
        SqlResult(ds.get(), pragma);
    std::unique_ptr<StoreDataset> dataset(new StoreDataset);
    dataset->d = std::make_unique<Impl>();
    dataset->d->ds = std::move(ds);
    dataset->d->location = location;
    dataset->m_path = path;
    return dataset;
}

bool StoreDataset::isDatabase() const
{
    return d->location.isDatabase();
}

bool StoreDataset::canWrite(QString* why) const
{
    const gdal::QuietErrors quiet;
    if (!d->location.isDatabase()) {
        if (QFileInfo(m_path).isWritable())
            return true;
        if (why)
            *why = QStringLiteral("%1: the store is read-only; make the file writable (chmod u+w)").arg(m_path);
        return false;
    }
    QString role;
    if (postgis::canWrite(d->ds.get(), &role))
        return true;
    if (why)
        *why = QStringLiteral("%1: your PostgreSQL role \"%2\" may read this store but not change it; ask the "
                              "desk's administrator for the writer role (docs/shared-store.md)")
                   .arg(m_path, role);
    return false;
}

int StoreDataset::schemaVersion() const
{
    QList<StoreRow> rows;
    if (!read(StoreLayout::metaTable, QStringLiteral("key"), QStringLiteral("schema_version"), &rows, nullptr) ||
        rows.isEmpty())
        return 0;
    return rows.first().string(QStringLiteral("value")).toInt();
}

bool StoreDataset::upgrade(QString* error)
{
    const int from = schemaVersion();
    if (from >= StoreLayout::schemaVersion)
        return true;
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: cannot bring the store from schema %2 to schema %3 (%4); nothing was changed")
                         .arg(m_path)
                         .arg(from)
                         .arg(StoreLayout::schemaVersion)
                         .arg(why);
        return false;
    };
    StoreTransaction transaction(*this);
    QString why;
    if (!transaction.begin(&why))
        return fail(why);
    if (schemaVersion() >= StoreLayout::schemaVersion) // another writer upgraded it while this one waited
        return true;
    const gdal::QuietErrors quiet;
    for (const StoreTable& table : StoreLayout::tables()) {
        OGRLayer* layer = d->layer(table.name);
        if (table.since > from) {
            if (!layer && !createTable(d->ds.get(), table, &why))
                return fail(why);
            continue;
        }
        for (const StoreField& field : table.fields) {
            if (field.since <= from || !layer ||
                layer->GetLayerDefn()->GetFieldIndex(field.name.toUtf8().constData()) >= 0)
                continue;
            OGRFieldDefn defn(field.name.toUtf8().constData(), ogrType(field.type));
            defn.SetNullable(true); // the rows already there have no value
            if (layer->CreateField(&defn) != OGRERR_NONE)
                return fail(QStringLiteral("column %1.%2: %3").arg(table.name, field.name, gdalMessage()));
        }
    }
    StoreRow version;
    version.values = {{QStringLiteral("key"), QStringLiteral("schema_version")},
                      {QStringLiteral("value"), QString::number(StoreLayout::schemaVersion)}};
    if (!remove(StoreLayout::metaTable, QStringLiteral("key"), QStringLiteral("schema_version"), &why) ||
        !write(StoreLayout::metaTable, version, &why) || !transaction.commit(&why))
        return fail(why);
    return true;
}

QString StoreDataset::userName() const
{
    if (d->location.isDatabase()) {
        const gdal::QuietErrors quiet;
        return SqlResult(d->ds.get(), "SELECT current_user").firstValue();
    }
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return user.isEmpty() ? QStringLiteral("this computer's user") : user;
}

bool StoreDataset::begin(QString* error)
{
    const gdal::QuietErrors quiet;
    if (d->ds->StartTransaction() == OGRERR_NONE) {
        if (!d->location.isDatabase())
            return true;
        if (postgis::lockForWriting(d->ds.get(), d->location, error))
            return true;
        d->ds->RollbackTransaction();
        return false;
    }
    if (error)
        *error = QStringLiteral("%1: cannot start a transaction (%2); another program may be writing to the store, "
                                "try again when it is done")
                     .arg(m_path, gdalMessage());
    return false;
}

bool StoreDataset::commit(QString* error)
{
    const gdal::QuietErrors quiet;
    if (d->ds->CommitTransaction() == OGRERR_NONE)
        return true;
    if (error)
        *error =
            QStringLiteral("%1: the changes could not be saved (%2); nothing was changed").arg(m_path, gdalMessage()) +
            fullDiskAdvice(m_path);
    return false;
}

void StoreDataset::rollback()
{
    const gdal::QuietErrors quiet;
    d->ds->RollbackTransaction();
}

bool StoreDataset::read(const QString& table, const QString& field, const QString& value, QList<StoreRow>* rows,
                        QString* error) const
{
    const gdal::QuietErrors quiet;
    OGRLayer* layer = d->layer(table);
    if (!layer) {
        if (error)
            *error = QStringLiteral("%1: the store has no table %2").arg(m_path, table);
        return false;
    }
    return readRows(layer, *StoreLayout::table(table), equals(field, value), rows, error);
}

bool StoreDataset::write(const QString& table, const StoreRow& row, QString* error)
{
    const gdal::QuietErrors quiet;
    OGRLayer* layer = d->layer(table);
    if (!layer) {
        if (error)
            *error = QStringLiteral("%1: the store has no table %2").arg(m_path, table);
        return false;
    }
    if (writeRow(layer, *StoreLayout::table(table), row, error))
        return true;
    if (error)
        *error += fullDiskAdvice(m_path);
    return false;
}

bool StoreDataset::update(const QString& table, const StoreRow& row, QString* error)
{
    const gdal::QuietErrors quiet;
    OGRLayer* layer = d->layer(table);
    if (!layer) {
        if (error)
            *error = QStringLiteral("%1: the store has no table %2").arg(m_path, table);
        return false;
    }
    if (writeRow(layer, *StoreLayout::table(table), row, error, true))
        return true;
    if (error)
        *error += fullDiskAdvice(m_path);
    return false;
}

bool StoreDataset::remove(const QString& table, const QString& field, const QString& value, QString* error)
{
    const gdal::QuietErrors quiet;
    OGRLayer* layer = d->layer(table);
    if (!layer) {
        if (error)
            *error = QStringLiteral("%1: the store has no table %2").arg(m_path, table);
        return false;
    }
    return deleteRows(layer, *StoreLayout::table(table), equals(field, value), error);
}

int StoreDataset::count(const QString& table) const
{
    const gdal::QuietErrors quiet;
    OGRLayer* layer = d->layer(table);
    if (!layer)
        return -1;
    layer->SetAttributeFilter(nullptr);
    return int(layer->GetFeatureCount(TRUE));
}

} // namespace geo
