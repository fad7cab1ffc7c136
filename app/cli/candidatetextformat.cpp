#include "candidatetextformat.h"

#include "text/displaynames.h"
#include "text/localformat.h"

#include <algorithm>

namespace planner {

namespace {

const QLatin1String gap("  ");

int widest(const QStringList &texts, int atLeast)
{
    int width = atLeast;
    for (const QString &text : texts)
        width = std::max(width, int(text.size()));
    return width;
}

bool isDirectionControl(QChar c)
{
    switch (c.direction()) {
    case QChar::DirLRE: case QChar::DirLRO: case QChar::DirRLE: case QChar::DirRLO:
    case QChar::DirPDF: case QChar::DirLRI: case QChar::DirRLI: case QChar::DirFSI:
    case QChar::DirPDI:
        return true;
    default:
        return false;
    }
}

// A name typed with a line break must not break the table, and one with a right-to-left
// override (U+202E) must not turn the rest of the line around: such a name is isolated,
// which ends whatever direction it sets where the name ends.
QString oneLine(const QString &text)
{
    QString line = text;
    bool directionControl = false;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
        directionControl = directionControl || isDirectionControl(c);
    }
    return directionControl ? LocalFormat::isolated(line) : line;
}

QStringList headerCells()
{
    return {CandidateTextFormat::tr("Name"),     CandidateTextFormat::tr("Kind"),
            CandidateTextFormat::tr("Tier"),     CandidateTextFormat::tr("Platform"),
            CandidateTextFormat::tr("Handle"),   CandidateTextFormat::tr("Followers")};
}

} // namespace

CandidateTextFormat::CandidateTextFormat(const TierThresholds &thresholds, const QLocale &locale)
    : m_thresholds(thresholds)
    , m_locale(locale)
{
    QStringList kinds, tiers, platforms;
    for (CandidateKind kind : allKinds())
        kinds << DisplayNames::kind(kind);
    for (Tier tier : allTiers())
        tiers << DisplayNames::tier(tier);
    for (Platform platform : allPlatforms())
        platforms << DisplayNames::platform(platform);
    const QStringList header = headerCells();
    // Names and handles have no known widest value: longer ones push the line further.
    m_widths = {widest({header.at(0)}, 28),   widest(kinds << header.at(1), 0),
                widest(tiers << header.at(2), 0), widest(platforms << header.at(3), 0),
                widest({header.at(4)}, 22),   widest({header.at(5)}, 13)};
}

QString CandidateTextFormat::columns(const QStringList &cells) const
{
    QString line;
    const int last = int(cells.size()) - 1;
    for (int i = 0; i < last; ++i)
        line += cells.at(i).leftJustified(m_widths.at(i)) + gap;
    // Numbers line up on their last digit.
    line += cells.at(last).rightJustified(m_widths.at(last));
    return line + QLatin1Char('\n');
}

QString CandidateTextFormat::header() const
{
    return columns(headerCells());
}

QString CandidateTextFormat::line(const CandidateRow &row) const
{
    const Channel &channel = row.channel;
    // An unknown follower count leaves the tier and followers cells empty.
    const auto followers = channel.followers;
    return columns({oneLine(row.name), DisplayNames::kind(row.kind),
                    followers ? DisplayNames::tier(m_thresholds.tierFor(*followers)) : QString(),
                    DisplayNames::platform(channel.platform), oneLine(channel.handle),
                    followers ? m_locale.toString(*followers) : QString()});
}

} // namespace planner
