#pragma once

#include "domain/candidatekind.h"
#include "commandline.h"
#include "domain/deliverableformat.h"
#include "domain/entrystatus.h"
#include "domain/goal.h"
#include "domain/money.h"
#include "domain/platform.h"
#include "domain/tier.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <optional>

namespace planner {

// Reads typed option values from a command line, and typed values of the command's plain
// arguments. Each read returns nullopt when the option is absent or its value is bad; the
// first bad value is kept as a message naming the option ("--fee") or argument ("STATUS").
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
    std::optional<DeliverableFormat> format(const QString &option);
    // "awareness", "niche-trust" (or "niche_trust").
    std::optional<Goal> goal(const QString &option);
    // A three-letter code, any case; returned in capitals.
    std::optional<QString> currency(const QString &option);
    // The currency option that goes with amount options ("--currency" with "--fee"): its code
    // when both are given, else nullopt, with a fault naming it when only one of them is.
    // The faults name the amount options: onlyWith when the currency stands alone ("--min-fee
    // or --max-fee"), neededWith when an amount does ("--min-fee and --max-fee").
    std::optional<QString> currencyFor(bool amountGiven, const QString &option, const QString &onlyWith,
                                       const QString &neededWith);
    // An amount of the currency: digits, '.' as the decimal point.
    std::optional<Money> money(const QString &option, const QString &currency);
    // The message money() gives, for a command that learns the currency only from the database.
    static QString amountFault(const QString &option, const QString &text, const QString &currency);
    // YYYY-MM-DD.
    std::optional<QDate> date(const QString &option);
    // Every value of a repeatable option, trimmed, lower or upper case, empty ones left out.
    QStringList list(const QString &option, bool upperCase);
    // Every value of a repeatable option as a candidate id.
    QList<qint64> ids(const QString &option);
    // Every "KIND=N" of a repeatable option.
    QMap<CandidateKind, int> kindCounts(const QString &option);
    // One value of one of the given keys, such as a format.
    std::optional<QString> choice(const QString &option, const QStringList &keys);

    // Plain arguments after the command's words, named as the usage names them ("CANDIDATE_ID").
    std::optional<qint64> idArgument(const QString &name, const QString &value);
    std::optional<EntryStatus> statusArgument(const QString &name, const QString &value);

    // Records a fault found by the command itself, unless one is already known.
    void fail(const QString &option, const QString &message);
    void failArgument(const QString &name, const QString &message);
    bool isOk() const { return m_fault.isEmpty(); }
    // "--fee: reason" or "CANDIDATE_ID: reason", for faults a command finds on its own.
    static QString labelled(const QString &label, const QString &message);
    QString fault() const { return m_fault; }

private:
    std::optional<QString> key(const QString &option, const QStringList &keys,
                               const QString &what);
    std::optional<qint64> id(const QString &label, const QString &value);
    void failLabel(const QString &label, const QString &message);
    static QString amountReason(const QString &text, const QString &currency);

    const CommandLine &m_line;
    QString m_fault;
};

} // namespace planner
