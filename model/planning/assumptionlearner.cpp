#include "planning/assumptionlearner.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace planner {

namespace {

constexpr double z95 = 1.959964;

double mean(const QList<double> &values)
{
    double sum = 0.0;
    for (double value : values)
        sum += value;
    return values.isEmpty() ? 0.0 : sum / double(values.size());
}

} // namespace

AssumptionLearner::AssumptionLearner(Projection projection)
    : m_projection(std::move(projection))
{
}

LearnedEstimate AssumptionLearner::pool(const QString &key, double current, const QList<double> &observations)
{
    LearnedEstimate learned;
    learned.key = key;
    learned.current = current;
    learned.deliveries = int(observations.size());
    learned.observedMean = mean(observations);
    const double k = priorDeliveries;
    const double n = double(observations.size());
    learned.estimate = (k * current + n * learned.observedMean) / (k + n);
    double squares = 0.0;
    for (double value : observations)
        squares += (value - learned.observedMean) * (value - learned.observedMean);
    const double priorVariance = (priorSpread * current) * (priorSpread * current);
    const double variance = (k * priorVariance + squares) / (k + std::max(n - 1.0, 0.0));
    // The interval counts the spread of deliveries and how far pooling pulled the estimate
    // from the team's own mean (the shrinkage's bias): sqrt(variance + bias²).
    const double bias = k / (k + n) * (current - learned.observedMean);
    const double halfWidth = z95 * std::sqrt(variance / (k + n) + (n > 0 ? bias * bias : 0.0));
    learned.low = std::max(0.0, learned.estimate - halfWidth);
    learned.high = learned.estimate + halfWidth;
    // A reach rate is a share of followers: never above all of them.
    if (key.startsWith(QLatin1String("reach_rate.")) && current <= 1.0)
        learned.high = std::min(1.0, learned.high);
    return learned;
}

void AssumptionLearner::observe(const DeliveredPiece &piece, QHash<QString, QList<double>> *observations) const
{
    if (piece.followers <= 0)
        return;
    const Assumptions &assumptions = m_projection.assumptions();
    const Tier tier = m_projection.thresholds().tierFor(piece.followers);
    const double followers = double(piece.followers);
    if (const auto reach = piece.result.figure(ResultMeasure::Reach)) {
        const double authentic = piece.authenticityPct.value_or(assumptions.authenticityPct(tier)) / 100.0;
        const QString key = assumptions.reachRateKeyUsed(piece.platform, tier, piece.format);
        if (authentic > 0.0 && !key.isEmpty())
            (*observations)[key] << double(*reach) / (authentic * followers);
    }
    if (const auto engagements = piece.result.engagements()) {
        const QString key = assumptions.engagementRateKeyUsed(piece.platform, tier);
        if (!key.isEmpty())
            (*observations)[key] << double(*engagements) / followers * 100.0;
    }
    if (piece.result.feePaid) {
        const auto usd = m_projection.rates().convertValue(piece.result.feePaid->toDouble(),
                                                           piece.result.feePaid->currency(),
                                                           QStringLiteral("USD"));
        const QString key = assumptions.feeKeyUsed(piece.platform, tier);
        if (usd && !key.isEmpty())
            (*observations)[key] << *usd;
    }
}

QList<LearnedEstimate> AssumptionLearner::learn(const QList<DeliveredPiece> &history) const
{
    QHash<QString, QList<double>> observations;
    for (const DeliveredPiece &piece : history)
        observe(piece, &observations);
    QList<LearnedEstimate> estimates;
    for (auto it = observations.cbegin(); it != observations.cend(); ++it)
        estimates << pool(it.key(), m_projection.assumptions().value(it.key()).value_or(0.0), it.value());
    std::sort(estimates.begin(), estimates.end(),
              [](const LearnedEstimate &a, const LearnedEstimate &b) { return a.key < b.key; });
    return estimates;
}

QString AssumptionLearner::source(int deliveries, const QDate &date)
{
    return QStringLiteral("own history, %1 deliveries, %2").arg(deliveries).arg(date.toString(Qt::ISODate));
}

QString AssumptionLearner::sourceText(const QString &source)
{
    static const QRegularExpression pattern(QStringLiteral("^own history, (\\d+) deliveries, (\\d{4}-\\d{2}-\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(source);
    if (!match.hasMatch())
        return source;
    const int deliveries = match.captured(1).toInt();
    const QDate date = QDate::fromString(match.captured(2), Qt::ISODate);
    //: The source of an assumption adopted from the team's completed campaigns. %1 how many
    //: delivered posts or videos it rests on, %2 the day it was adopted.
    return tr("own history, %1 deliveries, %2")
        .arg(QLocale().toString(deliveries), QLocale().toString(date, QLocale::ShortFormat));
}

} // namespace planner
