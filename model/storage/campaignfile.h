#pragma once

#include "domain/error.h"
#include "storage/database.h"

#include <QObject>
#include <memory>

namespace planner {

class AssumptionStore;
class CampaignStore;
class CandidateStore;
class ExchangeRateStore;
class ResultStore;

// One open campaign file, as the window and the command line both hold it: the database and
// every store that reads and writes it, living exactly as long as the file is open. Tier
// thresholds moved in the assumptions reach the candidate store at once.
class CampaignFile : public QObject
{
    Q_OBJECT

public:
    // Opens (and, when new or older, migrates) the file. On failure returns null, fills
    // error, and leaves the file byte for byte as it was.
    static std::unique_ptr<CampaignFile> open(const QString &path, Database::OpenMode mode,
                                              Error *error);
    ~CampaignFile() override;

    QString path() const;
    Database &database() const { return *m_database; }
    CandidateStore &candidates() const { return *m_candidates; }
    CampaignStore &campaigns() const { return *m_campaigns; }
    AssumptionStore &assumptions() const { return *m_assumptions; }
    ExchangeRateStore &rates() const { return *m_rates; }
    ResultStore &results() const { return *m_results; }
    // Whether the user may change this database: the one answer every enabling rule of the
    // window asks. A file always may; on a team database it is the server's own answer
    // (TeamRoles::mayEdit), asked once when the database opens.
    bool mayEdit() const { return m_mayEdit; }

    // After a write on a connection of its own (the import): the readers of candidates let
    // go of the file and read it again.
    void reread();
    // After colleagues wrote these tables (ChangeListener): the stores that read them tell
    // their views to read again. Brand fit has no store of its own: brandFitChanged().
    void rereadTables(const QStringList &tables);
    // Opens the team database's connection again (ConnectionKeeper): the readers of
    // candidates let go first; false while the server does not answer.
    bool reconnect();
    // Every table, after a reconnection.
    static QStringList shownTables();

signals:
    void brandFitChanged();

private:
    explicit CampaignFile(std::unique_ptr<Database> database);

    // Declared first, so the stores go before the connection they read from.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CandidateStore> m_candidates;
    std::unique_ptr<CampaignStore> m_campaigns;
    std::unique_ptr<AssumptionStore> m_assumptions;
    std::unique_ptr<ExchangeRateStore> m_rates;
    std::unique_ptr<ResultStore> m_results;
    bool m_mayEdit = true;
};

} // namespace planner
