#pragma once
// The workbench's list of annotations: what the tool suggested and what the user added, each with its kind, its
// words, what it points at, why it was suggested and how sure the tool is, and the user's decision. Accept, Reject
// and Accept all act on it; nothing reaches the article before it is accepted.

#include "geo/articles/article.h"
#include "geo/data/entity_catalog.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

struct WorkbenchItem {
    enum class Decision { Pending, Accepted, Rejected };
    geo::Annotation annotation;
    QString reason;           // why the tool suggested it; empty for what the user added
    double confidence = 1.0;  // 0..1
    QStringList alternatives; // other entities for an ambiguous name
    Decision decision = Decision::Pending;
    bool suggested = true; // from the tool, not typed by the user
};

class SuggestionList : public QWidget {
    Q_OBJECT
public:
    enum Column { KindColumn, WordsColumn, EntityColumn, ConfidenceColumn, DecisionColumn };

    explicit SuggestionList(QWidget* parent = nullptr);

    void setItems(const QList<WorkbenchItem>& items, const geo::EntityCatalog* catalog, geo::Language lang);
    // The rows selected (indexes in the items), and the current one (-1 when none).
    QList<int> selectedItems() const;
    int currentItem() const;
    void setCurrentItem(int index);

    QTreeWidget* tree() const { return m_tree; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* acceptAllButton() const { return m_acceptAll; }
    QLabel* reasonLabel() const { return m_reason; }

    static QString kindLabel(geo::AnnotationKind kind);
    // What a figure counts ("vehicles", as stored) in the interface language ("véhicules").
    static QString figureUnitLabel(const QString& unit);
    // What an annotation points at, in words: "Saraqeb", "Saraqeb → government, 8 February 2020 (state TV)", the
    // claimant named in LANG where a name exists.
    static QString targetText(const geo::Annotation& annotation, const geo::EntityCatalog* catalog, geo::Language lang);

signals:
    void decided(const QList<int>& items, WorkbenchItem::Decision decision);
    void acceptAllRequested();
    void currentItemChanged(int index);

private:
    void showReason();
    QList<WorkbenchItem> m_items;
    const geo::EntityCatalog* m_catalog = nullptr;
    geo::Language m_lang = geo::Language::English;
    QTreeWidget* m_tree;
    QLabel* m_reason;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_acceptAll;
};
