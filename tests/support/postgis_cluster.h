// The throwaway PostgreSQL + PostGIS cluster CTest starts for the shared-store suites (scripts/pg_cluster.sh, the
// `postgis` fixture in tests/CMakeLists.txt): connections, statements and a new database per case, made from the
// cluster's template database (which has PostGIS). Statements go through GDAL's PostgreSQL driver.
#pragma once

#include <QString>

namespace frontline::test {

class PostgisCluster {
public:
    // TEMPLATE: the connection to the template database as the cluster's superuser, e.g.
    // "postgresql:///frontline_test?host=/tmp/frontline-pg-...&port=5433&user=frontline_admin".
    explicit PostgisCluster(QString templateConnection) : m_template(std::move(templateConnection)) {}

    // The connection to database NAME as USER.
    QString connectionTo(const QString& name, const QString& user = QStringLiteral("frontline_admin")) const;
    // Runs STATEMENT in DATABASE as the superuser; false with *error set when it fails.
    bool run(const QString& database, const QString& statement, QString* error = nullptr) const;
    // The first column of the first row STATEMENT returns; empty when none, or on failure.
    QString value(const QString& database, const QString& statement) const;
    // A new, empty database (copied from the template) for one case; its name. Empty with *error on failure.
    QString newDatabase(const QString& prefix, QString* error = nullptr);

private:
    QString m_template;
    int m_made = 0;
};

} // namespace frontline::test
