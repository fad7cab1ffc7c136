#pragma once

#include "clitest.h"

#include "domain/campaign.h"
#include "domain/candidate.h"
#include "planning/projection.h"
#include "domain/shortlistentry.h"

#include <QList>
#include <memory>

namespace planner {
class CampaignStore;
class CandidateStore;
class Database;
} // namespace planner

namespace planner::test {

// The campaign and shortlist commands on a real file, with the stores opened directly to
// set up what the CLI has no command for and to check what it wrote.
class CampaignCliTest : public CliTest
{
protected:
    // Runs "campaigns create NAME" with the options and returns the id it printed.
    qint64 createCampaign(const QString &name, const QStringList &options) const;
    // Runs "shortlist add" and returns the entry id it printed.
    qint64 addToShortlist(const QStringList &arguments) const;

    // A refused value: exit 1, nothing on stdout, the message on stderr naming what is at
    // fault, no usage text.
    void expectRefused(const QStringList &arguments, const QString &named) const;
    // A usage error: exit 2, nothing on stdout, the reason and a usage text on stderr.
    void expectUsageError(const QStringList &arguments, const QString &named) const;

    // The file as the program left it, read through the model library.
    struct Stored
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<CandidateStore> candidates;
        std::unique_ptr<CampaignStore> campaigns;
        ~Stored();
        Projection projection() const;
        Campaign campaign(const QString &name) const;
        QList<ShortlistEntry> entries(const QString &campaignName) const;
    };
    std::unique_ptr<Stored> open() const;

    // A whole number shown with the locale's grouping, read back.
    static double plainNumber(QString text);
    // The value after "Label:" on the line that starts with it, empty when there is none.
    static QString valueAfter(const QString &text, const QString &label);
};

} // namespace planner::test
