#include "demo/syntheticcandidates.h"

#include <QStringList>
#include <cmath>

namespace planner {

namespace {

const QStringList &givenNames()
{
    static const QStringList names{
        QStringLiteral("Nguyễn Minh"), QStringLiteral("Trần Thu"),  QStringLiteral("Lê Hoàng"),
        QStringLiteral("Phạm Ngọc"),   QStringLiteral("Putri"),     QStringLiteral("Budi"),
        QStringLiteral("Dewi"),        QStringLiteral("Agus"),      QStringLiteral("سارا"),
        QStringLiteral("علی"),         QStringLiteral("نگار"),      QStringLiteral("Maya"),
        QStringLiteral("Daniel"),      QStringLiteral("Aisyah"),    QStringLiteral("Rizky"),
        QStringLiteral("مهسا")};
    return names;
}

const QStringList &niches()
{
    static const QStringList keys{
        QStringLiteral("beauty"),  QStringLiteral("fashion"),  QStringLiteral("food"),
        QStringLiteral("tech"),    QStringLiteral("travel"),   QStringLiteral("finance"),
        QStringLiteral("parenting"), QStringLiteral("gaming"), QStringLiteral("fitness"),
        QStringLiteral("health"),  QStringLiteral("education"), QStringLiteral("lifestyle")};
    return keys;
}

struct RegionCurrency
{
    const char *region;
    const char *currency;
    qint64 feeScale; // a nano fee in the currency's minor units
    const char *language; // what its channels post in
};

const RegionCurrency regions[] = {
    {"VN", "VND", 2000000, "vi"}, {"VN-SG", "VND", 2000000, "vi"}, {"VN-HN", "VND", 2000000, "vi"},
    {"ID", "IDR", 500000, "id"},  {"ID-JK", "IDR", 500000, "id"},  {"IR", "IRR", 50000000, "fa"},
    {"IR-23", "IRR", 50000000, "fa"}, {"MY", "USD", 5000, "ms"}, {"US", "USD", 10000, "en"}};

} // namespace

SyntheticCandidates::SyntheticCandidates(quint32 seed)
    : m_random(seed)
{
}

Candidate SyntheticCandidates::next()
{
    ++m_serial;
    Candidate candidate;
    const QStringList &names = givenNames();
    candidate.name = names.at(m_random.bounded(names.size())) + QLatin1Char(' ')
        + QString::number(m_serial);
    candidate.kind = allKinds().at(m_random.bounded(allKinds().size()));
    candidate.niches << niches().at(m_random.bounded(niches().size()));
    const RegionCurrency &region = regions[m_random.bounded(int(std::size(regions)))];
    candidate.regions << QString::fromLatin1(region.region);

    const int channelCount = 1 + (m_random.bounded(3) == 0 ? 1 : 0);
    for (int i = 0; i < channelCount; ++i) {
        Channel channel;
        channel.platform = allPlatforms().at(m_random.bounded(allPlatforms().size()));
        channel.handle = QStringLiteral("@c%1_%2").arg(m_serial).arg(i);
        // Follower counts spread evenly over the orders of magnitude, 100 to 20 million.
        const qint64 followers = static_cast<qint64>(std::pow(10.0, 2.0 + 5.3 * m_random.generateDouble()));
        channel.followers = followers;
        const double tierFactor = std::log10(double(followers));
        channel.engagementRatePct = (std::round((8.0 - tierFactor) * 10.0 * m_random.generateDouble()) + 3.0) / 10.0;
        if (channel.platform == Platform::YouTube || channel.platform == Platform::TikTok)
            channel.avgViews = followers / (2 + m_random.bounded(8));
        const qint64 fee = region.feeScale * std::max<qint64>(1, followers / 5000);
        channel.fee = Money(fee, QString::fromLatin1(region.currency));
        channel.authenticityPct = 60.0 + m_random.bounded(39);
        // From the serial, not the generator, so the other figures stay as they were: one in
        // ten unknown, one in five also in English.
        if (m_serial % 10 != 7)
            channel.languages << QString::fromLatin1(region.language);
        if (m_serial % 5 == 0 && !channel.languages.isEmpty() && channel.languages.constFirst() != QLatin1String("en"))
            channel.languages << QStringLiteral("en");
        candidate.channels.append(channel);
    }
    return candidate;
}

} // namespace planner
