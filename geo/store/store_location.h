#pragma once
// Where a store lives: a GeoPackage file, or a PostgreSQL/PostGIS database named by a libpq connection, either as
// a URI ("postgresql://desk@db.example/frontline", "postgres://...") or in GDAL's form ("PG:dbname=frontline
// host=db.example"). Passwords are never to be shown or kept: display() drops them, and settings keep
// display() only (libpq reads the password from ~/.pgpass or PGPASSWORD).

#include <QString>

namespace geo {

class StoreLocation {
public:
    enum class Kind { File, Database };

    explicit StoreLocation(const QString& text);

    Kind kind() const { return m_kind; }
    bool isDatabase() const { return m_kind == Kind::Database; }
    // What GDAL opens: the file path, or "PG:" followed by the connection.
    QString gdalName() const;
    // For messages, settings and logs: the file path, or the connection without any password.
    QString display() const;
    // The connection as libpq takes it (a URI or key=value pairs), password included; empty for a file.
    QString connection() const { return m_kind == Kind::Database ? m_connection : QString(); }

private:
    Kind m_kind = Kind::File;
    QString m_text;       // as given
    QString m_connection; // without the "PG:" prefix
};

} // namespace geo
