#include "disk_limits.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <sys/mount.h>
#include <unistd.h>

namespace frontline::test {

TinyDisk::TinyDisk(const QString& folder, const QString& size) : m_folder(QFile::encodeName(folder))
{
    if (!QDir().mkpath(folder)) {
        m_problem = QStringLiteral("cannot make %1").arg(folder);
        return;
    }
    if (::geteuid() != 0) {
        m_problem = QStringLiteral("not root: cannot mount a tmpfs on %1").arg(folder);
        return;
    }
    const QByteArray options = "size=" + size.toLatin1() + ",mode=0755";
    if (::mount("tmpfs", m_folder.constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0)
        m_problem =
            QStringLiteral("mount -t tmpfs on %1: %2").arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
    else
        m_mounted = true;
}

TinyDisk::~TinyDisk()
{
    if (m_mounted)
        ::umount2(m_folder.constData(), MNT_DETACH);
}

FileSizeLimit::FileSizeLimit(rlim_t bytes)
{
    getrlimit(RLIMIT_FSIZE, &m_before);
    rlimit lowered = m_before;
    lowered.rlim_cur = bytes;
    m_active = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    m_handler = std::signal(SIGXFSZ, SIG_IGN);
}

FileSizeLimit::~FileSizeLimit()
{
    setrlimit(RLIMIT_FSIZE, &m_before);
    std::signal(SIGXFSZ, m_handler);
}

} // namespace frontline::test
