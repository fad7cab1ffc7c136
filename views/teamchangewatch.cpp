#include "teamchangewatch.h"

#include "storage/campaignfile.h"
#include "storage/changelistener.h"
#include "storage/connectionkeeper.h"

#include <QEvent>
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
    m_notice->installEventFilter(this);
    statusBar->addPermanentWidget(m_notice);
    m_noticeTimer.setSingleShot(true);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] { showNotice(Shown::Nothing, 0); });
    listen();
}

TeamChangeWatch::~TeamChangeWatch()
{
    // No filtering of the label's own events while it is destroyed (it is a QWidget by then).
    if (m_notice)
        m_notice->removeEventFilter(this);
    delete m_notice;
}

QString TeamChangeWatch::notice() const
{
    return m_notice ? m_notice->text() : QString();
}

QString TeamChangeWatch::noticeText(Shown shown)
{
    switch (shown) {
    case Shown::Lost: return lostNotice();
    case Shown::Restored: return tr("Reconnected");
    case Shown::Nothing: break;
    }
    return {};
}

bool TeamChangeWatch::eventFilter(QObject *watched, QEvent *event)
{
    // The event's type first: a label being destroyed is no longer a QLabel, and comparing the
    // QPointer with it would cast it to one.
    if (event->type() == QEvent::LanguageChange && m_shown != Shown::Nothing && watched == m_notice) {
        m_notice->setText(noticeText(m_shown));
        emit noticeChanged(m_notice->text());
    }
    return QObject::eventFilter(watched, event);
}

void TeamChangeWatch::showNotice(Shown shown, int timeout)
{
    m_noticeTimer.stop();
    if (!m_notice)
        return;
    m_shown = shown;
    const QString text = noticeText(shown);
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
    showNotice(Shown::Lost, 0);
}

void TeamChangeWatch::showRestored()
{
    listen();
    // What colleagues wrote meanwhile sent no notification this connection heard.
    const QStringList tables = CampaignFile::shownTables();
    m_file.rereadTables(tables);
    showNotice(Shown::Restored, 15000);
    emit refreshed(tables);
}

} // namespace planner
