#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace punchclock {

class ProjectComboBox;
class TagsEdit;
class TimerController;
class TrackSession;

// The bar at the top: what are you working on, project, tags, billable, elapsed time and one
// Start/Stop button. Behaviour lives in TimerController; this only shows and forwards.
class TimerBar : public QWidget
{
    Q_OBJECT
public:
    TimerBar(TrackSession *session, TimerController *timer, QWidget *parent = nullptr);

    QLineEdit *descriptionEdit() const { return m_description; }
    ProjectComboBox *projectBox() const { return m_project; }
    TagsEdit *tagsEdit() const { return m_tags; }
    QToolButton *billableButton() const { return m_billable; }
    QPushButton *startStopButton() const { return m_startStop; }
    QLabel *elapsedLabel() const { return m_elapsed; }
    QCompleter *descriptionCompleter() const { return m_completer; }

    void startFromFields(); // Start with what the fields say (stops a running entry first)

private:
    void toggle();
    void fillFrom(const QString &description); // a completion: its project, tags, billable
    void showState();
    void reloadPickers();

    TrackSession *m_session;
    TimerController *m_timer;
    QLineEdit *m_description;
    QCompleter *m_completer;
    ProjectComboBox *m_project;
    TagsEdit *m_tags;
    QToolButton *m_billable;
    QLabel *m_elapsed;
    QPushButton *m_startStop;
};

} // namespace punchclock
