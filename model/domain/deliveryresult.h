#pragma once

#include "domain/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace planner {

// The counted measures of a delivered post or video, as the platform's insights give them.
enum class ResultMeasure { Reach, Impressions, Views, Likes, Comments, Shares, Saves, Clicks };

// What one delivered piece of a shortlist entry really did: the figures the platform
// reported, and the fee actually paid for it. A figure the marketer does not have is empty.
struct DeliveryResult
{
    static constexpr int measureCount = 8;

    qint64 id = 0;
    qint64 entryId = 0;
    QDate date;
    std::array<std::optional<qint64>, measureCount> figures{};
    std::optional<Money> feePaid;

    std::optional<qint64> figure(ResultMeasure measure) const { return figures[int(measure)]; }
    void setFigure(ResultMeasure measure, std::optional<qint64> value) { figures[int(measure)] = value; }
    // likes + comments + shares, the engagements projections count; empty when none is known.
    std::optional<qint64> engagements() const;

    bool operator==(const DeliveryResult &other) const;
    bool operator!=(const DeliveryResult &other) const { return !(*this == other); }

    // Every measure in the order above, and its key ("reach", "impressions", ...) as the CLI
    // and the stored columns name it.
    static const QList<ResultMeasure> &measures();
    static QString measureKey(ResultMeasure measure);
};

} // namespace planner
