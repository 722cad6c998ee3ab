#pragma once
// Where a file the user asked for (--out, an export, a list) may be written. Every writer goes through a
// temporary file renamed over the target, so a special file there (a pipe, a device, a socket) would be
// replaced by a regular one: such a target is refused, as is a folder or a folder that cannot take the file.

#include <QString>

namespace geo {

// Why PATH cannot take a new file, as a sentence naming the path; empty when it can (a new path in a writable
// folder, or an existing regular file there).
QString outputPathProblem(const QString& path);

} // namespace geo
