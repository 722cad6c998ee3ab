#pragma once
// Argument parsing shared by the subcommands: sizes, places or coordinates, languages, CRSs; every parse error
// is a sentence that says what was expected.

#include "exit_code.h"

#include "geo/data/map_data.h"
#include "geo/core/place.h"
#include "geo/core/projector.h"
#include "geo/core/viewport.h"

#include <QCommandLineParser>
#include <QSize>
#include <QTextStream>

#include <optional>

namespace cli {

// Standard output and standard error. Text that comes from a file (ids, titles, quotes, paths, messages that
// quote them) goes through geo::printableText() before it is written to either, one line at a time: the streams
// themselves write bytes unchanged, because standard output also carries CSV and GeoJSON documents
// (writeOutputOrExplain), which must be the same bytes as the file --out writes.
QTextStream& out();
QTextStream& err();

// Parses ARGS (without the program and subcommand names) with PARSER; prints help or the error. Returns false
// if the command should stop, with *exitCode set.
bool parseOrExplain(QCommandLineParser& parser, const QString& command, const QStringList& args, ExitCode* exitCode);

// Prints "frontline-cli COMMAND: MESSAGE" on standard error and gives CODE: how a command stops. MESSAGE is one
// line; any control character in it (from a file name or a file's text) is printed as an escape.
ExitCode stop(const QString& command, ExitCode code, const QString& message);

// BYTES to OUTPATH, whole or not at all (QSaveFile), or to standard output when OUTPATH is empty. False, with
// why said on standard error, when the file cannot be written.
bool writeOutputOrExplain(const QString& command, const QString& outPath, const QByteArray& bytes);

// parseOrExplain for a command that takes no positional argument, and, when PARSER has --store, a store path
// that exists. The exit code when the command should stop.
std::optional<ExitCode> startCommand(QCommandLineParser& parser, const QString& command, const QStringList& args);

// Why PATH cannot be a store, or empty when it can: a store is a regular file, or a new one. A folder is no store,
// and a pipe or a device would block or never end when it is opened. Nothing is opened.
QString storePathProblem(const QString& path);

std::optional<QSize> parseSize(const QString& text, QString* error);
std::optional<geo::Language> parseLanguage(const QString& text, QString* error);
std::optional<geo::DisplayCrs> parseCrs(const QString& text, QString* error);

// The bundled map, loaded with a message on failure.
std::shared_ptr<const geo::MapData> loadMapOrExplain(geo::DisplayCrs crs);

} // namespace cli

namespace cli {

// A viewport of SIZE pixels showing EXTENT: empty for the Home view on Idleb, a place name (the area 40 km
// across around it) or "minlon,minlat,maxlon,maxlat" in degrees (geo::parseExportExtent).
std::optional<geo::Viewport> viewportFor(const QString& extent, QSize size, const geo::MapData& data, QString* error);

} // namespace cli
