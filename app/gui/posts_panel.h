#pragma once
// All Turkish observation posts, located or not. The unlocated ones are listed here and never drawn.

#include "geo/data/observation_post.h"

#include <QWidget>

class QTreeWidget;

class PostsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PostsPanel(QWidget* parent = nullptr);
    void setPosts(const QVector<geo::ObservationPost>& posts);
    QTreeWidget* tree() const { return m_tree; }

signals:
    void postChosen(const geo::ObservationPost& post);

private:
    QTreeWidget* m_tree;
    QVector<geo::ObservationPost> m_posts;
};
