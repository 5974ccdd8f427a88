// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace punchclock {

class TrackSession;

// Inline editors for the entries table, by column: text, project picker, tags, start and stop as
// typed text (`13:20`, `1:20pm`, `9`, `-10m`, on the entry's day) and a duration field that reads
// `1:30`, `90m`, `1.5h`. Text that does not read is never committed: Enter and Tab keep the editor
// open and say why (a tooltip at the editor and inputRefused()); clicking away keeps the old value
// and says so. The model refuses invalid values too (with a message) so nothing invalid is ever
// sent. Day rows paint bold; project colours and error red are made readable on the palette.
class EntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit EntryDelegate(TrackSession *session, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

signals:
    void inputRefused(const QString &message); // typed text that does not read, and what became of it

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void refuse(QWidget *anchor, const QPoint &at, const QString &message);
    QColor readable(const QColor &color, const QPalette &palette) const;

    TrackSession *m_session;
    QWidget *m_leavingUnread = nullptr; // an editor losing focus with text that does not read
    // One swatch per project colour, made once: a new QIcon per painted cell left a new pixmap in
    // QPixmapCache each time (RSS grew ~1 MB per hour of use, tests/bench/bench_soak).
    mutable QHash<QString, QIcon> m_swatches;
    // Text colour by (colour, base, alternate base): computed once, painted often.
    mutable QHash<QString, QColor> m_readable;
};

} // namespace punchclock
