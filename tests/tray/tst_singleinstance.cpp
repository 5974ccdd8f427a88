// SPDX-License-Identifier: GPL-3.0-or-later
// The single-instance guard: a second start reaches the first over a local socket.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>

#include "app/platform/SingleInstance.h"

using namespace punchclock;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondInstanceActivatesTheFirst();
    void staleSocketIsTakenOver();
    void defaultNameIsPerUser();

private:
    static QString testName(const char *tag)
    {
        return QStringLiteral("punchclock-test-%1-%2")
            .arg(QCoreApplication::applicationPid())
            .arg(QLatin1String(tag));
    }
};

void TestSingleInstance::secondInstanceActivatesTheFirst()
{
    const QString name = testName("activate");
    SingleInstance first(name);
    QVERIFY(first.claim());
    QVERIFY(first.isPrimary());
    QSignalSpy activated(&first, &SingleInstance::activateRequested);

    SingleInstance second(name);
    QVERIFY(!second.claim()); // the first one is running: this process would exit 0
    QVERIFY(!second.isPrimary());
    QVERIFY(activated.wait(3000));
    QCOMPARE(activated.count(), 1);

    SingleInstance third(name);
    QVERIFY(!third.claim());
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 2, 3000);
}

void TestSingleInstance::staleSocketIsTakenOver()
{
    const QString name = testName("stale");
    // A crashed instance leaves its socket file behind (QLocalServer puts it in the temp dir).
    QFile stale(QDir(QDir::tempPath()).filePath(name));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    SingleInstance next(name);
    QVERIFY(next.claim());
    QVERIFY(next.isPrimary());
    SingleInstance other(name);
    QVERIFY(!other.claim());
}

void TestSingleInstance::defaultNameIsPerUser()
{
    const QString name = SingleInstance::defaultServerName();
    QVERIFY(name.startsWith(QStringLiteral("punchclock-")));
    QVERIFY(name.size() > QStringLiteral("punchclock-").size());
    QCOMPARE(SingleInstance().serverName(), name);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
