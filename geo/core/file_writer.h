#pragma once
// Every file Frontline writes for the user (CSV, GeoJSON, PNG, SVG, PDF, GeoTIFF, world file, frames) goes through
// a FileWriter: the bytes go to a new temporary file beside the target, every write is checked, and commit()
// flushes, syncs the temporary to the disk, then renames it over the target. A failure anywhere removes the
// temporary and leaves the target as it was (an existing good file is never replaced by a worse one), and
// error() says which file and why in the system's own words ("No space left on device").
//
// Two ways to fill the temporary: through device() (a QIODevice whose every write is checked, whoever writes to
// it: QImageWriter, QPdfWriter, our own bytes), or, for a library that writes by file name (GDAL), through the
// path that openPath() reserves; commit() then syncs and renames what the library left there.

#include <QList>
#include <QString>

#include <memory>

class QIODevice;

namespace geo {

class FileWriter {
public:
    // TARGET: the file to write (a symbolic link is followed: its target is replaced, as a save over it would).
    explicit FileWriter(const QString& target);
    ~FileWriter(); // an uncommitted temporary is removed
    FileWriter(const FileWriter&) = delete;
    FileWriter& operator=(const FileWriter&) = delete;

    QString target() const { return m_target; }

    // Creates the temporary and opens it for device(). False, with error() set, when it cannot be created.
    bool open();
    // The open temporary; null before open() or after commit(). Writes are unbuffered and each is checked: the
    // first one that fails is remembered, later ones fail too, and commit() refuses.
    QIODevice* device() const;
    // Writes BYTES through device(); false once anything failed.
    bool write(const QByteArray& bytes);

    // Creates an empty temporary for a library that writes by file name and returns its path, ending with
    // ".SUFFIX" (the library may pick the format by it); empty, with error() set, on failure. The library writes
    // there; commit() syncs it and renames it over the target.
    QString openPath(const QString& suffix = QStringLiteral("part"));

    // Marks the write failed for a reason found outside the device (a library's error): commit() refuses and
    // error() gives REASON, unless the system reported an error of its own first.
    void fail(const QString& reason);
    // The system's error number (errno) behind a failure the caller saw outside the device, with the library's
    // words as the fallback: error() gives the system's words ("No space left on device").
    void failWithSystemError(int errorNumber, const QString& fallback);
    bool failed() const;

    // Flushes, syncs to the disk and closes the temporary, then renames it over the target and syncs the folder.
    // False, with error() set, when any step fails; the temporary is gone and the target untouched then.
    bool commit();
    // Removes the temporary; the target is untouched. Safe to call twice.
    void discard();

    // After a failure: "PATH: cannot write (No space left on device); free some space on that disk or write
    // elsewhere" (what to do, when the reason has one answer).
    QString error() const;

    // Puts several files in place together (a PNG and its world file): each is synced first, then they are renamed
    // one by one; when a rename fails the ones already placed are put back as they were. False, with *ERROR set
    // to the first failure, when any fails; then every temporary is gone and every target as it was.
    static bool commitAll(const QList<FileWriter*>& writers, QString* error);

private:
    class Device;

    bool createTemporary(const QString& suffix);
    bool finish(); // flush, sync, close, permissions: ready to rename
    bool place();  // the rename
    void setSystemError(const QString& what, int errorNumber);
    QString reason() const;

    QString m_target;    // as given, for messages
    QString m_final;     // the file replaced: the target, its symbolic links followed
    QString m_temporary; // empty once renamed or removed
    std::unique_ptr<Device> m_device;
    QString m_reason; // why it failed; empty while all is well
    bool m_finished = false;
};

// The system's words for an error number, e.g. "No space left on device" for ENOSPC.
QString systemErrorText(int errorNumber);

} // namespace geo
