// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly report window (issue #18): week navigation by button and keyboard, the filters, the
// table and chart following the session's entries, CSV export to a file, Copy as Text, light and
// dark palettes, 480 pixels wide in German, and the menu entry that opens it.
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "app/i18n/LanguageLoader.h"
#include "app/report/WeekReportModel.h"
#include "tests/support/Child.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/common/ReadableColor.h"
#include "ui/report/WeekChart.h"
#include "ui/report/WeeklyReportDialog.h"
#include "ui/report/WeeklyReportView.h"

using namespace punchclock;

class TestWeeklyReportView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheWeekAndNavigates();
    void filtersTheTable();
    void followsTheEntries();
    void exportsCsvAndCopiesText();
    void chartIsReadableOnDarkAndLight_data();
    void chartIsReadableOnDarkAndLight();
    void fitsInGermanAt480Pixels();
    void menuAsksForTheReport();

private:
    // Local time `hh:mm` on day `day` of the week the view starts in (the locale's week, this week).
    QDateTime at(int day, int hh, int mm = 0) const
    {
        return QDateTime(m_week.day(day), QTime(hh, mm)).toUTC();
    }
    qint64 add(const QDateTime &start, qint64 minutes, qint64 project, bool billable = false,
               const QStringList &tags = {})
    {
        QJsonObject fields{{QStringLiteral("description"), QStringLiteral("work")},
                           {QStringLiteral("start"), TrackTime::format(start)},
                           {QStringLiteral("duration"), minutes * 60},
                           {QStringLiteral("billable"), billable}};
        if (project)
            fields[QStringLiteral("project_id")] = project;
        if (!tags.isEmpty())
            fields[QStringLiteral("tags")] = QJsonArray::fromStringList(tags);
        return m_f->server->insertTimeEntry(fields);
    }
    // This week: Website 2:00 (billable) on day 0 and 1:00 on day 2 (tag "meeting"), Mobile 0:45 on
    // day 1; last week: Website 3:00 on its last day (all within the sandbox's nine-day list).
    void seed()
    {
        m_website = m_f->server->insertProject(QStringLiteral("Website"), QStringLiteral("#e36a00"),
                                               m_f->server->insertClient(QStringLiteral("Acme")));
        m_mobile = m_f->server->insertProject(QStringLiteral("Mobile"), QStringLiteral("#0b83d9"));
        m_f->server->insertTag(QStringLiteral("meeting"));
        add(at(0, 9), 120, m_website, true);
        add(at(1, 10), 45, m_mobile);
        add(at(2, 14), 60, m_website, false, {QStringLiteral("meeting")});
        add(at(-1, 10), 180, m_website, true);
        QVERIFY(m_f->signIn());
    }
    static QString cell(const QTableView *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }
    // The row of the table named `name` (first column); -1 when none.
    static int rowNamed(const QTableView *table, const QString &name)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (cell(table, r, WeekReportModel::Name) == name)
                return r;
        }
        return -1;
    }
    static QString total(const QTableView *table)
    {
        return cell(table, rowNamed(table, QStringLiteral("Total")), WeekReportModel::Total);
    }

    std::unique_ptr<SessionFixture> m_f;
    ReportWeek m_week;
    qint64 m_website = 0;
    qint64 m_mobile = 0;
};

void TestWeeklyReportView::init()
{
    QStandardPaths::setTestModeEnabled(true);
    LanguageLoader::install(QStringLiteral("en"));
    m_f = std::make_unique<SessionFixture>();
    m_week = ReportWeek(QDate::currentDate(), QLocale().firstDayOfWeek());
}

void TestWeeklyReportView::cleanup()
{
    m_f.reset();
    LanguageLoader::install(QStringLiteral("en"));
}

void TestWeeklyReportView::showsTheWeekAndNavigates()
{
    seed();
    WeeklyReportView view(m_f->session.get());
    QSignalSpy shown(&view, &WeeklyReportView::weekShown);
    view.resize(760, 560);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QCOMPARE(shown.size(), 1); // the first showing tells which days are on screen
    QCOMPARE(shown.at(0).at(0).toDate(), m_week.first());
    QCOMPARE(shown.at(0).at(1).toDate(), m_week.last());

    auto *table = child<QTableView>(&view, "reportTable");
    auto *label = child<QLabel>(&view, "weekLabel");
    auto *thisWeek = child<QPushButton>(&view, "thisWeekButton");
    QCOMPARE(total(table), QStringLiteral("3:45"));
    QCOMPARE(cell(table, rowNamed(table, QStringLiteral("Website")), WeekReportModel::FirstDay),
             QStringLiteral("2:00"));
    QVERIFY(rowNamed(table, QStringLiteral("Acme")) >= 0); // a client row above its project
    QVERIFY(!thisWeek->isEnabled());
    QTest::keyClick(table, Qt::Key_Home, Qt::AltModifier);
    QVERIFY(label->text().contains(QString::number(m_week.last().day())));
    QVERIFY(child<QLabel>(&view, "summaryLabel")->text().contains(QLatin1String("3:45")));
    const QString thisWeekText = label->text();

    // The previous week, by its button.
    QTest::mouseClick(child<QToolButton>(&view, "previousWeekButton"), Qt::LeftButton);
    QCOMPARE(view.week().first(), m_week.first().addDays(-7));
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(1).at(0).toDate(), m_week.first().addDays(-7));
    QCOMPARE(total(table), QStringLiteral("3:00"));
    QCOMPARE(cell(table, rowNamed(table, QStringLiteral("Website")), WeekReportModel::LastDay),
             QStringLiteral("3:00"));
    QVERIFY(thisWeek->isEnabled());
    QVERIFY(label->text() != thisWeekText);
    QCOMPARE(table->model()
                 ->headerData(WeekReportModel::FirstDay, Qt::Horizontal, WeekReportModel::DateRole)
                 .toDate(),
             m_week.first().addDays(-7));

    // From the keyboard: Alt+Left, Alt+Right, Alt+Home, each at once (no animated click that
    // would drop quick presses).
    QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(view.week().first(), m_week.first().addDays(-14));
    QCOMPARE(total(table), QStringLiteral("0:00"));
    QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view.week().first(), m_week.first().addDays(-7));
    QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view.week(), m_week);
    QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view.week().first(), m_week.first().addDays(7));
    QTest::keyClick(table, Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(view.week(), m_week);
    // Five quick presses move five weeks (a held key, or quick fingers).
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(view.week().first(), m_week.first().addDays(-35));
    QTest::keyClick(table, Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(view.week(), m_week);
    // This week is shown: "This Week" is disabled, and so is Alt+Home.
    QVERIFY(!thisWeek->isEnabled());
    QTest::keyClick(table, Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(label->text(), thisWeekText);
    QCOMPARE(shown.size(), 13);
    QCOMPARE(shown.last().at(1).toDate(), m_week.last());
}

void TestWeeklyReportView::filtersTheTable()
{
    seed();
    WeeklyReportView view(m_f->session.get());
    view.show();
    auto *table = child<QTableView>(&view, "reportTable");
    auto *project = child<QComboBox>(&view, "projectFilter");
    auto *client = child<QComboBox>(&view, "clientFilter");
    auto *tag = child<QComboBox>(&view, "tagFilter");
    const auto choose = [](QComboBox *combo, const QString &text) {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        emit combo->activated(index); // as a user's choice announces it
    };
    QCOMPARE(project->currentText(), QStringLiteral("All projects"));
    QVERIFY(project->findText(QStringLiteral("Website (Acme)")) >= 0);

    choose(project, QStringLiteral("Mobile"));
    QCOMPARE(total(table), QStringLiteral("0:45"));
    QCOMPARE(rowNamed(table, QStringLiteral("Website")), -1);
    choose(project, QStringLiteral("All projects"));
    choose(client, QStringLiteral("Acme"));
    QCOMPARE(total(table), QStringLiteral("3:00"));
    choose(client, QStringLiteral("No client"));
    QCOMPARE(total(table), QStringLiteral("0:45"));
    choose(client, QStringLiteral("All clients"));
    choose(tag, QStringLiteral("meeting"));
    QCOMPARE(total(table), QStringLiteral("1:00"));
    QCOMPARE(cell(table, rowNamed(table, QStringLiteral("Billable")), WeekReportModel::Total),
             QStringLiteral("0:00"));
    // The filter stays when the week changes.
    view.showPreviousWeek();
    QCOMPARE(tag->currentText(), QStringLiteral("meeting"));
    QCOMPARE(total(table), QStringLiteral("0:00"));
}

void TestWeeklyReportView::followsTheEntries()
{
    seed();
    WeeklyReportView view(m_f->session.get());
    view.show();
    auto *table = child<QTableView>(&view, "reportTable");
    auto *chart = child<WeekChart>(&view, "weekChart");
    QCOMPARE(total(table), QStringLiteral("3:45"));
    QVERIFY(chart->accessibleDescription().contains(QLatin1String("3:45")));
    // Another device adds an hour on day 4; the next refresh brings it in.
    add(at(4, 8), 60, m_mobile);
    QVERIFY(m_f->refresh());
    QCOMPARE(total(table), QStringLiteral("4:45"));
    QCOMPARE(cell(table, rowNamed(table, QStringLiteral("Mobile")), WeekReportModel::FirstDay + 4),
             QStringLiteral("1:00"));
    QVERIFY(chart->accessibleDescription().contains(QLatin1String("4:45")));
    QVERIFY(!chart->segmentRect(4, 0).isEmpty() || !chart->segmentRect(4, 1).isEmpty());
    // A new project while the report is open: the filter offers it.
    m_f->server->insertProject(QStringLiteral("Brand new"));
    m_f->session->signIn();
    QTRY_VERIFY(child<QComboBox>(&view, "projectFilter")->findText(QStringLiteral("Brand new")) >= 0);
}

void TestWeeklyReportView::exportsCsvAndCopiesText()
{
    seed();
    WeeklyReportView view(m_f->session.get());
    view.show();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString suggested;
    view.setFileChooser([&](QWidget *, const QString &offered) {
        suggested = offered;
        return dir.filePath(QStringLiteral("my week")); // no suffix: .csv is added
    });
    QTest::mouseClick(child<QPushButton>(&view, "exportButton"), Qt::LeftButton);
    QVERIFY2(suggested.endsWith(
                 QStringLiteral("punchclock-week-%1.csv").arg(m_week.first().toString(Qt::ISODate))),
             qPrintable(suggested));
    QFile file(dir.filePath(QStringLiteral("my week.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.size(), 1 + 2 + 3 + 1); // header, Website and Mobile, three totals, after the last CRLF
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY(lines.at(i).endsWith('\r'));
    QVERIFY(lines.at(1).startsWith("Acme,Website,2.00,0.00,1.00,"));
    QVERIFY(lines.at(3).startsWith(",Total,2.00,0.75,1.00,"));
    QVERIFY(child<QLabel>(&view, "statusLabel")->text().contains(QLatin1String("my week.csv")));

    // A file chooser that is cancelled writes nothing.
    view.setFileChooser([](QWidget *, const QString &) { return QString(); });
    QTest::mouseClick(child<QPushButton>(&view, "exportButton"), Qt::LeftButton);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(&view, "copyButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QLatin1String("Acme\tWebsite\t2:00\t0:00\t1:00\t")), qPrintable(copied));
    QCOMPARE(copied.count(QLatin1Char('\n')), 6);
}

void TestWeeklyReportView::chartIsReadableOnDarkAndLight_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("dark") << QColor(0x2b, 0x2b, 0x2b) << QColor(0xee, 0xee, 0xee);
}

void TestWeeklyReportView::chartIsReadableOnDarkAndLight()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    seed();
    WeeklyReportView view(m_f->session.get());
    QPalette palette = view.palette();
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    view.setPalette(palette);
    view.resize(760, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *chart = child<WeekChart>(&view, "weekChart");
    QVERIFY(!chart->accessibleName().isEmpty());
    QVERIFY(chart->accessibleDescription().contains(QLatin1String("3:45")));
    const QImage image = chart->grab().toImage();
    QCOMPARE(QColor(image.pixel(1, 1)), base);
    int segments = 0;
    for (int day = 0; day < ReportWeek::kDays; ++day) {
        for (int row = 0; row < 2; ++row) {
            const QRect segment = chart->segmentRect(day, row);
            if (segment.isEmpty())
                continue;
            ++segments;
            const QColor drawn(image.pixel(segment.center()));
            QCOMPARE(drawn, chart->segmentColor(row));
            QVERIFY2(ReadableColor::contrast(drawn, base) >= ReadableColor::kMinimumContrast - 0.01,
                     qPrintable(drawn.name()));
        }
    }
    QCOMPARE(segments, 3); // Website (row 0) on days 0 and 2, Mobile (row 1) on day 1
    // The day with most time has the tallest bar.
    QVERIFY(chart->segmentRect(0, 0).height() > chart->segmentRect(2, 0).height());
}

void TestWeeklyReportView::fitsInGermanAt480Pixels()
{
    QVERIFY(LanguageLoader::install(QStringLiteral("de")));
    m_week = ReportWeek(QDate::currentDate(), QLocale().firstDayOfWeek()); // Monday in German
    seed();
    WeeklyReportDialog dialog(m_f->session.get());
    dialog.resize(480, 560);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.minimumSizeHint().width() <= 480,
             qPrintable(QString::number(dialog.minimumSizeHint().width())));
    QCOMPARE(dialog.width(), 480);
    auto *view = dialog.view();
    QCOMPARE(child<QPushButton>(view, "copyButton")->text(), QStringLiteral("Als Text &kopieren"));
    QCOMPARE(child<QPushButton>(view, "thisWeekButton")->text(), QStringLiteral("&Diese Woche"));
    auto *table = child<QTableView>(view, "reportTable");
    QVERIFY(rowNamed(table, QStringLiteral("Gesamt")) >= 0);
    // The Monday column header in German, the billable column left out at this width.
    QVERIFY(table->model()
                ->headerData(WeekReportModel::FirstDay, Qt::Horizontal)
                .toString()
                .startsWith(QLatin1String("Mo")));
    QVERIFY(table->isColumnHidden(WeekReportModel::Billable));
    // Every button shows its whole text.
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (!button->isVisible())
            continue;
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }
    // Wider, the billable column comes back.
    dialog.resize(900, 560);
    QTRY_VERIFY(!table->isColumnHidden(WeekReportModel::Billable));
}

void TestWeeklyReportView::menuAsksForTheReport()
{
    WindowFixture fixture(m_f->session.get());
    auto *action = fixture.window.findChild<QAction *>(QStringLiteral("weeklyReportAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QSignalSpy requested(&fixture.window, &MainWindow::weeklyReportRequested);
    action->trigger();
    QCOMPARE(requested.size(), 1);
}

QTEST_MAIN(TestWeeklyReportView)
#include "tst_weeklyreportview.moc"
