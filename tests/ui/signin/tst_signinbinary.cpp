// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real punchclock executable the way scripts and the demo do (PUNCHCLOCK_TOKEN and
// --server on the sandbox) in a throw-away HOME with every debug log on, then looks for the
// token in everything it wrote: files under HOME, stdout and stderr. Nothing may hold it.
#include "tests/support/SandboxFixture.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSignInBinary : public QObject
{
    Q_OBJECT
private slots:
    void environmentTokenIsNeverWritten();
    void badServerIsRefusedAtStart();

private:
    static QString binary()
    {
        return QCoreApplication::applicationDirPath() + QLatin1String("/../punchclock");
    }
    static QProcessEnvironment environment(const QTemporaryDir &home);
};

QProcessEnvironment TestSignInBinary::environment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(var),
                   home.path() + QLatin1Char('/') + QString::fromLatin1(var).toLower());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Its own single-instance name, so another Punchclock running meanwhile does not take over.
    env.insert(QStringLiteral("PUNCHCLOCK_INSTANCE"),
               QStringLiteral("tst_signinbinary-%1").arg(QCoreApplication::applicationPid()));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;qt.*.debug=false"));
    return env;
}

void TestSignInBinary::environmentTokenIsNeverWritten()
{
    if (!QFileInfo::exists(binary()))
        QSKIP("punchclock is not built next to the tests");
    const QString token =
        QStringLiteral("bin%1secret0000000000000000000").arg(QCoreApplication::applicationPid());
    sandbox::SandboxServer::Options options;
    options.token = token;
    options.seedDemo = true;
    auto sandbox = startSandbox(options);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess app;
    QProcessEnvironment env = environment(home);
    env.insert(QStringLiteral("PUNCHCLOCK_TOKEN"), token);
    app.setProcessEnvironment(env);
    app.start(binary(), {QStringLiteral("--server"), sandbox->baseUrl().toString()});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));

    // Signed in and loaded: it asked for the user and the entries with the token.
    QTRY_VERIFY_WITH_TIMEOUT(sandbox->countRequests("GET", QStringLiteral("/time_entries")) >= 1, 30000);
    for (const auto &r : sandbox->requests())
        QVERIFY2(r.status == 200, qPrintable(r.path));
    QTest::qWait(500); // let it write whatever it writes after loading
    app.terminate();
    if (!app.waitForFinished(10000)) {
        app.kill();
        app.waitForFinished();
    }
    const QByteArray output = app.readAllStandardOutput() + app.readAllStandardError();
    const QByteArray needles[] = {token.toUtf8(), (token + QLatin1String(":api_token")).toUtf8().toBase64()};
    for (const QByteArray &needle : needles)
        QVERIFY2(!output.contains(needle), "stdout/stderr holds the token");

    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray data = f.readAll();
        for (const QByteArray &needle : needles)
            QVERIFY2(!data.contains(needle), qPrintable(f.fileName()));
    }
}

void TestSignInBinary::badServerIsRefusedAtStart()
{
    if (!QFileInfo::exists(binary()))
        QSKIP("punchclock is not built next to the tests");
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment env = environment(home);
    env.insert(QStringLiteral("PUNCHCLOCK_TOKEN"), QStringLiteral("never-sent-anywhere"));
    app.setProcessEnvironment(env);
    // A modal message box explains; close it by killing after it was shown.
    app.start(binary(), {QStringLiteral("--server"), QStringLiteral("http://track.example.com")});
    QVERIFY(app.waitForStarted(10000));
    if (!app.waitForFinished(3000)) {
        app.kill();
        app.waitForFinished();
    }
    QVERIFY(!app.readAllStandardError().contains("never-sent-anywhere"));
}

QTEST_GUILESS_MAIN(TestSignInBinary)
#include "tst_signinbinary.moc"
