#pragma once
// An indexed copy, kept in the user's cache folder, of a file with a big layer and no spatial index (a GeoJSON, a
// shapefile without .qix, CSV, KML, GML ...): without it every frame would read the whole file, and every open
// would parse it again. The copy is a GeoPackage of every layer of the file, fields and geometries, with an R-tree
// per layer, each feature under its id in the file plus one (GeoPackage ids start at 1). It is built once, from the
// file opened as any layer is (VectorSource: its driver allow-list, no network), and read instead of the file on
// every later open of the same file (VectorSource::open, FeatureIndex::open).
//
// Where: QStandardPaths::CacheLocation + "/layers" (~/.cache/Frontline/frontline/layers on Linux). Nothing is
// written beside the user's file (its folder may be read-only; a shapefile's own .qix is used when it is there).
// Which: one file per source file, named by a hash of the file's absolute path, then a hash of its size and
// modification time (and those of the files beside it with the same base name: a shapefile's .shx, .dbf, .qix) and
// of kFormatVersion. A file that changed gets a new name, and its old copy is deleted when the new one is built.
// Built under a temporary name and renamed once complete (a crash or a cancel leaves no half copy; stray temporary
// files are swept). Bounded: past sizeBound(), the copies used longest ago are deleted.
// Thread-safe; building runs on the caller's thread (never the GUI's: it reads the whole file).

#include <QString>

#include <functional>

namespace geo {

class VectorSource;

class LayerCache {
public:
    // How a build goes: DONE from 0 to 1 (negative when the file does not say how many features it has); returning
    // false cancels the build.
    using Progress = std::function<bool(double done)>;

    // The folder of the copies; empty when there is none (no application, so no cache folder: nothing is kept).
    static QString directory();
    // Another folder (tests); empty = the default one again.
    static void setDirectory(const QString& folder);
    // The total size of the copies kept, in bytes.
    static qint64 sizeBound();
    static void setSizeBound(qint64 bytes);
    static constexpr qint64 kDefaultSizeBound = qint64(4) << 30;
    // Changes whenever the content or naming of a copy changes: older copies are then rebuilt.
    static constexpr int kFormatVersion = 1;
    // Metadata of a copy: the driver of the file it copies, and whether it holds every field as the file has it
    // ("YES"; else "NO": a field type a GeoPackage lacks, and the copy serves the geometries only).
    static constexpr char kDriverItem[] = "FRONTLINE_SOURCE_DRIVER";
    static constexpr char kCompleteItem[] = "FRONTLINE_COMPLETE";

    // Whether layer LAYERINDEX of SOURCE wants a copy: its driver cannot answer a spatial filter without reading
    // every feature (OGR's OLCFastSpatialFilter), and the source is a file on disk (not a bundled resource, not an
    // OpenStreetMap file or a VRT, not already a copy).
    static bool wanted(const VectorSource& source, int layerIndex);

    // The copy of the file PATH as the file is now, or empty when there is none. Marks it as just used.
    static QString find(const QString& path);

    struct Result {
        QString path; // the copy, empty when none was made
        bool cancelled = false;
        QString error; // why none was made (not set when cancelled)
    };
    // Builds the copy of SOURCE (or finds it, when another thread just built it), reporting to PROGRESS, or when
    // there is none to the innermost ProgressScope of this thread.
    static Result build(const VectorSource& source, const Progress& progress = {});

    // Copies this process has built (for tests and the bench).
    static int buildCount();

    // For the life of one on a thread, copies built on that thread without a Progress of their own report to
    // PROGRESS: a caller of loadUserLayers (which opens layers through FeatureIndex::open) shows progress and offers
    // a cancel without passing anything down.
    class ProgressScope {
    public:
        explicit ProgressScope(Progress progress);
        ~ProgressScope();
        ProgressScope(const ProgressScope&) = delete;
        ProgressScope& operator=(const ProgressScope&) = delete;

    private:
        Progress m_progress;
        ProgressScope* m_outer;
        friend class LayerCache;
    };

private:
    LayerCache() = delete;
};

} // namespace geo
