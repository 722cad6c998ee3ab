#include "geo/core/file_writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace geo {

QString systemErrorText(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

// The temporary, opened unbuffered: each write reaches the system at once, and the first one the system refuses
// is remembered whoever made it (QImageWriter and QPdfWriter do not all look at what a write returns).
class FileWriter::Device : public QFile {
public:
    using QFile::QFile;

    QString firstError;

protected:
    qint64 writeData(const char* data, qint64 len) override
    {
        if (!firstError.isEmpty())
            return -1;
        qint64 written = 0;
        // A short write (the disk filled up part way) is followed by one that fails with the system's reason.
        while (written < len) {
            const qint64 n = QFile::writeData(data + written, len - written);
            if (n <= 0) {
                firstError = n < 0 ? errorString() : QStringLiteral("the system wrote nothing");
                return -1;
            }
            written += n;
        }
        return written;
    }
};

namespace {

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

// The file a save over PATH replaces: PATH with its symbolic links followed.
QString finalPath(const QString& path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < 128 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.filePath();
}

QString randomTag()
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString tag;
    for (int i = 0; i < 6; ++i)
        tag += QLatin1Char(letters[QRandomGenerator::global()->bounded(int(sizeof letters - 1))]);
    return tag;
}

// Makes the rename lasting too; some file systems cannot sync a folder, and the files are in place already.
void syncFolder(const QString& file)
{
    const int fd = ::open(encoded(QFileInfo(file).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

FileWriter::FileWriter(const QString& target) : m_target(target), m_final(finalPath(target)) {}

FileWriter::~FileWriter()
{
    discard();
}

void FileWriter::setSystemError(const QString& what, int errorNumber)
{
    if (m_reason.isEmpty())
        m_reason = what.isEmpty() ? systemErrorText(errorNumber)
                                  : QStringLiteral("%1: %2").arg(what, systemErrorText(errorNumber));
}

bool FileWriter::createTemporary(const QString& suffix)
{
    if (!m_temporary.isEmpty() || m_finished) {
        fail(QStringLiteral("already open"));
        return false;
    }
    const QFileInfo info(m_final);
    // Hidden, named after the target (cut short: a name the folder takes leaves room for the tag), unique.
    const QString base = info.fileName().left(120);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path = info.dir().filePath(QStringLiteral(".%1.%2.%3").arg(base, randomTag(), suffix));
        auto device = std::make_unique<Device>(path);
        // A new file (never one that exists), made with the usual permissions less the umask, as the target
        // would be.
        if (device->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            m_temporary = path;
            m_device = std::move(device);
            return true;
        }
        if (!QFileInfo::exists(path)) { // not a name taken by another temporary: the folder refuses
            fail(device->errorString());
            return false;
        }
    }
    fail(QStringLiteral("no free temporary name beside it"));
    return false;
}

bool FileWriter::open()
{
    return createTemporary(QStringLiteral("part"));
}

QIODevice* FileWriter::device() const
{
    return m_device && m_device->isOpen() ? m_device.get() : nullptr;
}

bool FileWriter::write(const QByteArray& bytes)
{
    if (!device() || failed())
        return false;
    return m_device->write(bytes) == bytes.size();
}

QString FileWriter::openPath(const QString& suffix)
{
    if (!createTemporary(suffix))
        return {};
    m_device->close(); // the library opens it by name
    if (m_device->error() != QFileDevice::NoError) {
        fail(m_device->errorString());
        discard();
        return {};
    }
    return m_temporary;
}

void FileWriter::fail(const QString& reason)
{
    if (m_reason.isEmpty())
        m_reason = reason.isEmpty() ? QStringLiteral("unknown error") : reason;
}

void FileWriter::failWithSystemError(int errorNumber, const QString& fallback)
{
    if (errorNumber != 0)
        setSystemError(QString(), errorNumber);
    else
        fail(fallback);
}

bool FileWriter::finish()
{
    if (m_finished)
        return true;
    if (m_temporary.isEmpty()) {
        fail(QStringLiteral("nothing was opened"));
        return false;
    }
    if (failed())
        return false;
    if (QFileInfo(m_final).isDir()) { // a rename would fail or, moving it aside, lose it
        fail(QStringLiteral("a folder has that name"));
        return false;
    }
    int fd = -1;
    bool ownFd = false;
    if (m_device->isOpen()) {
        fd = m_device->handle();
    } else {
        // Written by name: open what the library left there, to sync it.
        fd = ::open(encoded(m_temporary).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            setSystemError(QString(), errno);
            return false;
        }
        ownFd = true;
    }
    if (::fsync(fd) != 0) {
        setSystemError(QString(), errno);
        if (ownFd)
            ::close(fd);
        return false;
    }
    if (ownFd) {
        if (::close(fd) != 0) {
            setSystemError(QString(), errno);
            return false;
        }
    } else {
        m_device->close();
        if (m_device->error() != QFileDevice::NoError) {
            fail(m_device->errorString());
            return false;
        }
    }
    // An existing file keeps its permissions, as with a save over it.
    const QFileInfo existing(m_final);
    if (existing.exists())
        QFile::setPermissions(m_temporary, existing.permissions());
    m_finished = true;
    return true;
}

bool FileWriter::place()
{
    if (::rename(encoded(m_temporary).constData(), encoded(m_final).constData()) != 0) {
        setSystemError(QString(), errno);
        return false;
    }
    m_temporary.clear();
    m_device.reset();
    return true;
}

bool FileWriter::commit()
{
    if (!finish() || !place()) {
        discard();
        return false;
    }
    syncFolder(m_final);
    return true;
}

void FileWriter::discard()
{
    if (m_device && !m_device->firstError.isEmpty())
        m_reason = m_device->firstError; // kept for error(): it goes before the writer's words
    if (m_device && m_device->isOpen())
        m_device->close();
    m_device.reset();
    if (!m_temporary.isEmpty()) {
        ::unlink(encoded(m_temporary).constData());
        m_temporary.clear();
    }
    m_finished = false;
}

QString FileWriter::reason() const
{
    // The system's own reason, when a write was refused, comes before the writer's words for it.
    if (m_device && !m_device->firstError.isEmpty())
        return m_device->firstError;
    return m_reason;
}

bool FileWriter::failed() const
{
    return !reason().isEmpty();
}

QString FileWriter::error() const
{
    const QString why = reason();
    if (why.isEmpty())
        return {};
    QString message = QStringLiteral("%1: cannot write (%2)").arg(m_target, why);
    // What to do, for the refusals that have one answer.
    if (why == systemErrorText(ENOSPC) || why == systemErrorText(EDQUOT))
        message += QStringLiteral("; free some space on that disk or write elsewhere");
    else if (why == systemErrorText(EFBIG))
        message += QStringLiteral("; the file is larger than allowed here: write elsewhere or something smaller");
    else if (why == systemErrorText(EROFS))
        message += QStringLiteral("; that disk is read-only: write elsewhere");
    return message;
}

bool FileWriter::commitAll(const QList<FileWriter*>& writers, QString* error)
{
    const auto giveUp = [&](FileWriter* culprit) {
        if (error)
            *error = culprit->error();
        for (FileWriter* w : writers)
            w->discard();
        return false;
    };
    for (FileWriter* w : writers)
        if (!w->finish())
            return giveUp(w);

    // What each target was before, kept under a second name until all are in place: a hard link, so the target
    // never goes missing, or where the file system has none, the old file moved aside.
    struct Old {
        QString backup; // empty: there was no file
        bool linked = false;
        bool placed = false;
    };
    QList<Old> old(writers.size());
    const auto rollBack = [&] {
        for (qsizetype i = 0; i < writers.size(); ++i) {
            const QByteArray target = encoded(writers[i]->m_final);
            if (old[i].backup.isEmpty()) {
                if (old[i].placed)
                    ::unlink(target.constData());
            } else if (old[i].linked && !old[i].placed) {
                ::unlink(encoded(old[i].backup).constData()); // the target is still the old file
            } else {
                ::rename(encoded(old[i].backup).constData(), target.constData());
            }
        }
    };
    for (qsizetype i = 0; i < writers.size(); ++i) {
        FileWriter* w = writers[i];
        if (!QFileInfo::exists(w->m_final))
            continue;
        const QFileInfo info(w->m_final);
        const QString backup = info.dir().filePath(QStringLiteral(".%1.%2.old").arg(info.fileName(), randomTag()));
        const QByteArray from = encoded(w->m_final), to = encoded(backup);
        if (::link(from.constData(), to.constData()) == 0) {
            old[i].linked = true;
        } else if (::rename(from.constData(), to.constData()) != 0) {
            w->setSystemError(QStringLiteral("keeping the old file aside"), errno);
            rollBack();
            return giveUp(w);
        }
        old[i].backup = backup;
    }
    for (qsizetype i = 0; i < writers.size(); ++i) {
        if (!writers[i]->place()) {
            rollBack();
            return giveUp(writers[i]);
        }
        old[i].placed = true;
    }
    for (qsizetype i = 0; i < writers.size(); ++i) {
        if (!old[i].backup.isEmpty())
            ::unlink(encoded(old[i].backup).constData());
        syncFolder(writers[i]->m_final);
    }
    return true;
}

} // namespace geo
