#include "optionreader.h"

#include "domain/currencycode.h"

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

QString OptionReader::labelled(const QString &label, const QString &message)
{
    // A refused command-line value: %1 the option ("--followers") or argument
    // ("CANDIDATE_ID"), %2 the reason.
    return tr("%1: %2").arg(label, message);
}

void OptionReader::failLabel(const QString &label, const QString &message)
{
    if (m_fault.isEmpty())
        m_fault = labelled(label, message);
}

void OptionReader::fail(const QString &option, const QString &message)
{
    failLabel(optionName(option), message);
}

void OptionReader::failArgument(const QString &name, const QString &message)
{
    failLabel(name, message);
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
    // %1 the value given, %2 what it should be ("a kind"), %3 the allowed values
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

std::optional<DeliverableFormat> OptionReader::format(const QString &option)
{
    const auto found = key(option, allDeliverableFormatKeys(), tr("a format"));
    return found ? deliverableFormatFromKey(*found) : std::nullopt;
}

std::optional<Goal> OptionReader::goal(const QString &option)
{
    if (!isSet(option))
        return std::nullopt;
    if (const auto goal = goalFromKey(text(option)))
        return goal;
    // The CLI spells keys with '-' ("niche-trust"), as its options are spelt.
    QStringList keys = allGoalKeys();
    keys.replaceInStrings(QStringLiteral("_"), QStringLiteral("-"));
    fail(option, tr("“%1” is not %2; use one of: %3")
                     .arg(text(option), tr("a goal"), keys.join(QLatin1String(", "))));
    return std::nullopt;
}

std::optional<QString> OptionReader::currency(const QString &option)
{
    if (!isSet(option))
        return std::nullopt;
    const QString code = text(option).trimmed().toUpper();
    if (!isCurrencyCode(code)) {
        fail(option, tr("“%1” is not a three-letter currency code such as VND").arg(text(option)));
        return std::nullopt;
    }
    return code;
}

std::optional<QString> OptionReader::currencyFor(bool amountGiven, const QString &option,
                                                 const QString &onlyWith, const QString &neededWith)
{
    if (!amountGiven) {
        if (isSet(option))
            fail(option, tr("is used only together with %1").arg(onlyWith));
        return std::nullopt;
    }
    if (!isSet(option)) {
        fail(option, tr("is needed with %1 (a three-letter code such as VND)").arg(neededWith));
        return std::nullopt;
    }
    return currency(option);
}

std::optional<Money> OptionReader::money(const QString &option, const QString &currency)
{
    if (!isSet(option))
        return std::nullopt;
    const std::optional<Money> amount = Money::fromDecimalString(text(option), currency);
    if (!amount)
        fail(option, amountReason(text(option), currency));
    return amount;
}

QString OptionReader::amountReason(const QString &text, const QString &currency)
{
    return tr("“%1” is not an amount of %2 (digits, '.' as the decimal point, at most %3 decimals)")
        .arg(text, currency, QString::number(Money::minorDigits(currency)));
}

QString OptionReader::amountFault(const QString &option, const QString &text, const QString &currency)
{
    return labelled(optionName(option), amountReason(text, currency));
}

std::optional<QDate> OptionReader::date(const QString &option)
{
    if (!isSet(option))
        return std::nullopt;
    const QString value = text(option).trimmed();
    const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        fail(option, tr("“%1” is not a date written YYYY-MM-DD").arg(text(option)));
        return std::nullopt;
    }
    return date;
}

QStringList OptionReader::list(const QString &option, bool upperCase)
{
    QStringList items;
    for (const QString &value : texts(option)) {
        const QString item = upperCase ? value.trimmed().toUpper() : value.trimmed().toLower();
        // The database keeps a list as one text joined with '|'.
        if (item.contains(QLatin1Char('|')))
            fail(option, tr("“%1” must not contain '|'").arg(value));
        else if (!item.isEmpty() && !items.contains(item))
            items << item;
    }
    return items;
}

std::optional<qint64> OptionReader::id(const QString &label, const QString &value)
{
    bool ok = false;
    const qint64 id = value.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        failLabel(label, tr("“%1” is not a candidate id (a whole number above 0)").arg(value));
        return std::nullopt;
    }
    return id;
}

QList<qint64> OptionReader::ids(const QString &option)
{
    QList<qint64> result;
    for (const QString &value : texts(option)) {
        if (const auto found = id(optionName(option), value))
            result << *found;
    }
    return result;
}

QMap<CandidateKind, int> OptionReader::kindCounts(const QString &option)
{
    QMap<CandidateKind, int> counts;
    for (const QString &value : texts(option)) {
        const QStringList parts = value.split(QLatin1Char('='));
        const auto kind = parts.size() == 2 ? kindFromKey(parts.at(0)) : std::nullopt;
        bool ok = false;
        const int count = parts.size() == 2 ? parts.at(1).trimmed().toInt(&ok) : 0;
        if (!kind || !ok || count < 0) {
            // %1 the value given, %2 the kinds
            fail(option, tr("“%1” is not KIND=N with a kind of %2 and a whole number N, such as "
                            "kol=2")
                             .arg(value, allKindKeys().join(QLatin1String(", "))));
            continue;
        }
        counts.insert(*kind, count);
    }
    return counts;
}

std::optional<qint64> OptionReader::idArgument(const QString &name, const QString &value)
{
    return id(name, value);
}

std::optional<EntryStatus> OptionReader::statusArgument(const QString &name, const QString &value)
{
    if (const auto status = entryStatusFromKey(value))
        return status;
    failLabel(name, tr("“%1” is not %2; use one of: %3")
                        .arg(value, tr("a status"), allEntryStatusKeys().join(QLatin1String(", "))));
    return std::nullopt;
}

} // namespace planner
