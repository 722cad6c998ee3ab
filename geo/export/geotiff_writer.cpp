#include "geo/export/geotiff_writer.h"

#include <QFile>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <filesystem>
#include <mutex>

namespace geo {

namespace {

// GDAL errors are collected, not printed: the caller reports them in its own words.
class QuietGdalErrors {
public:
    QuietGdalErrors()
    {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
    static QString last() { return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed(); }
};

// No PAM sidecar (.aux.xml) next to the temporary name: everything goes in the TIFF.
class NoSidecarFiles {
public:
    NoSidecarFiles() { CPLSetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO"); }
    ~NoSidecarFiles() { CPLSetThreadLocalConfigOption("GDAL_PAM_ENABLED", nullptr); }
    NoSidecarFiles(const NoSidecarFiles&) = delete;
    NoSidecarFiles& operator=(const NoSidecarFiles&) = delete;
};

struct ProgressContext {
    const std::function<bool(double)>* progress = nullptr;
};

int CPL_STDCALL gdalProgress(double complete, const char*, void* data)
{
    const auto* ctx = static_cast<const ProgressContext*>(data);
    return (!ctx->progress || !*ctx->progress || (*ctx->progress)(complete)) ? TRUE : FALSE;
}

void removeFile(const QByteArray& path)
{
    VSIStatBufL stat;
    if (VSIStatL(path.constData(), &stat) == 0)
        VSIUnlink(path.constData());
}

} // namespace

bool writeGeoTiff(const QImage& image, const GeoTiffOptions& options, const QString& path,
                  const std::function<bool(double)>& progress, QString* error, bool* cancelled)
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
    *cancelled = false;
    auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: cannot write the GeoTIFF (%2)").arg(path, why);
        return false;
    };
    if (image.isNull())
        return fail(QStringLiteral("no image"));

    const QuietGdalErrors quiet;
    const NoSidecarFiles noSidecar;
    GDALDriver* memDriver = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver* tiffDriver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (!memDriver || !tiffDriver)
        return fail(QStringLiteral("GDAL has no MEM or GTiff driver"));

    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const int w = rgb.width(), h = rgb.height();
    GDALDatasetUniquePtr mem(memDriver->Create("", w, h, 3, GDT_Byte, nullptr));
    if (!mem)
        return fail(QuietGdalErrors::last());
    int bands[3] = {1, 2, 3};
    // Interleaved RGB rows of the QImage: 3 bytes a pixel, bytesPerLine a row, 1 byte between bands.
    if (mem->RasterIO(GF_Write, 0, 0, w, h, const_cast<uchar*>(rgb.constBits()), w, h, GDT_Byte, 3, bands, 3,
                      rgb.bytesPerLine(), 1, nullptr) != CE_None)
        return fail(QuietGdalErrors::last());
    const GDALColorInterp colours[3] = {GCI_RedBand, GCI_GreenBand, GCI_BlueBand};
    for (int b = 0; b < 3; ++b)
        mem->GetRasterBand(b + 1)->SetColorInterpretation(colours[b]);

    double gt[6];
    std::copy(options.geoTransform.begin(), options.geoTransform.end(), gt);
    if (mem->SetGeoTransform(gt) != CE_None)
        return fail(QuietGdalErrors::last());
    OGRSpatialReference srs;
    if (srs.SetFromUserInput(options.crs.toUtf8().constData()) != OGRERR_NONE)
        return fail(QStringLiteral("unknown CRS %1").arg(options.crs));
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (mem->SetSpatialRef(&srs) != CE_None)
        return fail(QuietGdalErrors::last());
    const QByteArray dpi = QByteArray::number(options.dpi);
    mem->SetMetadataItem("TIFFTAG_XRESOLUTION", dpi.constData());
    mem->SetMetadataItem("TIFFTAG_YRESOLUTION", dpi.constData());
    mem->SetMetadataItem("TIFFTAG_RESOLUTIONUNIT", "2"); // inches
    mem->SetMetadataItem("TIFFTAG_SOFTWARE", "Frontline");

    const QByteArray finalPath = QFile::encodeName(path);
    const QByteArray partPath = finalPath + ".part";
    const char* const createOptions[] = {"COMPRESS=DEFLATE", "PREDICTOR=2", "TILED=YES", "PHOTOMETRIC=RGB", nullptr};
    ProgressContext ctx{&progress};
    GDALDatasetUniquePtr out(tiffDriver->CreateCopy(partPath.constData(), mem.get(), TRUE,
                                                    const_cast<char**>(createOptions), gdalProgress, &ctx));
    if (!out) {
        const bool interrupted = CPLGetLastErrorNo() == CPLE_UserInterrupt;
        const QString why = QuietGdalErrors::last();
        removeFile(partPath);
        if (interrupted) {
            *cancelled = true;
            if (error)
                *error = QStringLiteral("%1: cancelled").arg(path);
            return false;
        }
        return fail(why.isEmpty() ? QStringLiteral("GDAL could not create it") : why);
    }
    CPLErrorReset();
    out.reset(); // closes the file: GDAL writes the last tiles and the directory here
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) {
        const QString why = QuietGdalErrors::last();
        removeFile(partPath);
        return fail(why);
    }
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(partPath.toStdString()),
                            std::filesystem::path(finalPath.toStdString()), ec);
    if (ec) {
        removeFile(partPath);
        return fail(QString::fromStdString(ec.message()));
    }
    return true;
}

} // namespace geo
