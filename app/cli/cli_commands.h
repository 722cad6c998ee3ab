#pragma once
// The command line's subcommands. Each takes its own arguments (after the subcommand name) and returns the
// process exit code (exit_code.h).

#include "exit_code.h"

#include <QStringList>

namespace cli {

ExitCode runLayers(const QStringList& args);
ExitCode runSearch(const QStringList& args);
ExitCode runRender(const QStringList& args);
ExitCode runBench(const QStringList& args);
// The annotated articles and the store (cli_store.h).
ExitCode runValidate(const QStringList& args);
ExitCode runImport(const QStringList& args);
ExitCode runList(const QStringList& args);
ExitCode runRemove(const QStringList& args);
ExitCode runControl(const QStringList& args);
// Suggested annotations for a dispatch, written as an article; --score measures them against annotated articles.
ExitCode runAnnotate(const QStringList& args);
// Stores themselves: init, info, copy (a GeoPackage to PostGIS and back).
ExitCode runStore(const QStringList& args);
ExitCode runExport(const QStringList& args);
// Over a span of dates: a frame per change (or per N days), and what changed between two dates.
ExitCode runTimelapse(const QStringList& args);
ExitCode runChanges(const QStringList& args);

} // namespace cli
