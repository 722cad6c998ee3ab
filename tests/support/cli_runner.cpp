#include "cli_runner.h"

#include <QProcess>

namespace frontline::test {

CliRunner::CliRunner(QString program, QString dataHome)
    : m_program(std::move(program)), m_env(QProcessEnvironment::systemEnvironment())
{
    // A server with no display at all: the command line must not need one.
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
}

void CliRunner::setEnvironment(const QString& name, const QString& value)
{
    m_env.insert(name, value);
}

CliRun CliRunner::run(const QStringList& args) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.setStandardInputFile(QProcess::nullDevice()); // a command that waits for input fails instead of hanging
    p.start(m_program, args);
    if (!p.waitForFinished(m_timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                QStringLiteral("frontline-cli did not finish within %1 s (or did not start: %2)")
                    .arg(m_timeoutMs / 1000)
                    .arg(p.errorString())};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace frontline::test
