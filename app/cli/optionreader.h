#pragma once

#include "candidatekind.h"
#include "commandline.h"
#include "platform.h"
#include "tier.h"

#include <QCoreApplication>
#include <optional>

namespace planner {

// Reads typed option values from a command line. Each read returns nullopt when the option
// is absent or its value is bad; the first bad value is kept as a message naming the option.
class OptionReader
{
    Q_DECLARE_TR_FUNCTIONS(OptionReader)

public:
    explicit OptionReader(const CommandLine &line);

    bool isSet(const QString &option) const { return m_line.isSet(option); }
    QString text(const QString &option) const { return m_line.value(option); }
    QStringList texts(const QString &option) const { return m_line.values(option); }
    std::optional<qint64> integer(const QString &option);
    // A percentage: "3.5" or "3.5%" both mean 3.5 %.
    std::optional<double> percent(const QString &option);
    std::optional<CandidateKind> kind(const QString &option);
    std::optional<Platform> platform(const QString &option);
    std::optional<Tier> tier(const QString &option);
    // One value of one of the given keys, such as a format.
    std::optional<QString> choice(const QString &option, const QStringList &keys);

    // Records a fault found by the command itself, unless one is already known.
    void fail(const QString &option, const QString &message);
    bool isOk() const { return m_fault.isEmpty(); }
    QString fault() const { return m_fault; }

private:
    std::optional<QString> key(const QString &option, const QStringList &keys,
                               const QString &what);

    const CommandLine &m_line;
    QString m_fault;
};

} // namespace planner
