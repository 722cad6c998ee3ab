#include "cli_options.h"

#include "geo/data/map_data_loader.h"

#include <QRegularExpression>

namespace cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parseOrExplain(QCommandLineParser& parser, const QString& command, const QStringList& args, int* exitCode)
{
    parser.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("frontline-cli %1").arg(command));
    if (!parser.parse(full)) {
        err() << "frontline-cli " << command << ": " << parser.errorText() << "\n"
              << "Try 'frontline-cli " << command << " --help'.\n";
        err().flush();
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("frontline-cli %1").arg(command),
                                           QStringLiteral("frontline-cli %1").arg(command));
        out().flush();
        *exitCode = 0;
        return false;
    }
    return true;
}

std::optional<QSize> parseSize(const QString& text, QString* error)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto m = re.match(text.trimmed());
    if (m.hasMatch()) {
        const QSize s(m.captured(1).toInt(), m.captured(2).toInt());
        if (s.width() >= 16 && s.height() >= 16 && s.width() <= 20000 && s.height() <= 20000)
            return s;
    }
    *error =
        QStringLiteral("size \"%1\": expected WIDTHxHEIGHT in pixels between 16 and 20000, e.g. 1920x1080").arg(text);
    return std::nullopt;
}

std::optional<geo::Language> parseLanguage(const QString& text, QString* error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("fr"))
        return geo::Language::French;
    if (t == QLatin1String("en"))
        return geo::Language::English;
    if (t == QLatin1String("ar"))
        return geo::Language::Arabic;
    *error = QStringLiteral("language \"%1\": expected fr, en or ar").arg(text);
    return std::nullopt;
}

std::optional<geo::DisplayCrs> parseCrs(const QString& text, QString* error)
{
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("3857") || t == QLatin1String("EPSG:3857"))
        return geo::DisplayCrs::WebMercator;
    if (t == QLatin1String("32637") || t == QLatin1String("EPSG:32637"))
        return geo::DisplayCrs::Utm37N;
    *error = QStringLiteral("CRS \"%1\": expected EPSG:3857 (Web Mercator) or EPSG:32637 (UTM 37N)").arg(text);
    return std::nullopt;
}

std::shared_ptr<const geo::MapData> loadMapOrExplain(geo::DisplayCrs crs)
{
    QString error;
    auto data = geo::loadBundledMap(crs, &error);
    if (!data) {
        err() << "frontline-cli: cannot load the bundled map: " << error << "\n";
        err().flush();
    }
    return data;
}

} // namespace cli

#include "geo/data/gazetteer.h"

namespace cli {

std::optional<geo::Viewport> viewportFor(const QString& extent, QSize size, const geo::MapData& data, QString* error)
{
    geo::Viewport vp(QPointF(), 1000, size);
    const geo::Projector projector(data.crs);
    if (extent.trimmed().isEmpty()) {
        vp.fit(geo::homeExtent(data), 10);
        return vp;
    }
    const QStringList parts = extent.split(QLatin1Char(','));
    QRectF lonLatBox;
    if (parts.size() == 4) {
        double v[4];
        for (int i = 0; i < 4; ++i) {
            bool ok = false;
            v[i] = parts[i].trimmed().toDouble(&ok);
            if (!ok) {
                *error = QStringLiteral("extent \"%1\": \"%2\" is not a number; expected minlon,minlat,maxlon,maxlat")
                             .arg(extent, parts[i]);
                return std::nullopt;
            }
        }
        if (v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -85 || v[3] > 85) {
            *error =
                QStringLiteral("extent \"%1\": expected minlon < maxlon and minlat < maxlat, in degrees").arg(extent);
            return std::nullopt;
        }
        lonLatBox = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    } else {
        const geo::Gazetteer gazetteer(data.places);
        const geo::Place* place = gazetteer.find(extent);
        if (!place) {
            *error = QStringLiteral("extent \"%1\": no such place; give a place name (try 'frontline-cli search') or "
                                    "minlon,minlat,maxlon,maxlat")
                         .arg(extent);
            return std::nullopt;
        }
        const QPointF c = projector.forward(place->lonLat);
        vp.fit(QRectF(c - QPointF(20000, 20000), QSizeF(40000, 40000)), 0);
        return vp;
    }
    QVector<QPointF> corners{lonLatBox.topLeft(), lonLatBox.topRight(), lonLatBox.bottomLeft(),
                             lonLatBox.bottomRight()};
    if (!projector.forward(&corners)) {
        *error = QStringLiteral("extent \"%1\": outside what %2 can show").arg(extent, projector.targetCrs());
        return std::nullopt;
    }
    double minX = corners[0].x(), maxX = minX, minY = corners[0].y(), maxY = minY;
    for (const QPointF& p : corners) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    const QRectF mapBox(QPointF(minX, minY), QPointF(maxX, maxY));
    if (!mapBox.intersects(data.extent)) {
        *error =
            QStringLiteral("extent \"%1\": outside the map's data (north-west Syria, lon 35.5-37.6, lat 34.9-36.7)")
                .arg(extent);
        return std::nullopt;
    }
    vp.fit(mapBox, 0);
    return vp;
}

} // namespace cli

namespace cli {

QString csvRecord(const QStringList& values)
{
    static const QRegularExpression special(QStringLiteral("[,\"\\r\\n]"));
    QStringList fields;
    for (const QString& value : values) {
        if (!value.contains(special)) {
            fields << value;
            continue;
        }
        QString quoted = value;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        fields << QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace cli
