#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace planner {

// The words and options of a command line: a value option takes the next argument as its
// value whatever it looks like (so "--followers -5" works), "--name=value" works too, and
// "--" ends the options. Which options a command accepts is checked by the command.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // arguments without the program name; option names without "--"; switches take no value.
    static CommandLine parse(const QStringList &arguments, const QStringList &valueOptions,
                             const QStringList &switches);

    QStringList words() const { return m_words; }
    // Every option given, in order, repeats included (names without "--").
    QStringList optionNames() const;
    QStringList values(const QString &name) const;
    // The value of an option given once; empty when not given.
    QString value(const QString &name) const;
    bool isSet(const QString &name) const;
    // Why the arguments could not be split (a usage error), or empty.
    QString fault() const { return m_fault; }

private:
    QStringList m_words;
    QList<QPair<QString, QString>> m_options;
    QString m_fault;
};

} // namespace planner
