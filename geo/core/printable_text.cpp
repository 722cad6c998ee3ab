#include "geo/core/printable_text.h"

namespace geo {

namespace {

bool isUnprintable(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString hex(char16_t c, int digits)
{
    return QString::number(c, 16).rightJustified(digits, QLatin1Char('0'));
}

} // namespace

bool hasUnprintable(const QString& text)
{
    for (const QChar c : text)
        if (isUnprintable(c.unicode()))
            return true;
    return false;
}

QString printableText(const QString& text)
{
    if (!hasUnprintable(text))
        return text;
    QString result;
    result.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isUnprintable(u))
            result += c;
        else if (u <= 0xFF)
            result += QLatin1String("\\x") + hex(u, 2);
        else
            result += QLatin1String("\\u") + hex(u, 4);
    }
    return result;
}

} // namespace geo
