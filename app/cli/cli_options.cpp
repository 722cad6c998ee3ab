#include "cli_options.h"

#include "geo/store/store_location.h"
#include "geo/core/file_writer.h"
#include "geo/core/output_path.h"
#include "geo/core/printable_text.h"
#include "geo/data/map_data_loader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

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

bool parseOrExplain(QCommandLineParser& parser, const QString& command, const QStringList& args, ExitCode* exitCode)
{
    parser.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("frontline-cli %1").arg(command));
    if (!parser.parse(full)) {
        err() << "frontline-cli " << command << ": " << parser.errorText() << "\n"
              << "Try 'frontline-cli " << command << " --help'.\n";
        err().flush();
        *exitCode = ExitCode::BadInput;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("frontline-cli %1").arg(command),
                                           QStringLiteral("frontline-cli %1").arg(command));
        out().flush();
        *exitCode = ExitCode::Ok;
        return false;
    }
    return true;
}

ExitCode stop(const QString& command, ExitCode code, const QString& message)
{
    err() << "frontline-cli " << command << ": " << geo::printableText(message) << "\n";
    err().flush();
    return code;
}

bool writeOutputOrExplain(const QString& command, const QString& outPath, const QByteArray& bytes)
{
    if (outPath.isEmpty()) {
        out() << QString::fromUtf8(bytes);
        out().flush();
        return true;
    }
    if (const QString why = geo::outputPathProblem(outPath); !why.isEmpty()) {
        stop(command, ExitCode::Failure, why + QStringLiteral("; nothing written"));
        return false;
    }
    geo::FileWriter file(outPath);
    if (!file.open() || !file.write(bytes) || !file.commit()) {
        stop(command, ExitCode::Failure, file.error() + QStringLiteral("; nothing written"));
        return false;
    }
    return true;
}

std::optional<ExitCode> startCommand(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, command, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return stop(command, ExitCode::BadInput,
                    QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.optionNames().contains(QStringLiteral("store"))) {
        const QString storePath = parser.value(QStringLiteral("store"));
        if (!storePath.isEmpty() && !geo::StoreLocation(storePath).isDatabase() && !QFileInfo::exists(storePath))
            return stop(command, ExitCode::BadInput, QStringLiteral("--store %1: no such file").arg(storePath));
    }
    return std::nullopt;
}

QString storePathProblem(const QString& path)
{
    if (geo::StoreLocation(path).isDatabase())
        return {};
    std::error_code ec;
    const auto type = std::filesystem::status(QFile::encodeName(path).toStdString(), ec).type();
    if (ec || type == std::filesystem::file_type::regular || type == std::filesystem::file_type::not_found)
        return {};
    if (type == std::filesystem::file_type::directory)
        return QStringLiteral("--store %1: is a folder, not a store file; give the path of a store file, such as "
                              "%2")
            .arg(path, QDir::cleanPath(path + QStringLiteral("/frontline.gpkg")));
    return QStringLiteral("--store %1: not a regular file (a pipe, a socket or a device), which a store cannot be; "
                          "give the path of a store file, such as frontline.gpkg")
        .arg(path);
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

#include "geo/export/export_request.h"

namespace cli {

std::optional<geo::Viewport> viewportFor(const QString& extent, QSize size, const geo::MapData& data, QString* error)
{
    const auto parsed = geo::parseExportExtent(extent, data, error);
    if (!parsed)
        return std::nullopt;
    return geo::viewportFor(*parsed, size);
}

} // namespace cli
