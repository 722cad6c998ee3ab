#pragma once
// What every GDAL user in geo shares: driver registration, GDAL kept off the network, and quiet error scopes.
// Private (the _p.h suffix): only geo's .cpp files include it, so it may name GDAL types.

#include <QString>
#include <QStringList>

#include <cpl_error.h>

namespace geo::gdal {

// Registers GDAL's drivers and takes GDAL and PROJ off the network, once per process. Thread-safe; call it before
// the first open. Frontline opens files on this computer only: every HTTP request GDAL would make (a "crs" link, a
// remote schema, a WFS server) and every network file system (/vsicurl/, /vsis3/ ...) is refused, whatever the file
// asks for.
void registerOnce();

// The URLs and network paths GDAL asked for on this thread since the last call, each one refused; the list starts
// empty again. A reader calls it before and after GDAL reads a file to learn whether the file wanted the network.
QStringList takeRefusedRequests();

// For the life of one call on this thread: GDAL's messages are kept off the terminal (they are read with
// lastError() and put into ours), the call starts from a clean error state, and the caller's error state comes
// back afterwards.
class QuietErrors {
public:
    QuietErrors() { CPLErrorReset(); }
    QuietErrors(const QuietErrors&) = delete;
    QuietErrors& operator=(const QuietErrors&) = delete;

private:
    // Members are destroyed in reverse: the handler is popped before the caller's error state is restored.
    CPLErrorStateBackuper m_callersState;
    CPLErrorHandlerPusher m_quiet{CPLQuietErrorHandler};
};

// GDAL's last error message on this thread, trimmed; empty when there is none.
QString lastError();

} // namespace geo::gdal
