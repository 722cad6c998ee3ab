#pragma once
// What the store's two backends share: the GeoPackage file (store_dataset.cpp, with the StoreDataset class) and
// the PostGIS database (store_postgis.cpp). Private (the _p.h suffix): it names GDAL types, and only geo/store's
// .cpp files include it.

#include "geo/core/gdal_support_p.h"
#include "geo/store/store_layout.h"
#include "geo/store/store_location.h"

#include <QString>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <functional>

namespace geo::store_backend {

// GDAL's last message, read inside a gdal::QuietErrors scope and put into ours.
inline QString gdalMessage()
{
    const QString message = gdal::lastError();
    return message.isEmpty() ? QStringLiteral("no detail from GDAL") : message;
}

// The result set of ExecuteSQL, released with its dataset.
class SqlResult {
public:
    SqlResult(GDALDataset* ds, const char* sql) : m_ds(ds), m_layer(ds->ExecuteSQL(sql, nullptr, nullptr)) {}
    ~SqlResult()
    {
        if (m_layer)
            m_ds->ReleaseResultSet(m_layer);
    }
    SqlResult(const SqlResult&) = delete;
    SqlResult& operator=(const SqlResult&) = delete;
    OGRLayer* layer() const { return m_layer; }
    // The first column of the first row, as text; empty when there is none.
    QString firstValue() const
    {
        OGRFeatureUniquePtr row(m_layer ? m_layer->GetNextFeature() : nullptr);
        return row ? QString::fromUtf8(row->GetFieldAsString(0)) : QString();
    }

private:
    GDALDataset* m_ds;
    OGRLayer* m_layer;
};

// The tables, columns and indexes of StoreLayout, and the meta rows of a new store (schema version, application).
bool createSchema(GDALDataset* ds, QString* error);
// One table of the layout, with its columns and its index (the tables a later schema adds, on an upgrade).
bool createTable(GDALDataset* ds, const StoreTable& table, QString* error);
// Adds ROW; with REPLACE, replaces the row of the same fid instead (every column: what ROW lacks becomes NULL).
bool writeRow(OGRLayer* layer, const StoreTable& table, const StoreRow& row, QString* error, bool replace = false);
// That DS holds a Frontline store of a schema this version reads, with every table and column. SHOWN names the
// store in messages, KIND says what it is ("GeoPackage", "PostgreSQL database"); REFUSE words a refusal.
bool checkLayout(GDALDataset* ds, const QString& shown, const QString& kind,
                 const std::function<QString(const QString&)>& refuse, QString* error);

// The PostGIS backend (store_postgis.cpp).
namespace postgis {
// Connects; null with *error saying why (server, authentication, database, PostGIS missing) and what to do.
GDALDatasetUniquePtr connect(const StoreLocation& location, bool update, QString* error);
// Whether the database holds a Frontline store (its meta table).
bool hasStore(GDALDataset* ds);
// Creates the layout in one transaction (all of it or nothing), refusing a database whose tables clash.
bool create(const StoreLocation& location, QString* error);
bool create(GDALDataset* ds, const StoreLocation& location, QString* error); // on a connection opened for update
bool check(const StoreLocation& location, QString* error);
bool check(GDALDataset* ds, const StoreLocation& location, QString* error);
// Inside a transaction: waits until no other Frontline writes to this store (an advisory lock held until the
// transaction ends), so that two analysts' imports follow each other instead of deriving control states from
// two different snapshots.
bool lockForWriting(GDALDataset* ds, const StoreLocation& location, QString* error);
// Whether this connection's role may change the store; *role gets its name.
bool canWrite(GDALDataset* ds, QString* role);
} // namespace postgis

} // namespace geo::store_backend
