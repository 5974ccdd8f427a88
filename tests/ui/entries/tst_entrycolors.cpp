// SPDX-License-Identifier: GPL-3.0-or-later
// Project names and error rows stay readable on a dark palette (issue #17, item 11): at least 3:1
// against the view's background (WCAG 2 relative luminance, computed here on its own), on plain
// and alternate rows. On a light palette the colours stay as they were.
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

#include "app/models/TimeEntryModel.h"
#include "ui/entries/EntryDelegate.h"

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

struct Delegate : EntryDelegate
{
    using EntryDelegate::EntryDelegate;
    using EntryDelegate::initStyleOption;
};

struct View : QTreeView
{
    using QTreeView::initViewItemOption;
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Window, QColor(0x31, 0x31, 0x31));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return p;
}
} // namespace

class TestEntryColors : public QObject
{
    Q_OBJECT

private slots:
    void readableOnDarkPalette_data();
    void readableOnDarkPalette();
    void lightPaletteKeepsItsColours();

private:
    // The Text colour the delegate paints a Project cell with, on `view`'s palette.
    static QColor projectText(View &view, Delegate &delegate, const QString &color, bool error)
    {
        QStandardItemModel model(1, TimeEntryModel::ColumnCount);
        const QModelIndex cell = model.index(0, TimeEntryModel::Project);
        model.setData(cell, QStringLiteral("Website"));
        model.setData(cell, color, TimeEntryModel::ProjectColorRole);
        if (error)
            model.setData(cell, QStringLiteral("Invalid project_id"), TimeEntryModel::ErrorRole);
        view.setModel(&model);
        QStyleOptionViewItem option;
        view.initViewItemOption(&option);
        delegate.initStyleOption(&option, cell);
        view.setModel(nullptr);
        return option.palette.color(QPalette::Text);
    }
};

void TestEntryColors::readableOnDarkPalette_data()
{
    QTest::addColumn<QString>("color");
    QTest::addColumn<bool>("error");
    QTest::newRow("Toggl blue #0F5A90") << QStringLiteral("#0f5a90") << false;
    QTest::newRow("dark red") << QStringLiteral("#990099") << false;
    QTest::newRow("navy") << QStringLiteral("#000080") << false;
    QTest::newRow("black") << QStringLiteral("#000000") << false;
    QTest::newRow("grey") << QStringLiteral("#525266") << false;
    QTest::newRow("refused edit") << QStringLiteral("#0f5a90") << true;
}

void TestEntryColors::readableOnDarkPalette()
{
    QFETCH(QString, color);
    QFETCH(bool, error);
    View view;
    view.setPalette(darkPalette());
    view.setAlternatingRowColors(true);
    Delegate delegate(nullptr);
    const QColor text = projectText(view, delegate, color, error);
    for (const QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase}) {
        const double ratio = contrast(text, view.palette().color(role));
        QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                              .arg(text.name(), view.palette().color(role).name())
                                              .arg(ratio, 0, 'f', 2)));
    }
    if (!error) { // still the project's colour, not grey
        const QColor project = QColor::fromString(color);
        if (project.hslSaturation() > 0)
            QCOMPARE(text.hslHue(), project.hslHue());
    }
}

void TestEntryColors::lightPaletteKeepsItsColours()
{
    View view;
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    view.setPalette(light);
    Delegate delegate(nullptr);
    QCOMPARE(projectText(view, delegate, QStringLiteral("#0f5a90"), false),
             QColor(0x0f, 0x5a, 0x90).darker(130));
    QCOMPARE(projectText(view, delegate, QStringLiteral("#0f5a90"), true), QColor(0xc6, 0x28, 0x28));
    // A pale colour is darkened until readable on white.
    const QColor pale = projectText(view, delegate, QStringLiteral("#ffee58"), false);
    QVERIFY2(contrast(pale, Qt::white) >= 3.0, qPrintable(pale.name()));
}

QTEST_MAIN(TestEntryColors)
#include "tst_entrycolors.moc"
