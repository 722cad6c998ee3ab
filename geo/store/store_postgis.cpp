// The article store in a PostgreSQL database with PostGIS, through GDAL's PostgreSQL driver: the same layout,
// rows and transactions as the GeoPackage (store_dataset.cpp), with what a shared server adds: connections that
// fail for their own reasons, roles that may only read, and several writers at once.
#include "geo/store/store_backends_p.h"

#include <QStringList>

namespace geo::store_backend::postgis {

namespace {

// The store's writers queue on this advisory lock (any number: "Frontline" folded into 48 bits).
constexpr const char* kLockWriters = "SELECT pg_advisory_xact_lock(77433129968622)";

QString connectionAdvice(const QString& why)
{
    if (why.contains(QLatin1String("password authentication failed")) ||
        why.contains(QLatin1String("no password supplied")))
        return QStringLiteral("put the password in ~/.pgpass (or PGPASSWORD), never in the store setting");
    if (why.contains(QLatin1String("database")) && why.contains(QLatin1String("does not exist")))
        return QStringLiteral("create the database first (createdb, then CREATE EXTENSION postgis), or check its "
                              "name");
    if (why.contains(QLatin1String("role")) && why.contains(QLatin1String("does not exist")))
        return QStringLiteral("check the user name, or ask the desk's administrator for a role");
    return QStringLiteral("check that the server is running and that the host, port and database are right");
}

} // namespace

GDALDatasetUniquePtr connect(const StoreLocation& location, bool update, QString* error)
{
    gdal::registerOnce();
    const char* const drivers[] = {"PostgreSQL", nullptr};
    // Every table, spatial or not, is a layer: the store's attribute tables are found by name.
    const char* const options[] = {"LIST_ALL_TABLES=YES", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(location.gdalName().toUtf8().constData(),
                                              GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY), drivers,
                                              options, nullptr));
    if (!ds) {
        const QString why = gdal::lastError().simplified();
        *error = QStringLiteral("%1: cannot connect to the database (%2); %3")
                     .arg(location.display(), why.isEmpty() ? QStringLiteral("no detail from the server") : why,
                          connectionAdvice(why));
        return nullptr;
    }
    if (SqlResult(ds.get(), "SELECT extversion FROM pg_extension WHERE extname = 'postgis'").firstValue().isEmpty()) {
        *error = QStringLiteral("%1: the database has no PostGIS; its owner can add it with CREATE EXTENSION postgis")
                     .arg(location.display());
        return nullptr;
    }
    return ds;
}

bool hasStore(GDALDataset* ds)
{
    const QByteArray sql = QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(StoreLayout::metaTable).toUtf8();
    const QString value = SqlResult(ds, sql.constData()).firstValue();
    return value == QLatin1String("1") || value == QLatin1String("t") || value == QLatin1String("true");
}

bool lockForWriting(GDALDataset* ds, const StoreLocation& location, QString* error)
{
    CPLErrorReset();
    SqlResult lock(ds, kLockWriters);
    if (CPLGetLastErrorType() < CE_Failure)
        return true;
    *error = QStringLiteral("%1: cannot wait for the other writers (%2)").arg(location.display(), gdalMessage());
    return false;
}

bool canWrite(GDALDataset* ds, QString* role)
{
    // A table a later schema adds is not there before the upgrade (which only a role that may write makes):
    // it does not count until it is.
    QStringList checks;
    for (const StoreTable& table : StoreLayout::tables()) {
        for (const char* privilege : {"INSERT", "DELETE"})
            checks << QStringLiteral("coalesce(has_table_privilege(to_regclass('%1'), '%2'), true)")
                          .arg(table.name, QLatin1String(privilege));
    }
    const QByteArray sql =
        QStringLiteral("SELECT current_user, (%1)::int").arg(checks.join(QStringLiteral(" AND "))).toUtf8();
    SqlResult result(ds, sql.constData());
    OGRFeatureUniquePtr row(result.layer() ? result.layer()->GetNextFeature() : nullptr);
    if (role)
        *role = row ? QString::fromUtf8(row->GetFieldAsString(0)) : QString();
    return row && row->GetFieldAsInteger(1) == 1;
}

bool create(const StoreLocation& location, QString* error)
{
    const gdal::QuietErrors quiet;
    auto ds = connect(location, true, error);
    return ds && create(ds.get(), location, error);
}

bool create(GDALDataset* connection, const StoreLocation& location, QString* error)
{
    GDALDataset* ds = connection;
    const auto fail = [&](const QString& why) {
        ds->RollbackTransaction();
        *error = QStringLiteral("%1: cannot create the store (%2); nothing was created").arg(location.display(), why);
        return false;
    };
    if (ds->StartTransaction() != OGRERR_NONE)
        return fail(gdalMessage());
    QString why;
    if (!lockForWriting(ds, location, &why))
        return fail(why);
    if (hasStore(ds)) { // another process made it while this one waited
        ds->RollbackTransaction();
        return true;
    }
    for (const StoreTable& table : StoreLayout::tables()) {
        const QByteArray sql = QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(table.name).toUtf8();
        const QString exists = SqlResult(ds, sql.constData()).firstValue();
        if (exists == QLatin1String("1") || exists == QLatin1String("t"))
            return fail(QStringLiteral("the database already has a table %1 that is not part of a Frontline store; "
                                       "use another database")
                            .arg(table.name));
    }
    if (!createSchema(ds, &why))
        return fail(why);
    if (ds->CommitTransaction() != OGRERR_NONE)
        return fail(gdalMessage());
    return true;
}

bool check(const StoreLocation& location, QString* error)
{
    const gdal::QuietErrors quiet;
    auto ds = connect(location, false, error);
    return ds && check(ds.get(), location, error);
}

bool check(GDALDataset* ds, const StoreLocation& location, QString* error)
{
    const QString shown = location.display();
    return checkLayout(
        ds, shown, QStringLiteral("PostgreSQL database"),
        [&shown](const QString& what) {
            return QStringLiteral("%1: %2. Frontline leaves the database as it is: choose another database for the "
                                  "store")
                .arg(shown, what);
        },
        error);
}

} // namespace geo::store_backend::postgis
