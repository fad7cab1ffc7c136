#pragma once

#include "planning/projection.h"
#include "storage/resultstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace planner {

// What the team's own history suggests for one assumption row: the estimate, its 95%
// interval, and how many delivered pieces back it.
struct LearnedEstimate
{
    QString key;
    double current = 0.0;  // the value in force, which the estimate is pooled towards
    double estimate = 0.0;
    double low = 0.0;
    double high = 0.0;
    int deliveries = 0;
    double observedMean = 0.0; // the plain mean of the deliveries, for the curious
};

// Learns the defaults behind projections (reach rate by platform, tier and format;
// engagement rate; fee per follower band) from the delivered pieces of completed campaigns,
// by partial pooling towards the value in force: see learning.md beside this file for the
// method and its formula. It only suggests; nothing is written.
class AssumptionLearner
{
    Q_DECLARE_TR_FUNCTIONS(AssumptionLearner)

public:
    // How many deliveries the value in force counts as (k in learning.md).
    static constexpr double priorDeliveries = 10.0;
    // How far one delivery may stray from the value in force, as a share of it (c).
    static constexpr double priorSpread = 0.5;

    explicit AssumptionLearner(Projection projection);

    // One estimate per assumption row the history touches, sorted by key.
    QList<LearnedEstimate> learn(const QList<DeliveredPiece> &history) const;
    // The pooled estimate of one row from its observations.
    static LearnedEstimate pool(const QString &key, double current, const QList<double> &observations);
    // The source an adopted estimate records: "own history, N deliveries, YYYY-MM-DD"
    // (stored in English, as seeded sources are; shown translated by sourceText()).
    static QString source(int deliveries, const QDate &date);
    // A source as the marketer reads it, in the interface's language and locale; any other
    // source comes back as it is.
    static QString sourceText(const QString &source);

private:
    void observe(const DeliveredPiece &piece, QHash<QString, QList<double>> *observations) const;

    Projection m_projection;
};

} // namespace planner
