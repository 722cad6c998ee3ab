#include "postgis_cluster.h"

#include <QCoreApplication>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace frontline::test {

namespace {

GDALDatasetUniquePtr connect(const QString& connection, bool update)
{
    GDALAllRegister();
    const char* const drivers[] = {"PostgreSQL", nullptr};
    return GDALDatasetUniquePtr(GDALDataset::Open((QStringLiteral("PG:") + connection).toUtf8().constData(),
                                                  GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY),
                                                  drivers, nullptr, nullptr));
}

} // namespace

QString PostgisCluster::connectionTo(const QString& name, const QString& user) const
{
    QString uri = m_template;
    uri.replace(QStringLiteral("/frontline_test?"), QStringLiteral("/%1?").arg(name));
    uri.replace(QStringLiteral("user=frontline_admin"), QStringLiteral("user=") + user);
    return uri;
}

bool PostgisCluster::run(const QString& database, const QString& statement, QString* error) const
{
    CPLErrorReset();
    auto ds = connect(connectionTo(database), true);
    if (ds) {
        OGRLayer* result = ds->ExecuteSQL(statement.toUtf8().constData(), nullptr, nullptr);
        if (result)
            ds->ReleaseResultSet(result);
    }
    if (ds && CPLGetLastErrorType() < CE_Failure)
        return true;
    if (error)
        *error = QString::fromUtf8(CPLGetLastErrorMsg());
    return false;
}

QString PostgisCluster::value(const QString& database, const QString& statement) const
{
    auto ds = connect(connectionTo(database), false);
    OGRLayer* result = ds ? ds->ExecuteSQL(statement.toUtf8().constData(), nullptr, nullptr) : nullptr;
    if (!result)
        return {};
    OGRFeatureUniquePtr row(result->GetNextFeature());
    const QString text = row ? QString::fromUtf8(row->GetFieldAsString(0)) : QString();
    ds->ReleaseResultSet(result);
    return text;
}

QString PostgisCluster::newDatabase(const QString& prefix, QString* error)
{
    const QString name = QStringLiteral("%1_%2_%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(++m_made);
    if (!run(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 TEMPLATE frontline_test").arg(name), error))
        return {};
    return name;
}

} // namespace frontline::test
