// SPDX-License-Identifier: GPL-3.0-or-later
// The tags cell editor of the entries table, driven from the keyboard like a person would:
// Return commits and closes (with or without the completion popup open), Escape cancels, Tab
// commits and moves on. Keys go where the window system would send them: to the open popup, else
// to the focused editor.
#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

#include "app/models/TimeEntryModel.h"
#include "tests/support/Child.h"
#include "tests/support/EntryRows.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/entries/EntriesView.h"
#include "ui/main/MainWindow.h"
#include "ui/timer/TagsEdit.h"

using namespace punchclock;

class TestTagsEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void returnCommitsNewTag();
    void returnCommitsWithPopupOpen();
    void returnAcceptsChosenCompletion();
    void escapeCancels();
    void tabCommitsAndMovesOn();
    void dialogReturnOnlyCompletes();

private:
    struct Table
    {
        SessionFixture f;
        qint64 id = 0;
        std::unique_ptr<WindowFixture> parts;
        MainWindow *window = nullptr;
        EntriesView *view = nullptr;
        QPersistentModelIndex tags; // the entry's Tags cell

        Table()
        {
            f.server->insertTag(QStringLiteral("review"));
            f.server->insertTag(QStringLiteral("reviewed"));
            id = f.addEntry(QStringLiteral("Tag me"), 3, 10);
        }
        bool open()
        {
            parts = std::make_unique<WindowFixture>(f.session.get());
            window = &parts->window;
            window->resize(1400, 800);
            window->show();
            window->activateWindow();
            if (!QTest::qWaitForWindowActive(window) || !f.signIn())
                return false;
            view = child<EntriesView>(window, "entriesView");
            tags = entryInFirstDay(view->model(), id, TimeEntryModel::Tags);
            return tags.isValid() && !view->isColumnHidden(TimeEntryModel::Tags);
        }
        TagsEdit *edit()
        {
            view->setCurrentIndex(tags);
            view->edit(tags);
            auto *editor = qobject_cast<TagsEdit *>(view->indexWidget(tags));
            return editor && QTest::qWaitFor([editor] { return editor->hasFocus(); }) ? editor : nullptr;
        }
        // The window signed in, the entry's Tags cell editing, its editor focused.
        TagsEdit *openEditor() { return open() ? edit() : nullptr; }
        QStringList modelTags() const { return tags.data(TimeEntryModel::RawValueRole).toStringList(); }
        QStringList serverTags() const
        {
            QStringList names;
            for (const auto &v : f.server->timeEntry(id).value(QStringLiteral("tags")).toArray())
                names.append(v.toString());
            return names;
        }
    };

    // Where the window system delivers a key: the open popup, else the focus widget.
    static QWidget *keyTarget()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup->focusWidget() ? popup->focusWidget() : popup;
        return QApplication::focusWidget();
    }
    static void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(keyTarget(), c.toLatin1());
    }
    static void press(Qt::Key key) { QTest::keyClick(keyTarget(), key); }
};

void TestTagsEditor::init()
{
    QStandardPaths::setTestModeEnabled(true); // the user's own settings are never read
    QSettings().clear();
}

void TestTagsEditor::returnCommitsNewTag()
{
    Table t;
    QVERIFY(t.openEditor());
    type(QStringLiteral("urgent"));
    QVERIFY(!QApplication::activePopupWidget()); // no known tag starts so
    press(Qt::Key_Return);
    QTRY_VERIFY(!t.view->indexWidget(t.tags));
    QCOMPARE(t.modelTags(), QStringList{QStringLiteral("urgent")});
    QTRY_COMPARE_WITH_TIMEOUT(t.serverTags(), QStringList{QStringLiteral("urgent")}, 5000);
}

void TestTagsEditor::returnCommitsWithPopupOpen()
{
    Table t;
    QVERIFY(t.openEditor());
    type(QStringLiteral("review"));
    QTRY_VERIFY(QApplication::activePopupWidget()); // "review" and "reviewed" are offered
    press(Qt::Key_Return);
    QTRY_VERIFY(!t.view->indexWidget(t.tags));
    QVERIFY(!QApplication::activePopupWidget());
    QCOMPARE(t.modelTags(), QStringList{QStringLiteral("review")});
    QTRY_COMPARE_WITH_TIMEOUT(t.serverTags(), QStringList{QStringLiteral("review")}, 5000);
}

void TestTagsEditor::returnAcceptsChosenCompletion()
{
    Table t;
    QVERIFY(t.openEditor());
    type(QStringLiteral("rev"));
    QTRY_VERIFY(QApplication::activePopupWidget());
    press(Qt::Key_Down);
    press(Qt::Key_Down); // "reviewed"
    press(Qt::Key_Return);
    QTRY_VERIFY(!t.view->indexWidget(t.tags));
    QCOMPARE(t.modelTags(), QStringList{QStringLiteral("reviewed")});
    QTRY_COMPARE_WITH_TIMEOUT(t.serverTags(), QStringList{QStringLiteral("reviewed")}, 5000);
}

void TestTagsEditor::escapeCancels()
{
    Table t;
    QVERIFY(t.openEditor());
    type(QStringLiteral("review"));
    QTRY_VERIFY(QApplication::activePopupWidget());
    press(Qt::Key_Escape); // the first Escape closes the popup, as everywhere
    QVERIFY(!QApplication::activePopupWidget());
    QVERIFY(t.view->indexWidget(t.tags));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!t.view->indexWidget(t.tags));
    QVERIFY(t.modelTags().isEmpty());
    QTest::qWait(300);
    QVERIFY(t.serverTags().isEmpty());
}

void TestTagsEditor::tabCommitsAndMovesOn()
{
    Table t;
    QVERIFY(t.openEditor());
    type(QStringLiteral("review"));
    QTRY_VERIFY(QApplication::activePopupWidget());
    press(Qt::Key_Tab);
    QTRY_VERIFY(!t.view->indexWidget(t.tags));
    QCOMPARE(t.modelTags(), QStringList{QStringLiteral("review")});
    QCOMPARE(t.view->currentIndex().column(), int(TimeEntryModel::Start));
    QTRY_VERIFY(t.view->indexWidget(t.view->currentIndex())); // editing the next cell
    QTRY_COMPARE_WITH_TIMEOUT(t.serverTags(), QStringList{QStringLiteral("review")}, 5000);
}

// Outside the table (the Add/Edit and bulk-edit dialogs) Return in the popup only picks the tag:
// the dialog's default button waits for the next Return.
void TestTagsEditor::dialogReturnOnlyCompletes()
{
    QDialog dialog;
    auto *edit = new TagsEdit(&dialog);
    auto *ok = new QPushButton(QStringLiteral("OK"), &dialog);
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(edit);
    layout->addWidget(ok);
    edit->setKnownTags({QStringLiteral("review"), QStringLiteral("reviewed")});
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    edit->setFocus();
    type(QStringLiteral("rev"));
    QTRY_VERIFY(QApplication::activePopupWidget());
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QVERIFY(!QApplication::activePopupWidget());
    QVERIFY(dialog.isVisible());
    QCOMPARE(edit->tags(), QStringList{QStringLiteral("review")});
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestTagsEditor)
#include "tst_tagseditor.moc"
