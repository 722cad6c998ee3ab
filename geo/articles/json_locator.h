#pragma once
// Line and column of the values of a JSON text, for messages that point at the offending place of a file.
// QJsonDocument keeps no positions, so this makes one light pass over the raw bytes and remembers where each
// value starts, by its JSON Pointer (RFC 6901: "/features/3/properties/start"). The pass stops at the first
// value nested deeper than kMaxNesting (tooDeepOffset()), so a hostile file cannot exhaust the stack, and
// every position is found in time independent of the length of its line.

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
    // Deeper nesting is refused: an article is a few levels deep, a GeoJSON polygon five.
    static constexpr int kMaxNesting = 256;

    // Values nested deeper than MAXDEPTH (e.g. geometry coordinates) are scanned but not remembered.
    explicit JsonLocator(const QByteArray& json, int maxDepth = 4);

    // Where the value at POINTER starts; invalid when there is no such value (or it is too deep).
    JsonPosition position(const QString& pointer) const;
    // Line and column of a byte offset (e.g. QJsonParseError::offset).
    JsonPosition positionOfOffset(qsizetype byteOffset) const;
    // The byte offset of the first value nested deeper than kMaxNesting; -1 when there is none.
    qsizetype tooDeepOffset() const { return m_tooDeepOffset; }

    // A JSON Pointer from its parts, escaped ("~" as "~0", "/" as "~1").
    static QString pointer(const QStringList& parts);

private:
    void skipSpace();
    bool scanValue(QString* path, int depth);
    bool scanString(QString* decoded);
    // Code points from the start of the text to BYTEOFFSET, from the nearest checkpoint.
    qsizetype codePointsBefore(qsizetype byteOffset) const;

    QByteArray m_json;
    int m_maxDepth;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
    std::vector<qsizetype> m_lineStarts;
    std::vector<qsizetype> m_codePointCheckpoints; // code points before byte k * kCheckpointBytes
    qsizetype m_tooDeepOffset = -1;
};

} // namespace geo
