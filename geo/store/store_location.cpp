#include "geo/store/store_location.h"

#include <QRegularExpression>

namespace geo {

StoreLocation::StoreLocation(const QString& text) : m_text(text)
{
    static const QRegularExpression uri(QStringLiteral("^postgres(ql)?://"), QRegularExpression::CaseInsensitiveOption);
    if (text.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive)) {
        m_kind = Kind::Database;
        m_connection = text.mid(3).trimmed();
    } else if (uri.match(text).hasMatch()) {
        m_kind = Kind::Database;
        m_connection = text.trimmed();
    }
}

QString StoreLocation::gdalName() const
{
    return m_kind == Kind::Database ? QStringLiteral("PG:") + m_connection : m_text;
}

QString StoreLocation::display() const
{
    if (m_kind == Kind::File)
        return m_text;
    QString shown = m_connection;
    // URI: postgresql://user:secret@host/db -> postgresql://user@host/db; ?password=secret goes too.
    static const QRegularExpression userInfo(QStringLiteral("^(postgres(?:ql)?://[^/@:?]*):[^@/?]*@"),
                                             QRegularExpression::CaseInsensitiveOption);
    shown.replace(userInfo, QStringLiteral("\\1@"));
    static const QRegularExpression queryPassword(QStringLiteral("([?&])password=[^&]*&?"),
                                                  QRegularExpression::CaseInsensitiveOption);
    shown.replace(queryPassword, QStringLiteral("\\1"));
    if (shown.endsWith(QLatin1Char('&')) || shown.endsWith(QLatin1Char('?')))
        shown.chop(1);
    // key=value form: password=secret or password='se cret'.
    static const QRegularExpression keyPassword(QStringLiteral("\\s*\\bpassword\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)"),
                                                QRegularExpression::CaseInsensitiveOption);
    shown.replace(keyPassword, QString());
    return shown.trimmed();
}

} // namespace geo
