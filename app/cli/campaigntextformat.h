#pragma once

#include "domain/campaign.h"
#include "planning/campaigntotals.h"
#include "domain/shortlistentry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPair>

namespace planner {

struct Candidate;

// Campaigns, shortlist lines and projected totals for people reading a terminal, in the
// user's language and number format. Labels line up whatever their translated length.
class CampaignTextFormat
{
    Q_DECLARE_TR_FUNCTIONS(CampaignTextFormat)

public:
    explicit CampaignTextFormat(const QLocale &locale = QLocale());

    // "150,000,000 VND": digits as the locale writes them, then the ISO code.
    QString money(const Money &money) const;
    // The campaign's own fields, one "Label: value" line each.
    QString fields(const Campaign &campaign) const;
    // Entries counted, unique reach, impressions, engagements, cost, CPM, CPE and EMV; a
    // figure resting on a tier default is marked, and the defaults are named below.
    QString totals(const CampaignTotals &totals, const QString &currency) const;
    // One shortlist entry: candidate id and name, platform, format, count, status.
    QString entry(const ShortlistEntry &entry, const Candidate *candidate) const;
    // The inputs that were defaults, in words ("fee (cost)"); empty for none.
    static QStringList defaultNames(ProjectedFigures::Defaults defaults);

private:
    QString labelled(const QList<QPair<QString, QString>> &rows) const;
    QString amount(const std::optional<double> &value, const QString &currency) const;

    QLocale m_locale;
};

} // namespace planner
