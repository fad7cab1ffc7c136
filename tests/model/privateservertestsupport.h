#pragma once

// A PostgreSQL server of one test's own (scripts/pg-test-server.sh), for what cannot be done
// to the shared test server while other tests run on it: a restart, a server that stops
// letting anyone in. Started beside the shared one (PLANNER_TEST_PG set: the script works
// here), on a port of its own, and removed at the end.
#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace planner::test {

class PrivateTestServer
{
public:
    PrivateTestServer()
    {
        QProcess script;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Away from the shared server's 54329 and its neighbours; the script walks on from a
        // port in use.
        environment.insert(QStringLiteral("PLANNER_PG_PORT"), QString::number(55400 + ::getpid() % 300));
        script.setProcessEnvironment(environment);
        script.start(QStringLiteral("bash"), {scriptPath(), QStringLiteral("start")});
        if (!script.waitForFinished(180000) || script.exitCode() != 0) {
            m_failure = QString::fromUtf8(script.readAllStandardError());
            return;
        }
        // export NAME='value' lines.
        for (const QByteArray &line : script.readAllStandardOutput().split('\n')) {
            const QString text = QString::fromUtf8(line);
            const qsizetype equals = text.indexOf(QLatin1Char('='));
            if (!text.startsWith(QLatin1String("export ")) || equals < 0)
                continue;
            QString value = text.mid(equals + 1);
            if (value.startsWith(QLatin1Char('\'')))
                value = value.mid(1, value.size() - 2);
            const QString name = text.mid(7, equals - 7);
            if (name == QLatin1String("PLANNER_PG_DIR"))
                m_dir = value;
            else if (name == QLatin1String("PLANNER_TEST_PG"))
                m_uri = value;
        }
    }
    ~PrivateTestServer()
    {
        if (m_dir.isEmpty())
            return;
        setFrozen(false);
        QProcess::execute(QStringLiteral("bash"), {scriptPath(), QStringLiteral("stop"), m_dir});
    }
    PrivateTestServer(const PrivateTestServer &) = delete;
    PrivateTestServer &operator=(const PrivateTestServer &) = delete;

    bool isRunning() const { return !m_uri.isEmpty() && !m_dir.isEmpty(); }
    QString failure() const { return m_failure; }
    // postgresql://planner@127.0.0.1:PORT/planner_test
    QString uri() const { return m_uri; }

    // pg_ctl restart --mode=fast: every session is ended, the server is back when it returns.
    bool restart() const
    {
        return QProcess::execute(QStringLiteral("bash"), {scriptPath(), QStringLiteral("restart"), m_dir}) == 0;
    }
    // Frozen, the server's postmaster lets nobody new in (the system still takes the TCP
    // connection, then nothing answers it, as from a server that hangs or a network gone
    // quiet); the sessions already open go on. Thawed, it answers again.
    bool setFrozen(bool frozen) const
    {
        QFile pidFile(m_dir + QStringLiteral("/data/postmaster.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            return false;
        const pid_t pid = pid_t(pidFile.readLine().trimmed().toLongLong());
        return pid > 0 && ::kill(pid, frozen ? SIGSTOP : SIGCONT) == 0;
    }

private:
    static QString scriptPath()
    {
        return QStringLiteral(PLANNER_TEST_DATA_DIR "/../../scripts/pg-test-server.sh");
    }

    QString m_dir;
    QString m_uri;
    QString m_failure;
};

} // namespace planner::test
