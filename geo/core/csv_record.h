#pragma once
// CSV as the command line and the window write it (control states, changes).

#include <QString>
#include <QStringList>

namespace geo {

// One CSV record (RFC 4180): a field with a comma, a double quote or a line break is put in double quotes, its
// double quotes doubled; the record ends with CRLF.
QString csvRecord(const QStringList& values);

} // namespace geo
