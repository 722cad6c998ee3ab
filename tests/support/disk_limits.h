// Disks that refuse bytes, for the tests of what Frontline writes: a real full disk (a tiny tmpfs, when the test may
// mount) and, everywhere, a file size limit that makes the system refuse writes the same way.
#pragma once

#include <QByteArray>
#include <QString>

#include <sys/resource.h>

namespace frontline::test {

// A tmpfs of SIZE (mount's notation: "256k", "4m") mounted on FOLDER for the guard's lifetime; unmounted (lazily, so
// a file left open cannot keep it) whatever the test's outcome.
class TinyDisk {
public:
    explicit TinyDisk(const QString& folder, const QString& size = QStringLiteral("256k"));
    ~TinyDisk();
    TinyDisk(const TinyDisk&) = delete;
    TinyDisk& operator=(const TinyDisk&) = delete;

    // Why there is no disk (not root, or mount not permitted here); empty when it is mounted. Tests QSKIP with it.
    QString problem() const { return m_problem; }

private:
    QByteArray m_folder;
    QString m_problem;
    bool m_mounted = false;
};

// Lowers this process's file size limit (and so its children's) for its lifetime; a write past it fails with EFBIG
// (SIGXFSZ ignored) instead of killing the writer. Everything comes back as it was afterwards.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool active() const { return m_active; }

private:
    rlimit m_before{};
    void (*m_handler)(int) = nullptr;
    bool m_active = false;
};

} // namespace frontline::test
