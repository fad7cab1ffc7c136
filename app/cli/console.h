#pragma once

#include <QString>
#include <QTextStream>

namespace planner {

// The CLI's standard output (UTF-8, for results) and standard error (for messages).
class Console
{
public:
    Console();
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    QTextStream &out() { return m_out; }
    // "campaign-planner-cli: message" on standard error.
    void error(const QString &message);
    // Text as it is on standard error (usage, progress).
    void note(const QString &text);
    bool errorIsTerminal() const;

    static QString programName();

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace planner
