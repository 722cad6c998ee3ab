#pragma once
// Line and column of the values of a JSON text, for messages that point at the offending place of a file.
// QJsonDocument keeps no positions, so this makes one light pass over the raw bytes (already known to be
// valid JSON) and remembers where each value starts, by its JSON Pointer (RFC 6901:
// "/features/3/properties/start").

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace geo {

struct JsonPosition {
    int line = 0;   // 1-based; 0 = unknown
    int column = 0; // 1-based, in characters (Unicode code points) from the start of the line
    bool isValid() const { return line > 0; }
};

class JsonLocator {
public:
    // Values nested deeper than MAXDEPTH (e.g. geometry coordinates) are scanned but not remembered.
    explicit JsonLocator(const QByteArray& json, int maxDepth = 4);

    // Where the value at POINTER starts; invalid when there is no such value (or it is too deep).
    JsonPosition position(const QString& pointer) const;
    // Line and column of a byte offset (e.g. QJsonParseError::offset).
    JsonPosition positionOfOffset(qsizetype byteOffset) const;

    // A JSON Pointer from its parts, escaped ("~" as "~0", "/" as "~1").
    static QString pointer(const QStringList& parts);

private:
    void skipSpace();
    bool scanValue(QString* path, int depth);
    bool scanString(QString* decoded);

    QByteArray m_json;
    int m_maxDepth;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
    std::vector<qsizetype> m_lineStarts;
};

} // namespace geo
