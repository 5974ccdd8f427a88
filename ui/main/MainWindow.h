#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace punchclock {

class BulkEditController;
class EntriesView;
class RefreshScheduler;
class TimerBar;
class TimerController;
class TrackSession;
struct ApiError;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(TrackSession *session, QWidget *parent = nullptr);

    EntriesView *entriesView() const { return m_entries; }
    BulkEditController *bulkEdit() const { return m_bulk; }
    TimerBar *timerBar() const { return m_timerBar; }
    TimerController *timer() const { return m_timer; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *undoButton() const { return m_undo; }
    // Adds a page (e.g. the Focus view) beside the Track entries.
    void addPage(QWidget *page, const QString &title);
    QTabWidget *pages() const { return m_pages; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showError(const ApiError &error);
    void offerUndo(qint64 id, const QString &description);

    TrackSession *m_session;
    TimerController *m_timer;
    RefreshScheduler *m_scheduler;
    TimerBar *m_timerBar;
    QLineEdit *m_filter;
    EntriesView *m_entries;
    QLabel *m_quotaLabel;
    QTabWidget *m_pages = nullptr;
    QPushButton *m_undo;
    QTimer *m_undoTimer;
    QList<qint64> m_undoIds;
    BulkEditController *m_bulk = nullptr;
};

} // namespace punchclock
