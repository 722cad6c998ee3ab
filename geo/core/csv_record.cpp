#include "geo/core/csv_record.h"

#include <QRegularExpression>

namespace geo {

QString csvRecord(const QStringList& values)
{
    static const QRegularExpression special(QStringLiteral("[,\"\\r\\n]"));
    QStringList fields;
    for (const QString& value : values) {
        if (!value.contains(special)) {
            fields << value;
            continue;
        }
        QString quoted = value;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        fields << QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace geo
