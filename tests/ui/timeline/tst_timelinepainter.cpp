// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's colours stay readable on light and dark palettes: a block's stripe and border at
// least 3:1 against the background and its tint, its text and project name at least 4.5:1 against
// its tint (WCAG 2 relative luminance, computed here on its own), the warning colour of overlaps
// at least 3:1 against the background. Times never show seconds.
#include <QPalette>
#include <QTest>

#include "ui/timeline/TimelinePainter.h"

#include <cmath>

using namespace punchclock;

namespace {
double luminance(const QColor &c)
{
    const auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * lin(rgb.redF()) + 0.7152 * lin(rgb.greenF()) + 0.0722 * lin(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette palette(bool dark)
{
    QPalette p;
    if (dark) {
        p.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
        p.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
        p.setColor(QPalette::Text, QColor(0xef, 0xf0, 0xf1));
        p.setColor(QPalette::WindowText, QColor(0xef, 0xf0, 0xf1));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    } else {
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        p.setColor(QPalette::Text, Qt::black);
        p.setColor(QPalette::WindowText, Qt::black);
        p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    }
    return p;
}
} // namespace

class TestTimelinePainter : public QObject
{
    Q_OBJECT

private slots:
    void blocksAreReadable_data();
    void blocksAreReadable();
    void paletteChangeClearsTheColours();
    void timesHaveNoSeconds();
};

void TestTimelinePainter::blocksAreReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("project");
    const QStringList colors{QStringLiteral("#0b83d9"),
                             QStringLiteral("#9e5bd9"),
                             QStringLiteral("#d94182"),
                             QStringLiteral("#e36a00"),
                             QStringLiteral("#2da608"),
                             QStringLiteral("#c7af14"),
                             QStringLiteral("#06aaf5"),
                             QStringLiteral("#0f5a90"),
                             QStringLiteral("#ffffff"),
                             QStringLiteral("#000000"),
                             QString()};
    for (bool dark : {false, true}) {
        for (const QString &color : colors) {
            const QByteArray name =
                (dark ? "dark " : "light ") + (color.isEmpty() ? "no project" : color.toLatin1());
            QTest::newRow(name.constData()) << dark << color;
        }
    }
}

void TestTimelinePainter::blocksAreReadable()
{
    QFETCH(bool, dark);
    QFETCH(QString, project);
    TimelinePainter painter;
    const QPalette p = palette(dark);
    painter.setPalette(p);
    const TimelinePainter::BlockColors colors = painter.colorsFor(project);
    const QColor base = p.color(QPalette::Base);
    QVERIFY2(contrast(colors.accent, base) >= 3.0,
             qPrintable(QString::number(contrast(colors.accent, base))));
    QVERIFY2(contrast(colors.accent, colors.fill) >= 3.0,
             qPrintable(QString::number(contrast(colors.accent, colors.fill))));
    QVERIFY2(contrast(colors.text, colors.fill) >= 4.5,
             qPrintable(QString::number(contrast(colors.text, colors.fill))));
    QVERIFY2(contrast(colors.secondary, colors.fill) >= 4.5,
             qPrintable(QString::number(contrast(colors.secondary, colors.fill))));
    QVERIFY(contrast(painter.warningColor(), base) >= 3.0);
    // A tint, not the project colour itself: the block stays near the background.
    QVERIFY(contrast(colors.fill, base) < 2.0);
    QCOMPARE(luminance(colors.fill) < 0.18, dark);
}

void TestTimelinePainter::paletteChangeClearsTheColours()
{
    TimelinePainter painter;
    painter.setPalette(palette(false));
    const QColor light = painter.colorsFor(QStringLiteral("#0b83d9")).fill;
    painter.setPalette(palette(true));
    const QColor dark = painter.colorsFor(QStringLiteral("#0b83d9")).fill;
    QVERIFY(luminance(light) > luminance(dark));
    QVERIFY(luminance(light) > 0.5);
    QVERIFY(luminance(dark) < 0.1);
}

void TestTimelinePainter::timesHaveNoSeconds()
{
    for (const QString &name :
         {QStringLiteral("C"), QStringLiteral("de_DE"), QStringLiteral("en_US"), QStringLiteral("es_ES")}) {
        QLocale::setDefault(QLocale(name));
        const QString text = TimelinePainter::timeText(QTime(9, 5, 42));
        QVERIFY2(!text.contains(QStringLiteral("42")), qPrintable(name + QStringLiteral(": ") + text));
        QVERIFY2(text.contains(QStringLiteral("05")), qPrintable(name + QStringLiteral(": ") + text));
    }
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QCOMPARE(TimelinePainter::timeText(QTime(9, 5, 42)), QStringLiteral("09:05"));
    QCOMPARE(TimelinePainter::hourLabel(14), QStringLiteral("14:00"));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
