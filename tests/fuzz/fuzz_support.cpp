#include "fuzz_support.h"

#include "geo/data/vector_source.h"

#include <QString>

#include <cpl_conv.h>
#include <cpl_error.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <system_error>
#include <unistd.h>

// The fuzz preset (clang, ASan): LeakSanitizer's interface, to set up GDAL's process-wide state out of its sight.
#if defined(__clang__) && defined(__has_feature)
#if __has_feature(address_sanitizer)
#include <sanitizer/lsan_interface.h>
#define FRONTLINE_FUZZ_LSAN 1
#endif
#endif

namespace fuzz {

namespace {

std::string g_folder;

void removeFolder()
{
    std::error_code ignored;
    if (!g_folder.empty())
        std::filesystem::remove_all(g_folder, ignored);
}

} // namespace

void initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        CPLSetErrorHandler(CPLQuietErrorHandler);
        // A hostile file must not make GDAL reach the network (a GML schema, a /vsicurl/ path in a VRT).
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
        CPLSetConfigOption("GML_DOWNLOAD_SCHEMA", "NO");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
        // GDAL's drivers and virtual file handlers, made once for the whole process on its first use, are kept where
        // the leak checker does not see them: made here, before the first input and with the checker off, they are
        // not taken for a leak of whichever input first opens a file (the layer opener stopped on them after
        // 832,714 clean inputs).
#ifdef FRONTLINE_FUZZ_LSAN
        __lsan_disable();
#endif
        QString ignored;
        geo::VectorSource::open(QStringLiteral("/nonexistent/frontline-fuzz-warm-up.csv"), &ignored);
#ifdef FRONTLINE_FUZZ_LSAN
        __lsan_enable();
#endif
    });
}

std::string scratchPath(const std::string& name)
{
    static std::once_flag once;
    std::call_once(once, [] {
        const std::filesystem::path base =
            std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path();
        std::string pattern = (base / ("frontline-fuzz-" + std::to_string(getpid()) + "-XXXXXX")).string();
        if (!mkdtemp(pattern.data())) {
            std::perror("fuzz: cannot create a scratch folder");
            std::abort();
        }
        g_folder = pattern;
        std::atexit(removeFolder);
    });
    return g_folder + "/" + name;
}

void writeFile(const std::string& path, const std::uint8_t* data, std::size_t size)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
    out.close();
    check(bool(out), "fuzz: cannot write the scratch file");
}

namespace {
long g_reached = 0;
} // namespace

void reached()
{
    ++g_reached;
}

long reachedCount()
{
    return g_reached;
}

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialise();
    return 0;
}
