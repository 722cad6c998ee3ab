#include "posts_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

PostsPanel::PostsPanel(QWidget* parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderLabels({tr("No."), tr("Name"), tr("Established"), tr("On the map")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* note = new QLabel(tr("Posts without a known location are listed only, never drawn. Drawn posts sit on "
                               "the village they are named after (approximate)."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(note);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        const int index = item->data(0, Qt::UserRole).toInt();
        if (index >= 0 && index < m_posts.size())
            emit postChosen(m_posts[index]);
    });
}

void PostsPanel::setPosts(const QVector<geo::ObservationPost>& posts)
{
    m_posts = posts;
    m_tree->clear();
    for (int i = 0; i < posts.size(); ++i) {
        const geo::ObservationPost& p = posts[i];
        auto* item = new QTreeWidgetItem(m_tree, {QString::number(p.number), p.name, p.established,
                                                  p.lonLat ? tr("approximate") : tr("not located")});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(1, p.notes);
        if (!p.lonLat)
            item->setForeground(3, QColor(0x99, 0x33, 0x00));
    }
}
