#pragma once

#include "domain/candidate.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace planner {

// Writes candidates, their channels and their search terms with statements prepared once,
// so a batch of a million costs no more preparing than a single one. Callers hold the
// transaction.
class CandidateInserter
{
    Q_DECLARE_TR_FUNCTIONS(CandidateStore)

public:
    explicit CandidateInserter(const QSqlDatabase &db);

    // Inserts the candidate (under its own id when > 0) and returns the id, or 0.
    qint64 insert(const Candidate &candidate, Error *error);
    // Replaces the channels and search terms of a stored candidate.
    bool replaceChannels(const Candidate &candidate, Error *error);

private:
    bool insertChannels(qint64 candidateId, const QList<Channel> &channels, Error *error);
    bool insertSearchTerms(qint64 candidateId, const Candidate &candidate, Error *error);
    void fail(Error *error, const QString &what, const QSqlQuery &query) const;

    QSqlDatabase m_db;
    QSqlQuery m_candidate;
    QSqlQuery m_channel;
    QSqlQuery m_term;
};

} // namespace planner
