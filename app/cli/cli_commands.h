#pragma once
// The command line's subcommands. Each takes its own arguments (after the subcommand name) and returns the
// process exit code: 0 on success, 1 on a failure of the work, 2 on bad arguments.

#include <QStringList>

namespace cli {

int runLayers(const QStringList& args);
int runSearch(const QStringList& args);
int runRender(const QStringList& args);
int runBench(const QStringList& args);
// The annotated articles and the store (cli_store.h).
int runValidate(const QStringList& args);
int runImport(const QStringList& args);
int runList(const QStringList& args);
int runRemove(const QStringList& args);
int runControl(const QStringList& args);
int runExport(const QStringList& args);
// Over a span of dates: a frame per change (or per N days), and what changed between two dates.
int runTimelapse(const QStringList& args);
int runChanges(const QStringList& args);

} // namespace cli
