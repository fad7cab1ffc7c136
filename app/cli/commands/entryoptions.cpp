#include "commands/entryoptions.h"

#include "console.h"
#include "domain/campaign.h"
#include "optionreader.h"

namespace planner {

void EntryOptions::read(OptionReader &reader, const QStringList &arguments)
{
    campaign = arguments.value(0);
    candidateId = reader.idArgument(candidateArgument, arguments.value(1)).value_or(0);
    platform = reader.platform(QStringLiteral("platform"));
    format = reader.format(QStringLiteral("format"));
}

void EntryOptions::readFee(const OptionReader &reader)
{
    fee = reader.isSet(feeOption) ? std::optional<QString>(reader.text(feeOption)) : std::nullopt;
}

bool EntryOptions::readAmount(const Campaign &campaign, std::optional<Money> *amount, Console &console) const
{
    if (!fee)
        return true;
    *amount = Money::fromDecimalString(*fee, campaign.currency());
    if (*amount)
        return true;
    console.error(OptionReader::amountFault(feeOption, *fee, campaign.currency()));
    return false;
}

} // namespace planner
