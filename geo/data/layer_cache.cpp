#include "geo/data/layer_cache.h"

#include "geo/core/gdal_support_p.h"
#include "geo/data/vector_source.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace geo {

namespace {

// Features written per transaction, and between two progress reports.
constexpr int kTransactionFeatures = 20000;
constexpr int kProgressEvery = 500;
// A temporary file older than this was left by a build that never finished (a crash): swept.
constexpr qint64 kStaleTemporarySeconds = 3600;
const QLatin1String kSuffix(".gpkg");
const QLatin1String kTemporaryMark(".gpkg.part");
// Column names in the copy that no field of a file is likely to have.
constexpr char kFidColumn[] = "frontline_fid";
constexpr char kGeometryColumn[] = "frontline_geometry";

struct Settings {
    std::mutex mutex;
    QString folder; // empty = the default
    qint64 bound = LayerCache::kDefaultSizeBound;
    // One lock per copy being built, so that two threads opening one file build it once.
    std::map<QString, std::shared_ptr<std::mutex>> building;
};

Settings& settings()
{
    static Settings s;
    return s;
}

std::atomic<int> g_builds{0};
thread_local LayerCache::ProgressScope* t_scope = nullptr;

struct Key {
    QString prefix; // the file
    QString name;   // prefix, then the file's state and the format: the copy's file name
};

// The key of the file PATH as it is now; nothing for a bundled resource or a missing file.
std::optional<Key> keyOf(const QString& path)
{
    if (path.startsWith(QLatin1String(":/")))
        return std::nullopt;
    const QFileInfo info(path);
    if (!info.isFile())
        return std::nullopt;
    const QString absolute = info.canonicalFilePath();
    QCryptographicHash where(QCryptographicHash::Sha1);
    where.addData(absolute.toUtf8());

    // The file and those beside it of the same base name (a shapefile's .shx, .dbf, .prj, .qix ...).
    QCryptographicHash state(QCryptographicHash::Sha1);
    state.addData(QByteArray::number(LayerCache::kFormatVersion));
    const QString base = info.completeBaseName();
    QFileInfoList siblings;
    for (const QFileInfo& sibling : info.absoluteDir().entryInfoList(QDir::Files | QDir::Hidden, QDir::Name))
        if (sibling.completeBaseName().compare(base, Qt::CaseInsensitive) == 0)
            siblings.append(sibling);
    if (siblings.isEmpty())
        siblings.append(info);
    for (const QFileInfo& f : siblings) {
        state.addData(f.fileName().toUtf8());
        state.addData(QByteArray("\n") + QByteArray::number(f.size()) + ' ' +
                      QByteArray::number(f.lastModified().toMSecsSinceEpoch()) + '\n');
    }
    Key key;
    key.prefix = QString::fromLatin1(where.result().toHex().left(20));
    key.name = key.prefix + QLatin1Char('-') + QString::fromLatin1(state.result().toHex().left(20)) + kSuffix;
    return key;
}

void removeWithCompanions(const QString& path)
{
    QFile::remove(path);
    for (const char* companion : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(companion));
}

// Deletes copies used longest ago (but KEEP) until the rest fit in the bound, and temporary files left by a crash.
void evict(const QString& folder, const QString& keep, qint64 bound)
{
    const QDir dir(folder);
    QFileInfoList copies;
    qint64 total = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo& f : dir.entryInfoList(QDir::Files, QDir::NoSort)) {
        if (f.fileName().contains(kTemporaryMark)) {
            if (f.lastModified().secsTo(now) > kStaleTemporarySeconds)
                QFile::remove(f.absoluteFilePath());
        } else if (f.fileName().endsWith(kSuffix)) {
            copies.append(f);
            total += f.size();
        }
    }
    std::sort(copies.begin(), copies.end(),
              [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo& f : copies) {
        if (total <= bound)
            break;
        if (f.absoluteFilePath() == keep)
            continue;
        removeWithCompanions(f.absoluteFilePath());
        total -= f.size();
    }
}

// Writes what PATH holds to the disk before it is renamed into place, so that the name never points at a copy
// that a power cut would leave half written.
void flushToDisk(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

LayerCache::ProgressScope::ProgressScope(Progress progress) : m_progress(std::move(progress)), m_outer(t_scope)
{
    t_scope = this;
}

LayerCache::ProgressScope::~ProgressScope()
{
    t_scope = m_outer;
}

QString LayerCache::directory()
{
    {
        Settings& s = settings();
        const std::lock_guard lock(s.mutex);
        if (!s.folder.isEmpty())
            return s.folder;
    }
    if (!QCoreApplication::instance() || QCoreApplication::applicationName().isEmpty())
        return {};
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : base + QLatin1String("/layers");
}

void LayerCache::setDirectory(const QString& folder)
{
    Settings& s = settings();
    const std::lock_guard lock(s.mutex);
    s.folder = folder;
}

qint64 LayerCache::sizeBound()
{
    Settings& s = settings();
    const std::lock_guard lock(s.mutex);
    return s.bound;
}

void LayerCache::setSizeBound(qint64 bytes)
{
    Settings& s = settings();
    const std::lock_guard lock(s.mutex);
    s.bound = bytes;
}

int LayerCache::buildCount()
{
    return g_builds.load();
}

bool LayerCache::wanted(const VectorSource& source, int layerIndex)
{
    if (source.path().startsWith(QLatin1String(":/")) || !QFileInfo(source.path()).isFile())
        return false;
    // An OpenStreetMap file is read for its highways only; a VRT reads other files, whose changes its own
    // modification time does not show.
    if (source.driverName() == QLatin1String("OSM") || source.driverName() == QLatin1String("OGR_VRT") ||
        !source.copyPath().isEmpty())
        return false;
    OGRLayer* layer = source.dataset()->GetLayer(layerIndex);
    return layer && !layer->TestCapability(OLCFastSpatialFilter);
}

QString LayerCache::find(const QString& path)
{
    const QString folder = directory().isEmpty() ? QString() : QDir(directory()).absolutePath();
    if (folder.isEmpty())
        return {};
    const auto key = keyOf(path);
    if (!key)
        return {};
    const QString copy = folder + QLatin1Char('/') + key->name;
    QFile file(copy);
    if (!file.exists())
        return {};
    // Last use, for eviction.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return copy;
}

LayerCache::Result LayerCache::build(const VectorSource& source, const Progress& progress)
{
    Result result;
    const Progress report = progress ? progress : (t_scope ? t_scope->m_progress : Progress());
    const QString folder = directory().isEmpty() ? QString() : QDir(directory()).absolutePath();
    const auto key = keyOf(source.path());
    if (folder.isEmpty() || !key || !source.copyPath().isEmpty()) {
        result.error = QStringLiteral("%1: no cache folder for an indexed copy").arg(source.path());
        return result;
    }
    if (!QDir().mkpath(folder)) {
        result.error = QStringLiteral("%1: cannot create the cache folder %2").arg(source.path(), folder);
        return result;
    }

    std::shared_ptr<std::mutex> building;
    {
        Settings& s = settings();
        const std::lock_guard lock(s.mutex);
        auto& m = s.building[key->name];
        if (!m)
            m = std::make_shared<std::mutex>();
        building = m;
    }
    const std::lock_guard buildLock(*building);
    result.path = find(source.path());
    if (!result.path.isEmpty())
        return result; // another thread built it meanwhile

    const QString copy = folder + QLatin1Char('/') + key->name;
    const QString temporary =
        copy + QLatin1String(".part") + QString::number(QRandomGenerator::global()->generate64(), 16);
    auto fail = [&](const QString& message) {
        removeWithCompanions(temporary);
        result.path.clear();
        result.error = QStringLiteral("%1: no indexed copy in %2 (%3)").arg(source.path(), folder, message);
        return result;
    };
    auto cancel = [&] {
        removeWithCompanions(temporary);
        result.path.clear();
        result.cancelled = true;
        return result;
    };

    const gdal::QuietErrors quiet;
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!gpkg)
        return fail(QStringLiteral("no GeoPackage driver"));
    // The copy is renamed into place only once complete: nothing is gained by syncing each transaction.
    const CPLConfigOptionSetter noSync("OGR_SQLITE_SYNCHRONOUS", "OFF", /*bSetOnlyIfUndefined=*/false);
    GDALDatasetUniquePtr out(gpkg->Create(temporary.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!out)
        return fail(gdal::lastError());
    GDALDataset* in = source.dataset();
    qint64 total = 0;
    for (int i = 0; i < in->GetLayerCount(); ++i) {
        const qint64 n = in->GetLayer(i)->GetFeatureCount(FALSE);
        total = n >= 0 && total >= 0 ? total + n : -1;
    }
    qint64 done = 0;
    if (report && !report(total > 0 ? 0.0 : -1.0))
        return cancel();
    bool complete = true; // every field of every layer, as it is in the file
    gdal::takeRefusedRequests();
    for (int i = 0; i < in->GetLayerCount(); ++i) {
        OGRLayer* from = in->GetLayer(i);
        CPLStringList layerOptions;
        layerOptions.SetNameValue("SPATIAL_INDEX", "YES");
        layerOptions.SetNameValue("GEOMETRY_NAME", kGeometryColumn);
        layerOptions.SetNameValue("FID", kFidColumn);
        OGRLayer* to =
            out->CreateLayer(from->GetName(), from->GetSpatialRef(), from->GetGeomType(), layerOptions.List());
        if (!to)
            return fail(gdal::lastError());
        const OGRFeatureDefn* defn = from->GetLayerDefn();
        std::vector<int> fieldMap(size_t(defn->GetFieldCount()), -1);
        for (int k = 0; k < defn->GetFieldCount(); ++k) {
            const OGRFieldDefn* field = defn->GetFieldDefn(k);
            if (to->CreateField(const_cast<OGRFieldDefn*>(field), /*bApproxOK=*/TRUE) == OGRERR_NONE) {
                const OGRFieldDefn* made = to->GetLayerDefn()->GetFieldDefn(to->GetLayerDefn()->GetFieldCount() - 1);
                fieldMap[size_t(k)] = to->GetLayerDefn()->GetFieldCount() - 1;
                complete = complete && made && EQUAL(made->GetNameRef(), field->GetNameRef()) &&
                           made->GetType() == field->GetType();
            } else {
                complete = false;
            }
        }
        from->SetSpatialFilter(nullptr);
        from->SetAttributeFilter(nullptr);
        from->ResetReading();
        bool ok = out->StartTransaction() == OGRERR_NONE;
        bool cancelled = false;
        QString writeError;
        CPLErrorReset();
        for (auto& f : *from) {
            if (!ok)
                break;
            ++done;
            if (done % kProgressEvery == 0 && report &&
                !report(total > 0 ? std::min(1.0, double(done) / total) : -1.0)) {
                cancelled = true;
                break;
            }
            OGRFeature feature(to->GetLayerDefn());
            feature.SetFrom(f.get(), fieldMap.data(), /*bForgiving=*/TRUE);
            // Ids as in the file, plus one: a GeoPackage has none under 1.
            feature.SetFID(f->GetFID() >= 0 ? f->GetFID() + 1 : OGRNullFID);
            if (to->CreateFeature(&feature) != OGRERR_NONE) {
                ok = false;
                writeError = gdal::lastError();
                break;
            }
            if (done % kTransactionFeatures == 0)
                ok = out->CommitTransaction() == OGRERR_NONE && out->StartTransaction() == OGRERR_NONE;
        }
        const bool readFailed = CPLGetLastErrorType() >= CE_Failure && writeError.isEmpty() && ok;
        const QString readError = readFailed ? gdal::lastError() : QString();
        from->ResetReading();
        if (cancelled) {
            out.reset();
            return cancel();
        }
        if (!gdal::takeRefusedRequests().isEmpty())
            return fail(QStringLiteral("the file asks for the network"));
        if (!ok)
            return fail(writeError.isEmpty() ? gdal::lastError() : writeError);
        if (readFailed)
            return fail(QStringLiteral("read error: %1").arg(readError));
        if (out->CommitTransaction() != OGRERR_NONE)
            return fail(gdal::lastError());
    }
    out->SetMetadataItem(kDriverItem, source.driverName().toUtf8().constData());
    out->SetMetadataItem(kCompleteItem, complete ? "YES" : "NO");
    CPLErrorReset();
    out.reset(); // the R-trees are filled here, one pass each
    if (CPLGetLastErrorType() >= CE_Failure)
        return fail(gdal::lastError());
    if (report && !report(1.0))
        return cancel();
    flushToDisk(temporary);
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(copy).toStdString(),
                            renameError);
    if (renameError)
        return fail(QString::fromStdString(renameError.message()));
    removeWithCompanions(temporary); // a journal GDAL may have left
    // The copies of the file as it was before.
    for (const QFileInfo& old : QDir(folder).entryInfoList({key->prefix + QLatin1String("-*") + kSuffix}, QDir::Files))
        if (old.absoluteFilePath() != copy)
            removeWithCompanions(old.absoluteFilePath());
    evict(folder, copy, sizeBound());
    ++g_builds;
    result.path = copy;
    return result;
}

} // namespace geo
