#include "geo/core/gdal_support_p.h"

#include <cpl_conv.h>
#include <cpl_http.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <cerrno>
#include <mutex>

namespace geo::gdal {

namespace {

// What GDAL asked the network for on this thread (see takeRefusedRequests()).
thread_local QStringList refusedOnThisThread;

void refuse(const QString& what)
{
    refusedOnThisThread.append(what);
}

// GDAL's one door to HTTP (CPLHTTPFetch: remote "crs" links, schemas, WFS and other web services): answered here
// with an error, and nothing leaves the process.
CPLHTTPResult* refuseHttp(const char* url, CSLConstList, GDALProgressFunc, void*, CPLHTTPFetchWriteFunc, void*, void*)
{
    refuse(QString::fromUtf8(url));
    auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup("Frontline does not use the network: it opens files on this computer only");
    return result;
}

// The network file systems (/vsicurl/ and the cloud stores) read through curl directly, not through CPLHTTPFetch:
// each prefix gets a file system that finds nothing and opens nothing. The prefixes must outlive the handlers
// (GDAL keeps the pointer), hence string literals.
const char* const kNetworkFileSystems[] = {
    "/vsicurl/",
    "/vsicurl?",
    "/vsicurl_streaming/",
    "/vsis3/",
    "/vsis3_streaming/",
    "/vsigs/",
    "/vsigs_streaming/",
    "/vsiaz/",
    "/vsiadls/",
    "/vsiaz_streaming/",
    "/vsioss/",
    "/vsioss_streaming/",
    "/vsiswift/",
    "/vsiswift_streaming/",
    "/vsiwebhdfs/",
    "/vsihdfs/",
};

int refuseStat(void* prefix, const char* rest, VSIStatBufL*, int)
{
    refuse(QString::fromUtf8(static_cast<const char*>(prefix)) + QString::fromUtf8(rest));
    errno = EACCES;
    return -1;
}

void* refuseOpen(void* prefix, const char* rest, const char*)
{
    refuse(QString::fromUtf8(static_cast<const char*>(prefix)) + QString::fromUtf8(rest));
    errno = EACCES;
    return nullptr;
}

char** refuseReadDir(void* prefix, const char* rest, int)
{
    refuse(QString::fromUtf8(static_cast<const char*>(prefix)) + QString::fromUtf8(rest));
    return nullptr;
}

void keepOffTheNetwork()
{
    CPLHTTPSetFetchCallback(refuseHttp, nullptr);
    for (const char* prefix : kNetworkFileSystems) {
        VSIFilesystemPluginCallbacksStruct* callbacks = VSIAllocFilesystemPluginCallbacksStruct();
        callbacks->pUserData = const_cast<char*>(prefix);
        callbacks->stat = refuseStat;
        callbacks->open = refuseOpen;
        callbacks->read_dir = refuseReadDir;
        VSIInstallPluginHandler(prefix, callbacks); // GDAL copies the callbacks
        VSIFreeFilesystemPluginCallbacksStruct(callbacks);
    }
    // PROJ's grids and database on the CDN (PROJ_NETWORK, proj.ini), for the transformations GDAL makes.
    OSRSetPROJEnableNetwork(FALSE);
    // Drivers that would look something up by themselves (documented configuration options): the GML driver's
    // download of a WFS schema and its xlink:href resolution, the SQLite driver's VirtualOGR tables in triggers and
    // views, the LIBKML driver's styles in other documents. With the doors above closed these would fail anyway;
    // here they are not even tried, so a file opens as it would on a machine without a network.
    CPLSetConfigOption("GML_DOWNLOAD_WFS_SCHEMA", "NO");
    CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
    CPLSetConfigOption("ALLOW_VIRTUAL_OGR_FROM_TRIGGER_AND_VIEW", "NO");
    CPLSetConfigOption("LIBKML_RESOLVE_STYLE", "NO");
}

} // namespace

void registerOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        keepOffTheNetwork();
    });
}

QStringList takeRefusedRequests()
{
    QStringList taken;
    taken.swap(refusedOnThisThread);
    return taken;
}

QString lastError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

} // namespace geo::gdal
