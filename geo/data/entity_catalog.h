#pragma once
// Every entity an annotated article may point at, from the bundled data: places (key towns, OSM and GeoNames
// ids), the two highways, the Turkish posts, governorates and the country, the Syrian-Turkish border, and the
// actors of resources/articles/actors.json. Answers whether an id is known, what to call it and where it is.

#include "geo/core/place.h"

#include <QHash>
#include <QPointF>
#include <QString>

#include <optional>

namespace geo {

class EntityCatalog {
public:
    struct Entry {
        QString id;
        QString nameEn, nameFr, nameAr;
        std::optional<QPointF> lonLat; // EPSG:4326; none for actors, roads, areas and unlocated posts
        QString controller;            // for actors whose forces count for a side ("government" ...)
    };

    // Loads the bundled sources; PLACES are the gazetteer's (their ids and points win over the raw files').
    static std::optional<EntityCatalog> loadBundled(const QVector<Place>& places, QString* error);

    bool contains(const QString& id) const { return m_entries.contains(id); }
    const Entry* entry(const QString& id) const;
    QString name(const QString& id, Language lang) const; // the id itself when unknown
    std::optional<QPointF> lonLat(const QString& id) const;
    int size() const { return int(m_entries.size()); }
    // The gazetteer's places the catalog was loaded with (merged: one per settlement), in their order.
    const QVector<Place>& places() const { return m_places; }

private:
    void insert(Entry entry);
    QHash<QString, Entry> m_entries;
    QVector<Place> m_places;
};

} // namespace geo
