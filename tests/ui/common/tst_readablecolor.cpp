// SPDX-License-Identifier: GPL-3.0-or-later
// The contrast maths behind readable project colours (issue #17, item 11).
#include <QTest>

#include "ui/common/ReadableColor.h"

using namespace punchclock;

class TestReadableColor : public QObject
{
    Q_OBJECT

private slots:
    void contrastByWcag();
    void against_data();
    void against();
    void readableColourIsKept();
};

void TestReadableColor::contrastByWcag()
{
    QCOMPARE(ReadableColor::relativeLuminance(Qt::black), 0.0);
    QCOMPARE(ReadableColor::relativeLuminance(Qt::white), 1.0);
    QCOMPARE(ReadableColor::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(ReadableColor::contrast(Qt::white, Qt::black), 21.0);
    QCOMPARE(ReadableColor::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    // The case: #0F5A90 on #2B2B2B is about 1.9:1.
    QVERIFY(qAbs(ReadableColor::contrast(QColor(0x0f, 0x5a, 0x90), QColor(0x2b, 0x2b, 0x2b)) - 1.9) < 0.05);
    // #767676 on white is WCAG's well-known 4.54:1.
    QVERIFY(qAbs(ReadableColor::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

void TestReadableColor::against_data()
{
    QTest::addColumn<QColor>("color");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<bool>("lighter");
    QTest::newRow("blue on dark") << QColor(0x0f, 0x5a, 0x90) << QColor(0x2b, 0x2b, 0x2b) << true;
    QTest::newRow("black on dark") << QColor(Qt::black) << QColor(0x2b, 0x2b, 0x2b) << true;
    QTest::newRow("yellow on white") << QColor(0xff, 0xee, 0x58) << QColor(Qt::white) << false;
    QTest::newRow("grey on mid grey") << QColor(0x80, 0x80, 0x80) << QColor(0x77, 0x77, 0x77) << false;
}

void TestReadableColor::against()
{
    QFETCH(QColor, color);
    QFETCH(QColor, background);
    QFETCH(bool, lighter);
    const QColor readable = ReadableColor::against(color, {background});
    QVERIFY2(ReadableColor::contrast(readable, background) >= 3.0, qPrintable(readable.name()));
    QCOMPARE(ReadableColor::relativeLuminance(readable) > ReadableColor::relativeLuminance(color), lighter);
    if (color.hslSaturation() > 0 && readable != Qt::white && readable != Qt::black)
        QVERIFY(qAbs(readable.hslHue() - color.hslHue()) <= 1); // the same hue, only lighter or darker
    // The nearest such shade: one step less is not enough.
    const QColor hsl = readable.toHsl();
    const QColor lessMoved =
        QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), hsl.lightnessF() + (lighter ? -0.02f : 0.02f));
    QVERIFY(ReadableColor::contrast(lessMoved, background) < 3.0);
}

void TestReadableColor::readableColourIsKept()
{
    const QColor blue(0x0f, 0x5a, 0x90);
    QCOMPARE(ReadableColor::against(blue, {Qt::white}), blue);
    // Against every background given: the plain and the alternate row.
    const QColor both = ReadableColor::against(blue, {QColor(0x2b, 0x2b, 0x2b), QColor(0x45, 0x45, 0x45)});
    QVERIFY(ReadableColor::contrast(both, QColor(0x45, 0x45, 0x45)) >= 3.0);
    QVERIFY(ReadableColor::contrast(both, QColor(0x2b, 0x2b, 0x2b)) >= 3.0);
}

QTEST_MAIN(TestReadableColor)
#include "tst_readablecolor.moc"
