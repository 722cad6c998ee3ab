// frontline-cli run as a user on a server runs it: no display, stdin closed, the user's data folder elsewhere.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace frontline::test {

struct CliRun {
    int exitCode = -1; // -1: crashed, or still running at the timeout (then killed)
    QString out;
    QString err;
};

class CliRunner {
public:
    // PROGRAM is the frontline-cli binary; DATAHOME becomes XDG_DATA_HOME of every run, so the default article
    // store is never the user's.
    CliRunner(QString program, QString dataHome);

    // Extra variables for every run (e.g. PATH without ffmpeg); they replace those of the test's environment.
    void setEnvironment(const QString& name, const QString& value);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    CliRun run(const QStringList& args) const;

private:
    QString m_program;
    QProcessEnvironment m_env;
    int m_timeoutMs = 120000;
};

} // namespace frontline::test
