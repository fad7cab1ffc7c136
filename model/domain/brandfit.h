#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// How well a candidate fits the brand of one campaign, in the marketer's judgement: a
// rating from 0 to 5, the reasons from a short list, and a note. Goal fit takes it in
// through the brand_fit_weight assumption (factor()).
struct BrandFit
{
    Q_DECLARE_TR_FUNCTIONS(BrandFit)

public:
    enum class Reason { UsesProduct, ValuesMatch, AudienceMatches, CompetitorRecently,
                        PastControversy, Exclusivity };

    qint64 campaignId = 0;
    qint64 candidateId = 0;
    std::optional<int> rating; // 0..5; empty: not rated
    QList<Reason> reasons;
    QString note;

    static constexpr int neutralRating = 3;
    static constexpr int maxRating = 5;

    // Worked with a competitor recently: Suggest Shortlist leaves such a candidate out
    // unless locked.
    bool hasCompetitorConflict() const { return reasons.contains(Reason::CompetitorRecently); }
    // What the rating does to goal fit: 1 + weight × (rating − 3), never below 0; 1 when
    // not rated. With the default weight 0.1 a 5 adds 20 %, a 0 takes 30 % off.
    static double factor(std::optional<int> rating, double weightPerStar);
    double factor(double weightPerStar) const { return factor(rating, weightPerStar); }

    static QList<Reason> allReasons();
    static QString reasonKey(Reason reason);
    static std::optional<Reason> reasonFromKey(const QString &key);
    static QString reasonName(Reason reason); // translated
    QStringList reasonKeys() const;
    bool isEmpty() const { return !rating && reasons.isEmpty() && note.trimmed().isEmpty(); }
    bool operator==(const BrandFit &other) const;
};

} // namespace planner
