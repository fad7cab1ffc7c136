#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QLabel;
class QStatusBar;

namespace planner {

class CampaignFile;
class ChangeListener;
class ConnectionKeeper;

// The window's side of a team database (issue 15): colleagues' changes show up without a
// restart (the table, the shortlist and the charts read again through the stores' changed(),
// the path the marketer's own writes take), and a dropped connection is said in the status
// bar, tried again and, once back, listened to and read anew. Nothing on a file.
class TeamChangeWatch : public QObject
{
    Q_OBJECT

public:
    TeamChangeWatch(CampaignFile &file, QStatusBar *statusBar, QObject *parent = nullptr);
    ~TeamChangeWatch() override;

    // Whether the connection answers now (asked; when not, the reconnection begins).
    bool connectionHolds();
    ChangeListener *listener() const { return m_listener; }
    ConnectionKeeper *keeper() const { return m_keeper; }
    // What a failed write or read says while the connection is lost.
    static QString lostNotice();
    // What the status bar says about the connection now (empty when nothing).
    QString notice() const;

signals:
    // The tables colleagues changed, after the views were told to read them again.
    void refreshed(const QStringList &tables);
    // The status bar's notice about the connection changed (to empty when it went).
    void noticeChanged(const QString &notice);

protected:
    // The notice in the status bar is said again in a language chosen while it shows.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Shown { Nothing, Lost, Restored };
    static QString noticeText(Shown shown);

    void listen();
    void showLost();
    void showRestored();
    // In a label of its own, so that a menu's status tip does not wipe it; for timeout ms,
    // or until replaced when 0.
    void showNotice(Shown shown, int timeout);

    CampaignFile &m_file;
    ChangeListener *m_listener;
    ConnectionKeeper *m_keeper;
    QPointer<QLabel> m_notice;
    QTimer m_noticeTimer;
    Shown m_shown = Shown::Nothing;
};

} // namespace planner
