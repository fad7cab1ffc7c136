#pragma once

#include "domain/deliverableformat.h"
#include "domain/money.h"
#include "domain/platform.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

class Console;
class OptionReader;
struct Campaign;

// The names "shortlist add" and "results add" (and the other shortlist commands) share.
inline const QString campaignArgument = QStringLiteral("CAMPAIGN");
inline const QString candidateArgument = QStringLiteral("CANDIDATE_ID");
inline const QString feeOption = QStringLiteral("fee");

// Which shortlist entry of a candidate a command speaks of: CAMPAIGN CANDIDATE_ID
// [--platform PLATFORM] [--format FORMAT], and a --fee AMOUNT in the campaign's currency.
struct EntryOptions
{
    QString campaign;
    qint64 candidateId = 0;
    std::optional<Platform> platform;
    std::optional<DeliverableFormat> format;
    std::optional<QString> fee; // read once the campaign, and so the currency, is known

    // Reads the two arguments, --platform and --format.
    void read(OptionReader &reader, const QStringList &arguments);
    // Keeps --fee as typed, to be read in the campaign's currency.
    void readFee(const OptionReader &reader);
    // Reads the fee in the campaign's currency into *amount (untouched without --fee);
    // false once the console says why it is not an amount.
    bool readAmount(const Campaign &campaign, std::optional<Money> *amount, Console &console) const;
};

} // namespace planner
