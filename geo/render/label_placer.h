#pragma once
// Declutters the map: point markers and labels are placed in priority order (bigger places first) so that no
// label overlaps another label or a marker. A label tries several positions around its anchor and is dropped
// if none is free; a marker that a more important label or marker already covers is dropped with its label,
// unless it is mandatory (key towns, cities, observation posts), which always show.

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QVector>

#include <optional>

namespace geo {

struct LabelCandidate {
    QString text;
    QPointF anchor;          // screen pixels
    double markerRadius = 0; // the label keeps clear of the marker; 0 = centred on the anchor (areas, roads)
    int priority = 0;        // higher is placed first
    QFont font;
    QColor color;
    bool boxed = false; // drawn in a box (road shields)
};

struct PlacedLabel {
    LabelCandidate candidate;
    QRectF rect;      // the text's box in screen pixels
    QPointF baseline; // where drawText starts
};

class LabelPlacer {
public:
    explicit LabelPlacer(const QRectF& screen);

    // Space that nothing may cover.
    void addObstacle(const QRectF& rect);
    // A label with no marker of its own (areas, road shields).
    void add(LabelCandidate candidate);
    // A point marker (MARKER, in screen pixels) and its optional label, identified by ID.
    void addPoint(int id, const QRectF& marker, int priority, bool mandatory, std::optional<LabelCandidate> label);

    // Runs the placement; call once after every add.
    void place();
    const QVector<PlacedLabel>& labels() const { return m_labels; }
    bool markerKept(int id) const { return m_keptMarkers.contains(id); }

private:
    struct Item {
        int id = -1; // -1: a label without a marker
        QRectF marker;
        int priority = 0;
        bool mandatory = false;
        std::optional<LabelCandidate> label;
    };
    bool collides(const QRectF& r) const;
    void occupy(const QRectF& r);
    std::optional<PlacedLabel> placeLabel(const LabelCandidate& c);

    QRectF m_screen;
    QVector<Item> m_items;
    QVector<QRectF> m_occupied;
    QHash<quint64, QVector<int>> m_grid; // cell -> indices into m_occupied
    QVector<PlacedLabel> m_labels;
    QSet<int> m_keptMarkers;
    static constexpr double kCell = 64.0;
};

} // namespace geo
