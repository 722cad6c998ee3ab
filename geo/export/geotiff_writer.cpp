#include "geo/export/geotiff_writer.h"

#include "geo/core/file_writer.h"
#include "geo/core/gdal_support_p.h"

#include <QFile>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <cerrno>

namespace geo {

namespace {

struct ProgressContext {
    const std::function<bool(double)>* progress = nullptr;
};

int CPL_STDCALL gdalProgress(double complete, const char*, void* data)
{
    const auto* ctx = static_cast<const ProgressContext*>(data);
    return (!ctx->progress || !*ctx->progress || (*ctx->progress)(complete)) ? TRUE : FALSE;
}

// The system's reason behind GDAL's first failure: libtiff reports a refused write in its own words ("IO error
// writing tag data"), and errno still holds the system's when GDAL hands the error on. Only the errors a write
// can meet are taken, not one left over from an earlier call.
class SystemErrorWatch {
public:
    SystemErrorWatch()
    {
        errno = 0;
        CPLPushErrorHandlerEx(&SystemErrorWatch::handle, this);
    }
    ~SystemErrorWatch() { CPLPopErrorHandler(); }
    SystemErrorWatch(const SystemErrorWatch&) = delete;
    SystemErrorWatch& operator=(const SystemErrorWatch&) = delete;

    int first() const { return m_first; }

private:
    static void CPL_STDCALL handle(CPLErr type, CPLErrorNum, const char*)
    {
        const int seen = errno;
        auto* self = static_cast<SystemErrorWatch*>(CPLGetErrorHandlerUserData());
        if (self && self->m_first == 0 && type >= CE_Failure &&
            (seen == ENOSPC || seen == EDQUOT || seen == EFBIG || seen == EIO || seen == EROFS))
            self->m_first = seen;
        errno = seen;
    }

    int m_first = 0;
};

} // namespace

bool writeGeoTiff(const QImage& image, const GeoTiffOptions& options, const QString& path,
                  const std::function<bool(double)>& progress, QString* error, bool* cancelled)
{
    gdal::registerOnce();
    *cancelled = false;
    auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: cannot write the GeoTIFF (%2)").arg(path, why);
        return false;
    };
    if (image.isNull())
        return fail(QStringLiteral("no image"));

    // GDAL errors are collected, not printed: they are reported in our words.
    const gdal::QuietErrors quiet;
    // No PAM sidecar (.aux.xml) next to the temporary name: everything goes in the TIFF. The caller's value of the
    // option (this thread's) comes back afterwards.
    const CPLConfigOptionSetter noSidecar("GDAL_PAM_ENABLED", "NO", /*bSetOnlyIfUndefined=*/false);
    GDALDriver* memDriver = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver* tiffDriver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (!memDriver || !tiffDriver)
        return fail(QStringLiteral("GDAL has no MEM or GTiff driver"));

    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const int w = rgb.width(), h = rgb.height();
    GDALDatasetUniquePtr mem(memDriver->Create("", w, h, 3, GDT_Byte, nullptr));
    if (!mem)
        return fail(gdal::lastError());
    int bands[3] = {1, 2, 3};
    // Interleaved RGB rows of the QImage: 3 bytes a pixel, bytesPerLine a row, 1 byte between bands.
    if (mem->RasterIO(GF_Write, 0, 0, w, h, const_cast<uchar*>(rgb.constBits()), w, h, GDT_Byte, 3, bands, 3,
                      rgb.bytesPerLine(), 1, nullptr) != CE_None)
        return fail(gdal::lastError());
    const GDALColorInterp colours[3] = {GCI_RedBand, GCI_GreenBand, GCI_BlueBand};
    for (int b = 0; b < 3; ++b)
        mem->GetRasterBand(b + 1)->SetColorInterpretation(colours[b]);

    double gt[6];
    std::copy(options.geoTransform.begin(), options.geoTransform.end(), gt);
    if (mem->SetGeoTransform(gt) != CE_None)
        return fail(gdal::lastError());
    OGRSpatialReference srs;
    if (srs.SetFromUserInput(options.crs.toUtf8().constData()) != OGRERR_NONE)
        return fail(QStringLiteral("unknown CRS %1").arg(options.crs));
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (mem->SetSpatialRef(&srs) != CE_None)
        return fail(gdal::lastError());
    const QByteArray dpi = QByteArray::number(options.dpi);
    mem->SetMetadataItem("TIFFTAG_XRESOLUTION", dpi.constData());
    mem->SetMetadataItem("TIFFTAG_YRESOLUTION", dpi.constData());
    mem->SetMetadataItem("TIFFTAG_RESOLUTIONUNIT", "2"); // inches
    mem->SetMetadataItem("TIFFTAG_SOFTWARE", "Frontline");

    // Written by GDAL under a temporary name beside PATH, then synced and renamed over it.
    FileWriter file(path);
    const QString staged = file.openPath(QStringLiteral("tif"));
    if (staged.isEmpty()) {
        if (error)
            *error = file.error();
        return false;
    }
    const QByteArray stagedPath = QFile::encodeName(staged);
    const char* const createOptions[] = {"COMPRESS=DEFLATE", "PREDICTOR=2", "TILED=YES", "PHOTOMETRIC=RGB", nullptr};
    ProgressContext ctx{&progress};
    const SystemErrorWatch watch;
    GDALDatasetUniquePtr out(tiffDriver->CreateCopy(stagedPath.constData(), mem.get(), TRUE,
                                                    const_cast<char**>(createOptions), gdalProgress, &ctx));
    const auto gdalFailed = [&](const QString& fallback) {
        file.failWithSystemError(watch.first(), fallback);
        if (error)
            *error = file.error();
        return false; // FILE removes the temporary
    };
    if (!out) {
        if (CPLGetLastErrorNo() == CPLE_UserInterrupt) {
            *cancelled = true;
            if (error)
                *error = QStringLiteral("%1: cancelled").arg(path);
            return false;
        }
        const QString why = gdal::lastError();
        return gdalFailed(why.isEmpty() ? QStringLiteral("GDAL could not create it") : why);
    }
    CPLErrorReset();
    // Closing writes the last tiles and the directory; what GDAL reports there counts as much as the rest.
    out.reset();
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) {
        const QString why = gdal::lastError();
        return gdalFailed(why.isEmpty() ? QStringLiteral("GDAL could not finish it") : why);
    }
    if (!file.commit()) {
        if (error)
            *error = file.error();
        return false;
    }
    return true;
}

} // namespace geo
