#include "geo/data/bundled_cache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <filesystem>

#include <gdal.h>
#include <geos_c.h>

namespace geo {

namespace {

// Changes whenever what is written changes.
constexpr quint32 kMagic = 0x464c4231; // "FLB1"
constexpr quint32 kFormat = 1;

// What the cached features depend on: the file's bytes, the tolerance, the libraries that parsed and simplified.
QByteArray keyOf(const QByteArray& bytes, double simplify)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView("frontline bundled features"));
    hash.addData(QByteArray::number(kFormat));
    hash.addData(QByteArrayView(GDALVersionInfo("RELEASE_NAME")));
    hash.addData(QByteArrayView(GEOSversion()));
    hash.addData(QByteArray::number(simplify, 'g', 17));
    hash.addData(bytes);
    return hash.result();
}

QDataStream& operator<<(QDataStream& s, const Geometry& g)
{
    return s << qint32(g.kind) << g.parts;
}

QDataStream& operator>>(QDataStream& s, Geometry& g)
{
    qint32 kind = 0;
    s >> kind >> g.parts;
    g.kind = GeometryKind(kind);
    return s;
}

QString folderOr(const QString& cacheFolder)
{
    if (!cacheFolder.isEmpty())
        return cacheFolder;
    const QString location = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return location.isEmpty() ? QString() : location + QStringLiteral("/bundled");
}

QString fileFor(const QString& folder, const QByteArray& key)
{
    return folder.isEmpty()
               ? QString()
               : folder + QLatin1Char('/') + QString::fromLatin1(key.toHex()) + QStringLiteral(".features");
}

bool readCache(const QString& file, const QByteArray& key, QVector<Feature>* out)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QDataStream header(&f);
    header.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    QByteArray storedKey, payload, digest;
    header >> magic >> storedKey;
    if (header.status() != QDataStream::Ok || magic != kMagic || storedKey != key)
        return false;
    header >> payload >> digest;
    // Any byte changed, cut short or added: read the file instead.
    if (header.status() != QDataStream::Ok || !header.atEnd() ||
        digest != QCryptographicHash::hash(payload, QCryptographicHash::Sha1))
        return false;
    QDataStream s(payload);
    s.setVersion(QDataStream::Qt_6_0);
    qint64 count = -1;
    s >> count;
    if (s.status() != QDataStream::Ok || count < 0 || count > payload.size())
        return false;
    QVector<Feature> features(count);
    for (Feature& feature : features)
        s >> feature.fid >> feature.attributes >> feature.geometry >> feature.simplified >> feature.labelPoint >>
            feature.wkb;
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return false;
    *out = std::move(features);
    return true;
}

void writeCache(const QString& file, const QByteArray& key, const QVector<Feature>& features)
{
    if (file.isEmpty() || !QDir().mkpath(QFileInfo(file).path()))
        return;
    QByteArray payload;
    {
        QDataStream s(&payload, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_0);
        s << qint64(features.size());
        for (const Feature& feature : features)
            s << feature.fid << feature.attributes << feature.geometry << feature.simplified << feature.labelPoint
              << feature.wkb;
    }
    QByteArray bytes;
    {
        QDataStream s(&bytes, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_0);
        s << kMagic << key << payload << QCryptographicHash::hash(payload, QCryptographicHash::Sha1);
    }
    // Whole or not at all (a temporary renamed over the entry), so that another process never reads half a file.
    // Not synced to disk: a cache need not survive a power cut, the digest catches what a crash leaves, and a
    // failure only costs the next start a read of the bundled file.
    QTemporaryFile temporary(file + QStringLiteral(".XXXXXX"));
    if (!temporary.open() || temporary.write(bytes) != bytes.size() || !temporary.flush())
        return;
    std::error_code ignored;
    std::filesystem::rename(QFile::encodeName(temporary.fileName()).toStdString(),
                            QFile::encodeName(file).toStdString(), ignored);
    if (!ignored)
        temporary.setAutoRemove(false); // it is the entry now
}

} // namespace

QString bundledCacheFile(const QString& path, double simplify, const QString& cacheFolder)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fileFor(folderOr(cacheFolder), keyOf(file.readAll(), simplify));
}

bool readBundledFeatures(const QString& path, double simplify, QVector<Feature>* out, QString* error,
                         const QString& cacheFolder)
{
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const QByteArray key = keyOf(bytes, simplify);
    const QString cache = bytes.isEmpty() ? QString() : fileFor(folderOr(cacheFolder), key);
    if (!cache.isEmpty() && readCache(cache, key, out))
        return true;

    auto source = VectorSource::open(path, error);
    if (!source)
        return false;
    ReadOptions options;
    options.simplifyTolerance = simplify;
    QVector<Feature> features;
    if (!source->readFeatures(0, options, &features, error))
        return false;
    if (!cache.isEmpty())
        writeCache(cache, key, features);
    *out = std::move(features);
    return true;
}

} // namespace geo
