#pragma once
// Places map labels so that none overlaps another or a marker: candidates are taken in priority order (bigger
// places first) and each tries a few positions around its anchor; a label that fits nowhere is dropped.

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QVector>

namespace geo {

struct LabelCandidate {
    QString text;
    QPointF anchor;        // screen pixels
    double markerRadius = 0; // the label keeps clear of the marker; 0 = centred on the anchor (areas, roads)
    int priority = 0;      // higher is placed first
    QFont font;
    QColor color;
    bool boxed = false;    // drawn in a box (road shields)
};

struct PlacedLabel {
    LabelCandidate candidate;
    QRectF rect;           // the text's box in screen pixels
    QPointF baseline;      // where drawText starts
};

class LabelPlacer {
public:
    explicit LabelPlacer(const QRectF& screen);

    // Space that labels must not cover (markers).
    void addObstacle(const QRectF& rect);
    void add(LabelCandidate candidate);
    // Runs the placement; call once after every add().
    QVector<PlacedLabel> place();

private:
    bool collides(const QRectF& r) const;
    void occupy(const QRectF& r);

    QRectF m_screen;
    QVector<LabelCandidate> m_candidates;
    QVector<QRectF> m_occupied;
    QHash<quint64, QVector<int>> m_grid; // cell -> indices into m_occupied
    static constexpr double kCell = 64.0;
};

} // namespace geo
