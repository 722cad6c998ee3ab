#include "geo/articles/article_problems.h"

#include "geo/articles/json_locator.h"

namespace geo {

QString ArticleProblem::toString() const
{
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

ArticleProblems::ArticleProblems(QString file, QList<ArticleProblem>* out) : m_file(std::move(file)), m_out(out) {}

void ArticleProblems::atFile(const QString& message)
{
    m_out->append({m_file, 0, 0, message});
}

void ArticleProblems::atOffset(qsizetype byteOffset, const QString& message)
{
    const JsonPosition p = m_locator ? m_locator->positionOfOffset(byteOffset) : JsonPosition{};
    m_out->append({m_file, p.line, p.column, message});
}

void ArticleProblems::at(QString pointer, const QString& message)
{
    JsonPosition p;
    while (m_locator) {
        p = m_locator->position(pointer);
        if (p.isValid() || pointer.isEmpty())
            break;
        pointer.truncate(pointer.lastIndexOf(QLatin1Char('/')));
    }
    // Without a locator (or a position) the problem still belongs to the file's text: line 1.
    m_out->append({m_file, p.isValid() ? p.line : 1, p.isValid() ? p.column : 1, message});
}

} // namespace geo
