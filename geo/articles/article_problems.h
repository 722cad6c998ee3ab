#pragma once
// The problems found in an annotated-article file, each placed at the line and column of the JSON member it
// concerns (see ArticleReader).

#include <QList>
#include <QString>

namespace geo {

class JsonLocator;

struct ArticleProblem {
    QString file;
    int line = 0; // 0 when the problem concerns the file as a whole
    int column = 0;
    QString message;

    QString toString() const; // "file:line:column: message", or "file: message" without a position
};

// Collects problems for one file into a list the caller owns.
class ArticleProblems {
public:
    ArticleProblems(QString file, QList<ArticleProblem>* out);

    // Positions come from LOCATOR once the file has been read (it must outlive this object).
    void setLocator(const JsonLocator* locator) { m_locator = locator; }

    void atFile(const QString& message);
    void atOffset(qsizetype byteOffset, const QString& message);
    // At the JSON Pointer POINTER, or at the nearest enclosing value that exists in the file.
    void at(QString pointer, const QString& message);
    bool any() const { return !m_out->isEmpty(); }

private:
    QString m_file;
    QList<ArticleProblem>* m_out;
    const JsonLocator* m_locator = nullptr;
};

} // namespace geo
