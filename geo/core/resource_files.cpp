#include "geo/core/resource_files.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <cpl_vsi.h>

namespace geo {

QString gdalPathFor(const QString& path)
{
    if (!path.startsWith(QLatin1String(":/")))
        return path;

    static QMutex mutex;
    static QHash<QString, QString> served;
    QMutexLocker lock(&mutex);
    if (auto it = served.constFind(path); it != served.constEnd())
        return *it;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const QString vsiPath = QStringLiteral("/vsimem/frontline") + path.mid(1);
    // GDAL takes its own copy of the buffer (bTakeOwnership) so the QByteArray may go.
    auto* buffer = static_cast<GByte*>(VSIMalloc(size_t(bytes.size())));
    if (!buffer)
        return {};
    memcpy(buffer, bytes.constData(), size_t(bytes.size()));
    VSILFILE* fp = VSIFileFromMemBuffer(vsiPath.toUtf8().constData(), buffer, vsi_l_offset(bytes.size()), TRUE);
    if (!fp) {
        VSIFree(buffer);
        return {};
    }
    VSIFCloseL(fp);
    served.insert(path, vsiPath);
    return vsiPath;
}

} // namespace geo
