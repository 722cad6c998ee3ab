#include "geo/articles/json_locator.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace geo {

namespace {

constexpr qsizetype kCheckpointBytes = 4096;

bool isLeadByte(char c)
{
    return (uchar(c) & 0xC0) != 0x80; // one UTF-8 lead byte per code point
}

} // namespace

JsonLocator::JsonLocator(const QByteArray& json, int maxDepth) : m_json(json), m_maxDepth(maxDepth)
{
    // A UTF-8 byte order mark is no character of the first line.
    if (m_json.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_lineStarts.push_back(m_pos);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < m_json.size(); ++i) {
        if (i % kCheckpointBytes == 0)
            m_codePointCheckpoints.push_back(codePoints);
        const char c = m_json.at(i);
        if (isLeadByte(c))
            ++codePoints;
        if (c == '\n')
            m_lineStarts.push_back(i + 1);
    }
    QString path;
    skipSpace();
    scanValue(&path, 0);
}

QString JsonLocator::pointer(const QStringList& parts)
{
    QString result;
    for (QString part : parts) {
        part.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
        result += QLatin1Char('/') + part;
    }
    return result;
}

JsonPosition JsonLocator::position(const QString& pointer) const
{
    const auto it = m_offsets.constFind(pointer);
    return it == m_offsets.constEnd() ? JsonPosition{} : positionOfOffset(*it);
}

JsonPosition JsonLocator::positionOfOffset(qsizetype byteOffset) const
{
    byteOffset = std::clamp<qsizetype>(byteOffset, m_lineStarts.front(), m_json.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), byteOffset);
    const qsizetype lineIndex = qsizetype(it - m_lineStarts.cbegin()) - 1;
    const qsizetype lineStart = m_lineStarts[size_t(lineIndex)];
    const qsizetype column = codePointsBefore(byteOffset) - codePointsBefore(lineStart) + 1;
    return {int(lineIndex + 1), int(std::min<qsizetype>(column, std::numeric_limits<int>::max()))};
}

qsizetype JsonLocator::codePointsBefore(qsizetype byteOffset) const
{
    if (m_codePointCheckpoints.empty())
        return 0;
    const qsizetype checkpoint =
        std::min<qsizetype>(byteOffset / kCheckpointBytes, qsizetype(m_codePointCheckpoints.size()) - 1);
    qsizetype count = m_codePointCheckpoints[size_t(checkpoint)];
    for (qsizetype i = checkpoint * kCheckpointBytes; i < byteOffset; ++i)
        count += isLeadByte(m_json.at(i)) ? 1 : 0;
    return count;
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

// Reads a string starting at its opening quote; leaves m_pos after the closing quote. DECODED (when given)
// receives its value.
bool JsonLocator::scanString(QString* decoded)
{
    if (m_pos >= m_json.size() || m_json.at(m_pos) != '"')
        return false;
    ++m_pos;
    const qsizetype begin = m_pos;
    bool escaped = false;
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\\') {
            escaped = true;
            m_pos += 2;
            continue;
        }
        if (c == '"')
            break;
        ++m_pos;
    }
    if (m_pos >= m_json.size())
        return false;
    const QByteArray raw = m_json.mid(begin, m_pos - begin);
    ++m_pos;
    if (!decoded)
        return true;
    if (!escaped) {
        *decoded = QString::fromUtf8(raw);
        return true;
    }
    // Member names with escapes are rare; decode them the simple way.
    QString out;
    const QString s = QString::fromUtf8(raw);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != QLatin1Char('\\') || i + 1 >= s.size()) {
            out += s.at(i);
            continue;
        }
        const QChar e = s.at(++i);
        switch (e.unicode()) {
        case 'b': out += QChar(0x08); break;
        case 'f': out += QChar(0x0C); break;
        case 'n': out += QChar(0x0A); break;
        case 'r': out += QChar(0x0D); break;
        case 't': out += QChar(0x09); break;
        case 'u':
            if (i + 4 < s.size()) {
                out += QChar(char16_t(s.mid(i + 1, 4).toUShort(nullptr, 16)));
                i += 4;
            }
            break;
        default: out += e; break; // \" \\ \/
        }
    }
    *decoded = out;
    return true;
}

bool JsonLocator::scanValue(QString* path, int depth)
{
    if (m_pos >= m_json.size())
        return false;
    if (depth <= m_maxDepth)
        m_offsets.insert(*path, m_pos);
    const char c = m_json.at(m_pos);
    if (c == '{' || c == '[') {
        if (depth >= kMaxNesting) {
            m_tooDeepOffset = m_pos;
            return false; // stops the whole pass: nothing after this value is located
        }
        const bool object = c == '{';
        const char close = object ? '}' : ']';
        ++m_pos;
        skipSpace();
        if (m_pos < m_json.size() && m_json.at(m_pos) == close) {
            ++m_pos;
            return true;
        }
        const qsizetype pathLength = path->size();
        for (int index = 0;; ++index) {
            QString part;
            if (object) {
                if (!scanString(depth < m_maxDepth ? &part : nullptr))
                    return false;
                skipSpace();
                if (m_pos >= m_json.size() || m_json.at(m_pos) != ':')
                    return false;
                ++m_pos;
                skipSpace();
                part.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
            } else if (depth < m_maxDepth) {
                part = QString::number(index);
            }
            if (depth < m_maxDepth)
                path->append(QLatin1Char('/') + part);
            const bool ok = scanValue(path, depth + 1);
            path->truncate(pathLength);
            if (!ok)
                return false;
            skipSpace();
            if (m_pos >= m_json.size())
                return false;
            const char next = m_json.at(m_pos++);
            if (next == close)
                return true;
            if (next != ',')
                return false;
            skipSpace();
        }
    }
    if (c == '"')
        return scanString(nullptr);
    // A number, true, false or null: up to the next delimiter.
    while (m_pos < m_json.size()) {
        const char d = m_json.at(m_pos);
        if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\n' || d == '\r')
            break;
        ++m_pos;
    }
    return true;
}

} // namespace geo
