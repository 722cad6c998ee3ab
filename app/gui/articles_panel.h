#pragma once
// The articles: a list, one block per article (its whole title, wrapped on the list's width, over its date,
// publisher and language), and a reading view with every annotation highlighted by kind. Clicking a highlight asks the
// window to show its entity and, for a claim, its date. Under the text, the article's events and the entities it
// defines (format 1.1).

#include "geo/articles/article.h"

#include <QWidget>

class QAction;
class QTextBrowser;
class QTreeWidget;

class ArticlesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ArticlesPanel(QWidget* parent = nullptr);

    void setArticles(const QList<geo::Article>& articles);
    // Shows ARTICLEID in the reading view, the annotation ANNOTATIONID (if any) scrolled to and marked.
    void showArticle(const QString& articleId, const QString& annotationId = {});
    QString currentArticleId() const { return m_current; }
    QTextBrowser* reader() const { return m_reader; }
    // One item per article, in date order; the item's text is the whole title, its tooltip the title and source.
    QTreeWidget* list() const { return m_list; }
    // The HTML link of an annotation in the reading view (for tests and keyboard use).
    static QString annotationLink(const QString& articleId, const QString& annotationId);
    // Format 1.1: the article's events (each linked to its words) and the entities it defines, as HTML; empty
    // when it has none. The reading view shows them under the text.
    static QString eventsHtml(const geo::Article& article);
    static QString entitiesHtml(const geo::Article& article);
    // Acts as if the user clicked LINK in the reading view.
    void activateLink(const QUrl& link);
    // A read-only store: removing is disabled, its tooltip says WHY (empty: removing is possible).
    void setReadOnly(const QString& why);
    // The list's context-menu action that removes the article under the pointer.
    QAction* removeAction() const { return m_removeAction; }
    // The list's context-menu action that opens the article under the pointer in the workbench, to correct it.
    QAction* correctAction() const { return m_correctAction; }

signals:
    void annotationActivated(const geo::Article& article, const geo::Annotation& annotation);
    void removeRequested(const QString& articleId);
    void correctRequested(const QString& articleId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const geo::Article* article(const QString& id) const;
    QList<geo::Article> m_articles;
    QTreeWidget* m_list;
    QTextBrowser* m_reader;
    QAction* m_removeAction;
    QAction* m_correctAction;
    QString m_menuArticle; // the article the context menu was opened on
    QString m_current;
};
