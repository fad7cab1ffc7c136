#pragma once

#include <QFile>
#include <QString>
#include <QTextStream>
#include <optional>

namespace planner {

struct Error;

// The CLI's standard output (UTF-8, for results) and standard error (for messages).
class Console
{
public:
    Console();
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    QTextStream &out() { return m_out; }
    // Standard output for bytes written as they are (CSV with its own encoding and line
    // ends); what out() holds is flushed first so the order stays as written.
    QIODevice &outDevice();
    // "campaign-planner-cli: message" on standard error.
    void error(const QString &message);
    // The id of what a command stored, on a line of standard output; or, when nothing was
    // stored (no id), the error. Returns whether there was an id.
    bool printId(const std::optional<qint64> &id, const Error &error);
    // Text as it is on standard error (usage, progress).
    void note(const QString &text);
    bool errorIsTerminal() const;

    static QString programName();

private:
    QTextStream m_out;
    QTextStream m_err;
    QFile m_outFile;
};

} // namespace planner
