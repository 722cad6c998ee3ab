#include "geo/core/output_path.h"

#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace geo {

QString outputPathProblem(const QString& path)
{
    if (path.isEmpty())
        return QStringLiteral("no output file given");
    std::error_code ec;
    const auto type = std::filesystem::status(QFile::encodeName(path).toStdString(), ec).type();
    if (!ec && type == std::filesystem::file_type::directory)
        return QStringLiteral("%1: is a folder; give a file name").arg(path);
    if (!ec && type != std::filesystem::file_type::regular && type != std::filesystem::file_type::not_found)
        return QStringLiteral("%1: not a regular file (a pipe, a device or a socket), which writing would replace "
                              "with a file; give the path of a regular file or a new one")
            .arg(path);
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.exists())
        return QStringLiteral("%1: cannot write (folder %2 does not exist)").arg(path, dir.filePath());
    if (!dir.isWritable())
        return QStringLiteral("%1: cannot write (folder %2 is not writable)").arg(path, dir.filePath());
    return {};
}

} // namespace geo
