// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #20's question on return, offscreen and by keyboard only: Enter on the focused first
// answer, the mnemonics of the others, the description page of "Add … as a new entry…" (Enter
// adds, Back returns), Escape keeps; and the away banner's message with Continue.
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "app/models/TimeEntryModel.h"
#include "app/track/TrackTime.h"
#include "ui/presence/AwayBanner.h"
#include "ui/presence/ReturnDialog.h"

using namespace punchclock;

class TestReturnDialog : public QObject
{
    Q_OBJECT

private slots:
    void enterAnswersWithTheFocusedButton();
    void mnemonicsAnswer_data();
    void mnemonicsAnswer();
    void addAsEntryAsksForADescription();
    void escapeKeeps();
    void textSaysWhatHappened();
    void bannerOffersContinue();
};

namespace {
ReturnQuestion question(AwayReason reason = AwayReason::Idle)
{
    ReturnQuestion q;
    q.reason = reason;
    q.entry.id = 7;
    q.entry.description = QStringLiteral("Writing");
    q.from = TrackTime::utcFromSecs(1'700'000'000);
    q.back = q.from.addSecs(6 * 60 + 20);
    return q;
}

bool showActive(QWidget *w)
{
    w->show();
    w->activateWindow();
    return QTest::qWaitForWindowActive(w);
}

using Answer = ReturnDialog::Answer;
} // namespace

void TestReturnDialog::enterAnswersWithTheFocusedButton()
{
    ReturnDialog dialog(question());
    QSignalSpy answered(&dialog, &ReturnDialog::answered);
    QVERIFY(showActive(&dialog));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("discardContinueButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).value<Answer>(), Answer::DiscardAndContinue);
    QVERIFY(!dialog.isVisible());
    // Tab moves on to the next answer.
    ReturnDialog second(question());
    QSignalSpy answered2(&second, &ReturnDialog::answered);
    QVERIFY(showActive(&second));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("discardStopButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(answered2.at(0).at(0).value<Answer>(), Answer::DiscardAndStop);
}

void TestReturnDialog::mnemonicsAnswer_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Answer>("expected");
    QTest::newRow("Alt+D") << int(Qt::Key_D) << Answer::DiscardAndContinue;
    QTest::newRow("Alt+S") << int(Qt::Key_S) << Answer::DiscardAndStop;
    QTest::newRow("Alt+K") << int(Qt::Key_K) << Answer::Keep;
}

void TestReturnDialog::mnemonicsAnswer()
{
    QFETCH(int, key);
    QFETCH(Answer, expected);
    ReturnDialog dialog(question());
    QSignalSpy answered(&dialog, &ReturnDialog::answered);
    QVERIFY(showActive(&dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), Qt::AltModifier);
    QTRY_COMPARE(answered.count(), 1); // a mnemonic clicks after the button's short pressed look
    QCOMPARE(answered.at(0).at(0).value<Answer>(), expected);
}

void TestReturnDialog::addAsEntryAsksForADescription()
{
    ReturnDialog dialog(question());
    QSignalSpy answered(&dialog, &ReturnDialog::answered);
    QVERIFY(showActive(&dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("awayDescriptionEdit"));
    QCOMPARE(answered.count(), 0);
    // Back, and in again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("discardContinueButton"));
    QCOMPARE(answered.count(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("awayDescriptionEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Coffee with Ana "));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).value<Answer>(), Answer::AddAsEntry);
    QCOMPARE(answered.at(0).at(1).toString(), QStringLiteral("Coffee with Ana"));
    QVERIFY(!dialog.isVisible());
}

void TestReturnDialog::escapeKeeps()
{
    ReturnDialog dialog(question());
    QSignalSpy answered(&dialog, &ReturnDialog::answered);
    QVERIFY(showActive(&dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).value<Answer>(), Answer::Keep);
    QVERIFY(!dialog.isVisible());
}

void TestReturnDialog::textSaysWhatHappened()
{
    const QString idle = ReturnDialog::questionText(question());
    QVERIFY2(idle.contains(QStringLiteral("idle")) && idle.contains(QStringLiteral("6 min")) &&
                 idle.contains(QStringLiteral("Writing")),
             qPrintable(idle));
    QVERIFY(ReturnDialog::questionText(question(AwayReason::Sleep)).contains(QStringLiteral("slept")));
    QVERIFY(ReturnDialog::questionText(question(AwayReason::Lock)).contains(QStringLiteral("locked")));
    ReturnDialog sleep(question(AwayReason::Sleep));
    QVERIFY(sleep.findChild<QPushButton *>(QStringLiteral("keepButton"))
                ->text()
                .contains(QStringLiteral("away")));
}

void TestReturnDialog::bannerOffersContinue()
{
    QWidget window;
    AwayBanner banner(&window);
    QSignalSpy continued(&banner, &AwayBanner::continueRequested);
    QVERIFY(showActive(&window));
    QVERIFY(!banner.isVisible());
    TimeEntry entry = question().entry;
    const QDateTime at = QDateTime(QDate(2024, 3, 1), QTime(18, 2)).toUTC();
    banner.showStopped(entry, AwayReason::Sleep, at);
    QVERIFY(banner.isVisible());
    const QString text = banner.findChild<QLabel *>(QStringLiteral("awayMessageLabel"))->text();
    QVERIFY2(text.contains(QLocale().toString(QTime(18, 2), QLocale::ShortFormat)) &&
                 text.contains(QStringLiteral("sleep")),
             qPrintable(text));
    banner.findChild<QPushButton *>(QStringLiteral("awayContinueButton"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(continued.count(), 1);
    QCOMPARE(continued.at(0).at(0).value<TimeEntry>().id, 7);
    QVERIFY(!banner.isVisible());
}

QTEST_MAIN(TestReturnDialog)
#include "tst_returndialog.moc"
