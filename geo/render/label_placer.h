#pragma once
// Declutters the map: point markers and labels are placed in priority order (bigger places first) so that no
// label overlaps another label or a marker. A label tries several positions around its anchor and is dropped
// if none is free; a marker that a more important label or marker already covers is dropped with its label,
// unless it is mandatory (key towns, cities, observation posts), which always show. Lines (the highways, a
// post's leader) keep labels off a band around them, but never drop a marker: villages stand on the roads.

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLineF>
#include <QPolygonF>
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
    bool boxed = false;   // drawn in a box (road shields)
    bool onLines = false; // may sit on the line obstacles (a road's shield on its road)
    bool insist = false;  // when every position is taken, one that only crosses a line will do
    QString shortText;    // tried when TEXT finds no room (a post's number without its village)
};

struct PlacedLabel {
    LabelCandidate candidate; // its text is the one drawn (the short one when the whole did not fit)
    QRectF rect;              // the text's box in screen pixels
    QPointF baseline;         // where drawText starts
};

class LabelPlacer {
public:
    explicit LabelPlacer(const QRectF& screen);

    // Space that nothing may cover.
    void addObstacle(const QRectF& rect);
    // A line (screen pixels) that labels keep HALFWIDTH pixels away from; markers are not dropped for it.
    void addLineObstacle(const QPolygonF& line, double halfWidth);
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
    // Taken space: a rectangle, or a band HALFWIDTH wide around a segment.
    struct Obstacle {
        QRectF box; // the rectangle, or the band's bounding box
        QLineF segment;
        double halfWidth = 0;
        bool isLine = false;
    };
    bool collides(const QRectF& r, bool withLines) const;
    void occupy(const Obstacle& o);
    void occupy(const QRectF& r) { occupy(Obstacle{r, {}, 0, false}); }
    std::optional<PlacedLabel> placeLabel(const LabelCandidate& c);
    std::optional<PlacedLabel> placeLabel(const LabelCandidate& c, const QString& text, bool withLines);

    QRectF m_screen;
    QVector<Item> m_items;
    QVector<Obstacle> m_occupied;
    QHash<quint64, QVector<int>> m_grid; // cell -> indices into m_occupied
    QVector<PlacedLabel> m_labels;
    QSet<int> m_keptMarkers;
    static constexpr double kCell = 64.0;
};

} // namespace geo
