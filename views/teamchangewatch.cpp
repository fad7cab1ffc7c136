#include "teamchangewatch.h"

#include "storage/campaignfile.h"
#include "storage/changelistener.h"
#include "storage/connectionkeeper.h"

#include <QStatusBar>

namespace planner {

TeamChangeWatch::TeamChangeWatch(CampaignFile &file, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_statusBar(statusBar)
    , m_listener(new ChangeListener(file.database().connection(), this))
    , m_keeper(new ConnectionKeeper(file.database().connection(), [&file] { return file.reconnect(); }, this))
{
    connect(m_listener, &ChangeListener::changedElsewhere, this, [this](const QStringList &tables) {
        m_file.rereadTables(tables);
        emit refreshed(tables);
    });
    connect(m_keeper, &ConnectionKeeper::lost, this, &TeamChangeWatch::showLost);
    connect(m_keeper, &ConnectionKeeper::restored, this, &TeamChangeWatch::showRestored);
    listen();
}

TeamChangeWatch::~TeamChangeWatch() = default;

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
    m_statusBar->showMessage(lostNotice());
}

void TeamChangeWatch::showRestored()
{
    listen();
    // What colleagues wrote meanwhile sent no notification this connection heard.
    const QStringList tables = CampaignFile::shownTables();
    m_file.rereadTables(tables);
    m_statusBar->showMessage(tr("Reconnected"), 15000);
    emit refreshed(tables);
}

} // namespace planner
