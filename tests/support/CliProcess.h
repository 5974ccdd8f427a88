// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The real punchclock executable (PUNCHCLOCK_EXE, set by tests/CMakeLists.txt for tests/remote)
// run as a child with a throw-away HOME and XDG folders, its own instance name and the offscreen
// platform. The test's event loop runs while a child runs, so an in-process sandbox answers it.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliProcess
{
public:
    explicit CliProcess(const QString &instance)
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            m_env.insert(QString::fromLatin1(var),
                         m_home.path() + QLatin1Char('/') + QString::fromLatin1(var).toLower());
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_env.insert(QStringLiteral("PUNCHCLOCK_INSTANCE"), instance);
        m_env.remove(QStringLiteral("PUNCHCLOCK_TOKEN"));
    }

    static QString binary() { return QStringLiteral(PUNCHCLOCK_EXE); }
    QProcessEnvironment &environment() { return m_env; }
    QString home() const { return m_home.path(); }

    // Runs `punchclock arguments…` to the end (at most `timeoutMs`).
    CliResult run(const QStringList &arguments, int timeoutMs = 60000)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(binary(), arguments);
        if (!process.waitForStarted(10000))
            return {};
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {-1, process.readAllStandardOutput(), "timed out: " + process.readAllStandardError()};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // Starts `punchclock arguments…` (the app) and leaves it running.
    bool startApp(QProcess &app, const QStringList &arguments)
    {
        app.setProcessEnvironment(m_env);
        app.start(binary(), arguments);
        return app.waitForStarted(10000);
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};
