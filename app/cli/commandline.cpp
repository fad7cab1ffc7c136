#include "commandline.h"

namespace planner {

CommandLine CommandLine::parse(const QStringList &arguments, const QStringList &valueOptions,
                               const QStringList &switches)
{
    CommandLine line;
    bool optionsEnded = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) || argument.size() == 1) {
            line.m_words << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (argument == QLatin1String("-h")) {
            line.m_options.append({QStringLiteral("help"), QString()});
            continue;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            if (line.m_fault.isEmpty())
                line.m_fault = tr("unknown option %1").arg(argument);
            continue;
        }
        const int equals = argument.indexOf(QLatin1Char('='));
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        if (!valueOptions.contains(name) && !switches.contains(name)) {
            if (line.m_fault.isEmpty())
                line.m_fault = tr("unknown option --%1").arg(name);
        } else if (equals >= 0) {
            line.m_options.append({name, argument.mid(equals + 1)});
        } else if (switches.contains(name)) {
            line.m_options.append({name, QString()});
        } else if (i + 1 < arguments.size()) {
            line.m_options.append({name, arguments.at(++i)});
        } else if (line.m_fault.isEmpty()) {
            line.m_fault = tr("option --%1 needs a value").arg(name);
        }
    }
    return line;
}

QStringList CommandLine::optionNames() const
{
    QStringList names;
    for (const auto &option : m_options)
        names << option.first;
    return names;
}

QStringList CommandLine::values(const QString &name) const
{
    QStringList result;
    for (const auto &option : m_options) {
        if (option.first == name)
            result << option.second;
    }
    return result;
}

QString CommandLine::value(const QString &name) const
{
    const QStringList all = values(name);
    return all.isEmpty() ? QString() : all.last();
}

bool CommandLine::isSet(const QString &name) const
{
    for (const auto &option : m_options) {
        if (option.first == name)
            return true;
    }
    return false;
}

} // namespace planner
