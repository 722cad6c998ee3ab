#include "geo/core/gdal_support_p.h"

#include <gdal.h>

#include <mutex>

namespace geo::gdal {

void registerOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

QString lastError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

} // namespace geo::gdal
