#pragma once
// What export, timelapse and changes share to build a map page for a date: the date parser, the map, catalog,
// articles and timelines loaded once, and the filling of an ExportRequest for one date (control overlay,
// source notes, frame fitted to the extent).

#include "geo/control/control_timeline.h"
#include "geo/data/entity_catalog.h"
#include "geo/export/map_exporter.h"
#include "geo/control/post_timeline.h"

#include <QCommandLineParser>
#include <QDate>

#include <memory>
#include <optional>

namespace cli {

// TEXT as YYYY-MM-DD; OPTION names the option in the message.
std::optional<QDate> parseDate(const QString& option, const QString& text, QString* error);

struct DateRange {
    QDate from, to;
};
// --from and --to, both required, valid days, from not after to (timelapse and changes).
std::optional<DateRange> parseDateRange(const QCommandLineParser& parser, QString* error);

// Everything a page for any date needs, loaded once.
struct ExportContext {
    geo::DisplayCrs crs = geo::DisplayCrs::WebMercator;
    std::shared_ptr<const geo::MapData> data;
    geo::EntityCatalog catalog;
    QList<geo::Article> articles;
    geo::ControlTimeline timeline;
    geo::PostTimeline posts;
};

// The bundled map, the catalog and the articles of the store named by --store (cli_store.h). Prints why,
// naming COMMAND, and returns nothing on failure.
std::optional<ExportContext> loadExportContextOrExplain(const QString& command, const QCommandLineParser& parser,
                                                        geo::DisplayCrs crs);

// Fills REQUEST (made by geo::newExportRequest, its size, page, texts and out path set) for DATE: who held
// what, then geo::fitExportFrame: the source notes of the claims behind EXTENT (from SINCE on when valid) and
// the frame fitted to it. False with *ERROR when the extent or the page does not work out.
bool fillExportRequest(geo::ExportRequest& request, const ExportContext& context, QDate date, QDate since,
                       const QString& extent, QString* error);

} // namespace cli
