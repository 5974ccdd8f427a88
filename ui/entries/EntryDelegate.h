#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace punchclock {

class TrackSession;

// Inline editors for the entries table, by column: text, project picker, tags, date-times and a
// duration field that reads `1:30`, `90m`, `1.5h`. Values go to the model as typed; the model
// refuses invalid ones (with a message) so nothing invalid is ever sent. Day rows paint bold.
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

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    TrackSession *m_session;
    // One swatch per project colour, made once: a new QIcon per painted cell left a new pixmap in
    // QPixmapCache each time (RSS grew ~1 MB per hour of use, tests/bench/bench_soak).
    mutable QHash<QString, QIcon> m_swatches;
};

} // namespace punchclock
