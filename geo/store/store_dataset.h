#pragma once
// The dataset under the article store (geo/store/article_store.h), a GeoPackage file or a PostGIS database (a
// StoreLocation names either): creates it with the layout of StoreLayout, checks an existing one without writing
// to it, and reads and writes StoreRows through GDAL, inside transactions. GDAL stays behind this header; a
// StoreDataset belongs to the thread that opened it. PATH below is a file path or a database connection.

#include "geo/store/store_layout.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace geo {

class StoreDataset {
public:
    // Creates an empty store at PATH (there must be no file there). It is built under a temporary name in the
    // same folder and then renamed, so PATH never holds a half-made store.
    static bool create(const QString& path, QString* error);
    // Checks that PATH is a GeoPackage holding a Frontline store of a schema this version reads, with every table
    // and column. It writes nothing, except that a journal left by an interrupted write is rolled back first (as
    // SQLite does on any connection that may write). The message says what is wrong and what to do.
    static bool check(const QString& path, QString* error);
    // Opens a checked store for reading and writing. A database is connected to once: the store's tables are
    // made there when it has none (as create does), and checked (as check does).
    static std::unique_ptr<StoreDataset> open(const QString& path, QString* error);
    // Whether there is a store at PATH (a file; a database holding the store's tables). False with *error set
    // when a database cannot be reached.
    static bool exists(const QString& path, QString* error);

    ~StoreDataset();
    StoreDataset(const StoreDataset&) = delete;
    StoreDataset& operator=(const StoreDataset&) = delete;

    // The file path, or the database connection without its password.
    QString path() const { return m_path; }
    bool isDatabase() const;
    // Whether this user may change the store (a writable file; a PostgreSQL role with INSERT and DELETE on
    // every table); *why (optional) says what to do when not.
    bool canWrite(QString* why = nullptr) const;
    // The store's schema version (StoreLayout::schemaVersion for a store this version made).
    int schemaVersion() const;
    // Brings a store of an older schema to this version's, in one transaction (the new tables, the new columns,
    // empty for the rows already there, and the version). Nothing to do for a store of this version.
    bool upgrade(QString* error);
    // Who writes: the PostgreSQL role, or the local user for a file.
    QString userName() const;

    // On a database, begin also waits for the other writers of the store (see the PostGIS backend).
    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();

    // The rows of TABLE whose FIELD equals VALUE (every row when FIELD is empty), in fid order.
    bool read(const QString& table, const QString& field, const QString& value, QList<StoreRow>* rows,
              QString* error) const;
    bool write(const QString& table, const StoreRow& row, QString* error);
    // Replaces the row of TABLE whose fid is ROW.fid with ROW (what ROW lacks becomes NULL), keeping its place in
    // the fid order.
    bool update(const QString& table, const StoreRow& row, QString* error);
    // Deletes the rows of TABLE whose FIELD equals VALUE (every row when FIELD is empty).
    bool remove(const QString& table, const QString& field, const QString& value, QString* error);
    // -1 for a table that is not in the layout.
    int count(const QString& table) const;

private:
    StoreDataset() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_path;
};

// A transaction that rolls back unless committed.
class StoreTransaction {
public:
    explicit StoreTransaction(StoreDataset& dataset) : m_dataset(dataset) {}
    ~StoreTransaction()
    {
        if (m_active)
            m_dataset.rollback();
    }
    StoreTransaction(const StoreTransaction&) = delete;
    StoreTransaction& operator=(const StoreTransaction&) = delete;

    bool begin(QString* error) { return m_active = m_dataset.begin(error); }
    bool commit(QString* error)
    {
        if (!m_dataset.commit(error))
            return false; // the destructor rolls back
        m_active = false;
        return true;
    }

private:
    StoreDataset& m_dataset;
    bool m_active = false;
};

} // namespace geo
