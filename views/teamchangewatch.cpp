#include "teamchangewatch.h"

#include "storage/campaignfile.h"
#include "storage/changelistener.h"
#include "storage/connectionkeeper.h"

#include <QLabel>
#include <QStatusBar>

namespace planner {

TeamChangeWatch::TeamChangeWatch(CampaignFile &file, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_listener(new ChangeListener(file.database().connection(), this))
    , m_keeper(new ConnectionKeeper(file.database().connection(), [&file] { return file.reconnect(); }, this))
{
    connect(m_listener, &ChangeListener::changedElsewhere, this, [this](const QStringList &tables) {
        m_file.rereadTables(tables);
        emit refreshed(tables);
    });
    connect(m_keeper, &ConnectionKeeper::lost, this, &TeamChangeWatch::showLost);
    connect(m_keeper, &ConnectionKeeper::restored, this, &TeamChangeWatch::showRestored);
    m_notice = new QLabel(statusBar);
    m_notice->setContentsMargins(6, 0, 6, 0);
    m_notice->hide();
    statusBar->addPermanentWidget(m_notice);
    m_noticeTimer.setSingleShot(true);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] { showNotice(QString(), 0); });
    listen();
}

TeamChangeWatch::~TeamChangeWatch()
{
    delete m_notice;
}

QString TeamChangeWatch::notice() const
{
    return m_notice ? m_notice->text() : QString();
}

void TeamChangeWatch::showNotice(const QString &text, int timeout)
{
    m_noticeTimer.stop();
    if (!m_notice)
        return;
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    if (timeout > 0)
        m_noticeTimer.start(timeout);
    emit noticeChanged(text);
}

void TeamChangeWatch::listen()
{
    if (!m_file.database().isServer())
        return;
    m_listener->listen();
    m_keeper->watch();
}

bool TeamChangeWatch::connectionHolds()
{
    return !m_file.database().isServer() || m_keeper->check();
}

QString TeamChangeWatch::lostNotice()
{
    return tr("Connection to the team database lost; reconnecting…");
}

void TeamChangeWatch::showLost()
{
    showNotice(lostNotice(), 0);
}

void TeamChangeWatch::showRestored()
{
    listen();
    // What colleagues wrote meanwhile sent no notification this connection heard.
    const QStringList tables = CampaignFile::shownTables();
    m_file.rereadTables(tables);
    showNotice(tr("Reconnected"), 15000);
    emit refreshed(tables);
}

} // namespace planner
