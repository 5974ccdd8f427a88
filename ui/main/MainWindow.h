#pragma once

#include <QMainWindow>

class QLabel;
class QTableView;

namespace punchclock {

class TrackSession;
struct ApiError;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(TrackSession *session, QWidget *parent = nullptr);

    QTableView *entriesView() const { return m_table; }

private:
    void showError(const ApiError &error);

    TrackSession *m_session;
    QTableView *m_table;
    QLabel *m_quotaLabel;
};

} // namespace punchclock
