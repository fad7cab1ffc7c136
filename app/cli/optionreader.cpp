#include "optionreader.h"

#include <cmath>

namespace planner {

namespace {

QString optionName(const QString &option)
{
    return QLatin1String("--") + option;
}

} // namespace

OptionReader::OptionReader(const CommandLine &line)
    : m_line(line)
{
}

void OptionReader::fail(const QString &option, const QString &message)
{
    if (m_fault.isEmpty()) {
        //: A refused command-line value: %1 the option ("--followers"), %2 the reason.
        m_fault = tr("%1: %2").arg(optionName(option), message);
    }
}

std::optional<qint64> OptionReader::integer(const QString &option)
{
    if (!isSet(option))
        return std::nullopt;
    bool ok = false;
    const qint64 value = text(option).toLongLong(&ok);
    if (!ok) {
        fail(option, tr("“%1” is not a whole number").arg(text(option)));
        return std::nullopt;
    }
    return value;
}

std::optional<double> OptionReader::percent(const QString &option)
{
    if (!isSet(option))
        return std::nullopt;
    QString number = text(option).trimmed();
    if (number.endsWith(QLatin1Char('%')))
        number.chop(1);
    bool ok = false;
    const double value = number.toDouble(&ok); // always '.' as the decimal point
    if (!ok || !std::isfinite(value)) {
        fail(option, tr("“%1” is not a percentage (write 3.5 for 3.5%)").arg(text(option)));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> OptionReader::key(const QString &option, const QStringList &keys,
                                         const QString &what)
{
    if (!isSet(option))
        return std::nullopt;
    const QString wanted = text(option).trimmed().toLower();
    if (keys.contains(wanted))
        return wanted;
    //: %1 the value given, %2 what it should be ("a kind"), %3 the allowed values
    fail(option, tr("“%1” is not %2; use one of: %3")
                     .arg(text(option), what, keys.join(QLatin1String(", "))));
    return std::nullopt;
}

std::optional<QString> OptionReader::choice(const QString &option, const QStringList &keys)
{
    return key(option, keys, tr("a known value"));
}

std::optional<CandidateKind> OptionReader::kind(const QString &option)
{
    const auto found = key(option, allKindKeys(), tr("a kind"));
    return found ? kindFromKey(*found) : std::nullopt;
}

std::optional<Platform> OptionReader::platform(const QString &option)
{
    const auto found = key(option, allPlatformKeys(), tr("a platform"));
    return found ? platformFromKey(*found) : std::nullopt;
}

std::optional<Tier> OptionReader::tier(const QString &option)
{
    const auto found = key(option, allTierKeys(), tr("a tier"));
    return found ? tierFromKey(*found) : std::nullopt;
}

} // namespace planner
